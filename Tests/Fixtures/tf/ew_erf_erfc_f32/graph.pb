
2
xPlaceholder*
dtype0*
shape
:

erfErfx*
T0

erfcErfcx*
T0"ª
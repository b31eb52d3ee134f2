
2
xPlaceholder*
dtype0*
shape
:

signSignx*
T0"ª
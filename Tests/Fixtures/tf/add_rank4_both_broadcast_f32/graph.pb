
:
xPlaceholder*
dtype0*
shape:
:
yPlaceholder*
dtype0*
shape:

addAddxy*
T0"ª
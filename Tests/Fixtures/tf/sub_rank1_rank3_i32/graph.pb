
.
xPlaceholder*
dtype0*
shape:
6
yPlaceholder*
dtype0*
shape:

subSubxy*
T0"ª
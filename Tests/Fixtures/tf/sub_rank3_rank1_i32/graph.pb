
6
xPlaceholder*
dtype0*
shape:
.
yPlaceholder*
dtype0*
shape:

subSubxy*
T0"ª

6
xPlaceholder*
dtype0*
shape:
6
yPlaceholder*
dtype0*
shape:

mulMulxy*
T0"ª
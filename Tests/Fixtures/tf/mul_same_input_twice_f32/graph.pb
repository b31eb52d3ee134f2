
2
xPlaceholder*
dtype0*
shape
:
#
square_by_mulMulxx*
T0"ª
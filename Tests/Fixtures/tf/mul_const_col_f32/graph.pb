
2
xPlaceholder*
dtype0*
shape
:
:
yConst*
dtype0*!
valueB"7Q¿ØÆ?

mulMulxy*
T0"ª
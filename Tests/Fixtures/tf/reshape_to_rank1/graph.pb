
6
xPlaceholder*
dtype0*
shape:
3
shapeConst*
dtype0*
valueB:
3
reshapeReshapexshape*
Tshape0*
T0"ª
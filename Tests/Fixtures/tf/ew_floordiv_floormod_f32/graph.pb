
2
xPlaceholder*
dtype0*
shape
:
.
yPlaceholder*
dtype0*
shape:
#
floordivFloorDivxy*
T0
#
floormodFloorModxy*
T0"ª
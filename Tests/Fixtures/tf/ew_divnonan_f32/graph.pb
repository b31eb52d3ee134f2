
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
divnonanDivNoNanxy*
T0"ª
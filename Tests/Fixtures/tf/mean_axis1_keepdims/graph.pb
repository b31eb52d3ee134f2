
2
xPlaceholder*
dtype0*
shape
:
2
axisConst*
dtype0*
valueB:
;
meanMeanxaxis*

Tidx0*
T0*
	keep_dims("ª
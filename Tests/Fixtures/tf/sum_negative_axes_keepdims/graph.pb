
6
xPlaceholder*
dtype0*
shape:
9
axisConst*
dtype0*
valueB"ÿÿÿÿýÿÿÿ
9
sumSumxaxis*

Tidx0*
T0*
	keep_dims("ª
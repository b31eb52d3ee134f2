
6
xPlaceholder*
dtype0*
shape:
;
axisConst*
dtype0*
valueB:
ÿÿÿÿÿÿÿÿÿ
9
maxMaxxaxis*

Tidx0*
T0*
	keep_dims("ª

;
xPlaceholder*
dtype0*
shape:ÿÿÿÿÿÿÿÿÿ
2
yPlaceholder*
dtype0*
shape
:
!
minimumMinimumxy*
T0"ª

C
xPlaceholder*
dtype0*$
shape:ÿÿÿÿÿÿÿÿÿ
p
avgpoolAvgPoolx*
T0*
data_formatNCHW*
ksize
*
paddingSAME*
strides
"ª
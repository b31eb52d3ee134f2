
6
xPlaceholder*
dtype0*
shape:
A
biasConst*
dtype0*%
valueB"ÿœ¾6¸n¾Ÿ:Å¾Ž'>
;
biasaddBiasAddxbias*
T0*
data_formatNHWC"ª
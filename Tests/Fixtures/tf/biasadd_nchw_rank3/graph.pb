
6
xPlaceholder*
dtype0*
shape:
A
biasConst*
dtype0*%
valueB"@,v¿m&Œ=¹!‘¾”hs¿
;
biasaddBiasAddxbias*
T0*
data_formatNCHW"ª
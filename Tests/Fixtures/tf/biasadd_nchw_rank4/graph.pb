
:
xPlaceholder*
dtype0*
shape:
E
biasConst*
dtype0*)
value B";Æ.=Tt*¿#mÒ>ã7L?"i"?
;
biasaddBiasAddxbias*
T0*
data_formatNCHW"ª

2
xPlaceholder*
dtype0*
shape
:
1
biasPlaceholder*
dtype0*
shape:
;
biasaddBiasAddxbias*
T0*
data_formatNHWC"ª

C
xPlaceholder*
dtype0*$
shape:ÿÿÿÿÿÿÿÿÿ
E
biasConst*
dtype0*)
value B">µ9¿@®?Þ_m¿„¿‰¿{?
;
biasaddBiasAddxbias*
T0*
data_formatNHWC"ª

;
xPlaceholder*
dtype0*
shape:ÿÿÿÿÿÿÿÿÿ

softmaxSoftmaxx*
T0"ª

;
xPlaceholder*
dtype0*
shape:ÿÿÿÿÿÿÿÿÿ
B
yConst*
dtype0*)
value B"’s?¡“¾AÁì½tË>ær?

addAddxy*
T0"ª

2
xPlaceholder*
dtype0*
shape
:
2
aPlaceholder*
dtype0*
shape
:

log1pLog1px*
T0

expm1Expm1x*
T0

sinSina*
T0

cosCosa*
T0"ª
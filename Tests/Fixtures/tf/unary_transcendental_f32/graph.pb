
2
ePlaceholder*
dtype0*
shape
:
2
pPlaceholder*
dtype0*
shape
:
2
tPlaceholder*
dtype0*
shape
:

expExpe*
T0

logLogp*
T0

rsqrtRsqrtp*
T0

tanhTanht*
T0

sigmoidSigmoidt*
T0"ª

.
xPlaceholder*
dtype0*
shape:

softmaxSoftmaxx*
T0"ª
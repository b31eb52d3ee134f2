
2
xPlaceholder*
dtype0*
shape
:
6
yPlaceholder*
dtype0*
shape:
%
log_softmax
LogSoftmaxx*
T0
&
log_softmax3
LogSoftmaxy*
T0"ª
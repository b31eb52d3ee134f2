
2
xPlaceholder*
dtype0*
shape
:
3
dyPlaceholder*
dtype0*
shape
:
%
	relu_gradReluGraddyx*
T0"ª

2
xPlaceholder*
dtype0*
shape
:

eluElux*
T0

seluSelux*
T0"ª
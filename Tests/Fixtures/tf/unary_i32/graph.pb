
2
xPlaceholder*
dtype0*
shape
:

negNegx*
T0

absAbsx*
T0

squareSquarex*
T0

reluRelux*
T0"ª
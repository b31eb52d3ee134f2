
2
xPlaceholder*
dtype0*
shape
:
2
rPlaceholder*
dtype0*
shape
:

floorFloorx*
T0

ceilCeilx*
T0

roundRoundx*
T0

signSignx*
T0
$

reciprocal
Reciprocalr*
T0

invInvr*
T0"ª

2
aPlaceholder*
dtype0*
shape
:
2
cPlaceholder*
dtype0*
shape
:
2
dPlaceholder*
dtype0*
shape
:
.
iPlaceholder*
dtype0*
shape:
.
jPlaceholder*
dtype0*
shape:
1
biasPlaceholder*
dtype0*
shape:
(
addn3AddNacd*
N*
T0
(
addn_i32AddNij*
N*
T0
"
addn1AddNa*
N*
T0
)

biasadd_v1	BiasAddV1abias*
T0"ª

2
xPlaceholder*
dtype0*
shape
:

id1Identityx*
T0

id2Identityid1*
T0"ª

:
xPlaceholder*
dtype0*
shape:
q
avgpoolAvgPoolx*
T0*
data_formatNHWC*
ksize
*
paddingVALID*
strides
"ª

:
xPlaceholder*
dtype0*
shape:	
 
p
avgpoolAvgPoolx*
T0*
data_formatNHWC*
ksize
*
paddingSAME*
strides
"ª
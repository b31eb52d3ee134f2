
7
s3Placeholder*
dtype0*
shape:
"

softmax_s3Softmaxs3*
T0
;
s4Placeholder*
dtype0*
shape:
"

softmax_s4Softmaxs4*
T0"ª
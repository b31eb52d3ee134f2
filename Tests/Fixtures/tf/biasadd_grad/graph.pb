
=
nhwcPlaceholder*
dtype0*
shape:
=
nchwPlaceholder*
dtype0*
shape:
6
rank2Placeholder*
dtype0*
shape
:
>
	grad_nhwcBiasAddGradnhwc*
T0*
data_formatNHWC
>
	grad_nchwBiasAddGradnchw*
T0*
data_formatNCHW
@

grad_rank2BiasAddGradrank2*
T0*
data_formatNHWC"ª
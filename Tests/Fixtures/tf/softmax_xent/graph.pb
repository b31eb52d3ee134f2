
7
logitsPlaceholder*
dtype0*
shape
:
7
labelsPlaceholder*
dtype0*
shape
:
>
xentSoftmaxCrossEntropyWithLogitslogitslabels*
T0"ª
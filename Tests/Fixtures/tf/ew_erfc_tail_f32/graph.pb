
2
tPlaceholder*
dtype0*
shape
:

	erfc_tailErfct*
T0"ª
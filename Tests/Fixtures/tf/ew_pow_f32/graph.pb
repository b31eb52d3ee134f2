
2
xPlaceholder*
dtype0*
shape
:
.
yPlaceholder*
dtype0*
shape:
.
nPlaceholder*
dtype0*
shape:
.
kPlaceholder*
dtype0*
shape:

powPowxy*
T0
+
pow_integer_exponentsPownk*
T0"ª
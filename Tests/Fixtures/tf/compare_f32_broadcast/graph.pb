
2
xPlaceholder*
dtype0*
shape
:
.
yPlaceholder*
dtype0*
shape:
=
equalEqualxy*
T0*
incompatible_shape_error(
C
notequalNotEqualxy*
T0*
incompatible_shape_error(

lessLessxy*
T0
%
	lessequal	LessEqualxy*
T0
!
greaterGreaterxy*
T0
+
greaterequalGreaterEqualxy*
T0"ª
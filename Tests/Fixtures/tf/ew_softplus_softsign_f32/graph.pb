
2
xPlaceholder*
dtype0*
shape
:
 
softplusSoftplusx*
T0
 
softsignSoftsignx*
T0"ª
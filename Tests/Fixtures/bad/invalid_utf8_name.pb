

ÿPlaceholder
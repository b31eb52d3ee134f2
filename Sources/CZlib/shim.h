// The system zlib, for gzip decompression in Datasets (Debian: zlib1g-dev).
#include <zlib.h>

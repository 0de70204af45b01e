/* math_norm.h - the length of a vector as CPython's math.hypot and
 * math.dist compute it (math_norm.c). */
#ifndef PYRUN_MODULES_MATH_NORM_H
#define PYRUN_MODULES_MATH_NORM_H

#include <stdbool.h>
#include <stddef.h>

/* sqrt(sum of squares) of the n values (all >= 0), given their largest
 * (infinity if one is) and whether one is a NaN.  vec may be changed. */
double math_vector_norm(size_t n, double *vec, double max, bool found_nan);

#endif

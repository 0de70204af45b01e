/* unicodedata_tables.h - the facts of Unicode 14.0 that libunistring 1.0
 * lacks (generated into unicodedata_tables.c by
 * tools/gen_unicodedata_tables.py), for unicodedatamodule.c. */
#ifndef PYRUN_MODULES_UNICODEDATA_TABLES_H
#define PYRUN_MODULES_UNICODEDATA_TABLES_H

#include <stddef.h>
#include <stdint.h>

/* East_Asian_Width of first..last, in increasing order */
typedef struct WidthRange {
    uint32_t first, last;
    const char *width;
} WidthRange;

typedef struct NumericValue {
    uint32_t code_point;
    double value;
} NumericValue;

/* a name unicodedata.lookup() accepts: an alias or a named sequence */
enum { EXTRA_NAME_MAX_POINTS = 4 };
typedef struct ExtraName {
    const char *name;
    int length;
    uint32_t code_points[EXTRA_NAME_MAX_POINTS];
} ExtraName;

extern const WidthRange unicodedata_width_exceptions[];
extern const size_t unicodedata_width_exception_count;
extern const NumericValue unicodedata_numeric_exceptions[];     /* in code-point order */
extern const size_t unicodedata_numeric_exception_count;
extern const ExtraName unicodedata_extra_names[];
extern const size_t unicodedata_extra_name_count;

#endif

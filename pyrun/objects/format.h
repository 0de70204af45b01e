/* format.h - the format mini-language: format(value, spec), f"{x:>10.2f}",
 * "{:,}".format(n).
 *
 *     [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 *
 * A spec is parsed into a FormatSpec, then each type lays its value out:
 * ints (d, b, o, x, X, c, n, and the float types via conversion), floats
 * (e, E, f, F, g, G, n, %, and none), strings (s and none).  The padding,
 * alignment, sign and digit grouping are common to all. */
#ifndef PYRUN_OBJECTS_FORMAT_H
#define PYRUN_OBJECTS_FORMAT_H

#include "object.h"

typedef struct FormatSpec {
    uint32_t fill;          /* the fill character (a code point) */
    char align;             /* '<', '>', '^', '=' */
    char sign;              /* '+', '-', ' ' */
    bool no_negative_zero;  /* 'z' */
    bool alternate;         /* '#' */
    int64_t width;          /* -1: none */
    char grouping;          /* ',', '_' or 0 */
    int64_t precision;      /* -1: none */
    char type;              /* 0: none */
    bool sign_given;        /* the sign option was written (even '-') */
} FormatSpec;

/* Parses spec (a str) for a value of type `type_name`; default_align is
 * '>' for numbers and '<' for strings.  False with a ValueError. */
bool format_parse(Object *spec, FormatSpec *out, char default_align, const char *type_name);

Object *format_int(Object *value, Object *spec);
Object *format_float(double value, Object *spec);
Object *format_str(Object *value, Object *spec);
Object *format_complex(double real, double imag, Object *spec);

/* Float text as printf's %e/%f/%g and Python's repr would write it, without
 * padding: used by % formatting too.  `type` is e, E, f, F, g, G, or 'r'
 * (repr); `alternate` is the # flag. */
void format_float_text(Buf *out, double value, char type, int precision, bool alternate);

#endif

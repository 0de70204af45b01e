/* pyrepr.h - Python's repr() of the constant types, byte for byte.
 *
 * The text views (token dump, AST dump, disassembly) and the VM all print
 * values the way CPython 3.11 does; this is the one place that knows how.
 * "Printable" follows str.isprintable() of Unicode 14.0, taken from
 * libunistring 1.0 (the Unicode version of CPython 3.11). */
#ifndef COMMON_PYREPR_H
#define COMMON_PYREPR_H

#include "buf.h"

#include <stdbool.h>
#include <stdint.h>

enum { PYREPR_FLOAT_MAX = 32 };     /* room for any float repr, with NUL */

/* repr(x) for a float: shortest round-trip digits, '1e-05', '1e+16', 'inf'. */
void pyrepr_float(double x, char out[PYREPR_FLOAT_MAX]);
/* The same digits without the '.0' that repr adds to integral values (used
 * inside complex reprs: '2j', '(1+2j)'). */
void pyrepr_float_no_dot0(double x, char out[PYREPR_FLOAT_MAX]);
/* repr(complex(real, imag)). */
void pyrepr_complex(Buf *out, double real, double imag);
/* repr(s) for a str given as WTF-8 bytes. */
void pyrepr_str(Buf *out, const char *s, size_t n);
/* repr(b) for bytes. */
void pyrepr_bytes(Buf *out, const void *p, size_t n);
/* str.isprintable() for one code point. */
bool py_isprintable(uint32_t cp);

#endif

/* literals.h - the values of number and string literals.
 *
 * pytok hands over each literal exactly as written; Python gives it a
 * value: integers of any size, floats, imaginary numbers, and strings whose
 * escape sequences are processed (unless raw).  Values travel as the
 * AstConstant of common/constant.h; strings are WTF-8, so a lone surrogate
 * written as '\udc80' survives. */
#ifndef PYPARSE_LITERALS_H
#define PYPARSE_LITERALS_H

#include "parser.h"

#include <stdbool.h>
#include <stddef.h>

/* The value of a NUMBER token.  Returns false with the error recorded for a
 * literal that is not a Python number (a broken token file). */
bool number_value(Parser *P, const char *text, size_t len, const Loc *loc, AstConstant *out);

/* A string literal's prefix and quotes. */
typedef struct StringForm {
    bool raw, bytes, fstring, u_prefix;
    size_t body_start, body_len;    /* the text between the quotes */
} StringForm;

/* Reads the prefix and quotes of a STRING token's text; false if it is not
 * a string literal. */
bool string_form(const char *text, size_t len, StringForm *form);

/* Decodes a string body: line ends become '\n', and unless raw, escape
 * sequences are replaced by what they stand for.  Appends to out, which must
 * have room for len more bytes (the value is never longer than the text).
 * Returns the number of bytes written, or -1 with the error recorded at loc. */
long decode_string_body(Parser *P, const char *body, size_t len, bool raw, bool bytes,
                        char *out, const Loc *loc);

#endif

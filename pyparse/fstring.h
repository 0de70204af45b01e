/* fstring.h - string literals side by side, and f-strings.
 *
 * Adjacent string literals are one value: 'a' "b" is 'ab'.  With an
 * f-string among them the value is a JoinedStr: literal text as Constant
 * nodes, each replacement field a FormattedValue whose expression is parsed
 * by the grammar itself (parse_fstring_expr), from the tokens pytok put in
 * the STRING token's pieces (docs/formats.md §4, "F-strings").
 *
 * Positions follow CPython 3.11: the JoinedStr, its literal parts and its
 * FormattedValues all carry the span of the whole concatenation; a format
 * spec's JoinedStr, and the literal text that ends it, the span of the
 * string token the spec is in; expressions their true positions. */
#ifndef PYPARSE_FSTRING_H
#define PYPARSE_FSTRING_H

#include "build.h"

/* The value of one or more adjacent STRING tokens: a Constant (str or
 * bytes) or a JoinedStr.  NULL with the error recorded. */
AstExpr *concat_strings(Parser *P, StrTokenSeq *strings, const Loc *loc);

#endif

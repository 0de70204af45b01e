/* loc.h - a span of source. */
#ifndef PYPARSE_LOC_H
#define PYPARSE_LOC_H

/* A span of source, as bison tracks it for every grammar symbol: the
 * position of the first character and the position just after the last one
 * (lines 1-based, columns 0-based UTF-8 byte offsets, as in the AST). */
typedef struct Loc {
    int first_line, first_column, last_line, last_column;
} Loc;

#endif

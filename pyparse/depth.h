/* depth.h - the deepest tree pyparse hands on (see depth.c). */
#ifndef PYPARSE_DEPTH_H
#define PYPARSE_DEPTH_H

#include "gen/ast.h"

#include <stdbool.h>

/* CPython 3.11 builds trees up to this depth (the Module at depth 1) when
 * ast.parse is called from a script: 3 * the recursion limit of 1000, less
 * the frames already in use. */
enum { CPYTHON_AST_DEPTH = 2988 };

/* True if no node of the module is deeper than limit; otherwise false, with
 * the position of a node past the limit in *where. */
bool ast_depth_within(const AstMod *m, int limit, AstPos *where);

#endif

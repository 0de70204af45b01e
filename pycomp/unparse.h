/* unparse.h - an expression back to source text.
 *
 * Under `from __future__ import annotations` an annotation is not
 * evaluated: it is stored as its source text, in the normalized form
 * CPython's compiler writes (`List[int]`, `a | None`, `'x'`): operators
 * spaced, parentheses only where precedence needs them, constants as
 * repr() writes them. */
#ifndef PYCOMP_UNPARSE_H
#define PYCOMP_UNPARSE_H

#include "buf.h"
#include "gen/ast.h"

void unparse_expr(Buf *out, const AstExpr *e);

#endif

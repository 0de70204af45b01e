/* future.h - `from __future__ import ...` statements.
 *
 * They must come first in a module (after the docstring, if any).  This
 * pass finds them, checks the feature names (`future feature X is not
 * defined`; `braces`: `not a chance`) and returns the code flags they set:
 * only `annotations` and `barry_as_FLUFL` change anything in Python 3.11,
 * every other feature is already the language's behaviour. */
#ifndef PYCOMP_FUTURE_H
#define PYCOMP_FUTURE_H

#include "errors.h"
#include "gen/ast.h"

enum { CO_FUTURE_BARRY_AS_BDFL = 0x400000 };

/* The CO_FUTURE_* flags of the module; *last_line is the line of its last
 * valid future statement (0 if none): one on a later line is an error the
 * code generator reports. */
int future_features(AstMod *mod, CompileErrors *errors, int *last_line);

#endif

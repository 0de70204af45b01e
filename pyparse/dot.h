/* dot.h - the tree as a Graphviz graph, for `pyparse --dot`:
 *
 *     pyparse --dot prog.py | dot -Tpng -o prog.png
 *
 * One box per node, labelled with its class and its plain fields
 * (identifiers, constants, operators, contexts); an arrow per child node,
 * labelled with the field that holds it (body[0], left, ...).  It reads the
 * encoded tree with the schema of ast.asdl, like the text view. */
#ifndef PYPARSE_DOT_H
#define PYPARSE_DOT_H

#include "buf.h"
#include "mpread.h"

#include <stdbool.h>

/* Appends the digraph of the tree at r to out; false with r failed on
 * malformed input. */
bool ast_dot(MpReader *r, Buf *out);

#endif

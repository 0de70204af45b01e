/* ast_dump.h - the text view of an AST artifact: exactly what CPython's
 * ast.dump(tree, indent=2, include_attributes=ATTRS) prints.
 *
 * It walks the MessagePack of the artifact with the schema table generated
 * from ast.asdl, so it shows any well-formed AST artifact, whoever wrote it. */
#ifndef COMMON_AST_DUMP_H
#define COMMON_AST_DUMP_H

#include "buf.h"
#include "gen/ast.h"
#include "mpread.h"

#include <stdbool.h>

/* Appends the dump of the node at r (and a final newline) to out.  Returns
 * false with r failed on malformed input. */
bool ast_dump(MpReader *r, bool attributes, Buf *out);

/* The kind of the node that starts at r (r is not moved), or AST_NONE_KIND
 * if no node starts there. */
AstKind ast_peek_kind(const MpReader *r);

#endif

/* opcode_doc.h - the instruction table of docs/bytecode.md, generated from
 * common/schema/opcodes.def (`pycomp --opcodes-markdown`). */
#ifndef PYCOMP_OPCODE_DOC_H
#define PYCOMP_OPCODE_DOC_H

#include "buf.h"

/* Appends the Markdown table: one row per opcode, sorted by name. */
void opcode_doc_markdown(Buf *out);

#endif

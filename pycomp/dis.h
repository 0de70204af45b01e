/* dis.h - the disassembly: a code object as text, in the layout of Python
 * 3.10's `dis.dis` (docs/bytecode.md, "The disassembly"). */
#ifndef PYCOMP_DIS_H
#define PYCOMP_DIS_H

#include "buf.h"
#include "code.h"

/* The code object, then every nested one ("Disassembly of <code object
 * f, file "x.py", line 3>:"), depth first. */
void dis_code(Buf *out, const CodeObject *code);

#endif

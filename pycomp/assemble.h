/* assemble.h - from blocks to bytes: the last step of compiling a unit.
 *
 * In order:
 *   1. jumps to jumps go straight to the final target (jump threading);
 *   2. blocks no path reaches are dropped (code after return, raise,
 *      break, continue; the body of `if 0:`);
 *   3. a jump to the very next instruction is removed;
 *   4. NOPs are removed, except where one is the only trace of a line;
 *   5. instructions without a position take their predecessor's;
 *   6. the stack depth is computed along every path (co_stacksize), and
 *      checked to be the same wherever paths meet;
 *   7. blocks are laid out, jump arguments resolved (with EXTENDED_ARG
 *      where they need more than 8 bits, repeating until the layout is
 *      stable), and the bytes and the line table written. */
#ifndef PYCOMP_ASSEMBLE_H
#define PYCOMP_ASSEMBLE_H

#include "cfg.h"
#include "code.h"

#include <stdbool.h>

/* Fills code->code, ncodeunits, stacksize and linetable (allocated in
 * arena).  Returns false if the stack depth is inconsistent: a compiler
 * bug, never the program's fault. */
bool assemble(Cfg *g, CodeObject *code, Arena *arena);

#endif

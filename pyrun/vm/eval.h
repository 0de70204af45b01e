/* eval.h - the eval loop: runs frames. */
#ifndef PYRUN_VM_EVAL_H
#define PYRUN_VM_EVAL_H

#include "vm/frame.h"

/* Runs frame f (just pushed, or a suspended generator's) until it returns
 * or raises: the return value, or NULL with the exception set.  A value
 * sent into a generator is pushed by the caller before. */
Object *eval_frame(Frame *f);

/* Runs a module's or class body's code with `locals` as its namespace. */
Object *eval_code(CodeObject *code, Object *globals, Object *locals);

#endif

/* frame.h - frames: one per running call.
 *
 * A frame holds everything one call of a code object needs: its variables,
 * its value stack (the operands of the instructions) and its block stack
 * (the try blocks it is inside).  They are laid out in one piece:
 *
 *     [ Frame | variables | cells | free variables | value stack | block stack ]
 *               `-------------- localsplus[] ------------------'
 *
 * Frames are carved one after another from a "frame stack" (large chunks of
 * memory), since calls return in the reverse order of their making: making
 * one is a pointer bump and an initialisation, not a malloc.  A generator's
 * frame is the exception: it outlives the call, so the generator owns it.
 *
 * Python-to-Python calls do not recurse in C: CALL_FUNCTION pushes the new
 * frame and the eval loop carries on with it; RETURN_VALUE pops it and
 * resumes the caller.  Only a call from C (a built-in calling a key
 * function, a special method) starts a new eval loop, with an "entry"
 * frame, on whose return the loop returns to C. */
#ifndef PYRUN_VM_FRAME_H
#define PYRUN_VM_FRAME_H

#include "objects/code.h"

typedef enum BlockType {
    BLOCK_FINALLY = 1,          /* SETUP_FINALLY / SETUP_WITH: a handler to jump to */
    BLOCK_EXCEPT_HANDLER = 2,   /* inside a handler: POP_EXCEPT ends it */
} BlockType;

typedef struct Block {
    int32_t type;
    int32_t handler;            /* instruction index of the handler */
    int32_t level;              /* value stack depth when the block was pushed */
} Block;

typedef struct Frame {
    CodeObject *code;           /* owned */
    Object *func;               /* owned: the FunctionObject, or NULL for a module or class body */
    Object *globals;            /* borrowed from func (or owned by the module) */
    Object *builtins;           /* borrowed */
    Object *locals;             /* owned: the mapping of a module or class body; NULL in functions */
    struct Frame *back;         /* the frame that called this one */
    const Instr *ip;            /* the next instruction to run */
    Object **sp;                /* the top of the value stack (one past the last item) */
    Block *blocks;
    int32_t nblocks;
    bool is_entry;              /* called from C: returning leaves the eval loop */
    bool on_heap;               /* owned by a generator, not on the frame stack */
    bool yielded;               /* the eval loop left it suspended at a yield */
    bool throwing;              /* resume it by raising the current exception */
    Object *gen;                /* the generator running it (borrowed) */
    Object *localsplus[];       /* variables, cells, free variables, then the value stack */
} Frame;

static inline Object **frame_stack_base(Frame *f) { return f->localsplus + f->code->nlocalsplus; }
/* The instruction running now (the one before ip). */
static inline uint32_t frame_current_instr(const Frame *f)
{
    return f->ip > f->code->instrs ? (uint32_t)(f->ip - f->code->instrs - 1) : 0;
}

/* Bytes a frame for code needs. */
size_t frame_size(const CodeObject *code);
/* A frame on the frame stack (zeroed variables, empty stacks).  The frame
 * takes over the caller's reference to func (may be NULL); globals and
 * builtins are borrowed (func, or the module, keeps them). */
Frame *frame_push(CodeObject *code, Object *func, Object *globals, Object *builtins,
                  Object *locals);
/* Drops its references and gives the memory back (the newest frame only). */
void frame_pop(Frame *f);
/* A frame of its own on the heap, for a generator. */
Frame *frame_new_heap(CodeObject *code, Object *func, Object *globals, Object *builtins,
                      Object *locals);
void frame_free_heap(Frame *f);
void frame_clear(Frame *f);         /* drops the references a frame holds */
void frame_traverse(Frame *f, VisitFunc visit, void *arg);

#endif

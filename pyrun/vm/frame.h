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

/* Bytes a frame for code needs (computed once, kept in the code object). */
size_t frame_size_compute(CodeObject *code);
static inline size_t frame_size(CodeObject *code)
{
    return code->framesize ? code->framesize : frame_size_compute(code);
}

/* Frames are cut from chunks of memory, as from a stack; a chunk no longer
 * in use is kept for the next deep call. */
typedef struct FrameChunk {
    struct FrameChunk *prev, *next;
    char *top, *limit;
    char data[];
} FrameChunk;
extern FrameChunk *frame_current_chunk;

static inline void frame_init(Frame *f, CodeObject *code, Object *func, Object *globals,
                              Object *builtins, Object *locals)
{
    f->code = (CodeObject *)NEWREF(code);
    f->func = func;             /* (the caller hands over its reference) */
    f->globals = globals;
    f->builtins = builtins;
    f->locals = locals ? NEWREF(locals) : NULL;
    f->back = NULL;
    f->ip = code->instrs;
    f->sp = f->localsplus + code->nlocalsplus;
    f->blocks = (Block *)(f->localsplus + code->nlocalsplus + code->stacksize);
    f->nblocks = 0;
    f->is_entry = false;
    f->on_heap = false;
    f->yielded = false;
    f->throwing = false;
    f->gen = NULL;
    for (int32_t i = 0; i < code->nlocalsplus; i++)
        f->localsplus[i] = NULL;
}
Frame *frame_push_slow(CodeObject *code, Object *func, Object *globals, Object *builtins,
                       Object *locals);

/* A frame on the frame stack (zeroed variables, empty stacks).  The frame
 * takes over the caller's reference to func (may be NULL); globals and
 * builtins are borrowed (func, or the module, keeps them). */
static inline Frame *frame_push(CodeObject *code, Object *func, Object *globals,
                                Object *builtins, Object *locals)
{
    FrameChunk *c = frame_current_chunk;
    size_t size = frame_size(code);
    if (__builtin_expect(!c || c->top + size > c->limit, 0))
        return frame_push_slow(code, func, globals, builtins, locals);
    Frame *f = (Frame *)c->top;
    c->top += size;
    frame_init(f, code, func, globals, builtins, locals);
    return f;
}
/* Drops its references and gives the memory back (the newest frame only). */
void frame_pop(Frame *f);
/* A frame of its own on the heap, for a generator. */
Frame *frame_new_heap(CodeObject *code, Object *func, Object *globals, Object *builtins,
                      Object *locals);
void frame_free_heap(Frame *f);
void frame_clear(Frame *f);         /* drops the references a frame holds */
void frame_traverse(Frame *f, VisitFunc visit, void *arg);
/* locals(): a module's or class body's namespace itself; for a function, a
 * new dict of its variables that have values. */
Object *frame_locals(Frame *f);

#endif

/* frame.c - the frame stack (see frame.h). */
#include "runtime.h"

enum { CHUNK_SIZE = 256 * 1024 };

FrameChunk *frame_current_chunk;
#define current_chunk frame_current_chunk

static FrameChunk *new_chunk(size_t at_least)
{
    size_t size = at_least + sizeof(FrameChunk) > CHUNK_SIZE ? at_least + sizeof(FrameChunk)
                                                             : CHUNK_SIZE;
    FrameChunk *c = mem_alloc(size);
    c->prev = c->next = NULL;
    c->top = c->data;
    c->limit = (char *)c + size;
    return c;
}

size_t frame_size_compute(CodeObject *code)
{
    size_t n = sizeof(Frame) +
               ((size_t)code->nlocalsplus + (size_t)code->stacksize) * sizeof(Object *) +
               (size_t)code->maxblocks * sizeof(Block);
    code->framesize = (n + 15) & ~(size_t)15;
    return code->framesize;
}


Frame *frame_push_slow(CodeObject *code, Object *func, Object *globals, Object *builtins,
                       Object *locals)
{
    size_t size = frame_size(code);
    FrameChunk *c = current_chunk;
    if (!c || c->top + size > c->limit) {
        FrameChunk *next = c ? c->next : NULL;
        if (next && next->data + size > next->limit) {
            /* too small for this frame: drop it and the ones after it */
            while (next) {
                FrameChunk *after = next->next;
                mem_free(next, (size_t)(next->limit - (char *)next));
                next = after;
            }
            c->next = NULL;
        }
        if (!next) {
            next = new_chunk(size);
            next->prev = c;
            if (c)
                c->next = next;
        }
        next->top = next->data;
        current_chunk = c = next;
    }
    Frame *f = (Frame *)c->top;
    c->top += size;
    frame_init(f, code, func, globals, builtins, locals);
    return f;
}

void frame_clear(Frame *f)
{
    Object **p = f->localsplus, **end = f->sp;
    for (; p < end; p++)
        CLEAR(*p);
    f->sp = f->localsplus + f->code->nlocalsplus;
    CLEAR(f->locals);
}

void frame_pop(Frame *f)
{
    frame_clear(f);
    CodeObject *code = f->code;
    Object *func = f->func;
    FrameChunk *c = current_chunk;
    /* the frame is the last one cut from the current chunk, or the chunk's first */
    while ((char *)f < c->data || (char *)f >= c->limit) {
        c->top = c->data;
        c = c->prev;
    }
    c->top = (char *)f;
    current_chunk = c;
    DECREF(code);
    XDECREF(func);
}

Frame *frame_new_heap(CodeObject *code, Object *func, Object *globals, Object *builtins,
                      Object *locals)
{
    Frame *f = mem_alloc(frame_size(code));
    frame_init(f, code, func, globals, builtins, locals);
    f->on_heap = true;
    return f;
}

void frame_free_heap(Frame *f)
{
    frame_clear(f);
    size_t size = frame_size(f->code);
    DECREF(f->code);
    XDECREF(f->func);
    mem_free(f, size);
}

void frame_traverse(Frame *f, VisitFunc visit, void *arg)
{
    for (Object **p = f->localsplus; p < f->sp; p++)
        if (*p)
            visit(*p, arg);
    if (f->locals)
        visit(f->locals, arg);
    if (f->func)
        visit(f->func, arg);
    visit((Object *)f->code, arg);
}

Object *frame_locals(Frame *f)
{
    if (f->locals)
        return NEWREF(f->locals);
    Object *d = dict_new();
    CodeObject *code = f->code;
    for (int32_t i = 0; i < code->nlocals; i++)
        if (f->localsplus[i])
            dict_set(d, tuple_get(code->varnames, (size_t)i), f->localsplus[i]);
    for (int32_t i = 0; i < code->ncellvars + code->nfreevars; i++) {
        Object *cell = f->localsplus[code->nlocals + i];
        Object *name = i < code->ncellvars ? tuple_get(code->cellvars, (size_t)i)
                                           : tuple_get(code->freevars,
                                                       (size_t)(i - code->ncellvars));
        if (cell && ((CellObject *)cell)->ref)
            dict_set(d, name, ((CellObject *)cell)->ref);
    }
    return d;
}

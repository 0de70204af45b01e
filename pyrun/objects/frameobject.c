/* frameobject.c - frame objects (see frameobject.h). */
#include "runtime.h"
#include "objects/frameobject.h"

static FrameObject *frame_object_alloc(Object *code, Object *globals, Object *builtins,
                                       Object *locals, uint32_t instr)
{
    FrameObject *fo = (FrameObject *)obj_alloc(&FrameObjectType, 0);
    fo->code = NEWREF(code);
    fo->globals = NEWREF(globals);
    fo->builtins = NEWREF(builtins);
    fo->locals = locals;
    fo->instr = instr;
    fo->line = code_line((CodeObject *)code, instr);
    return fo;
}

Object *frame_object_new(Frame *f)
{
    /* from the bottom up, so that each snapshot can refer to its caller's */
    size_t depth = 0;
    for (Frame *g = f; g; g = g->back)
        depth++;
    Frame **chain = mem_alloc(depth * sizeof(Frame *));
    size_t i = depth;
    for (Frame *g = f; g; g = g->back)
        chain[--i] = g;
    Object *back = NULL;
    for (i = 0; i < depth; i++) {
        Frame *g = chain[i];
        FrameObject *fo = frame_object_alloc((Object *)g->code, g->globals, g->builtins,
                                             frame_locals(g), frame_current_instr(g));
        fo->back = back;            /* (the reference moves to the new snapshot) */
        gc_track((Object *)fo);
        back = (Object *)fo;
    }
    mem_free(chain, depth * sizeof(Frame *));
    return back;
}

Object *frame_object_single(Frame *f)
{
    FrameObject *fo = frame_object_alloc((Object *)f->code, f->globals, f->builtins,
                                         frame_locals(f), frame_current_instr(f));
    gc_track((Object *)fo);
    return (Object *)fo;
}

Object *frame_object_for_traceback(Object *tb)
{
    TracebackObject *t = (TracebackObject *)tb;
    Object *builtins = dict_get_str(t->globals, (Object *)id_dunder_builtins);
    if (builtins && module_check(builtins))
        builtins = module_dict(builtins);
    FrameObject *fo = frame_object_alloc(t->code, t->globals, builtins ? builtins : vm.builtins,
                                         dict_new(), t->instr);
    gc_track((Object *)fo);
    return (Object *)fo;
}

static void frame_object_dealloc(Object *o)
{
    FrameObject *fo = (FrameObject *)o;
    gc_untrack(o);
    CLEAR(fo->code);
    CLEAR(fo->globals);
    CLEAR(fo->builtins);
    CLEAR(fo->locals);
    CLEAR(fo->back);
    obj_free(o);
}

static void frame_object_traverse(Object *o, VisitFunc visit, void *arg)
{
    FrameObject *fo = (FrameObject *)o;
    Object *fields[] = { fo->code, fo->globals, fo->builtins, fo->locals, fo->back };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (fields[i])
            visit(fields[i], arg);
}

static Object *frame_object_clear(Object *o)
{
    FrameObject *fo = (FrameObject *)o;
    CLEAR(fo->locals);
    CLEAR(fo->back);
    return NULL;
}

static Object *frame_object_repr(Object *o)
{
    FrameObject *fo = (FrameObject *)o;
    CodeObject *code = (CodeObject *)fo->code;
    Object *file = obj_repr(code->filename);
    if (!file)
        return NULL;
    Object *r = str_from_format("<frame at %p, file %s, line %d, code %s>", (void *)o,
                                str_data(file), fo->line, str_data(code->name));
    DECREF(file);
    return r;
}

static Object *or_none(Object *o) { return NEWREF(o ? o : OBJ_NONE); }
static Object *get_code(Object *o) { return NEWREF(((FrameObject *)o)->code); }
static Object *get_globals(Object *o) { return NEWREF(((FrameObject *)o)->globals); }
static Object *get_builtins(Object *o) { return NEWREF(((FrameObject *)o)->builtins); }
static Object *get_locals(Object *o) { return NEWREF(((FrameObject *)o)->locals); }
static Object *get_back(Object *o) { return or_none(((FrameObject *)o)->back); }
static Object *get_lineno(Object *o) { return int_from_i64(((FrameObject *)o)->line); }
static Object *get_lasti(Object *o) { return int_from_i64((int64_t)((FrameObject *)o)->instr * 2); }
static Object *get_trace(Object *o) { return none_ref(); }

static const GetSetDef frame_object_getsets[] = {
    { "f_code", get_code, NULL },
    { "f_globals", get_globals, NULL },
    { "f_builtins", get_builtins, NULL },
    { "f_locals", get_locals, NULL },
    { "f_back", get_back, NULL },
    { "f_lineno", get_lineno, NULL },
    { "f_lasti", get_lasti, NULL },
    { "f_trace", get_trace, NULL },
    { NULL, NULL, NULL },
};

Type FrameObjectType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "frame",
    .basicsize = sizeof(FrameObject),
    .flags = TYPE_GC,
    .dealloc = frame_object_dealloc,
    .traverse = frame_object_traverse,
    .clear_refs = frame_object_clear,
    .repr = frame_object_repr,
    .getsets = frame_object_getsets,
};

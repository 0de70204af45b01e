/* code.c - the code object type (the loader is vm/load.c). */
#include "runtime.h"

const PositionRun *code_position(const CodeObject *code, size_t i)
{
    /* runs are sorted by start: binary search for the last run starting at or before i */
    size_t lo = 0, hi = code->npositions;
    if (hi == 0)
        return NULL;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (code->positions[mid].start <= i)
            lo = mid;
        else
            hi = mid;
    }
    return &code->positions[lo];
}

int code_line(const CodeObject *code, size_t i)
{
    const PositionRun *p = code_position(code, i);
    return p ? p->line : -1;
}

static void code_dealloc(Object *o)
{
    CodeObject *c = (CodeObject *)o;
    mem_free(c->instrs, c->ninstrs * sizeof(Instr));
    mem_free(c->positions, c->npositions * sizeof(PositionRun));
    if (c->cell2arg)
        mem_free(c->cell2arg, (size_t)c->ncellvars * sizeof(int32_t));
    mem_free(c->caches, c->ncaches * sizeof(InlineCache));
    XDECREF(c->co_code);
    XDECREF(c->consts);
    XDECREF(c->names);
    XDECREF(c->varnames);
    XDECREF(c->cellvars);
    XDECREF(c->freevars);
    XDECREF(c->filename);
    XDECREF(c->name);
    XDECREF(c->qualname);
    XDECREF(c->source);
    obj_free(o);
}

static Object *code_repr(Object *o)
{
    CodeObject *c = (CodeObject *)o;
    return str_from_format("<code object %s at %p, file \"%s\", line %d>", str_data(c->name),
                           (void *)o, str_data(c->filename), c->firstlineno);
}

#define INT_GETTER(field)                                       \
    static Object *get_##field(Object *o)                       \
    {                                                           \
        return int_from_i64(((CodeObject *)o)->field);          \
    }
#define OBJ_GETTER(field, member)                                \
    static Object *get_##field(Object *o)                       \
    {                                                           \
        return NEWREF(((CodeObject *)o)->member);               \
    }
INT_GETTER(argcount)
INT_GETTER(posonlyargcount)
INT_GETTER(kwonlyargcount)
INT_GETTER(nlocals)
INT_GETTER(stacksize)
INT_GETTER(flags)
INT_GETTER(firstlineno)
OBJ_GETTER(code, co_code)
OBJ_GETTER(consts, consts)
OBJ_GETTER(names, names)
OBJ_GETTER(varnames, varnames)
OBJ_GETTER(cellvars, cellvars)
OBJ_GETTER(freevars, freevars)
OBJ_GETTER(filename, filename)
OBJ_GETTER(name, name)
OBJ_GETTER(qualname, qualname)

static const GetSetDef code_getsets[] = {
    { "co_argcount", get_argcount, NULL },
    { "co_posonlyargcount", get_posonlyargcount, NULL },
    { "co_kwonlyargcount", get_kwonlyargcount, NULL },
    { "co_nlocals", get_nlocals, NULL },
    { "co_stacksize", get_stacksize, NULL },
    { "co_flags", get_flags, NULL },
    { "co_firstlineno", get_firstlineno, NULL },
    { "co_code", get_code, NULL },
    { "co_consts", get_consts, NULL },
    { "co_names", get_names, NULL },
    { "co_varnames", get_varnames, NULL },
    { "co_cellvars", get_cellvars, NULL },
    { "co_freevars", get_freevars, NULL },
    { "co_filename", get_filename, NULL },
    { "co_name", get_name, NULL },
    { "co_qualname", get_qualname, NULL },
    { NULL, NULL, NULL },
};

Type CodeType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "code",
    .basicsize = sizeof(CodeObject),
    .dealloc = code_dealloc,
    .repr = code_repr,
    .getsets = code_getsets,
};

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

/* ---- code.replace() ---------------------------------------------------------------------------- */

static void *copy_array(const void *from, size_t bytes)
{
    void *to = mem_alloc(bytes ? bytes : 1);
    if (bytes)
        memcpy(to, from, bytes);
    return to;
}

/* A copy of `c` sharing its tuples and strings, with inline caches of its
 * own, empty: what they hold is borrowed and only a hint for one code's runs. */
static CodeObject *code_copy(const CodeObject *c)
{
    CodeObject *copy = (CodeObject *)obj_alloc(&CodeType, 0);
    Object head = copy->head;
    *copy = *c;
    copy->head = head;
    copy->instrs = copy_array(c->instrs, c->ninstrs * sizeof(Instr));
    copy->positions = copy_array(c->positions, c->npositions * sizeof(PositionRun));
    copy->cell2arg = c->cell2arg ? copy_array(c->cell2arg, (size_t)c->ncellvars * sizeof(int32_t))
                                 : NULL;
    copy->caches = mem_alloc(c->ncaches * sizeof(InlineCache));
    memset(copy->caches, 0, c->ncaches * sizeof(InlineCache));
    Object **shared[] = { &copy->co_code, &copy->consts, &copy->names, &copy->varnames,
                          &copy->cellvars, &copy->freevars, &copy->filename, &copy->name,
                          &copy->qualname, &copy->source };
    for (size_t i = 0; i < sizeof shared / sizeof shared[0]; i++)
        XINCREF(*shared[i]);
    return copy;
}

/* What replace() can change without touching the checked instructions: the
 * names, and of the flags only CO_ITERABLE_COROUTINE (types.coroutine sets it
 * so that a generator may be awaited).  Any other field is accepted only
 * unchanged, since the VM trusts the checked code to match it. */
static bool replace_field(CodeObject *copy, Object *key, Object *value)
{
    const char *field = str_data(key);
    Object **name = !strcmp(field, "co_name") ? &copy->name
                    : !strcmp(field, "co_qualname") ? &copy->qualname
                    : !strcmp(field, "co_filename") ? &copy->filename : NULL;
    if (name) {
        if (!str_check(value)) {
            err_format(&Exc_TypeError, "replace() argument '%s' must be str, not %s", field,
                       obj_type_name(value));
            return false;
        }
        XDECREF(*name);
        *name = NEWREF(value);
        return true;
    }
    if (!strcmp(field, "co_flags") && int_check(value)) {
        bool overflow;
        int64_t flags = int_as_i64(value, &overflow);
        if (!overflow && ((flags ^ copy->flags) & ~(int64_t)CO_ITERABLE_COROUTINE) == 0) {
            copy->flags = (int32_t)flags;
            return true;
        }
    }
    Object *current = obj_getattr(&copy->head, (StrObject *)key);
    if (!current) {
        err_clear();
        err_format(&Exc_TypeError, "'%s' is an invalid keyword argument for replace()", field);
        return false;
    }
    int same = current == value ? 1 : obj_rich_compare_bool(current, value, CMP_EQ);
    DECREF(current);
    if (same == 0)
        err_format(&Exc_NotImplementedError, "pyrun's code.replace() cannot change %s%s", field,
                   strcmp(field, "co_flags") ? "" : " beyond CO_ITERABLE_COROUTINE");
    return same > 0;
}

static Object *code_replace(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    nargs = NARGS(nargs);
    if (nargs)
        return err_set_string(&Exc_TypeError, "replace() takes no positional arguments");
    CodeObject *copy = code_copy((CodeObject *)self);
    size_t nkw = kwnames ? tuple_size((Object *)kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        if (!replace_field(copy, tuple_get((Object *)kwnames, i), args[nargs + i])) {
            DECREF(copy);
            return NULL;
        }
    }
    return (Object *)copy;
}

static const MethodDef code_methods[] = {
    { "replace", code_replace, 0 },
    { NULL, NULL, 0 },
};

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
    .methods = code_methods,
};

/* function.c - functions and cells (see function.h). */
#include "runtime.h"

Object *builtins_of_globals(Object *globals)
{
    Object *builtins = dict_get_str(globals, (Object *)id_dunder_builtins);
    if (builtins && module_check(builtins))
        builtins = module_dict(builtins);
    if (!builtins || !dict_check(builtins))
        builtins = vm.builtins;
    return builtins;
}

Object *function_new(CodeObject *code, Object *globals)
{
    FunctionObject *f = (FunctionObject *)obj_alloc(&FunctionType, 0);
    f->code = (CodeObject *)NEWREF(code);
    f->globals = NEWREF(globals);
    f->builtins = NEWREF(builtins_of_globals(globals));
    f->name = NEWREF(code->name);
    f->qualname = NEWREF(code->qualname);
    Object *first = tuple_size(code->consts) ? tuple_get(code->consts, 0) : NULL;
    f->doc = first && str_check(first) && (code->flags & CO_OPTIMIZED) ? NEWREF(first)
                                                                       : none_ref();
    Object *module = dict_get_str(globals, (Object *)id_dunder_name);
    f->module = module ? NEWREF(module) : none_ref();
    gc_track((Object *)f);
    return (Object *)f;
}

static void function_dealloc(Object *o)
{
    FunctionObject *f = (FunctionObject *)o;
    gc_untrack(o);
    weakref_clear_all(o);
    CLEAR(f->code);
    CLEAR(f->globals);
    CLEAR(f->builtins);
    CLEAR(f->name);
    CLEAR(f->qualname);
    CLEAR(f->doc);
    CLEAR(f->module);
    CLEAR(f->defaults);
    CLEAR(f->kwdefaults);
    CLEAR(f->closure);
    CLEAR(f->dict);
    CLEAR(f->annotations);
    obj_free(o);
}

static void function_traverse(Object *o, VisitFunc visit, void *arg)
{
    FunctionObject *f = (FunctionObject *)o;
    Object *fields[] = { (Object *)f->code, f->globals, f->builtins, f->name, f->qualname,
                         f->doc, f->module, f->defaults, f->kwdefaults, f->closure, f->dict,
                         f->annotations };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (fields[i])
            visit(fields[i], arg);
}

static Object *function_clear(Object *o)
{
    FunctionObject *f = (FunctionObject *)o;
    CLEAR(f->globals);
    CLEAR(f->builtins);
    CLEAR(f->doc);
    CLEAR(f->module);
    CLEAR(f->defaults);
    CLEAR(f->kwdefaults);
    CLEAR(f->closure);
    CLEAR(f->dict);
    CLEAR(f->annotations);
    return NULL;
}

static Object *function_repr(Object *o)
{
    FunctionObject *f = (FunctionObject *)o;
    return str_from_format("<function %s at %p>", str_data(f->qualname), (void *)o);
}

static Object *function_descr_get(Object *o, Object *instance, Type *owner)
{
    if (!instance)
        return NEWREF(o);
    return method_new(o, instance);
}

static Object *function_call_slot(Object *o, Object *const *args, size_t nargs,
                                  TupleObject *kwnames)
{
    return function_call(o, args, nargs, kwnames);
}

/* ---- attributes ---------------------------------------------------------------------- */

#define FIELD(f) (((FunctionObject *)o)->f)

static Object *or_none(Object *v)
{
    return v ? NEWREF(v) : none_ref();
}

static Object *get_name(Object *o) { return NEWREF(FIELD(name)); }
static Object *get_qualname(Object *o) { return NEWREF(FIELD(qualname)); }
static Object *get_doc(Object *o) { return or_none(FIELD(doc)); }
static Object *get_module(Object *o) { return or_none(FIELD(module)); }
static Object *get_defaults(Object *o) { return or_none(FIELD(defaults)); }
static Object *get_kwdefaults(Object *o) { return or_none(FIELD(kwdefaults)); }
static Object *get_code(Object *o) { return NEWREF(FIELD(code)); }
static Object *get_globals(Object *o) { return NEWREF(FIELD(globals)); }
static Object *get_builtins(Object *o) { return NEWREF(FIELD(builtins)); }
static Object *get_closure(Object *o) { return or_none(FIELD(closure)); }

static Object *get_annotations(Object *o)
{
    if (!FIELD(annotations))
        FIELD(annotations) = dict_new();
    return NEWREF(FIELD(annotations));
}

static Object *get_dict(Object *o)
{
    if (!FIELD(dict))
        FIELD(dict) = dict_new();
    return NEWREF(FIELD(dict));
}

static int set_str_field(Object *o, Object **field, Object *value, const char *what)
{
    if (!value || !str_check(value)) {
        err_format(&Exc_TypeError, "%s must be set to a string object", what);
        return -1;
    }
    INCREF(value);
    SETREF(*field, value);
    return 0;
}

static int set_name(Object *o, Object *v) { return set_str_field(o, &FIELD(name), v, "__name__"); }
static int set_qualname(Object *o, Object *v)
{
    return set_str_field(o, &FIELD(qualname), v, "__qualname__");
}

static int set_any(Object **field, Object *value)
{
    XINCREF(value);
    SETREF(*field, value);
    return 0;
}

static int set_doc(Object *o, Object *v) { return set_any(&FIELD(doc), v ? v : OBJ_NONE); }
static int set_module(Object *o, Object *v) { return set_any(&FIELD(module), v ? v : OBJ_NONE); }

static int set_defaults(Object *o, Object *v)
{
    if (v == OBJ_NONE)
        v = NULL;
    if (v && !tuple_check(v)) {
        err_set_string(&Exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    return set_any(&FIELD(defaults), v);
}

static int set_kwdefaults(Object *o, Object *v)
{
    if (v == OBJ_NONE)
        v = NULL;
    if (v && !dict_check(v)) {
        err_set_string(&Exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    return set_any(&FIELD(kwdefaults), v);
}

static int set_dict(Object *o, Object *v)
{
    if (!v) {
        err_set_string(&Exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!dict_check(v)) {
        err_format(&Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                   obj_type_name(v));
        return -1;
    }
    return set_any(&FIELD(dict), v);
}

/* The new code runs with the function's closure, so it must use as many
 * free variables as the closure has cells.  (Running frames keep their
 * own reference to the old code.) */
static int set_code(Object *o, Object *v)
{
    if (!v || !code_object_check(v)) {
        err_set_string(&Exc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    size_t ncells = FIELD(closure) ? tuple_size(FIELD(closure)) : 0;
    size_t nfree = (size_t)((CodeObject *)v)->nfreevars;
    if (nfree != ncells) {
        err_format(&Exc_ValueError, "%s() requires a code object with %zu free vars, not %zu",
                   str_data(FIELD(name)), ncells, nfree);
        return -1;
    }
    XINCREF(v);
    SETREF(FIELD(code), (CodeObject *)v);
    return 0;
}

static int set_annotations(Object *o, Object *v)
{
    if (v == OBJ_NONE)
        v = NULL;
    if (v && !dict_check(v)) {
        err_set_string(&Exc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    return set_any(&FIELD(annotations), v);
}

#undef FIELD

static const GetSetDef function_getsets[] = {
    { "__name__", get_name, set_name },
    { "__qualname__", get_qualname, set_qualname },
    { "__doc__", get_doc, set_doc },
    { "__module__", get_module, set_module },
    { "__defaults__", get_defaults, set_defaults },
    { "__kwdefaults__", get_kwdefaults, set_kwdefaults },
    { "__code__", get_code, set_code },
    { "__globals__", get_globals, NULL },
    { "__builtins__", get_builtins, NULL },
    { "__closure__", get_closure, NULL },
    { "__annotations__", get_annotations, set_annotations },
    { "__dict__", get_dict, set_dict },
    { NULL, NULL, NULL },
};

Type FunctionType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "function",
    .basicsize = sizeof(FunctionObject),
    .flags = TYPE_GC,
    .dictoffset = offsetof(FunctionObject, dict),
    .weaklistoffset = offsetof(FunctionObject, weaklist),
    .dealloc = function_dealloc,
    .traverse = function_traverse,
    .clear_refs = function_clear,
    .repr = function_repr,
    .call = function_call_slot,
    .descr_get = function_descr_get,
    .getsets = function_getsets,
};

/* ---- cells ---------------------------------------------------------------------------------- */

Object *cell_new(Object *value)
{
    CellObject *c = (CellObject *)obj_alloc(&CellType, 0);
    c->ref = value ? NEWREF(value) : NULL;
    gc_track((Object *)c);
    return (Object *)c;
}

static void cell_dealloc(Object *o)
{
    gc_untrack(o);
    CLEAR(((CellObject *)o)->ref);
    obj_free(o);
}

static void cell_traverse(Object *o, VisitFunc visit, void *arg)
{
    if (((CellObject *)o)->ref)
        visit(((CellObject *)o)->ref, arg);
}

static Object *cell_clear(Object *o)
{
    CLEAR(((CellObject *)o)->ref);
    return NULL;
}

static Object *cell_repr(Object *o)
{
    CellObject *c = (CellObject *)o;
    if (!c->ref)
        return str_from_format("<cell at %p: empty>", (void *)o);
    return str_from_format("<cell at %p: %s object at %p>", (void *)o, obj_type_name(c->ref),
                           (void *)c->ref);
}

static Object *cell_get_contents(Object *o)
{
    CellObject *c = (CellObject *)o;
    if (!c->ref)
        return err_set_string(&Exc_ValueError, "Cell is empty");
    return NEWREF(c->ref);
}

static int cell_set_contents(Object *o, Object *v)
{
    XINCREF(v);
    SETREF(((CellObject *)o)->ref, v);
    return 0;
}

static const GetSetDef cell_getsets[] = {
    { "cell_contents", cell_get_contents, cell_set_contents },
    { NULL, NULL, NULL },
};

Type CellType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "cell",
    .basicsize = sizeof(CellObject),
    .flags = TYPE_GC,
    .dealloc = cell_dealloc,
    .traverse = cell_traverse,
    .clear_refs = cell_clear,
    .repr = cell_repr,
    .hash = obj_hash_unhashable,
    .getsets = cell_getsets,
};

/* module.c - module objects (see module.h). */
#include "runtime.h"

Object *module_new(const char *name)
{
    ModuleObject *m = (ModuleObject *)obj_alloc(&ModuleType, 0);
    m->dict = dict_new();
    m->name = str_from_cstr(name);
    dict_set(m->dict, (Object *)id_dunder_name, m->name);
    dict_set(m->dict, (Object *)id_dunder_doc, OBJ_NONE);
    dict_set(m->dict, (Object *)id_dunder_package, OBJ_NONE);
    dict_set(m->dict, (Object *)id_dunder_loader, OBJ_NONE);
    dict_set(m->dict, (Object *)id_dunder_spec, OBJ_NONE);
    /* the module before its namespace in the collector's lists (as in
       CPython, whose dicts are tracked only once they hold a container):
       the order decides the order of __del__ calls at the end */
    gc_untrack(m->dict);
    gc_track((Object *)m);
    gc_track(m->dict);
    return (Object *)m;
}

void module_add_functions(Object *module, const MethodDef *defs)
{
    for (const MethodDef *d = defs; d->name; d++) {
        Object *f = builtin_function_new(d, module, NULL);
        dict_set_cstr(module_dict(module), d->name, f);
        DECREF(f);
    }
}

int module_add(Object *module, const char *name, Object *value)
{
    int r = dict_set_cstr(module_dict(module), name, value);
    DECREF(value);
    return r;
}

static void module_dealloc(Object *o)
{
    ModuleObject *m = (ModuleObject *)o;
    gc_untrack(o);
    CLEAR(m->dict);
    CLEAR(m->name);
    obj_free(o);
}

static void module_traverse(Object *o, VisitFunc visit, void *arg)
{
    ModuleObject *m = (ModuleObject *)o;
    if (m->dict)
        visit(m->dict, arg);
}

static Object *module_clear(Object *o)
{
    ModuleObject *m = (ModuleObject *)o;
    if (m->dict)
        dict_clear(m->dict);
    return NULL;
}

static Object *module_getattr(Object *o, StrObject *name)
{
    ModuleObject *m = (ModuleObject *)o;
    Object *descr = type_lookup(o->type, name);
    if (descr && descr->type->descr_get && descr->type->descr_set)
        return descr->type->descr_get(descr, o, o->type);
    Object *v = dict_get_str(m->dict, (Object *)name);
    if (v)
        return NEWREF(v);
    if (descr) {
        if (descr->type->descr_get)
            return descr->type->descr_get(descr, o, o->type);
        return NEWREF(descr);
    }
    Object *getattr = dict_get_cstr(m->dict, "__getattr__");
    if (getattr)
        return obj_call1(getattr, (Object *)name);
    Object *message = str_from_format("module '%s' has no attribute '%s'",
                                      str_check(m->name) ? str_data(m->name) : "?", name->data);
    Object *exc = exception_new(&Exc_AttributeError, &message, 1);
    DECREF(message);
    ((ExceptionObject *)exc)->extra[EXC_NAME] = NEWREF(name);
    ((ExceptionObject *)exc)->extra[EXC_ATTR_OBJ] = NEWREF(o);
    err_set_object(exc);
    DECREF(exc);
    return NULL;
}

static int module_setattr(Object *o, StrObject *name, Object *value)
{
    ModuleObject *m = (ModuleObject *)o;
    if (value)
        return dict_set(m->dict, (Object *)name, value);
    Object *removed;
    int r = dict_pop(m->dict, (Object *)name, &removed);
    if (r == 1) {
        DECREF(removed);
        return 0;
    }
    if (r == 0)
        /* (deleting says 'module' object, as CPython's generic delattr does) */
        err_format(&Exc_AttributeError, "'module' object has no attribute '%s'", name->data);
    return -1;
}

static Object *module_repr(Object *o)
{
    ModuleObject *m = (ModuleObject *)o;
    Object *file = dict_get_str(m->dict, (Object *)id_dunder_file);
    const char *name = str_check(m->name) ? str_data(m->name) : "?";
    if (file && str_check(file))
        return str_from_format("<module '%s' from '%s'>", name, str_data(file));
    if (m->builtin)
        return str_from_format("<module '%s' (built-in)>", name);
    return str_from_format("<module '%s'>", name);
}

static Object *module_get_dict(Object *o)
{
    return NEWREF(((ModuleObject *)o)->dict);
}

static const GetSetDef module_getsets[] = {
    { "__dict__", module_get_dict, NULL },
    { NULL, NULL, NULL },
};

static Object *module_dir(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    Object *l = dict_keys_list(((ModuleObject *)self)->dict);
    if (l && list_sort(l, NULL, false) < 0)
        CLEAR(l);
    return l;
}

static const MethodDef module_methods[] = {
    { "__dir__", module_dir, 0 },
    { NULL, NULL, 0 },
};

static Object *module_new_slot(Type *type, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (!arg_range("module", nargs, kw, 1, 2))
        return NULL;
    if (!str_check(args[0]))
        return err_format(&Exc_TypeError, "module.__init__() argument 'name' must be str, not %s",
                          obj_type_name(args[0]));
    Object *m = module_new(str_data(args[0]));
    if (NARGS(nargs) > 1)
        dict_set(module_dict(m), (Object *)id_dunder_doc, args[1]);
    return m;
}

Type ModuleType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "module",
    .basicsize = sizeof(ModuleObject),
    .flags = TYPE_GC | TYPE_BASETYPE,
    .dictoffset = offsetof(ModuleObject, dict),
    .dealloc = module_dealloc,
    .traverse = module_traverse,
    .clear_refs = module_clear,
    .repr = module_repr,
    .getattr = module_getattr,
    .setattr = module_setattr,
    .new_ = module_new_slot,
    .methods = module_methods,
    .getsets = module_getsets,
};

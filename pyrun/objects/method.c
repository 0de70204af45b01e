/* method.c - bound methods, built-in functions, and the descriptors of
 * built-in types; classmethod, staticmethod and property (see method.h). */
#include "runtime.h"
#include "objects/slots.h"

/* Calls f with self in front of args, using the slot before args when the
 * caller allows it (CALL_ARGS_OFFSET) instead of copying. */
static Object *call_prepending(Object *f, Object *self, Object *const *args, size_t nargs,
                               TupleObject *kwnames)
{
    size_t n = NARGS(nargs);
    size_t nkw = kwnames ? tuple_size((Object *)kwnames) : 0;
    if (nargs & CALL_ARGS_OFFSET) {
        Object **slot = (Object **)args - 1;
        Object *saved = *slot;
        *slot = self;
        Object *r = obj_call(f, slot, n + 1, kwnames);
        *slot = saved;
        return r;
    }
    size_t total = n + nkw + 1;
    Object *small[10];
    Object **all = total <= 10 ? small : mem_alloc(total * sizeof(Object *));
    all[0] = self;
    if (n + nkw)
        memcpy(all + 1, args, (n + nkw) * sizeof(Object *));
    Object *r = obj_call(f, all, n + 1, kwnames);
    if (all != small)
        mem_free(all, total * sizeof(Object *));
    return r;
}

/* ---- bound methods --------------------------------------------------------------------- */

static MethodObject *method_free_list;
static int method_free_count;

Object *method_new(Object *func, Object *self)
{
    MethodObject *m;
    if (method_free_list) {
        m = method_free_list;
        method_free_list = (MethodObject *)m->func;
        method_free_count--;
        m->head.refcount = 1;
        m->head.type = &MethodType;
        GC_HEAD(m)->next = NULL;
    } else {
        m = (MethodObject *)obj_alloc(&MethodType, 0);
    }
    m->func = NEWREF(func);
    m->self = NEWREF(self);
    gc_track((Object *)m);
    return (Object *)m;
}

static void method_dealloc(Object *o)
{
    MethodObject *m = (MethodObject *)o;
    gc_untrack(o);
    weakref_clear_all(o);
    CLEAR(m->func);
    CLEAR(m->self);
    if (method_free_count < 64) {
        m->func = (Object *)method_free_list;
        method_free_list = m;
        method_free_count++;
        return;
    }
    obj_free(o);
}

static void method_traverse(Object *o, VisitFunc visit, void *arg)
{
    MethodObject *m = (MethodObject *)o;
    if (m->func)
        visit(m->func, arg);
    if (m->self)
        visit(m->self, arg);
}

static Object *method_clear(Object *o)
{
    MethodObject *m = (MethodObject *)o;
    CLEAR(m->func);
    CLEAR(m->self);
    return NULL;
}

static Object *method_call(Object *o, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    MethodObject *m = (MethodObject *)o;
    return call_prepending(m->func, m->self, args, nargs, kwnames);
}

static Object *method_repr(Object *o)
{
    MethodObject *m = (MethodObject *)o;
    Object *name = obj_lookup_attr(m->func, id_dunder_qualname);
    if (!name && err_occurred())
        return NULL;
    if (!name)
        name = obj_lookup_attr(m->func, id_dunder_name);
    Object *self_repr = obj_repr(m->self);
    Object *r = self_repr ? str_from_format("<bound method %s of %s>",
                                            name && str_check(name) ? str_data(name) : "?",
                                            str_data(self_repr))
                          : NULL;
    XDECREF(name);
    XDECREF(self_repr);
    return r;
}

static Object *method_richcompare(Object *a, Object *b, CompareOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || a->type != &MethodType || b->type != &MethodType)
        return not_implemented_ref();
    MethodObject *x = (MethodObject *)a, *y = (MethodObject *)b;
    bool eq = x->self == y->self && x->func == y->func;
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static int64_t method_hash(Object *o)
{
    MethodObject *m = (MethodObject *)o;
    int64_t a = obj_hash(m->self), b = obj_hash(m->func);
    if ((a == -1 || b == -1) && err_occurred())
        return -1;
    int64_t h = a ^ b;
    return h == -1 ? -2 : h;
}

/* Attributes not found on the method come from its function (m.__name__). */
static Object *method_getattr(Object *o, StrObject *name)
{
    Object *descr = type_lookup(o->type, name);
    if (descr) {
        if (descr->type->descr_get)
            return descr->type->descr_get(descr, o, o->type);
        return NEWREF(descr);
    }
    return obj_getattr(((MethodObject *)o)->func, name);
}

static Object *method_get_self(Object *o)
{
    return NEWREF(((MethodObject *)o)->self);
}

static Object *method_get_func(Object *o)
{
    return NEWREF(((MethodObject *)o)->func);
}

/* the function's docstring (not the one of the method type) */
static Object *method_get_doc(Object *o)
{
    return obj_getattr(((MethodObject *)o)->func, id_dunder_doc);
}

static const GetSetDef method_getsets[] = {
    { "__self__", method_get_self, NULL },
    { "__func__", method_get_func, NULL },
    { "__doc__", method_get_doc, NULL },
    { NULL, NULL, NULL },
};

/* types.MethodType(function, instance) */
static Object *method_new_slot(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    if (!arg_no_keywords("method", kwnames) || !arg_range("method", NARGS(nargs), NULL, 2, 2))
        return NULL;
    if (!obj_is_callable(args[0]))
        return err_set_string(&Exc_TypeError, "first argument must be callable");
    if (args[1] == OBJ_NONE)
        return err_set_string(&Exc_TypeError, "instance must not be None");
    return method_new(args[0], args[1]);
}

Type MethodType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "method",
    .basicsize = sizeof(MethodObject),
    .weaklistoffset = offsetof(MethodObject, weaklist),
    .flags = TYPE_GC,
    .new_ = method_new_slot,
    .dealloc = method_dealloc,
    .traverse = method_traverse,
    .clear_refs = method_clear,
    .repr = method_repr,
    .richcompare = method_richcompare,
    .hash = method_hash,
    .getattr = method_getattr,
    .call = method_call,
    .getsets = method_getsets,
};

/* ---- built-in functions ------------------------------------------------------------------ */

Object *builtin_function_new(const MethodDef *def, Object *self, Object *module)
{
    BuiltinFunctionObject *f = (BuiltinFunctionObject *)obj_alloc(&BuiltinFunctionType, 0);
    f->def = def;
    f->self = self ? NEWREF(self) : NULL;
    f->module = module ? NEWREF(module) : NULL;
    return (Object *)f;
}

static void builtin_function_dealloc(Object *o)
{
    BuiltinFunctionObject *f = (BuiltinFunctionObject *)o;
    weakref_clear_all(o);
    CLEAR(f->self);
    CLEAR(f->module);
    obj_free(o);
}

static bool has_keywords(TupleObject *kwnames)
{
    return kwnames && tuple_size((Object *)kwnames) > 0;
}

/* The TypeError of a METH_NOARGS method called with arguments, named as
 * CPython names it: a bound method by the type of its self
 * ("bool.bit_length() takes..."), a descriptor called through the method
 * cache by the type that defines it ("int.bit_length() takes..."). */
static Object *noargs_error(const MethodDef *def, const char *owner, size_t n,
                            TupleObject *kwnames)
{
    const char *dot = *owner ? "." : "";
    if (has_keywords(kwnames))
        return err_format(&Exc_TypeError, "%s%s%s() takes no keyword arguments", owner, dot,
                          def->name);
    return err_format(&Exc_TypeError, "%s%s%s() takes no arguments (%zu given)", owner, dot,
                      def->name, n);
}

/* What a built-in function's name is prefixed with in its complaints: its
 * module's name ("time.time()", but bare for the builtins module), or the
 * type it is a method of. */
static const char *owner_prefix(const BuiltinFunctionObject *f)
{
    if (!f->self)
        return "";
    if (module_check(f->self)) {
        Object *name = ((ModuleObject *)f->self)->name;
        if (!str_check(name) || str_equal_cstr(name, "builtins"))
            return "";
        return str_data(name);
    }
    return type_check(f->self) ? ((Type *)f->self)->name : f->self->type->name;
}

static Object *builtin_function_call(Object *o, Object *const *args, size_t nargs,
                                     TupleObject *kwnames)
{
    BuiltinFunctionObject *f = (BuiltinFunctionObject *)o;
    if ((f->def->flags & METH_NOARGS) && (NARGS(nargs) || has_keywords(kwnames)))
        return noargs_error(f->def, owner_prefix(f), NARGS(nargs), kwnames);
    return f->def->fn(f->self, args, nargs, kwnames);
}

static bool bound_to_object(const BuiltinFunctionObject *f)
{
    return f->self && !module_check(f->self);
}

static Object *builtin_function_repr(Object *o)
{
    BuiltinFunctionObject *f = (BuiltinFunctionObject *)o;
    if (!bound_to_object(f))
        return str_from_format("<built-in function %s>", f->def->name);
    if (type_check(f->self))
        return str_from_format("<built-in method %s of type object at %p>", f->def->name,
                               (void *)f->self);
    return str_from_format("<built-in method %s of %s object at %p>", f->def->name,
                           obj_type_name(f->self), (void *)f->self);
}

static Object *builtin_function_get_name(Object *o)
{
    return str_from_cstr(((BuiltinFunctionObject *)o)->def->name);
}

static Object *builtin_function_get_qualname(Object *o)
{
    BuiltinFunctionObject *f = (BuiltinFunctionObject *)o;
    if (!bound_to_object(f))
        return str_from_cstr(f->def->name);
    const char *owner = type_check(f->self) ? ((Type *)f->self)->name : obj_type_name(f->self);
    return str_from_format("%s.%s", owner, f->def->name);
}

static Object *builtin_function_get_self(Object *o)
{
    BuiltinFunctionObject *f = (BuiltinFunctionObject *)o;
    return f->self ? NEWREF(f->self) : none_ref();
}

static Object *builtin_function_get_module(Object *o)
{
    BuiltinFunctionObject *f = (BuiltinFunctionObject *)o;
    if (f->module)
        return NEWREF(f->module);
    if (f->self && module_check(f->self))
        return NEWREF(((ModuleObject *)f->self)->name);
    return none_ref();
}

static Object *none_getter(Object *o)
{
    return none_ref();
}

static const GetSetDef builtin_function_getsets[] = {
    { "__name__", builtin_function_get_name, NULL },
    { "__qualname__", builtin_function_get_qualname, NULL },
    { "__self__", builtin_function_get_self, NULL },
    { "__module__", builtin_function_get_module, NULL },
    { "__doc__", none_getter, NULL },
    { NULL, NULL, NULL },
};

static Object *builtin_function_richcompare(Object *a, Object *b, CompareOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || b->type != a->type)
        return not_implemented_ref();
    BuiltinFunctionObject *x = (BuiltinFunctionObject *)a, *y = (BuiltinFunctionObject *)b;
    bool eq = x->def == y->def && x->self == y->self;
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static int64_t builtin_function_hash(Object *o)
{
    BuiltinFunctionObject *f = (BuiltinFunctionObject *)o;
    int64_t h = (int64_t)((uintptr_t)f->def >> 4) ^ (int64_t)((uintptr_t)f->self >> 4);
    return h == -1 ? -2 : h;
}

/* What pickle and copy rebuild a built-in function from: a module's
   function is named (a str: pickle saves it by reference), a method bound
   to an object is getattr(object, name). */
static Object *builtin_function_reduce(Object *o, Object *const *args, size_t nargs,
                                       TupleObject *kw)
{
    BuiltinFunctionObject *f = (BuiltinFunctionObject *)o;
    if (!bound_to_object(f))
        return str_from_cstr(f->def->name);
    StrObject *getattr_name = str_intern_cstr("getattr");
    Object *getattr = dict_get_str(vm.builtins, (Object *)getattr_name);
    DECREF(getattr_name);
    if (!getattr)
        return err_set_string(&Exc_RuntimeError, "lost builtins.getattr");
    Object *name = str_from_cstr(f->def->name);
    Object *getattr_args = tuple_pack(2, f->self, name);
    Object *r = tuple_pack(2, getattr, getattr_args);
    DECREF(name);
    DECREF(getattr_args);
    return r;
}

static const MethodDef builtin_function_methods[] = {
    { "__reduce__", builtin_function_reduce, 0 },
    { NULL, NULL, 0 },
};

Type BuiltinFunctionType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "builtin_function_or_method",
    .basicsize = sizeof(BuiltinFunctionObject),
    .weaklistoffset = offsetof(BuiltinFunctionObject, weaklist),
    .dealloc = builtin_function_dealloc,
    .repr = builtin_function_repr,
    .richcompare = builtin_function_richcompare,
    .hash = builtin_function_hash,
    .call = builtin_function_call,
    .getsets = builtin_function_getsets,
    .methods = builtin_function_methods,
};

/* ---- method descriptors -------------------------------------------------------------------- */

Object *method_descr_new(Type *owner, const MethodDef *def)
{
    Type *type = (def->flags & METH_CLASS) ? &ClassMethodDescrType : &MethodDescrType;
    MethodDescrObject *d = (MethodDescrObject *)obj_alloc(type, 0);
    d->owner = owner;
    d->def = def;
    return (Object *)d;
}

static void descr_dealloc(Object *o)
{
    obj_free(o);
}

static Object *descr_type_error(const char *name, Type *owner, Object *got)
{
    return err_format(&Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' "
                                      "object", name, owner->name, obj_type_name(got));
}

/* list.append(lst, x): the first argument must be a list. */
static Object *method_descr_call(Object *o, Object *const *args, size_t nargs,
                                 TupleObject *kwnames)
{
    MethodDescrObject *d = (MethodDescrObject *)o;
    size_t n = NARGS(nargs);
    if (n < 1)
        return err_format(&Exc_TypeError, "unbound method %s.%s() needs an argument",
                          d->owner->name, d->def->name);
    if (!obj_is_instance_of(args[0], d->owner))
        return descr_type_error(d->def->name, d->owner, args[0]);
    if ((d->def->flags & METH_NOARGS) && (n > 1 || has_keywords(kwnames)))
        return noargs_error(d->def, d->owner->name, n - 1, kwnames);
    return d->def->fn(args[0], args + 1, n - 1, kwnames);
}

static Object *method_descr_get(Object *o, Object *instance, Type *owner)
{
    MethodDescrObject *d = (MethodDescrObject *)o;
    if (!instance)
        return NEWREF(o);
    if (!obj_is_instance_of(instance, d->owner))
        return descr_type_error(d->def->name, d->owner, instance);
    return builtin_function_new(d->def, instance, NULL);
}

static Object *method_descr_repr(Object *o)
{
    MethodDescrObject *d = (MethodDescrObject *)o;
    return str_from_format("<method '%s' of '%s' objects>", d->def->name, d->owner->name);
}

/* The descriptors of methods, getsets and members share these attributes. */
static const char *descr_name(Object *o, Type **owner)
{
    if (o->type == &GetSetDescrType) {
        *owner = ((GetSetDescrObject *)o)->owner;
        return ((GetSetDescrObject *)o)->def->name;
    }
    if (o->type == &MemberDescrType) {
        *owner = ((MemberDescrObject *)o)->owner;
        return ((MemberDescrObject *)o)->def->name;
    }
    *owner = ((MethodDescrObject *)o)->owner;
    return ((MethodDescrObject *)o)->def->name;
}

static Object *descr_get_name(Object *o)
{
    Type *owner;
    return str_from_cstr(descr_name(o, &owner));
}

static Object *descr_get_qualname(Object *o)
{
    Type *owner;
    const char *name = descr_name(o, &owner);
    if (owner->qualname)
        return str_from_format("%s.%s", str_data((Object *)owner->qualname), name);
    return str_from_format("%s.%s", owner->name, name);
}

static Object *descr_get_objclass(Object *o)
{
    Type *owner;
    descr_name(o, &owner);
    return NEWREF(owner);
}

static const GetSetDef descr_getsets[] = {
    { "__name__", descr_get_name, NULL },
    { "__qualname__", descr_get_qualname, NULL },
    { "__objclass__", descr_get_objclass, NULL },
    { "__doc__", none_getter, NULL },
    { NULL, NULL, NULL },
};

Type MethodDescrType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "method_descriptor",
    .basicsize = sizeof(MethodDescrObject),
    .dealloc = descr_dealloc,
    .repr = method_descr_repr,
    .call = method_descr_call,
    .descr_get = method_descr_get,
    .getsets = descr_getsets,
};

/* dict.fromkeys: a class method of a built-in type */
static Object *classmethod_descr_get(Object *o, Object *instance, Type *owner)
{
    MethodDescrObject *d = (MethodDescrObject *)o;
    Object *cls = owner ? (Object *)owner : (Object *)instance->type;
    return builtin_function_new(d->def, cls, NULL);
}

static Object *classmethod_descr_call(Object *o, Object *const *args, size_t nargs,
                                      TupleObject *kwnames)
{
    MethodDescrObject *d = (MethodDescrObject *)o;
    size_t n = NARGS(nargs);
    if (n < 1 || !type_check(args[0]))
        return err_format(&Exc_TypeError, "descriptor '%s' of '%s' object needs a type",
                          d->def->name, d->owner->name);
    return d->def->fn(args[0], args + 1, n - 1, kwnames);
}

static Object *classmethod_descr_repr(Object *o)
{
    MethodDescrObject *d = (MethodDescrObject *)o;
    return str_from_format("<method '%s' of '%s' objects>", d->def->name, d->owner->name);
}

Type ClassMethodDescrType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "classmethod_descriptor",
    .basicsize = sizeof(MethodDescrObject),
    .dealloc = descr_dealloc,
    .repr = classmethod_descr_repr,
    .call = classmethod_descr_call,
    .descr_get = classmethod_descr_get,
    .getsets = descr_getsets,
};

/* ---- slot wrappers ------------------------------------------------------------------------------ */

Object *wrapper_descr_new(Type *owner, const SlotDef *slot, void *function)
{
    WrapperDescrObject *d = (WrapperDescrObject *)obj_alloc(&WrapperDescrType, 0);
    d->owner = owner;
    d->slot = slot;
    d->function = function;
    return (Object *)d;
}

static Object *wrapper_descr_call(Object *o, Object *const *args, size_t nargs,
                                  TupleObject *kwnames)
{
    WrapperDescrObject *d = (WrapperDescrObject *)o;
    size_t n = NARGS(nargs);
    if (n < 1)
        return err_format(&Exc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                          d->slot->name, d->owner->name);
    if (!obj_is_instance_of(args[0], d->owner))
        return err_format(&Exc_TypeError, "descriptor '%s' requires a '%s' object but received "
                                          "a '%s'", d->slot->name, d->owner->name,
                          obj_type_name(args[0]));
    return slots_call_wrapper(d->slot, d->function, args[0], args + 1, n - 1, kwnames);
}

static Object *wrapper_descr_get(Object *o, Object *instance, Type *owner)
{
    WrapperDescrObject *d = (WrapperDescrObject *)o;
    if (!instance)
        return NEWREF(o);
    if (!obj_is_instance_of(instance, d->owner))
        return descr_type_error(d->slot->name, d->owner, instance);
    MethodWrapperObject *w = (MethodWrapperObject *)obj_alloc(&MethodWrapperType, 0);
    w->descr = (WrapperDescrObject *)NEWREF(d);
    w->self = NEWREF(instance);
    return (Object *)w;
}

static Object *wrapper_descr_repr(Object *o)
{
    WrapperDescrObject *d = (WrapperDescrObject *)o;
    return str_from_format("<slot wrapper '%s' of '%s' objects>", d->slot->name, d->owner->name);
}

static Object *wrapper_get_name(Object *o)
{
    return str_from_cstr(((WrapperDescrObject *)o)->slot->name);
}

static Object *wrapper_get_qualname(Object *o)
{
    WrapperDescrObject *d = (WrapperDescrObject *)o;
    return str_from_format("%s.%s", d->owner->name, d->slot->name);
}

static const GetSetDef wrapper_getsets[] = {
    { "__name__", wrapper_get_name, NULL },
    { "__qualname__", wrapper_get_qualname, NULL },
    { "__doc__", none_getter, NULL },
    { NULL, NULL, NULL },
};

Type WrapperDescrType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "wrapper_descriptor",
    .basicsize = sizeof(WrapperDescrObject),
    .dealloc = descr_dealloc,
    .repr = wrapper_descr_repr,
    .call = wrapper_descr_call,
    .descr_get = wrapper_descr_get,
    .getsets = wrapper_getsets,
};

static void method_wrapper_dealloc(Object *o)
{
    MethodWrapperObject *w = (MethodWrapperObject *)o;
    CLEAR(w->descr);
    CLEAR(w->self);
    obj_free(o);
}

static Object *method_wrapper_call(Object *o, Object *const *args, size_t nargs,
                                   TupleObject *kwnames)
{
    MethodWrapperObject *w = (MethodWrapperObject *)o;
    return slots_call_wrapper(w->descr->slot, w->descr->function, w->self, args, nargs, kwnames);
}

static Object *method_wrapper_repr(Object *o)
{
    MethodWrapperObject *w = (MethodWrapperObject *)o;
    return str_from_format("<method-wrapper '%s' of %s object at %p>", w->descr->slot->name,
                           obj_type_name(w->self), (void *)w->self);
}

static Object *method_wrapper_get_name(Object *o)
{
    return str_from_cstr(((MethodWrapperObject *)o)->descr->slot->name);
}

static Object *method_wrapper_get_self(Object *o)
{
    return NEWREF(((MethodWrapperObject *)o)->self);
}

static const GetSetDef method_wrapper_getsets[] = {
    { "__name__", method_wrapper_get_name, NULL },
    { "__self__", method_wrapper_get_self, NULL },
    { NULL, NULL, NULL },
};

static Object *method_wrapper_richcompare(Object *a, Object *b, CompareOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || b->type != a->type)
        return not_implemented_ref();
    MethodWrapperObject *x = (MethodWrapperObject *)a, *y = (MethodWrapperObject *)b;
    bool eq = x->descr == y->descr && x->self == y->self;
    return bool_from(op == CMP_EQ ? eq : !eq);
}

Type MethodWrapperType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "method-wrapper",
    .basicsize = sizeof(MethodWrapperObject),
    .dealloc = method_wrapper_dealloc,
    .repr = method_wrapper_repr,
    .richcompare = method_wrapper_richcompare,
    .call = method_wrapper_call,
    .getsets = method_wrapper_getsets,
};

/* ---- getset and member descriptors ------------------------------------------------------------ */

Object *getset_descr_new(Type *owner, const GetSetDef *def)
{
    GetSetDescrObject *d = (GetSetDescrObject *)obj_alloc(&GetSetDescrType, 0);
    d->owner = owner;
    d->def = def;
    return (Object *)d;
}

static Object *getset_get(Object *o, Object *instance, Type *owner)
{
    GetSetDescrObject *d = (GetSetDescrObject *)o;
    if (!instance)
        return NEWREF(o);
    if (!obj_is_instance_of(instance, d->owner))
        return descr_type_error(d->def->name, d->owner, instance);
    return d->def->get(instance);
}

static int getset_set(Object *o, Object *instance, Object *value)
{
    GetSetDescrObject *d = (GetSetDescrObject *)o;
    if (!d->def->set) {
        err_format(&Exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                   d->def->name, d->owner->name);
        return -1;
    }
    if (!obj_is_instance_of(instance, d->owner)) {
        descr_type_error(d->def->name, d->owner, instance);
        return -1;
    }
    return d->def->set(instance, value);
}

static Object *getset_repr(Object *o)
{
    GetSetDescrObject *d = (GetSetDescrObject *)o;
    return str_from_format("<attribute '%s' of '%s' objects>", d->def->name, d->owner->name);
}

Type GetSetDescrType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "getset_descriptor",
    .basicsize = sizeof(GetSetDescrObject),
    .dealloc = descr_dealloc,
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
    .getsets = descr_getsets,
};

Object *member_descr_new(Type *owner, const MemberDef *def)
{
    MemberDescrObject *d = (MemberDescrObject *)obj_alloc(&MemberDescrType, 0);
    d->owner = owner;
    d->def = def;
    return (Object *)d;
}

static Object *member_get(Object *o, Object *instance, Type *owner)
{
    MemberDescrObject *d = (MemberDescrObject *)o;
    if (!instance)
        return NEWREF(o);
    if (!obj_is_instance_of(instance, d->owner))
        return descr_type_error(d->def->name, d->owner, instance);
    Object *v = *(Object **)((char *)instance + d->def->offset);
    if (!v && d->def->slot)
        return err_format(&Exc_AttributeError, "'%s' object has no attribute '%s'",
                          obj_type_name(instance), d->def->name);
    return v ? NEWREF(v) : none_ref();
}

static int member_set(Object *o, Object *instance, Object *value)
{
    MemberDescrObject *d = (MemberDescrObject *)o;
    if (d->def->readonly) {
        err_format(&Exc_AttributeError, "readonly attribute");
        return -1;
    }
    if (!obj_is_instance_of(instance, d->owner)) {
        descr_type_error(d->def->name, d->owner, instance);
        return -1;
    }
    Object **field = (Object **)((char *)instance + d->def->offset);
    if (!value && !*field && d->def->slot) {
        err_format(&Exc_AttributeError, "%s", d->def->name);      /* as CPython 3.11 */
        return -1;
    }
    XINCREF(value);
    SETREF(*field, value);
    return 0;
}

static Object *member_repr(Object *o)
{
    MemberDescrObject *d = (MemberDescrObject *)o;
    return str_from_format("<member '%s' of '%s' objects>", d->def->name, d->owner->name);
}

Type MemberDescrType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "member_descriptor",
    .basicsize = sizeof(MemberDescrObject),
    .dealloc = descr_dealloc,
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
    .getsets = descr_getsets,
};

/* ---- classmethod and staticmethod ------------------------------------------------------------------ */

static Object *wrapper_new(Type *type, Object *callable)
{
    ClassMethodObject *c = (ClassMethodObject *)obj_alloc(type, 0);
    c->callable = NEWREF(callable);
    gc_track((Object *)c);
    return (Object *)c;
}

Object *staticmethod_new(Object *callable)
{
    return wrapper_new(&StaticMethodType, callable);
}

Object *classmethod_new(Object *callable)
{
    return wrapper_new(&ClassMethodType, callable);
}

static Object *cm_new(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    if (NARGS(nargs) != 1 || kwnames)
        return err_format(&Exc_TypeError, "%s expected 1 argument, got %zu", type->name,
                          NARGS(nargs));
    return wrapper_new(type, args[0]);
}

static void cm_dealloc(Object *o)
{
    ClassMethodObject *c = (ClassMethodObject *)o;
    gc_untrack(o);
    CLEAR(c->callable);
    CLEAR(c->dict);
    obj_free(o);
}

static void cm_traverse(Object *o, VisitFunc visit, void *arg)
{
    ClassMethodObject *c = (ClassMethodObject *)o;
    if (c->callable)
        visit(c->callable, arg);
    if (c->dict)
        visit(c->dict, arg);
}

static Object *cm_clear(Object *o)
{
    ClassMethodObject *c = (ClassMethodObject *)o;
    CLEAR(c->callable);
    CLEAR(c->dict);
    return NULL;
}

static Object *classmethod_get(Object *o, Object *instance, Type *owner)
{
    ClassMethodObject *c = (ClassMethodObject *)o;
    Object *cls = owner ? (Object *)owner : (Object *)instance->type;
    if (c->callable->type->descr_get && !function_check(c->callable))
        return c->callable->type->descr_get(c->callable, cls, (Type *)cls);
    return method_new(c->callable, cls);
}

static Object *staticmethod_get(Object *o, Object *instance, Type *owner)
{
    return NEWREF(((ClassMethodObject *)o)->callable);
}

static Object *staticmethod_call(Object *o, Object *const *args, size_t nargs,
                                 TupleObject *kwnames)
{
    return obj_call(((ClassMethodObject *)o)->callable, args, nargs, kwnames);
}

static Object *cm_get_func(Object *o)
{
    return NEWREF(((ClassMethodObject *)o)->callable);
}

static Object *cm_get_attr_of_func(Object *o, const char *name)
{
    return obj_getattr_cstr(((ClassMethodObject *)o)->callable, name);
}

static Object *cm_get_name(Object *o)
{
    return cm_get_attr_of_func(o, "__name__");
}

static Object *cm_get_qualname(Object *o)
{
    return cm_get_attr_of_func(o, "__qualname__");
}

static Object *cm_get_doc(Object *o)
{
    return cm_get_attr_of_func(o, "__doc__");
}

static Object *cm_get_isabstract(Object *o)
{
    return bool_from(false);
}

static const GetSetDef cm_getsets[] = {
    { "__func__", cm_get_func, NULL },
    { "__wrapped__", cm_get_func, NULL },
    { "__name__", cm_get_name, NULL },
    { "__qualname__", cm_get_qualname, NULL },
    { "__doc__", cm_get_doc, NULL },
    { "__isabstractmethod__", cm_get_isabstract, NULL },
    { NULL, NULL, NULL },
};

static Object *cm_repr(Object *o)
{
    Object *inner = obj_repr(((ClassMethodObject *)o)->callable);
    if (!inner)
        return NULL;
    Object *r = str_from_format("<%s(%s)>", obj_type_name(o), str_data(inner));
    DECREF(inner);
    return r;
}

Type ClassMethodType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "classmethod",
    .basicsize = sizeof(ClassMethodObject),
    .flags = TYPE_GC | TYPE_BASETYPE,
    .dictoffset = offsetof(ClassMethodObject, dict),
    .dealloc = cm_dealloc,
    .traverse = cm_traverse,
    .clear_refs = cm_clear,
    .repr = cm_repr,
    .descr_get = classmethod_get,
    .new_ = cm_new,
    .getsets = cm_getsets,
};

Type StaticMethodType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "staticmethod",
    .basicsize = sizeof(ClassMethodObject),
    .flags = TYPE_GC | TYPE_BASETYPE,
    .dictoffset = offsetof(ClassMethodObject, dict),
    .dealloc = cm_dealloc,
    .traverse = cm_traverse,
    .clear_refs = cm_clear,
    .repr = cm_repr,
    .descr_get = staticmethod_get,
    .call = staticmethod_call,
    .new_ = cm_new,
    .getsets = cm_getsets,
};

/* ---- property -------------------------------------------------------------------------------------- */

static Object *property_new(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    static const char *const names[] = { "fget", "fset", "fdel", "doc" };
    Object *values[4] = { NULL, NULL, NULL, NULL };
    size_t n = NARGS(nargs);
    if (n > 4)
        return err_format(&Exc_TypeError, "property() takes at most 4 arguments (%zu given)", n);
    for (size_t i = 0; i < n; i++)
        values[i] = args[i];
    size_t nkw = kwnames ? tuple_size((Object *)kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        Object *key = tuple_get((Object *)kwnames, k);
        size_t j = 0;
        while (j < 4 && !str_equal_cstr(key, names[j]))
            j++;
        if (j == 4)
            return err_format(&Exc_TypeError, "'%s' is an invalid keyword argument for "
                                              "property()", str_data(key));
        values[j] = args[n + k];
    }
    PropertyObject *p = (PropertyObject *)obj_alloc(type, 0);
    for (int i = 0; i < 4; i++) {
        Object *v = values[i] && values[i] != OBJ_NONE ? values[i] : NULL;
        Object **field = i == 0 ? &p->fget : i == 1 ? &p->fset : i == 2 ? &p->fdel : &p->doc;
        *field = v ? NEWREF(v) : NULL;
    }
    if (!p->doc && p->fget) {
        Object *doc = obj_lookup_attr(p->fget, id_dunder_doc);
        if (doc && doc != OBJ_NONE)
            p->doc = doc;
        else
            XDECREF(doc);
        err_clear();
    }
    gc_track((Object *)p);
    return (Object *)p;
}

static int property_init(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    return 0;
}

static void property_dealloc(Object *o)
{
    PropertyObject *p = (PropertyObject *)o;
    gc_untrack(o);
    CLEAR(p->fget);
    CLEAR(p->fset);
    CLEAR(p->fdel);
    CLEAR(p->doc);
    CLEAR(p->name);
    obj_free(o);
}

static void property_traverse(Object *o, VisitFunc visit, void *arg)
{
    PropertyObject *p = (PropertyObject *)o;
    Object *fields[] = { p->fget, p->fset, p->fdel, p->doc, p->name };
    for (int i = 0; i < 5; i++)
        if (fields[i])
            visit(fields[i], arg);
}

static Object *property_clear(Object *o)
{
    PropertyObject *p = (PropertyObject *)o;
    CLEAR(p->fget);
    CLEAR(p->fset);
    CLEAR(p->fdel);
    CLEAR(p->doc);
    return NULL;
}

static Object *property_get(Object *o, Object *instance, Type *owner)
{
    PropertyObject *p = (PropertyObject *)o;
    if (!instance)
        return NEWREF(o);
    if (!p->fget) {
        if (p->name)
            return err_format(&Exc_AttributeError, "property '%s' of '%s' object has no getter",
                              str_data(p->name), obj_type_name(instance));
        return err_set_string(&Exc_AttributeError, "unreadable attribute");
    }
    return obj_call1(p->fget, instance);
}

static int property_set(Object *o, Object *instance, Object *value)
{
    PropertyObject *p = (PropertyObject *)o;
    Object *f = value ? p->fset : p->fdel;
    if (!f) {
        if (p->name)
            err_format(&Exc_AttributeError, "property '%s' of '%s' object has no %s",
                       str_data(p->name), obj_type_name(instance), value ? "setter" : "deleter");
        else
            err_set_string(&Exc_AttributeError,
                           value ? "can't set attribute" : "can't delete attribute");
        return -1;
    }
    Object *r = value ? obj_call2(f, instance, value) : obj_call1(f, instance);
    if (!r)
        return -1;
    DECREF(r);
    return 0;
}

/* prop.setter(f) etc.: a copy with one function replaced. */
static Object *property_copy(Object *self, Object *fget, Object *fset, Object *fdel)
{
    PropertyObject *p = (PropertyObject *)self;
    Object *args[4] = { fget ? fget : (p->fget ? p->fget : OBJ_NONE),
                        fset ? fset : (p->fset ? p->fset : OBJ_NONE),
                        fdel ? fdel : (p->fdel ? p->fdel : OBJ_NONE),
                        p->doc ? p->doc : OBJ_NONE };
    Object *r = obj_call((Object *)self->type, args, 4, NULL);
    if (r && p->name && r->type == &PropertyType)
        ((PropertyObject *)r)->name = NEWREF(p->name);
    return r;
}

static Object *property_getter(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (NARGS(nargs) != 1)
        return err_set_string(&Exc_TypeError, "getter() takes exactly one argument");
    return property_copy(self, args[0], NULL, NULL);
}

static Object *property_setter(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (NARGS(nargs) != 1)
        return err_set_string(&Exc_TypeError, "setter() takes exactly one argument");
    return property_copy(self, NULL, args[0], NULL);
}

static Object *property_deleter(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (NARGS(nargs) != 1)
        return err_set_string(&Exc_TypeError, "deleter() takes exactly one argument");
    return property_copy(self, NULL, NULL, args[0]);
}

static Object *property_set_name(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (NARGS(nargs) != 2)
        return err_set_string(&Exc_TypeError, "__set_name__() takes 2 positional arguments");
    PropertyObject *p = (PropertyObject *)self;
    INCREF(args[1]);
    SETREF(p->name, args[1]);
    return none_ref();
}

static const MethodDef property_methods[] = {
    { "getter", property_getter, 0 },
    { "setter", property_setter, 0 },
    { "deleter", property_deleter, 0 },
    { "__set_name__", property_set_name, 0 },
    { NULL, NULL, 0 },
};

static Object *property_field(Object *v)
{
    return v ? NEWREF(v) : none_ref();
}

static Object *property_get_fget(Object *o)
{
    return property_field(((PropertyObject *)o)->fget);
}

static Object *property_get_fset(Object *o)
{
    return property_field(((PropertyObject *)o)->fset);
}

static Object *property_get_fdel(Object *o)
{
    return property_field(((PropertyObject *)o)->fdel);
}

static Object *property_get_doc(Object *o)
{
    return property_field(((PropertyObject *)o)->doc);
}

static const GetSetDef property_getsets[] = {
    { "fget", property_get_fget, NULL },
    { "fset", property_get_fset, NULL },
    { "fdel", property_get_fdel, NULL },
    { "__doc__", property_get_doc, NULL },
    { "__isabstractmethod__", cm_get_isabstract, NULL },
    { NULL, NULL, NULL },
};

Type PropertyType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "property",
    .basicsize = sizeof(PropertyObject),
    .flags = TYPE_GC | TYPE_BASETYPE,
    .dealloc = property_dealloc,
    .traverse = property_traverse,
    .clear_refs = property_clear,
    .descr_get = property_get,
    .descr_set = property_set,
    .new_ = property_new,
    .init = property_init,
    .methods = property_methods,
    .getsets = property_getsets,
};

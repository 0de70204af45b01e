/* build_class.c - the class statement (__build_class__) and super().
 *
 * `class C(Base, metaclass=M): body` compiles to a call of
 * __build_class__(body_function, 'C', Base, metaclass=M).  It finds the
 * metaclass (the most derived of M and the bases' types), asks it for the
 * namespace (__prepare__), runs the body with that namespace as its locals,
 * and calls the metaclass to make the class.  The body returns the
 * __class__ cell if a method uses super() or __class__; the cell is filled
 * when the class exists. */
#include "runtime.h"
#include "builtins/builtins.h"

/* The bases after PEP 560's __mro_entries__ (a base that is not a class
 * may name the classes to use instead). */
static Object *resolve_bases(Object *bases)
{
    bool changed = false;
    Object *result = list_new(0);
    for (size_t i = 0; i < tuple_size(bases); i++) {
        Object *b = tuple_get(bases, i);
        if (type_check(b)) {
            list_append(result, b);
            continue;
        }
        Object *meth = obj_lookup_attr(b, id_dunder_mro_entries);
        if (!meth) {
            if (err_occurred()) {
                DECREF(result);
                return NULL;
            }
            list_append(result, b);
            continue;
        }
        Object *entries = obj_call1(meth, bases);
        DECREF(meth);
        if (!entries || !tuple_check(entries)) {
            if (entries)
                err_set_string(&Exc_TypeError, "__mro_entries__ must return a tuple");
            XDECREF(entries);
            DECREF(result);
            return NULL;
        }
        list_extend(result, entries);
        DECREF(entries);
        changed = true;
    }
    Object *t = changed ? list_as_tuple(result) : NEWREF(bases);
    DECREF(result);
    return t;
}

static Type *most_derived_metaclass(Type *meta, Object *bases)
{
    Type *winner = meta;
    for (size_t i = 0; i < tuple_size(bases); i++) {
        Type *m = tuple_get(bases, i)->type;
        if (type_is_subtype(winner, m))
            continue;
        if (type_is_subtype(m, winner)) {
            winner = m;
            continue;
        }
        err_set_string(&Exc_TypeError, "metaclass conflict: the metaclass of a derived class must "
                                       "be a (non-strict) subclass of the metaclasses of all its "
                                       "bases");
        return NULL;
    }
    return winner;
}

Object *builtin_build_class(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    size_t n = NARGS(nargs);
    if (n < 2)
        return err_set_string(&Exc_TypeError, "__build_class__: not enough arguments");
    Object *func = args[0], *name = args[1];
    if (!function_check(func))
        return err_set_string(&Exc_TypeError, "__build_class__: func must be a function");
    if (!str_check(name))
        return err_set_string(&Exc_TypeError, "__build_class__: name is not a string");
    Object *orig_bases = tuple_from_array(args + 2, n - 2);
    Object *bases = resolve_bases(orig_bases);
    if (!bases) {
        DECREF(orig_bases);
        return NULL;
    }
    /* the keywords: metaclass= apart, the rest for the metaclass */
    size_t nkw = kwnames ? tuple_size((Object *)kwnames) : 0;
    Object *meta = NULL;
    Object *kw_names_list = list_new(0), *kw_values = list_new(0);
    for (size_t i = 0; i < nkw; i++) {
        Object *k = tuple_get((Object *)kwnames, i);
        if (str_equal_cstr(k, "metaclass")) {
            meta = args[n + i];
        } else {
            list_append(kw_names_list, k);
            list_append(kw_values, args[n + i]);
        }
    }
    Object *result = NULL, *ns = NULL, *cell = NULL;
    TupleObject *rest_names = list_size(kw_names_list)
                                  ? (TupleObject *)list_as_tuple(kw_names_list) : NULL;
    bool meta_is_class = true;
    if (!meta) {
        meta = tuple_size(bases) ? (Object *)tuple_get(bases, 0)->type : (Object *)&TypeType;
    }
    INCREF(meta);
    if (type_check(meta)) {
        Type *winner = most_derived_metaclass((Type *)meta, bases);
        if (!winner)
            goto done;
        SETREF(meta, NEWREF(winner));
    } else {
        meta_is_class = false;
    }
    (void)meta_is_class;
    /* the namespace, from __prepare__ if the metaclass has one */
    Object *prepare = obj_lookup_attr(meta, id_dunder_prepare);
    if (prepare) {
        size_t nk = list_size(kw_values);
        Object **pargs = mem_alloc((2 + nk + 1) * sizeof(Object *));
        pargs[0] = name;
        pargs[1] = bases;
        for (size_t i = 0; i < nk; i++)
            pargs[2 + i] = list_get(kw_values, i);
        ns = obj_call(prepare, pargs, 2, rest_names);
        mem_free(pargs, (2 + nk + 1) * sizeof(Object *));
        DECREF(prepare);
        if (!ns)
            goto done;
        if (!dict_check(ns) && !ns->type->getitem) {
            err_format(&Exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                       type_check(meta) ? ((Type *)meta)->name : "<metaclass>",
                       obj_type_name(ns));
            goto done;
        }
    } else {
        if (err_occurred())
            goto done;
        ns = dict_new();
    }
    /* the class body, with ns as its locals mapping, returns the __class__ cell or None */
    cell = call_with_locals((FunctionObject *)func, ns);
    if (!cell)
        goto done;
    if (bases != orig_bases)
        dict_set_cstr(ns, "__orig_bases__", orig_bases);
    {
        size_t nk = list_size(kw_values);
        Object **cargs = mem_alloc((3 + nk + 1) * sizeof(Object *));
        cargs[0] = name;
        cargs[1] = bases;
        cargs[2] = ns;
        for (size_t i = 0; i < nk; i++)
            cargs[3 + i] = list_get(kw_values, i);
        result = obj_call(meta, cargs, 3, rest_names);
        mem_free(cargs, (3 + nk + 1) * sizeof(Object *));
    }
    if (result && cell->type == &CellType) {
        CellObject *c = (CellObject *)cell;
        if (!c->ref)
            c->ref = NEWREF(result);
    }
done:
    XDECREF(cell);
    XDECREF(ns);
    DECREF(meta);
    XDECREF(rest_names);
    DECREF(kw_names_list);
    DECREF(kw_values);
    DECREF(bases);
    DECREF(orig_bases);
    return result;
}

/* ---- super ------------------------------------------------------------------------------- */

typedef struct SuperObject {
    Object head;
    Type *type;             /* look after this class in the MRO ... */
    Object *obj;            /* ... of this object (or class) */
    Type *obj_type;         /* the type whose MRO is used */
} SuperObject;

static Type *super_check(Type *type, Object *obj)
{
    if (type_check(obj) && type_is_subtype((Type *)obj, type))
        return (Type *)obj;
    if (type_is_subtype(obj->type, type))
        return obj->type;
    Object *cls = obj_lookup_attr(obj, id_dunder_class);
    if (cls) {
        if (type_check(cls) && type_is_subtype((Type *)cls, type)) {
            DECREF(cls);
            return (Type *)cls;
        }
        DECREF(cls);
    }
    err_clear();
    err_set_string(&Exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

/* super() without arguments: the class from the caller's __class__ cell,
 * the object from its first argument. */
static bool super_from_frame(Type **type, Object **obj)
{
    Frame *f = vm.frame;
    if (!f)
        return err_set_string(&Exc_RuntimeError, "super(): no current frame"), false;
    CodeObject *co = f->code;
    if (co->argcount == 0)
        return err_set_string(&Exc_RuntimeError, "super(): no arguments"), false;
    Object *first = f->localsplus[0];
    if (co->cell2arg) {
        for (int32_t i = 0; i < co->ncellvars; i++) {
            if (co->cell2arg[i] == 0) {
                first = ((CellObject *)f->localsplus[co->nlocals + i])->ref;
                break;
            }
        }
    }
    if (!first)
        return err_set_string(&Exc_RuntimeError, "super(): arg[0] deleted"), false;
    for (int32_t i = 0; i < co->nfreevars; i++) {
        Object *name = tuple_get(co->freevars, (size_t)i);
        if (str_equal_cstr(name, "__class__")) {
            Object *cell = f->localsplus[co->nlocals + co->ncellvars + i];
            Object *cls = ((CellObject *)cell)->ref;
            if (!cls)
                return err_set_string(&Exc_RuntimeError, "super(): empty __class__ cell"), false;
            if (!type_check(cls))
                return err_set_string(&Exc_RuntimeError, "super(): __class__ is not a type"),
                       false;
            *type = (Type *)cls;
            *obj = first;
            return true;
        }
    }
    err_set_string(&Exc_RuntimeError, "super(): __class__ cell not found");
    return false;
}

/* super's work is done in __init__, as in CPython, so that calling it
 * again (super(int).__init__()) re-resolves its arguments. */
static Object *super_new(Type *t, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    Object *s = obj_alloc(t, 0);
    gc_track(s);
    return s;
}

static int super_init(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    if (!arg_range("super", nargs, kwnames, 0, 2))
        return -1;
    Type *type;
    Object *obj = NULL;
    if (NARGS(nargs) == 0) {
        if (!super_from_frame(&type, &obj))
            return -1;
    } else {
        if (!type_check(args[0])) {
            err_format(&Exc_TypeError, "super() argument 1 must be a type, not %s",
                       obj_type_name(args[0]));
            return -1;
        }
        type = (Type *)args[0];
        obj = NARGS(nargs) > 1 && args[1] != OBJ_NONE ? args[1] : NULL;
    }
    Type *obj_type = NULL;
    if (obj) {
        obj_type = super_check(type, obj);
        if (!obj_type)
            return -1;
    }
    SuperObject *s = (SuperObject *)self;
    SETREF(s->type, (Type *)NEWREF(type));
    SETREF(s->obj, obj ? NEWREF(obj) : NULL);
    SETREF(s->obj_type, obj_type ? (Type *)NEWREF(obj_type) : NULL);
    return 0;
}

static void super_dealloc(Object *o)
{
    SuperObject *s = (SuperObject *)o;
    gc_untrack(o);
    CLEAR(s->type);
    CLEAR(s->obj);
    CLEAR(s->obj_type);
    obj_free(o);
}

static void super_traverse(Object *o, VisitFunc visit, void *arg)
{
    SuperObject *s = (SuperObject *)o;
    if (s->obj)
        visit(s->obj, arg);
    if (s->type)
        visit((Object *)s->type, arg);
    if (s->obj_type)
        visit((Object *)s->obj_type, arg);
}

static Object *super_getattr(Object *o, StrObject *name)
{
    SuperObject *s = (SuperObject *)o;
    if (s->obj_type && !str_equal_cstr((Object *)name, "__class__")) {
        Object *mro = (Object *)s->obj_type->mro;
        size_t i = 0, n = tuple_size(mro);
        while (i < n && tuple_get(mro, i) != (Object *)s->type)
            i++;
        for (i++; i < n; i++) {
            Type *t = (Type *)tuple_get(mro, i);
            Object *v = dict_get_str((Object *)t->dict, (Object *)name);
            if (!v)
                continue;
            if (v->type->descr_get) {
                Object *inst = s->obj == (Object *)s->obj_type ? NULL : s->obj;
                return v->type->descr_get(v, inst, s->obj_type);
            }
            return NEWREF(v);
        }
    }
    return obj_generic_getattr(o, name);
}

static Object *super_repr(Object *o)
{
    SuperObject *s = (SuperObject *)o;
    if (s->obj_type)
        return str_from_format("<super: <class '%s'>, <%s object>>", s->type->name,
                               s->obj_type->name);
    return str_from_format("<super: <class '%s'>, NULL>", s->type ? s->type->name : "NULL");
}

static Object *super_get(Object *o, Object *instance, Type *owner)
{
    SuperObject *s = (SuperObject *)o;
    if (!instance || s->obj || !s->type)   /* (no type: super.__new__ without __init__) */
        return NEWREF(o);
    Object *args[2] = { (Object *)s->type, instance };
    return obj_call((Object *)o->type, args, 2, NULL);
}

static Object *super_get_thisclass(Object *o)
{
    Type *t = ((SuperObject *)o)->type;
    return t ? NEWREF(t) : none_ref();
}

static Object *super_get_self(Object *o)
{
    Object *v = ((SuperObject *)o)->obj;
    return v ? NEWREF(v) : none_ref();
}

static const GetSetDef super_getsets[] = {
    { "__thisclass__", super_get_thisclass, NULL },
    { "__self__", super_get_self, NULL },
    { NULL, NULL, NULL },
};

Type SuperType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "super",
    .basicsize = sizeof(SuperObject),
    .flags = TYPE_GC | TYPE_BASETYPE,
    .dealloc = super_dealloc,
    .traverse = super_traverse,
    .repr = super_repr,
    .getattr = super_getattr,
    .descr_get = super_get,
    .new_ = super_new,
    .init = super_init,
    .getsets = super_getsets,
};

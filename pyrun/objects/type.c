/* type.c - `type`: type objects, attribute lookup along the MRO, and classes. */
#include "runtime.h"
#include "objects/slots.h"
#include "vm/import.h"

#include <stdio.h>

/* ---- the lookup cache ------------------------------------------------------------------- */

/* Looking a method up walks the MRO, a dict per class: too slow to do at
 * every call.  The cache remembers (type version, name) -> result.  An entry
 * is trusted only if its version is the type's current one, and a type gets a
 * new version whenever it or a base class changes, so stale entries are
 * never used.  Only interned names are cached (their address is the key). */
enum { LOOKUP_CACHE_SIZE = 4096 };

typedef struct LookupEntry {
    uint32_t version;
    StrObject *name;
    Object *value;          /* borrowed from the type's dict; NULL: not found */
} LookupEntry;

static LookupEntry lookup_cache[LOOKUP_CACHE_SIZE];
static uint32_t next_version = 1;

static void assign_version(Type *t)
{
    t->version = next_version++;
    if (next_version == 0)
        next_version = 1;       /* (after 4 billion changes: harmless, the cache is a hint) */
}

static Object *find_in_mro(Type *t, StrObject *name)
{
    Object *mro = (Object *)t->mro;
    if (!mro) {
        /* during the making of a class: the type itself, then its bases' MROs */
        Object *v = t->dict ? dict_get_str((Object *)t->dict, (Object *)name) : NULL;
        if (v || !t->bases)
            return v;
        for (size_t i = 0; i < tuple_size((Object *)t->bases); i++) {
            v = find_in_mro((Type *)tuple_get((Object *)t->bases, i), name);
            if (v)
                return v;
        }
        return NULL;
    }
    for (size_t i = 0; i < tuple_size(mro); i++) {
        Type *base = (Type *)tuple_get(mro, i);
        if (!base->dict)
            continue;
        Object *v = dict_get_str((Object *)base->dict, (Object *)name);
        if (v)
            return v;
    }
    return NULL;
}

/* find_in_mro, which never raises: a failure inside it is dropped, but an
   exception that was already being raised (a caller looking for __getattr__
   after an AttributeError) is kept. */
static Object *find_in_mro_quietly(Type *t, StrObject *name)
{
    Object *pending = err_fetch();
    Object *v = find_in_mro(t, name);
    if (!v)
        err_clear();
    err_restore(pending);
    return v;
}

Object *type_lookup(Type *t, StrObject *name)
{
    if (!name->interned || t->version == 0)
        return find_in_mro_quietly(t, name);
    size_t h = (((size_t)t->version * 2654435761u) ^ ((uintptr_t)name >> 4)) &
               (LOOKUP_CACHE_SIZE - 1);
    LookupEntry *e = &lookup_cache[h];
    if (e->version == t->version && e->name == name)
        return e->value;
    Object *v = find_in_mro_quietly(t, name);
    e->version = t->version;
    e->name = name;
    e->value = v;
    return v;
}

void type_modified(Type *t)
{
    if (!(t->flags & TYPE_READY))
        return;
    t->flags |= TYPE_MAY_SHADOW;    /* a new class attribute may have an instance's name */
    assign_version(t);
    if (t->subclasses) {
        Object *subs = t->subclasses;
        for (size_t i = 0; i < list_size(subs); i++) {
            Object *entry = list_get(subs, i);
            type_modified((Type *)(uintptr_t)int_small_value(entry));
        }
    }
}

#define COLLECTION_KINDS (TYPE_ABSTRACT_SEQUENCE | TYPE_ABSTRACT_MAPPING)

void type_set_collection_kind(Type *t, unsigned kind)
{
    if (!(t->flags & TYPE_HEAP) || (t->flags & COLLECTION_KINDS) == kind)
        return;
    t->flags = (t->flags & ~(unsigned)COLLECTION_KINDS) | kind;
    if (t->subclasses)
        for (size_t i = 0; i < list_size(t->subclasses); i++)
            type_set_collection_kind((Type *)(uintptr_t)int_small_value(list_get(t->subclasses, i)),
                                     kind);
}

/* A new class is the kind of collection that the first class of its MRO
 * with a kind is (so class C(Plain, Sequence) is a sequence, as in CPython). */
static void inherit_collection_kind(Type *t)
{
    for (size_t i = 1; i < tuple_size((Object *)t->mro); i++) {
        Object *base = tuple_get((Object *)t->mro, i);
        unsigned kind = type_check(base) ? ((Type *)base)->flags & COLLECTION_KINDS : 0;
        if (kind) {
            t->flags |= kind;
            return;
        }
    }
}

static void add_subclass(Type *base, Type *sub)
{
    if (!base->subclasses)
        base->subclasses = list_new(0);
    Object *entry = int_from_i64((int64_t)(uintptr_t)sub);
    list_append(base->subclasses, entry);
    DECREF(entry);
}

static void remove_subclass(Type *base, Type *sub)
{
    Object *subs = base->subclasses;
    if (!subs)
        return;
    ListObject *l = (ListObject *)subs;
    for (size_t i = 0; i < l->size; i++) {
        if ((Type *)(uintptr_t)int_small_value(l->items[i]) == sub) {
            Object *gone = l->items[i];
            memmove(l->items + i, l->items + i + 1, (l->size - i - 1) * sizeof(Object *));
            l->size--;
            DECREF(gone);
            return;
        }
    }
}

/* ---- subtypes ------------------------------------------------------------------------------- */

bool type_is_subtype(const Type *a, const Type *b)
{
    if (a == b)
        return true;
    Object *mro = (Object *)a->mro;
    if (mro) {
        for (size_t i = 0; i < tuple_size(mro); i++)
            if ((const Type *)tuple_get(mro, i) == b)
                return true;
        return false;
    }
    for (const Type *t = a; t; t = t->base)
        if (t == b)
            return true;
    return false;
}

/* ---- the MRO (C3 linearisation) -------------------------------------------------------------- */

/* Is t in the tail (after the head) of any of the lists? */
static bool in_some_tail(Type *t, Object **lists, size_t *heads, size_t nlists)
{
    for (size_t i = 0; i < nlists; i++) {
        Object *l = lists[i];
        for (size_t j = heads[i] + 1; j < list_size(l); j++)
            if ((Type *)list_get(l, j) == t)
                return true;
    }
    return false;
}

/* CPython names the classes still waiting at the head of each list, each once, in order. */
static void mro_error(Object **lists, size_t *heads, size_t nlists)
{
    Buf b;
    buf_init(&b);
    buf_puts(&b, "Cannot create a consistent method resolution\norder (MRO) for bases");
    bool first = true;
    for (size_t i = 0; i < nlists; i++) {
        if (heads[i] >= list_size(lists[i]))
            continue;
        Type *head = (Type *)list_get(lists[i], heads[i]);
        bool named_before = false;
        for (size_t j = 0; j < i && !named_before; j++)
            named_before = heads[j] < list_size(lists[j]) && (Type *)list_get(lists[j], heads[j]) == head;
        if (named_before)
            continue;
        buf_printf(&b, "%s %s", first ? "" : ",", head->name);
        first = false;
    }
    err_set_string(&Exc_TypeError, b.data);
    buf_free(&b);
}

int type_compute_mro(Type *t)
{
    Object *bases = (Object *)t->bases;
    size_t nbases = tuple_size(bases);
    /* a base named twice is its own error, found before the linearisation */
    for (size_t i = 0; i < nbases; i++)
        for (size_t j = i + 1; j < nbases; j++)
            if (tuple_get(bases, i) == tuple_get(bases, j)) {
                err_format(&Exc_TypeError, "duplicate base class %s",
                           ((Type *)tuple_get(bases, i))->name);
                return -1;
            }
    /* the lists to merge: each base's MRO, then the bases themselves */
    size_t nlists = nbases + 1;
    Object **lists = mem_alloc(nlists * sizeof(Object *));
    size_t *heads = mem_alloc(nlists * sizeof(size_t));
    for (size_t i = 0; i < nbases; i++) {
        Type *b = (Type *)tuple_get(bases, i);
        lists[i] = list_from_iterable((Object *)b->mro);
        heads[i] = 0;
    }
    lists[nbases] = list_from_iterable(bases);
    heads[nbases] = 0;
    Object *result = list_new(0);
    list_append(result, (Object *)t);
    int status = 0;
    for (;;) {
        Type *next = NULL;
        bool any_left = false;
        for (size_t i = 0; i < nlists; i++) {
            if (heads[i] >= list_size(lists[i]))
                continue;
            any_left = true;
            Type *candidate = (Type *)list_get(lists[i], heads[i]);
            if (!in_some_tail(candidate, lists, heads, nlists)) {
                next = candidate;
                break;
            }
        }
        if (!any_left)
            break;
        if (!next) {
            mro_error(lists, heads, nlists);
            status = -1;
            break;
        }
        list_append(result, (Object *)next);
        for (size_t i = 0; i < nlists; i++)
            if (heads[i] < list_size(lists[i]) && (Type *)list_get(lists[i], heads[i]) == next)
                heads[i]++;
    }
    for (size_t i = 0; i < nlists; i++)
        DECREF(lists[i]);
    mem_free(lists, nlists * sizeof(Object *));
    mem_free(heads, nlists * sizeof(size_t));
    if (status == 0)
        SETREF(t->mro, (TupleObject *)list_as_tuple(result));
    DECREF(result);
    return status;
}

/* ---- getting a static type ready ------------------------------------------------------------------ */

/* The slots a type inherits from its base when it leaves them NULL. */
static void inherit_slots(Type *t, const Type *b)
{
#define INHERIT(field) if (!t->field) t->field = b->field
    INHERIT(dealloc);
    INHERIT(repr);
    INHERIT(str);
    INHERIT(getattr);
    INHERIT(setattr);
    INHERIT(new_);
    INHERIT(init);
    INHERIT(iter);
    INHERIT(iternext);
    INHERIT(call);
    INHERIT(descr_get);
    INHERIT(descr_set);
    INHERIT(negative);
    INHERIT(positive);
    INHERIT(invert);
    INHERIT(absolute);
    INHERIT(truth);
    INHERIT(to_int);
    INHERIT(to_float);
    INHERIT(index);
    INHERIT(length);
    INHERIT(getitem);
    INHERIT(setitem);
    INHERIT(contains);
    INHERIT(concat);
    INHERIT(repeat);
    INHERIT(inplace_concat);
    INHERIT(inplace_repeat);
    INHERIT(finalize);
    for (int i = 0; i < BINOP_COUNT; i++) {
        INHERIT(number[i]);
        INHERIT(inplace[i]);
    }
    /* comparison and hashing go together: a type that defines one does not
     * inherit the other (an __eq__ without a __hash__ must not keep the
     * base's hash) */
    if (!t->richcompare && !t->hash) {
        t->richcompare = b->richcompare;
        t->hash = b->hash;
    }
    if (!t->traverse && (t->flags & TYPE_GC)) {
        t->traverse = b->traverse;
        t->clear_refs = b->clear_refs;
    }
    if (!t->dictoffset)
        t->dictoffset = b->dictoffset;
    if (!t->weaklistoffset)
        t->weaklistoffset = b->weaklistoffset;
    if (!t->basicsize)
        t->basicsize = b->basicsize;
    if (!t->itemsize)
        t->itemsize = b->itemsize;
#undef INHERIT
    t->flags |= b->flags & TYPE_INHERITED_BITS;
}

static void add_methods(Type *t)
{
    for (const MethodDef *m = t->methods; m && m->name; m++) {
        Object *d;
        if (m->flags & METH_STATIC) {
            Object *f = builtin_function_new(m, NULL, NULL);
            d = staticmethod_new(f);
            DECREF(f);
        } else {
            d = method_descr_new(t, m);
        }
        dict_set_cstr((Object *)t->dict, m->name, d);
        DECREF(d);
    }
    for (const GetSetDef *g = t->getsets; g && g->name; g++) {
        Object *d = getset_descr_new(t, g);
        dict_set_cstr((Object *)t->dict, g->name, d);
        DECREF(d);
    }
    for (const MemberDef *m = t->members; m && m->name; m++) {
        Object *d = member_descr_new(t, m);
        dict_set_cstr((Object *)t->dict, m->name, d);
        DECREF(d);
    }
}

static const GetSetDef instance_dict_getset;

void type_ready(Type *t)
{
    if (t->flags & TYPE_READY)
        return;
    if (!t->head.type)
        t->head.type = &TypeType;
    t->head.refcount = IMMORTAL_REFCOUNT;
    if (!t->base && t != &ObjectType)
        t->base = &ObjectType;
    if (t->base)
        type_ready(t->base);
    if (!t->dict)
        t->dict = (DictObject *)dict_new();
    add_methods(t);
    if (t->dictoffset && !dict_get_str((Object *)t->dict, (Object *)id_dunder_dict)) {
        Object *d = getset_descr_new(t, &instance_dict_getset);
        dict_set((Object *)t->dict, (Object *)id_dunder_dict, d);
        DECREF(d);
    }
    if (t->doc && !dict_get_cstr((Object *)t->dict, "__doc__")) {
        Object *doc = str_from_cstr(t->doc);
        dict_set_cstr((Object *)t->dict, "__doc__", doc);
        DECREF(doc);
    }
    slots_add_wrappers(t);
    if (t->base) {
        inherit_slots(t, t->base);
        if (!t->bases)
            t->bases = (TupleObject *)tuple_pack(1, (Object *)t->base);
    } else if (!t->bases) {
        t->bases = (TupleObject *)tuple_empty();
    }
    t->flags |= TYPE_READY;
    if (type_compute_mro(t) < 0) {
        fprintf(stderr, "pyrun: cannot build the MRO of %s\n", t->name);
        abort();
    }
    for (size_t i = 0; i < tuple_size((Object *)t->bases); i++)
        add_subclass((Type *)tuple_get((Object *)t->bases, i), t);
    assign_version(t);
}

/* ---- type's own slots -------------------------------------------------------------------------- */

static Object *module_name_of(Type *t)
{
    if (t->flags & TYPE_HEAP) {
        Object *m = dict_get_str((Object *)t->dict, (Object *)id_dunder_module);
        if (m)
            return NEWREF(m);
        return str_from_cstr("builtins");
    }
    const char *dot = strrchr(t->name, '.');
    if (dot)
        return str_from_utf8(t->name, (size_t)(dot - t->name));
    return str_from_cstr("builtins");
}

static const char *short_name(Type *t)
{
    if (t->flags & TYPE_HEAP)
        return t->name;
    const char *dot = strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

Object *type_qualified_name(Type *t)
{
    Object *module = module_name_of(t);
    Object *qual = t->qualname ? NEWREF(t->qualname) : str_from_cstr(short_name(t));
    Object *r;
    if (str_check(module) && !str_equal_cstr(module, "builtins"))
        r = str_from_format("%s.%s", str_data(module), str_data(qual));
    else
        r = NEWREF(qual);
    DECREF(module);
    DECREF(qual);
    return r;
}

/* The name a class and its instances show in their reprs: "module.qualname",
 * or in the builtins module the type's own name (CPython's tp_name: for a
 * class made by exec(code, {}), its __name__, not its __qualname__). */
static Object *repr_name(Type *t)
{
    Object *module = module_name_of(t);
    bool builtin = !str_check(module) || str_equal_cstr(module, "builtins");
    DECREF(module);
    return builtin ? str_from_cstr(t->name) : type_qualified_name(t);
}

Object *type_repr_of(Type *t)
{
    Object *q = repr_name(t);
    if (!q)
        return NULL;
    Object *r = str_from_format("<class '%s'>", str_data(q));
    DECREF(q);
    return r;
}

static Object *type_repr(Object *self)
{
    return type_repr_of((Type *)self);
}

static Object *type_call(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    Type *type = (Type *)self;
    size_t n = NARGS(nargs);
    if (type == &TypeType && n == 1) {
        if (kwnames && tuple_size((Object *)kwnames) > 0)
            return err_set_string(&Exc_TypeError, "type() takes no keyword arguments");
        return NEWREF(args[0]->type);
    }
    /* only a call of type itself names the one-argument form */
    if (type == &TypeType && n != 3)
        return err_set_string(&Exc_TypeError, "type() takes 1 or 3 arguments");
    if (!type->new_)
        return err_format(&Exc_TypeError, "cannot create '%s' instances", type->name);
    Object *obj = type->new_(type, args, n, kwnames);
    if (!obj)
        return NULL;
    if (!obj_is_instance_of(obj, type))
        return obj;
    InitFunc init = obj->type->init;
    if (init && init(obj, args, n, kwnames) < 0) {
        DECREF(obj);
        return NULL;
    }
    return obj;
}

static Object *type_getattr(Object *self, StrObject *name)
{
    Type *t = (Type *)self;
    Type *meta = self->type;
    Object *meta_attr = type_lookup(meta, name);
    DescrGetFunc meta_get = NULL;
    if (meta_attr) {
        INCREF(meta_attr);
        meta_get = meta_attr->type->descr_get;
        if (meta_get && meta_attr->type->descr_set) {
            Object *r = meta_get(meta_attr, self, meta);
            DECREF(meta_attr);
            return r;
        }
    }
    Object *attr = type_lookup(t, name);
    if (attr) {
        XDECREF(meta_attr);
        DescrGetFunc get = attr->type->descr_get;
        if (get) {
            INCREF(attr);
            Object *r = get(attr, NULL, t);
            DECREF(attr);
            return r;
        }
        return NEWREF(attr);
    }
    if (meta_get) {
        Object *r = meta_get(meta_attr, self, meta);
        DECREF(meta_attr);
        return r;
    }
    if (meta_attr)
        return meta_attr;
    Object *message = str_from_format("type object '%s' has no attribute '%s'", short_name(t),
                                      name->data);
    Object *exc = exception_new(&Exc_AttributeError, &message, 1);
    DECREF(message);
    ((ExceptionObject *)exc)->extra[EXC_NAME] = NEWREF(name);
    ((ExceptionObject *)exc)->extra[EXC_ATTR_OBJ] = NEWREF(self);
    err_set_object(exc);
    DECREF(exc);
    return NULL;
}

static int type_setattr(Object *self, StrObject *name, Object *value)
{
    Type *t = (Type *)self;
    if (!(t->flags & TYPE_HEAP)) {
        err_format(&Exc_TypeError, "cannot set '%s' attribute of immutable type '%s'",
                   name->data, t->name);
        return -1;
    }
    Object *meta_attr = type_lookup(self->type, name);
    if (meta_attr && meta_attr->type->descr_set) {
        INCREF(meta_attr);
        int r = meta_attr->type->descr_set(meta_attr, self, value);
        DECREF(meta_attr);
        return r;
    }
    StrObject *key = name;
    INCREF(key);
    str_intern(&key);
    int status;
    if (value) {
        status = dict_set((Object *)t->dict, (Object *)key, value);
    } else {
        Object *removed;
        status = dict_pop((Object *)t->dict, (Object *)key, &removed);
        if (status == 1) {
            DECREF(removed);
            status = 0;
        } else if (status == 0) {
            err_format(&Exc_AttributeError, "type object '%s' has no attribute '%s'", t->name,
                       key->data);
            status = -1;
        }
    }
    if (status == 0) {
        type_modified(t);
        if (key->size > 4 && key->data[0] == '_' && key->data[1] == '_')
            type_update_slot(t, key);
    }
    DECREF(key);
    return status;
}

static void type_dealloc(Object *self)
{
    Type *t = (Type *)self;
    gc_untrack(self);
    weakref_clear_all(self);
    if (t->bases)
        for (size_t i = 0; i < tuple_size((Object *)t->bases); i++)
            remove_subclass((Type *)tuple_get((Object *)t->bases, i), t);
    XDECREF(t->dict);
    XDECREF(t->bases);
    XDECREF(t->mro);
    XDECREF(t->subclasses);
    XDECREF(t->name_obj);
    XDECREF(t->qualname);
    XDECREF(t->c_name);
    XDECREF(t->base);
    if (t->members && (t->flags & TYPE_HEAP))
        free((void *)t->members);      /* one block: the __slots__ members and their names */
    obj_free(self);
}

static void type_traverse(Object *self, VisitFunc visit, void *arg)
{
    Type *t = (Type *)self;
    if (t->dict)
        visit((Object *)t->dict, arg);
    if (t->bases)
        visit((Object *)t->bases, arg);
    if (t->mro)
        visit((Object *)t->mro, arg);
    if (t->base)
        visit((Object *)t->base, arg);
}

static Object *type_clear(Object *self)
{
    Type *t = (Type *)self;
    CLEAR(t->mro);
    if (t->dict)
        dict_clear((Object *)t->dict);
    return NULL;
}

static Object *type_or(Object *a, Object *b)
{
    return union_new(a, b);
}

/* type(x) and type(name, bases, dict), as the `new` slot of `type` itself and
 * of metaclasses */
static Object *type_new_slot(Type *metatype, Object *const *args, size_t nargs,
                             TupleObject *kwnames)
{
    nargs = NARGS(nargs);
    if (nargs != 3)
        return err_format(&Exc_TypeError, "type.__new__() takes exactly 3 arguments (%zu given)",
                          nargs);
    if (!str_check(args[0]))
        return err_format(&Exc_TypeError,
                          "type.__new__() argument 1 must be str, not %s", obj_type_name(args[0]));
    if (!tuple_check(args[1]))
        return err_format(&Exc_TypeError,
                          "type.__new__() argument 2 must be tuple, not %s", obj_type_name(args[1]));
    if (!dict_check(args[2]))
        return err_format(&Exc_TypeError,
                          "type.__new__() argument 3 must be dict, not %s", obj_type_name(args[2]));
    return type_new_class(metatype, args[0], args[1], args[2], args + 3, kwnames);
}

static int type_init(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    nargs = NARGS(nargs);
    if (nargs != 1 && nargs != 3) {
        err_set_string(&Exc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

/* ---- type's attributes ------------------------------------------------------------------------- */

static Object *type_get_name(Object *self)
{
    Type *t = (Type *)self;
    if (t->name_obj)
        return NEWREF(t->name_obj);
    return str_from_cstr(short_name(t));
}

static int type_set_name(Object *self, Object *value)
{
    Type *t = (Type *)self;
    if (!(t->flags & TYPE_HEAP) || !value || !str_check(value)) {
        err_format(&Exc_TypeError, "can only assign string to %s.__name__, not '%s'", t->name,
                   value ? obj_type_name(value) : "NoneType");
        return -1;
    }
    INCREF(value);
    SETREF(t->name_obj, (StrObject *)value);
    t->name = str_data(t->c_name ? (Object *)t->c_name : value);
    return 0;
}

static Object *type_get_qualname(Object *self)
{
    Type *t = (Type *)self;
    if (t->qualname)
        return NEWREF(t->qualname);
    return type_get_name(self);
}

static int type_set_qualname(Object *self, Object *value)
{
    Type *t = (Type *)self;
    if (!(t->flags & TYPE_HEAP) || !value || !str_check(value)) {
        err_format(&Exc_TypeError, "can only assign string to %s.__qualname__, not '%s'",
                   t->name, value ? obj_type_name(value) : "NoneType");
        return -1;
    }
    INCREF(value);
    SETREF(t->qualname, (StrObject *)value);
    return 0;
}

static Object *type_get_module(Object *self)
{
    return module_name_of((Type *)self);
}

static int type_set_module(Object *self, Object *value)
{
    Type *t = (Type *)self;
    if (!(t->flags & TYPE_HEAP)) {
        err_format(&Exc_TypeError, "cannot set '__module__' attribute of immutable type '%s'",
                   t->name);
        return -1;
    }
    type_modified(t);
    return dict_set((Object *)t->dict, (Object *)id_dunder_module, value ? value : OBJ_NONE);
}

static Object *type_get_dict(Object *self)
{
    return mapping_proxy_new((Object *)((Type *)self)->dict);
}

static Object *type_get_bases(Object *self)
{
    return NEWREF(((Type *)self)->bases);
}

static Object *type_get_base(Object *self)
{
    Type *t = (Type *)self;
    return t->base ? NEWREF(t->base) : none_ref();
}

static Object *type_get_mro(Object *self)
{
    return NEWREF(((Type *)self)->mro);
}

static Object *type_get_doc(Object *self)
{
    Type *t = (Type *)self;
    Object *doc = dict_get_str((Object *)t->dict, (Object *)id_dunder_doc);
    if (doc) {
        if (doc->type->descr_get)
            return doc->type->descr_get(doc, NULL, t);
        return NEWREF(doc);
    }
    return none_ref();
}

/* __abstractmethods__ is read from the class's own namespace only (abc's
   ABCMeta stores it there): a base's does not show through, so a class has
   none while it is being made, as in CPython. */
static Object *type_get_abstractmethods(Object *self)
{
    Object *names = dict_get_str((Object *)((Type *)self)->dict,
                                 (Object *)str_intern_cstr("__abstractmethods__"));
    if (!names || self == (Object *)&TypeType)
        return err_set_string(&Exc_AttributeError, "__abstractmethods__");
    return NEWREF(names);
}

static int type_set_abstractmethods(Object *self, Object *value)
{
    Type *t = (Type *)self;
    Object *key = (Object *)str_intern_cstr("__abstractmethods__");
    type_modified(t);
    if (value)
        return dict_set((Object *)t->dict, key, value);
    if (!dict_get_str((Object *)t->dict, key)) {
        err_set_string(&Exc_AttributeError, "__abstractmethods__");
        return -1;
    }
    return dict_del((Object *)t->dict, key);
}

static const GetSetDef type_getsets[] = {
    { "__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods },
    { "__name__", type_get_name, type_set_name },
    { "__qualname__", type_get_qualname, type_set_qualname },
    { "__module__", type_get_module, type_set_module },
    { "__dict__", type_get_dict, NULL },
    { "__bases__", type_get_bases, NULL },
    { "__base__", type_get_base, NULL },
    { "__mro__", type_get_mro, NULL },
    { "__doc__", type_get_doc, NULL },
    { NULL, NULL, NULL },
};

static Object *type_mro_method(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    return list_from_iterable((Object *)((Type *)self)->mro);
}

static Object *type_subclasses(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    Type *t = (Type *)self;
    Object *result = list_new(0);
    if (t->subclasses)
        for (size_t i = 0; i < list_size(t->subclasses); i++)
            list_append(result, (Object *)(uintptr_t)int_small_value(list_get(t->subclasses, i)));
    return result;
}

static Object *type_instancecheck(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (NARGS(nargs) != 1)
        return err_format(&Exc_TypeError, "expected 1 argument, got %zu", NARGS(nargs));
    return bool_from(obj_is_instance_of(args[0], (Type *)self));
}

static Object *type_subclasscheck(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (NARGS(nargs) != 1)
        return err_format(&Exc_TypeError, "expected 1 argument, got %zu", NARGS(nargs));
    if (!type_check(args[0]))
        return err_set_string(&Exc_TypeError, "issubclass() arg 1 must be a class");
    return bool_from(type_is_subtype((Type *)args[0], (Type *)self));
}

static Object *type_prepare(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    return dict_new();
}

static Object *type_sizeof(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    return int_from_i64((int64_t)sizeof(Type));
}

static Object *type_dir(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    return obj_dir_default(self);
}

static const MethodDef type_methods[] = {
    { "mro", type_mro_method, 0 },
    { "__subclasses__", type_subclasses, 0 },
    { "__instancecheck__", type_instancecheck, 0 },
    { "__subclasscheck__", type_subclasscheck, 0 },
    { "__prepare__", type_prepare, METH_CLASS },
    { "__sizeof__", type_sizeof, 0 },
    { "__dir__", type_dir, 0 },
    { NULL, NULL, 0 },
};

Type TypeType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "type",
    .basicsize = sizeof(Type),
    .weaklistoffset = offsetof(Type, weaklist),
    .flags = TYPE_GC | TYPE_BASETYPE | TYPE_TYPE_SUBCLASS,
    .doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    .dealloc = type_dealloc,
    .traverse = type_traverse,
    .clear_refs = type_clear,
    .repr = type_repr,
    .call = type_call,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .new_ = type_new_slot,
    .init = type_init,
    .number = { [BINOP_OR] = type_or },
    .methods = type_methods,
    .getsets = type_getsets,
};

/* ---- making a class ---------------------------------------------------------------------------- */

/* Whether a class adds __slots__ fields of its own (a dict or a weak
 * reference slot does not count: any layout can have them at its end). */
static bool adds_slot_fields(const Type *t)
{
    return t->members && t->members[0].name;
}

/* The base that decides the instance layout: the nearest ancestor that
 * adds C fields (a class with nonempty __slots__; a built-in type larger
 * than its base).  Classes that add only a dict or a weak reference do not
 * count, and int's subclasses are ints. */
static Type *solid_base(Type *t)
{
    while (t->base && (t->flags & TYPE_HEAP) && !adds_slot_fields(t))
        t = t->base;
    if (t->flags & TYPE_HEAP)
        return t;
    while (t->base && t->base->basicsize == t->basicsize && t->base->itemsize == t->itemsize)
        t = t->base;
    return t;
}

static Type *best_base(Object *bases)
{
    Type *best = NULL, *best_solid = NULL;
    for (size_t i = 0; i < tuple_size(bases); i++) {
        Object *b = tuple_get(bases, i);
        if (!type_check(b)) {
            err_set_string(&Exc_TypeError, "bases must be types");
            return NULL;
        }
        Type *base = (Type *)b;
        if (!(base->flags & TYPE_BASETYPE)) {
            err_format(&Exc_TypeError, "type '%s' is not an acceptable base type", base->name);
            return NULL;
        }
        Type *solid = solid_base(base);
        if (!best) {
            best = base;
            best_solid = solid;
        } else if (type_is_subtype(best_solid, solid)) {
            /* keep the current best */
        } else if (type_is_subtype(solid, best_solid)) {
            best = base;
            best_solid = solid;
        } else {
            err_set_string(&Exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return best;
}

/* The most derived metaclass of the given one and the bases'. */
static Type *calculate_metaclass(Type *meta, Object *bases)
{
    Type *winner = meta;
    for (size_t i = 0; i < tuple_size(bases); i++) {
        Type *bmeta = tuple_get(bases, i)->type;
        if (type_is_subtype(winner, bmeta))
            continue;
        if (type_is_subtype(bmeta, winner)) {
            winner = bmeta;
            continue;
        }
        err_set_string(&Exc_TypeError,
                       "metaclass conflict: the metaclass of a derived class must be a "
                       "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

static Object *get_instance_dict(Object *self)
{
    DictObject **dp = obj_dict_ptr(self);
    self->type->flags |= TYPE_MAY_SHADOW;       /* whatever Python does with it */
    if (!dp)
        return err_format(&Exc_AttributeError, "'%s' object has no attribute '__dict__'",
                          obj_type_name(self));
    if (!*dp)
        *dp = (DictObject *)dict_new();
    gc_track((Object *)*dp);       /* now it may be referred to on its own */
    return NEWREF(*dp);
}

static int set_instance_dict(Object *self, Object *value)
{
    DictObject **dp = obj_dict_ptr(self);
    if (!value || !dict_check(value)) {
        err_format(&Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                   value ? obj_type_name(value) : "NoneType");
        return -1;
    }
    INCREF(value);
    SETREF(*dp, (DictObject *)value);
    self->type->flags |= TYPE_MAY_SHADOW;
    return 0;
}

static const GetSetDef instance_dict_getset = { "__dict__", get_instance_dict, set_instance_dict };

/* __weakref__: the first weak reference to the instance, or None */
static Object *get_instance_weakref(Object *self)
{
    WeakrefObject **list = weakref_list(self);
    return NEWREF(list && *list ? (Object *)*list : OBJ_NONE);
}

static const GetSetDef instance_weakref_getset = { "__weakref__", get_instance_weakref, NULL };

/* The __slots__ fields of an instance of a class (the classes along the
   base chain each add theirs). */
#define FOR_EACH_SLOT(t, self, field)                                                   \
    for (Type *k_ = (t); k_->flags & TYPE_HEAP; k_ = k_->base)                          \
        for (const MemberDef *m_ = k_->members; m_ && m_->name; m_++)                   \
            for (Object **field = (Object **)((char *)(self) + m_->offset); field;      \
                 field = NULL)

/* The __slots__ fields, then the instance dict (its contents while it is
   not tracked on its own), then the class: CPython's order, which decides
   the order of __del__ calls when the collector frees a group. */
static void subtype_traverse(Object *self, VisitFunc visit, void *arg)
{
    Type *t = self->type;
    FOR_EACH_SLOT(t, self, field)
        if (*field)
            visit(*field, arg);
    DictObject **dp = obj_dict_ptr(self);
    if (dp && *dp) {
        if (gc_is_tracked((Object *)*dp))
            visit((Object *)*dp, arg);
        else
            DictType.traverse((Object *)*dp, visit, arg);
    }
    visit((Object *)t, arg);
    Type *base = t;
    while (base->flags & TYPE_HEAP)
        base = base->base;
    if (base->traverse)
        base->traverse(self, visit, arg);
}

static Object *subtype_clear(Object *self)
{
    DictObject **dp = obj_dict_ptr(self);
    if (dp && *dp)
        CLEAR(*dp);
    FOR_EACH_SLOT(self->type, self, field)
        CLEAR(*field);
    Type *base = self->type;
    while (base->flags & TYPE_HEAP)
        base = base->base;
    if (base->clear_refs)
        base->clear_refs(self);
    return NULL;
}

void subtype_dealloc(Object *self)
{
    Type *t = self->type;
    if (t->finalize && !gc_mark_finalized(self)) {
        /* __del__ runs once, with the object alive again for the while */
        self->refcount = 1;
        t->finalize(self);
        if (--self->refcount > 0)
            return;                 /* resurrected */
    }
    gc_untrack(self);
    weakref_clear_all(self);
    DictObject **dp = obj_dict_ptr(self);
    if (dp && *dp)
        CLEAR(*dp);
    FOR_EACH_SLOT(t, self, field)
        CLEAR(*field);
    Type *base = t;
    while (base->flags & TYPE_HEAP)
        base = base->base;
    base->dealloc(self);
}

/* Wraps plain functions that Python makes implicitly static or class methods. */
static void implicit_method_kinds(Object *dict)
{
    Object *f = dict_get_str(dict, (Object *)id_dunder_new);
    if (f && function_check(f)) {
        Object *s = staticmethod_new(f);
        dict_set(dict, (Object *)id_dunder_new, s);
        DECREF(s);
    }
    StrObject *names[] = { id_dunder_init_subclass, id_dunder_class_getitem };
    for (size_t i = 0; i < 2; i++) {
        f = dict_get_str(dict, (Object *)names[i]);
        if (f && function_check(f)) {
            Object *c = classmethod_new(f);
            dict_set(dict, (Object *)names[i], c);
            DECREF(c);
        }
    }
}

/* Calls __set_name__(owner, name) on each attribute that has it. */
static int call_set_names(Type *t)
{
    Object *items = dict_items_list((Object *)t->dict);
    int status = 0;
    for (size_t i = 0; i < list_size(items) && status == 0; i++) {
        Object *pair = list_get(items, i);
        Object *value = tuple_get(pair, 0 + 1);
        Object *set_name = type_lookup(value->type, id_dunder_set_name);
        if (!set_name)
            continue;
        Object *args[2] = { (Object *)t, tuple_get(pair, 0) };
        bool found;
        Object *r = obj_call_special(value, id_dunder_set_name, args, 2, &found);
        if (!r) {
            status = -1;
            Object *name = obj_repr(tuple_get(pair, 0));
            if (name) {
                err_format_from_cause(&Exc_RuntimeError,
                                      "Error calling __set_name__ on '%.100s' instance %s in "
                                      "'%.100s'", obj_type_name(value), str_data(name), t->name);
                DECREF(name);
            }
        }
        XDECREF(r);
    }
    DECREF(items);
    return status;
}

/* super(t, t).__init_subclass__(**kwargs) */
static int call_init_subclass(Type *t, Object *const *kwargs, TupleObject *kwnames)
{
    Object *mro = (Object *)t->mro;
    for (size_t i = 1; i < tuple_size(mro); i++) {
        Type *base = (Type *)tuple_get(mro, i);
        Object *f = dict_get_str((Object *)base->dict, (Object *)id_dunder_init_subclass);
        if (!f)
            continue;
        Object *bound = f->type->descr_get ? f->type->descr_get(f, NULL, t) : NEWREF(f);
        if (!bound)
            return -1;
        Object *r = obj_call(bound, kwargs, 0, kwnames);
        DECREF(bound);
        if (!r)
            return -1;
        DECREF(r);
        return 0;
    }
    return 0;
}

/* "__x" in class C is stored as "_C__x" (the compiler's private-name mangling). */
static Object *mangle(Type *t, Object *name)
{
    const char *n = str_data(name), *c = t->name;
    size_t len = str_size(name);
    if (len < 3 || n[0] != '_' || n[1] != '_' || (n[len - 1] == '_' && n[len - 2] == '_'))
        return NEWREF(name);
    while (*c == '_')
        c++;
    if (!*c)
        return NEWREF(name);
    return str_from_format("_%s%s", c, n);
}

/* __slots__: a member descriptor per name, each an Object * field after the
   base's; "__dict__" asks for the instance dictionary, which is otherwise
   left out.  The MemberDef array and the names are one block (t->members),
   freed with the class. */
static int add_slots(Type *t, Type *base, Object *slots, bool *add_dict, bool *add_weak)
{
    Object *names;
    if (str_check(slots)) {
        names = list_new(0);
        list_append_steal(names, NEWREF(slots));
    } else if (!(names = list_from_iterable(slots))) {
        return -1;
    }
    size_t n = list_size(names);
    Object *kept = list_new(0);
    int status = 0;
    *add_dict = false;
    *add_weak = false;
    for (size_t i = 0; i < n && status == 0; i++) {
        Object *name = list_get(names, i);
        if (!str_check(name)) {
            err_format(&Exc_TypeError, "__slots__ items must be strings, not '%s'",
                       obj_type_name(name));
            status = -1;
        } else if (!str_is_identifier(name)) {
            err_set_string(&Exc_TypeError, "__slots__ must be identifiers");
            status = -1;
        } else if (str_equal_cstr(name, "__dict__")) {
            if (*add_dict || base->dictoffset) {
                err_set_string(&Exc_TypeError, "__dict__ slot disallowed: we already got one");
                status = -1;
            }
            *add_dict = true;
        } else if (str_equal_cstr(name, "__weakref__")) {
            if (*add_weak || base->weaklistoffset) {
                err_set_string(&Exc_TypeError,
                               "__weakref__ slot disallowed: either we already got one, or "
                               "__itemsize__ != 0");
                status = -1;
            }
            *add_weak = true;
        } else {
            Object *m = mangle(t, name);
            if (dict_get_str((Object *)t->dict, m)) {
                err_format(&Exc_ValueError, "'%s' in __slots__ conflicts with class variable",
                           str_data(name));
                status = -1;
            }
            list_append_steal(kept, m);
        }
    }
    DECREF(names);
    size_t count = list_size(kept);
    /* (int is variable-sized in CPython, though not here: refused all the same) */
    if (status == 0 && count && (base->itemsize || (base->flags & TYPE_INT_SUBCLASS))) {
        err_format(&Exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                   base->name);
        status = -1;
    }
    if (status < 0 || count == 0) {
        DECREF(kept);
        return status;
    }
    list_sort(kept, NULL, false);
    size_t bytes = (count + 1) * sizeof(MemberDef);
    for (size_t i = 0; i < count; i++)
        bytes += str_size(list_get(kept, i)) + 1;
    MemberDef *defs = calloc(1, bytes);
    char *text = (char *)(defs + count + 1);
    for (size_t i = 0; i < count && status == 0; i++) {
        Object *name = list_get(kept, i);
        memcpy(text, str_data(name), str_size(name) + 1);
        defs[i] = (MemberDef){ text, t->basicsize, false, true };
        text += str_size(name) + 1;
        t->basicsize += sizeof(Object *);
    }
    t->members = defs;
    for (size_t i = 0; i < count && status == 0; i++) {
        Object *d = member_descr_new(t, &defs[i]);
        status = d ? dict_set((Object *)t->dict, list_get(kept, i), d) : -1;
        XDECREF(d);
    }
    DECREF(kept);
    return status;
}

/* A class with __slots__ still gets a __dict__ (or __weakref__) when a base
 * other than the one whose layout it extends has one: its instances must
 * be usable by that base's methods. */
static void inherit_dict_and_weakref_from_other_bases(Object *bases, Type *layout_base,
                                                      bool *add_dict, bool *add_weak)
{
    for (size_t i = 0; i < tuple_size(bases); i++) {
        Type *other = (Type *)tuple_get(bases, i);
        if (other == layout_base)
            continue;
        if (other->dictoffset)
            *add_dict = true;
        if (other->weaklistoffset)
            *add_weak = true;
    }
}

Object *type_new_class(Type *metatype, Object *name, Object *bases, Object *namespace_,
                       Object *const *kwargs, TupleObject *kwnames)
{
    Object *cell = NULL;
    if (tuple_size(bases) == 0)
        bases = tuple_pack(1, (Object *)&ObjectType);
    else
        INCREF(bases);
    Type *winner = calculate_metaclass(metatype, bases);
    Type *base = winner ? best_base(bases) : NULL;
    if (!base) {
        DECREF(bases);
        return NULL;
    }
    if (winner != metatype && winner->new_ != metatype->new_) {
        /* a base's metaclass is more derived: let it make the class */
        Object *args[3] = { name, bases, namespace_ };
        Object *r = winner->new_(winner, args, 3, NULL);
        DECREF(bases);
        return r;
    }
    metatype = winner;

    Type *t = (Type *)obj_alloc(metatype, 0);
    t->flags = TYPE_HEAP | TYPE_BASETYPE | TYPE_GC | (base->flags & TYPE_SUBCLASS_BITS);
    t->name_obj = (StrObject *)NEWREF(name);
    t->name = str_data(name);
    t->bases = (TupleObject *)bases;
    t->base = (Type *)NEWREF(base);
    t->dict = (DictObject *)dict_copy(namespace_);
    Object *dict = (Object *)t->dict;

    Object *qualname = dict_get_str(dict, (Object *)id_dunder_qualname);
    if (qualname) {
        if (!str_check(qualname)) {
            err_format(&Exc_TypeError, "type __qualname__ must be a str, not %s",
                       obj_type_name(qualname));
            goto fail;
        }
        t->qualname = (StrObject *)NEWREF(qualname);
        dict_del(dict, (Object *)id_dunder_qualname);
    } else {
        t->qualname = (StrObject *)NEWREF(name);
    }
    if (!dict_get_str(dict, (Object *)id_dunder_module) && vm.frame) {
        Object *modname = dict_get_str(vm.frame->globals, (Object *)id_dunder_name);
        if (modname)
            dict_set(dict, (Object *)id_dunder_module, modname);
    }
    if (!dict_get_str(dict, (Object *)id_dunder_doc))
        dict_set(dict, (Object *)id_dunder_doc, OBJ_NONE);
    if (dict_get_str(dict, (Object *)id_dunder_eq) && !dict_get_str(dict, (Object *)id_dunder_hash))
        dict_set(dict, (Object *)id_dunder_hash, OBJ_NONE);
    implicit_method_kinds(dict);
    cell = dict_get_str(dict, (Object *)id_dunder_classcell);
    if (cell) {
        INCREF(cell);
        dict_del(dict, (Object *)id_dunder_classcell);
    }

    /* the layout: the base's, plus the __slots__ fields, plus a __dict__
       if the base has none (and __slots__, if given, names it) */
    t->basicsize = base->basicsize;
    t->itemsize = base->itemsize;
    t->dictoffset = base->dictoffset;
    t->weaklistoffset = base->weaklistoffset;
    bool add_dict = true, add_weak = true;
    Object *slots = dict_get_str(dict, (Object *)id_dunder_slots);
    if (slots && add_slots(t, base, slots, &add_dict, &add_weak) < 0)
        goto fail;
    if (slots)
        inherit_dict_and_weakref_from_other_bases(bases, base, &add_dict, &add_weak);
    if (add_dict && !t->dictoffset && !(base->flags & TYPE_TYPE_SUBCLASS)) {
        if (base->itemsize) {
            t->dictoffset = -(ptrdiff_t)sizeof(Object *);
            t->basicsize += sizeof(Object *);
        } else {
            t->dictoffset = (ptrdiff_t)t->basicsize;      /* (after any __slots__) */
            t->basicsize += sizeof(Object *);
        }
        if (!dict_get_str(dict, (Object *)id_dunder_dict)) {
            Object *d = getset_descr_new(t, &instance_dict_getset);
            dict_set(dict, (Object *)id_dunder_dict, d);
            DECREF(d);
        }
    }

    if (add_weak && !t->weaklistoffset && !base->itemsize) {
        t->weaklistoffset = (ptrdiff_t)t->basicsize;
        t->basicsize += sizeof(Object *);
        if (!dict_get_str(dict, (Object *)id_dunder_weakref)) {
            Object *d = getset_descr_new(t, &instance_weakref_getset);
            dict_set(dict, (Object *)id_dunder_weakref, d);
            DECREF(d);
        }
    }

    /* slots: inherited from the base, then the class's special methods */
    Type *from = base;
    inherit_slots(t, from);
    t->richcompare = base->richcompare;
    t->hash = base->hash;
    t->traverse = subtype_traverse;
    t->clear_refs = subtype_clear;
    t->dealloc = subtype_dealloc;
    t->flags |= TYPE_READY;
    if (type_compute_mro(t) < 0)
        goto fail;
    inherit_collection_kind(t);
    type_update_slots(t);
    assign_version(t);
    for (size_t i = 0; i < tuple_size(bases); i++)
        add_subclass((Type *)tuple_get(bases, i), t);
    gc_track((Object *)t);

    if (cell) {
        if (cell->type == &CellType)
            SETREF(((CellObject *)cell)->ref, NEWREF(t));
        DECREF(cell);
        cell = NULL;
    }
    if (call_set_names(t) < 0 || call_init_subclass(t, kwargs, kwnames) < 0) {
        DECREF(t);
        return NULL;
    }
    return (Object *)t;

fail:
    XDECREF(cell);
    DECREF(t);
    return NULL;
}

/* ---- object ----------------------------------------------------------------------------------- */

static bool excess_args(size_t nargs, TupleObject *kwnames)
{
    return NARGS(nargs) > 0 || (kwnames && tuple_size((Object *)kwnames) > 0);
}

static Object *object_new(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    if (excess_args(nargs, kwnames)) {
        if (type->new_ != object_new)
            return err_set_string(&Exc_TypeError,
                                  "object.__new__() takes exactly one argument (the type to "
                                  "instantiate)");
        if (type->init == ObjectType.init)
            return err_format(&Exc_TypeError, "%s() takes no arguments", type->name);
    }
    return object_new_instance(type);
}

Object *object_new_instance(Type *type)
{
    Object *o = obj_alloc(type, 0);
    if (type->flags & TYPE_GC)
        gc_track(o);
    return o;
}

static int object_init(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    Type *type = self->type;
    if (excess_args(nargs, kwnames)) {
        if (type->init != object_init) {
            err_set_string(&Exc_TypeError, "object.__init__() takes exactly one argument (the "
                                           "instance to initialize)");
            return -1;
        }
        if (type->new_ == object_new) {
            /* CPython names the type by tp_name: a class's bare name */
            err_format(&Exc_TypeError, "%s.__init__() takes exactly one argument (the instance "
                       "to initialize)", type->name);
            return -1;
        }
    }
    return 0;
}

static void object_dealloc(Object *self)
{
    obj_free(self);
}

static Object *object_repr(Object *self)
{
    Object *q = repr_name(self->type);
    if (!q)
        return NULL;
    Object *r = str_from_format("<%s object at %p>", str_data(q), (void *)self);
    DECREF(q);
    return r;
}

static Object *object_str(Object *self)
{
    return self->type->repr(self);
}

/* The default hash is derived from the address: distinct objects, distinct
 * hashes; the low bits (always zero by alignment) are rotated away. */
static int64_t object_hash(Object *self)
{
    uintptr_t p = (uintptr_t)self;
    uint64_t h = (uint64_t)((p >> 4) | (p << (8 * sizeof(p) - 4)));
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}

static Object *object_richcompare(Object *a, Object *b, CompareOp op)
{
    switch (op) {
    case CMP_EQ:
        return a == b ? bool_from(true) : not_implemented_ref();
    case CMP_NE: {
        /* != is the opposite of ==, unless == is not implemented */
        if (!a->type->richcompare)
            return not_implemented_ref();
        Object *r = a->type->richcompare(a, b, CMP_EQ);
        if (r && r != OBJ_NOT_IMPLEMENTED) {
            int t = obj_is_true(r);
            DECREF(r);
            return t < 0 ? NULL : bool_from(!t);
        }
        return r;
    }
    default:
        return not_implemented_ref();
    }
}

static Object *object_format(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (NARGS(nargs) != 1 || !str_check(args[0]))
        return err_format(&Exc_TypeError, "format() argument 2 must be str, not %s",
                          NARGS(nargs) ? obj_type_name(args[0]) : "nothing");
    if (str_length(args[0]) > 0)
        return err_format(&Exc_TypeError, "unsupported format string passed to %s.__format__",
                          obj_type_name(self));
    return obj_str(self);
}

static Object *object_dir(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    return obj_dir_default(self);
}

/* CPython's figure for an instance of a class: the 16-byte object, 8 bytes
   per __slots__ entry, and for a class with no __slots__ a weak reference
   list (8) and the managed dictionary's two words before the object (16). */
static Object *object_sizeof(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    Type *t = self->type;
    Type *base = t;
    while (base->flags & TYPE_HEAP)
        base = base->base;
    if (!(t->flags & TYPE_HEAP) || base != &ObjectType)
        return int_from_i64((int64_t)obj_alloc_size(self));
    int64_t size = 16;
    bool weakref = false;
    for (Type *k = t; k->flags & TYPE_HEAP; k = k->base) {
        for (const MemberDef *m = k->members; m && m->name; m++)
            size += 8;
        if (!dict_get_str((Object *)k->dict, (Object *)id_dunder_slots))
            weakref = true;
    }
    if (weakref)
        size += 8;
    if (t->dictoffset)
        size += 16;
    return int_from_i64(size);
}

static Object *object_init_subclass(Object *self, Object *const *args, size_t nargs,
                                    TupleObject *kwnames)
{
    if (NARGS(nargs) || kwnames) {
        if (kwnames && tuple_size((Object *)kwnames))
            return err_format(&Exc_TypeError,
                              "%s.__init_subclass__() takes no keyword arguments",
                              ((Type *)self)->name);
        return err_set_string(&Exc_TypeError, "__init_subclass__() takes no arguments");
    }
    return none_ref();
}

static Object *object_subclasshook(Object *self, Object *const *args, size_t nargs,
                                   TupleObject *kw)
{
    return not_implemented_ref();
}

/* The default recipe pickle and copy rebuild an object from: written in
   Python, in lib/copyreg.py (copyreg.__newobj__ and the state for protocol
   2 and above, copyreg._reconstructor below), as CPython's object.__reduce_ex__
   builds it from copyreg's functions. */
static Object *object_default_reduce(Object *self, Object *protocol)
{
    Object *copyreg = import_module("copyreg");
    if (!copyreg)
        return NULL;
    StrObject *name = str_intern_cstr("_reduce_object");
    Object *args[2] = { self, protocol };
    Object *r = obj_call_method(copyreg, name, args, 2);
    DECREF(name);
    DECREF(copyreg);
    return r;
}

static Object *object_reduce(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    Object *zero = int_from_i64(0);
    Object *r = object_default_reduce(self, zero);
    DECREF(zero);
    return r;
}

/* A class that defines its own __reduce__ is reduced by it, whatever the
   protocol; the others get the default recipe for the protocol. */
static Object *object_reduce_ex(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (NARGS(nargs) != 1)
        return err_format(&Exc_TypeError,
                          "object.__reduce_ex__() takes exactly one argument (%zu given)",
                          NARGS(nargs));
    Object *protocol = obj_index(args[0]);
    if (!protocol)
        return NULL;
    StrObject *name = str_intern_cstr("__reduce__");
    Object *r;
    if (type_lookup(self->type, name) != type_lookup(&ObjectType, name))
        r = obj_call_method(self, name, NULL, 0);
    else
        r = object_default_reduce(self, protocol);
    DECREF(name);
    DECREF(protocol);
    return r;
}

static bool has_slot_members(Type *t)
{
    for (Type *k = t; k->flags & TYPE_HEAP; k = k->base)
        for (const MemberDef *m = k->members; m && m->name; m++)
            if (m->slot)
                return true;
    return false;
}

/* {name: value} for the __slots__ entries of self that are set, in the
   order copyreg._slotnames gives (the classes' declarations), as CPython
   orders them; NULL on error. */
static Object *slot_values(Object *self)
{
    Object *copyreg = import_module("copyreg");
    if (!copyreg)
        return NULL;
    StrObject *fn = str_intern_cstr("_slotnames");
    Object *type = (Object *)self->type;
    Object *names = obj_call_method(copyreg, fn, &type, 1);
    DECREF(fn);
    DECREF(copyreg);
    if (!names)
        return NULL;
    Object *slots = dict_new();
    size_t n = list_check(names) ? list_size(names) : 0;
    for (size_t i = 0; i < n; i++) {
        Object *name = list_get(names, i);
        Object *v = str_check(name) ? obj_getattr(self, (StrObject *)name) : NULL;
        if (!v) {
            if (!err_matches(&Exc_AttributeError))
                goto fail;
            err_clear();        /* an entry never set is left out */
            continue;
        }
        int r = dict_set(slots, name, v);
        DECREF(v);
        if (r < 0)
            goto fail;
    }
    DECREF(names);
    return slots;
fail:
    DECREF(names);
    DECREF(slots);
    return NULL;
}

/* The default state (3.11): the instance dict, or None when it is empty;
   with the values of __slots__ entries that are set, (dict, slots). */
static Object *object_getstate(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    DictObject **dp = obj_dict_ptr(self);
    Object *state = dp && *dp && dict_size((Object *)*dp) ? NEWREF(*dp) : none_ref();
    if (!has_slot_members(self->type))
        return state;
    Object *slots = slot_values(self);
    if (!slots || dict_size(slots) == 0) {
        XDECREF(slots);
        if (!slots) {
            DECREF(state);
            return NULL;
        }
        return state;
    }
    Object *pair = tuple_pack(2, state, slots);
    DECREF(state);
    DECREF(slots);
    return pair;
}

static const MethodDef object_methods[] = {
    { "__getstate__", object_getstate, 0 },
    { "__format__", object_format, 0 },
    { "__dir__", object_dir, 0 },
    { "__sizeof__", object_sizeof, 0 },
    { "__init_subclass__", object_init_subclass, METH_CLASS },
    { "__subclasshook__", object_subclasshook, METH_CLASS },
    { "__reduce_ex__", object_reduce_ex, 0 },
    { "__reduce__", object_reduce, 0 },
    { NULL, NULL, 0 },
};

/* Whether t's instances are laid out as its base's: it adds no field, and
 * both are classes or both built-in types (a class's instances are freed
 * by its own deallocator). */
static bool laid_out_as_base(const Type *t)
{
    const Type *b = t->base;
    return b && t->basicsize == b->basicsize && t->itemsize == b->itemsize &&
           t->dictoffset == b->dictoffset && t->weaklistoffset == b->weaklistoffset &&
           (t->flags & TYPE_HEAP) == (b->flags & TYPE_HEAP);
}

/* The same __slots__ names, in the same order (both are sorted). */
static bool same_slot_names(const Type *a, const Type *b)
{
    const MemberDef *ma = a->members, *mb = b->members;
    for (; ma && ma->name && mb && mb->name; ma++, mb++)
        if (strcmp(ma->name, mb->name) != 0)
            return false;
    return !(ma && ma->name) && !(mb && mb->name);
}

/* Whether an instance of `old` can become one of `new_type` (__class__
 * assignment): the two, or the nearest ancestors that decide their layouts,
 * are the same class, or siblings that add the same fields in the same
 * places. */
static bool same_instance_layout(Type *new_type, Type *old)
{
    if (new_type->itemsize != old->itemsize || new_type->dictoffset != old->dictoffset ||
        new_type->weaklistoffset != old->weaklistoffset)
        return false;
    Type *a = new_type, *b = old;
    while (laid_out_as_base(a))
        a = a->base;
    while (laid_out_as_base(b))
        b = b->base;
    if (a == b)
        return true;
    return a->base == b->base && a->basicsize == b->basicsize && a->dictoffset == b->dictoffset &&
           a->weaklistoffset == b->weaklistoffset && same_slot_names(a, b);
}

static Object *object_get_class(Object *self)
{
    return NEWREF(self->type);
}

static int object_set_class(Object *self, Object *value)
{
    if (!value || !type_check(value)) {
        err_format(&Exc_TypeError, "__class__ must be set to a class, not '%s' object",
                   value ? obj_type_name(value) : "NULL");
        return -1;
    }
    Type *new_type = (Type *)value, *old = self->type;
    if (!(new_type->flags & TYPE_HEAP) || !(old->flags & TYPE_HEAP)) {
        err_format(&Exc_TypeError, "__class__ assignment only supported for mutable types or "
                                   "ModuleType subclasses");
        return -1;
    }
    if (!same_instance_layout(new_type, old)) {
        err_format(&Exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                   new_type->name, old->name);
        return -1;
    }
    INCREF(new_type);
    self->type = new_type;
    new_type->flags |= TYPE_MAY_SHADOW;     /* the dict was filled under the old class */
    DECREF(old);
    return 0;
}

static const GetSetDef object_getsets[] = {
    { "__class__", object_get_class, object_set_class },
    { NULL, NULL, NULL },
};

Type ObjectType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "object",
    .basicsize = sizeof(Object),
    .flags = TYPE_BASETYPE,
    .doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and "
           "returns a new featureless\ninstance that has no instance attributes and cannot be "
           "given any.\n",
    .dealloc = object_dealloc,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .new_ = object_new,
    .init = object_init,
    .methods = object_methods,
    .getsets = object_getsets,
};

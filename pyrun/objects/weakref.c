/* weakref.c - weak references (see weakref.h). */
#include "runtime.h"

/* ---- the referent's list --------------------------------------------------------------- */

/* A reference without a callback, of the exact type weakref.ref, is shared:
 * ref(x) is ref(x).  Such a reference stays at the head of the list; the
 * others follow it, the newest first (CPython's order, seen in
 * weakref.getweakrefs). */
static bool is_basic(const WeakrefObject *r)
{
    return r->head.type == &WeakrefType && !r->callback;
}

static void link_ref(WeakrefObject **list, WeakrefObject *r)
{
    WeakrefObject *after = *list && is_basic(*list) && !is_basic(r) ? *list : NULL;
    WeakrefObject **slot = after ? &after->next : list;
    r->prev = after;
    r->next = *slot;
    if (*slot)
        (*slot)->prev = r;
    *slot = r;
}

/* Takes r out of its referent's list; r then refers to nothing. */
static void unlink_ref(WeakrefObject *r)
{
    if (!r->referent)
        return;
    WeakrefObject **list = weakref_list(r->referent);
    if (r->prev)
        r->prev->next = r->next;
    else if (list && *list == r)
        *list = r->next;
    if (r->next)
        r->next->prev = r->prev;
    r->prev = r->next = NULL;
    r->referent = NULL;
}

static Object *cannot_refer(Object *o)
{
    return err_format(&Exc_TypeError, "cannot create weak reference to '%s' object",
                      obj_type_name(o));
}

static Object *make_ref(Type *type, Object *referent, Object *callback)
{
    WeakrefObject **list = weakref_list(referent);
    if (!list)
        return cannot_refer(referent);
    if (callback == OBJ_NONE)
        callback = NULL;
    if (type == &WeakrefType && !callback && *list && is_basic(*list))
        return NEWREF(*list);
    WeakrefObject *r = (WeakrefObject *)obj_alloc(type, 0);
    r->referent = referent;
    r->callback = callback ? NEWREF(callback) : NULL;
    r->hash = -1;
    link_ref(list, r);
    gc_track((Object *)r);
    return (Object *)r;
}

Object *weakref_new(Object *referent, Object *callback)
{
    return make_ref(&WeakrefType, referent, callback);
}

void weakref_call_callback(Object *ref)
{
    Object *callback = ((WeakrefObject *)ref)->callback;
    if (!callback)
        return;
    INCREF(callback);
    Object *r = obj_call1(callback, ref);
    if (r)
        DECREF(r);
    else
        err_write_unraisable(err_fetch(), callback);
    DECREF(callback);
}

void weakref_clear_all(Object *o)
{
    WeakrefObject **list = weakref_list(o);
    if (!list || !*list)
        return;
    /* every reference is dead before the first callback runs */
    Object *pending = list_new(0);
    while (*list) {
        WeakrefObject *r = *list;
        unlink_ref(r);
        if (r->callback)
            list_append(pending, (Object *)r);
    }
    Object *saved = err_fetch();
    for (size_t i = 0; i < list_size(pending); i++)
        weakref_call_callback(list_get(pending, i));
    err_restore(saved);
    DECREF(pending);
}

void weakref_clear_for_collector(Object *o, bool (*is_garbage)(Object *), Object *pending)
{
    WeakrefObject **list = weakref_list(o);
    while (list && *list) {
        WeakrefObject *r = *list;
        unlink_ref(r);
        if (r->callback && !is_garbage((Object *)r))
            list_append(pending, (Object *)r);
    }
}

int64_t weakref_count(Object *o)
{
    WeakrefObject **list = weakref_list(o);
    int64_t n = 0;
    for (WeakrefObject *r = list ? *list : NULL; r; r = r->next)
        n++;
    return n;
}

Object *weakref_list_of(Object *o)
{
    Object *l = list_new(0);
    WeakrefObject **list = weakref_list(o);
    for (WeakrefObject *r = list ? *list : NULL; r; r = r->next)
        list_append(l, (Object *)r);
    return l;
}

/* ---- the type ------------------------------------------------------------------------- */

static bool ref_args(const char *name, Object *const *args, size_t nargs, TupleObject *kwnames,
                     Object **referent, Object **callback)
{
    if (!arg_no_keywords(name, kwnames) || !arg_range(name, NARGS(nargs), NULL, 1, 2))
        return false;
    *referent = args[0];
    *callback = NARGS(nargs) == 2 ? args[1] : NULL;
    return true;
}

static Object *ref_new_slot(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    Object *referent, *callback;
    if (!ref_args("__new__", args, nargs, kwnames, &referent, &callback))
        return NULL;
    return make_ref(type, referent, callback);
}

/* (__new__ did the work; a subclass's __init__ may take other arguments) */
static int ref_init(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    Object *referent, *callback;
    return ref_args("__init__", args, nargs, kwnames, &referent, &callback) ? 0 : -1;
}

static void ref_dealloc(Object *o)
{
    gc_untrack(o);
    WeakrefObject *r = (WeakrefObject *)o;
    unlink_ref(r);
    CLEAR(r->callback);
    obj_free(o);
}

static void ref_traverse(Object *o, VisitFunc visit, void *arg)
{
    WeakrefObject *r = (WeakrefObject *)o;
    if (r->callback)
        visit(r->callback, arg);
}

static Object *ref_clear(Object *o)
{
    WeakrefObject *r = (WeakrefObject *)o;
    unlink_ref(r);
    CLEAR(r->callback);
    return NULL;
}

static Object *ref_call(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    if (!arg_no_keywords("weakref", kwnames) || !arg_range("weakref", NARGS(nargs), NULL, 0, 0))
        return NULL;
    Object *referent = ((WeakrefObject *)self)->referent;
    return NEWREF(referent ? referent : OBJ_NONE);
}

static int64_t ref_hash(Object *self)
{
    WeakrefObject *r = (WeakrefObject *)self;
    if (r->hash != -1)
        return r->hash;
    if (!r->referent) {
        err_set_string(&Exc_TypeError, "weak object has gone away");
        return -1;
    }
    r->hash = obj_hash(r->referent);
    return r->hash;
}

/* Two live references are equal when their objects are; a dead one is
   equal only to itself. */
static Object *ref_richcompare(Object *a, Object *b, CompareOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !weakref_check(b))
        return not_implemented_ref();
    Object *x = ((WeakrefObject *)a)->referent, *y = ((WeakrefObject *)b)->referent;
    if (!x || !y) {
        bool same = a == b;
        return bool_from(op == CMP_EQ ? same : !same);
    }
    return obj_rich_compare(x, y, op);
}

static Object *ref_repr(Object *self)
{
    Object *referent = ((WeakrefObject *)self)->referent;
    if (!referent)
        return str_from_format("<weakref at %p; dead>", (void *)self);
    Object *name = obj_lookup_attr(referent, id_dunder_name);
    if (!name && err_occurred())
        return NULL;
    Object *r;
    if (name && str_check(name))
        r = str_from_format("<weakref at %p; to '%s' at %p (%s)>", (void *)self,
                            referent->type->name, (void *)referent, str_data(name));
    else
        r = str_from_format("<weakref at %p; to '%s' at %p>", (void *)self,
                            referent->type->name, (void *)referent);
    XDECREF(name);
    return r;
}

static Object *ref_get_callback(Object *self)
{
    Object *c = ((WeakrefObject *)self)->callback;
    return NEWREF(c ? c : OBJ_NONE);
}

static const GetSetDef ref_getsets[] = {
    { "__callback__", ref_get_callback, NULL },
    { NULL, NULL, NULL },
};

static Object *ref_class_getitem(Object *self, Object *const *args, size_t nargs,
                                 TupleObject *kwnames)
{
    if (!arg_one("__class_getitem__", nargs, kwnames))
        return NULL;
    return generic_alias_new(self, args[0]);
}

static const MethodDef ref_methods[] = {
    { "__class_getitem__", ref_class_getitem, METH_CLASS },
    { NULL, NULL, 0 },
};

Type WeakrefType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(WeakrefObject),
    .flags = TYPE_GC | TYPE_BASETYPE,
    .new_ = ref_new_slot,
    .init = ref_init,
    .dealloc = ref_dealloc,
    .traverse = ref_traverse,
    .clear_refs = ref_clear,
    .call = ref_call,
    .hash = ref_hash,
    .richcompare = ref_richcompare,
    .repr = ref_repr,
    .getsets = ref_getsets,
    .methods = ref_methods,
};

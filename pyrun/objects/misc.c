/* misc.c - generic aliases (list[int]), unions (int | None) and
 * mappingproxy (a class's read-only __dict__). */
#include "runtime.h"

/* ---- list[int] -------------------------------------------------------------------------- */

typedef struct AliasObject {
    Object head;
    Object *origin;
    Object *args;           /* tuple */
} AliasObject;

Object *generic_alias_new(Object *origin, Object *args)
{
    AliasObject *a = (AliasObject *)obj_alloc(&GenericAliasType, 0);
    a->origin = NEWREF(origin);
    a->args = tuple_check(args) ? NEWREF(args) : tuple_pack(1, args);
    gc_track((Object *)a);
    return (Object *)a;
}

static void alias_dealloc(Object *o)
{
    AliasObject *a = (AliasObject *)o;
    gc_untrack(o);
    CLEAR(a->origin);
    CLEAR(a->args);
    obj_free(o);
}

static void alias_traverse(Object *o, VisitFunc visit, void *arg)
{
    AliasObject *a = (AliasObject *)o;
    if (a->origin)
        visit(a->origin, arg);
    if (a->args)
        visit(a->args, arg);
}

/* How a type argument is shown: classes by qualified name, ... as "...". */
static bool append_type_repr(Buf *b, Object *t)
{
    if (t == OBJ_ELLIPSIS) {
        buf_puts(b, "...");
        return true;
    }
    if (type_check(t)) {
        Object *q = type_qualified_name((Type *)t);
        if (!q)
            return false;
        buf_append(b, str_data(q), str_size(q));
        DECREF(q);
        return true;
    }
    Object *r = obj_repr(t);
    if (!r)
        return false;
    buf_append(b, str_data(r), str_size(r));
    DECREF(r);
    return true;
}

static Object *alias_repr(Object *o)
{
    AliasObject *a = (AliasObject *)o;
    Buf b;
    buf_init(&b);
    bool ok = append_type_repr(&b, a->origin);
    buf_putc(&b, '[');
    size_t n = tuple_size(a->args);
    if (n == 0)
        buf_puts(&b, "()");
    for (size_t i = 0; ok && i < n; i++) {
        if (i)
            buf_puts(&b, ", ");
        ok = append_type_repr(&b, tuple_get(a->args, i));
    }
    buf_putc(&b, ']');
    Object *r = ok ? str_from_utf8(b.data, b.len) : NULL;
    buf_free(&b);
    return r;
}

static Object *alias_call(Object *o, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    return obj_call(((AliasObject *)o)->origin, args, nargs, kwnames);
}

static Object *alias_getattr(Object *o, StrObject *name)
{
    AliasObject *a = (AliasObject *)o;
    if (str_equal_cstr((Object *)name, "__origin__"))
        return NEWREF(a->origin);
    if (str_equal_cstr((Object *)name, "__args__"))
        return NEWREF(a->args);
    if (str_equal_cstr((Object *)name, "__class__"))
        return NEWREF(o->type);
    return obj_getattr(a->origin, name);
}

static Object *alias_richcompare(Object *x, Object *y, CompareOp op)
{
    if (y->type != &GenericAliasType || (op != CMP_EQ && op != CMP_NE))
        return not_implemented_ref();
    AliasObject *a = (AliasObject *)x, *b = (AliasObject *)y;
    int eq = a->origin == b->origin ? obj_rich_compare_bool(a->args, b->args, CMP_EQ) : 0;
    if (eq < 0)
        return NULL;
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static int64_t alias_hash(Object *o)
{
    AliasObject *a = (AliasObject *)o;
    int64_t h = obj_hash(a->origin) ^ obj_hash(a->args);
    return h == -1 ? -2 : h;
}

static Object *alias_getitem(Object *o, Object *key)
{
    return err_format(&Exc_TypeError, "There are no type variables left in %s",
                      str_data(alias_repr(o)));
}

static Object *alias_or(Object *a, Object *b)
{
    return union_new(a, b);
}

/* types.GenericAlias(origin, args), as collections.abc's classes make theirs */
static Object *alias_new_slot(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    if (!arg_no_keywords("GenericAlias", kwnames) ||
        !arg_range("GenericAlias", NARGS(nargs), NULL, 2, 2))
        return NULL;
    return generic_alias_new(args[0], args[1]);
}

Type GenericAliasType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "types.GenericAlias",
    .basicsize = sizeof(AliasObject),
    .flags = TYPE_GC,
    .new_ = alias_new_slot,
    .dealloc = alias_dealloc,
    .traverse = alias_traverse,
    .repr = alias_repr,
    .hash = alias_hash,
    .richcompare = alias_richcompare,
    .call = alias_call,
    .getattr = alias_getattr,
    .getitem = alias_getitem,
    .number = { [BINOP_OR] = alias_or },
};

/* ---- int | None ------------------------------------------------------------------------------ */

static bool union_member_ok(Object *o)
{
    return o == OBJ_NONE || type_check(o) || o->type == &GenericAliasType || o->type == &UnionType;
}

static void union_add(Object *list, Object *o)
{
    if (o == OBJ_NONE)
        o = (Object *)&NoneType;
    if (o->type == &UnionType) {
        Object *args = ((AliasObject *)o)->args;
        for (size_t i = 0; i < tuple_size(args); i++)
            union_add(list, tuple_get(args, i));
        return;
    }
    for (size_t i = 0; i < list_size(list); i++)
        if (list_get(list, i) == o)
            return;
    list_append(list, o);
}

Object *union_new(Object *a, Object *b)
{
    if (!union_member_ok(a) || !union_member_ok(b))
        return not_implemented_ref();
    Object *list = list_new(0);
    union_add(list, a);
    union_add(list, b);
    if (list_size(list) == 1) {
        Object *only = NEWREF(list_get(list, 0));
        DECREF(list);
        return only;
    }
    AliasObject *u = (AliasObject *)obj_alloc(&UnionType, 0);
    u->origin = none_ref();
    u->args = list_as_tuple(list);
    DECREF(list);
    gc_track((Object *)u);
    return (Object *)u;
}

static Object *union_repr(Object *o)
{
    AliasObject *u = (AliasObject *)o;
    Buf b;
    buf_init(&b);
    bool ok = true;
    for (size_t i = 0; ok && i < tuple_size(u->args); i++) {
        if (i)
            buf_puts(&b, " | ");
        Object *t = tuple_get(u->args, i);
        if (t == (Object *)&NoneType)
            buf_puts(&b, "None");
        else
            ok = append_type_repr(&b, t);
    }
    Object *r = ok ? str_from_utf8(b.data, b.len) : NULL;
    buf_free(&b);
    return r;
}

/* A union is a set of types: int | str == str | int, and its hash is its set's. */
static Object *union_as_frozenset(Object *o)
{
    return frozenset_new(((AliasObject *)o)->args);
}

static Object *union_richcompare(Object *x, Object *y, CompareOp op)
{
    if (y->type != &UnionType || (op != CMP_EQ && op != CMP_NE))
        return not_implemented_ref();
    Object *a = union_as_frozenset(x);
    Object *b = a ? union_as_frozenset(y) : NULL;
    Object *result = b ? obj_rich_compare(a, b, op) : NULL;
    XDECREF(a);
    XDECREF(b);
    return result;
}

static int64_t union_hash(Object *o)
{
    Object *set = union_as_frozenset(o);
    if (!set)
        return -1;
    int64_t h = obj_hash(set);
    DECREF(set);
    return h;
}

static Object *union_getattr(Object *o, StrObject *name)
{
    if (str_equal_cstr((Object *)name, "__args__"))
        return NEWREF(((AliasObject *)o)->args);
    return obj_generic_getattr(o, name);
}

Type UnionType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "types.UnionType",
    .basicsize = sizeof(AliasObject),
    .flags = TYPE_GC,
    .dealloc = alias_dealloc,
    .traverse = alias_traverse,
    .repr = union_repr,
    .hash = union_hash,
    .richcompare = union_richcompare,
    .getattr = union_getattr,
    .number = { [BINOP_OR] = alias_or },
};

/* ---- mappingproxy ----------------------------------------------------------------------------------- */

typedef struct ProxyObject {
    Object head;
    Object *mapping;
} ProxyObject;

Object *mapping_proxy_new(Object *mapping)
{
    ProxyObject *p = (ProxyObject *)obj_alloc(&MappingProxyType, 0);
    p->mapping = NEWREF(mapping);
    gc_track((Object *)p);
    return (Object *)p;
}

static void proxy_dealloc(Object *o)
{
    gc_untrack(o);
    CLEAR(((ProxyObject *)o)->mapping);
    obj_free(o);
}

static void proxy_traverse(Object *o, VisitFunc visit, void *arg)
{
    visit(((ProxyObject *)o)->mapping, arg);
}

static Object *proxy_repr(Object *o)
{
    Object *inner = obj_repr(((ProxyObject *)o)->mapping);
    if (!inner)
        return NULL;
    Object *r = str_from_format("mappingproxy(%s)", str_data(inner));
    DECREF(inner);
    return r;
}

/* str() shows the mapping itself, as CPython does */
static Object *proxy_str(Object *o) { return obj_str(((ProxyObject *)o)->mapping); }

static Object *proxy_richcompare(Object *a, Object *b, CompareOp op)
{
    return obj_rich_compare(((ProxyObject *)a)->mapping, b, op);
}

static int64_t proxy_len(Object *o) { return obj_length(((ProxyObject *)o)->mapping); }
static Object *proxy_getitem(Object *o, Object *k) { return obj_getitem(((ProxyObject *)o)->mapping, k); }
static int proxy_contains(Object *o, Object *k) { return obj_contains(((ProxyObject *)o)->mapping, k); }
static Object *proxy_iter(Object *o) { return obj_get_iter(((ProxyObject *)o)->mapping); }

static Object *proxy_forward(Object *self, const char *name, Object *const *args, size_t nargs)
{
    StrObject *n = str_intern_cstr(name);
    Object *r = obj_call_method(((ProxyObject *)self)->mapping, n, args, NARGS(nargs));
    DECREF(n);
    return r;
}

#define FORWARD(fn, name)                                                                   \
    static Object *fn(Object *self, Object *const *args, size_t nargs, TupleObject *kw)     \
    {                                                                                       \
        return proxy_forward(self, name, args, nargs);                                      \
    }
FORWARD(proxy_keys, "keys")
FORWARD(proxy_values, "values")
FORWARD(proxy_items, "items")
FORWARD(proxy_get, "get")
FORWARD(proxy_copy, "copy")

static const MethodDef proxy_methods[] = {
    { "keys", proxy_keys, 0 },
    { "values", proxy_values, 0 },
    { "items", proxy_items, 0 },
    { "get", proxy_get, 0 },
    { "copy", proxy_copy, 0 },
    { NULL, NULL, 0 },
};

/* mappingproxy(mapping): a read-only view of it */
static Object *proxy_new_slot(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    static const char *const names[] = { "mapping", NULL };
    Object *v[1];
    if (!args_parse("mappingproxy", args, nargs, kwnames, names, 1, 1, v))
        return NULL;
    Object *m = v[0];
    if (!m->type->getitem || list_check(m) || tuple_check(m))
        return err_format(&Exc_TypeError, "mappingproxy() argument must be a mapping, not %s",
                          obj_type_name(m));
    return mapping_proxy_new(m);
}

Type MappingProxyType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "mappingproxy",
    .basicsize = sizeof(ProxyObject),
    .flags = TYPE_GC | TYPE_ABSTRACT_MAPPING,
    .new_ = proxy_new_slot,
    .dealloc = proxy_dealloc,
    .traverse = proxy_traverse,
    .repr = proxy_repr,
    .str = proxy_str,
    .richcompare = proxy_richcompare,
    .iter = proxy_iter,
    .length = proxy_len,
    .getitem = proxy_getitem,
    .contains = proxy_contains,
    .methods = proxy_methods,
};

/* ---- types.SimpleNamespace ---------------------------------------------------------------------- */

typedef struct NamespaceObject {
    Object head;
    DictObject *dict;
} NamespaceObject;

static Object *namespace_new_slot(Type *type, Object *const *args, size_t nargs, TupleObject *kw)
{
    NamespaceObject *ns = (NamespaceObject *)obj_alloc(type, 0);
    ns->dict = (DictObject *)dict_new();
    gc_track((Object *)ns);
    return (Object *)ns;
}

static int namespace_init(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    size_t n = NARGS(nargs);
    if (n) {
        err_format(&Exc_TypeError, "no positional arguments expected");
        return -1;
    }
    size_t nkw = kw ? tuple_size((Object *)kw) : 0;
    self->type->flags |= TYPE_MAY_SHADOW;
    for (size_t i = 0; i < nkw; i++)
        if (dict_set((Object *)((NamespaceObject *)self)->dict, tuple_get((Object *)kw, i), args[i]) < 0)
            return -1;
    return 0;
}

Object *namespace_new(Object *dict)
{
    NamespaceObject *ns = (NamespaceObject *)namespace_new_slot(&NamespaceType, NULL, 0, NULL);
    if (dict && dict_update((Object *)ns->dict, dict) < 0) {
        DECREF(ns);
        return NULL;
    }
    return (Object *)ns;
}

static void namespace_dealloc(Object *o)
{
    gc_untrack(o);
    CLEAR(((NamespaceObject *)o)->dict);
    obj_free(o);
}

static void namespace_traverse(Object *o, VisitFunc visit, void *arg)
{
    if (((NamespaceObject *)o)->dict)
        visit((Object *)((NamespaceObject *)o)->dict, arg);
}

static Object *namespace_repr(Object *o)
{
    const char *name = o->type == &NamespaceType ? "namespace" : o->type->name;
    int busy = repr_enter(o);
    if (busy)
        return busy < 0 ? NULL : str_from_format("%s(...)", name);
    Buf b;
    buf_init(&b);
    buf_printf(&b, "%s(", name);
    size_t pos = 0;
    Object *k, *v;
    bool first = true, ok = true;
    while (ok && dict_next((Object *)((NamespaceObject *)o)->dict, &pos, &k, &v)) {
        if (!str_check(k))
            continue;
        INCREF(v);
        Object *r = obj_repr(v);
        DECREF(v);
        if (!r) {
            ok = false;
            break;
        }
        buf_printf(&b, "%s%s=%s", first ? "" : ", ", str_data(k), str_data(r));
        first = false;
        DECREF(r);
    }
    repr_leave(o);
    buf_putc(&b, ')');
    Object *r = ok ? str_from_utf8(b.data, b.len) : NULL;
    buf_free(&b);
    return r;
}

static Object *namespace_richcompare(Object *a, Object *b, CompareOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !obj_is_instance_of(a, &NamespaceType) ||
        !obj_is_instance_of(b, &NamespaceType))
        return not_implemented_ref();
    return obj_rich_compare((Object *)((NamespaceObject *)a)->dict,
                            (Object *)((NamespaceObject *)b)->dict, op);
}

Type NamespaceType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "types.SimpleNamespace",
    .basicsize = sizeof(NamespaceObject),
    .flags = TYPE_GC | TYPE_BASETYPE,
    .doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)",
    .dictoffset = offsetof(NamespaceObject, dict),
    .dealloc = namespace_dealloc,
    .traverse = namespace_traverse,
    .new_ = namespace_new_slot,
    .init = namespace_init,
    .repr = namespace_repr,
    .richcompare = namespace_richcompare,
};

/* pyedumodule.c - the _pyedu module: hooks for the library modules that
 * pyrun writes in Python where CPython has C (pyrun/lib). */
#include "runtime.h"
#include "modules/modules.h"

/* set_type_name(cls, "decimal.Decimal"): the name the class has in error
   messages ("unsupported operand type(s) for +: 'decimal.Decimal' and
   'float'"), as CPython's C type of that name has; __name__ is unchanged. */
static Object *pyedu_set_type_name(Object *self, Object *const *args, size_t nargs,
                                   TupleObject *kwnames)
{
    if (!arg_no_keywords("set_type_name", kwnames) ||
        !arg_range("set_type_name", NARGS(nargs), NULL, 2, 2))
        return NULL;
    if (!type_check(args[0]) || !(((Type *)args[0])->flags & TYPE_HEAP))
        return err_bad_argument_type("set_type_name", "a class", args[0]);
    if (!str_check(args[1]))
        return err_bad_argument_type("set_type_name", "str", args[1]);
    Type *t = (Type *)args[0];
    INCREF(args[1]);
    SETREF(t->c_name, (StrObject *)args[1]);
    t->name = str_data(args[1]);
    return none_ref();
}

/* ---- the match statement's kinds of collection ------------------------------------------------------ */

static const struct {
    const char *name;
    unsigned flag;
} collection_kinds[] = {
    { "sequence", TYPE_ABSTRACT_SEQUENCE },
    { "mapping", TYPE_ABSTRACT_MAPPING },
};

/* collection_kind(cls): 'sequence', 'mapping' or None, as sequence and
   mapping patterns see the class. */
static Object *pyedu_collection_kind(Object *self, Object *const *args, size_t nargs,
                                     TupleObject *kwnames)
{
    if (!arg_one("collection_kind", nargs, kwnames))
        return NULL;
    if (!type_check(args[0]))
        return err_bad_argument_type("collection_kind", "a class", args[0]);
    for (size_t i = 0; i < sizeof collection_kinds / sizeof collection_kinds[0]; i++)
        if (((Type *)args[0])->flags & collection_kinds[i].flag)
            return str_from_cstr(collection_kinds[i].name);
    return none_ref();
}

/* set_collection_kind(cls, kind): what collections.abc does to Sequence and
   Mapping, and register() to the classes registered with them. */
static Object *pyedu_set_collection_kind(Object *self, Object *const *args, size_t nargs,
                                         TupleObject *kwnames)
{
    if (!arg_no_keywords("set_collection_kind", kwnames) ||
        !arg_range("set_collection_kind", NARGS(nargs), NULL, 2, 2))
        return NULL;
    if (!type_check(args[0]))
        return err_bad_argument_type("set_collection_kind", "a class", args[0]);
    for (size_t i = 0; i < sizeof collection_kinds / sizeof collection_kinds[0]; i++) {
        if (str_check(args[1]) && str_equal_cstr(args[1], collection_kinds[i].name)) {
            type_set_collection_kind((Type *)args[0], collection_kinds[i].flag);
            return none_ref();
        }
    }
    return err_set_string(&Exc_ValueError, "set_collection_kind: 'sequence' or 'mapping'");
}

/* ---- ItemsOf: the base of iterator classes written in Python ------------------------------------- */

/* ItemsOf(iterable): an iterator over the iterable's items.  itertools
 * writes each of its types as a subclass whose __new__ makes a generator
 * and hands it here: the instances are of a class named as CPython's
 * (type(), isinstance() and the repr say "itertools.cycle"), while next()
 * goes straight to the generator, with no Python-level __next__ between. */
typedef struct ItemsOfObject {
    Object head;
    Object *source;         /* the iterator giving the items */
} ItemsOfObject;

static Type ItemsOfType;

static Object *items_of_new(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    if (!arg_no_keywords("ItemsOf", kwnames) || !arg_range("ItemsOf", NARGS(nargs), NULL, 1, 1))
        return NULL;
    Object *source = obj_get_iter(args[0]);
    if (!source)
        return NULL;
    ItemsOfObject *o = (ItemsOfObject *)obj_alloc(type, 0);
    o->source = source;
    gc_track((Object *)o);
    return (Object *)o;
}

static Object *items_of_iter(Object *o)
{
    return NEWREF(o);
}

static Object *items_of_next(Object *o)
{
    return iter_next(((ItemsOfObject *)o)->source);
}

static Object *items_of_clear(Object *o)
{
    CLEAR(((ItemsOfObject *)o)->source);
    return NULL;
}

static void items_of_dealloc(Object *o)
{
    gc_untrack(o);
    items_of_clear(o);
    obj_free(o);
}

static void items_of_traverse(Object *o, VisitFunc visit, void *arg)
{
    ItemsOfObject *items = (ItemsOfObject *)o;
    if (items->source)
        visit(items->source, arg);
}

static Type ItemsOfType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "_pyedu.ItemsOf",
    .basicsize = sizeof(ItemsOfObject),
    .flags = TYPE_GC | TYPE_BASETYPE,
    .dealloc = items_of_dealloc,
    .traverse = items_of_traverse,
    .clear_refs = items_of_clear,
    .iter = items_of_iter,
    .iternext = items_of_next,
    .new_ = items_of_new,
};

static const MethodDef pyedu_functions[] = {
    { "set_type_name", pyedu_set_type_name, 0 },
    { "collection_kind", pyedu_collection_kind, 0 },
    { "set_collection_kind", pyedu_set_collection_kind, 0 },
    { NULL, NULL, 0 },
};

Object *pyedu_module_create(void)
{
    Object *m = module_new("_pyedu");
    module_add_functions(m, pyedu_functions);
    type_ready(&ItemsOfType);
    module_add(m, "ItemsOf", NEWREF(&ItemsOfType));
    return m;
}

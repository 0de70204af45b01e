/* singletons.c - None, NotImplemented and Ellipsis. */
#include "runtime.h"

static void never_freed(Object *o)
{
    /* immortal: the count never reaches zero */
    (void)o;
}

static Object *none_repr(Object *o) { return str_from_cstr("None"); }
static int none_truth(Object *o) { return 0; }

static Object *none_new(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    if (NARGS(nargs) || kwnames)
        return err_set_string(&Exc_TypeError, "NoneType takes no arguments");
    return none_ref();
}

static int64_t singleton_hash(Object *o)
{
    return (int64_t)((uintptr_t)o >> 4);
}

Type NoneType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "NoneType",
    .basicsize = sizeof(Object),
    .dealloc = never_freed,
    .repr = none_repr,
    .truth = none_truth,
    .hash = singleton_hash,
    .new_ = none_new,
};
Object NoneObject = STATIC_HEADER(&NoneType);

static Object *not_implemented_repr(Object *o) { return str_from_cstr("NotImplemented"); }

static Object *not_implemented_new(Type *type, Object *const *args, size_t nargs,
                                   TupleObject *kwnames)
{
    if (NARGS(nargs) || kwnames)
        return err_set_string(&Exc_TypeError, "NotImplementedType takes no arguments");
    return not_implemented_ref();
}

/* (true, but CPython 3.11 deprecates asking) */
static int not_implemented_truth(Object *o)
{
    if (err_warn(&Exc_DeprecationWarning,
                 "NotImplemented should not be used in a boolean context") < 0)
        return -1;
    return 1;
}

/* pickle and copy: the singleton is named, saved by reference */
static Object *not_implemented_reduce(Object *o, Object *const *args, size_t nargs,
                                      TupleObject *kw)
{
    return str_from_cstr("NotImplemented");
}

static const MethodDef not_implemented_methods[] = {
    { "__reduce__", not_implemented_reduce, 0 },
    { NULL, NULL, 0 },
};

Type NotImplementedType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "NotImplementedType",
    .basicsize = sizeof(Object),
    .dealloc = never_freed,
    .repr = not_implemented_repr,
    .truth = not_implemented_truth,
    .hash = singleton_hash,
    .new_ = not_implemented_new,
    .methods = not_implemented_methods,
};
Object NotImplementedObject = STATIC_HEADER(&NotImplementedType);

static Object *ellipsis_repr(Object *o) { return str_from_cstr("Ellipsis"); }

static Object *ellipsis_new(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    if (NARGS(nargs) || kwnames)
        return err_set_string(&Exc_TypeError, "ellipsis takes no arguments");
    return NEWREF(OBJ_ELLIPSIS);
}

static Object *ellipsis_reduce(Object *o, Object *const *args, size_t nargs, TupleObject *kw)
{
    return str_from_cstr("Ellipsis");
}

static const MethodDef ellipsis_methods[] = {
    { "__reduce__", ellipsis_reduce, 0 },
    { NULL, NULL, 0 },
};

Type EllipsisType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "ellipsis",
    .basicsize = sizeof(Object),
    .dealloc = never_freed,
    .repr = ellipsis_repr,
    .hash = singleton_hash,
    .new_ = ellipsis_new,
    .methods = ellipsis_methods,
};
Object EllipsisObject = STATIC_HEADER(&EllipsisType);

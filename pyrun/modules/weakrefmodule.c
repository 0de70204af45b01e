/* weakrefmodule.c - the _weakref module: the C half of weakref.py (the
 * reference type, and the counts of references to an object). */
#include "runtime.h"
#include "modules/modules.h"

#define FUNCTION(name) static Object *name(Object *self, Object *const *args, size_t nargs, \
                                           TupleObject *kwnames)

FUNCTION(weakref_getweakrefcount)
{
    if (!arg_one("_weakref.getweakrefcount", nargs, kwnames))
        return NULL;
    return int_from_i64(weakref_count(args[0]));
}

FUNCTION(weakref_getweakrefs)
{
    if (!arg_one("_weakref.getweakrefs", nargs, kwnames))
        return NULL;
    return weakref_list_of(args[0]);
}

static const MethodDef weakref_functions[] = {
    { "getweakrefcount", weakref_getweakrefcount, 0 },
    { "getweakrefs", weakref_getweakrefs, 0 },
    { NULL, NULL, 0 },
};

Object *weakref_module_create(void)
{
    Object *m = module_new("_weakref");
    module_add_functions(m, weakref_functions);
    module_add(m, "ref", NEWREF(&WeakrefType));
    module_add(m, "ReferenceType", NEWREF(&WeakrefType));
    return m;
}

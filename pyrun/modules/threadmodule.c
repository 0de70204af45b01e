/* threadmodule.c - the _thread module: starting threads, locks, thread
 * identifiers (vm/thread.h); threading.py builds on it. */
#include "runtime.h"
#include "modules/modules.h"
#include "vm/thread.h"

#define FUNCTION(name) static Object *name(Object *self, Object *const *args, size_t nargs, \
                                           TupleObject *kwnames)

/* start_new_thread(function, args, kwargs=None) */
FUNCTION(thread_start_new)
{
    if (!arg_no_keywords("start_new_thread", kwnames) ||
        !arg_range("start_new_thread", NARGS(nargs), NULL, 2, 3))
        return NULL;
    if (!obj_is_callable(args[0]))
        return err_set_string(&Exc_TypeError, "first arg must be callable");
    if (!tuple_check(args[1]))
        return err_set_string(&Exc_TypeError, "2nd arg must be a tuple");
    Object *kwargs = NARGS(nargs) == 3 && args[2] != OBJ_NONE ? args[2] : NULL;
    if (kwargs && !dict_check(kwargs))
        return err_set_string(&Exc_TypeError, "optional 3rd arg must be a dictionary");
    int64_t ident = thread_start(args[0], args[1], kwargs);
    return ident < 0 ? NULL : int_from_u64((uint64_t)ident);
}

FUNCTION(thread_allocate_lock)
{
    return lock_new();
}

FUNCTION(thread_get_ident)
{
    return int_from_u64(thread_ident());
}

FUNCTION(thread_count_method)
{
    return int_from_i64(thread_count() - 1);
}

FUNCTION(thread_stack_size)
{
    if (!arg_tuple_range("stack_size", nargs, kwnames, 0, 1))
        return NULL;
    return int_from_i64(0);
}

FUNCTION(thread_exit)
{
    return err_set(&Exc_SystemExit, NULL);
}

static const MethodDef thread_functions[] = {
    { "start_new_thread", thread_start_new, 0 },
    { "start_new", thread_start_new, 0 },
    { "allocate_lock", thread_allocate_lock, METH_NOARGS },
    { "allocate", thread_allocate_lock, METH_NOARGS },
    { "get_ident", thread_get_ident, METH_NOARGS },
    { "get_native_id", thread_get_ident, METH_NOARGS },
    { "_count", thread_count_method, METH_NOARGS },
    { "stack_size", thread_stack_size, 0 },
    { "exit", thread_exit, METH_NOARGS },
    { NULL, NULL, 0 },
};

Object *thread_module_create(void)
{
    Object *m = module_new("_thread");
    module_add_functions(m, thread_functions);
    type_ready(&LockType);
    module_add(m, "LockType", NEWREF(&LockType));
    module_add(m, "lock", NEWREF(&LockType));
    module_add(m, "error", NEWREF(&Exc_RuntimeError));
    module_add(m, "TIMEOUT_MAX", float_from_double(9223372036.0));
    return m;
}

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

static const MethodDef pyedu_functions[] = {
    { "set_type_name", pyedu_set_type_name, 0 },
    { NULL, NULL, 0 },
};

Object *pyedu_module_create(void)
{
    Object *m = module_new("_pyedu");
    module_add_functions(m, pyedu_functions);
    return m;
}

/* tracebackmodule.c - the _traceback module: the C half of traceback.py,
 * the texts that err_print prints (vm/traceback.h), so that the traceback
 * module formats exactly as the interpreter does, carets included. */
#include "runtime.h"
#include "modules/modules.h"
#include "vm/traceback.h"

#define FUNCTION(name) static Object *name(Object *self, Object *const *args, size_t nargs, \
                                           TupleObject *kwnames)

/* format_exception(exc, chain, limit): the whole text, one str; limit is
   None (all entries) or traceback.py's limit of each traceback */
FUNCTION(tb_format_exception)
{
    if (!arg_no_keywords("format_exception", kwnames) ||
        !arg_range("format_exception", NARGS(nargs), NULL, 3, 3))
        return NULL;
    if (!exception_check(args[0]))
        return err_bad_argument_type("format_exception", "an exception", args[0]);
    int chain = obj_is_true(args[1]);
    if (chain < 0)
        return NULL;
    int64_t limit = 0;
    if (args[2] != OBJ_NONE) {
        limit = obj_as_index(args[2], NULL);
        if (limit == -1 && err_occurred())
            return NULL;
    }
    return traceback_format_exception(args[0], chain, args[2] != OBJ_NONE ? &limit : NULL);
}

FUNCTION(tb_format_exception_only)
{
    if (!arg_one("format_exception_only", nargs, kwnames))
        return NULL;
    if (!exception_check(args[0]))
        return err_bad_argument_type("format_exception_only", "an exception", args[0]);
    return traceback_format_exception_only(args[0]);
}

/* format_tb(tb): the entries, one str */
FUNCTION(tb_format_tb)
{
    if (!arg_one("format_tb", nargs, kwnames))
        return NULL;
    if (args[0] == OBJ_NONE)
        return str_from_cstr("");
    if (args[0]->type != &TracebackType)
        return err_bad_argument_type("format_tb", "a traceback", args[0]);
    return traceback_format_entries(args[0]);
}

/* source_line(code, lineno): the line of the code's source, or None */
FUNCTION(tb_source_line)
{
    if (!arg_no_keywords("source_line", kwnames) ||
        !arg_range("source_line", NARGS(nargs), NULL, 2, 2))
        return NULL;
    int64_t line = obj_as_index(args[1], NULL);
    if (line == -1 && err_occurred())
        return NULL;
    Object *s = line > 0 && line < INT32_MAX ? traceback_source_line(args[0], (int)line) : NULL;
    return s ? s : none_ref();
}

static const MethodDef traceback_functions[] = {
    { "format_exception", tb_format_exception, 0 },
    { "format_exception_only", tb_format_exception_only, 0 },
    { "format_tb", tb_format_tb, 0 },
    { "source_line", tb_source_line, 0 },
    { NULL, NULL, 0 },
};

Object *traceback_module_create(void)
{
    Object *m = module_new("_traceback");
    module_add_functions(m, traceback_functions);
    return m;
}

/* sys.c - the sys module. */
#include "runtime.h"
#include "modules/io.h"
#include "objects/frameobject.h"
#include "modules/modules.h"
#include "objects/structseq.h"
#include "vm/traceback.h"
#include "cli.h"

#include <float.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <unistd.h>

#define FUNCTION(name) static Object *name(Object *self, Object *const *args, size_t nargs, \
                                           TupleObject *kwnames)

FUNCTION(sys_exit)
{
    if (!arg_range("sys.exit", nargs, kwnames, 0, 1))
        return NULL;
    return err_set(&Exc_SystemExit, NARGS(nargs) ? args[0] : NULL);
}

FUNCTION(sys_getrecursionlimit)
{
    return int_from_i64(vm.recursion_limit);
}

FUNCTION(sys_setrecursionlimit)
{
    if (!arg_one("sys.setrecursionlimit", nargs, kwnames))
        return NULL;
    if (float_check(args[0]))
        return err_set_string(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
    int64_t n = obj_as_index(args[0], NULL);
    if (n == -1 && err_occurred())
        return NULL;
    if (n < 1)
        return err_set_string(&Exc_ValueError, "recursion limit must be greater or equal than 1");
    if (n <= vm.depth)
        return err_format(&Exc_RecursionError, "cannot set the recursion limit to %lld at the "
                          "recursion depth %lld: the limit is too low", (long long)n,
                          (long long)vm.depth);
    vm.recursion_limit = n > INT32_MAX ? INT32_MAX : n;
    return none_ref();
}

FUNCTION(sys_getrefcount)
{
    if (!arg_one("sys.getrefcount", nargs, kwnames))
        return NULL;
    return int_from_i64((int64_t)args[0]->refcount);
}

/* What CPython reports: __sizeof__ plus the collector's header of containers. */
FUNCTION(sys_getsizeof)
{
    static const char *const names[] = { "object", "default", NULL };
    Object *v[2];
    if (!args_parse("getsizeof", args, nargs, kwnames, names, 1, 2, v))
        return NULL;
    StrObject *name = str_intern_cstr("__sizeof__");
    bool found;
    Object *r = obj_call_special(v[0], name, NULL, 0, &found);
    DECREF(name);
    if (!r) {
        if (v[1] && (!found || err_matches(&Exc_TypeError))) {
            err_clear();
            return NEWREF(v[1]);
        }
        return NULL;
    }
    if (!int_check(r)) {
        DECREF(r);
        return err_set_string(&Exc_TypeError, "an integer is required");
    }
    Type *t = v[0]->type;
    bool gc = (t->flags & TYPE_GC) && !(type_check(v[0]) && !(((Type *)v[0])->flags & TYPE_HEAP));
    if (gc) {
        Object *sixteen = int_from_i64(16);
        Object *total = int_add(r, sixteen);
        DECREF(sixteen);
        DECREF(r);
        return total;
    }
    return r;
}

FUNCTION(sys_intern)
{
    if (!arg_one("sys.intern", nargs, kwnames))
        return NULL;
    if (!str_check_exact(args[0]))
        return err_format(&Exc_TypeError, "intern() argument must be str, not %s",
                          obj_type_name(args[0]));
    StrObject *s = (StrObject *)NEWREF(args[0]);
    str_intern(&s);
    return (Object *)s;
}

FUNCTION(sys_exc_info)
{
    Object *e = err_handled();
    if (!e)
        return tuple_pack(3, OBJ_NONE, OBJ_NONE, OBJ_NONE);
    Object *tb = ((ExceptionObject *)e)->traceback;
    return tuple_pack(3, (Object *)e->type, e, tb ? tb : OBJ_NONE);
}

FUNCTION(sys_exception)
{
    Object *e = err_handled();
    return e ? NEWREF(e) : none_ref();
}

FUNCTION(sys_getdefaultencoding)
{
    return str_from_cstr("utf-8");
}

FUNCTION(sys_get_int_max_str_digits)
{
    return int_from_i64(int_max_str_digits);
}

FUNCTION(sys_set_int_max_str_digits)
{
    static const char *const names[] = { "maxdigits", NULL };
    Object *v[1];
    if (!args_parse("set_int_max_str_digits", args, nargs, kwnames, names, 1, 1, v))
        return NULL;
    int64_t n = obj_as_index(v[0], NULL);
    if (n == -1 && err_occurred())
        return NULL;
    if (n != 0 && n < 640)
        return err_set_string(&Exc_ValueError, "maxdigits must be 0 or larger than 640");
    int_max_str_digits = n;
    return none_ref();
}

FUNCTION(sys_displayhook)
{
    if (!arg_one("sys.displayhook", nargs, kwnames))
        return NULL;
    if (args[0] == OBJ_NONE)
        return none_ref();
    Object *r = obj_repr(args[0]);
    if (!r)
        return NULL;
    Object *out = dict_get_cstr(module_dict(vm.sys_module), "stdout");
    if (out && out->type == &FileType) {
        if (file_write_text((FileObject *)out, str_data(r), str_size(r)) < 0 ||
            file_write((FileObject *)out, "\n", 1) < 0) {
            DECREF(r);
            return NULL;
        }
    }
    DECREF(r);
    dict_set_cstr(module_dict(vm.builtins_module), "_", args[0]);
    return none_ref();
}

/* excepthook(type, value, traceback): prints the exception as an uncaught
   one (the traceback is the exception's own). */
FUNCTION(sys_excepthook)
{
    if (!arg_no_keywords("sys.excepthook", kwnames) ||
        !arg_range("excepthook", NARGS(nargs), NULL, 3, 3))
        return NULL;
    if (exception_check(args[1]))
        err_print(args[1]);
    else
        return err_format(&Exc_TypeError,
                          "print_exception(): Exception expected for value, %s found",
                          obj_type_name(args[1]));
    return none_ref();
}

/* The argument of sys.unraisablehook: (exc_type, exc_value, exc_traceback,
   err_msg, object), as CPython's UnraisableHookArgs. */
static const MemberDef unraisable_fields[] = {
    STRUCTSEQ_FIELD("exc_type", 0), STRUCTSEQ_FIELD("exc_value", 1),
    STRUCTSEQ_FIELD("exc_traceback", 2), STRUCTSEQ_FIELD("err_msg", 3),
    STRUCTSEQ_FIELD("object", 4), { NULL, 0, false, false },
};
static Type UnraisableHookArgsType = STRUCTSEQ_TYPE("UnraisableHookArgs", unraisable_fields,
                                                    "the details of an unraisable exception");

Object *sys_unraisable_args(Object *exception, Object *where)
{
    Object *tb = ((ExceptionObject *)exception)->traceback;
    Object *items[5] = { (Object *)exception->type, exception, tb ? tb : OBJ_NONE, OBJ_NONE,
                         where ? where : OBJ_NONE };
    return structseq_new(&UnraisableHookArgsType, items, 5);
}

/* unraisablehook(args): the default report of an exception that could not
   be raised (in __del__, a generator's cleanup, a weak reference callback) */
FUNCTION(sys_unraisablehook)
{
    if (!arg_one("sys.unraisablehook", nargs, kwnames))
        return NULL;
    Object *a = args[0];
    if (a->type != &UnraisableHookArgsType)
        return err_set_string(&Exc_TypeError, "sys.unraisablehook argument type must be "
                                              "UnraisableHookArgs");
    TupleObject *t = (TupleObject *)a;
    traceback_print_unraisable(t->items[1], t->items[3], t->items[4]);
    return none_ref();
}

/* _getframe(depth=0): a snapshot of the caller's frame (objects/frameobject.h) */
FUNCTION(sys_getframe)
{
    if (!arg_no_keywords("sys._getframe", kwnames) ||
        !arg_range("_getframe", NARGS(nargs), NULL, 0, 1))
        return NULL;
    int64_t depth = 0;
    if (NARGS(nargs)) {
        depth = obj_as_index(args[0], NULL);
        if (depth == -1 && err_occurred())
            return NULL;
    }
    Frame *f = vm.frame;
    for (; f && depth > 0; depth--)
        f = f->back;
    if (!f)
        return err_set_string(&Exc_ValueError, "call stack is not deep enough");
    return frame_object_new(f);
}

static const MethodDef sys_functions[] = {
    { "_getframe", sys_getframe, 0 },
    { "excepthook", sys_excepthook, 0 },
    { "exit", sys_exit, 0 },
    { "getrecursionlimit", sys_getrecursionlimit, METH_NOARGS },
    { "setrecursionlimit", sys_setrecursionlimit, 0 },
    { "unraisablehook", sys_unraisablehook, 0 },
    { "getrefcount", sys_getrefcount, 0 },
    { "getsizeof", sys_getsizeof, 0 },
    { "intern", sys_intern, 0 },
    { "exc_info", sys_exc_info, METH_NOARGS },
    { "exception", sys_exception, METH_NOARGS },
    { "getdefaultencoding", sys_getdefaultencoding, METH_NOARGS },
    { "get_int_max_str_digits", sys_get_int_max_str_digits, METH_NOARGS },
    { "set_int_max_str_digits", sys_set_int_max_str_digits, 0 },
    { "displayhook", sys_displayhook, 0 },
    { NULL, NULL, 0 },
};

/* ---- the struct sequences: version_info, float_info, int_info ------------------------------- */

static const MemberDef version_info_fields[] = {
    STRUCTSEQ_FIELD("major", 0), STRUCTSEQ_FIELD("minor", 1), STRUCTSEQ_FIELD("micro", 2),
    STRUCTSEQ_FIELD("releaselevel", 3), STRUCTSEQ_FIELD("serial", 4), { NULL, 0, false, false },
};
static Type VersionInfoType = STRUCTSEQ_TYPE("sys.version_info", version_info_fields,
                                             "sys.version_info\n\nVersion information as a named tuple.");

static const MemberDef float_info_fields[] = {
    STRUCTSEQ_FIELD("max", 0), STRUCTSEQ_FIELD("max_exp", 1), STRUCTSEQ_FIELD("max_10_exp", 2),
    STRUCTSEQ_FIELD("min", 3), STRUCTSEQ_FIELD("min_exp", 4), STRUCTSEQ_FIELD("min_10_exp", 5),
    STRUCTSEQ_FIELD("dig", 6), STRUCTSEQ_FIELD("mant_dig", 7), STRUCTSEQ_FIELD("epsilon", 8),
    STRUCTSEQ_FIELD("radix", 9), STRUCTSEQ_FIELD("rounds", 10), { NULL, 0, false, false },
};
static Type FloatInfoType = STRUCTSEQ_TYPE("sys.float_info", float_info_fields,
                                           "sys.float_info\n\nA named tuple holding information about the float type.");

static const MemberDef int_info_fields[] = {
    STRUCTSEQ_FIELD("bits_per_digit", 0), STRUCTSEQ_FIELD("sizeof_digit", 1),
    STRUCTSEQ_FIELD("default_max_str_digits", 2), STRUCTSEQ_FIELD("str_digits_check_threshold", 3),
    { NULL, 0, false, false },
};
static Type IntInfoType = STRUCTSEQ_TYPE("sys.int_info", int_info_fields,
                                         "sys.int_info\n\nA named tuple that holds information about Python's\ninternal representation of integers.");

static void set_steal(Object *dict, const char *key, Object *value)
{
    dict_set_cstr(dict, key, value);
    DECREF(value);
}

static Object *str_list(int n, char **items)
{
    Object *l = list_new(0);
    for (int i = 0; i < n; i++)
        list_append_steal(l, str_from_cstr(items[i]));
    return l;
}

/* CPython's error handler for stdin and stdout: surrogateescape in UTF-8
 * mode and in the C and POSIX locales and the UTF-8 ones it coerces them
 * to, so that bytes that are not UTF-8 pass through; strict in any other. */
static const char *stdio_errors(void)
{
    const char *utf8_mode = getenv("PYTHONUTF8");
    if (utf8_mode && !strcmp(utf8_mode, "1"))
        return "surrogateescape";
    char saved[256];
    const char *current = setlocale(LC_CTYPE, NULL);
    snprintf(saved, sizeof saved, "%s", current ? current : "C");
    const char *chosen = setlocale(LC_CTYPE, "");       /* what the environment names */
    bool legacy = !chosen || !strcmp(chosen, "C") || !strcmp(chosen, "POSIX") ||
                  !strcmp(chosen, "C.UTF-8") || !strcmp(chosen, "C.utf8") ||
                  !strcmp(chosen, "UTF-8");
    setlocale(LC_CTYPE, saved);
    return legacy ? "surrogateescape" : "strict";
}

static void add_std_stream(Object *sys, const char *name, Object *file, const char *errors)
{
    file_set_errors(file, errors);
    module_add(sys, name, file);
}

Object *sys_module_create(int argc, char **argv, const char *program_path)
{
    Object *m = module_new("sys");
    ((ModuleObject *)m)->builtin = true;
    module_add_functions(m, sys_functions);
    module_add(m, "argv", str_list(argc, argv));
    add_std_stream(m, "stdin", file_new(0, "<stdin>", "r", false), stdio_errors());
    add_std_stream(m, "stdout", file_new(1, "<stdout>", "w", isatty(1)), stdio_errors());
    add_std_stream(m, "stderr", file_new(2, "<stderr>", "w", true), "backslashreplace");
    Object *d = module_dict(m);
    /* PYTHONUNBUFFERED: every write goes out at once, as in CPython */
    const char *unbuffered = getenv("PYTHONUNBUFFERED");
    if (unbuffered && *unbuffered) {
        ((FileObject *)dict_get_cstr(d, "stdout"))->write_through = true;
        ((FileObject *)dict_get_cstr(d, "stderr"))->write_through = true;
    }
    dict_set_cstr(d, "__stdout__", dict_get_cstr(d, "stdout"));
    dict_set_cstr(d, "__excepthook__", dict_get_cstr(d, "excepthook"));
    dict_set_cstr(d, "__unraisablehook__", dict_get_cstr(d, "unraisablehook"));
    dict_set_cstr(d, "__displayhook__", dict_get_cstr(d, "displayhook"));
    dict_set_cstr(d, "__stderr__", dict_get_cstr(d, "stderr"));
    dict_set_cstr(d, "__stdin__", dict_get_cstr(d, "stdin"));
    module_add(m, "maxsize", int_from_i64(INT64_MAX));
    module_add(m, "maxunicode", int_from_i64(0x10ffff));
    module_add(m, "byteorder", str_from_cstr("little"));
    module_add(m, "platform", str_from_cstr("linux"));
    module_add(m, "version", str_from_cstr("3.11.7 (pyedu " PYEDU_VERSION ")"));
    Object *items[11];
    items[0] = int_from_i64(3);
    items[1] = int_from_i64(11);
    items[2] = int_from_i64(7);
    items[3] = str_from_cstr("final");
    items[4] = int_from_i64(0);
    Object *version_info = structseq_new(&VersionInfoType, items, 5);
    for (int i = 0; i < 5; i++)
        DECREF(items[i]);
    module_add(m, "version_info", NEWREF(version_info));
    Object *impl = dict_new();
    set_steal(impl, "name", str_from_cstr("pyedu"));
    set_steal(impl, "cache_tag", NEWREF(OBJ_NONE));
    set_steal(impl, "version", version_info);
    set_steal(impl, "hexversion", int_from_i64(0x030b07f0));
    module_add(m, "implementation", namespace_new(impl));
    DECREF(impl);
    items[0] = float_from_double(DBL_MAX);
    items[1] = int_from_i64(DBL_MAX_EXP);
    items[2] = int_from_i64(DBL_MAX_10_EXP);
    items[3] = float_from_double(DBL_MIN);
    items[4] = int_from_i64(DBL_MIN_EXP);
    items[5] = int_from_i64(DBL_MIN_10_EXP);
    items[6] = int_from_i64(DBL_DIG);
    items[7] = int_from_i64(DBL_MANT_DIG);
    items[8] = float_from_double(DBL_EPSILON);
    items[9] = int_from_i64(FLT_RADIX);
    items[10] = int_from_i64(1);
    module_add(m, "float_info", structseq_new(&FloatInfoType, items, 11));
    for (int i = 0; i < 11; i++)
        DECREF(items[i]);
    items[0] = int_from_i64(30);
    items[1] = int_from_i64(4);
    items[2] = int_from_i64(4300);
    items[3] = int_from_i64(640);
    module_add(m, "int_info", structseq_new(&IntInfoType, items, 4));
    for (int i = 0; i < 4; i++)
        DECREF(items[i]);
    module_add(m, "hexversion", int_from_i64(0x030b07f0));
    module_add(m, "executable", str_from_cstr(program_path ? program_path : ""));
    module_add(m, "modules", NEWREF(vm.modules));
    module_add(m, "builtin_module_names",
               tuple_pack(0));
    Object *path = list_new(0);
    module_add(m, "path", path);
    sys_add_info(m);
    return m;
}

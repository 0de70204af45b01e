/* sys_info.c - the parts of sys that describe the interpreter rather than
 * run it: sys.flags, sys.hash_info, the file-system encoding, the switch
 * interval, the trace and profile hooks (which pyrun does not have), and
 * the constants programs print or test (float_repr_style, prefix, ...). */
#include "runtime.h"
#include "modules/modules.h"

#include <stdlib.h>

#define FUNCTION(name) static Object *name(Object *self, Object *const *args, size_t nargs, \
                                           TupleObject *kwnames)

/* ---- the struct sequences ----------------------------------------------------------------- */

static const MemberDef flags_fields[] = {
    STRUCTSEQ_FIELD("debug", 0), STRUCTSEQ_FIELD("inspect", 1),
    STRUCTSEQ_FIELD("interactive", 2), STRUCTSEQ_FIELD("optimize", 3),
    STRUCTSEQ_FIELD("dont_write_bytecode", 4), STRUCTSEQ_FIELD("no_user_site", 5),
    STRUCTSEQ_FIELD("no_site", 6), STRUCTSEQ_FIELD("ignore_environment", 7),
    STRUCTSEQ_FIELD("verbose", 8), STRUCTSEQ_FIELD("bytes_warning", 9),
    STRUCTSEQ_FIELD("quiet", 10), STRUCTSEQ_FIELD("hash_randomization", 11),
    STRUCTSEQ_FIELD("isolated", 12), STRUCTSEQ_FIELD("dev_mode", 13),
    STRUCTSEQ_FIELD("utf8_mode", 14), STRUCTSEQ_FIELD("warn_default_encoding", 15),
    STRUCTSEQ_FIELD("safe_path", 16), STRUCTSEQ_FIELD("int_max_str_digits", 17),
    { NULL, 0, false, false },
};
static Type FlagsType = STRUCTSEQ_TYPE("sys.flags", flags_fields,
                                       "sys.flags\n\nFlags provided through command line arguments or environment vars.");

static const MemberDef hash_info_fields[] = {
    STRUCTSEQ_FIELD("width", 0), STRUCTSEQ_FIELD("modulus", 1), STRUCTSEQ_FIELD("inf", 2),
    STRUCTSEQ_FIELD("nan", 3), STRUCTSEQ_FIELD("imag", 4), STRUCTSEQ_FIELD("algorithm", 5),
    STRUCTSEQ_FIELD("hash_bits", 6), STRUCTSEQ_FIELD("seed_bits", 7), STRUCTSEQ_FIELD("cutoff", 8),
    { NULL, 0, false, false },
};
static Type HashInfoType = STRUCTSEQ_TYPE("sys.hash_info", hash_info_fields,
                                          "hash_info\n\nA named tuple providing parameters used for computing\nhashes. The attributes are read only.");

/* A struct sequence of small ints and one string, from a C array. */
static Object *structseq_of(Type *type, const int64_t *ints, size_t n, size_t string_index,
                            const char *string)
{
    Object *items[16];
    for (size_t i = 0; i < n; i++)
        items[i] = i == string_index ? str_from_cstr(string) : int_from_i64(ints[i]);
    Object *r = structseq_new(type, items, n);
    for (size_t i = 0; i < n; i++)
        DECREF(items[i]);
    return r;
}

/* ---- functions ---------------------------------------------------------------------------- */

static double switch_interval = 0.005;

FUNCTION(sys_getswitchinterval)
{
    return float_from_double(switch_interval);
}

FUNCTION(sys_setswitchinterval)
{
    if (!arg_one("sys.setswitchinterval", nargs, kwnames))
        return NULL;
    bool ok;
    double v = float_as_double(args[0], &ok);
    if (!ok)
        return NULL;
    if (v <= 0.0)
        return err_set_string(&Exc_ValueError, "switch interval must be strictly positive");
    switch_interval = v;        /* (remembered; the GIL keeps its own 5 ms) */
    return none_ref();
}

FUNCTION(sys_getfilesystemencoding)
{
    return str_from_cstr("utf-8");
}

FUNCTION(sys_getfilesystemencodeerrors)
{
    return str_from_cstr("surrogateescape");
}

FUNCTION(sys_is_finalizing)
{
    return bool_from(false);
}

/* gettrace() / getprofile(): no hook is ever set */
FUNCTION(sys_no_hook)
{
    return none_ref();
}

/* settrace(f) / setprofile(f): pyrun has no tracing; removing the hook is
   fine, setting one is an error that says so rather than a silent no-op */
static Object *set_hook(const char *who, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    if (!arg_one(who, nargs, kwnames))
        return NULL;
    if (args[0] == OBJ_NONE)
        return none_ref();
    return err_set_string(&Exc_NotImplementedError,
                          "pyrun has no tracing or profiling hooks (sys.settrace, sys.setprofile)");
}

FUNCTION(sys_settrace) { return set_hook("sys.settrace", args, nargs, kwnames); }
FUNCTION(sys_setprofile) { return set_hook("sys.setprofile", args, nargs, kwnames); }

/* audit(event, *args): no audit hooks run in pyrun (and with none, CPython
 * looks no further than the argument count: not even at the event's type) */
FUNCTION(sys_audit)
{
    if (!arg_no_keywords("sys.audit", kwnames))
        return NULL;
    if (NARGS(nargs) < 1)
        return err_set_string(&Exc_TypeError, "audit() missing 1 required positional argument: "
                                              "'event'");
    return none_ref();
}

static const MethodDef sys_info_functions[] = {
    { "getswitchinterval", sys_getswitchinterval, METH_NOARGS },
    { "setswitchinterval", sys_setswitchinterval, 0 },
    { "getfilesystemencoding", sys_getfilesystemencoding, METH_NOARGS },
    { "getfilesystemencodeerrors", sys_getfilesystemencodeerrors, METH_NOARGS },
    { "is_finalizing", sys_is_finalizing, METH_NOARGS },
    { "gettrace", sys_no_hook, METH_NOARGS },
    { "getprofile", sys_no_hook, METH_NOARGS },
    { "settrace", sys_settrace, 0 },
    { "setprofile", sys_setprofile, 0 },
    { "audit", sys_audit, 0 },
    { NULL, NULL, 0 },
};

void sys_add_info(Object *m)
{
    module_add_functions(m, sys_info_functions);
    /* PYTHONDONTWRITEBYTECODE is honoured as CPython does (for what it
       shows: pyrun's own cache is another matter) */
    const char *no_bytecode = getenv("PYTHONDONTWRITEBYTECODE");
    bool dont_write = no_bytecode && *no_bytecode;
    int64_t flags[18] = { 0, 0, 0, 0, dont_write, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, -1 };
    Object *items[18];
    for (size_t i = 0; i < 18; i++)     /* (dev_mode and safe_path are bools) */
        items[i] = i == 13 || i == 16 ? bool_from(flags[i]) : int_from_i64(flags[i]);
    module_add(m, "flags", structseq_new(&FlagsType, items, 18));
    for (size_t i = 0; i < 18; i++)
        DECREF(items[i]);
    static const int64_t hash_info[9] = { 64, ((int64_t)1 << 61) - 1, 314159, 0, 1000003, 0,
                                          64, 128, 0 };
    module_add(m, "hash_info", structseq_of(&HashInfoType, hash_info, 9, 5, "siphash13"));
    module_add(m, "float_repr_style", str_from_cstr("short"));
    module_add(m, "dont_write_bytecode", bool_from(dont_write));
    module_add(m, "api_version", int_from_i64(1013));
    module_add(m, "abiflags", str_from_cstr(""));
    module_add(m, "platlibdir", str_from_cstr("lib"));
    module_add(m, "pycache_prefix", none_ref());
    module_add(m, "warnoptions", list_new(0));
    module_add(m, "meta_path", list_new(0));
    module_add(m, "path_hooks", list_new(0));
    module_add(m, "path_importer_cache", dict_new());
    module_add(m, "copyright", str_from_cstr("Copyright (c) 2001-2023 Python Software Foundation.\n"
                                             "All Rights Reserved."));
    static const char *const prefixes[] = { "prefix", "exec_prefix", "base_prefix",
                                            "base_exec_prefix" };
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
        module_add(m, prefixes[i], str_from_cstr("/usr/local"));
}

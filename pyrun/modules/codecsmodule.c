/* codecsmodule.c - the _codecs module: the C half of codecs.py, the
 * registry of error handlers that str.encode and bytes.decode share with
 * codecs.register_error and codecs.lookup_error (objects/codec_errors.c). */
#include "runtime.h"
#include "modules/modules.h"
#include "objects/codec_errors.h"

#define FUNCTION(name) static Object *name(Object *self, Object *const *args, size_t nargs, \
                                           TupleObject *kwnames)

FUNCTION(codecs_register_error)
{
    if (!arg_no_keywords("register_error", kwnames) ||
        !arg_range("register_error", nargs, kwnames, 2, 2))
        return NULL;
    if (!str_check(args[0]))
        return err_format(&Exc_TypeError, "register_error() argument 1 must be str, not %s",
                          arg_type_name(args[0]));
    if (!obj_is_callable(args[1]))
        return err_format(&Exc_TypeError, "handler must be callable");
    if (codec_register_error(args[0], args[1]) < 0)
        return NULL;
    return none_ref();
}

FUNCTION(codecs_lookup_error)
{
    if (!arg_one("lookup_error", nargs, kwnames))
        return NULL;
    if (!str_check(args[0]))
        return err_format(&Exc_TypeError, "lookup_error() argument must be str, not %s",
                          arg_type_name(args[0]));
    return codec_lookup_error(args[0]);
}

/* _encode(text, encoding, errors) and _decode(data, encoding, errors): the
   codec as codecs.lookup()'s functions run it (str.encode and bytes.decode
   reword an error handler's exceptions, those functions do not). */
static bool coding_args(const char *fname, Object *const *args, size_t nargs,
                        TupleObject *kwnames)
{
    if (!arg_no_keywords(fname, kwnames) || !arg_range(fname, nargs, kwnames, 3, 3))
        return false;
    if (!str_check(args[1]) || !str_check(args[2])) {
        err_format(&Exc_TypeError, "%s() argument %d must be str, not %s", fname,
                   str_check(args[1]) ? 3 : 2, arg_type_name(str_check(args[1]) ? args[2] : args[1]));
        return false;
    }
    return true;
}

FUNCTION(codecs_encode_text)
{
    if (!coding_args("_encode", args, nargs, kwnames))
        return NULL;
    if (!str_check(args[0]))
        return err_format(&Exc_TypeError, "_encode() argument 1 must be str, not %s",
                          arg_type_name(args[0]));
    return codec_encode(args[0], str_data(args[1]), str_data(args[2]));
}

FUNCTION(codecs_decode_bytes)
{
    if (!coding_args("_decode", args, nargs, kwnames))
        return NULL;
    return codec_decode(args[0], str_data(args[1]), str_data(args[2]));
}

static const MethodDef codecs_functions[] = {
    { "_encode", codecs_encode_text, 0 },
    { "_decode", codecs_decode_bytes, 0 },
    { "register_error", codecs_register_error, 0 },
    { "lookup_error", codecs_lookup_error, 0 },
    { NULL, NULL, 0 },
};

Object *codecs_module_create(void)
{
    Object *m = module_new("_codecs");
    module_add_functions(m, codecs_functions);
    return m;
}

/* errors.c - the exception being raised and the ones being handled (see errors.h). */
#include "runtime.h"

#include "vm/import.h"

#include <stdarg.h>

Object *err_occurred(void)
{
    return vm.raised;
}

/* An exception raised while another is being handled gets it as its
 * __context__ (unless that would make a cycle of contexts, which is cut). */
void err_chain_context(Object *exc)
{
    Object *handled = err_handled();
    if (!handled || handled == exc)
        return;
    /* cut exc out of the handled exception's context chain, if it is there */
    Object *o = handled;
    while (o) {
        ExceptionObject *e = (ExceptionObject *)o;
        if (e->context == exc) {
            CLEAR(e->context);
            break;
        }
        o = e->context;
    }
    exception_set_context(exc, handled);
}

Object *err_set_object(Object *exception)
{
    INCREF(exception);
    err_chain_context(exception);
    SETREF(vm.raised, exception);
    return NULL;
}

Object *err_set(Type *type, Object *value)
{
    Object *exc;
    if (value && obj_is_instance_of(value, type)) {
        exc = NEWREF(value);
    } else {
        exc = exception_new(type, value ? &value : NULL, value ? 1 : 0);
        if (!exc)
            return NULL;        /* (the constructor's own exception is set) */
    }
    err_set_object(exc);
    DECREF(exc);
    return NULL;
}

Object *err_set_string(Type *type, const char *message)
{
    Object *m = str_from_cstr(message);
    err_set(type, m);
    DECREF(m);
    return NULL;
}

static void err_vformat(Type *type, const char *fmt, va_list ap)
{
    Object *m = str_from_vformat(fmt, ap);
    err_set(type, m);
    DECREF(m);
}

Object *err_format(Type *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    err_vformat(type, fmt, ap);
    va_end(ap);
    return NULL;
}

Object *err_format_from_cause(Type *type, const char *fmt, ...)
{
    Object *cause = err_fetch();
    va_list ap;
    va_start(ap, fmt);
    err_vformat(type, fmt, ap);
    va_end(ap);
    Object *exception = err_fetch();
    if (cause) {
        exception_set_cause(exception, cause);
        exception_set_context(exception, cause);
        DECREF(cause);
    }
    err_restore(exception);
    return NULL;
}

Object *err_no_memory(void)
{
    return err_set(&Exc_MemoryError, NULL);
}

bool err_size_fits(uint64_t bytes)
{
    if (bytes <= (uint64_t)1 << 40)
        return true;
    err_no_memory();
    return false;
}

bool exception_matches(Object *exc, Object *class_or_tuple)
{
    if (tuple_check(class_or_tuple)) {
        for (size_t i = 0; i < tuple_size(class_or_tuple); i++)
            if (exception_matches(exc, tuple_get(class_or_tuple, i)))
                return true;
        return false;
    }
    if (!type_check(class_or_tuple))
        return false;
    Type *t = type_check(exc) ? (Type *)exc : exc->type;
    return type_is_subtype(t, (Type *)class_or_tuple);
}

bool err_matches(Type *type)
{
    return vm.raised && type_is_subtype(vm.raised->type, type);
}

Object *err_fetch(void)
{
    Object *e = vm.raised;
    vm.raised = NULL;
    return e;
}

void err_restore(Object *exception)
{
    SETREF(vm.raised, exception);
}

void err_clear(void)
{
    CLEAR(vm.raised);
}

Object *err_handled(void)
{
    for (ExcInfo *info = vm.exc_info; info; info = info->previous)
        if (info->exception && info->exception != OBJ_NONE)
            return info->exception;
    return NULL;
}

const char *arg_type_name(const Object *o)
{
    return o == OBJ_NONE ? "None" : obj_type_name(o);
}

Object *err_bad_argument_type(const char *function, const char *expected, Object *got)
{
    return err_format(&Exc_TypeError, "%s() argument must be %s, not %s", function, expected,
                      arg_type_name(got));
}

/* ---- describing callables in messages -------------------------------------------------------- */

Object *callable_description(Object *f)
{
    if (f->type == &MethodType)
        f = ((MethodObject *)f)->func;
    if (function_check(f)) {
        FunctionObject *fn = (FunctionObject *)f;
        if (fn->module && str_check(fn->module) && !str_equal_cstr(fn->module, "builtins"))
            return str_from_format("%s.%s()", str_data(fn->module), str_data(fn->qualname));
        return str_from_format("%s()", str_data(fn->qualname));
    }
    if (f->type == &BuiltinFunctionType) {
        BuiltinFunctionObject *b = (BuiltinFunctionObject *)f;
        if (b->self && !module_check(b->self)) {
            const char *owner = type_check(b->self) ? ((Type *)b->self)->name
                                                    : obj_type_name(b->self);
            return str_from_format("%s.%s()", owner, b->def->name);
        }
        return str_from_format("%s()", b->def->name);
    }
    if (f->type == &MethodDescrType) {
        MethodDescrObject *d = (MethodDescrObject *)f;
        return str_from_format("%s.%s()", d->owner->name, d->def->name);
    }
    if (type_check(f)) {
        Object *q = type_qualified_name((Type *)f);
        Object *r = str_from_format("%s()", q ? str_data(q) : ((Type *)f)->name);
        XDECREF(q);
        return r;
    }
    return str_from_format("%s object", obj_type_name(f));
}

void err_repeated_keyword(Object *func, Object *key)
{
    if (!str_check(key)) {
        err_set_string(&Exc_TypeError, "keywords must be strings");
        return;
    }
    Object *d = func ? callable_description(func) : str_from_cstr("function");
    err_format(&Exc_TypeError, "%s got multiple values for keyword argument '%s'", str_data(d),
               str_data(key));
    DECREF(d);
}

void err_not_mapping(Object *func, Object *other)
{
    Object *d = func ? callable_description(func) : str_from_cstr("function");
    err_format(&Exc_TypeError, "%s argument after ** must be a mapping, not %s", str_data(d),
               obj_type_name(other));
    DECREF(d);
}

int err_warn(Type *category, const char *message)
{
    Object *warnings = import_module("warnings");
    if (!warnings)
        return -1;
    Object *args[2] = { str_from_cstr(message), (Object *)category };
    StrObject *name = str_intern_cstr("warn");
    Object *r = obj_call_method(warnings, name, args, 2);
    DECREF(name);
    DECREF(args[0]);
    DECREF(warnings);
    if (!r)
        return -1;
    DECREF(r);
    return 0;
}

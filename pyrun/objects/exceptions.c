/* exceptions.c - the built-in exception classes and their instances
 * (see exceptions.h and exceptions.def). */
#include "runtime.h"
#include "objects/frameobject.h"

#include <errno.h>

/* ---- instances -------------------------------------------------------------------------- */

static Object *exc_new(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    ExceptionObject *e = (ExceptionObject *)obj_alloc(type, 0);
    e->args = tuple_from_array(args, NARGS(nargs));
    gc_track((Object *)e);
    return (Object *)e;
}

static bool no_keywords(Type *t, TupleObject *kwnames)
{
    if (!kwnames || tuple_size((Object *)kwnames) == 0)
        return true;
    err_format(&Exc_TypeError, "%s() takes no keyword arguments", t->name);
    return false;
}

static int exc_init(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    if (!no_keywords(self->type, kwnames))
        return -1;
    ExceptionObject *e = (ExceptionObject *)self;
    SETREF(e->args, tuple_from_array(args, NARGS(nargs)));
    return 0;
}

static void exc_dealloc(Object *o)
{
    ExceptionObject *e = (ExceptionObject *)o;
    gc_untrack(o);
    CLEAR(e->dict);
    CLEAR(e->args);
    CLEAR(e->traceback);
    CLEAR(e->context);
    CLEAR(e->cause);
    for (int i = 0; i < EXC_EXTRA_FIELDS; i++)
        CLEAR(e->extra[i]);
    obj_free(o);
}

static void exc_traverse(Object *o, VisitFunc visit, void *arg)
{
    ExceptionObject *e = (ExceptionObject *)o;
    Object *fields[] = { e->dict, e->args, e->traceback, e->context, e->cause };
    for (int i = 0; i < 5; i++)
        if (fields[i])
            visit(fields[i], arg);
    for (int i = 0; i < EXC_EXTRA_FIELDS; i++)
        if (e->extra[i])
            visit(e->extra[i], arg);
}

static Object *exc_clear(Object *o)
{
    ExceptionObject *e = (ExceptionObject *)o;
    CLEAR(e->dict);
    CLEAR(e->args);
    CLEAR(e->traceback);
    CLEAR(e->context);
    CLEAR(e->cause);
    for (int i = 0; i < EXC_EXTRA_FIELDS; i++)
        CLEAR(e->extra[i]);
    return NULL;
}

static Object *exc_args(Object *o)
{
    Object *a = ((ExceptionObject *)o)->args;
    return a ? a : tuple_empty();
}

static Object *exc_str(Object *o)
{
    Object *args = ((ExceptionObject *)o)->args;
    if (!args || tuple_size(args) == 0)
        return str_empty();
    if (tuple_size(args) == 1)
        return obj_str(tuple_get(args, 0));
    return obj_str(args);
}

static Object *exc_repr(Object *o)
{
    Object *args = ((ExceptionObject *)o)->args;
    const char *name = o->type->name;
    const char *dot = (o->type->flags & TYPE_HEAP) ? NULL : strrchr(name, '.');
    if (dot)
        name = dot + 1;
    if (!args || tuple_size(args) == 0)
        return str_from_format("%s()", name);
    Object *r;
    if (tuple_size(args) == 1)
        r = obj_repr(tuple_get(args, 0));
    else
        r = obj_repr(args);
    if (!r)
        return NULL;
    Object *s = tuple_size(args) == 1 ? str_from_format("%s(%s)", name, str_data(r))
                                      : str_from_format("%s%s", name, str_data(r));
    DECREF(r);
    return s;
}

Object *exception_new(Type *type, Object *const *args, size_t nargs)
{
    return obj_call((Object *)type, args, nargs, NULL);
}

Object *exception_new_message(Type *type, const char *message)
{
    Object *m = str_from_cstr(message);
    Object *e = exception_new(type, &m, 1);
    DECREF(m);
    return e;
}

void exception_set_context(Object *exception, Object *context)
{
    ExceptionObject *e = (ExceptionObject *)exception;
    XINCREF(context);
    SETREF(e->context, context);
}

void exception_set_cause(Object *exception, Object *cause)
{
    ExceptionObject *e = (ExceptionObject *)exception;
    XINCREF(cause);
    SETREF(e->cause, cause);
    e->suppress_context = true;
}

Object *stop_iteration_value(Object *exception)
{
    ExceptionObject *e = (ExceptionObject *)exception;
    if (obj_is_instance_of(exception, &Exc_StopIteration) && e->extra[EXC_STOP_VALUE])
        return NEWREF(e->extra[EXC_STOP_VALUE]);
    if (e->args && tuple_size(e->args) > 0)
        return NEWREF(tuple_get(e->args, 0));
    return none_ref();
}

/* ---- attributes of every exception ---------------------------------------------------------------- */

static Object *get_args(Object *o)
{
    return NEWREF(exc_args(o));
}

static int set_args(Object *o, Object *v)
{
    if (!v) {
        err_set_string(&Exc_TypeError, "args may not be deleted");
        return -1;
    }
    Object *t = tuple_from_iterable(v);
    if (!t)
        return -1;
    SETREF(((ExceptionObject *)o)->args, t);
    return 0;
}

static Object *or_none(Object *v)
{
    return v ? NEWREF(v) : none_ref();
}

static Object *get_traceback(Object *o) { return or_none(((ExceptionObject *)o)->traceback); }
static Object *get_context(Object *o) { return or_none(((ExceptionObject *)o)->context); }
static Object *get_cause(Object *o) { return or_none(((ExceptionObject *)o)->cause); }

static Object *get_suppress_context(Object *o)
{
    return bool_from(((ExceptionObject *)o)->suppress_context);
}

static int set_traceback(Object *o, Object *v)
{
    if (v && v != OBJ_NONE && v->type != &TracebackType) {
        err_set_string(&Exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    Object *tb = v && v != OBJ_NONE ? NEWREF(v) : NULL;
    SETREF(((ExceptionObject *)o)->traceback, tb);
    return 0;
}

static int set_context(Object *o, Object *v)
{
    if (v && v != OBJ_NONE && !exception_check(v)) {
        err_set_string(&Exc_TypeError, "exception context must be None or derive from "
                                       "BaseException");
        return -1;
    }
    Object *c = v && v != OBJ_NONE ? NEWREF(v) : NULL;
    SETREF(((ExceptionObject *)o)->context, c);
    return 0;
}

static int set_cause(Object *o, Object *v)
{
    if (v && v != OBJ_NONE && !exception_check(v)) {
        err_set_string(&Exc_TypeError, "exception cause must be None or derive from "
                                       "BaseException");
        return -1;
    }
    Object *c = v && v != OBJ_NONE ? NEWREF(v) : NULL;
    SETREF(((ExceptionObject *)o)->cause, c);
    ((ExceptionObject *)o)->suppress_context = true;
    return 0;
}

static int set_suppress_context(Object *o, Object *v)
{
    int t = v ? obj_is_true(v) : 0;
    if (t < 0)
        return -1;
    ((ExceptionObject *)o)->suppress_context = t;
    return 0;
}

static const GetSetDef base_getsets[] = {
    { "args", get_args, set_args },
    { "__traceback__", get_traceback, set_traceback },
    { "__context__", get_context, set_context },
    { "__cause__", get_cause, set_cause },
    { "__suppress_context__", get_suppress_context, set_suppress_context },
    { NULL, NULL, NULL },
};

static Object *exc_with_traceback(Object *self, Object *const *args, size_t nargs, TupleObject *k)
{
    if (!arg_one("with_traceback", nargs, k))
        return NULL;
    if (set_traceback(self, args[0]) < 0)
        return NULL;
    return NEWREF(self);
}

static Object *exc_add_note(Object *self, Object *const *args, size_t nargs, TupleObject *k)
{
    if (!arg_one("add_note", nargs, k))
        return NULL;
    if (!str_check(args[0]))
        return err_format(&Exc_TypeError, "note must be a str, not '%s'", obj_type_name(args[0]));
    Object *notes = obj_lookup_attr(self, id_dunder_notes);
    if (!notes) {
        if (err_occurred())
            return NULL;
        notes = list_new(0);
        if (obj_setattr(self, id_dunder_notes, notes) < 0) {
            DECREF(notes);
            return NULL;
        }
    }
    if (!list_check(notes)) {
        DECREF(notes);
        return err_set_string(&Exc_TypeError, "Cannot add note: __notes__ is not a list");
    }
    list_append(notes, args[0]);
    DECREF(notes);
    return none_ref();
}

static Object *exc_reduce(Object *self, Object *const *args, size_t nargs, TupleObject *k)
{
    return tuple_pack(2, (Object *)self->type, exc_args(self));
}

static const MethodDef base_methods[] = {
    { "with_traceback", exc_with_traceback, 0 },
    { "add_note", exc_add_note, 0 },
    { "__reduce__", exc_reduce, 0 },
    { NULL, NULL, 0 },
};

/* ---- the classes with attributes of their own ------------------------------------------------------ */

#define EXTRA(i) offsetof(ExceptionObject, extra) + (i) * sizeof(Object *)

/* Sets the named extra fields from keyword arguments (NameError(name=...)). */
static int init_keywords(const char *owner, Object *self, Object *const *kwvalues,
                         TupleObject *kwnames, const char *const *names, const int *slots)
{
    size_t nkw = kwnames ? tuple_size((Object *)kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        Object *k = tuple_get((Object *)kwnames, i);
        int j = 0;
        while (names[j] && !str_equal_cstr(k, names[j]))
            j++;
        if (!names[j]) {
            /* (named by the class whose __init__ takes the keywords) */
            err_format(&Exc_TypeError, "'%s' is an invalid keyword argument for %s()",
                       str_data(k), owner);
            return -1;
        }
        ExceptionObject *e = (ExceptionObject *)self;
        INCREF(kwvalues[i]);
        SETREF(e->extra[slots[j]], kwvalues[i]);
    }
    return 0;
}

static int stop_iteration_init(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (exc_init(self, args, nargs, kw) < 0)
        return -1;
    ExceptionObject *e = (ExceptionObject *)self;
    SETREF(e->extra[EXC_STOP_VALUE], NEWREF(NARGS(nargs) ? args[0] : OBJ_NONE));
    return 0;
}

static const MemberDef stop_iteration_members[] = {
    { "value", EXTRA(EXC_STOP_VALUE), false, false },
    { NULL, 0, false, false },
};

static int system_exit_init(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (exc_init(self, args, nargs, kw) < 0)
        return -1;
    ExceptionObject *e = (ExceptionObject *)self;
    size_t n = NARGS(nargs);
    SETREF(e->extra[EXC_EXIT_CODE], n == 0 ? none_ref() : n == 1 ? NEWREF(args[0]) : NEWREF(e->args));
    return 0;
}

static const MemberDef system_exit_members[] = {
    { "code", EXTRA(EXC_EXIT_CODE), false, false },
    { NULL, 0, false, false },
};

static Object *key_error_str(Object *o)
{
    Object *args = ((ExceptionObject *)o)->args;
    if (args && tuple_size(args) == 1)
        return obj_repr(tuple_get(args, 0));
    return exc_str(o);
}

static int name_error_init(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    size_t n = NARGS(nargs);
    ExceptionObject *e = (ExceptionObject *)self;
    SETREF(e->args, tuple_from_array(args, n));
    static const char *const names[] = { "name", NULL };
    static const int slots[] = { EXC_NAME };
    return init_keywords("NameError", self, args + n, kw, names, slots);
}

static const MemberDef name_error_members[] = {
    { "name", EXTRA(EXC_NAME), false, false },
    { NULL, 0, false, false },
};

static int attribute_error_init(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    size_t n = NARGS(nargs);
    ExceptionObject *e = (ExceptionObject *)self;
    SETREF(e->args, tuple_from_array(args, n));
    static const char *const names[] = { "name", "obj", NULL };
    static const int slots[] = { EXC_NAME, EXC_ATTR_OBJ };
    return init_keywords("AttributeError", self, args + n, kw, names, slots);
}

static const MemberDef attribute_error_members[] = {
    { "name", EXTRA(EXC_NAME), false, false },
    { "obj", EXTRA(EXC_ATTR_OBJ), false, false },
    { NULL, 0, false, false },
};

static int import_error_init(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    size_t n = NARGS(nargs);
    ExceptionObject *e = (ExceptionObject *)self;
    SETREF(e->args, tuple_from_array(args, n));
    if (n == 1)
        SETREF(e->extra[EXC_IMPORT_MSG], NEWREF(args[0]));
    static const char *const names[] = { "name", "path", NULL };
    static const int slots[] = { EXC_IMPORT_NAME, EXC_IMPORT_PATH };
    return init_keywords("ImportError", self, args + n, kw, names, slots);
}

static Object *import_error_str(Object *o)
{
    ExceptionObject *e = (ExceptionObject *)o;
    if (e->extra[EXC_IMPORT_MSG] && e->extra[EXC_IMPORT_MSG] != OBJ_NONE)
        return obj_str(e->extra[EXC_IMPORT_MSG]);
    return exc_str(o);
}

static const MemberDef import_error_members[] = {
    { "msg", EXTRA(EXC_IMPORT_MSG), false, false },
    { "name", EXTRA(EXC_IMPORT_NAME), false, false },
    { "path", EXTRA(EXC_IMPORT_PATH), false, false },
    { NULL, 0, false, false },
};

static int os_error_init(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (exc_init(self, args, nargs, kw) < 0)
        return -1;
    size_t n = NARGS(nargs);
    ExceptionObject *e = (ExceptionObject *)self;
    if (n >= 2 && n <= 5) {
        SETREF(e->extra[EXC_OS_ERRNO], NEWREF(args[0]));
        SETREF(e->extra[EXC_OS_STRERROR], NEWREF(args[1]));
        if (n >= 3)
            SETREF(e->extra[EXC_OS_FILENAME], NEWREF(args[2]));
        if (n == 5)
            SETREF(e->extra[EXC_OS_FILENAME2], NEWREF(args[4]));    /* (args[3]: winerror) */
        if (n >= 3)
            SETREF(e->args, tuple_pack(2, args[0], args[1]));
    }
    return 0;
}

/* OSError(errno, strerror) makes the subclass of the errno, as CPython's
   (OSError(2, 'x') is a FileNotFoundError). */
static Object *os_error_new(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    if (type == &Exc_OSError && NARGS(nargs) >= 2 && int_check(args[0])) {
        bool overflow = false;
        int64_t code = int_as_i64(args[0], &overflow);
        static const struct { int code; Type *type; } map[] = {
            { EAGAIN, &Exc_BlockingIOError }, { EALREADY, &Exc_BlockingIOError },
            { EINPROGRESS, &Exc_BlockingIOError }, { EWOULDBLOCK, &Exc_BlockingIOError },
            { ECHILD, &Exc_ChildProcessError }, { EPIPE, &Exc_BrokenPipeError },
            { ESHUTDOWN, &Exc_BrokenPipeError }, { ECONNABORTED, &Exc_ConnectionAbortedError },
            { ECONNREFUSED, &Exc_ConnectionRefusedError }, { ECONNRESET, &Exc_ConnectionResetError },
            { EEXIST, &Exc_FileExistsError }, { ENOENT, &Exc_FileNotFoundError },
            { EISDIR, &Exc_IsADirectoryError }, { ENOTDIR, &Exc_NotADirectoryError },
            { EINTR, &Exc_InterruptedError }, { EACCES, &Exc_PermissionError },
            { EPERM, &Exc_PermissionError }, { ESRCH, &Exc_ProcessLookupError },
            { ETIMEDOUT, &Exc_TimeoutError },
        };
        for (size_t i = 0; !overflow && i < sizeof map / sizeof map[0]; i++)
            if (map[i].code == code) {
                type = map[i].type;
                break;
            }
    }
    return exc_new(type, args, nargs, kwnames);
}

static Object *os_error_str(Object *o)
{
    ExceptionObject *e = (ExceptionObject *)o;
    if (e->extra[EXC_OS_FILENAME] && e->extra[EXC_OS_FILENAME] != OBJ_NONE) {
        Object *a = obj_str(e->extra[EXC_OS_ERRNO]), *b = obj_str(e->extra[EXC_OS_STRERROR]);
        Object *c = obj_repr(e->extra[EXC_OS_FILENAME]);
        Object *second = e->extra[EXC_OS_FILENAME2] && e->extra[EXC_OS_FILENAME2] != OBJ_NONE
                             ? obj_repr(e->extra[EXC_OS_FILENAME2]) : NULL;
        Object *r = a && b && c ? str_from_format("[Errno %s] %s: %s%s%s", str_data(a), str_data(b),
                                                  str_data(c), second ? " -> " : "",
                                                  second ? str_data(second) : "")
                                : NULL;
        XDECREF(second);
        XDECREF(a);
        XDECREF(b);
        XDECREF(c);
        return r;
    }
    if (e->extra[EXC_OS_ERRNO] && e->extra[EXC_OS_STRERROR]) {
        Object *a = obj_str(e->extra[EXC_OS_ERRNO]), *b = obj_str(e->extra[EXC_OS_STRERROR]);
        Object *r = a && b ? str_from_format("[Errno %s] %s", str_data(a), str_data(b)) : NULL;
        XDECREF(a);
        XDECREF(b);
        return r;
    }
    return exc_str(o);
}

static const MemberDef os_error_members[] = {
    { "errno", EXTRA(EXC_OS_ERRNO), false, false },
    { "strerror", EXTRA(EXC_OS_STRERROR), false, false },
    { "filename", EXTRA(EXC_OS_FILENAME), false, false },
    { "filename2", EXTRA(EXC_OS_FILENAME2), false, false },
    { NULL, 0, false, false },
};

static int syntax_error_init(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (exc_init(self, args, nargs, kw) < 0)
        return -1;
    size_t n = NARGS(nargs);
    ExceptionObject *e = (ExceptionObject *)self;
    if (n >= 1)
        SETREF(e->extra[EXC_SYNTAX_MSG], NEWREF(args[0]));
    if (n == 2) {
        Object *info = tuple_from_iterable(args[1]);
        if (!info)
            return -1;
        /* (filename, lineno, offset, text[, end_lineno, end_offset]) */
        size_t k = tuple_size(info);
        if (k < 4 || k > 6) {
            err_format(&Exc_TypeError, "function takes at %s %d arguments (%zu given)",
                       k < 4 ? "least" : "most", k < 4 ? 4 : 6, k);
            DECREF(info);
            return -1;
        }
        for (size_t i = 0; i < tuple_size(info) && i < 6; i++)
            SETREF(e->extra[EXC_SYNTAX_FILENAME + i], NEWREF(tuple_get(info, i)));
        DECREF(info);
    }
    return 0;
}

static Object *syntax_error_str(Object *o)
{
    ExceptionObject *e = (ExceptionObject *)o;
    Object *msg = e->extra[EXC_SYNTAX_MSG];
    if (!msg)
        return str_from_cstr("None");      /* (SyntaxError(): its msg is None) */
    Object *m = obj_str(msg);
    if (!m)
        return NULL;
    Object *file = e->extra[EXC_SYNTAX_FILENAME], *line = e->extra[EXC_SYNTAX_LINENO];
    Object *r;
    if (file && str_check(file) && line && int_check(line)) {
        const char *base = strrchr(str_data(file), '/');
        r = str_from_format("%s (%s, line %lld)", str_data(m), base ? base + 1 : str_data(file),
                            (long long)int_small_value(line));
    } else if (line && int_check(line)) {
        r = str_from_format("%s (line %lld)", str_data(m), (long long)int_small_value(line));
    } else {
        r = NEWREF(m);
    }
    DECREF(m);
    return r;
}

static const MemberDef syntax_error_members[] = {
    { "msg", EXTRA(EXC_SYNTAX_MSG), false, false },
    { "filename", EXTRA(EXC_SYNTAX_FILENAME), false, false },
    { "lineno", EXTRA(EXC_SYNTAX_LINENO), false, false },
    { "offset", EXTRA(EXC_SYNTAX_OFFSET), false, false },
    { "text", EXTRA(EXC_SYNTAX_TEXT), false, false },
    { "end_lineno", EXTRA(EXC_SYNTAX_END_LINENO), false, false },
    { "end_offset", EXTRA(EXC_SYNTAX_END_OFFSET), false, false },
    { NULL, 0, false, false },
};

/* BaseExceptionGroup(message, exceptions) */
static Object *group_new(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    if (!no_keywords(type, kwnames))
        return NULL;
    if (NARGS(nargs) != 2)
        return err_format(&Exc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 "
                                          "arguments (%zu given)", NARGS(nargs));
    if (!str_check(args[0]))
        return err_format(&Exc_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, "
                          "not %s", obj_type_name(args[0]));
    /* a sequence, as CPython's check: indexable and not a mapping (a set or an iterator is refused) */
    if (!args[1]->type->getitem || dict_check(args[1]))
        return err_set_string(&Exc_TypeError, "second argument (exceptions) must be a sequence");
    Object *excs = tuple_from_iterable(args[1]);
    if (!excs)
        return NULL;
    if (tuple_size(excs) == 0) {
        DECREF(excs);
        return err_set_string(&Exc_ValueError, "second argument (exceptions) must be a non-empty "
                                               "sequence");
    }
    bool all_exceptions = true;
    for (size_t i = 0; i < tuple_size(excs); i++) {
        Object *x = tuple_get(excs, i);
        if (!exception_check(x)) {
            DECREF(excs);
            return err_format(&Exc_ValueError, "Item %zu of second argument (exceptions) is not an "
                                               "exception", i);
        }
        if (!obj_is_instance_of(x, &Exc_Exception))
            all_exceptions = false;
    }
    if (type == &Exc_BaseExceptionGroup && all_exceptions)
        type = &Exc_ExceptionGroup;
    if (type == &Exc_ExceptionGroup && !all_exceptions) {
        DECREF(excs);
        return err_set_string(&Exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    }
    ExceptionObject *e = (ExceptionObject *)exc_new(type, args, 2, NULL);
    e->extra[EXC_GROUP_MESSAGE] = NEWREF(args[0]);
    e->extra[EXC_GROUP_EXCEPTIONS] = excs;
    return (Object *)e;
}

static int group_init(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    return 0;
}

static Object *group_str(Object *o)
{
    ExceptionObject *e = (ExceptionObject *)o;
    size_t n = e->extra[EXC_GROUP_EXCEPTIONS] ? tuple_size(e->extra[EXC_GROUP_EXCEPTIONS]) : 0;
    return str_from_format("%s (%zu sub-exception%s)",
                           e->extra[EXC_GROUP_MESSAGE] ? str_data(e->extra[EXC_GROUP_MESSAGE]) : "",
                           n, n == 1 ? "" : "s");
}

static const MemberDef group_members[] = {
    { "message", EXTRA(EXC_GROUP_MESSAGE), true, false },
    { "exceptions", EXTRA(EXC_GROUP_EXCEPTIONS), true, false },
    { NULL, 0, false, false },
};

/* eg.derive(excs): a group of the same message (as BaseExceptionGroup). */
static Object *group_derive(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (!arg_one("derive", nargs, kw))
        return NULL;
    Object *pair[2] = { ((ExceptionObject *)self)->extra[EXC_GROUP_MESSAGE], args[0] };
    return obj_call((Object *)&Exc_BaseExceptionGroup, pair, 2, NULL);
}

/* A part of g: g.derive(items) with g's traceback, cause, context and
   notes; None when items is empty.  Setting the cause suppresses the
   context, even a cause of None, as in CPython: a part's context is not
   shown in a traceback. */
Object *exception_group_derive(Object *g, Object *items)
{
    if (list_size(items) == 0)
        return none_ref();
    StrObject *name = str_intern_cstr("derive");
    Object *r = obj_call_method(g, name, &items, 1);
    DECREF(name);
    if (!r)
        return NULL;
    if (!exception_check(r)) {
        DECREF(r);
        return err_set_string(&Exc_TypeError, "derive must return an instance of "
                                              "BaseExceptionGroup");
    }
    ExceptionObject *src = (ExceptionObject *)g, *e = (ExceptionObject *)r;
    XINCREF(src->traceback);
    SETREF(e->traceback, src->traceback);
    exception_set_cause(r, src->cause);
    XINCREF(src->context);
    SETREF(e->context, src->context);
    StrObject *notes_name = str_intern_cstr("__notes__");
    Object *notes = src->dict ? dict_get_str(src->dict, (Object *)notes_name) : NULL;
    if (notes) {
        Object *copy = list_from_iterable(notes);
        if (!copy || obj_setattr(r, notes_name, copy) < 0)
            CLEAR(r);
        XDECREF(copy);
    }
    DECREF(notes_name);
    return r;
}

/* Does exc satisfy the condition of split()/subgroup()/except*: a type, a
   tuple of types, or a predicate? 1, 0, -1 */
static int condition_holds(Object *exc, Object *cond)
{
    if (type_check(cond) || tuple_check(cond))
        return exception_matches(exc, cond);
    Object *r = obj_call1(cond, exc);
    if (!r)
        return -1;
    int t = obj_is_true(r);
    DECREF(r);
    return t;
}

int exception_group_split(Object *g, Object *cond, Object **match, Object **rest)
{
    *match = *rest = NULL;
    int holds = condition_holds(g, cond);
    if (holds < 0)
        return -1;
    if (holds || !obj_is_instance_of(g, &Exc_BaseExceptionGroup)) {
        *match = holds ? NEWREF(g) : none_ref();
        *rest = holds ? none_ref() : NEWREF(g);
        return 0;
    }
    Object *excs = ((ExceptionObject *)g)->extra[EXC_GROUP_EXCEPTIONS];
    Object *m_items = list_new(0), *r_items = list_new(0);
    int status = 0;
    for (size_t i = 0; i < tuple_size(excs) && status == 0; i++) {
        Object *m, *r;
        status = exception_group_split(tuple_get(excs, i), cond, &m, &r);
        if (status == 0) {
            if (m != OBJ_NONE)
                list_append(m_items, m);
            if (r != OBJ_NONE)
                list_append(r_items, r);
        }
        XDECREF(m);
        XDECREF(r);
    }
    if (status == 0) {
        *match = exception_group_derive(g, m_items);
        *rest = *match ? exception_group_derive(g, r_items) : NULL;
        if (!*rest) {
            CLEAR(*match);
            status = -1;
        }
    }
    DECREF(m_items);
    DECREF(r_items);
    return status;
}

static bool valid_condition(Object *cond)
{
    bool ok = false;
    if (type_check(cond))
        ok = type_is_subtype((Type *)cond, &Exc_BaseException);
    else if (tuple_check(cond)) {
        ok = true;
        for (size_t i = 0; i < tuple_size(cond); i++)
            if (!exception_class_check(tuple_get(cond, i)))
                ok = false;
    } else {
        ok = cond->type->call != NULL;
    }
    if (!ok)
        err_set_string(&Exc_TypeError, "expected a function, exception type or tuple of "
                                       "exception types");
    return ok;
}

static Object *group_split_method(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (!arg_one("split", nargs, kw) || !valid_condition(args[0]))
        return NULL;
    Object *m, *r;
    if (exception_group_split(self, args[0], &m, &r) < 0)
        return NULL;
    Object *pair = tuple_pack(2, m, r);
    DECREF(m);
    DECREF(r);
    return pair;
}

static Object *group_subgroup(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (!arg_one("subgroup", nargs, kw) || !valid_condition(args[0]))
        return NULL;
    Object *m, *r;
    if (exception_group_split(self, args[0], &m, &r) < 0)
        return NULL;
    DECREF(r);
    return m;
}

static const MethodDef group_methods[] = {
    { "derive", group_derive, 0 },
    { "split", group_split_method, 0 },
    { "subgroup", group_subgroup, 0 },
    { NULL, NULL, 0 },
};

/* ---- the types -------------------------------------------------------------------------------------- */

#define Exc_NONE ObjectType
#define EXCEPTION(ename, ebase, edoc)                                                     \
    Type Exc_##ename = {                                                                  \
        .head = STATIC_HEADER(&TypeType),                                                 \
        .name = #ename,                                                                   \
        .basicsize = sizeof(ExceptionObject),                                             \
        .flags = TYPE_BASETYPE | TYPE_GC | TYPE_EXCEPTION_SUBCLASS,                       \
        .doc = edoc,                                                                      \
        .base = &Exc_##ebase,                                                             \
        .dictoffset = offsetof(ExceptionObject, dict),                                    \
    };
#include "objects/exceptions.def"
#undef EXCEPTION
#undef Exc_NONE

/* ---- UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError ---------------------------- */

/* Their arguments are (encoding, object, start, end, reason), without the
   encoding for UnicodeTranslateError; str() words the message from these
   attributes, which a handler may change. */

static bool is_translate_error(Type *t) { return type_is_subtype(t, &Exc_UnicodeTranslateError); }
static bool is_decode_error(Type *t) { return type_is_subtype(t, &Exc_UnicodeDecodeError); }
static bool is_encode_error(Type *t) { return type_is_subtype(t, &Exc_UnicodeEncodeError); }

static int unicode_error_init(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (exc_init(self, args, nargs, kw) < 0)
        return -1;
    Type *t = self->type;
    bool translate = is_translate_error(t), decode = is_decode_error(t);
    if (!translate && !decode && !is_encode_error(t))
        return 0;               /* a plain UnicodeError takes any arguments */
    size_t n = NARGS(nargs), want = translate ? 4 : 5;
    if (n != want) {
        err_format(&Exc_TypeError, "function takes exactly %zu arguments (%zu given)", want, n);
        return -1;
    }
    Object *const *a = translate ? args - 1 : args;     /* a[1] is the object in both */
    if (!translate && !str_check(a[0])) {
        err_format(&Exc_TypeError, "argument 1 must be str, not %s", obj_type_name(a[0]));
        return -1;
    }
    for (size_t i = 2; i <= 3; i++)
        if (!int_check(a[i])) {
            err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                       obj_type_name(a[i]));
            return -1;
        }
    if (!str_check(a[4])) {
        err_format(&Exc_TypeError, "argument %zu must be str, not %s", want,
                   obj_type_name(a[4]));
        return -1;
    }
    Object *object;
    if (decode) {
        const char *data;
        size_t size;
        if (!bytes_like_view(a[1], &data, &size)) {
            err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'",
                       obj_type_name(a[1]));
            return -1;
        }
        object = bytes_from(data, size);
    } else {
        if (!str_check(a[1])) {
            err_format(&Exc_TypeError, "argument %d must be str, not %s", translate ? 1 : 2,
                       obj_type_name(a[1]));
            return -1;
        }
        object = NEWREF(a[1]);
    }
    ExceptionObject *e = (ExceptionObject *)self;
    SETREF(e->extra[EXC_UNICODE_ENCODING], translate ? none_ref() : NEWREF(a[0]));
    SETREF(e->extra[EXC_UNICODE_OBJECT], object);
    SETREF(e->extra[EXC_UNICODE_START], NEWREF(a[2]));
    SETREF(e->extra[EXC_UNICODE_END], NEWREF(a[3]));
    SETREF(e->extra[EXC_UNICODE_REASON], NEWREF(a[4]));
    return 0;
}

/* "\xe9", "\u20ac" or "\U0001f600": how the messages show one character */
static void put_escaped_codepoint(Buf *b, uint32_t cp)
{
    buf_printf(b, cp <= 0xFF ? "\\x%02x" : cp <= 0xFFFF ? "\\u%04x" : "\\U%08x", cp);
}

static Object *unicode_error_str(Object *o)
{
    ExceptionObject *e = (ExceptionObject *)o;
    Object *object = e->extra[EXC_UNICODE_OBJECT];
    if (!object)
        return exc_str(o);
    bool decode = is_decode_error(o->type), translate = is_translate_error(o->type);
    bool overflow = false;
    int64_t start = int_check(e->extra[EXC_UNICODE_START])
                        ? int_as_i64(e->extra[EXC_UNICODE_START], &overflow) : 0;
    int64_t end = int_check(e->extra[EXC_UNICODE_END])
                      ? int_as_i64(e->extra[EXC_UNICODE_END], &overflow) : 0;
    Object *reason = obj_str(e->extra[EXC_UNICODE_REASON]);
    Object *encoding = translate ? NULL : obj_str(e->extra[EXC_UNICODE_ENCODING]);
    if (!reason || (!translate && !encoding)) {
        XDECREF(reason);
        XDECREF(encoding);
        return NULL;
    }
    int64_t len = decode ? (int64_t)bytes_size(object) : (int64_t)str_length(object);
    bool one = !overflow && start >= 0 && start < len && end >= 0 && end <= len &&
               end == start + 1;
    Buf b;
    buf_init(&b);
    if (!translate)
        buf_printf(&b, "'%s' codec ", str_data(encoding));
    const char *verb = decode ? "decode" : translate ? "translate" : "encode";
    if (one && decode) {
        buf_printf(&b, "can't decode byte 0x%02x in position %lld: ",
                   (unsigned char)bytes_data(object)[start], (long long)start);
    } else if (one) {
        buf_printf(&b, "can't %s character '", verb);
        put_escaped_codepoint(&b, str_codepoint_at(object, (size_t)start));
        buf_printf(&b, "' in position %lld: ", (long long)start);
    } else {
        buf_printf(&b, "can't %s %s in position %lld-%lld: ", verb,
                   decode ? "bytes" : "characters", (long long)start, (long long)end - 1);
    }
    buf_puts(&b, str_data(reason));
    Object *r = str_from_utf8(b.data, b.len);
    buf_free(&b);
    DECREF(reason);
    XDECREF(encoding);
    return r;
}

static const MemberDef unicode_error_members[] = {
    { "encoding", EXTRA(EXC_UNICODE_ENCODING), false, false },
    { "object", EXTRA(EXC_UNICODE_OBJECT), false, false },
    { "start", EXTRA(EXC_UNICODE_START), false, false },
    { "end", EXTRA(EXC_UNICODE_END), false, false },
    { "reason", EXTRA(EXC_UNICODE_REASON), false, false },
    { NULL, 0, false, false },
};

static Object *raise_unicode_error(Type *type, const char *encoding, Object *object,
                                   int64_t start, int64_t end, const char *reason)
{
    Object *args[5] = { str_from_cstr(encoding), object, int_from_i64(start),
                        int_from_i64(end), str_from_cstr(reason) };
    Object *e = obj_call((Object *)type, args, 5, NULL);
    DECREF(args[0]);
    DECREF(args[2]);
    DECREF(args[3]);
    DECREF(args[4]);
    if (e) {
        err_set_object(e);
        DECREF(e);
    }
    return NULL;
}

Object *err_unicode_decode(const char *encoding, const char *data, size_t size, size_t start,
                           size_t end, const char *reason)
{
    Object *object = bytes_from(data, size);
    raise_unicode_error(&Exc_UnicodeDecodeError, encoding, object, (int64_t)start,
                        (int64_t)end, reason);
    DECREF(object);
    return NULL;
}

Object *err_unicode_encode(const char *encoding, Object *str, size_t start, size_t end,
                           const char *reason)
{
    return raise_unicode_error(&Exc_UnicodeEncodeError, encoding, str, (int64_t)start,
                               (int64_t)end, reason);
}

/* The special behaviour of a few classes, attached before type_ready. */
static void customize(Type *t, InitFunc init, UnaryFunc str, const MemberDef *members)
{
    if (init)
        t->init = init;
    if (str)
        t->str = str;
    t->members = members;
}

void exception_init_types(void)
{
    Type *base = &Exc_BaseException;
    base->dealloc = exc_dealloc;
    base->traverse = exc_traverse;
    base->clear_refs = exc_clear;
    base->repr = exc_repr;
    base->str = exc_str;
    base->new_ = exc_new;
    base->init = exc_init;
    base->getattr = obj_generic_getattr;
    base->setattr = obj_generic_setattr;
    base->getsets = base_getsets;
    base->methods = base_methods;
    customize(&Exc_StopIteration, stop_iteration_init, NULL, stop_iteration_members);
    customize(&Exc_SystemExit, system_exit_init, NULL, system_exit_members);
    customize(&Exc_KeyError, NULL, key_error_str, NULL);
    customize(&Exc_NameError, name_error_init, NULL, name_error_members);
    customize(&Exc_AttributeError, attribute_error_init, NULL, attribute_error_members);
    customize(&Exc_ImportError, import_error_init, import_error_str, import_error_members);
    customize(&Exc_OSError, os_error_init, os_error_str, os_error_members);
    Exc_OSError.new_ = os_error_new;
    customize(&Exc_SyntaxError, syntax_error_init, syntax_error_str, syntax_error_members);
    customize(&Exc_UnicodeError, unicode_error_init, unicode_error_str, unicode_error_members);
    customize(&Exc_BaseExceptionGroup, group_init, group_str, group_members);
    Exc_BaseExceptionGroup.new_ = group_new;
    Exc_BaseExceptionGroup.methods = group_methods;
#define EXCEPTION(name, base, doc) type_ready(&Exc_##name);
#include "objects/exceptions.def"
#undef EXCEPTION
    /* ExceptionGroup derives from both BaseExceptionGroup and Exception */
    Type *eg = &Exc_ExceptionGroup;
    SETREF(eg->bases, (TupleObject *)tuple_pack(2, (Object *)&Exc_BaseExceptionGroup,
                                                (Object *)&Exc_Exception));
    type_compute_mro(eg);
    type_modified(eg);
}

/* ---- tracebacks ---------------------------------------------------------------------------------------- */

Object *traceback_new(Object *next, Object *code, Object *globals, uint32_t instr)
{
    TracebackObject *tb = (TracebackObject *)obj_alloc(&TracebackType, 0);
    tb->next = next;
    tb->code = NEWREF(code);
    tb->globals = globals ? NEWREF(globals) : NULL;
    tb->instr = instr;
    gc_track((Object *)tb);
    return (Object *)tb;
}

void exception_add_traceback(Object *exception, Object *code, Object *globals, uint32_t instr)
{
    ExceptionObject *e = (ExceptionObject *)exception;
    e->traceback = traceback_new(e->traceback, code, globals, instr);
}

static void traceback_dealloc(Object *o)
{
    TracebackObject *tb = (TracebackObject *)o;
    gc_untrack(o);
    CLEAR(tb->next);
    CLEAR(tb->code);
    CLEAR(tb->globals);
    obj_free(o);
}

static void traceback_traverse(Object *o, VisitFunc visit, void *arg)
{
    TracebackObject *tb = (TracebackObject *)o;
    if (tb->next)
        visit(tb->next, arg);
    if (tb->code)
        visit(tb->code, arg);
    if (tb->globals)
        visit(tb->globals, arg);
}

static Object *tb_get_next(Object *o) { return or_none(((TracebackObject *)o)->next); }

/* tb_next may be changed (to cut a traceback short), but not into a loop */
static int tb_set_next(Object *o, Object *value)
{
    if (!value) {
        err_set_string(&Exc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (value == OBJ_NONE) {
        CLEAR(((TracebackObject *)o)->next);
        return 0;
    }
    if (value->type != &TracebackType) {
        err_format(&Exc_TypeError, "expected traceback object or None, got '%s'",
                   obj_type_name(value));
        return -1;
    }
    for (Object *t = value; t; t = ((TracebackObject *)t)->next)
        if (t == o) {
            err_set_string(&Exc_ValueError, "traceback loop detected");
            return -1;
        }
    INCREF(value);
    SETREF(((TracebackObject *)o)->next, value);
    return 0;
}

static Object *tb_get_lineno(Object *o)
{
    TracebackObject *tb = (TracebackObject *)o;
    return int_from_i64(code_line((CodeObject *)tb->code, tb->instr));
}

static Object *tb_get_lasti(Object *o)
{
    return int_from_i64((int64_t)((TracebackObject *)o)->instr * 2);
}

static Object *tb_get_frame(Object *o)
{
    return frame_object_for_traceback(o);
}

static const GetSetDef traceback_getsets[] = {
    { "tb_next", tb_get_next, tb_set_next },
    { "tb_lineno", tb_get_lineno, NULL },
    { "tb_lasti", tb_get_lasti, NULL },
    { "tb_frame", tb_get_frame, NULL },
    { NULL, NULL, NULL },
};

Type TracebackType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "traceback",
    .basicsize = sizeof(TracebackObject),
    .flags = TYPE_GC,
    .dealloc = traceback_dealloc,
    .traverse = traceback_traverse,
    .getsets = traceback_getsets,
};

/* call.c - binding a call's arguments to a function's parameters (see call.h). */
#include "runtime.h"

#include <stdio.h>

static const char *qualname_of(FunctionObject *f)
{
    return str_data(f->qualname);
}

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static void list_names(Buf *b, Object *const *names, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            buf_puts(b, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        buf_printf(b, "'%s'", str_data(names[i]));
    }
}

static void missing_arguments(FunctionObject *f, Frame *frame, int64_t first, int64_t stop,
                              bool kwonly, int64_t defcount)
{
    CodeObject *co = f->code;
    Object *small[16];
    size_t cap = (size_t)(stop - first), n = 0;
    Object **names = cap <= 16 ? small : mem_alloc(cap * sizeof(Object *));
    for (int64_t i = first; i < stop; i++) {
        if (frame->localsplus[i])
            continue;
        if (kwonly && f->kwdefaults) {
            Object *d = dict_get(f->kwdefaults, tuple_get(co->varnames, (size_t)i));
            if (d)
                continue;
        }
        names[n++] = tuple_get(co->varnames, (size_t)i);
    }
    (void)defcount;
    Buf b;
    buf_init(&b);
    list_names(&b, names, n);
    err_format(&Exc_TypeError, "%s() missing %zu required %s argument%s: %s", qualname_of(f), n,
               kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s", b.data);
    buf_free(&b);
    if (names != small)
        mem_free(names, cap * sizeof(Object *));
}

static void too_many_positional(FunctionObject *f, Frame *frame, size_t given, size_t defcount)
{
    CodeObject *co = f->code;
    size_t kwonly_given = 0;
    for (int32_t i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
        if (frame->localsplus[i])
            kwonly_given++;
    char sig[64];
    bool plural = co->argcount != 1;
    if (defcount) {
        snprintf(sig, sizeof sig, "from %zu to %d", (size_t)co->argcount - defcount, co->argcount);
        plural = true;
    } else {
        snprintf(sig, sizeof sig, "%d", co->argcount);
    }
    char kwonly_sig[100] = "";
    if (kwonly_given)
        snprintf(kwonly_sig, sizeof kwonly_sig, " positional argument%s (and %zu keyword-only "
                 "argument%s)", given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    err_format(&Exc_TypeError, "%s() takes %s positional argument%s but %zu%s %s given",
               qualname_of(f), sig, plural ? "s" : "", given, kwonly_sig,
               given == 1 && !kwonly_given ? "was" : "were");
}

/* The parameter a keyword names: its index, -1 if none (posonly: -2 when it
 * names a positional-only parameter). */
static int64_t find_keyword(CodeObject *co, Object *key, int64_t total)
{
    for (int64_t j = co->posonlyargcount; j < total; j++)
        if (tuple_get(co->varnames, (size_t)j) == key)
            return j;
    for (int64_t j = co->posonlyargcount; j < total; j++)
        if (str_equal(tuple_get(co->varnames, (size_t)j), key))
            return j;
    for (int64_t j = 0; j < co->posonlyargcount; j++)
        if (str_equal(tuple_get(co->varnames, (size_t)j), key))
            return -2;
    return -1;
}

int call_bind_arguments(FunctionObject *func, Frame *f, Object *const *args, size_t nargs,
                        TupleObject *kwnames)
{
    CodeObject *co = func->code;
    Object **locals = f->localsplus;
    nargs = NARGS(nargs);
    int64_t total = co->argcount + co->kwonlyargcount;
    Object *kwdict = NULL;
    if (co->flags & CO_VARKEYWORDS) {
        kwdict = dict_new();
        locals[total + ((co->flags & CO_VARARGS) ? 1 : 0)] = kwdict;
    }
    size_t npos = nargs < (size_t)co->argcount ? nargs : (size_t)co->argcount;
    for (size_t i = 0; i < npos; i++)
        locals[i] = NEWREF(args[i]);
    if (co->flags & CO_VARARGS)
        locals[total] = nargs > npos ? tuple_from_array(args + npos, nargs - npos) : tuple_empty();

    size_t nkw = kwnames ? tuple_size((Object *)kwnames) : 0;
    Object *posonly_names = NULL;
    for (size_t k = 0; k < nkw; k++) {
        Object *key = tuple_get((Object *)kwnames, k);
        Object *value = args[nargs + k];
        if (!str_check(key)) {
            err_format(&Exc_TypeError, "%s() keywords must be strings", qualname_of(func));
            goto fail;
        }
        int64_t j = find_keyword(co, key, total);
        if (j < 0) {
            if (kwdict) {
                if (dict_set(kwdict, key, value) < 0)
                    goto fail;
                continue;
            }
            if (j == -2) {
                if (!posonly_names)
                    posonly_names = list_new(0);
                list_append(posonly_names, key);
                continue;
            }
            err_format(&Exc_TypeError, "%s() got an unexpected keyword argument '%s'",
                       qualname_of(func), str_data(key));
            goto fail;
        }
        if (locals[j]) {
            err_format(&Exc_TypeError, "%s() got multiple values for argument '%s'",
                       qualname_of(func), str_data(key));
            goto fail;
        }
        locals[j] = NEWREF(value);
    }
    if (posonly_names) {
        Buf b;
        buf_init(&b);
        for (size_t i = 0; i < list_size(posonly_names); i++)
            buf_printf(&b, "%s%s", i ? ", " : "", str_data(list_get(posonly_names, i)));
        /* CPython quotes the list as a whole: 'a, b' */
        err_format(&Exc_TypeError, "%s() got some positional-only arguments passed as keyword "
                   "arguments: '%s'", qualname_of(func), b.data);
        buf_free(&b);
        goto fail;
    }

    size_t defcount = func->defaults ? tuple_size(func->defaults) : 0;
    if (nargs > (size_t)co->argcount && !(co->flags & CO_VARARGS)) {
        too_many_positional(func, f, nargs, defcount);
        goto fail;
    }
    if (nargs < (size_t)co->argcount) {
        int64_t m = co->argcount - (int64_t)defcount;
        for (int64_t i = (int64_t)nargs; i < m; i++) {
            if (!locals[i]) {
                missing_arguments(func, f, (int64_t)nargs, m, false, (int64_t)defcount);
                goto fail;
            }
        }
        for (int64_t i = m > (int64_t)nargs ? m : (int64_t)nargs; i < co->argcount; i++)
            if (!locals[i])
                locals[i] = NEWREF(tuple_get(func->defaults, (size_t)(i - m)));
    }
    if (co->kwonlyargcount > 0) {
        for (int64_t i = co->argcount; i < total; i++) {
            if (locals[i])
                continue;
            Object *d = func->kwdefaults ? dict_get(func->kwdefaults,
                                                    tuple_get(co->varnames, (size_t)i))
                                         : NULL;
            if (!d) {
                missing_arguments(func, f, co->argcount, total, true, 0);
                goto fail;
            }
            locals[i] = NEWREF(d);
        }
    }
    XDECREF(posonly_names);
    return 0;
fail:
    XDECREF(posonly_names);
    return -1;
}

/* The cells of the frame: its own (some holding an argument) and the closure's. */
static void init_cells(FunctionObject *func, Frame *f)
{
    CodeObject *co = func->code;
    Object **cells = f->localsplus + co->nlocals;
    for (int32_t i = 0; i < co->ncellvars; i++) {
        int32_t arg = co->cell2arg ? co->cell2arg[i] : -1;
        if (arg >= 0) {
            cells[i] = cell_new(f->localsplus[arg]);
            CLEAR(f->localsplus[arg]);
        } else {
            cells[i] = cell_new(NULL);
        }
    }
    if (co->nfreevars && func->closure) {
        Object **frees = cells + co->ncellvars;
        for (int32_t i = 0; i < co->nfreevars && (size_t)i < tuple_size(func->closure); i++)
            frees[i] = NEWREF(tuple_get(func->closure, (size_t)i));
    }
}

/* call_prepare_frame, with a locals mapping for the frame (or NULL). */
static Frame *prepare_frame(FunctionObject *func, Object *const *args, size_t nargs,
                            TupleObject *kwnames, Object *locals, Object **gen)
{
    CodeObject *co = func->code;
    bool is_gen = (co->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0;
    INCREF(func);
    Frame *f = is_gen ? frame_new_heap(co, (Object *)func, func->globals, func->builtins, locals)
                      : frame_push(co, (Object *)func, func->globals, func->builtins, locals);
    *gen = NULL;
    if (call_bind_arguments(func, f, args, nargs, kwnames) < 0) {
        if (is_gen)
            frame_free_heap(f);
        else
            frame_pop(f);
        return NULL;
    }
    init_cells(func, f);
    if (is_gen) {
        *gen = gen_new(f, (Object *)co, func->name, func->qualname);
        return NULL;
    }
    return f;
}

Frame *call_prepare_frame(FunctionObject *func, Object *const *args, size_t nargs,
                          TupleObject *kwnames, Object **gen)
{
    return prepare_frame(func, args, nargs, kwnames, NULL, gen);
}

Object *call_with_locals(FunctionObject *func, Object *locals)
{
    Object *gen;
    Frame *f = prepare_frame(func, NULL, 0, NULL, locals, &gen);
    if (!f)
        return gen;
    f->is_entry = true;
    return eval_frame(f);
}

Object *function_call(Object *callable, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    FunctionObject *func = (FunctionObject *)callable;
    Object *gen;
    Frame *f = call_prepare_frame(func, args, nargs, kwnames, &gen);
    if (!f)
        return gen;
    f->is_entry = true;
    return eval_frame(f);
}

/* f(*args, **kwargs): the tuple and dict become an argument array and names. */
Object *call_with_tuple_dict(Object *callable, Object *args, Object *kwargs)
{
    size_t n = tuple_size(args);
    size_t nkw = kwargs ? dict_size(kwargs) : 0;
    if (nkw == 0)
        return obj_call(callable, ((TupleObject *)args)->items, n, NULL);
    size_t total = n + nkw + 1;
    Object *small[16];
    Object **all = total <= 16 ? small : mem_alloc(total * sizeof(Object *));
    TupleObject *names = tuple_new(nkw);
    memcpy(all + 1, ((TupleObject *)args)->items, n * sizeof(Object *));
    size_t pos = 0, k = 0;
    Object *key, *value;
    while (dict_next(kwargs, &pos, &key, &value)) {
        names->items[k] = NEWREF(key);
        all[1 + n + k] = value;
        k++;
    }
    for (size_t i = 0; i < nkw; i++)
        INCREF(all[1 + n + i]);
    Object *r = obj_call(callable, all + 1, n | CALL_ARGS_OFFSET, names);
    for (size_t i = 0; i < nkw; i++)
        DECREF(all[1 + n + i]);
    DECREF(names);
    if (all != small)
        mem_free(all, total * sizeof(Object *));
    return r;
}

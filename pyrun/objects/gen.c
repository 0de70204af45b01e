/* gen.c - generators, coroutines (generators driven by await) and
 * asynchronous generators (see gen.h; their awaitables are in asyncgen.c). */
#include "runtime.h"
#include "vm/import.h"
#include "objects/frameobject.h"

#include <stdio.h>
#include "bytecode.h"

Object *gen_new(Frame *frame, Object *code, Object *name, Object *qualname)
{
    uint32_t flags = ((CodeObject *)code)->flags;
    Type *type = flags & CO_COROUTINE ? &CoroType : flags & CO_ASYNC_GENERATOR ? &AsyncGenType
                                                                               : &GenType;
    GenObject *g = (GenObject *)obj_alloc(type, 0);
    g->frame = frame;
    g->code = NEWREF(code);
    g->name = NEWREF(name);
    g->qualname = NEWREF(qualname);
    frame->gen = (Object *)g;
    gc_track((Object *)g);
    return (Object *)g;
}

static const char *kind_name(GenObject *g)
{
    return g->head.type == &CoroType ? "coroutine"
         : g->head.type == &AsyncGenType ? "async generator" : "generator";
}

static bool just_started(GenObject *g)
{
    return g->frame && g->frame->ip == g->frame->code->instrs;
}

/* Frees a finished generator's frame. */
static void finish(GenObject *g)
{
    Frame *f = g->frame;
    if (f) {
        g->frame = NULL;
        frame_free_heap(f);
    }
}

/* Runs the frame: with `value` pushed (a send), or raising the current
 * exception at the suspended instruction (a throw). */
static Object *resume(GenObject *g, Object *value, bool throwing, bool *is_return)
{
    Frame *f = g->frame;
    *is_return = false;
    if (g->running) {
        err_format(&Exc_ValueError, "%s already executing", kind_name(g));
        return NULL;
    }
    if (!f) {
        if (g->head.type == &CoroType) {
            /* a generator just stops again; a coroutine is awaited once (close() never gets here) */
            err_set_string(&Exc_RuntimeError, "cannot reuse already awaited coroutine");
            return NULL;
        }
        if (throwing)
            return NULL;        /* the exception propagates as it is */
        *is_return = true;
        return none_ref();
    }
    if (!throwing) {
        if (just_started(g) && value != OBJ_NONE) {
            err_format(&Exc_TypeError, "can't send non-None value to a just-started %s",
                       kind_name(g));
            return NULL;
        }
        *f->sp++ = NEWREF(value);
    }
    f->throwing = throwing;
    f->yielded = false;
    f->is_entry = true;
    g->running = true;
    g->exc_state.previous = vm.exc_info;
    vm.exc_info = &g->exc_state;
    Object *result = eval_frame(f);
    vm.exc_info = g->exc_state.previous;
    g->exc_state.previous = NULL;
    g->running = false;
    if (result && f->yielded)
        return result;
    /* the frame returned or raised: the generator is finished */
    finish(g);
    CLEAR(g->exc_state.exception);
    if (result) {
        *is_return = true;
        return result;
    }
    if (err_matches(&Exc_StopIteration)) {
        /* PEP 479: a StopIteration escaping the frame becomes RuntimeError */
        err_format_from_cause(&Exc_RuntimeError, "%s raised StopIteration", kind_name(g));
    }
    return NULL;
}

Object *gen_send(GenObject *g, Object *value, bool *is_return)
{
    return resume(g, value, false, is_return);
}

/* Raises StopIteration(value) for a generator that returned value. */
Object *gen_stop_iteration(Object *value)
{
    if (value == OBJ_NONE) {
        err_set(&Exc_StopIteration, NULL);
    } else {
        /* a tuple or exception value must not be unpacked into args */
        Object *exc = exception_new(&Exc_StopIteration, &value, 1);
        if (exc) {
            err_set_object(exc);
            DECREF(exc);
        }
    }
    DECREF(value);
    return NULL;
}

static Object *gen_iternext(Object *o)
{
    bool is_return;
    Object *r = gen_send((GenObject *)o, OBJ_NONE, &is_return);
    if (r && is_return) {
        if (r != OBJ_NONE)
            return gen_stop_iteration(r);
        DECREF(r);
        return NULL;
    }
    return r;
}

static Object *gen_send_method(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (!arg_one("send", nargs, kw))
        return NULL;
    bool is_return;
    Object *r = gen_send((GenObject *)self, args[0], &is_return);
    if (r && is_return)
        return gen_stop_iteration(r);
    return r;
}

/* The iterator a frame suspended in `yield from` is delegating to, or NULL. */
static Object *delegate_of(GenObject *g)
{
    Frame *f = g->frame;
    if (!f || !f->yielded || f->ip->op != OP_YIELD_FROM)
        return NULL;
    return f->sp[-1];
}

static Object *close_iterator(Object *it)
{
    if (gen_check(it) || it->type == &CoroType)
        return obj_call_method(it, id_close, NULL, 0);
    Object *close = obj_lookup_attr(it, id_close);
    if (!close)
        return err_occurred() ? NULL : none_ref();
    Object *r = obj_call0(close);
    DECREF(close);
    return r;
}

/* The value a StopIteration carries; the current exception is cleared. */
static Object *fetch_stop_value(void)
{
    Object *exc = err_fetch();
    Object *v = stop_iteration_value(exc);
    DECREF(exc);
    return v;
}

Object *gen_throw(GenObject *g, Object *exc, bool *is_return)
{
    *is_return = false;
    Object *yf = delegate_of(g);
    if (yf) {
        INCREF(yf);
        Object *r;
        if (obj_is_instance_of(exc, &Exc_GeneratorExit)) {
            /* close the delegate first, then raise GeneratorExit here */
            g->running = true;
            r = close_iterator(yf);
            g->running = false;
            DECREF(yf);
            if (!r)
                goto throw_here_with_current;
            DECREF(r);
            goto throw_here;
        }
        g->running = true;
        if (gen_check(yf) || yf->type == &CoroType) {
            bool sub_return;
            r = gen_throw((GenObject *)yf, exc, &sub_return);
            if (r && sub_return) {
                /* the delegate returned: yield from is over, with this value */
                g->running = false;
                DECREF(yf);
                Frame *f = g->frame;
                CLEAR(f->sp[-1]);
                f->sp--;
                f->ip++;
                Object *res = resume(g, r, false, is_return);
                DECREF(r);
                return res;
            }
        } else {
            Object *throw_method = obj_lookup_attr(yf, id_throw_);
            if (!throw_method) {
                g->running = false;
                DECREF(yf);
                if (err_occurred())
                    goto throw_here_with_current;
                goto throw_here;
            }
            r = obj_call1(throw_method, exc);
            DECREF(throw_method);
        }
        g->running = false;
        DECREF(yf);
        if (r)
            return r;           /* the delegate yielded */
        if (err_matches(&Exc_StopIteration)) {
            /* the delegate finished: resume after the yield from, with its value */
            Object *value = fetch_stop_value();
            Frame *f = g->frame;
            CLEAR(f->sp[-1]);
            f->sp--;
            f->ip++;
            Object *res = resume(g, value, false, is_return);
            DECREF(value);
            return res;
        }
        goto throw_here_with_current;
    }
throw_here:
    err_set_object(exc);
throw_here_with_current:
    /* (a generator never started raises it at its first instruction: its
       frame joins the traceback, and a StopIteration becomes RuntimeError) */
    return resume(g, NULL, true, is_return);
}

/* throw(exc), throw(type[, value[, traceback]]) */
static Object *make_thrown(Object *const *args, size_t nargs)
{
    Object *type = args[0], *value = nargs > 1 ? args[1] : NULL;
    Object *tb = nargs > 2 ? args[2] : NULL;
    if (tb == OBJ_NONE)
        tb = NULL;
    if (tb && tb->type != &TracebackType)
        return err_set_string(&Exc_TypeError, "throw() third argument must be a traceback object");
    Object *exc;
    if (exception_class_check(type)) {
        if (value && obj_is_instance_of(value, (Type *)type)) {
            exc = NEWREF(value);
        } else if (value && value != OBJ_NONE) {
            exc = tuple_check(value) ? obj_call(type, ((TupleObject *)value)->items,
                                                tuple_size(value), NULL)
                                     : obj_call1(type, value);
        } else {
            exc = obj_call0(type);
        }
        if (!exc)
            return NULL;
    } else if (exception_check(type)) {
        if (value && value != OBJ_NONE)
            return err_set_string(&Exc_TypeError, "instance exception may not have a separate "
                                                  "value");
        exc = NEWREF(type);
    } else {
        return err_format(&Exc_TypeError, "exceptions must be classes or instances deriving from "
                                          "BaseException, not %s", obj_type_name(type));
    }
    if (tb) {
        INCREF(tb);
        SETREF(((ExceptionObject *)exc)->traceback, tb);
    }
    return exc;
}

static Object *gen_throw_method(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (!arg_range("throw", nargs, kw, 1, 3))
        return NULL;
    Object *exc = make_thrown(args, NARGS(nargs));
    if (!exc)
        return NULL;
    bool is_return;
    Object *r = gen_throw((GenObject *)self, exc, &is_return);
    DECREF(exc);
    if (r && is_return)
        return gen_stop_iteration(r);
    return r;
}

static Object *gen_close_impl(GenObject *g)
{
    if (!g->frame)
        return none_ref();
    if (just_started(g)) {
        finish(g);
        return none_ref();
    }
    Object *exit = exception_new(&Exc_GeneratorExit, NULL, 0);
    bool is_return;
    Object *r = gen_throw(g, exit, &is_return);
    DECREF(exit);
    if (r) {
        bool yielded = !is_return;
        DECREF(r);
        if (yielded)
            return err_format(&Exc_RuntimeError, "%s ignored GeneratorExit", kind_name(g));
        return none_ref();
    }
    if (err_matches(&Exc_GeneratorExit) || err_matches(&Exc_StopIteration)) {
        err_clear();
        return none_ref();
    }
    return NULL;
}

static Object *gen_close_method(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (!arg_none("close", nargs, kw))
        return NULL;
    return gen_close_impl((GenObject *)self);
}

/* A suspended generator that is going away is closed first: its finally
 * blocks run.  (The collector calls this before it breaks a cycle, as it
 * calls __del__ methods; a generator is closed once.) */
/* "RuntimeWarning: coroutine 'f' was never awaited", through the warnings
   module (lib/warnings.py), as CPython warns. */
static void warn_unawaited(Object *coro)
{
    Object *saved = err_fetch();
    Object *warnings = import_module("warnings");
    StrObject *name = str_intern_cstr("_warn_unawaited_coroutine");
    Object *r = warnings ? obj_call_method(warnings, name, &coro, 1) : NULL;
    DECREF(name);
    if (!r)
        err_write_unraisable(err_fetch(), coro);
    XDECREF(r);
    XDECREF(warnings);
    err_restore(saved);
}

static void gen_finalize(Object *o)
{
    GenObject *g = (GenObject *)o;
    if (g->frame && just_started(g) && o->type == &CoroType && vm.main_module)
        warn_unawaited(o);
    if (!g->frame || just_started(g))
        return;
    Object *saved = err_fetch();
    Object *r = gen_close_impl(g);
    if (!r)
        err_write_unraisable(err_fetch(), o);
    XDECREF(r);
    err_restore(saved);
}

static void gen_dealloc(Object *o)
{
    GenObject *g = (GenObject *)o;
    gc_untrack(o);
    bool unawaited = g->frame && just_started(g) && o->type == &CoroType;
    if (g->frame && (!just_started(g) || unawaited) && !gc_mark_finalized(o)) {
        o->refcount = 1;        /* alive again while it closes (or warns) */
        gen_finalize(o);
        if (--o->refcount > 0)
            return;
    }
    finish(g);
    CLEAR(g->exc_state.exception);
    CLEAR(g->code);
    CLEAR(g->name);
    CLEAR(g->qualname);
    obj_free(o);
}

static void gen_traverse(Object *o, VisitFunc visit, void *arg)
{
    GenObject *g = (GenObject *)o;
    if (g->frame && !g->running)       /* (a running frame's stack is in flux) */
        frame_traverse(g->frame, visit, arg);
    if (g->exc_state.exception)
        visit(g->exc_state.exception, arg);
    if (g->code)
        visit(g->code, arg);
}

static Object *gen_clear(Object *o)
{
    GenObject *g = (GenObject *)o;
    if (g->frame && !g->running)
        finish(g);
    CLEAR(g->exc_state.exception);
    return NULL;
}

static Object *gen_repr(Object *o)
{
    GenObject *g = (GenObject *)o;
    return str_from_format("<%s object %s at %p>", kind_name(g), str_data(g->qualname), (void *)o);
}

static Object *self_iter(Object *o)
{
    return NEWREF(o);
}

static Object *get_name(Object *o) { return NEWREF(((GenObject *)o)->name); }
static Object *get_qualname(Object *o) { return NEWREF(((GenObject *)o)->qualname); }
static Object *get_running(Object *o) { return bool_from(((GenObject *)o)->running); }
static Object *get_code(Object *o) { return NEWREF(((GenObject *)o)->code); }

/* a snapshot of the generator's frame (objects/frameobject.h), None once it finished */
static Object *get_frame(Object *o)
{
    GenObject *g = (GenObject *)o;
    return g->frame ? frame_object_single(g->frame) : none_ref();
}

static Object *get_yieldfrom(Object *o)
{
    Object *yf = delegate_of((GenObject *)o);
    return yf ? NEWREF(yf) : none_ref();
}

static Object *get_suspended(Object *o)
{
    GenObject *g = (GenObject *)o;
    return bool_from(g->frame && !g->running && !just_started(g));
}

static const GetSetDef gen_getsets[] = {
    { "__name__", get_name, NULL },
    { "__qualname__", get_qualname, NULL },
    { "gi_running", get_running, NULL },
    { "gi_code", get_code, NULL },
    { "gi_frame", get_frame, NULL },
    { "gi_yieldfrom", get_yieldfrom, NULL },
    { "gi_suspended", get_suspended, NULL },
    { NULL, NULL, NULL },
};

static const MethodDef gen_methods[] = {
    { "send", gen_send_method, 0 },
    { "throw", gen_throw_method, 0 },
    { "close", gen_close_method, 0 },
    { NULL, NULL, 0 },
};

Type GenType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "generator",
    .basicsize = sizeof(GenObject),
    .flags = TYPE_GC,
    .dealloc = gen_dealloc,
    .finalize = gen_finalize,
    .traverse = gen_traverse,
    .clear_refs = gen_clear,
    .repr = gen_repr,
    .iter = self_iter,
    .iternext = gen_iternext,
    .methods = gen_methods,
    .getsets = gen_getsets,
};

/* ---- coroutines: awaited with __await__, which gives their iterator ---------------------------- */

static Object *coro_await(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    return NEWREF(self);
}

static const MethodDef coro_methods[] = {
    { "send", gen_send_method, 0 },
    { "throw", gen_throw_method, 0 },
    { "close", gen_close_method, 0 },
    { "__await__", coro_await, 0 },
    { NULL, NULL, 0 },
};

static const GetSetDef coro_getsets[] = {
    { "__name__", get_name, NULL },
    { "__qualname__", get_qualname, NULL },
    { "cr_running", get_running, NULL },
    { "cr_code", get_code, NULL },
    { "cr_frame", get_frame, NULL },
    { "cr_await", get_yieldfrom, NULL },
    { "cr_suspended", get_suspended, NULL },
    { NULL, NULL, NULL },
};

Type CoroType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "coroutine",
    .basicsize = sizeof(GenObject),
    .flags = TYPE_GC,
    .dealloc = gen_dealloc,
    .finalize = gen_finalize,
    .traverse = gen_traverse,
    .clear_refs = gen_clear,
    .repr = gen_repr,
    .methods = coro_methods,
    .getsets = coro_getsets,
};

/* ---- asynchronous generators: async def with yield ----------------------------------------------- */

static Object *agen_aiter(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    return arg_none("__aiter__", nargs, kw) ? NEWREF(self) : NULL;
}

static Object *agen_anext(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    return arg_none("__anext__", nargs, kw) ? async_gen_asend_new((GenObject *)self, OBJ_NONE)
                                            : NULL;
}

static Object *agen_asend(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    return arg_one("asend", nargs, kw) ? async_gen_asend_new((GenObject *)self, args[0]) : NULL;
}

static Object *agen_athrow(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    if (!arg_range("athrow", nargs, kw, 1, 3))
        return NULL;
    Object *exc = make_thrown(args, NARGS(nargs));
    if (!exc)
        return NULL;
    Object *r = async_gen_athrow_new((GenObject *)self, exc);
    DECREF(exc);
    return r;
}

static Object *agen_aclose(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    return arg_none("aclose", nargs, kw) ? async_gen_athrow_new((GenObject *)self, NULL) : NULL;
}

static const MethodDef agen_methods[] = {
    { "__aiter__", agen_aiter, 0 },
    { "__anext__", agen_anext, 0 },
    { "asend", agen_asend, 0 },
    { "athrow", agen_athrow, 0 },
    { "aclose", agen_aclose, 0 },
    { NULL, NULL, 0 },
};

static const GetSetDef agen_getsets[] = {
    { "__name__", get_name, NULL },
    { "__qualname__", get_qualname, NULL },
    { "ag_running", get_running, NULL },
    { "ag_code", get_code, NULL },
    { "ag_frame", get_frame, NULL },
    { "ag_await", get_yieldfrom, NULL },
    { NULL, NULL, NULL },
};

Type AsyncGenType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "async_generator",
    .basicsize = sizeof(GenObject),
    .flags = TYPE_GC,
    .dealloc = gen_dealloc,
    .finalize = gen_finalize,
    .traverse = gen_traverse,
    .clear_refs = gen_clear,
    .repr = gen_repr,
    .methods = agen_methods,
    .getsets = agen_getsets,
};

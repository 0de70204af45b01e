/* asyncgen.c - the awaitables of asynchronous generators (see gen.h).
 *
 * An async generator's frame yields two kinds of values: its own `yield v`
 * (YIELD_VALUE wraps these, async_gen_wrap) and the suspensions of the
 * awaits inside it (passed through unwrapped, towards the event loop).
 * agen.__anext__() and agen.asend(v) return an "asend" awaitable: driving it
 * resumes the generator; a wrapped value ends the await with that value
 * (StopIteration(v)), a suspension is yielded outwards, and the end of the
 * generator raises StopAsyncIteration.  athrow() and aclose() return an
 * "athrow" awaitable, which throws into the generator first. */
#include "runtime.h"

/* ---- the wrapper of a value yielded by the generator itself ---------------------------------- */

typedef struct WrappedValue {
    Object head;
    Object *value;
} WrappedValue;

static void wrapped_dealloc(Object *o)
{
    XDECREF(((WrappedValue *)o)->value);
    obj_free(o);
}

Type AsyncGenWrappedType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "async_generator_wrapped_value",
    .basicsize = sizeof(WrappedValue),
    .dealloc = wrapped_dealloc,
};

Object *async_gen_wrap(Object *value)
{
    WrappedValue *w = (WrappedValue *)obj_alloc(&AsyncGenWrappedType, 0);
    w->value = value;
    return (Object *)w;
}

/* ---- asend and athrow ------------------------------------------------------------------------ */

enum { OP_INIT, OP_ITER, OP_CLOSED };

typedef struct AsyncGenOp {
    Object head;
    GenObject *gen;
    Object *value;      /* asend: the first value to send; athrow: the exception, NULL for aclose */
    int state;
    bool is_throw;
} AsyncGenOp;

static Object *op_new(Type *type, GenObject *gen, Object *value, bool is_throw)
{
    AsyncGenOp *op = (AsyncGenOp *)obj_alloc(type, 0);
    op->gen = (GenObject *)NEWREF(gen);
    op->value = value ? NEWREF(value) : NULL;
    op->is_throw = is_throw;
    gc_track((Object *)op);
    return (Object *)op;
}

Object *async_gen_asend_new(GenObject *gen, Object *value)
{
    return op_new(&AsyncGenASendType, gen, value, false);
}

Object *async_gen_athrow_new(GenObject *gen, Object *exception)
{
    return op_new(&AsyncGenAThrowType, gen, exception, true);
}

static bool is_aclose(AsyncGenOp *op)
{
    return op->is_throw && !op->value;
}

/* What the generator's step means for the awaitable (r as from gen_send). */
static Object *unwrap(AsyncGenOp *op, Object *r, bool is_return)
{
    if (!r) {
        op->state = OP_CLOSED;
        if (is_aclose(op) && (err_matches(&Exc_StopAsyncIteration) ||
                              err_matches(&Exc_GeneratorExit))) {
            err_clear();
            return err_set(&Exc_StopIteration, NULL);
        }
        return NULL;
    }
    if (is_return) {
        DECREF(r);
        op->state = OP_CLOSED;
        return err_set(is_aclose(op) ? &Exc_StopIteration : &Exc_StopAsyncIteration, NULL);
    }
    if (r->type == &AsyncGenWrappedType) {
        op->state = OP_CLOSED;
        if (is_aclose(op)) {
            DECREF(r);
            return err_set_string(&Exc_RuntimeError, "async generator ignored GeneratorExit");
        }
        Object *v = NEWREF(((WrappedValue *)r)->value);
        DECREF(r);
        return gen_stop_iteration(v);
    }
    return r;       /* an await inside the generator suspended: pass it out */
}

static Object *op_send(AsyncGenOp *op, Object *value)
{
    bool is_return = false;
    if (op->state == OP_CLOSED)
        return err_set_string(&Exc_RuntimeError,
                              op->is_throw ? "cannot reuse already awaited aclose()/athrow()"
                                           : "cannot reuse already awaited __anext__()/asend()");
    if (op->state == OP_INIT) {
        op->state = OP_ITER;
        if (op->is_throw) {
            if (value != OBJ_NONE)
                return err_set_string(&Exc_RuntimeError,
                                      "can't send non-None value to a just-started coroutine");
            if (!op->gen->frame) {
                op->state = OP_CLOSED;
                return err_set(is_aclose(op) ? &Exc_StopIteration : &Exc_StopAsyncIteration, NULL);
            }
            Object *exc = op->value ? NEWREF(op->value)
                                    : exception_new(&Exc_GeneratorExit, NULL, 0);
            Object *r = gen_throw(op->gen, exc, &is_return);
            DECREF(exc);
            return unwrap(op, r, is_return);
        }
        if (value == OBJ_NONE)
            value = op->value;
    }
    Object *r = gen_send(op->gen, value, &is_return);
    return unwrap(op, r, is_return);
}

static Object *op_send_method(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    return arg_one("send", nargs, kw) ? op_send((AsyncGenOp *)self, args[0]) : NULL;
}

static Object *op_iternext(Object *self)
{
    return op_send((AsyncGenOp *)self, OBJ_NONE);
}

static Object *op_throw_method(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    AsyncGenOp *op = (AsyncGenOp *)self;
    if (!arg_range("throw", nargs, kw, 1, 3))
        return NULL;
    if (op->state == OP_CLOSED)
        return err_set_string(&Exc_RuntimeError,
                              op->is_throw ? "cannot reuse already awaited aclose()/athrow()"
                                           : "cannot reuse already awaited __anext__()/asend()");
    Object *exc = args[0];
    if (exception_class_check(exc))
        exc = obj_call0(exc);
    else
        INCREF(exc);
    if (!exc)
        return NULL;
    bool is_return;
    Object *r = gen_throw(op->gen, exc, &is_return);
    DECREF(exc);
    return unwrap(op, r, is_return);
}

static Object *op_close_method(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    ((AsyncGenOp *)self)->state = OP_CLOSED;
    return none_ref();
}

static Object *op_self(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    return NEWREF(self);
}

static Object *op_iter(Object *self)
{
    return NEWREF(self);
}

static void op_dealloc(Object *o)
{
    AsyncGenOp *op = (AsyncGenOp *)o;
    gc_untrack(o);
    CLEAR(op->gen);
    CLEAR(op->value);
    obj_free(o);
}

static void op_traverse(Object *o, VisitFunc visit, void *arg)
{
    AsyncGenOp *op = (AsyncGenOp *)o;
    if (op->gen)
        visit((Object *)op->gen, arg);
    if (op->value)
        visit(op->value, arg);
}

static const MethodDef op_methods[] = {
    { "send", op_send_method, 0 },
    { "throw", op_throw_method, 0 },
    { "close", op_close_method, 0 },
    { "__await__", op_self, 0 },
    { NULL, NULL, 0 },
};

Type AsyncGenASendType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "async_generator_asend",
    .basicsize = sizeof(AsyncGenOp),
    .flags = TYPE_GC,
    .dealloc = op_dealloc,
    .traverse = op_traverse,
    .iter = op_iter,
    .iternext = op_iternext,
    .methods = op_methods,
};

Type AsyncGenAThrowType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "async_generator_athrow",
    .basicsize = sizeof(AsyncGenOp),
    .flags = TYPE_GC,
    .dealloc = op_dealloc,
    .traverse = op_traverse,
    .iter = op_iter,
    .iternext = op_iternext,
    .methods = op_methods,
};

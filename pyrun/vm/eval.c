/* eval.c - the eval loop.
 *
 * One C function runs instructions until its entry frame returns.  Calls of
 * Python functions made by the instructions do not recurse in C: the new
 * frame is pushed and the loop goes on with it (see frame.h).
 *
 * Dispatch is by computed goto (GCC and Clang): each instruction ends by
 * jumping straight to the code of the next one, which helps the processor
 * predict the jumps; a plain switch serves other compilers.
 *
 * The hot instructions have fast paths for the common types (small ints,
 * floats, exact lists and dicts) and inline caches (LOAD_GLOBAL, LOAD_ATTR,
 * LOAD_METHOD, STORE_ATTR): the slow path, the general case, is always the
 * same operation as the fast one, only slower. */
#include "runtime.h"
#include "bytecode.h"
#include "vm/ops.h"
#include "vm/thread.h"

#define UNLIKELY(x) __builtin_expect(!!(x), 0)

#include <math.h>

#if defined(__GNUC__) || defined(__clang__)
#define USE_COMPUTED_GOTO 1
#endif

/* ---- helpers for the fast paths ---------------------------------------------------------- */

static inline bool both_small_ints(Object *a, Object *b)
{
    return a->type == &IntType && b->type == &IntType && !((IntObject *)a)->big &&
           !((IntObject *)b)->big;
}

static inline bool both_floats(Object *a, Object *b)
{
    return a->type == &FloatType && b->type == &FloatType;
}

/* The value of a float or small int operand mix (for float arithmetic with
 * an int on one side). */
static inline bool float_pair(Object *a, Object *b, double *x, double *y)
{
    if (a->type == &FloatType) {
        *x = float_value(a);
        if (b->type == &FloatType) {
            *y = float_value(b);
            return true;
        }
        if (b->type == &IntType && !((IntObject *)b)->big) {
            *y = (double)int_small_value(b);
            return true;
        }
        return false;
    }
    if (b->type == &FloatType && a->type == &IntType && !((IntObject *)a)->big) {
        *x = (double)int_small_value(a);
        *y = float_value(b);
        return true;
    }
    return false;
}

static bool compare_ints(int64_t x, int64_t y, int op)
{
    switch (op) {
    case CMP_LT: return x < y;
    case CMP_LE: return x <= y;
    case CMP_EQ: return x == y;
    case CMP_NE: return x != y;
    case CMP_GT: return x > y;
    default: return x >= y;
    }
}

static bool compare_doubles(double x, double y, int op)
{
    switch (op) {
    case CMP_LT: return x < y;
    case CMP_LE: return x <= y;
    case CMP_EQ: return x == y;
    case CMP_NE: return x != y;
    case CMP_GT: return x > y;
    default: return x >= y;
    }
}

/* The instance dict of an object whose type keeps it at a fixed offset. */
static inline DictObject *instance_dict(Object *o, Type *tp)
{
    if (tp->dictoffset <= 0)
        return NULL;
    return *(DictObject **)((char *)o + tp->dictoffset);
}

/* ---- attribute caches ---------------------------------------------------------------------- */

/* LOAD_ATTR's cache remembers, for a type version, where in the instance
 * dict the attribute was last found.  It is filled only for types whose
 * attribute lookup is the generic one and that have no data descriptor of
 * that name (which would win over the instance dict). */
/* LOAD_ATTR when the cache misses: the generic lookup, done here so that
 * an attribute found in the instance dict also fills the cache (one
 * lookup, not two); anything else goes the general way. */
static Object *load_attr_miss(Object *owner, Object *name, InlineCache *c)
{
    Type *tp = owner->type;
    if (tp->getattr != obj_generic_getattr || tp->dictoffset <= 0)
        return obj_getattr(owner, (StrObject *)name);
    Object *descr = type_lookup(tp, (StrObject *)name);
    if (descr && descr->type->descr_set)
        return obj_getattr(owner, (StrObject *)name);   /* a data descriptor wins */
    DictObject *d = instance_dict(owner, tp);
    if (d) {
        int64_t ix = dict_lookup_index((Object *)d, name, str_cached_hash(name));
        if (ix >= 0) {
            if (tp->version) {
                c->version = tp->version;
                c->index = ix;
            }
            return NEWREF(dict_entries((Object *)d)[ix].value);
        }
    }
    return obj_getattr(owner, (StrObject *)name);
}

/* STORE_ATTR when the cache misses: as load_attr_miss. */
static int store_attr_miss(Object *owner, Object *name, Object *value, InlineCache *c)
{
    Type *tp = owner->type;
    if (tp->setattr != obj_generic_setattr || tp->dictoffset <= 0)
        return obj_setattr(owner, (StrObject *)name, value);
    Object *descr = type_lookup(tp, (StrObject *)name);
    DictObject *d = instance_dict(owner, tp);
    if ((descr && descr->type->descr_set) || !d)
        return obj_setattr(owner, (StrObject *)name, value);
    if (descr)
        tp->flags |= TYPE_MAY_SHADOW;
    int64_t hash = str_cached_hash(name);
    int64_t ix = dict_lookup_index((Object *)d, name, hash);
    if (ix < 0) {
        if (dict_set((Object *)d, name, value) < 0)
            return -1;
        ix = dict_lookup_index((Object *)d, name, hash);
    } else {
        DictEntry *e = &dict_entries((Object *)d)[ix];
        Object *old = e->value;
        e->value = NEWREF(value);
        d->version = ++dict_global_version;
        DECREF(old);
    }
    if (tp->version && ix >= 0) {
        c->version = tp->version;
        c->index = ix;
    }
    return 0;
}

/* LOAD_METHOD: is attr, found on the type, a method to call with self in
 * front (a Python function or a built-in method descriptor)? */
static inline bool is_plain_method(Object *attr, Type *tp)
{
    if (attr->type == &FunctionType)
        return true;
    return attr->type == &MethodDescrType &&
           type_is_subtype(tp, ((MethodDescrObject *)attr)->owner);
}

/* The method lookup of LOAD_METHOD: *self_slot gets the object to pass as
 * the first argument (or NULL when the result is the callable itself). */
static Object *load_method(Object *obj, Object *name, InlineCache *c, bool *with_self)
{
    Type *tp = obj->type;
    *with_self = false;
    if (tp->getattr == obj_generic_getattr) {
        Object *attr = type_lookup(tp, (StrObject *)name);
        if (attr && is_plain_method(attr, tp)) {
            DictObject **dp = obj_dict_ptr(obj);
            Object *shadow = dp && *dp ? dict_get_str((Object *)*dp, name) : NULL;
            if (!shadow) {
                /* (the cache's shadow test reads the dict at a fixed offset) */
                if (tp->version && tp->dictoffset >= 0) {
                    c->version = tp->version;
                    c->value = attr;
                }
                *with_self = true;
                return NEWREF(attr);
            }
        }
    }
    return obj_getattr(obj, (StrObject *)name);
}

/* The value a handler's block saved below the exception: the exception
 * that was being handled before (or None).  Code may have moved another
 * value into its slot (the code check sees no types). */
static inline bool restorable_exception(Object *previous)
{
    return previous == OBJ_NONE || exception_check(previous);
}

/* Makes `previous` (taken from the stack) the exception being handled
 * again; a value that is not one counts as None. */
static void restore_previous_exception(Object *previous)
{
    if (UNLIKELY(!restorable_exception(previous)))
        SETREF(previous, none_ref());
    Object *old = vm.exc_info->exception;
    vm.exc_info->exception = previous;
    XDECREF(old);
}

/* ---- the loop -------------------------------------------------------------------------------- */

#define TUPLE_ITEMS(t) (((TupleObject *)(t))->items)

Object *eval_frame(Frame *f)
{
#ifdef USE_COMPUTED_GOTO
    static void *targets[256] = {
#define OPCODE(name, number, kind, effect, jump_effect, doc) [number] = &&op_##name,
#include "schema/opcodes.def"
#undef OPCODE
    };
#endif
    const Instr *ip;
    Object **sp;
    Object **fastlocals;
    CodeObject *code;
    Object *const *consts;
    Object *const *names;
    Instr instr;
    uint32_t oparg;
    Object *retval = NULL;
    Object **base;

    {
        char here;
        if (&here < vm.c_stack_limit || vm.depth + 1 > vm.recursion_limit) {
            err_set_string(&Exc_RecursionError, "maximum recursion depth exceeded");
            if (!f->on_heap)
                frame_pop(f);
            return NULL;
        }
    }
    vm.depth++;
    f->back = vm.frame;
    vm.frame = f;

#define LOAD_FRAME_STATE()                                  \
    do {                                                    \
        code = f->code;                                     \
        ip = f->ip;                                         \
        sp = f->sp;                                         \
        fastlocals = f->localsplus;                         \
        base = fastlocals + code->nlocalsplus;              \
        consts = TUPLE_ITEMS(code->consts);                 \
        names = TUPLE_ITEMS(code->names);                   \
    } while (0)
#define SAVE_FRAME_STATE()                                  \
    do {                                                    \
        f->ip = ip;                                         \
        f->sp = sp;                                         \
    } while (0)

/* obj_is_true, which may run a __bool__ or __len__ (or warn): the frame's
   position first, for what sys._getframe() shows of it */
#define IS_TRUE_SLOW(v) (f->ip = ip, obj_is_true(v))

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define SET_TOP(v) (sp[-1] = (v))
#define SET_SECOND(v) (sp[-2] = (v))
#define CACHE() (&code->caches[instr.cache])
#define JUMP_TO(target) (ip = code->instrs + (target))

#ifdef USE_COMPUTED_GOTO
#define TARGET(name) op_##name:
#define DISPATCH()                                          \
    do {                                                    \
        instr = *ip++;                                      \
        oparg = instr.arg;                                  \
        goto *targets[instr.op];                            \
    } while (0)
#else
#define TARGET(name) case OP_##name:
#define DISPATCH() goto dispatch
#endif

    LOAD_FRAME_STATE();
    if (f->throwing) {
        /* resumed by throw(): the exception is raised where the frame stopped */
        f->throwing = false;
        if (ip->op == OP_YIELD_FROM || ip == code->instrs)
            ip++;       /* (or never started: raised at its first instruction, the def line) */
        goto error;
    }

#ifdef USE_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    instr = *ip++;
    oparg = instr.arg;
    switch (instr.op) {
#endif

    /* ---- stack manipulation ---- */

    TARGET(NOP)
    TARGET(EXTENDED_ARG)
        DISPATCH();

    TARGET(POP_TOP) {
        Object *v = POP();
        f->ip = ip;     /* (a destructor may look at the frame: a discarded coroutine warns) */
        XDECREF(v);
        DISPATCH();
    }

    TARGET(ROT_TWO) {
        Object *a = TOP();
        SET_TOP(SECOND());
        SET_SECOND(a);
        DISPATCH();
    }

    TARGET(ROT_THREE) {
        Object *a = TOP();
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = a;
        DISPATCH();
    }

    TARGET(ROT_FOUR) {
        Object *a = TOP();
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = sp[-4];
        sp[-4] = a;
        DISPATCH();
    }

    TARGET(ROT_N) {
        Object *a = TOP();
        memmove(sp - oparg + 1, sp - oparg, (oparg - 1) * sizeof(Object *));
        sp[-(int64_t)oparg] = a;
        DISPATCH();
    }

    TARGET(DUP_TOP) {
        Object *a = TOP();
        INCREF(a);
        PUSH(a);
        DISPATCH();
    }

    TARGET(DUP_TOP_TWO) {
        Object *a = SECOND(), *b = TOP();
        INCREF(a);
        INCREF(b);
        PUSH(a);
        PUSH(b);
        DISPATCH();
    }

    /* ---- constants and variables ---- */

    TARGET(LOAD_CONST) {
        Object *v = consts[oparg];
        INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_FAST) {
        Object *v = fastlocals[oparg];
        if (!v) {
            op_unbound_local(code, (int32_t)oparg);
            goto error;
        }
        INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_FAST) {
        Object *v = POP();
        Object *old = fastlocals[oparg];
        fastlocals[oparg] = v;
        XDECREF(old);
        DISPATCH();
    }

    TARGET(DELETE_FAST) {
        Object *old = fastlocals[oparg];
        if (!old) {
            op_unbound_local(code, (int32_t)oparg);
            goto error;
        }
        fastlocals[oparg] = NULL;
        DECREF(old);
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE) {
        Object *cell = fastlocals[code->nlocals + oparg];
        INCREF(cell);
        PUSH(cell);
        DISPATCH();
    }

    TARGET(LOAD_DEREF) {
        Object *v = ((CellObject *)fastlocals[code->nlocals + oparg])->ref;
        if (!v) {
            op_unbound_deref(code, (int32_t)oparg);
            goto error;
        }
        INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_DEREF) {
        CellObject *cell = (CellObject *)fastlocals[code->nlocals + oparg];
        Object *v = POP();
        Object *old = cell->ref;
        cell->ref = v;
        XDECREF(old);
        DISPATCH();
    }

    TARGET(DELETE_DEREF) {
        CellObject *cell = (CellObject *)fastlocals[code->nlocals + oparg];
        if (!cell->ref) {
            op_unbound_deref(code, (int32_t)oparg);
            goto error;
        }
        CLEAR(cell->ref);
        DISPATCH();
    }

    TARGET(LOAD_CLASSDEREF) {
        Object *name = oparg < (uint32_t)code->ncellvars
                           ? tuple_get(code->cellvars, oparg)
                           : tuple_get(code->freevars, oparg - (uint32_t)code->ncellvars);
        Object *v = NULL;
        if (f->locals) {
            if (dict_check_exact(f->locals)) {
                v = dict_get_str(f->locals, name);
                XINCREF(v);
            } else {
                v = obj_getitem(f->locals, name);
                if (!v) {
                    if (!err_matches(&Exc_KeyError))
                        goto error;
                    err_clear();
                }
            }
        }
        if (!v) {
            v = ((CellObject *)fastlocals[code->nlocals + oparg])->ref;
            if (!v) {
                op_unbound_deref(code, (int32_t)oparg);
                goto error;
            }
            INCREF(v);
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
        InlineCache *c = CACHE();
        DictObject *g = (DictObject *)f->globals, *b = (DictObject *)f->builtins;
        if (c->version == g->version && c->version2 == b->version && c->value) {
            Object *v = c->value;
            INCREF(v);
            PUSH(v);
            DISPATCH();
        }
        Object *name = names[oparg];
        Object *v = dict_get_str((Object *)g, name);
        if (!v) {
            v = dict_get_str((Object *)b, name);
            if (!v) {
                op_name_error(name);
                goto error;
            }
        }
        c->version = g->version;
        c->version2 = b->version;
        c->value = v;
        INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_GLOBAL) {
        Object *v = POP();
        int r = dict_set(f->globals, names[oparg], v);
        DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL) {
        Object *removed;
        int r = dict_pop(f->globals, names[oparg], &removed);
        if (r < 0)
            goto error;
        if (r == 0) {
            op_name_error(names[oparg]);
            goto error;
        }
        DECREF(removed);
        DISPATCH();
    }

    TARGET(LOAD_NAME) {
        f->ip = ip;         /* (a mapping's __getitem__ may look at the frame's line) */
        Object *v = op_load_name(f, names[oparg]);
        if (!v)
            goto error;
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_NAME) {
        Object *v = POP();
        int r;
        if (UNLIKELY(!f->locals))
            r = (err_format(&Exc_SystemError, "no locals found when storing '%s'",
                            str_data(names[oparg])), -1);
        else if (dict_check_exact(f->locals))
            r = dict_set(f->locals, names[oparg], v);
        else {
            f->ip = ip;     /* (the mapping's __setitem__ may look at the frame's line) */
            r = obj_setitem(f->locals, names[oparg], v);
        }
        DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DELETE_NAME) {
        if (UNLIKELY(!f->locals)) {
            err_format(&Exc_SystemError, "no locals when deleting '%s'", str_data(names[oparg]));
            goto error;
        }
        f->ip = ip;         /* (a mapping's __delitem__ may look at the frame's line) */
        int r = obj_delitem(f->locals, names[oparg]);
        if (r < 0) {
            if (err_matches(&Exc_KeyError)) {
                err_clear();
                op_name_error(names[oparg]);
            }
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(NEWREF(&Exc_AssertionError));
        DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS) {
        Object *bc = dict_get_str(f->builtins, (Object *)id_dunder_build_class);
        if (!bc) {
            err_set_string(&Exc_NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(NEWREF(bc));
        DISPATCH();
    }

    TARGET(SETUP_ANNOTATIONS) {
        if (op_setup_annotations(f) < 0)
            goto error;
        DISPATCH();
    }

    /* ---- attributes ---- */

    TARGET(LOAD_ATTR) {
        Object *owner = TOP();
        Object *name = names[oparg];
        InlineCache *c = CACHE();
        Type *tp = owner->type;
        if (c->version == tp->version && c->version != 0) {
            DictObject *d = instance_dict(owner, tp);
            if (d && (size_t)c->index < dict_entry_count((Object *)d)) {
                DictEntry *e = &dict_entries((Object *)d)[c->index];
                if (e->key == name) {
                    Object *v = e->value;
                    INCREF(v);
                    SET_TOP(v);
                    DECREF(owner);
                    DISPATCH();
                }
            }
        }
        Object *v = load_attr_miss(owner, name, c);
        if (!v)
            goto error;
        SET_TOP(v);
        DECREF(owner);
        DISPATCH();
    }

    TARGET(STORE_ATTR) {
        Object *owner = TOP();
        Object *value = SECOND();
        Object *name = names[oparg];
        InlineCache *c = CACHE();
        Type *tp = owner->type;
        sp -= 2;
        if (c->version == tp->version && c->version != 0) {
            DictObject *d = instance_dict(owner, tp);
            if (d && (size_t)c->index < dict_entry_count((Object *)d)) {
                DictEntry *e = &dict_entries((Object *)d)[c->index];
                if (e->key == name) {
                    Object *old = e->value;
                    e->value = value;
                    d->version = ++dict_global_version;
                    DECREF(old);
                    DECREF(owner);
                    DISPATCH();
                }
            }
        }
        int r = store_attr_miss(owner, name, value, c);
        DECREF(value);
        DECREF(owner);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DELETE_ATTR) {
        Object *owner = POP();
        int r = obj_setattr(owner, (StrObject *)names[oparg], NULL);
        DECREF(owner);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(LOAD_METHOD) {
        Object *obj = TOP();
        Object *name = names[oparg];
        InlineCache *c = CACHE();
        Type *tp = obj->type;
        if (c->version == tp->version && c->version != 0) {
            DictObject *d = instance_dict(obj, tp);
            /* (a class no instance dict can shadow needs no look in it) */
            if ((tp->flags & (TYPE_HEAP | TYPE_MAY_SHADOW)) == TYPE_HEAP || !d || d->used == 0 ||
                !dict_get_str((Object *)d, name)) {
                Object *meth = c->value;
                INCREF(meth);
                SET_TOP(meth);
                PUSH(obj);
                DISPATCH();
            }
        }
        bool with_self;
        Object *meth = load_method(obj, name, c, &with_self);
        if (!meth)
            goto error;
        if (with_self) {
            SET_TOP(meth);
            PUSH(obj);
        } else {
            SET_TOP(NULL);
            PUSH(meth);
            DECREF(obj);
        }
        DISPATCH();
    }

    /* ---- operators ---- */

    TARGET(UNARY_POSITIVE) {
        Object *v = TOP();
        Object *r = obj_positive(v);
        DECREF(v);
        SET_TOP(r);
        if (!r)
            goto error;
        DISPATCH();
    }

    TARGET(UNARY_NEGATIVE) {
        Object *v = TOP();
        Object *r;
        if (v->type == &IntType && int_is_small(v) && int_small_value(v) != INT64_MIN)
            r = int_from_i64(-int_small_value(v));
        else if (v->type == &FloatType)
            r = float_from_double(-float_value(v));
        else
            r = obj_negative(v);
        DECREF(v);
        SET_TOP(r);
        if (!r)
            goto error;
        DISPATCH();
    }

    TARGET(UNARY_NOT) {
        Object *v = TOP();
        int t = IS_TRUE_SLOW(v);
        DECREF(v);
        if (t < 0) {
            sp--;
            goto error;
        }
        SET_TOP(bool_from(!t));
        DISPATCH();
    }

    TARGET(UNARY_INVERT) {
        Object *v = TOP();
        Object *r = obj_invert(v);
        DECREF(v);
        SET_TOP(r);
        if (!r)
            goto error;
        DISPATCH();
    }

/* A float result, written into an operand float that only the stack
 * holds (a temporary of the expression) instead of a new object: no
 * allocation and no deallocation for `a * b + c`. */
#define FLOAT_RESULT(expr)                                              \
    do {                                                                \
        double value_ = (expr);                                         \
        if (left->type == &FloatType && left->refcount == 1) {          \
            ((FloatObject *)left)->value = value_;                      \
            DECREF(right);                                              \
            DISPATCH();                                                 \
        }                                                               \
        if (right->type == &FloatType && right->refcount == 1) {        \
            ((FloatObject *)right)->value = value_;                     \
            DECREF(left);                                               \
            SET_TOP(right);                                             \
            DISPATCH();                                                 \
        }                                                               \
        r = float_from_double(value_);                                  \
    } while (0)

#define BINARY_RESULT(r)                \
    do {                                \
        DECREF(left);                   \
        DECREF(right);                  \
        SET_TOP(r);                     \
        if (!(r))                       \
            goto error;                 \
        DISPATCH();                     \
    } while (0)

    TARGET(BINARY_ADD)
    TARGET(INPLACE_ADD) {
        Object *right = POP();
        Object *left = TOP();
        Object *r;
        int64_t v;
        double x, y;
        if (both_small_ints(left, right) &&
            !__builtin_add_overflow(int_small_value(left), int_small_value(right), &v)) {
            r = int_from_i64(v);
        } else if (float_pair(left, right, &x, &y)) {
            FLOAT_RESULT(x + y);
        } else if (left->type == &StrType && right->type == &StrType) {
            /* s += t with s held only here and in the variable about to be
             * overwritten: let go of the variable's reference, so that the
             * string can grow in place */
            if (left->refcount == 2 && ip->op == OP_STORE_FAST && fastlocals[ip->arg] == left) {
                fastlocals[ip->arg] = NULL;
                DECREF(left);
            }
            str_append_inplace(&left, right);
            DECREF(right);
            SET_TOP(left);
            DISPATCH();
        } else {
            r = instr.op == OP_BINARY_ADD ? obj_binary_op(left, right, BINOP_ADD)
                                          : obj_inplace_op(left, right, BINOP_ADD);
        }
        BINARY_RESULT(r);
    }

    TARGET(BINARY_SUBTRACT)
    TARGET(INPLACE_SUBTRACT) {
        Object *right = POP();
        Object *left = TOP();
        Object *r;
        int64_t v;
        double x, y;
        if (both_small_ints(left, right) &&
            !__builtin_sub_overflow(int_small_value(left), int_small_value(right), &v))
            r = int_from_i64(v);
        else if (float_pair(left, right, &x, &y))
            FLOAT_RESULT(x - y);
        else
            r = instr.op == OP_BINARY_SUBTRACT ? obj_binary_op(left, right, BINOP_SUB)
                                               : obj_inplace_op(left, right, BINOP_SUB);
        BINARY_RESULT(r);
    }

    TARGET(BINARY_MULTIPLY)
    TARGET(INPLACE_MULTIPLY) {
        Object *right = POP();
        Object *left = TOP();
        Object *r;
        int64_t v;
        double x, y;
        if (both_small_ints(left, right) &&
            !__builtin_mul_overflow(int_small_value(left), int_small_value(right), &v))
            r = int_from_i64(v);
        else if (float_pair(left, right, &x, &y))
            FLOAT_RESULT(x * y);
        else
            r = instr.op == OP_BINARY_MULTIPLY ? obj_binary_op(left, right, BINOP_MUL)
                                               : obj_inplace_op(left, right, BINOP_MUL);
        BINARY_RESULT(r);
    }

    TARGET(BINARY_TRUE_DIVIDE)
    TARGET(INPLACE_TRUE_DIVIDE) {
        Object *right = POP();
        Object *left = TOP();
        Object *r;
        double x, y;
        if (float_pair(left, right, &x, &y)) {
            if (y != 0)
                FLOAT_RESULT(x / y);
            else
                r = float_divide(x, y);     /* (for its ZeroDivisionError) */
        } else if (both_small_ints(left, right))
            r = int_truediv(left, right);
        else
            r = instr.op == OP_BINARY_TRUE_DIVIDE ? obj_binary_op(left, right, BINOP_TRUEDIV)
                                                  : obj_inplace_op(left, right, BINOP_TRUEDIV);
        BINARY_RESULT(r);
    }

    TARGET(BINARY_FLOOR_DIVIDE)
    TARGET(INPLACE_FLOOR_DIVIDE) {
        Object *right = POP();
        Object *left = TOP();
        Object *r;
        if (both_small_ints(left, right))
            r = int_floordiv(left, right);
        else
            r = instr.op == OP_BINARY_FLOOR_DIVIDE ? obj_binary_op(left, right, BINOP_FLOORDIV)
                                                   : obj_inplace_op(left, right, BINOP_FLOORDIV);
        BINARY_RESULT(r);
    }

    TARGET(BINARY_MODULO)
    TARGET(INPLACE_MODULO) {
        Object *right = POP();
        Object *left = TOP();
        Object *r;
        if (both_small_ints(left, right))
            r = int_mod(left, right);
        else if (left->type == &StrType)
            r = str_percent_format(left, right);
        else
            r = instr.op == OP_BINARY_MODULO ? obj_binary_op(left, right, BINOP_MOD)
                                             : obj_inplace_op(left, right, BINOP_MOD);
        BINARY_RESULT(r);
    }

    TARGET(BINARY_POWER)
    TARGET(INPLACE_POWER) {
        Object *right = POP();
        Object *left = TOP();
        Object *r;
        double p_;
        if (both_floats(left, right) && float_value(left) > 0 &&
            (isfinite(p_ = pow(float_value(left), float_value(right))) ||
             !isfinite(float_value(left)) || !isfinite(float_value(right))))
            FLOAT_RESULT(p_);     /* (an overflow is left to float's pow, for its error) */
        else
            r = instr.op == OP_BINARY_POWER ? obj_binary_op(left, right, BINOP_POW)
                                            : obj_inplace_op(left, right, BINOP_POW);
        BINARY_RESULT(r);
    }

    TARGET(BINARY_LSHIFT)
    TARGET(INPLACE_LSHIFT) {
        Object *right = POP();
        Object *left = TOP();
        Object *r = instr.op == OP_BINARY_LSHIFT ? obj_binary_op(left, right, BINOP_LSHIFT)
                                                 : obj_inplace_op(left, right, BINOP_LSHIFT);
        BINARY_RESULT(r);
    }

    TARGET(BINARY_RSHIFT)
    TARGET(INPLACE_RSHIFT) {
        Object *right = POP();
        Object *left = TOP();
        Object *r;
        if (both_small_ints(left, right) && int_small_value(right) >= 0 &&
            int_small_value(right) < 64)
            r = int_from_i64(int_small_value(left) >> int_small_value(right));
        else
            r = instr.op == OP_BINARY_RSHIFT ? obj_binary_op(left, right, BINOP_RSHIFT)
                                             : obj_inplace_op(left, right, BINOP_RSHIFT);
        BINARY_RESULT(r);
    }

    TARGET(BINARY_AND)
    TARGET(INPLACE_AND) {
        Object *right = POP();
        Object *left = TOP();
        Object *r;
        if (both_small_ints(left, right))
            r = int_from_i64(int_small_value(left) & int_small_value(right));
        else
            r = instr.op == OP_BINARY_AND ? obj_binary_op(left, right, BINOP_AND)
                                          : obj_inplace_op(left, right, BINOP_AND);
        BINARY_RESULT(r);
    }

    TARGET(BINARY_OR)
    TARGET(INPLACE_OR) {
        Object *right = POP();
        Object *left = TOP();
        Object *r;
        if (both_small_ints(left, right))
            r = int_from_i64(int_small_value(left) | int_small_value(right));
        else
            r = instr.op == OP_BINARY_OR ? obj_binary_op(left, right, BINOP_OR)
                                         : obj_inplace_op(left, right, BINOP_OR);
        BINARY_RESULT(r);
    }

    TARGET(BINARY_XOR)
    TARGET(INPLACE_XOR) {
        Object *right = POP();
        Object *left = TOP();
        Object *r;
        if (both_small_ints(left, right))
            r = int_from_i64(int_small_value(left) ^ int_small_value(right));
        else
            r = instr.op == OP_BINARY_XOR ? obj_binary_op(left, right, BINOP_XOR)
                                          : obj_inplace_op(left, right, BINOP_XOR);
        BINARY_RESULT(r);
    }

    TARGET(BINARY_MATRIX_MULTIPLY)
    TARGET(INPLACE_MATRIX_MULTIPLY) {
        Object *right = POP();
        Object *left = TOP();
        Object *r = instr.op == OP_BINARY_MATRIX_MULTIPLY
                        ? obj_binary_op(left, right, BINOP_MATMUL)
                        : obj_inplace_op(left, right, BINOP_MATMUL);
        BINARY_RESULT(r);
    }

    TARGET(BINARY_SUBSCR) {
        Object *right = POP();
        Object *left = TOP();
        Object *r;
        if (left->type == &ListType && right->type == &IntType && int_is_small(right)) {
            int64_t i = int_small_value(right);
            ListObject *l = (ListObject *)left;
            if (i < 0)
                i += (int64_t)l->size;
            if (i >= 0 && (size_t)i < l->size) {
                r = l->items[i];
                INCREF(r);
                BINARY_RESULT(r);
            }
        } else if (left->type == &TupleType && right->type == &IntType && int_is_small(right)) {
            int64_t i = int_small_value(right);
            TupleObject *t = (TupleObject *)left;
            if (i < 0)
                i += (int64_t)t->size;
            if (i >= 0 && (size_t)i < t->size) {
                r = t->items[i];
                INCREF(r);
                BINARY_RESULT(r);
            }
        } else if (left->type == &DictType) {
            int64_t h = right->type == &StrType ? str_cached_hash(right) : obj_hash(right);
            if (h == -1 && err_occurred()) {
                r = NULL;
                BINARY_RESULT(r);
            }
            r = dict_get_with_hash(left, right, h);
            if (r) {
                INCREF(r);
                BINARY_RESULT(r);
            }
            if (err_occurred())
                BINARY_RESULT(r);
            err_set(&Exc_KeyError, right);
            BINARY_RESULT(r);
        }
        r = obj_getitem(left, right);
        BINARY_RESULT(r);
    }

    TARGET(STORE_SUBSCR) {
        Object *key = TOP(), *container = SECOND(), *value = THIRD();
        sp -= 3;
        int r;
        if (container->type == &ListType && key->type == &IntType && int_is_small(key) &&
            int_small_value(key) >= 0 && (size_t)int_small_value(key) < list_size(container)) {
            ListObject *l = (ListObject *)container;
            Object *old = l->items[int_small_value(key)];
            l->items[int_small_value(key)] = value;
            DECREF(old);
            DECREF(container);
            DECREF(key);
            DISPATCH();
        }
        if (container->type == &DictType)
            r = dict_set(container, key, value);
        else
            r = obj_setitem(container, key, value);
        DECREF(value);
        DECREF(container);
        DECREF(key);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR) {
        Object *key = POP(), *container = POP();
        int r = obj_delitem(container, key);
        DECREF(container);
        DECREF(key);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(COMPARE_OP) {
        Object *right = POP();
        Object *left = TOP();
        Object *r;
        if (both_small_ints(left, right)) {
            r = bool_from(compare_ints(int_small_value(left), int_small_value(right), (int)oparg));
        } else if (both_floats(left, right)) {
            r = bool_from(compare_doubles(float_value(left), float_value(right), (int)oparg));
        } else if (left->type == &StrType && right->type == &StrType &&
                   (oparg == CMP_EQ || oparg == CMP_NE)) {
            bool eq = str_equal(left, right);
            r = bool_from(oparg == CMP_EQ ? eq : !eq);
        } else {
            r = obj_rich_compare(left, right, (CompareOp)oparg);
        }
        BINARY_RESULT(r);
    }

    TARGET(IS_OP) {
        Object *right = POP();
        Object *left = TOP();
        bool same = (left == right) ^ (oparg != 0);
        DECREF(left);
        DECREF(right);
        SET_TOP(bool_from(same));
        DISPATCH();
    }

    TARGET(CONTAINS_OP) {
        Object *right = POP();
        Object *left = TOP();
        int c = obj_contains(right, left);
        DECREF(left);
        DECREF(right);
        if (c < 0) {
            sp--;
            goto error;
        }
        SET_TOP(bool_from(c ^ (int)oparg));
        DISPATCH();
    }

    /* ---- building ---- */

    TARGET(BUILD_TUPLE) {
        TupleObject *t = tuple_new(oparg);
        sp -= oparg;
        memcpy(t->items, sp, oparg * sizeof(Object *));
        PUSH((Object *)t);
        DISPATCH();
    }

    TARGET(BUILD_LIST) {
        ListObject *l = (ListObject *)list_new(oparg);
        sp -= oparg;
        if (oparg)
            memcpy(l->items, sp, oparg * sizeof(Object *));
        PUSH((Object *)l);
        DISPATCH();
    }

    TARGET(BUILD_SET) {
        Object *s = set_new(NULL);
        int r = 0;
        for (uint32_t i = 0; i < oparg; i++)
            if (r == 0)
                r = set_add(s, sp[(int64_t)i - (int64_t)oparg]);
        for (uint32_t i = 0; i < oparg; i++)
            DECREF(sp[(int64_t)i - (int64_t)oparg]);
        sp -= oparg;
        if (r < 0) {
            DECREF(s);
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_MAP) {
        Object *d = dict_new_presized(oparg);
        int r = 0;
        Object **items = sp - 2 * oparg;
        for (uint32_t i = 0; i < oparg && r == 0; i++)
            r = dict_set(d, items[2 * i], items[2 * i + 1]);
        for (uint32_t i = 0; i < 2 * oparg; i++)
            DECREF(items[i]);
        sp = items;
        if (r < 0) {
            DECREF(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_CONST_KEY_MAP) {
        if (UNLIKELY(!tuple_check(TOP()) || tuple_size(TOP()) != oparg)) {
            op_bad_operand("BUILD_CONST_KEY_MAP", "a tuple of as many keys as values", TOP());
            goto error;
        }
        Object *keys = POP();
        Object *d = dict_new_presized(oparg);
        Object **values = sp - oparg;
        int r = 0;
        for (uint32_t i = 0; i < oparg && r == 0; i++)
            r = dict_set(d, tuple_get(keys, i), values[i]);
        for (uint32_t i = 0; i < oparg; i++)
            DECREF(values[i]);
        DECREF(keys);
        sp = values;
        if (r < 0) {
            DECREF(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_STRING) {
        Object **parts = sp - oparg;
        Object *empty = str_empty();
        Object *list = list_from_array(parts, oparg);
        Object *s = str_join(empty, list);
        DECREF(list);
        DECREF(empty);
        for (uint32_t i = 0; i < oparg; i++)
            DECREF(parts[i]);
        sp = parts;
        if (!s)
            goto error;
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_SLICE) {
        Object *step = oparg == 3 ? POP() : NULL;
        Object *stop = POP();
        Object *start = TOP();
        Object *s = slice_new(start, stop, step);
        DECREF(start);
        DECREF(stop);
        XDECREF(step);
        SET_TOP(s);
        DISPATCH();
    }

    TARGET(LIST_APPEND) {
        Object *v = POP();
        if (UNLIKELY(!list_check(sp[-(int64_t)oparg]))) {
            DECREF(v);
            op_bad_operand("LIST_APPEND", "a list", sp[-(int64_t)oparg]);
            goto error;
        }
        list_append_steal(sp[-(int64_t)oparg], v);
        DISPATCH();
    }

    TARGET(SET_ADD) {
        Object *v = POP();
        if (UNLIKELY(!set_check(sp[-(int64_t)oparg]))) {
            DECREF(v);
            op_bad_operand("SET_ADD", "a set", sp[-(int64_t)oparg]);
            goto error;
        }
        int r = set_add(sp[-(int64_t)oparg], v);
        DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(MAP_ADD) {
        Object *value = POP(), *key = POP();
        int r = UNLIKELY(!dict_check(sp[-(int64_t)oparg]))
                    ? (op_bad_operand("MAP_ADD", "a dict", sp[-(int64_t)oparg]), -1)
                    : dict_set(sp[-(int64_t)oparg], key, value);
        DECREF(key);
        DECREF(value);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(LIST_EXTEND) {
        Object *iterable = POP();
        int r = UNLIKELY(!list_check(sp[-(int64_t)oparg]))
                    ? (op_bad_operand("LIST_EXTEND", "a list", sp[-(int64_t)oparg]), -1)
                    : op_list_extend(sp[-(int64_t)oparg], iterable);
        DECREF(iterable);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(SET_UPDATE) {
        Object *iterable = POP();
        if (UNLIKELY(!set_check(sp[-(int64_t)oparg]))) {
            DECREF(iterable);
            op_bad_operand("SET_UPDATE", "a set", sp[-(int64_t)oparg]);
            goto error;
        }
        int r = set_update(sp[-(int64_t)oparg], iterable);
        if (r < 0 && err_matches(&Exc_TypeError) && !iterable->type->iter &&
            !iterable->type->getitem) {
            err_clear();
            err_format(&Exc_TypeError, "Value after * must be an iterable, not %s",
                       obj_type_name(iterable));
        }
        DECREF(iterable);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DICT_UPDATE) {
        Object *other = POP();
        int r = UNLIKELY(!dict_check(sp[-(int64_t)oparg]))
                    ? (op_bad_operand("DICT_UPDATE", "a dict", sp[-(int64_t)oparg]), -1)
                    : op_dict_update(sp[-(int64_t)oparg], other, NULL, false);
        DECREF(other);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DICT_MERGE) {
        Object *other = POP();
        Object *func = sp[-(int64_t)oparg - 2];
        int r = UNLIKELY(!dict_check(sp[-(int64_t)oparg]))
                    ? (op_bad_operand("DICT_MERGE", "a dict", sp[-(int64_t)oparg]), -1)
                    : op_dict_update(sp[-(int64_t)oparg], other, func, true);
        DECREF(other);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE) {
        Object *l = TOP();
        if (UNLIKELY(!list_check(l))) {
            op_bad_operand("LIST_TO_TUPLE", "a list", l);
            goto error;
        }
        SET_TOP(list_as_tuple(l));
        DECREF(l);
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE) {
        Object *seq = TOP();
        if (seq->type == &TupleType && tuple_size(seq) == oparg) {
            Object **items = TUPLE_ITEMS(seq);
            sp--;
            for (uint32_t i = oparg; i > 0; i--)
                PUSH(NEWREF(items[i - 1]));
            DECREF(seq);
            DISPATCH();
        }
        if (seq->type == &ListType && list_size(seq) == oparg) {
            Object **items = ((ListObject *)seq)->items;
            sp--;
            for (uint32_t i = oparg; i > 0; i--)
                PUSH(NEWREF(items[i - 1]));
            DECREF(seq);
            DISPATCH();
        }
        sp--;
        int r = op_unpack(seq, oparg, 0, false, sp);
        DECREF(seq);
        if (r < 0)
            goto error;
        sp += oparg;
        DISPATCH();
    }

    TARGET(UNPACK_EX) {
        Object *seq = POP();
        size_t before = oparg & 0xFF, after = oparg >> 8;
        int r = op_unpack(seq, before, after, true, sp);
        DECREF(seq);
        if (r < 0)
            goto error;
        sp += before + after + 1;
        DISPATCH();
    }

    TARGET(FORMAT_VALUE) {
        if (UNLIKELY((oparg & 4) && !str_check(TOP()))) {
            op_bad_operand("FORMAT_VALUE", "a str as the format spec", TOP());
            goto error;
        }
        Object *spec = (oparg & 4) ? POP() : NULL;
        Object *value = TOP();
        Object *r;
        if (!spec && (oparg & 3) == 0 && value->type == &StrType) {
            DISPATCH();
        }
        r = op_format_value(value, (int)(oparg & 3), spec);
        DECREF(value);
        XDECREF(spec);
        SET_TOP(r);
        if (!r) {
            sp--;
            goto error;
        }
        DISPATCH();
    }

    /* ---- jumps and loops ---- */

    TARGET(JUMP_FORWARD)
    TARGET(JUMP_ABSOLUTE) {
        JUMP_TO(oparg);
        if (UNLIKELY(vm_eval_breaker)) {
            /* another thread waits for the GIL (vm/thread.h) */
            SAVE_FRAME_STATE();
            thread_yield_gil();
        }
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE) {
        Object *v = POP();
        if (v == OBJ_FALSE) {
            JUMP_TO(oparg);
        } else if (v != OBJ_TRUE) {
            int t = IS_TRUE_SLOW(v);
            DECREF(v);
            if (t < 0)
                goto error;
            if (!t)
                JUMP_TO(oparg);
            DISPATCH();
        }
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_TRUE) {
        Object *v = POP();
        if (v == OBJ_TRUE) {
            JUMP_TO(oparg);
        } else if (v != OBJ_FALSE) {
            int t = IS_TRUE_SLOW(v);
            DECREF(v);
            if (t < 0)
                goto error;
            if (t)
                JUMP_TO(oparg);
            DISPATCH();
        }
        DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP) {
        Object *v = TOP();
        int t = v == OBJ_TRUE ? 1 : v == OBJ_FALSE ? 0 : IS_TRUE_SLOW(v);
        if (t < 0)
            goto error;
        if (!t) {
            JUMP_TO(oparg);
        } else {
            sp--;
            DECREF(v);
        }
        DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP) {
        Object *v = TOP();
        int t = v == OBJ_TRUE ? 1 : v == OBJ_FALSE ? 0 : IS_TRUE_SLOW(v);
        if (t < 0)
            goto error;
        if (t) {
            JUMP_TO(oparg);
        } else {
            sp--;
            DECREF(v);
        }
        DISPATCH();
    }

    TARGET(GET_ITER) {
        Object *v = TOP();
        Object *it = obj_get_iter(v);
        DECREF(v);
        SET_TOP(it);
        if (!it) {
            sp--;
            goto error;
        }
        DISPATCH();
    }

    TARGET(FOR_ITER) {
        Object *it = TOP();
        Object *next;
        if (it->type == &RangeIterType) {
            RangeIterObject *r = (RangeIterObject *)it;
            if (r->remaining > 0) {
                int64_t v = r->next;
                r->next += r->step;
                r->remaining--;
                PUSH(int_from_i64(v));
                DISPATCH();
            }
            next = NULL;
        } else if (it->type == &ListIterType) {
            ListIterObject *li = (ListIterObject *)it;
            if (li->list && li->index < li->list->size) {
                next = li->list->items[li->index++];
                INCREF(next);
                PUSH(next);
                DISPATCH();
            }
            next = NULL;
        } else {
            next = it->type->iternext(it);
        }
        if (next) {
            PUSH(next);
            DISPATCH();
        }
        if (err_occurred()) {
            if (!err_matches(&Exc_StopIteration))
                goto error;
            err_clear();
        }
        sp--;
        DECREF(it);
        JUMP_TO(oparg);
        DISPATCH();
    }

    TARGET(RETURN_VALUE) {
        retval = POP();
        f->sp = sp;
        vm.depth--;
        if (f->is_entry) {
            vm.frame = f->back;
            if (!f->on_heap)
                frame_pop(f);
            return retval;
        }
        /* the caller is the running frame again while the callee's
           variables go (their destructors run on the caller's line) */
        Frame *caller = f->back;
        vm.frame = caller;
        frame_pop(f);
        f = caller;
        LOAD_FRAME_STATE();
        PUSH(retval);
        DISPATCH();
    }

    /* ---- blocks and exceptions ---- */

    TARGET(SETUP_FINALLY) {
        if (f->nblocks >= code->maxblocks) {
            err_set_string(&Exc_SystemError, "block stack overflow");
            goto error;
        }
        Block *b = &f->blocks[f->nblocks++];
        b->type = BLOCK_FINALLY;
        b->handler = (int32_t)oparg;
        b->level = (int32_t)(sp - base);
        DISPATCH();
    }

    TARGET(POP_BLOCK) {
        f->nblocks--;
        DISPATCH();
    }

    TARGET(POP_EXCEPT) {
        if (UNLIKELY(!restorable_exception(TOP()))) {
            op_bad_operand("POP_EXCEPT", "the previous exception or None", TOP());
            goto error;
        }
        f->nblocks--;
        restore_previous_exception(POP());
        DISPATCH();
    }

    TARGET(RERAISE) {
        if (UNLIKELY(!exception_check(TOP()))) {
            op_bad_operand("RERAISE", "an exception", TOP());
            goto error;
        }
        Object *exc = POP();
        err_restore(exc);
        goto exception_unwind;
    }

    TARGET(JUMP_IF_NOT_EXC_MATCH) {
        Object *cls = POP();
        Object *exc = POP();
        if (!op_check_except_class(cls)) {
            DECREF(cls);
            DECREF(exc);
            goto error;
        }
        bool match = exception_matches(exc, cls);
        DECREF(cls);
        DECREF(exc);
        if (!match)
            JUMP_TO(oparg);
        DISPATCH();
    }

    TARGET(RAISE_VARARGS) {
        if (oparg == 0) {
            Object *current = err_handled();
            if (!current) {
                err_set_string(&Exc_RuntimeError, "No active exception to reraise");
                goto error;
            }
            err_restore(NEWREF(current));
            goto exception_unwind;
        }
        Object *cause = oparg == 2 ? POP() : NULL;
        Object *exc = POP();
        op_raise(exc, cause);
        DECREF(exc);
        XDECREF(cause);
        goto error;
    }

    TARGET(SETUP_WITH) {
        Object *mgr = TOP();
        Object *exit;
        Object *entered = op_enter_context(mgr, &exit);
        if (!entered)
            goto error;
        SET_TOP(exit);
        DECREF(mgr);
        if (f->nblocks >= code->maxblocks) {
            DECREF(entered);
            err_set_string(&Exc_SystemError, "block stack overflow");
            goto error;
        }
        Block *b = &f->blocks[f->nblocks++];
        b->type = BLOCK_FINALLY;
        b->handler = (int32_t)oparg;
        b->level = (int32_t)(sp - base);
        PUSH(entered);
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START) {
        if (UNLIKELY(!exception_check(TOP()))) {
            op_bad_operand("WITH_EXCEPT_START", "an exception", TOP());
            goto error;
        }
        Object *exc = TOP();
        Object *exit = THIRD();
        Object *r = op_call_exit(exit, exc);
        if (!r)
            goto error;
        PUSH(r);
        DISPATCH();
    }

    /* ---- functions and calls ---- */

    TARGET(MAKE_FUNCTION) {
        Object *codeobj = POP();
        Object *parts[4] = { NULL, NULL, NULL, NULL };
        if (oparg & 8)
            parts[3] = POP();
        if (oparg & 4)
            parts[2] = POP();
        if (oparg & 2)
            parts[1] = POP();
        if (oparg & 1)
            parts[0] = POP();
        Object *func = op_make_function(f, codeobj, (int)oparg, parts);
        DECREF(codeobj);
        for (int i = 0; i < 4; i++)
            XDECREF(parts[i]);
        if (!func)
            goto error;
        PUSH(func);
        DISPATCH();
    }

    {
        /* The calls share their tail: args points at the first argument,
         * nargs counts them (keyword values included), kwnames names the
         * keyword ones, callable is below (and `below` more slots: the NULL
         * of CALL_METHOD). */
        Object *callable;
        Object **args;
        size_t nargs;
        TupleObject *kwnames;
        Object **bottom;

    TARGET(CALL_FUNCTION)
        args = sp - oparg;
        nargs = oparg;
        kwnames = NULL;
        callable = args[-1];
        bottom = args - 1;
        goto call;

    TARGET(CALL_FUNCTION_KW)
        if (UNLIKELY(!op_check_names("CALL_FUNCTION_KW", TOP(), oparg)))
            goto error;
        kwnames = (TupleObject *)POP();
        args = sp - oparg;
        nargs = oparg;
        callable = args[-1];
        bottom = args - 1;
        goto call;

    TARGET(CALL_METHOD)
        kwnames = NULL;
        goto call_method;

    TARGET(CALL_METHOD_KW)
        if (UNLIKELY(!op_check_names("CALL_METHOD_KW", TOP(), oparg)))
            goto error;
        kwnames = (TupleObject *)POP();
    call_method:
        if (sp[-(int64_t)oparg - 2] == NULL) {
            args = sp - oparg;
            nargs = oparg;
            callable = args[-1];
        } else {
            args = sp - oparg - 1;
            nargs = oparg + 1;
            callable = args[-1];
        }
        bottom = sp - oparg - 2;

    call:;
        size_t npositional = nargs - (kwnames ? tuple_size((Object *)kwnames) : 0);
        if (callable->type == &FunctionType) {
            FunctionObject *fn = (FunctionObject *)callable;
            CodeObject *co = fn->code;
            if (vm.depth + 1 > vm.recursion_limit) {
                err_set_string(&Exc_RecursionError, "maximum recursion depth exceeded");
                retval = NULL;
                goto call_failed;
            }
            if (!kwnames && co->argcount == (int32_t)nargs &&
                (co->flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE |
                              CO_ASYNC_GENERATOR)) == 0 &&
                co->kwonlyargcount == 0 && co->ncellvars == 0) {
                /* the common case: the arguments move straight into the new
                   frame, and the stack's reference to the function too */
                Frame *nf = frame_push(co, (Object *)fn, fn->globals, fn->builtins, NULL);
                memcpy(nf->localsplus, args, nargs * sizeof(Object *));
                for (int32_t i = 0; i < co->nfreevars; i++)
                    nf->localsplus[co->nlocals + i] = NEWREF(tuple_get(fn->closure, i));
                Object **below = bottom;
                while (below < args - 1)
                    XDECREF(*below++);
                sp = bottom;
                SAVE_FRAME_STATE();
                nf->back = f;
                f = nf;
                vm.frame = f;
                vm.depth++;
                LOAD_FRAME_STATE();
                if (UNLIKELY(vm_eval_breaker))
                    thread_yield_gil();
                DISPATCH();
            }
            Object *gen;
            Frame *nf = call_prepare_frame(fn, args, npositional, kwnames, &gen);
            if (nf) {
                for (Object **p = bottom; p < sp; p++)
                    XDECREF(*p);
                XDECREF(kwnames);
                sp = bottom;
                SAVE_FRAME_STATE();
                nf->back = f;
                f = nf;
                vm.frame = f;
                vm.depth++;
                LOAD_FRAME_STATE();
                DISPATCH();
            }
            retval = gen;
        } else {
            f->ip = ip;         /* (for the frame snapshots of sys._getframe) */
            retval = obj_call_counted(callable, args, npositional | CALL_ARGS_OFFSET, kwnames);
        }
    call_failed:
        for (Object **p = bottom; p < sp; p++)
            XDECREF(*p);
        XDECREF(kwnames);
        sp = bottom;
        if (!retval)
            goto error;
        PUSH(retval);
        DISPATCH();
    }

    TARGET(CALL_FUNCTION_EX) {
        Object *kwargs = (oparg & 1) ? POP() : NULL;
        Object *callargs = POP();
        Object *func = TOP();
        f->ip = ip;
        Object *r = op_call_ex(func, callargs, kwargs);
        DECREF(func);
        DECREF(callargs);
        XDECREF(kwargs);
        SET_TOP(r);
        if (!r) {
            sp--;
            goto error;
        }
        DISPATCH();
    }

    /* ---- generators ---- */

    TARGET(GEN_START) {
        Object *v = POP();
        DECREF(v);
        DISPATCH();
    }

    TARGET(YIELD_VALUE) {
        retval = POP();
        if (f->code->flags & CO_ASYNC_GENERATOR)
            retval = async_gen_wrap(retval);
        SAVE_FRAME_STATE();
        f->yielded = true;
        vm.depth--;
        vm.frame = f->back;
        return retval;
    }

    TARGET(YIELD_FROM) {
        Object *value = POP();
        Object *receiver = TOP();
        bool done;
        Object *r = op_send(receiver, value, &done);
        DECREF(value);
        if (!r)
            goto error;
        if (!done) {
            /* suspended at the YIELD_FROM itself: resuming runs it again */
            ip--;
            SAVE_FRAME_STATE();
            f->yielded = true;
            vm.depth--;
            vm.frame = f->back;
            return r;
        }
        DECREF(receiver);
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(GET_YIELD_FROM_ITER) {
        Object *v = TOP();
        Object *it = op_yield_from_iter(f, v);
        DECREF(v);
        SET_TOP(it);
        if (!it) {
            sp--;
            goto error;
        }
        DISPATCH();
    }

    TARGET(GET_AWAITABLE) {
        Object *v = TOP();
        Object *it = op_get_awaitable(v, (int)oparg);
        DECREF(v);
        SET_TOP(it);
        if (!it) {
            sp--;
            goto error;
        }
        DISPATCH();
    }

    TARGET(GET_AITER) {
        Object *v = TOP();
        Object *it = op_get_aiter(v);
        DECREF(v);
        SET_TOP(it);
        if (!it) {
            sp--;
            goto error;
        }
        DISPATCH();
    }

    TARGET(GET_ANEXT) {
        Object *aw = op_get_anext(TOP());
        if (!aw)
            goto error;
        PUSH(aw);
        DISPATCH();
    }

    TARGET(END_ASYNC_FOR) {
        if (UNLIKELY(!exception_check(TOP()) || !restorable_exception(SECOND()))) {
            op_bad_operand("END_ASYNC_FOR", "an exception and the previous one",
                           exception_check(TOP()) ? SECOND() : TOP());
            goto error;
        }
        Object *exc = POP();
        if (obj_is_instance_of(exc, &Exc_StopAsyncIteration)) {
            f->nblocks--;
            DECREF(exc);
            restore_previous_exception(POP());
            Object *aiter = POP();
            DECREF(aiter);
            DISPATCH();
        }
        err_restore(exc);
        goto exception_unwind;
    }

    TARGET(BEFORE_ASYNC_WITH) {
        Object *mgr = TOP();
        StrObject *aenter = str_intern_cstr("__aenter__"), *aexit = str_intern_cstr("__aexit__");
        Object *exit = NULL, *enter_attr = type_lookup(mgr->type, aenter);
        Object *exit_attr = type_lookup(mgr->type, aexit);
        DECREF(aenter);
        DECREF(aexit);
        if (!enter_attr || !exit_attr) {
            err_format(&Exc_TypeError, "'%s' object does not support the asynchronous context "
                       "manager protocol%s", obj_type_name(mgr),
                       enter_attr ? " (missed __aexit__ method)" : "");
            goto error;
        }
        exit = exit_attr->type->descr_get ? exit_attr->type->descr_get(exit_attr, mgr, mgr->type)
                                          : NEWREF(exit_attr);
        Object *aw = exit ? obj_call_method(mgr, str_intern_cstr("__aenter__"), NULL, 0) : NULL;
        if (!aw) {
            XDECREF(exit);
            goto error;
        }
        SET_TOP(exit);
        DECREF(mgr);
        PUSH(aw);
        DISPATCH();
    }

    TARGET(SETUP_ASYNC_WITH) {
        Object *res = POP();
        Block *b = &f->blocks[f->nblocks++];
        b->type = BLOCK_FINALLY;
        b->handler = (int32_t)oparg;
        b->level = (int32_t)(sp - base);
        PUSH(res);
        DISPATCH();
    }

    /* ---- modules ---- */

    TARGET(IMPORT_NAME) {
        if (UNLIKELY(!int_check(SECOND()) || !int_is_small(SECOND()))) {
            op_bad_operand("IMPORT_NAME", "an int level", SECOND());
            goto error;
        }
        Object *fromlist = POP();
        Object *level = TOP();
        Object *m = op_import_name(f, names[oparg], fromlist, level);
        DECREF(fromlist);
        DECREF(level);
        SET_TOP(m);
        if (!m) {
            sp--;
            goto error;
        }
        DISPATCH();
    }

    TARGET(IMPORT_FROM) {
        Object *v = op_import_from(TOP(), names[oparg]);
        if (!v)
            goto error;
        PUSH(v);
        DISPATCH();
    }

    TARGET(IMPORT_STAR) {
        Object *m = POP();
        int r = op_import_star(f, m);
        DECREF(m);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(PRINT_EXPR) {
        Object *v = POP();
        Object *hook = dict_get_cstr(module_dict(vm.sys_module), "displayhook");
        Object *r = hook ? obj_call1(hook, v) : none_ref();
        DECREF(v);
        if (!r)
            goto error;
        DECREF(r);
        DISPATCH();
    }

    /* ---- pattern matching ---- */

    TARGET(GET_LEN) {
        int64_t n = obj_length(TOP());
        if (n < 0)
            goto error;
        PUSH(int_from_i64(n));
        DISPATCH();
    }

    TARGET(MATCH_MAPPING) {
        Object *r = bool_from(op_is_mapping(TOP()));
        PUSH(r);
        DISPATCH();
    }

    TARGET(MATCH_SEQUENCE) {
        Object *r = bool_from(op_is_sequence(TOP()));
        PUSH(r);
        DISPATCH();
    }

    TARGET(MATCH_KEYS) {
        if (UNLIKELY(!tuple_check(TOP()))) {
            op_bad_operand("MATCH_KEYS", "a tuple of keys", TOP());
            goto error;
        }
        bool matched;
        Object *values = op_match_keys(SECOND(), TOP(), &matched);
        if (!values)
            goto error;
        PUSH(values);
        PUSH(bool_from(matched));
        DISPATCH();
    }

    TARGET(MATCH_CLASS) {
        if (UNLIKELY(!op_check_names("MATCH_CLASS", TOP(), SIZE_MAX)))
            goto error;
        Object *names_tuple = POP();
        Object *cls = POP();
        Object *subject = TOP();
        Object *attrs = op_match_class(subject, cls, names_tuple, (int)oparg);
        DECREF(names_tuple);
        DECREF(cls);
        if (!attrs)
            goto error;
        if (attrs == OBJ_NONE) {
            DECREF(attrs);
            PUSH(bool_from(false));
        } else {
            SET_TOP(attrs);
            DECREF(subject);
            PUSH(bool_from(true));
        }
        DISPATCH();
    }

    TARGET(COPY_DICT_WITHOUT_KEYS) {
        if (UNLIKELY(!tuple_check(TOP()))) {
            op_bad_operand("COPY_DICT_WITHOUT_KEYS", "a tuple of keys", TOP());
            goto error;
        }
        Object *keys = TOP();
        Object *rest = op_copy_dict_without_keys(SECOND(), keys);
        if (!rest)
            goto error;
        DECREF(keys);
        SET_TOP(rest);
        DISPATCH();
    }

    TARGET(CHECK_EG_MATCH) {
        if (UNLIKELY(!exception_check(SECOND()))) {
            op_bad_operand("CHECK_EG_MATCH", "an exception", SECOND());
            goto error;
        }
        Object *type = POP();
        Object *exc = POP();
        Object *rest, *match;
        int r = op_check_eg_match(exc, type, &rest, &match);
        DECREF(type);
        DECREF(exc);
        if (r < 0)
            goto error;
        PUSH(rest);
        PUSH(match);
        if (match != OBJ_NONE) {
            Object *old = vm.exc_info->exception;
            vm.exc_info->exception = NEWREF(match);
            XDECREF(old);
        }
        DISPATCH();
    }

    TARGET(PREP_RERAISE_STAR) {
        if (UNLIKELY(!list_check(TOP()))) {
            op_bad_operand("PREP_RERAISE_STAR", "a list of exceptions", TOP());
            goto error;
        }
        Object *raised = POP();
        Object *orig = TOP();
        Object *r = op_prep_reraise_star(orig, raised);
        DECREF(raised);
        if (!r)
            goto error;
        DECREF(orig);
        SET_TOP(r);
        DISPATCH();
    }

#ifndef USE_COMPUTED_GOTO
    default:
        err_format(&Exc_SystemError, "unknown opcode %d", instr.op);
        goto error;
    }
#endif

error:
    /* An instruction failed: this frame joins the traceback. */
    if (!vm.raised)
        err_set_string(&Exc_SystemError, "error return without exception set");
    exception_add_traceback(vm.raised, (Object *)code, f->globals,
                            (uint32_t)(ip - code->instrs - 1));

exception_unwind:
    while (f->nblocks > 0) {
        Block *b = &f->blocks[--f->nblocks];
        if (b->type == BLOCK_EXCEPT_HANDLER) {
            Object **level = base + b->level + 1;
            while (sp > level) {
                Object *v = POP();
                XDECREF(v);
            }
            restore_previous_exception(POP());
            continue;
        }
        Object **level = base + b->level;
        int32_t handler = b->handler;
        while (sp > level) {
            Object *v = POP();
            XDECREF(v);
        }
        /* (the handler's block takes the place of the one just popped) */
        Block *h = &f->blocks[f->nblocks++];
        h->type = BLOCK_EXCEPT_HANDLER;
        h->handler = -1;
        Object *exc = err_fetch();
        Object *previous = vm.exc_info->exception;
        PUSH(previous ? previous : none_ref());
        vm.exc_info->exception = NEWREF(exc);
        PUSH(exc);
        JUMP_TO(handler);
        DISPATCH();
    }
    /* no handler here: the frame ends, and the exception goes to the caller */
    while (sp > base) {
        Object *v = POP();
        XDECREF(v);
    }
    f->sp = sp;
    vm.depth--;
    if (f->is_entry) {
        vm.frame = f->back;
        if (!f->on_heap)
            frame_pop(f);
        return NULL;
    }
    {
        Frame *caller = f->back;
        frame_pop(f);
        f = caller;
        vm.frame = f;
        LOAD_FRAME_STATE();
    }
    goto error;
}

Object *eval_code(CodeObject *code, Object *globals, Object *locals)
{
    if (code->nfreevars)
        return err_format(&Exc_TypeError, "code object requires a closure of exactly length %d",
                          code->nfreevars);
    if (code->total_args || (code->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))) {
        /* a function's code (exec(f.__code__)): run as a call without arguments */
        Object *func = function_new(code, globals);
        Object *r = call_with_locals((FunctionObject *)func, locals);
        DECREF(func);
        return r;
    }
    /* (the frame borrows the builtins: held here, as the code may replace
       globals['__builtins__']) */
    Object *builtins = NEWREF(builtins_of_globals(globals));
    Frame *f = frame_push(code, NULL, globals, builtins, locals);
    for (int32_t i = 0; i < code->ncellvars; i++)
        f->localsplus[code->nlocals + i] = cell_new(NULL);
    f->is_entry = true;
    Object *r = eval_frame(f);
    DECREF(builtins);
    return r;
}

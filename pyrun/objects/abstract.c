/* abstract.c - the operators on any objects: binary and in-place
 * arithmetic with Python's rules for which operand's method runs, unary
 * operators, pow(), and index conversion. */
#include "runtime.h"

static const char *const binop_symbols[] = {
#define BINOP(name, symbol, method, rmethod, imethod, isymbol) symbol,
#include "objects/operators.def"
#undef BINOP
};

static const char *const inplace_symbols[] = {
#define BINOP(name, symbol, method, rmethod, imethod, isymbol) isymbol,
#include "objects/operators.def"
#undef BINOP
};

/* a OP b through the number slots: a's first - unless b's type is a
 * subclass of a's that implements the operator itself, which then goes
 * first.  NotImplemented if neither can. */
static Object *binary_op1(Object *a, Object *b, BinaryOp op)
{
    Type *ta = a->type, *tb = b->type;
    BinaryFunc fa = ta->number[op];
    BinaryFunc fb = ta != tb ? tb->number[op] : NULL;
    if (fb == fa)
        fb = NULL;
    Object *r;
    if (fa) {
        if (fb && type_is_subtype(tb, ta)) {
            r = fb(a, b);
            if (r != OBJ_NOT_IMPLEMENTED)
                return r;
            DECREF(r);
            fb = NULL;
        }
        r = fa(a, b);
        if (r != OBJ_NOT_IMPLEMENTED)
            return r;
        DECREF(r);
    }
    if (fb)
        return fb(a, b);
    return not_implemented_ref();
}

static Object *unsupported(Object *a, Object *b, const char *symbol)
{
    return err_format(&Exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", symbol,
                      obj_type_name(a), obj_type_name(b));
}

/* seq * n: the count must be an integer */
static Object *sequence_repeat(Object *(*repeat)(Object *, int64_t), Object *seq, Object *n)
{
    if (!int_check(n) && !n->type->index)
        return err_format(&Exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                          obj_type_name(n));
    int64_t count = obj_as_index(n, NULL);
    if (count == -1 && err_occurred()) {
        if (!err_matches(&Exc_OverflowError))
            return NULL;
        err_clear();
        if (int_sign(n) < 0)
            count = 0;
        else
            return err_format(&Exc_OverflowError, "cannot fit '%s' into an index-sized integer",
                              obj_type_name(n));
    }
    return repeat(seq, count);
}

Object *obj_binary_op(Object *a, Object *b, BinaryOp op)
{
    Object *r = binary_op1(a, b, op);
    if (r != OBJ_NOT_IMPLEMENTED)
        return r;
    DECREF(r);
    if (op == BINOP_ADD && a->type->concat)
        return a->type->concat(a, b);
    if (op == BINOP_MUL) {
        if (a->type->repeat)
            return sequence_repeat(a->type->repeat, a, b);
        if (b->type->repeat)
            return sequence_repeat(b->type->repeat, b, a);
    }
    if (op == BINOP_RSHIFT && a->type == &BuiltinFunctionType &&
        strcmp(((BuiltinFunctionObject *)a)->def->name, "print") == 0)
        return err_format(&Exc_TypeError, "unsupported operand type(s) for >>: "
                          "'builtin_function_or_method' and '%s'. Did you mean \"print(<message>, "
                          "file=<output_stream>)\"?", obj_type_name(b));
    return unsupported(a, b, binop_symbols[op]);
}

Object *obj_inplace_op(Object *a, Object *b, BinaryOp op)
{
    BinaryFunc f = a->type->inplace[op];
    if (f) {
        Object *r = f(a, b);
        if (r != OBJ_NOT_IMPLEMENTED)
            return r;
        DECREF(r);
    }
    Object *r = binary_op1(a, b, op);
    if (r != OBJ_NOT_IMPLEMENTED)
        return r;
    DECREF(r);
    if (op == BINOP_ADD) {
        if (a->type->inplace_concat)
            return a->type->inplace_concat(a, b);
        if (a->type->concat)
            return a->type->concat(a, b);
    }
    if (op == BINOP_MUL) {
        if (a->type->inplace_repeat)
            return sequence_repeat(a->type->inplace_repeat, a, b);
        if (a->type->repeat)
            return sequence_repeat(a->type->repeat, a, b);
        if (b->type->repeat)
            return sequence_repeat(b->type->repeat, b, a);
    }
    return unsupported(a, b, inplace_symbols[op] ? inplace_symbols[op] : binop_symbols[op]);
}

static Object *unary(Object *o, UnaryFunc f, const char *symbol)
{
    if (f)
        return f(o);
    return err_format(&Exc_TypeError, "bad operand type for %s: '%s'", symbol, obj_type_name(o));
}

Object *obj_negative(Object *o) { return unary(o, o->type->negative, "unary -"); }
Object *obj_positive(Object *o) { return unary(o, o->type->positive, "unary +"); }
Object *obj_invert(Object *o) { return unary(o, o->type->invert, "unary ~"); }
Object *obj_absolute(Object *o) { return unary(o, o->type->absolute, "abs()"); }

/* Which implementation of three-argument pow a value's type brings, as
 * CPython's slot: int's (bool's too), float's, complex's, a class's own
 * __pow__, or none. */
typedef enum PowSlot { POW_NONE, POW_INT, POW_FLOAT, POW_COMPLEX, POW_CLASS } PowSlot;

static PowSlot pow_slot(Object *o)
{
    if (o->type->flags & TYPE_HEAP) {
        StrObject *name = str_intern_cstr("__pow__");
        Object *found = type_lookup(o->type, name);
        DECREF(name);
        /* (a class that only inherits int's __pow__ keeps int's slot) */
        if (found && (found->type == &FunctionType || !(int_check(o) || float_check(o) ||
                                                        complex_check(o))))
            return POW_CLASS;
    }
    return int_check(o) ? POW_INT : float_check(o) ? POW_FLOAT : complex_check(o) ? POW_COMPLEX
                                                                                  : POW_NONE;
}

static bool complex_operand(Object *o)
{
    return int_check(o) || float_check(o) || complex_check(o);
}

/* pow(v, w, z) by the slot of `owner`'s type; NotImplemented if it does not apply. */
static Object *pow_by_slot(PowSlot slot, Object *owner, Object *v, Object *w, Object *z)
{
    switch (slot) {
    case POW_INT:
        if (int_check(v) && int_check(w) && int_check(z))
            return int_pow(v, w, z);
        return not_implemented_ref();
    case POW_FLOAT:
        return err_set_string(&Exc_TypeError, "pow() 3rd argument not allowed unless all "
                                              "arguments are integers");
    case POW_COMPLEX:
        if (complex_operand(v) && complex_operand(w))
            return err_set_string(&Exc_ValueError, "complex modulo");
        return not_implemented_ref();
    case POW_CLASS: {
        /* only the base's __pow__ takes a modulus (there is no ternary __rpow__) */
        if (owner != v)
            return not_implemented_ref();
        bool found;
        Object *args[2] = { w, z };
        StrObject *name = str_intern_cstr("__pow__");
        Object *r = obj_call_special(v, name, args, 2, &found);
        DECREF(name);
        return found ? r : not_implemented_ref();
    }
    default:
        return not_implemented_ref();
    }
}

Object *obj_power(Object *base, Object *exp, Object *mod)
{
    if (!mod || mod == OBJ_NONE)
        return obj_binary_op(base, exp, BINOP_POW);
    if (int_check(base) && int_check(exp) && int_check(mod))
        return int_pow(base, exp, mod);
    /* as CPython's ternary operation: the slot of each operand's type in
       turn (each different slot once), until one does not decline */
    Object *owners[3] = { base, exp, mod };
    PowSlot tried[3];
    for (int i = 0; i < 3; i++) {
        PowSlot slot = pow_slot(owners[i]);
        tried[i] = slot;
        bool again = false;
        for (int j = 0; j < i; j++)
            again = again || (tried[j] == slot && (slot != POW_CLASS ||
                                                   owners[j]->type == owners[i]->type));
        if (slot == POW_NONE || again)
            continue;
        Object *r = pow_by_slot(slot, owners[i], base, exp, mod);
        if (r != OBJ_NOT_IMPLEMENTED)
            return r;
        DECREF(r);
    }
    return err_format(&Exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', "
                      "'%s'", obj_type_name(base), obj_type_name(exp), obj_type_name(mod));
}

Object *obj_index(Object *o)
{
    if (int_check(o))
        return int_check_exact(o) ? NEWREF(o) : o->type->index(o);
    if (!o->type->index)
        return err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          obj_type_name(o));
    Object *r = o->type->index(o);
    if (r && !int_check(r)) {
        err_format(&Exc_TypeError, "__index__ returned non-int (type %s)", obj_type_name(r));
        CLEAR(r);
    }
    return r;
}

bool obj_as_c_int(Object *o, int *out)
{
    Object *i = obj_index(o);
    if (!i)
        return false;
    bool overflow = false;
    int64_t v = int_as_i64(i, &overflow);
    DECREF(i);
    if (overflow || v > INT32_MAX || v < INT32_MIN) {
        err_set_string(&Exc_OverflowError, "Python int too large to convert to C int");
        return false;
    }
    *out = (int)v;
    return true;
}

int64_t obj_as_index(Object *o, const char *what)
{
    if (int_check(o) && int_is_small(o))
        return int_small_value(o);
    Object *i = obj_index(o);
    if (!i)
        return -1;
    bool overflow;
    int64_t v = int_as_i64(i, &overflow);
    DECREF(i);
    if (overflow) {
        if (what)
            err_format(&Exc_OverflowError, "cannot fit '%s' into an index-sized integer",
                       obj_type_name(o));
        else
            err_set_string(&Exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return v;
}

bool obj_as_slice_index(Object *v, bool none_allowed, int64_t *out)
{
    if (!int_check(v) && !v->type->index) {
        err_set_string(&Exc_TypeError, none_allowed
                       ? "slice indices must be integers or None or have an __index__ method"
                       : "slice indices must be integers or have an __index__ method");
        return false;
    }
    Object *i = obj_index(v);
    if (!i)
        return false;
    bool overflow;
    int64_t x = int_as_i64(i, &overflow);
    if (overflow || x > INT64_MAX / 4 || x < INT64_MIN / 4)
        x = int_sign(i) < 0 ? INT64_MIN / 4 : INT64_MAX / 4;
    DECREF(i);
    *out = x;
    return true;
}

int64_t obj_as_subscript_index(Object *o)
{
    int64_t i = obj_as_index(o, "index");
    if (i == -1 && err_matches(&Exc_OverflowError)) {
        err_clear();
        err_format(&Exc_IndexError, "cannot fit '%s' into an index-sized integer",
                   obj_type_name(o));
    }
    return i;
}

Object *obj_fspath(Object *o)
{
    if (str_check(o) || bytes_check(o))
        return NEWREF(o);
    bool found;
    StrObject *name = str_intern_cstr("__fspath__");
    Object *r = obj_call_special(o, name, NULL, 0, &found);
    DECREF(name);
    if (!found || !r)
        return r;
    if (!str_check(r) && !bytes_check(r)) {
        err_format(&Exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                   obj_type_name(o), obj_type_name(r));
        CLEAR(r);
    }
    return r;
}

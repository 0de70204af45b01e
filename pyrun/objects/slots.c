/* slots.c - special methods <-> slots (see slots.h). */
#include "runtime.h"

#include <stdio.h>
#include "objects/slots.h"

/* ---- calling a special method found on the type ------------------------------------- */

/* Calls type(self).name(self, *args) with keyword names; *found is false (and
 * NULL returned, no exception) if the type has no such attribute. */
static Object *call_special(Object *self, StrObject *name, Object *const *args, size_t nargs,
                            TupleObject *kwnames, bool *found)
{
    Object *attr = type_lookup(self->type, name);
    if (!attr) {
        *found = false;
        return NULL;
    }
    *found = true;
    INCREF(attr);
    size_t n = NARGS(nargs), nkw = kwnames ? tuple_size((Object *)kwnames) : 0;
    Object *r;
    if (function_check(attr) || attr->type == &MethodDescrType ||
        attr->type == &WrapperDescrType) {
        Object *small[10];
        size_t total = n + nkw + 1;
        Object **all = total <= 10 ? small : mem_alloc(total * sizeof(Object *));
        all[0] = self;
        if (n + nkw)
            memcpy(all + 1, args, (n + nkw) * sizeof(Object *));
        r = obj_call(attr, all, n + 1, kwnames);
        if (all != small)
            mem_free(all, total * sizeof(Object *));
    } else if (attr->type->descr_get) {
        Object *bound = attr->type->descr_get(attr, self, self->type);
        r = bound ? obj_call(bound, args, n, kwnames) : NULL;
        XDECREF(bound);
    } else {
        r = obj_call(attr, args, n, kwnames);
    }
    DECREF(attr);
    return r;
}

static Object *call0(Object *self, StrObject *name, bool *found)
{
    return call_special(self, name, NULL, 0, NULL, found);
}

static Object *call1(Object *self, StrObject *name, Object *arg, bool *found)
{
    return call_special(self, name, &arg, 1, NULL, found);
}

/* ---- the slots of classes ----------------------------------------------------------------- */

static Object *missing_method(Object *self, const char *name)
{
    return err_format(&Exc_TypeError, "'%s' object has no method '%s'", obj_type_name(self), name);
}

static Object *slot_repr(Object *self)
{
    bool found;
    Object *r = call0(self, id_dunder_repr, &found);
    return found ? r : missing_method(self, "__repr__");
}

static Object *slot_str(Object *self)
{
    bool found;
    Object *r = call0(self, id_dunder_str, &found);
    return found ? r : obj_repr(self);
}

static int64_t slot_hash(Object *self)
{
    bool found;
    Object *r = call0(self, id_dunder_hash, &found);
    if (!found)
        return obj_hash_unhashable(self);
    if (!r)
        return -1;
    if (!int_check(r)) {
        DECREF(r);
        err_set_string(&Exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    /* A result that is already a hash value (it fits a machine word) is
     * kept, so that returning hash(y) hashes as y; only a larger int is
     * reduced as int's own hash does.  -1 stands for an error. */
    bool overflow;
    int64_t h = int_as_i64(r, &overflow);
    if (overflow)
        h = int_hash(r);
    DECREF(r);
    return h == -1 ? -2 : h;
}

static const StrObject *const *compare_names(void)
{
    static StrObject *names[6];
    if (!names[0]) {
        names[CMP_LT] = id_dunder_lt;
        names[CMP_LE] = id_dunder_le;
        names[CMP_EQ] = id_dunder_eq;
        names[CMP_NE] = id_dunder_ne;
        names[CMP_GT] = id_dunder_gt;
        names[CMP_GE] = id_dunder_ge;
    }
    return (const StrObject *const *)names;
}

static Object *slot_richcompare(Object *self, Object *other, CompareOp op)
{
    bool found;
    Object *r = call1(self, (StrObject *)compare_names()[op], other, &found);
    return found ? r : not_implemented_ref();
}

static Object *slot_call(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    bool found;
    Object *r = call_special(self, id_dunder_call, args, nargs, kwnames, &found);
    return found ? r : err_format(&Exc_TypeError, "'%s' object is not callable",
                                  obj_type_name(self));
}

static Object *slot_iter(Object *self)
{
    Object *attr = type_lookup(self->type, id_dunder_iter);
    if (attr == OBJ_NONE)
        return err_format(&Exc_TypeError, "'%s' object is not iterable", obj_type_name(self));
    bool found;
    Object *r = call0(self, id_dunder_iter, &found);
    return found ? r : err_format(&Exc_TypeError, "'%s' object is not iterable",
                                  obj_type_name(self));
}

static Object *slot_iternext(Object *self)
{
    bool found;
    Object *r = call0(self, id_dunder_next, &found);
    if (!found)
        return err_format(&Exc_TypeError, "'%s' object is not an iterator", obj_type_name(self));
    if (!r && err_matches(&Exc_StopIteration))
        err_clear();
    return r;
}

/* __getattribute__ if the class overrides it, else the generic lookup; then
 * __getattr__ when that raised AttributeError. */
static Object *slot_getattr(Object *self, StrObject *name)
{
    Object *getattribute = type_lookup(self->type, id_dunder_getattribute);
    Object *r;
    bool found = false;
    if (getattribute && getattribute->type != &WrapperDescrType)
        r = call1(self, id_dunder_getattribute, (Object *)name, &found);
    else
        r = obj_generic_getattr(self, name);
    if (r || !err_matches(&Exc_AttributeError))
        return r;
    if (!type_lookup(self->type, id_dunder_getattr))
        return NULL;
    err_clear();
    return call1(self, id_dunder_getattr, (Object *)name, &found);
}

static int slot_setattr(Object *self, StrObject *name, Object *value)
{
    bool found;
    Object *r;
    if (value) {
        Object *args[2] = { (Object *)name, value };
        r = call_special(self, id_dunder_setattr, args, 2, NULL, &found);
    } else {
        r = call1(self, id_dunder_delattr, (Object *)name, &found);
    }
    if (!found)
        return obj_generic_setattr(self, name, value);
    if (!r)
        return -1;
    DECREF(r);
    return 0;
}

static Object *slot_descr_get(Object *self, Object *instance, Type *owner)
{
    Object *args[2] = { instance ? instance : OBJ_NONE, owner ? (Object *)owner : OBJ_NONE };
    bool found;
    Object *r = call_special(self, id_dunder_get, args, 2, NULL, &found);
    return found ? r : NEWREF(self);
}

static int slot_descr_set(Object *self, Object *instance, Object *value)
{
    bool found;
    Object *r;
    if (value) {
        Object *args[2] = { instance, value };
        r = call_special(self, id_dunder_set, args, 2, NULL, &found);
    } else {
        r = call1(self, id_dunder_delete, instance, &found);
    }
    if (!found) {
        err_format(&Exc_AttributeError, value ? "__set__" : "__delete__");
        return -1;
    }
    if (!r)
        return -1;
    DECREF(r);
    return 0;
}

static int slot_init(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    bool found;
    Object *r = call_special(self, id_dunder_init, args, nargs, kwnames, &found);
    if (!found)
        return 0;
    if (!r)
        return -1;
    if (r != OBJ_NONE) {
        err_format(&Exc_TypeError, "__init__() should return None, not '%s'", obj_type_name(r));
        DECREF(r);
        return -1;
    }
    DECREF(r);
    return 0;
}

/* __new__ is a static method: called with the class first. */
static Object *slot_new(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    Object *new_ = obj_getattr((Object *)type, id_dunder_new);
    if (!new_)
        return NULL;
    size_t n = NARGS(nargs), nkw = kwnames ? tuple_size((Object *)kwnames) : 0;
    size_t total = n + nkw + 1;
    Object *small[10];
    Object **all = total <= 10 ? small : mem_alloc(total * sizeof(Object *));
    all[0] = (Object *)type;
    memcpy(all + 1, args, (n + nkw) * sizeof(Object *));
    Object *r = obj_call(new_, all, n + 1, kwnames);
    if (all != small)
        mem_free(all, total * sizeof(Object *));
    DECREF(new_);
    return r;
}

/* A length from __len__ (or an index from __index__...) checked as CPython does. */
static int64_t checked_length(Object *r)
{
    if (!r)
        return -1;
    if (!int_check(r)) {
        err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                   obj_type_name(r));
        DECREF(r);
        return -1;
    }
    bool overflow;
    int64_t n = int_as_i64(r, &overflow);
    int sign = int_sign(r);
    DECREF(r);
    if (sign < 0) {
        err_set_string(&Exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    if (overflow) {
        err_set_string(&Exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return n;
}

static int64_t slot_length(Object *self)
{
    bool found;
    Object *r = call0(self, id_dunder_len, &found);
    if (!found) {
        err_format(&Exc_TypeError, "object of type '%s' has no len()", obj_type_name(self));
        return -1;
    }
    return checked_length(r);
}

static Object *slot_getitem(Object *self, Object *key)
{
    bool found;
    Object *r = call1(self, id_dunder_getitem, key, &found);
    return found ? r : err_format(&Exc_TypeError, "'%s' object is not subscriptable",
                                  obj_type_name(self));
}

static int slot_setitem(Object *self, Object *key, Object *value)
{
    bool found;
    Object *r;
    if (value) {
        Object *args[2] = { key, value };
        r = call_special(self, id_dunder_setitem, args, 2, NULL, &found);
        if (!found)
            err_format(&Exc_TypeError, "'%s' object does not support item assignment",
                       obj_type_name(self));
    } else {
        r = call1(self, id_dunder_delitem, key, &found);
        if (!found)
            err_format(&Exc_TypeError, "'%s' object does not support item deletion",
                       obj_type_name(self));
    }
    if (!r)
        return -1;
    DECREF(r);
    return 0;
}

static int slot_contains(Object *self, Object *item)
{
    Object *attr = type_lookup(self->type, id_dunder_contains);
    if (attr == OBJ_NONE) {
        err_format(&Exc_TypeError, "'%s' object is not a container", obj_type_name(self));
        return -1;
    }
    bool found;
    Object *r = call1(self, id_dunder_contains, item, &found);
    if (!r)
        return -1;
    int t = obj_is_true(r);
    DECREF(r);
    return t;
}

static int slot_truth(Object *self)
{
    bool found;
    Object *r = call0(self, id_dunder_bool, &found);
    if (!found) {
        if (type_lookup(self->type, id_dunder_len)) {
            int64_t n = slot_length(self);
            return n < 0 ? -1 : n > 0;
        }
        return 1;
    }
    if (!r)
        return -1;
    if (!bool_check(r)) {
        err_format(&Exc_TypeError, "__bool__ should return bool, returned %s", obj_type_name(r));
        DECREF(r);
        return -1;
    }
    int t = r == OBJ_TRUE;
    DECREF(r);
    return t;
}

#define UNARY_SLOT(fn, ident, message)                                 \
    static Object *fn(Object *self)                                    \
    {                                                                  \
        bool found;                                                    \
        Object *r = call0(self, ident, &found);                        \
        return found ? r : err_format(&Exc_TypeError, message, obj_type_name(self)); \
    }
UNARY_SLOT(slot_negative, id_dunder_neg, "bad operand type for unary -: '%s'")
UNARY_SLOT(slot_positive, id_dunder_pos, "bad operand type for unary +: '%s'")
UNARY_SLOT(slot_invert, id_dunder_invert, "bad operand type for unary ~: '%s'")
UNARY_SLOT(slot_absolute, id_dunder_abs, "bad operand type for abs(): '%s'")

static Object *slot_to_int(Object *self)
{
    bool found;
    Object *r = call0(self, id_dunder_int, &found);
    if (!found)
        return err_format(&Exc_TypeError, "int() argument must be a string, a bytes-like object "
                          "or a real number, not '%s'", obj_type_name(self));
    if (r && !int_check(r)) {
        err_format(&Exc_TypeError, "__int__ returned non-int (type %s)", obj_type_name(r));
        CLEAR(r);
    }
    return r;
}

static Object *slot_to_float(Object *self)
{
    bool found;
    Object *r = call0(self, id_dunder_float, &found);
    if (!found)
        return err_format(&Exc_TypeError, "must be real number, not %s", obj_type_name(self));
    if (r && !float_check(r)) {
        err_format(&Exc_TypeError, "%s.__float__ returned non-float (type %s)",
                   obj_type_name(self), obj_type_name(r));
        CLEAR(r);
    }
    return r;
}

static Object *slot_index(Object *self)
{
    bool found;
    Object *r = call0(self, id_dunder_index, &found);
    if (!found)
        return err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          obj_type_name(self));
    if (r && !int_check(r)) {
        err_format(&Exc_TypeError, "__index__ returned non-int (type %s)", obj_type_name(r));
        CLEAR(r);
    }
    return r;
}

/* ---- binary operators of classes -------------------------------------------------------- */

static StrObject *binop_names[BINOP_COUNT], *binop_rnames[BINOP_COUNT], *binop_inames[BINOP_COUNT];

static BinaryFunc class_binary_slot[BINOP_COUNT];

/* Whether class sub defines `name` otherwise than base does (it has it and
 * base has not, or they differ): only then does its __rop__ go first. */
static bool overrides(Type *sub, Type *base, StrObject *name)
{
    Object *mine = type_lookup(sub, name);
    if (!mine)
        return false;
    return type_lookup(base, name) != mine;
}

/* a OP b where one of them is an instance of a class that defines the
 * operator: a.__op__(b) first, then b.__rop__(a) - unless b's class is a
 * subclass of a's that overrides __rop__, which then goes first. */
static Object *class_binary(Object *a, Object *b, BinaryOp op)
{
    Type *ta = a->type, *tb = b->type;
    BinaryFunc mine = class_binary_slot[op];
    bool do_other = ta != tb && tb->number[op] == mine;
    bool found;
    Object *r;
    if (ta->number[op] == mine) {
        if (do_other && type_is_subtype(tb, ta) && overrides(tb, ta, binop_rnames[op])) {
            r = call1(b, binop_rnames[op], a, &found);
            if (found) {
                if (r != OBJ_NOT_IMPLEMENTED)
                    return r;
                DECREF(r);
            }
            do_other = false;
        }
        r = call1(a, binop_names[op], b, &found);
        if (found) {
            if (r != OBJ_NOT_IMPLEMENTED || ta == tb)
                return r;
            DECREF(r);
        }
    }
    if (do_other) {
        r = call1(b, binop_rnames[op], a, &found);
        if (found)
            return r;
    }
    return not_implemented_ref();
}

static Object *class_inplace(Object *a, Object *b, BinaryOp op)
{
    bool found;
    Object *r = call1(a, binop_inames[op], b, &found);
    return found ? r : not_implemented_ref();
}

#define BINOP(name, symbol, method, rmethod, imethod, isymbol)                 \
    static Object *slot_binary_##name(Object *a, Object *b)                    \
    {                                                                          \
        return class_binary(a, b, BINOP_##name);                               \
    }                                                                          \
    static Object *slot_inplace_##name(Object *a, Object *b)                   \
    {                                                                          \
        return class_inplace(a, b, BINOP_##name);                              \
    }
#include "objects/operators.def"
#undef BINOP

static void slot_finalize(Object *self)
{
    bool found;
    Object *saved = err_fetch();
    Object *r = call0(self, id_dunder_del, &found);
    if (!r && found) {
        Object *exc = err_fetch();
        if (exc) {
            /* (CPython names the function, not a method bound to the dying object) */
            err_write_unraisable(exc, type_lookup(self->type, id_dunder_del));
        }
    }
    XDECREF(r);
    err_restore(saved);
}

/* ---- the table ---------------------------------------------------------------------------- */

#define SLOT(name, field, function, kind) { name, offsetof(Type, field), (void *)(function), kind, 0 }
#define CMP(name, op) { name, offsetof(Type, richcompare), (void *)slot_richcompare, WRAP_RICHCMP, op }

/* Entries that share a slot are next to each other (see update_group). */
static const SlotDef slotdefs[] = {
    SLOT("__repr__", repr, slot_repr, WRAP_UNARY),
    SLOT("__str__", str, slot_str, WRAP_UNARY),
    SLOT("__hash__", hash, slot_hash, WRAP_HASH),
    SLOT("__call__", call, slot_call, WRAP_CALL),
    SLOT("__getattribute__", getattr, slot_getattr, WRAP_GETATTR),
    SLOT("__getattr__", getattr, slot_getattr, WRAP_GETATTR),
    SLOT("__setattr__", setattr, slot_setattr, WRAP_SETATTR),
    SLOT("__delattr__", setattr, slot_setattr, WRAP_DELATTR),
    CMP("__lt__", CMP_LT), CMP("__le__", CMP_LE), CMP("__eq__", CMP_EQ),
    CMP("__ne__", CMP_NE), CMP("__gt__", CMP_GT), CMP("__ge__", CMP_GE),
    SLOT("__iter__", iter, slot_iter, WRAP_UNARY),
    SLOT("__next__", iternext, slot_iternext, WRAP_NEXT),
    SLOT("__get__", descr_get, slot_descr_get, WRAP_DESCR_GET),
    SLOT("__set__", descr_set, slot_descr_set, WRAP_DESCR_SET),
    SLOT("__delete__", descr_set, slot_descr_set, WRAP_DESCR_DELETE),
    SLOT("__init__", init, slot_init, WRAP_INIT),
    SLOT("__len__", length, slot_length, WRAP_LEN),
    SLOT("__getitem__", getitem, slot_getitem, WRAP_GETITEM),
    SLOT("__setitem__", setitem, slot_setitem, WRAP_SETITEM),
    SLOT("__delitem__", setitem, slot_setitem, WRAP_DELITEM),
    SLOT("__contains__", contains, slot_contains, WRAP_CONTAINS),
    SLOT("__bool__", truth, slot_truth, WRAP_BOOL),
    SLOT("__neg__", negative, slot_negative, WRAP_UNARY),
    SLOT("__pos__", positive, slot_positive, WRAP_UNARY),
    SLOT("__invert__", invert, slot_invert, WRAP_UNARY),
    SLOT("__abs__", absolute, slot_absolute, WRAP_UNARY),
    SLOT("__int__", to_int, slot_to_int, WRAP_UNARY),
    SLOT("__float__", to_float, slot_to_float, WRAP_UNARY),
    SLOT("__index__", index, slot_index, WRAP_UNARY),
#define BINOP(name, symbol, method, rmethod, imethod, isymbol)                                 \
    { method, offsetof(Type, number[BINOP_##name]), (void *)slot_binary_##name, WRAP_BINARY,   \
      BINOP_##name },                                                                          \
    { rmethod, offsetof(Type, number[BINOP_##name]), (void *)slot_binary_##name,               \
      WRAP_BINARY_R, BINOP_##name },                                                           \
    { imethod, offsetof(Type, inplace[BINOP_##name]), (void *)slot_inplace_##name,             \
      WRAP_BINARY, BINOP_##name },
#include "objects/operators.def"
#undef BINOP
    /* sequences: what `+` and `*` mean for them, when the number slots decline */
    SLOT("__add__", concat, NULL, WRAP_BINARY),
    SLOT("__mul__", repeat, NULL, WRAP_REPEAT),
    SLOT("__rmul__", repeat, NULL, WRAP_REPEAT_R),
    SLOT("__iadd__", inplace_concat, NULL, WRAP_BINARY),
    SLOT("__imul__", inplace_repeat, NULL, WRAP_REPEAT),
};
enum { SLOTDEF_COUNT = sizeof slotdefs / sizeof slotdefs[0] };

static void init_names(void)
{
    if (binop_names[0])
        return;
    static const char *const names[][3] = {
#define BINOP(name, symbol, method, rmethod, imethod, isymbol) { method, rmethod, imethod },
#include "objects/operators.def"
#undef BINOP
    };
    for (int i = 0; i < BINOP_COUNT; i++) {
        binop_names[i] = str_intern_cstr(names[i][0]);
        binop_rnames[i] = str_intern_cstr(names[i][1]);
        binop_inames[i] = names[i][2] ? str_intern_cstr(names[i][2]) : NULL;
    }
#define BINOP(name, symbol, method, rmethod, imethod, isymbol) \
    class_binary_slot[BINOP_##name] = slot_binary_##name;
#include "objects/operators.def"
#undef BINOP
}

static void **slot_at(Type *t, size_t offset)
{
    return (void **)((char *)t + offset);
}

/* ---- built-in types: wrappers for their slots ---------------------------------------------- */

void slots_add_wrappers(Type *t)
{
    init_names();
    for (size_t i = 0; i < SLOTDEF_COUNT; i++) {
        const SlotDef *d = &slotdefs[i];
        if (!d->name || strcmp(d->name, "__getattr__") == 0)
            continue;           /* (a class's fallback: built-in types have only __getattribute__) */
        void *fn = *slot_at(t, d->offset);
        if (!fn)
            continue;
        if (t->base && fn == *slot_at(t->base, d->offset))
            continue;           /* inherited: the base's wrapper serves */
        if (dict_get_cstr((Object *)t->dict, d->name))
            continue;
        if (d->offset == offsetof(Type, hash) && fn == (void *)obj_hash_unhashable) {
            dict_set_cstr((Object *)t->dict, d->name, OBJ_NONE);
            continue;
        }
        Object *w = wrapper_descr_new(t, d, fn);
        dict_set_cstr((Object *)t->dict, d->name, w);
        DECREF(w);
    }
    if (t->new_ && (!t->base || t->new_ != t->base->new_) &&
        !dict_get_cstr((Object *)t->dict, "__new__")) {
        Object *n = slots_new_wrapper(t);
        dict_set_cstr((Object *)t->dict, "__new__", n);
        DECREF(n);
    }
}

bool slots_is_class_function(Object *found, const SlotDef *slot)
{
    if (found->type == &WrapperDescrType)
        return ((WrapperDescrObject *)found)->slot->offset != slot->offset &&
               slot->class_function != NULL;
    return true;
}

/* ---- classes: slots from their special methods ------------------------------------------------ */

/* Sets the slot shared by slotdefs[first..last): the class function if any of
 * the names is defined in Python along the MRO; a built-in type's slot if
 * they lead to its wrapper; otherwise what was inherited stays. */
static void update_group(Type *t, size_t first, size_t last)
{
    size_t offset = slotdefs[first].offset;
    void *class_function = slotdefs[first].class_function;
    bool any_python = false;
    void *builtin = NULL;
    bool unhashable = false;
    for (size_t i = first; i < last; i++) {
        const SlotDef *d = &slotdefs[i];
        if (!d->name)
            continue;
        StrObject *name = str_intern_cstr(d->name);
        Object *found = type_lookup(t, name);
        DECREF(name);
        if (!found)
            continue;
        if (found->type == &WrapperDescrType) {
            WrapperDescrObject *w = (WrapperDescrObject *)found;
            if (w->slot->offset == offset) {
                if (!builtin)
                    builtin = w->function;
            } else {
                any_python = true;
            }
        } else if (found == OBJ_NONE && offset == offsetof(Type, hash)) {
            unhashable = true;
        } else {
            any_python = true;
        }
    }
    void **slot = slot_at(t, offset);
    if (unhashable)
        *slot = (void *)obj_hash_unhashable;
    else if (any_python)
        *slot = class_function;
    else if (builtin)
        *slot = builtin;
}

void type_update_slots(Type *t)
{
    init_names();
    size_t i = 0;
    while (i < SLOTDEF_COUNT) {
        size_t j = i + 1;
        while (j < SLOTDEF_COUNT && slotdefs[j].offset == slotdefs[i].offset)
            j++;
        update_group(t, i, j);
        i = j;
    }
    Object *new_ = type_lookup(t, id_dunder_new);
    if (new_ && new_->type != &BuiltinFunctionType)
        t->new_ = slot_new;
    else if (t->base)
        t->new_ = t->base->new_;
    if (type_lookup(t, id_dunder_del))
        t->finalize = slot_finalize;
}

void type_update_slot(Type *t, StrObject *name)
{
    for (size_t i = 0; i < SLOTDEF_COUNT; i++) {
        if (slotdefs[i].name && str_equal_cstr((Object *)name, slotdefs[i].name)) {
            type_update_slots(t);
            return;
        }
    }
    if (str_equal_cstr((Object *)name, "__new__") || str_equal_cstr((Object *)name, "__del__"))
        type_update_slots(t);
}

/* ---- calling a wrapper ---------------------------------------------------------------------- */

static bool check_count(size_t nargs, size_t want)
{
    if (nargs == want)
        return true;
    err_format(&Exc_TypeError, "expected %zu argument%s, got %zu", want, want == 1 ? "" : "s",
               nargs);
    return false;
}

static Object *from_status(int status)
{
    return status < 0 ? NULL : none_ref();
}

static StrObject *attribute_name(Object *name)
{
    if (!str_check(name)) {
        err_format(&Exc_TypeError, "attribute name must be string, not '%s'", obj_type_name(name));
        return NULL;
    }
    return (StrObject *)name;
}

Object *slots_call_wrapper(const SlotDef *slot, void *function, Object *self,
                           Object *const *args, size_t nargs, TupleObject *kwnames)
{
    nargs = NARGS(nargs);
    if (kwnames && slot->kind != WRAP_CALL && slot->kind != WRAP_INIT)
        return err_format(&Exc_TypeError, "wrapper %s() takes no keyword arguments", slot->name);
    switch (slot->kind) {
    case WRAP_UNARY:
        return check_count(nargs, 0) ? ((UnaryFunc)function)(self) : NULL;
    case WRAP_NEXT: {
        if (!check_count(nargs, 0))
            return NULL;
        Object *r = ((UnaryFunc)function)(self);
        if (!r && !err_occurred())
            err_set(&Exc_StopIteration, NULL);
        return r;
    }
    case WRAP_BINARY:
        return check_count(nargs, 1) ? ((BinaryFunc)function)(self, args[0]) : NULL;
    case WRAP_BINARY_R:
        return check_count(nargs, 1) ? ((BinaryFunc)function)(args[0], self) : NULL;
    case WRAP_RICHCMP:
        return check_count(nargs, 1) ? ((RichCompareFunc)function)(self, args[0], slot->op)
                                     : NULL;
    case WRAP_HASH: {
        if (!check_count(nargs, 0))
            return NULL;
        int64_t h = ((HashFunc)function)(self);
        return h == -1 && err_occurred() ? NULL : int_from_i64(h);
    }
    case WRAP_LEN: {
        if (!check_count(nargs, 0))
            return NULL;
        int64_t n = ((LenFunc)function)(self);
        return n < 0 ? NULL : int_from_i64(n);
    }
    case WRAP_BOOL: {
        if (!check_count(nargs, 0))
            return NULL;
        int t = ((InquiryFunc)function)(self);
        return t < 0 ? NULL : bool_from(t);
    }
    case WRAP_CONTAINS: {
        if (!check_count(nargs, 1))
            return NULL;
        int t = ((ContainsFunc)function)(self, args[0]);
        return t < 0 ? NULL : bool_from(t);
    }
    case WRAP_CALL:
        return ((CallFunc)function)(self, args, nargs, kwnames);
    case WRAP_INIT:
        return from_status(((InitFunc)function)(self, args, nargs, kwnames));
    case WRAP_GETATTR: {
        if (!check_count(nargs, 1))
            return NULL;
        StrObject *name = attribute_name(args[0]);
        return name ? ((GetAttrFunc)function)(self, name) : NULL;
    }
    case WRAP_SETATTR: {
        if (!check_count(nargs, 2))
            return NULL;
        StrObject *name = attribute_name(args[0]);
        return name ? from_status(((SetAttrFunc)function)(self, name, args[1])) : NULL;
    }
    case WRAP_DELATTR: {
        if (!check_count(nargs, 1))
            return NULL;
        StrObject *name = attribute_name(args[0]);
        return name ? from_status(((SetAttrFunc)function)(self, name, NULL)) : NULL;
    }
    case WRAP_GETITEM:
        return check_count(nargs, 1) ? ((BinaryFunc)function)(self, args[0]) : NULL;
    case WRAP_SETITEM:
        return check_count(nargs, 2)
                   ? from_status(((SetItemFunc)function)(self, args[0], args[1])) : NULL;
    case WRAP_DELITEM:
        return check_count(nargs, 1)
                   ? from_status(((SetItemFunc)function)(self, args[0], NULL)) : NULL;
    case WRAP_DESCR_GET: {
        if (nargs < 1 || nargs > 2)
            return err_format(&Exc_TypeError, "expected 1 or 2 arguments, got %zu", nargs);
        Object *instance = args[0] == OBJ_NONE ? NULL : args[0];
        Object *owner = nargs > 1 && args[1] != OBJ_NONE ? args[1] : NULL;
        if (!instance && !owner)
            return err_set_string(&Exc_TypeError, "__get__(None, None) is invalid");
        return ((DescrGetFunc)function)(self, instance, (Type *)owner);
    }
    case WRAP_DESCR_SET:
        return check_count(nargs, 2)
                   ? from_status(((DescrSetFunc)function)(self, args[0], args[1])) : NULL;
    case WRAP_DESCR_DELETE:
        return check_count(nargs, 1)
                   ? from_status(((DescrSetFunc)function)(self, args[0], NULL)) : NULL;
    case WRAP_REPEAT:
    case WRAP_REPEAT_R: {
        if (!check_count(nargs, 1))
            return NULL;
        int64_t n = obj_as_index(args[0], "repeat count");
        if (n == -1 && err_occurred())
            return NULL;
        return ((Object *(*)(Object *, int64_t))function)(self, n);
    }
    }
    return err_set_string(&Exc_SystemError, "bad wrapper kind");
}

/* ---- __new__ of built-in types ------------------------------------------------------------------- */

/* int.__new__(cls, *args): cls must be a subtype of int, and int's new is
 * called for it. */
static Object *new_wrapper(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    Type *owner = (Type *)self;
    nargs = NARGS(nargs);
    if (nargs < 1)
        return err_format(&Exc_TypeError, "%s.__new__(): not enough arguments", owner->name);
    Object *sub = args[0];
    if (!type_check(sub))
        return err_format(&Exc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                          owner->name, obj_type_name(sub));
    if (!type_is_subtype((Type *)sub, owner))
        return err_format(&Exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                          owner->name, ((Type *)sub)->name, ((Type *)sub)->name, owner->name);
    /* the nearest class whose instances another __new__ makes must be made
       by that one: object.__new__(int) is not safe */
    Type *staticbase = (Type *)sub;
    while (staticbase && staticbase->new_ == slot_new)
        staticbase = staticbase->base;
    if (staticbase && staticbase->new_ != owner->new_)
        return err_format(&Exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                          owner->name, ((Type *)sub)->name, staticbase->name);
    return owner->new_((Type *)sub, args + 1, nargs - 1, kwnames);
}

static const MethodDef new_wrapper_def = { "__new__", new_wrapper, METH_DEFAULT };

Object *slots_new_wrapper(Type *owner)
{
    return builtin_function_new(&new_wrapper_def, (Object *)owner, NULL);
}

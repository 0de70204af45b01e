/* ops.c - the bodies of the larger instructions (see ops.h). */
#include "runtime.h"
#include "vm/ops.h"

/* ---- operands of the wrong type (code files are untrusted) ------------------------ */

Object *op_bad_operand(const char *instruction, const char *expected, Object *got)
{
    return err_format(&Exc_SystemError, "bad code: %s needs %s, not %s", instruction, expected,
                      got ? obj_type_name(got) : "NULL");
}

bool op_check_names(const char *instruction, Object *names, size_t max_size)
{
    if (!tuple_check_exact(names)) {
        op_bad_operand(instruction, "a tuple of names", names);
        return false;
    }
    if (tuple_size(names) > max_size) {
        err_format(&Exc_SystemError, "bad code: %s got %zu names for at most %zu values",
                   instruction, tuple_size(names), max_size);
        return false;
    }
    for (size_t i = 0; i < tuple_size(names); i++) {
        if (!str_check(tuple_get(names, i))) {
            op_bad_operand(instruction, "names that are strings", tuple_get(names, i));
            return false;
        }
    }
    return true;
}

/* ---- names -------------------------------------------------------------------------- */

/* A NameError carries the name (its .name), for the "Did you mean" hint. */
static void name_error_with(const char *format, Object *name)
{
    Object *message = str_from_format(format, str_data(name));
    if (!message)
        return;
    Object *exc = exception_new(&Exc_NameError, &message, 1);
    DECREF(message);
    if (!exc)
        return;
    ((ExceptionObject *)exc)->extra[EXC_NAME] = NEWREF(name);
    err_set_object(exc);
    DECREF(exc);
}

void op_name_error(Object *name)
{
    name_error_with("name '%s' is not defined", name);
}

void op_unbound_local(CodeObject *code, int32_t index)
{
    err_format(&Exc_UnboundLocalError,
               "cannot access local variable '%s' where it is not associated with a value",
               str_data(tuple_get(code->varnames, (size_t)index)));
}

void op_unbound_deref(CodeObject *code, int32_t index)
{
    if (index < code->ncellvars) {
        err_format(&Exc_UnboundLocalError,
                   "cannot access local variable '%s' where it is not associated with a value",
                   str_data(tuple_get(code->cellvars, (size_t)index)));
    } else {
        name_error_with("cannot access free variable '%s' where it is not associated with a "
                        "value in enclosing scope",
                        tuple_get(code->freevars, (size_t)(index - code->ncellvars)));
    }
}

Object *op_load_name(Frame *f, Object *name)
{
    Object *v;
    if (!f->locals) {
        return err_format(&Exc_SystemError, "no locals when loading '%s'", str_data(name));
    }
    if (dict_check_exact(f->locals)) {
        v = dict_get_str(f->locals, name);
        if (v)
            return NEWREF(v);
    } else {
        v = obj_getitem(f->locals, name);
        if (v)
            return v;
        if (!err_matches(&Exc_KeyError))
            return NULL;
        err_clear();
    }
    v = dict_get_str(f->globals, name);
    if (v)
        return NEWREF(v);
    v = dict_get_str(f->builtins, name);
    if (v)
        return NEWREF(v);
    op_name_error(name);
    return NULL;
}

int op_setup_annotations(Frame *f)
{
    if (!f->locals) {
        err_set_string(&Exc_SystemError, "no locals found when setting up annotations");
        return -1;
    }
    if (dict_check(f->locals)) {
        if (dict_get_str(f->locals, (Object *)id_dunder_annotations))
            return 0;
        Object *d = dict_new();
        int r = dict_set(f->locals, (Object *)id_dunder_annotations, d);
        DECREF(d);
        return r;
    }
    Object *v = obj_getitem(f->locals, (Object *)id_dunder_annotations);
    if (v) {
        DECREF(v);
        return 0;
    }
    if (!err_matches(&Exc_KeyError))
        return -1;
    err_clear();
    Object *d = dict_new();
    int r = obj_setitem(f->locals, (Object *)id_dunder_annotations, d);
    DECREF(d);
    return r;
}

/* ---- unpacking ---------------------------------------------------------------------------- */

int op_unpack(Object *seq, size_t before, size_t after, bool starred, Object **out)
{
    Object *it = obj_get_iter(seq);
    if (!it) {
        if (err_matches(&Exc_TypeError) && !seq->type->iter && !seq->type->getitem) {
            err_clear();
            err_format(&Exc_TypeError, "cannot unpack non-iterable %s object", obj_type_name(seq));
        }
        return -1;
    }
    size_t total = before + after + (starred ? 1 : 0);
    /* out[total-1] is the first item (it ends up on top) */
    size_t got = 0;
    for (; got < before; got++) {
        Object *x = iter_next(it);
        if (!x) {
            if (!err_occurred()) {
                if (starred)
                    err_format(&Exc_ValueError, "not enough values to unpack (expected at least "
                               "%zu, got %zu)", before + after, got);
                else
                    err_format(&Exc_ValueError, "not enough values to unpack (expected %zu, got "
                               "%zu)", before, got);
            }
            goto fail;
        }
        out[total - 1 - got] = x;
    }
    if (!starred) {
        Object *extra = iter_next(it);
        if (extra) {
            DECREF(extra);
            err_format(&Exc_ValueError, "too many values to unpack (expected %zu)", before);
            goto fail;
        }
        if (err_occurred())
            goto fail;
        DECREF(it);
        return 0;
    }
    Object *rest = list_from_iterable(it);
    if (!rest)
        goto fail;
    size_t n = list_size(rest);
    if (n < after) {
        err_format(&Exc_ValueError, "not enough values to unpack (expected at least %zu, got %zu)",
                   before + after, before + n);
        DECREF(rest);
        goto fail;
    }
    /* the last `after` items of rest go to their own targets */
    for (size_t i = 0; i < after; i++)
        out[after - 1 - i] = NEWREF(list_get(rest, n - after + i));
    ListObject *l = (ListObject *)rest;
    for (size_t i = n - after; i < n; i++)
        DECREF(l->items[i]);
    l->size = n - after;
    out[after] = rest;
    DECREF(it);
    return 0;
fail:
    for (size_t i = 0; i < got; i++)
        DECREF(out[total - 1 - i]);
    DECREF(it);
    return -1;
}

/* ---- raising ------------------------------------------------------------------------------- */

/* A class is instantiated; an instance is taken as it is. */
static Object *exception_instance(Object *o, bool for_cause)
{
    if (exception_class_check(o)) {
        Object *e = obj_call0(o);
        if (!e)
            return NULL;
        if (!exception_check(e)) {
            Object *r = obj_repr(o);
            err_format(&Exc_TypeError, "calling %s should have returned an instance of "
                       "BaseException, not %s", r ? str_data(r) : "?", obj_type_name(e));
            XDECREF(r);
            DECREF(e);
            return NULL;
        }
        return e;
    }
    if (exception_check(o))
        return NEWREF(o);
    if (for_cause)
        return err_set_string(&Exc_TypeError, "exception causes must derive from BaseException");
    return err_set_string(&Exc_TypeError, "exceptions must derive from BaseException");
}

void op_raise(Object *exc, Object *cause)
{
    Object *e = exception_instance(exc, false);
    if (!e)
        return;
    if (cause) {
        if (cause == OBJ_NONE) {
            exception_set_cause(e, NULL);
        } else {
            Object *c = exception_instance(cause, true);
            if (!c) {
                DECREF(e);
                return;
            }
            exception_set_cause(e, c);
            DECREF(c);
        }
    }
    err_set_object(e);
    DECREF(e);
}

bool op_check_except_class(Object *cls)
{
    if (tuple_check(cls)) {
        for (size_t i = 0; i < tuple_size(cls); i++)
            if (!exception_class_check(tuple_get(cls, i)))
                goto bad;
        return true;
    }
    if (exception_class_check(cls))
        return true;
bad:
    err_set_string(&Exc_TypeError,
                   "catching classes that do not inherit from BaseException is not allowed");
    return false;
}

/* ---- with ------------------------------------------------------------------------------------- */

/* A special method looked up on the type and bound to obj. */
static Object *bound_special(Object *obj, StrObject *name)
{
    Object *attr = type_lookup(obj->type, name);
    if (!attr)
        return NULL;
    if (attr->type->descr_get)
        return attr->type->descr_get(attr, obj, obj->type);
    return NEWREF(attr);
}

Object *op_enter_context(Object *mgr, Object **exit)
{
    Object *enter = bound_special(mgr, id_dunder_enter);
    if (!enter) {
        if (!err_occurred())
            err_format(&Exc_TypeError, "'%s' object does not support the context manager "
                       "protocol", obj_type_name(mgr));
        return NULL;
    }
    *exit = bound_special(mgr, id_dunder_exit);
    if (!*exit) {
        DECREF(enter);
        if (!err_occurred())
            err_format(&Exc_TypeError, "'%s' object does not support the context manager "
                       "protocol (missed __exit__ method)", obj_type_name(mgr));
        return NULL;
    }
    Object *r = obj_call0(enter);
    DECREF(enter);
    if (!r)
        CLEAR(*exit);
    return r;
}

Object *op_call_exit(Object *exit, Object *exc)
{
    ExceptionObject *e = (ExceptionObject *)exc;
    Object *tb = e->traceback ? e->traceback : OBJ_NONE;
    Object *args[4] = { NULL, (Object *)exc->type, exc, tb };
    return obj_call(exit, args + 1, 3 | CALL_ARGS_OFFSET, NULL);
}

/* ---- functions and calls -------------------------------------------------------------------------- */

/* The operands of MAKE_FUNCTION have the types the function relies on from
 * then on (argument binding reads the defaults as a tuple, a call the
 * closure as cells). */
static bool function_parts_ok(Object *code, Object **parts)
{
    static const char *const what[4] = { "a tuple of defaults", "a dict of keyword defaults",
                                         "a tuple of annotations", "a tuple of cells" };
    if (!code_object_check(code)) {
        op_bad_operand("MAKE_FUNCTION", "a code object", code);
        return false;
    }
    for (int i = 0; i < 4; i++) {
        if (parts[i] && !(i == 1 ? dict_check(parts[i]) : tuple_check(parts[i]))) {
            op_bad_operand("MAKE_FUNCTION", what[i], parts[i]);
            return false;
        }
    }
    Object *closure = parts[3];
    size_t nclosure = closure ? tuple_size(closure) : 0;
    CodeObject *co = (CodeObject *)code;
    if (nclosure != (size_t)co->nfreevars) {
        err_format(&Exc_SystemError, "bad code: MAKE_FUNCTION of %s needs a closure of %d cells, "
                   "not %zu", str_data(co->name), co->nfreevars, nclosure);
        return false;
    }
    for (size_t i = 0; i < nclosure; i++) {
        if (tuple_get(closure, i)->type != &CellType) {
            op_bad_operand("MAKE_FUNCTION", "a tuple of cells", tuple_get(closure, i));
            return false;
        }
    }
    return true;
}

Object *op_make_function(Frame *f, Object *code, int flags, Object **parts)
{
    if (!function_parts_ok(code, parts))
        return NULL;
    CodeObject *co = (CodeObject *)code;
    Object *closure = parts[3];
    FunctionObject *fn = (FunctionObject *)function_new(co, f->globals);
    if (f->builtins != fn->builtins)
        SETREF(fn->builtins, NEWREF(f->builtins));
    if (parts[0])
        fn->defaults = NEWREF(parts[0]);
    if (parts[1])
        fn->kwdefaults = NEWREF(parts[1]);
    if (parts[2]) {
        Object *ann = parts[2];
        Object *d = dict_new();
        for (size_t i = 0; i + 1 < tuple_size(ann); i += 2)
            dict_set(d, tuple_get(ann, i), tuple_get(ann, i + 1));
        fn->annotations = d;
    }
    if (closure)
        fn->closure = NEWREF(closure);
    return (Object *)fn;
}

Object *op_call_ex(Object *func, Object *args, Object *kwargs)
{
    Object *tuple;
    if (tuple_check_exact(args)) {
        tuple = NEWREF(args);
    } else {
        if (!args->type->iter && !args->type->getitem) {
            Object *d = callable_description(func);
            err_format(&Exc_TypeError, "%s argument after * must be an iterable, not %s",
                       str_data(d), obj_type_name(args));
            DECREF(d);
            return NULL;
        }
        tuple = tuple_from_iterable(args);
        if (!tuple)
            return NULL;
    }
    Object *dict = NULL;
    if (kwargs && !dict_check_exact(kwargs)) {
        dict = dict_new();
        if (dict_merge(dict, kwargs, false, func) < 0) {
            DECREF(dict);
            DECREF(tuple);
            return NULL;
        }
    } else if (kwargs) {
        dict = NEWREF(kwargs);
    }
    /* (as obj_call_counted: anything but a Python function counts a level) */
    bool counted = call_counts_recursion(func);
    if (counted && vm_enter_recursion(" while calling a Python object")) {
        DECREF(tuple);
        XDECREF(dict);
        return NULL;
    }
    Object *r = call_with_tuple_dict(func, tuple, dict);
    if (counted)
        vm_leave_recursion();
    DECREF(tuple);
    XDECREF(dict);
    return r;
}

int op_dict_update(Object *dict, Object *other, Object *func, bool merge)
{
    if (merge) {
        if (dict_check(other)) {
            size_t pos = 0;
            Object *k, *v;
            while (dict_next(other, &pos, &k, &v)) {
                if (!str_check(k)) {
                    err_set_string(&Exc_TypeError, "keywords must be strings");
                    return -1;
                }
            }
        }
        return dict_merge(dict, other, true, func);
    }
    if (!dict_check(other)) {
        Object *keys = obj_lookup_attr(other, id_keys);
        if (!keys) {
            if (!err_occurred())
                err_format(&Exc_TypeError, "'%s' object is not a mapping", obj_type_name(other));
            return -1;
        }
        DECREF(keys);
    }
    return dict_update(dict, other);
}

int op_list_extend(Object *list, Object *iterable)
{
    if (!iterable->type->iter && !iterable->type->getitem) {
        err_format(&Exc_TypeError, "Value after * must be an iterable, not %s",
                   obj_type_name(iterable));
        return -1;
    }
    return list_extend(list, iterable);
}

/* ---- f-strings ------------------------------------------------------------------------------------ */

Object *op_format_value(Object *value, int conversion, Object *spec)
{
    Object *v;
    switch (conversion) {
    case 1: v = obj_str(value); break;
    case 2: v = obj_repr(value); break;
    case 3: v = obj_ascii(value); break;
    default: v = NEWREF(value); break;
    }
    if (!v)
        return NULL;
    if (!spec && v->type == &StrType)
        return v;
    Object *r = obj_format(v, spec);
    DECREF(v);
    return r;
}

/* ---- generators and coroutines ---------------------------------------------------------------------- */

Object *op_send(Object *receiver, Object *value, bool *done)
{
    *done = false;
    if (gen_check(receiver) || receiver->type == &CoroType) {
        Object *r = gen_send((GenObject *)receiver, value, done);
        return r;
    }
    Object *r;
    if (value == OBJ_NONE && receiver->type->iternext) {
        r = receiver->type->iternext(receiver);
    } else {
        r = obj_call_method(receiver, id_send, &value, 1);
    }
    if (r)
        return r;
    if (err_occurred() && !err_matches(&Exc_StopIteration))
        return NULL;
    *done = true;
    if (!err_occurred())
        return none_ref();
    Object *exc = err_fetch();
    Object *v = stop_iteration_value(exc);
    DECREF(exc);
    return v;
}

Object *op_yield_from_iter(Frame *f, Object *o)
{
    if (gen_check(o))
        return NEWREF(o);
    if (o->type == &CoroType) {
        if (!(f->code->flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE)))
            return err_set_string(&Exc_TypeError, "cannot 'yield from' a coroutine object in a "
                                                  "non-coroutine generator");
        return NEWREF(o);
    }
    return obj_get_iter(o);
}

/* A generator made by a function marked with types.coroutine. */
static bool is_iterable_coroutine(Object *o)
{
    return gen_check(o) && (((CodeObject *)((GenObject *)o)->code)->flags & CO_ITERABLE_COROUTINE);
}

Object *op_get_awaitable(Object *o, int where)
{
    if (o->type == &CoroType || is_iterable_coroutine(o))
        return NEWREF(o);
    StrObject *await = str_intern_cstr("__await__");
    bool found;
    Object *it = obj_call_special(o, await, NULL, 0, &found);
    DECREF(await);
    if (!found) {
        if (where == 1)
            return err_format(&Exc_TypeError, "'async with' received an object from __aenter__ "
                              "that does not implement __await__: %s", obj_type_name(o));
        if (where == 2)
            return err_format(&Exc_TypeError, "'async with' received an object from __aexit__ "
                              "that does not implement __await__: %s", obj_type_name(o));
        return err_format(&Exc_TypeError, "object %s can't be used in 'await' expression",
                          obj_type_name(o));
    }
    if (it && !it->type->iternext && it->type != &CoroType) {
        err_format(&Exc_TypeError, "__await__() returned non-iterator of type '%s'",
                   obj_type_name(it));
        CLEAR(it);
    }
    return it;
}

Object *op_get_aiter(Object *o)
{
    StrObject *name = str_intern_cstr("__aiter__");
    bool found;
    Object *r = obj_call_special(o, name, NULL, 0, &found);
    DECREF(name);
    if (!found)
        return err_format(&Exc_TypeError, "'async for' requires an object with __aiter__ method, "
                          "got %s", obj_type_name(o));
    return r;
}

Object *op_get_anext(Object *aiter)
{
    StrObject *name = str_intern_cstr("__anext__");
    bool found;
    Object *aw = obj_call_special(aiter, name, NULL, 0, &found);
    DECREF(name);
    if (!found)
        return err_format(&Exc_TypeError, "'async for' requires an iterator with __anext__ "
                          "method, got %s", obj_type_name(aiter));
    if (!aw)
        return NULL;
    Object *it = op_get_awaitable(aw, 0);
    DECREF(aw);
    return it;
}

/* ---- pattern matching ------------------------------------------------------------------------------- */

/* The kind of collection a type is, for mapping and sequence patterns: a
 * flag, as in CPython, which the built-in types carry from the start and a
 * class takes from its MRO, or from collections.abc's Sequence and Mapping
 * when it derives from them or is registered with them (type.c). */
bool op_is_mapping(Object *o)
{
    return type_has(o->type, TYPE_ABSTRACT_MAPPING);
}

bool op_is_sequence(Object *o)
{
    return type_has(o->type, TYPE_ABSTRACT_SEQUENCE);
}

Object *op_match_keys(Object *map, Object *keys, bool *matched)
{
    size_t n = tuple_size(keys);
    *matched = false;
    Object *seen = set_new(NULL);
    TupleObject *values = tuple_new(n);
    Object *get = obj_getattr_cstr(map, "get");
    Object *dummy = (Object *)obj_alloc(&ObjectType, 0);
    Object *result = NULL;
    if (!get)
        goto done;
    for (size_t i = 0; i < n; i++) {
        Object *key = tuple_get(keys, i);
        int dup = set_contains(seen, key);
        if (dup < 0)
            goto done;
        if (dup) {
            Object *r = obj_repr(key);
            err_format(&Exc_ValueError, "mapping pattern checks duplicate key (%s)",
                       r ? str_data(r) : "?");
            XDECREF(r);
            goto done;
        }
        set_add(seen, key);
        Object *v = obj_call2(get, key, dummy);
        if (!v)
            goto done;
        if (v == dummy) {
            DECREF(v);
            result = none_ref();
            goto done;
        }
        values->items[i] = v;
    }
    *matched = true;
    result = NEWREF(values);
done:
    DECREF(values);
    DECREF(seen);
    XDECREF(get);
    DECREF(dummy);
    return result;
}

/* The types that match themselves in a class pattern with one positional
 * sub-pattern: int(x) matches the whole int. */
static bool self_matching(Type *t)
{
    return type_is_subtype(t, &BoolType) || type_is_subtype(t, &ByteArrayType) ||
           type_is_subtype(t, &BytesType) || type_is_subtype(t, &DictType) ||
           type_is_subtype(t, &FloatType) || type_is_subtype(t, &FrozenSetType) ||
           type_is_subtype(t, &IntType) || type_is_subtype(t, &ListType) ||
           type_is_subtype(t, &SetType) || type_is_subtype(t, &StrType) ||
           type_is_subtype(t, &TupleType);
}

Object *op_match_class(Object *subject, Object *cls, Object *names, int npositional)
{
    if (!type_check(cls))
        return err_set_string(&Exc_TypeError, "called match pattern must be a type");
    Type *type = (Type *)cls;
    if (!obj_is_instance_of(subject, type))
        return none_ref();
    Object *seen = list_new(0);
    Object *attrs = list_new(0);
    Object *match_args = NULL;
    bool ok = true;
    if (npositional > 0) {
        match_args = obj_lookup_attr(cls, id_dunder_match_args);
        if (!match_args) {
            if (err_occurred()) {
                ok = false;
            } else if (npositional == 1 && self_matching(type)) {
                list_append(attrs, subject);
            } else {
                err_format(&Exc_TypeError, "%s() accepts 0 positional sub-patterns (%d given)",
                           type->name, npositional);
                ok = false;
            }
        } else if (!tuple_check(match_args)) {
            err_format(&Exc_TypeError, "%s.__match_args__ must be a tuple (got %s)", type->name,
                       obj_type_name(match_args));
            ok = false;
        } else if ((size_t)npositional > tuple_size(match_args)) {
            size_t n = tuple_size(match_args);
            err_format(&Exc_TypeError, "%s() accepts %zu positional sub-pattern%s (%d given)",
                       type->name, n, n == 1 ? "" : "s", npositional);
            ok = false;
        } else {
            for (int i = 0; ok && i < npositional; i++) {
                Object *name = tuple_get(match_args, (size_t)i);
                if (!str_check(name)) {
                    err_format(&Exc_TypeError, "__match_args__ elements must be strings (got %s)",
                               obj_type_name(name));
                    ok = false;
                    break;
                }
                list_append(seen, name);
                Object *v = obj_lookup_attr(subject, (StrObject *)name);
                if (!v) {
                    if (err_occurred())
                        ok = false;
                    goto no_match;
                }
                list_append_steal(attrs, v);
            }
        }
    }
    for (size_t i = 0; ok && i < tuple_size(names); i++) {
        Object *name = tuple_get(names, i);
        for (size_t j = 0; j < list_size(seen); j++) {
            if (str_equal(list_get(seen, j), name)) {
                err_format(&Exc_TypeError, "%s() got multiple sub-patterns for attribute '%s'",
                           type->name, str_data(name));
                ok = false;
                break;
            }
        }
        if (!ok)
            break;
        list_append(seen, name);
        Object *v = obj_lookup_attr(subject, (StrObject *)name);
        if (!v) {
            if (err_occurred())
                ok = false;
            goto no_match;
        }
        list_append_steal(attrs, v);
    }
    XDECREF(match_args);
    DECREF(seen);
    if (!ok) {
        DECREF(attrs);
        return NULL;
    }
    Object *t = list_as_tuple(attrs);
    DECREF(attrs);
    return t;
no_match:
    XDECREF(match_args);
    DECREF(seen);
    DECREF(attrs);
    return ok ? none_ref() : NULL;
}

Object *op_copy_dict_without_keys(Object *map, Object *keys)
{
    Object *rest = dict_new();
    if (dict_update(rest, map) < 0) {
        DECREF(rest);
        return NULL;
    }
    for (size_t i = 0; i < tuple_size(keys); i++) {
        Object *v;
        int r = dict_pop(rest, tuple_get(keys, i), &v);
        if (r < 0) {
            DECREF(rest);
            return NULL;
        }
        if (r == 1)
            DECREF(v);
    }
    return rest;
}

/* ---- except* ---------------------------------------------------------------------------------------- */

static bool is_group(Object *o)
{
    return obj_is_instance_of(o, &Exc_BaseExceptionGroup);
}

static Object *group_exceptions(Object *g)
{
    return ((ExceptionObject *)g)->extra[EXC_GROUP_EXCEPTIONS];
}

int op_check_eg_match(Object *exc, Object *type, Object **rest, Object **match)
{
    if (!op_check_except_class(type))
        return -1;
    bool bad = false;
    if (tuple_check(type)) {
        for (size_t i = 0; i < tuple_size(type); i++)
            if (type_is_subtype((Type *)tuple_get(type, i), &Exc_BaseExceptionGroup))
                bad = true;
    } else if (type_is_subtype((Type *)type, &Exc_BaseExceptionGroup)) {
        bad = true;
    }
    if (bad) {
        err_set_string(&Exc_TypeError, "catching ExceptionGroup with except* is not allowed. "
                                       "Use except instead.");
        return -1;
    }
    if (!is_group(exc)) {
        if (exception_matches(exc, type)) {
            /* a naked exception is wrapped in a group */
            Object *items = list_new(0);
            list_append(items, exc);
            Object *message = str_empty();
            Object *args[2] = { message, items };
            Object *g = obj_call((Object *)&Exc_BaseExceptionGroup, args, 2, NULL);
            DECREF(message);
            DECREF(items);
            if (!g)
                return -1;
            ExceptionObject *src = (ExceptionObject *)exc;
            if (src->traceback)
                ((ExceptionObject *)g)->traceback = NEWREF(src->traceback);
            *match = g;
            *rest = none_ref();
        } else {
            *match = none_ref();
            *rest = NEWREF(exc);
        }
        return 0;
    }
    return exception_group_split(exc, type, match, rest);
}

/* Is leaf (an exception) inside group g? */
static bool contains_leaf(Object *g, Object *leaf)
{
    if (g == leaf)
        return true;
    if (!is_group(g))
        return false;
    Object *excs = group_exceptions(g);
    for (size_t i = 0; i < tuple_size(excs); i++)
        if (contains_leaf(tuple_get(excs, i), leaf))
            return true;
    return false;
}

/* Are all the leaves of e leaves of orig (e was re-raised, not new)? */
static bool leaves_in(Object *orig, Object *e)
{
    if (!is_group(e))
        return contains_leaf(orig, e);
    Object *excs = group_exceptions(e);
    for (size_t i = 0; i < tuple_size(excs); i++)
        if (!leaves_in(orig, tuple_get(excs, i)))
            return false;
    return true;
}

/* The leaves of orig that appear in the list keep (re-raised as they were). */
static Object *project(Object *orig, Object *keep)
{
    if (!is_group(orig)) {
        for (size_t i = 0; i < list_size(keep); i++)
            if (contains_leaf(list_get(keep, i), orig))
                return NEWREF(orig);
        return none_ref();
    }
    Object *items = list_new(0);
    Object *excs = group_exceptions(orig);
    for (size_t i = 0; i < tuple_size(excs); i++) {
        Object *p = project(tuple_get(excs, i), keep);
        if (!p) {
            DECREF(items);
            return NULL;
        }
        if (p != OBJ_NONE)
            list_append(items, p);
        DECREF(p);
    }
    Object *r = exception_group_derive(orig, items);
    DECREF(items);
    return r;
}

Object *op_prep_reraise_star(Object *orig, Object *raised)
{
    /* raised: the exceptions raised or re-raised by the clauses (None for
     * a clause that raised nothing), then the unhandled rest */
    Object *reraised = list_new(0), *fresh = list_new(0);
    for (size_t i = 0; i < list_size(raised); i++) {
        Object *e = list_get(raised, i);
        if (e == OBJ_NONE)
            continue;
        list_append(leaves_in(orig, e) ? reraised : fresh, e);
    }
    Object *kept = list_size(reraised) ? project(orig, reraised) : none_ref();
    if (!kept) {
        DECREF(reraised);
        DECREF(fresh);
        return NULL;
    }
    Object *result;
    if (list_size(fresh) == 0) {
        result = kept;
    } else {
        if (kept != OBJ_NONE)
            list_append(fresh, kept);       /* the new exceptions come first */
        DECREF(kept);
        if (list_size(fresh) == 1) {
            result = NEWREF(list_get(fresh, 0));
        } else {
            Object *message = str_empty();
            Object *args[2] = { message, fresh };
            result = obj_call((Object *)&Exc_BaseExceptionGroup, args, 2, NULL);
            DECREF(message);
        }
    }
    DECREF(reraised);
    DECREF(fresh);
    return result;
}

/* builtins.c - the built-in functions: print, len, min, sorted, isinstance, ...
 * (the built-in types are the types themselves: int, list, ...). */
#include "runtime.h"
#include "objects/memoryview.h"
#include "builtins/builtins.h"
#include "modules/io.h"
#include "modules/modules.h"
#include "vm/import.h"

#define BUILTIN(name) static Object *name(Object *self, Object *const *args, size_t nargs, \
                                          TupleObject *kwnames)

/* ---- print, input, open ---------------------------------------------------------------- */

static Object *sys_attr(const char *name)
{
    return dict_get_cstr(module_dict(vm.sys_module), name);
}

/* Writes text to a file object: our own files directly, others by write(). */
static int write_to(Object *file, const char *data, size_t n)
{
    if (file->type == &FileType)
        return file_write_text((FileObject *)file, data, n);
    Object *s = str_from_utf8(data, n);
    Object *r = obj_call_method(file, id_write, &s, 1);
    DECREF(s);
    if (!r)
        return -1;
    DECREF(r);
    return 0;
}

static bool text_or_none(Object *o, const char *what, const char **data, size_t *n,
                         const char *dflt)
{
    if (!o || o == OBJ_NONE) {
        *data = dflt;
        *n = strlen(dflt);
        return true;
    }
    if (!str_check(o)) {
        err_format(&Exc_TypeError, "%s must be None or a string, not %s", what, obj_type_name(o));
        return false;
    }
    *data = str_data(o);
    *n = str_size(o);
    return true;
}

BUILTIN(builtin_print)
{
    static const char *const names[] = { "sep", "end", "file", "flush", NULL };
    Object *kw[4];
    size_t n = NARGS(nargs);
    if (!args_keywords("print", args + n, kwnames, names, kw))
        return NULL;
    const char *sep, *end;
    size_t sep_len, end_len;
    if (!text_or_none(kw[0], "sep", &sep, &sep_len, " ") ||
        !text_or_none(kw[1], "end", &end, &end_len, "\n"))
        return NULL;
    Object *file = kw[2] && kw[2] != OBJ_NONE ? kw[2] : sys_attr("stdout");
    if (!file || file == OBJ_NONE)
        return none_ref();
    INCREF(file);
    int status = 0;
    for (size_t i = 0; i < n && status == 0; i++) {
        if (i > 0)
            status = write_to(file, sep, sep_len);
        if (status)
            break;
        Object *s = obj_str(args[i]);
        if (!s) {
            status = -1;
            break;
        }
        status = write_to(file, str_data(s), str_size(s));
        DECREF(s);
    }
    if (status == 0)
        status = write_to(file, end, end_len);
    if (status == 0 && kw[3] && obj_is_true(kw[3]) == 1) {
        if (file->type == &FileType) {
            file_flush((FileObject *)file);
        } else {
            Object *r = obj_call_method(file, id_flush, NULL, 0);
            if (!r)
                status = -1;
            XDECREF(r);
        }
    }
    DECREF(file);
    return status < 0 ? NULL : none_ref();
}

BUILTIN(builtin_input)
{
    if (!arg_range("input", nargs, kwnames, 0, 1))
        return NULL;
    Object *out = sys_attr("stdout");
    if (NARGS(nargs)) {
        Object *p = obj_str(args[0]);
        if (!p)
            return NULL;
        int r = out ? write_to(out, str_data(p), str_size(p)) : 0;
        DECREF(p);
        if (r < 0)
            return NULL;
    }
    if (out && out->type == &FileType)
        file_flush((FileObject *)out);
    Object *in = sys_attr("stdin");
    if (!in || in->type != &FileType)
        return err_set_string(&Exc_RuntimeError, "input(): lost sys.stdin");
    Object *line = file_readline((FileObject *)in);
    if (!line)
        return NULL;
    if (str_size(line) == 0) {
        DECREF(line);
        return err_set_string(&Exc_EOFError, "EOF when reading a line");
    }
    size_t n = str_size(line);
    if (str_data(line)[n - 1] == '\n') {
        Object *s = str_substring(line, 0, str_length(line) - 1);
        DECREF(line);
        return s;
    }
    return line;
}

BUILTIN(builtin_open)
{
    static const char *const names[] = { "file", "mode", "buffering", "encoding", "errors",
                                         "newline", "closefd", "opener", NULL };
    Object *v[8];
    if (!args_parse("open", args, nargs, kwnames, names, 1, 8, v))
        return NULL;
    return file_open(v[0], v[1], v[3], v[4], v[5]);
}

/* ---- sequences and iteration ----------------------------------------------------------------- */

BUILTIN(builtin_len)
{
    if (!arg_one("len", nargs, kwnames))
        return NULL;
    int64_t n = obj_length(args[0]);
    return n < 0 ? NULL : int_from_i64(n);
}

BUILTIN(builtin_sorted)
{
    size_t n = NARGS(nargs);
    if (n != 1)
        return err_format(&Exc_TypeError, "sorted expected 1 argument, got %zu", n);
    static const char *const names[] = { "key", "reverse", NULL };
    Object *kw[2];
    size_t nkw = kwnames ? tuple_size((Object *)kwnames) : 0;
    if (nkw > 2)    /* (counted first, as list.sort does, whose name it borrows) */
        return err_format(&Exc_TypeError, "sort() takes at most 2 keyword arguments (%zu given)",
                          nkw);
    if (!args_keywords("sort", args + n, kwnames, names, kw))
        return NULL;
    Object *l = list_from_iterable(args[0]);
    if (!l)
        return NULL;
    int reverse = list_reverse_flag(kw[1]);
    if (reverse < 0 || list_sort(l, kw[0], reverse) < 0) {
        DECREF(l);
        return NULL;
    }
    return l;
}

/* min() and max(): of an iterable, or of the arguments; key=, default= */
static Object *min_max(const char *name, Object *const *args, size_t nargs, TupleObject *kwnames,
                       CompareOp op)
{
    size_t n = NARGS(nargs);
    size_t nkw = kwnames ? tuple_size((Object *)kwnames) : 0;
    Object *key = NULL, *dflt = NULL;
    if (nkw > 2)    /* counted before any name is looked at, as CPython does */
        return err_format(&Exc_TypeError, "%s() takes at most 2 keyword arguments (%zu given)",
                          name, nkw);
    for (size_t i = 0; i < nkw; i++) {
        Object *k = tuple_get((Object *)kwnames, i);
        if (str_equal_cstr(k, "key"))
            key = args[n + i];
        else if (str_equal_cstr(k, "default"))
            dflt = args[n + i];
        else
            return err_format(&Exc_TypeError, "'%s' is an invalid keyword argument for %s()",
                              str_data(k), name);
    }
    if (n == 0)
        return err_format(&Exc_TypeError, "%s expected at least 1 argument, got 0", name);
    if (key == OBJ_NONE)
        key = NULL;
    Object *it;
    if (n == 1) {
        it = obj_get_iter(args[0]);
    } else {
        if (dflt)
            return err_format(&Exc_TypeError, "Cannot specify a default for %s() with multiple "
                              "positional arguments", name);
        Object *t = tuple_from_array(args, n);
        it = obj_get_iter(t);
        DECREF(t);
    }
    if (!it)
        return NULL;
    Object *best = NULL, *best_key = NULL, *item;
    while ((item = iter_next(it))) {
        Object *k = key ? obj_call1(key, item) : NEWREF(item);
        if (!k) {
            DECREF(item);
            goto fail;
        }
        if (!best) {
            best = item;
            best_key = k;
            continue;
        }
        int better = obj_rich_compare_bool(k, best_key, op);
        if (better < 0) {
            DECREF(item);
            DECREF(k);
            goto fail;
        }
        if (better) {
            SETREF(best, item);
            SETREF(best_key, k);
        } else {
            DECREF(item);
            DECREF(k);
        }
    }
    if (err_occurred())
        goto fail;
    DECREF(it);
    XDECREF(best_key);
    if (!best) {
        if (dflt)
            return NEWREF(dflt);
        return err_format(&Exc_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
fail:
    DECREF(it);
    XDECREF(best);
    XDECREF(best_key);
    return NULL;
}

BUILTIN(builtin_min)
{
    return min_max("min", args, nargs, kwnames, CMP_LT);
}

BUILTIN(builtin_max)
{
    return min_max("max", args, nargs, kwnames, CMP_GT);
}

BUILTIN(builtin_sum)
{
    static const char *const names[] = { "iterable", "start", NULL };
    Object *v[2];
    size_t n = NARGS(nargs);
    if (n == 0)
        return err_set_string(&Exc_TypeError, "sum() takes at least 1 positional argument "
                                              "(0 given)");
    if (!args_parse("sum", args, nargs, kwnames, names, 1, 2, v))
        return NULL;
    Object *it = obj_get_iter(v[0]);
    if (!it)
        return NULL;
    Object *start = v[1];
    if (start && (str_check(start) || bytes_check(start) || bytearray_check(start)))
        DECREF(it);
    if (start && str_check(start))
        return err_set_string(&Exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (start && bytes_check(start))
        return err_set_string(&Exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (start && bytearray_check(start))
        return err_set_string(&Exc_TypeError, "sum() can't sum bytearray [use b''.join(seq) "
                                              "instead]");
    Object *total = start ? NEWREF(start) : int_from_i64(0);
    Object *item;
    /* machine-word ints and floats add without objects in between */
    while ((item = iter_next(it))) {
        Object *r;
        if (total->type == &IntType && item->type == &IntType && int_is_small(total) &&
            int_is_small(item)) {
            int64_t s;
            if (!__builtin_add_overflow(int_small_value(total), int_small_value(item), &s)) {
                DECREF(item);
                SETREF(total, int_from_i64(s));
                continue;
            }
        }
        if (total->type == &FloatType && (item->type == &FloatType ||
                                          (item->type == &IntType && int_is_small(item)))) {
            double x = float_value(total) + (item->type == &FloatType
                                                 ? float_value(item)
                                                 : (double)int_small_value(item));
            DECREF(item);
            SETREF(total, float_from_double(x));
            continue;
        }
        r = obj_binary_op(total, item, BINOP_ADD);
        DECREF(item);
        DECREF(total);
        total = r;
        if (!total) {
            DECREF(it);
            return NULL;
        }
    }
    DECREF(it);
    if (err_occurred()) {
        DECREF(total);
        return NULL;
    }
    return total;
}

static Object *any_all(Object *iterable, bool want)
{
    Object *it = obj_get_iter(iterable);
    if (!it)
        return NULL;
    Object *item;
    while ((item = iter_next(it))) {
        int t = obj_is_true(item);
        DECREF(item);
        if (t < 0) {
            DECREF(it);
            return NULL;
        }
        if (t == want) {
            DECREF(it);
            return bool_from(want);
        }
    }
    DECREF(it);
    return err_occurred() ? NULL : bool_from(!want);
}

BUILTIN(builtin_any)
{
    return arg_one("any", nargs, kwnames) ? any_all(args[0], true) : NULL;
}

BUILTIN(builtin_all)
{
    return arg_one("all", nargs, kwnames) ? any_all(args[0], false) : NULL;
}

BUILTIN(builtin_iter)
{
    if (!arg_range("iter", nargs, kwnames, 1, 2))
        return NULL;
    if (NARGS(nargs) == 1)
        return obj_get_iter(args[0]);
    if (!obj_is_callable(args[0]))
        return err_set_string(&Exc_TypeError, "iter(v, w): v must be callable");
    return callable_iter_new(args[0], args[1]);
}

BUILTIN(builtin_next)
{
    if (!arg_range("next", nargs, kwnames, 1, 2))
        return NULL;
    Object *it = args[0];
    if (!it->type->iternext)
        return err_format(&Exc_TypeError, "'%s' object is not an iterator", obj_type_name(it));
    Object *r = it->type->iternext(it);
    if (r)
        return r;
    if (err_occurred()) {
        if (NARGS(nargs) < 2 || !err_matches(&Exc_StopIteration))
            return NULL;
        err_clear();
    }
    if (NARGS(nargs) == 2)
        return NEWREF(args[1]);
    return err_set(&Exc_StopIteration, NULL);
}

/* ---- numbers --------------------------------------------------------------------------------- */

BUILTIN(builtin_abs)
{
    return arg_one("abs", nargs, kwnames) ? obj_absolute(args[0]) : NULL;
}

BUILTIN(builtin_divmod)
{
    if (!arg_range("divmod", nargs, kwnames, 2, 2))
        return NULL;
    return obj_binary_op(args[0], args[1], BINOP_DIVMOD);
}

BUILTIN(builtin_pow)
{
    static const char *const names[] = { "base", "exp", "mod", NULL };
    Object *v[3];
    if (!args_parse("pow", args, nargs, kwnames, names, 2, 3, v))
        return NULL;
    return obj_power(v[0], v[1], v[2]);
}

BUILTIN(builtin_round)
{
    static const char *const names[] = { "number", "ndigits", NULL };
    Object *v[2];
    if (!args_parse("round", args, nargs, kwnames, names, 1, 2, v))
        return NULL;
    StrObject *name = id_dunder_round;
    bool found;
    Object *r;
    if (v[1] && v[1] != OBJ_NONE)
        r = obj_call_special(v[0], name, &v[1], 1, &found);
    else
        r = obj_call_special(v[0], name, NULL, 0, &found);
    if (!found)
        return err_format(&Exc_TypeError, "type %s doesn't define __round__ method",
                          obj_type_name(v[0]));
    return r;
}

static Object *to_base(Object *const *args, size_t nargs, TupleObject *kwnames, const char *name,
                       int base)
{
    if (!arg_one(name, nargs, kwnames))
        return NULL;
    Object *i = obj_index(args[0]);
    if (!i)
        return NULL;
    Object *r = int_to_base(i, base);
    DECREF(i);
    return r;
}

BUILTIN(builtin_hex) { return to_base(args, nargs, kwnames, "hex", 16); }
BUILTIN(builtin_oct) { return to_base(args, nargs, kwnames, "oct", 8); }
BUILTIN(builtin_bin) { return to_base(args, nargs, kwnames, "bin", 2); }

BUILTIN(builtin_chr)
{
    if (!arg_one("chr", nargs, kwnames))
        return NULL;
    if (!int_check(args[0]) && !args[0]->type->index)
        return err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          obj_type_name(args[0]));
    Object *i = obj_index(args[0]);
    if (!i)
        return NULL;
    bool overflow;
    int64_t v = int_as_i64(i, &overflow);
    DECREF(i);
    if (overflow)
        return err_set_string(&Exc_OverflowError, "Python int too large to convert to C int");
    if (v < 0 || v > 0x10ffff)
        return err_set_string(&Exc_ValueError, "chr() arg not in range(0x110000)");
    return str_from_codepoint((uint32_t)v);
}

BUILTIN(builtin_ord)
{
    if (!arg_one("ord", nargs, kwnames))
        return NULL;
    Object *c = args[0];
    if (str_check(c)) {
        if (str_length(c) != 1)
            return err_format(&Exc_TypeError, "ord() expected a character, but string of length "
                              "%zu found", str_length(c));
        return int_from_i64(str_codepoint_at(c, 0));
    }
    if (bytes_check(c) || bytearray_check(c)) {
        const char *d;
        size_t n;
        bytes_like_view(c, &d, &n);
        if (n != 1)
            return err_format(&Exc_TypeError, "ord() expected a character, but string of length "
                              "%zu found", n);
        return int_from_i64((unsigned char)d[0]);
    }
    return err_format(&Exc_TypeError, "ord() expected string of length 1, but %s found",
                      obj_type_name(c));
}

/* ---- objects and types ------------------------------------------------------------------------- */

BUILTIN(builtin_repr)
{
    return arg_one("repr", nargs, kwnames) ? obj_repr(args[0]) : NULL;
}

BUILTIN(builtin_ascii)
{
    return arg_one("ascii", nargs, kwnames) ? obj_ascii(args[0]) : NULL;
}

BUILTIN(builtin_format)
{
    if (!arg_range("format", nargs, kwnames, 1, 2))
        return NULL;
    Object *spec = NARGS(nargs) > 1 ? args[1] : NULL;
    if (spec && !str_check(spec))
        return err_format(&Exc_TypeError, "format() argument 2 must be str, not %s",
                          arg_type_name(spec));
    return obj_format(args[0], spec);
}

BUILTIN(builtin_hash)
{
    if (!arg_one("hash", nargs, kwnames))
        return NULL;
    int64_t h = obj_hash(args[0]);
    if (h == -1 && err_occurred())
        return NULL;
    return int_from_i64(h);
}

BUILTIN(builtin_id)
{
    if (!arg_one("id", nargs, kwnames))
        return NULL;
    return int_from_u64((uint64_t)(uintptr_t)args[0]);
}

BUILTIN(builtin_callable)
{
    return arg_one("callable", nargs, kwnames) ? bool_from(obj_is_callable(args[0])) : NULL;
}

/* isinstance / issubclass: a class, a tuple of them (nested), or a union */
static int check_class(Object *obj, Object *cls, bool subclass, int depth)
{
    if (depth > 100) {
        err_set_string(&Exc_RecursionError, "maximum recursion depth exceeded in __instancecheck__");
        return -1;
    }
    if (tuple_check(cls) || cls->type == &UnionType) {
        Object *items = tuple_check(cls) ? cls : obj_getattr_cstr(cls, "__args__");
        if (!items)
            return -1;
        int r = 0;
        for (size_t i = 0; i < tuple_size(items) && r == 0; i++)
            r = check_class(obj, tuple_get(items, i), subclass, depth + 1);
        if (items != cls)
            DECREF(items);
        return r;
    }
    if (cls->type == &GenericAliasType) {
        err_format(&Exc_TypeError, "%s() argument 2 cannot be a parameterized generic",
                   subclass ? "issubclass" : "isinstance");
        return -1;
    }
    if (!type_check(cls)) {
        err_format(&Exc_TypeError, subclass ? "issubclass() arg 2 must be a class, a tuple of "
                                              "classes, or a union"
                                            : "isinstance() arg 2 must be a type, a tuple of "
                                              "types, or a union");
        return -1;
    }
    /* a metaclass may define the check */
    if (cls->type != &TypeType) {
        StrObject *name = subclass ? id_dunder_subclasscheck : id_dunder_instancecheck;
        Object *hook = type_lookup(cls->type, name);
        if (hook && hook->type != &MethodDescrType) {
            bool found;
            Object *r = obj_call_special(cls, name, &obj, 1, &found);
            if (!r)
                return -1;
            int t = obj_is_true(r);
            DECREF(r);
            return t;
        }
    }
    if (subclass)
        return type_is_subtype((Type *)obj, (Type *)cls);
    if (obj_is_instance_of(obj, (Type *)cls))
        return 1;
    /* an object may claim another class through __class__ */
    Object *c = obj_lookup_attr(obj, id_dunder_class);
    if (!c)
        return err_occurred() ? -1 : 0;
    int r = c != (Object *)obj->type && type_check(c) && type_is_subtype((Type *)c, (Type *)cls);
    DECREF(c);
    return r;
}

BUILTIN(builtin_isinstance)
{
    if (!arg_range("isinstance", nargs, kwnames, 2, 2))
        return NULL;
    if (args[1] == (Object *)args[0]->type)
        return bool_from(true);
    int r = check_class(args[0], args[1], false, 0);
    return r < 0 ? NULL : bool_from(r);
}

BUILTIN(builtin_issubclass)
{
    if (!arg_range("issubclass", nargs, kwnames, 2, 2))
        return NULL;
    if (!type_check(args[0]))
        return err_set_string(&Exc_TypeError, "issubclass() arg 1 must be a class");
    int r = check_class(args[0], args[1], true, 0);
    return r < 0 ? NULL : bool_from(r);
}

static StrObject *attribute_name(Object *name, const char *fname)
{
    if (!str_check(name)) {
        err_format(&Exc_TypeError, "attribute name must be string, not '%s'", obj_type_name(name));
        return NULL;
    }
    StrObject *s = (StrObject *)NEWREF(name);
    str_intern(&s);
    return s;
}

BUILTIN(builtin_getattr)
{
    if (!arg_range("getattr", nargs, kwnames, 2, 3))
        return NULL;
    StrObject *name = attribute_name(args[1], "getattr");
    if (!name)
        return NULL;
    Object *r;
    if (NARGS(nargs) == 3) {
        r = obj_lookup_attr(args[0], name);
        if (!r && !err_occurred())
            r = NEWREF(args[2]);
    } else {
        r = obj_getattr(args[0], name);
    }
    DECREF(name);
    return r;
}

BUILTIN(builtin_setattr)
{
    if (!arg_range("setattr", nargs, kwnames, 3, 3))
        return NULL;
    StrObject *name = attribute_name(args[1], "setattr");
    if (!name)
        return NULL;
    int r = obj_setattr(args[0], name, args[2]);
    DECREF(name);
    return r < 0 ? NULL : none_ref();
}

BUILTIN(builtin_delattr)
{
    if (!arg_range("delattr", nargs, kwnames, 2, 2))
        return NULL;
    StrObject *name = attribute_name(args[1], "delattr");
    if (!name)
        return NULL;
    int r = obj_setattr(args[0], name, NULL);
    DECREF(name);
    return r < 0 ? NULL : none_ref();
}

BUILTIN(builtin_hasattr)
{
    if (!arg_range("hasattr", nargs, kwnames, 2, 2))
        return NULL;
    StrObject *name = attribute_name(args[1], "hasattr");
    if (!name)
        return NULL;
    int r = obj_hasattr(args[0], name);
    DECREF(name);
    return r < 0 ? NULL : bool_from(r);
}

BUILTIN(builtin_dir)
{
    if (!arg_range("dir", nargs, kwnames, 0, 1))
        return NULL;
    if (NARGS(nargs) == 0) {
        Object *d = builtins_locals();
        if (!d)
            return NULL;
        Object *l = dict_keys_list(d);
        DECREF(d);
        list_sort(l, NULL, false);
        return l;
    }
    return obj_dir(args[0]);
}

Object *builtins_locals(void)
{
    return vm.frame ? frame_locals(vm.frame) : dict_new();
}

BUILTIN(builtin_locals)
{
    if (!arg_none("locals", nargs, kwnames))
        return NULL;
    return builtins_locals();
}

BUILTIN(builtin_globals)
{
    if (!arg_none("globals", nargs, kwnames))
        return NULL;
    return vm.frame ? NEWREF(vm.frame->globals) : dict_new();
}

BUILTIN(builtin_vars)
{
    if (!arg_range("vars", nargs, kwnames, 0, 1))
        return NULL;
    if (NARGS(nargs) == 0)
        return builtins_locals();
    Object *d = obj_lookup_attr(args[0], id_dunder_dict);
    if (!d && !err_occurred())
        err_set_string(&Exc_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

/* ---- leaving ---------------------------------------------------------------------------------- */

BUILTIN(builtin_exit)
{
    if (!arg_range("exit", nargs, kwnames, 0, 1))
        return NULL;
    return err_set(&Exc_SystemExit, NARGS(nargs) ? args[0] : NULL);
}

BUILTIN(builtin_import)
{
    static const char *const names[] = { "name", "globals", "locals", "fromlist", "level", NULL };
    Object *v[5];
    if (!args_parse("__import__", args, nargs, kwnames, names, 1, 5, v))
        return NULL;
    if (!str_check(v[0]))
        return err_format(&Exc_TypeError, "__import__() argument 1 must be str, not %s",
                          obj_type_name(v[0]));
    Object *m = import_module(str_data(v[0]));
    if (!m)
        return NULL;
    bool fromlist = v[3] && v[3] != OBJ_NONE && obj_is_true(v[3]) == 1;
    if (fromlist || !strchr(str_data(v[0]), '.'))
        return m;
    DECREF(m);
    const char *s = str_data(v[0]);
    Object *top = str_from_utf8(s, (size_t)(strchr(s, '.') - s));
    Object *t = dict_get(vm.modules, top);
    DECREF(top);
    return t ? NEWREF(t) : err_set_string(&Exc_ImportError, "import failed");
}

/* Not built: named so that a program using them gets a clear message. */
static Object *not_supported(const char *what)
{
    return err_format(&Exc_NotImplementedError, "pyrun does not support %s() yet", what);
}

BUILTIN(builtin_breakpoint) { return not_supported("breakpoint"); }
BUILTIN(builtin_help) { return not_supported("help"); }

static const MethodDef builtin_functions[] = {
    { "print", builtin_print, 0 },
    { "input", builtin_input, 0 },
    { "open", builtin_open, 0 },
    { "len", builtin_len, 0 },
    { "sorted", builtin_sorted, 0 },
    { "min", builtin_min, METH_COUNTED },
    { "max", builtin_max, METH_COUNTED },
    { "sum", builtin_sum, 0 },
    { "any", builtin_any, METH_COUNTED },
    { "all", builtin_all, METH_COUNTED },
    { "iter", builtin_iter, 0 },
    { "next", builtin_next, 0 },
    { "abs", builtin_abs, METH_COUNTED },
    { "divmod", builtin_divmod, 0 },
    { "pow", builtin_pow, 0 },
    { "round", builtin_round, 0 },
    { "hex", builtin_hex, METH_COUNTED },
    { "oct", builtin_oct, METH_COUNTED },
    { "bin", builtin_bin, METH_COUNTED },
    { "chr", builtin_chr, METH_COUNTED },
    { "ord", builtin_ord, METH_COUNTED },
    { "repr", builtin_repr, METH_COUNTED },
    { "ascii", builtin_ascii, METH_COUNTED },
    { "format", builtin_format, 0 },
    { "hash", builtin_hash, METH_COUNTED },
    { "id", builtin_id, METH_COUNTED },
    { "callable", builtin_callable, METH_COUNTED },
    { "isinstance", builtin_isinstance, 0 },
    { "issubclass", builtin_issubclass, 0 },
    { "getattr", builtin_getattr, 0 },
    { "setattr", builtin_setattr, 0 },
    { "delattr", builtin_delattr, 0 },
    { "hasattr", builtin_hasattr, 0 },
    { "dir", builtin_dir, METH_COUNTED },
    { "locals", builtin_locals, METH_COUNTED },
    { "globals", builtin_globals, METH_COUNTED },
    { "vars", builtin_vars, METH_COUNTED },
    { "exit", builtin_exit, 0 },
    { "quit", builtin_exit, 0 },
    { "__import__", builtin_import, 0 },
    { "__build_class__", builtin_build_class, 0 },
    { "eval", builtin_eval, 0 },
    { "exec", builtin_exec, 0 },
    { "compile", builtin_compile, 0 },
    { "breakpoint", builtin_breakpoint, 0 },
    { "help", builtin_help, 0 },
    { NULL, NULL, 0 },
};

static void add_type(Object *d, const char *name, Type *t)
{
    dict_set_cstr(d, name, (Object *)t);
}

Object *builtins_module_create(void)
{
    Object *m = module_new("builtins");
    ((ModuleObject *)m)->builtin = true;
    Object *d = module_dict(m);
    module_add_functions(m, builtin_functions);
    add_type(d, "object", &ObjectType);
    add_type(d, "type", &TypeType);
    add_type(d, "int", &IntType);
    add_type(d, "bool", &BoolType);
    add_type(d, "float", &FloatType);
    add_type(d, "complex", &ComplexType);
    add_type(d, "str", &StrType);
    add_type(d, "bytes", &BytesType);
    add_type(d, "bytearray", &ByteArrayType);
    add_type(d, "memoryview", &MemoryViewType);
    add_type(d, "list", &ListType);
    add_type(d, "tuple", &TupleType);
    add_type(d, "dict", &DictType);
    add_type(d, "set", &SetType);
    add_type(d, "frozenset", &FrozenSetType);
    add_type(d, "range", &RangeType);
    add_type(d, "slice", &SliceType);
    add_type(d, "enumerate", &EnumerateType);
    add_type(d, "zip", &ZipType);
    add_type(d, "map", &MapType);
    add_type(d, "filter", &FilterType);
    add_type(d, "reversed", &ReversedType);
    add_type(d, "property", &PropertyType);
    add_type(d, "staticmethod", &StaticMethodType);
    add_type(d, "classmethod", &ClassMethodType);
    add_type(d, "super", &SuperType);
    dict_set_cstr(d, "None", OBJ_NONE);
    dict_set_cstr(d, "True", OBJ_TRUE);
    dict_set_cstr(d, "False", OBJ_FALSE);
    dict_set_cstr(d, "Ellipsis", OBJ_ELLIPSIS);
    dict_set_cstr(d, "NotImplemented", OBJ_NOT_IMPLEMENTED);
    dict_set_cstr(d, "__debug__", OBJ_TRUE);
#define EXCEPTION(name, base, doc) add_type(d, #name, &Exc_##name);
#include "objects/exceptions.def"
#undef EXCEPTION
    add_type(d, "EnvironmentError", &Exc_OSError);
    add_type(d, "IOError", &Exc_OSError);
    return m;
}

/* bytes_methods.c - the methods bytes and bytearray share beyond the basic
 * ones of bytes.c: searching with ranges, partition, rsplit, splitlines,
 * padding, ASCII case mapping and tests, translate, and bytearray's insert
 * and remove.  Bytes methods act on ASCII only: 'é'.upper() is 'É', but
 * b'\xe9'.upper() is b'\xe9'. */
#include "runtime.h"
#include "objects/bytes_methods.h"
#include "objects/memoryview.h"

#include <stdio.h>

#define METHOD(name) Object *name(Object *self, Object *const *args, size_t nargs, \
                                  TupleObject *kwnames)

static bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static char to_upper(char c) { return is_lower((unsigned char)c) ? (char)(c - 32) : c; }
static char to_lower(char c) { return is_upper((unsigned char)c) ? (char)(c + 32) : c; }

const char *bytes_method_name(Object *self, const char *name)
{
    static char qualified[64];
    snprintf(qualified, sizeof qualified, "%s.%s", bytearray_check(self) ? "bytearray" : "bytes",
             name);
    return qualified;
}

static void view(Object *self, const char **d, size_t *n)
{
    bytes_like_view(self, d, n);
}

/* The sub-argument of find and friends: bytes-like, or an int 0..255. */
static bool sub_arg(Object *o, const char **s, size_t *m, char *single)
{
    if (int_check(o)) {
        bool overflow;
        int64_t v = int_as_i64(o, &overflow);
        if (overflow || v < 0 || v > 255) {
            err_set_string(&Exc_ValueError, "byte must be in range(0, 256)");
            return false;
        }
        *single = (char)v;
        *s = single;
        *m = 1;
        return true;
    }
    if (!bytes_check(o) && !bytearray_check(o)) {
        err_format(&Exc_TypeError, "argument should be integer or bytes-like object, not '%s'",
                   obj_type_name(o));
        return false;
    }
    return bytes_like_view(o, s, m);
}

/* [start, end) of the optional start/end arguments, clamped as slices are. */
static bool range_args(Object *const *args, size_t n, size_t len, size_t *start, size_t *end)
{
    int64_t s = 0, e = (int64_t)len;
    if (n > 0 && args[0] != OBJ_NONE && !obj_as_slice_index(args[0], true, &s))
        return false;
    if (n > 1 && args[1] != OBJ_NONE && !obj_as_slice_index(args[1], true, &e))
        return false;
    if (s < 0)
        s = s + (int64_t)len < 0 ? 0 : s + (int64_t)len;
    if (e < 0)
        e = e + (int64_t)len < 0 ? 0 : e + (int64_t)len;
    if (e > (int64_t)len)
        e = (int64_t)len;
    *start = (size_t)s;
    *end = (size_t)e;
    return true;
}

/* The argument count of find, startswith and the others, which CPython
 * checks (and words) the old way: "find() takes at least 1 argument". */
static bool one_to_three_args(const char *who, size_t nargs, TupleObject *kwnames)
{
    if (!arg_no_keywords(who, kwnames))
        return false;
    nargs = NARGS(nargs);
    if (nargs < 1)
        err_format(&Exc_TypeError, "%s() takes at least 1 argument (0 given)", who);
    else if (nargs > 3)
        err_format(&Exc_TypeError, "%s() takes at most 3 arguments (%zu given)", who, nargs);
    return nargs >= 1 && nargs <= 3;
}

/* find/rfind/index/rindex/count: the position (or count), -2 on error. */
static int64_t search(Object *self, const char *who, Object *const *args, size_t nargs,
                      TupleObject *kwnames, bool reverse, bool counting)
{
    if (!one_to_three_args(who, nargs, kwnames))
        return -2;
    const char *d, *s;
    size_t n, m, start, end;
    char single;
    view(self, &d, &n);
    /* (the bounds are checked before the thing looked for, as in CPython) */
    if (!range_args(args + 1, NARGS(nargs) - 1, n, &start, &end) ||
        !sub_arg(args[0], &s, &m, &single))
        return -2;
    if (start > n || (end < start) || end - start < m)
        return counting ? 0 : -1;
    if (counting) {
        if (m == 0)
            return (int64_t)(end - start) + 1;
        int64_t count = 0;
        const char *p = d + start, *stop = d + end, *hit;
        while ((hit = memmem(p, (size_t)(stop - p), s, m))) {
            count++;
            p = hit + m;
        }
        return count;
    }
    if (!reverse) {
        const char *hit = m == 0 ? d + start : memmem(d + start, end - start, s, m);
        return hit ? (int64_t)(hit - d) : -1;
    }
    for (size_t i = end - m + 1; i-- > start;)
        if (memcmp(d + i, s, m) == 0)
            return (int64_t)i;
    return -1;
}

/* startswith/endswith: whether self[start:end] begins (ends) with the
 * bytes given, or with one of a tuple of them. */
Object *bytes_tailmatch(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames,
                        bool ends)
{
    const char *who = ends ? "endswith" : "startswith";
    if (!one_to_three_args(who, nargs, kwnames))
        return NULL;
    const char *d;
    size_t n, start, end;
    view(self, &d, &n);
    if (!range_args(args + 1, NARGS(nargs) - 1, n, &start, &end))
        return NULL;
    Object *what = args[0];
    if (!tuple_check(what) && !bytes_check(what) && !bytearray_check(what) &&
        what->type != &MemoryViewType)
        return err_format(&Exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s",
                          who, obj_type_name(what));
    size_t count = tuple_check(what) ? tuple_size(what) : 1;
    for (size_t i = 0; i < count; i++) {
        Object *x = tuple_check(what) ? tuple_get(what, i) : what;
        const char *s;
        size_t m;
        if (!bytes_like_view(x, &s, &m))
            return NULL;
        if (start > n || end < start || end - start < m)
            continue;
        size_t at = ends ? end - m : start;
        if (memcmp(d + at, s, m) == 0)
            return bool_from(true);
    }
    return bool_from(false);
}

static Object *search_result(int64_t i, bool must_find)
{
    if (i == -2)
        return NULL;
    if (i == -1 && must_find)
        return err_set_string(&Exc_ValueError, "subsection not found");
    return int_from_i64(i);
}

METHOD(bytes_find_method)
{
    return search_result(search(self, "find", args, nargs, kwnames, false, false), false);
}

METHOD(bytes_rfind_method)
{
    return search_result(search(self, "rfind", args, nargs, kwnames, true, false), false);
}

METHOD(bytes_index_method)
{
    return search_result(search(self, "index", args, nargs, kwnames, false, false), true);
}

METHOD(bytes_rindex_method)
{
    return search_result(search(self, "rindex", args, nargs, kwnames, true, false), true);
}

METHOD(bytes_count_method)
{
    return search_result(search(self, "count", args, nargs, kwnames, false, true), false);
}

/* ---- partition, rsplit, splitlines ------------------------------------------------------- */

static Object *partition(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames,
                         bool reverse)
{
    if (!arg_one(bytes_method_name(self, reverse ? "rpartition" : "partition"), nargs, kwnames))
        return NULL;
    const char *d, *s;
    size_t n, m;
    view(self, &d, &n);
    if (!bytes_like_view(args[0], &s, &m))
        return NULL;
    if (m == 0)
        return err_set_string(&Exc_ValueError, "empty separator");
    const char *hit = NULL;
    if (!reverse) {
        hit = memmem(d, n, s, m);
    } else if (n >= m) {
        for (size_t i = n - m + 1; i-- > 0;)
            if (memcmp(d + i, s, m) == 0) {
                hit = d + i;
                break;
            }
    }
    Object *a, *b, *c;
    if (!hit) {
        Object *whole = bytes_same_kind(self, d, n), *empty = bytes_same_kind(self, "", 0);
        a = reverse ? empty : whole;
        b = bytes_same_kind(self, "", 0);
        c = reverse ? whole : NEWREF(empty);
        if (!reverse)
            DECREF(empty);
    } else {
        a = bytes_same_kind(self, d, (size_t)(hit - d));
        b = bytes_same_kind(self, s, m);
        c = bytes_same_kind(self, hit + m, n - (size_t)(hit - d) - m);
    }
    Object *r = tuple_pack(3, a, b, c);
    DECREF(a);
    DECREF(b);
    DECREF(c);
    return r;
}

METHOD(bytes_partition_method) { return partition(self, args, nargs, kwnames, false); }
METHOD(bytes_rpartition_method) { return partition(self, args, nargs, kwnames, true); }

static bool is_space(unsigned char c)
{
    return c == ' ' || (c >= 9 && c <= 13);
}

METHOD(bytes_rsplit_method)
{
    static const char *const names[] = { "sep", "maxsplit", NULL };
    Object *v[2];
    if (!args_parse("rsplit", args, nargs, kwnames, names, 0, 2, v))
        return NULL;
    int64_t maxsplit = -1;
    if (v[1]) {
        maxsplit = obj_as_index(v[1], NULL);
        if (maxsplit == -1 && err_occurred())
            return NULL;
    }
    const char *d, *s = NULL;
    size_t n, m = 0;
    view(self, &d, &n);
    if (v[0] && v[0] != OBJ_NONE) {
        if (!bytes_like_view(v[0], &s, &m))
            return NULL;
        if (m == 0)
            return err_set_string(&Exc_ValueError, "empty separator");
    }
    Object *parts = list_new(0);
    size_t end = n;
    if (!s) {
        for (;;) {
            while (end > 0 && is_space((unsigned char)d[end - 1]))
                end--;
            if (end == 0)
                break;
            if (maxsplit == 0) {
                size_t begin = 0;
                while (begin < end && is_space((unsigned char)d[begin]))
                    begin++;
                list_append_steal(parts, bytes_same_kind(self, d + begin, end - begin));
                break;
            }
            size_t w = end;
            while (w > 0 && !is_space((unsigned char)d[w - 1]))
                w--;
            list_append_steal(parts, bytes_same_kind(self, d + w, end - w));
            end = w;
            if (maxsplit > 0)
                maxsplit--;
        }
    } else {
        while (maxsplit != 0 && end >= m) {
            size_t i = end - m + 1;
            bool found = false;
            while (i-- > 0)
                if (memcmp(d + i, s, m) == 0) {
                    found = true;
                    break;
                }
            if (!found)
                break;
            list_append_steal(parts, bytes_same_kind(self, d + i + m, end - i - m));
            end = i;
            if (maxsplit > 0)
                maxsplit--;
        }
        list_append_steal(parts, bytes_same_kind(self, d, end));
    }
    list_reverse_inplace(parts);
    return parts;
}

METHOD(bytes_splitlines_method)
{
    static const char *const names[] = { "keepends", NULL };
    Object *v[1];
    if (!args_parse("splitlines", args, nargs, kwnames, names, 0, 1, v))
        return NULL;
    /* keepends is an int (a bool is one), as in CPython */
    int64_t keep = v[0] ? obj_as_index(v[0], NULL) : 0;
    if (keep == -1 && err_occurred())
        return NULL;
    const char *d;
    size_t n;
    view(self, &d, &n);
    Object *lines = list_new(0);
    size_t line = 0;
    for (size_t i = 0; i < n; i++) {
        if (d[i] != '\n' && d[i] != '\r')
            continue;
        size_t eol = i + 1;
        if (d[i] == '\r' && eol < n && d[eol] == '\n')
            eol++;
        list_append_steal(lines, bytes_same_kind(self, d + line, (keep ? eol : i) - line));
        line = eol;
        i = eol - 1;
    }
    if (line < n)
        list_append_steal(lines, bytes_same_kind(self, d + line, n - line));
    return lines;
}

/* ---- padding ---------------------------------------------------------------------------- */

static Object *pad(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames,
                   const char *who, char how)
{
    if (!arg_range(who, nargs, kwnames, 1, 2))
        return NULL;
    int64_t width = obj_as_index(args[0], NULL);
    if (width == -1 && err_occurred())
        return NULL;
    char fill = ' ';
    if (NARGS(nargs) > 1) {
        const char *f;
        size_t fn;
        if ((!bytes_check(args[1]) && !bytearray_check(args[1])) ||
            (bytes_like_view(args[1], &f, &fn), fn != 1))
            return err_format(&Exc_TypeError, "%s() argument 2 must be a byte string of length 1, "
                                              "not %s", who, obj_type_name(args[1]));
        fill = f[0];
    }
    const char *d;
    size_t n;
    view(self, &d, &n);
    if (width <= (int64_t)n)
        return bytes_same_kind(self, d, n);
    if (!err_size_fits((uint64_t)width))
        return NULL;
    size_t total = (size_t)width, padding = total - n;
    size_t left = how == 'l' ? 0 : how == 'r' ? padding : padding / 2 + (padding & total & 1);
    char *out = mem_alloc(total);
    memset(out, fill, left);
    memcpy(out + left, d, n);
    memset(out + left + n, fill, total - left - n);
    Object *r = bytes_same_kind(self, out, total);
    mem_free(out, total);
    return r;
}

METHOD(bytes_center_method) { return pad(self, args, nargs, kwnames, "center", 'c'); }
METHOD(bytes_ljust_method) { return pad(self, args, nargs, kwnames, "ljust", 'l'); }
METHOD(bytes_rjust_method) { return pad(self, args, nargs, kwnames, "rjust", 'r'); }

METHOD(bytes_zfill_method)
{
    if (!arg_one(bytes_method_name(self, "zfill"), nargs, kwnames))
        return NULL;
    int64_t width = obj_as_index(args[0], NULL);
    if (width == -1 && err_occurred())
        return NULL;
    const char *d;
    size_t n;
    view(self, &d, &n);
    if (width <= (int64_t)n)
        return bytes_same_kind(self, d, n);
    if (!err_size_fits((uint64_t)width))
        return NULL;
    size_t total = (size_t)width, zeros = total - n;
    char *out = mem_alloc(total);
    size_t sign = n && (d[0] == '+' || d[0] == '-') ? 1 : 0;
    memcpy(out, d, sign);
    memset(out + sign, '0', zeros);
    memcpy(out + sign + zeros, d + sign, n - sign);
    Object *r = bytes_same_kind(self, out, total);
    mem_free(out, total);
    return r;
}

METHOD(bytes_expandtabs_method)
{
    static const char *const names[] = { "tabsize", NULL };
    Object *v[1];
    if (!args_parse("expandtabs", args, nargs, kwnames, names, 0, 1, v))
        return NULL;
    int tab = 8;
    if (v[0] && !obj_as_c_int(v[0], &tab))     /* a C int in CPython */
        return NULL;
    const char *d;
    size_t n;
    view(self, &d, &n);
    Buf b;
    buf_init(&b);
    int64_t column = 0;
    for (size_t i = 0; i < n; i++) {
        if (d[i] == '\t') {
            if (tab > 0) {
                int64_t spaces = tab - column % tab;
                for (int64_t k = 0; k < spaces; k++)
                    buf_putc(&b, ' ');
                column += spaces;
            }
        } else {
            buf_putc(&b, d[i]);
            column = d[i] == '\n' || d[i] == '\r' ? 0 : column + 1;
        }
    }
    Object *r = bytes_same_kind(self, b.data ? b.data : "", b.len);
    buf_free(&b);
    return r;
}

/* ---- case ------------------------------------------------------------------------------- */

static Object *map_case(Object *self, char how)
{
    const char *d;
    size_t n;
    view(self, &d, &n);
    char *out = mem_alloc(n + 1);
    bool word_start = true;
    for (size_t i = 0; i < n; i++) {
        char c = d[i];
        switch (how) {
        case 's':
            c = is_lower((unsigned char)c) ? to_upper(c) : to_lower(c);
            break;
        case 'c':
            c = i == 0 ? to_upper(c) : to_lower(c);
            break;
        default:        /* title */
            c = word_start ? to_upper(c) : to_lower(c);
            word_start = !(is_lower((unsigned char)c) || is_upper((unsigned char)c));
            break;
        }
        out[i] = c;
    }
    Object *r = bytes_same_kind(self, out, n);
    mem_free(out, n + 1);
    return r;
}

METHOD(bytes_swapcase_method) { return arg_none(bytes_method_name(self, "swapcase"), nargs, kwnames) ? map_case(self, 's') : NULL; }
METHOD(bytes_capitalize_method) { return arg_none(bytes_method_name(self, "capitalize"), nargs, kwnames) ? map_case(self, 'c') : NULL; }
METHOD(bytes_title_method) { return arg_none(bytes_method_name(self, "title"), nargs, kwnames) ? map_case(self, 't') : NULL; }

/* islower/isupper: some cased byte, and none of the other case */
static Object *cased_test(Object *self, bool want_lower)
{
    const char *d;
    size_t n;
    view(self, &d, &n);
    bool cased = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (want_lower ? is_upper(c) : is_lower(c))
            return bool_from(false);
        if (want_lower ? is_lower(c) : is_upper(c))
            cased = true;
    }
    return bool_from(cased);
}

METHOD(bytes_islower_method) { return arg_none(bytes_method_name(self, "islower"), nargs, kwnames) ? cased_test(self, true) : NULL; }
METHOD(bytes_isupper_method) { return arg_none(bytes_method_name(self, "isupper"), nargs, kwnames) ? cased_test(self, false) : NULL; }

METHOD(bytes_istitle_method)
{
    if (!arg_none(bytes_method_name(self, "istitle"), nargs, kwnames))
        return NULL;
    const char *d;
    size_t n;
    view(self, &d, &n);
    bool cased = false, previous_cased = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (is_upper(c)) {
            if (previous_cased)
                return bool_from(false);
            previous_cased = cased = true;
        } else if (is_lower(c)) {
            if (!previous_cased)
                return bool_from(false);
            previous_cased = cased = true;
        } else {
            previous_cased = false;
        }
    }
    return bool_from(cased);
}

METHOD(bytes_isascii_method)
{
    if (!arg_none(bytes_method_name(self, "isascii"), nargs, kwnames))
        return NULL;
    const char *d;
    size_t n;
    view(self, &d, &n);
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)d[i] >= 128)
            return bool_from(false);
    return bool_from(true);
}

/* ---- translate, affixes --------------------------------------------------------------------- */

METHOD(bytes_maketrans_method)
{
    if (!arg_range("maketrans", nargs, kwnames, 2, 2))
        return NULL;
    const char *a, *b;
    size_t an, bn;
    if (!bytes_like_view(args[0], &a, &an) || !bytes_like_view(args[1], &b, &bn))
        return NULL;
    if (an != bn)
        return err_set_string(&Exc_ValueError, "maketrans arguments must have same length");
    char table[256];
    for (int i = 0; i < 256; i++)
        table[i] = (char)i;
    for (size_t i = 0; i < an; i++)
        table[(unsigned char)a[i]] = b[i];
    return bytes_from(table, 256);
}

METHOD(bytes_translate_method)
{
    static const char *const names[] = { "table", "delete", NULL };
    Object *v[2];
    if (!args_parse("translate", args, nargs, kwnames, names, 1, 2, v))
        return NULL;
    const char *table = NULL, *del = "";
    size_t tn = 0, dn = 0;
    if (v[0] != OBJ_NONE) {
        if (!bytes_like_view(v[0], &table, &tn))
            return NULL;
        if (tn != 256)
            return err_set_string(&Exc_ValueError, "translation table must be 256 characters long");
    }
    if (v[1] && !bytes_like_view(v[1], &del, &dn))
        return NULL;
    const char *d;
    size_t n;
    view(self, &d, &n);
    char *out = mem_alloc(n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (dn && memchr(del, d[i], dn))
            continue;
        out[k++] = table ? table[(unsigned char)d[i]] : d[i];
    }
    Object *r = bytes_same_kind(self, out, k);
    mem_free(out, n + 1);
    return r;
}

static Object *remove_affix(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames,
                            bool suffix)
{
    if (!arg_one(bytes_method_name(self, suffix ? "removesuffix" : "removeprefix"), nargs, kwnames))
        return NULL;
    const char *d, *a;
    size_t n, m;
    view(self, &d, &n);
    if (!bytes_like_view(args[0], &a, &m))
        return NULL;
    if (m <= n && memcmp(suffix ? d + n - m : d, a, m) == 0)
        return bytes_same_kind(self, suffix ? d : d + m, n - m);
    if (bytes_check(self) && self->type == &BytesType)
        return NEWREF(self);
    return bytes_same_kind(self, d, n);
}

METHOD(bytes_removeprefix_method) { return remove_affix(self, args, nargs, kwnames, false); }
METHOD(bytes_removesuffix_method) { return remove_affix(self, args, nargs, kwnames, true); }

/* ---- bytearray's insert and remove ------------------------------------------------------- */

static bool byte_arg(Object *o, char *out)
{
    if (!int_check(o) && !o->type->index) {
        err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                   obj_type_name(o));
        return false;
    }
    int64_t v = obj_as_index(o, NULL);
    if (v == -1 && err_occurred())
        return false;
    if (v < 0 || v > 255) {
        err_set_string(&Exc_ValueError, "byte must be in range(0, 256)");
        return false;
    }
    *out = (char)v;
    return true;
}

METHOD(bytearray_insert_method)
{
    if (!arg_range("insert", nargs, kwnames, 2, 2))
        return NULL;
    ByteArrayObject *b = (ByteArrayObject *)self;
    int64_t i = obj_as_index(args[0], NULL);
    if (i == -1 && err_occurred())
        return NULL;
    char c;
    if (!byte_arg(args[1], &c))
        return NULL;
    int64_t n = (int64_t)b->size;
    if (i < 0)
        i = i + n < 0 ? 0 : i + n;
    if (i > n)
        i = n;
    bytearray_reserve(b, b->size + 1);
    memmove(b->data + i + 1, b->data + i, (size_t)(n - i));
    b->data[i] = c;
    b->size++;
    b->data[b->size] = '\0';
    return none_ref();
}

METHOD(bytearray_remove_method)
{
    if (!arg_one(bytes_method_name(self, "remove"), nargs, kwnames))
        return NULL;
    ByteArrayObject *b = (ByteArrayObject *)self;
    char c;
    if (!byte_arg(args[0], &c))
        return NULL;
    char *hit = b->size ? memchr(b->data, c, b->size) : NULL;
    if (!hit)
        return err_set_string(&Exc_ValueError, "value not found in bytearray");
    memmove(hit, hit + 1, b->size - (size_t)(hit - b->data) - 1);
    b->size--;
    b->data[b->size] = '\0';
    return none_ref();
}

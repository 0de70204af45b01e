/* str_methods.c - the methods of str. */
#include "runtime.h"
#include "objects/format.h"
#include "pyrepr.h"

#include <stdio.h>

#define METHOD(name) static Object *name(Object *self, Object *const *args, size_t nargs, \
                                         TupleObject *kwnames)

/* ---- helpers ---------------------------------------------------------------------------- */

static Object *make_str(const char *s, size_t n)
{
    return str_from_utf8(s, n);
}

/* A part of parent (split, partition...): ASCII when the parent is. */
static Object *make_piece(Object *parent, const char *s, size_t n)
{
    return ((StrObject *)parent)->ascii ? str_from_ascii(s, n) : str_from_utf8(s, n);
}

static bool is_ascii_space(unsigned char c)
{
    return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
}

/* Decodes a str into code points (the caller frees with free_cps). */
static uint32_t *decode(Object *s, size_t *n)
{
    *n = str_length(s);
    uint32_t *cps = mem_alloc(*n * sizeof(uint32_t) + 4);
    const char *p = str_data(s), *end = p + str_size(s);
    for (size_t i = 0; i < *n; i++)
        cps[i] = utf8_decode(&p, end);
    return cps;
}

static void free_cps(uint32_t *cps, size_t n)
{
    mem_free(cps, n * sizeof(uint32_t) + 4);
}

/* Resolves the optional [start[, end]] arguments (code-point positions, slice
 * semantics, None allowed) into byte offsets. */
static bool byte_range(Object *s, Object *start_obj, Object *end_obj, size_t *from, size_t *to,
                       int64_t *cp_start, int64_t *cp_end)
{
    int64_t n = (int64_t)str_length(s);
    int64_t start = 0, end = n;
    if (start_obj && start_obj != OBJ_NONE && !obj_as_slice_index(start_obj, true, &start))
        return false;
    if (end_obj && end_obj != OBJ_NONE && !obj_as_slice_index(end_obj, true, &end))
        return false;
    if (start < 0) {
        start += n;
        if (start < 0)
            start = 0;
    }
    if (end < 0) {
        end += n;
        if (end < 0)
            end = 0;
    }
    if (end > n)
        end = n;
    *cp_start = start;
    *cp_end = end;
    if (start > n) {
        *from = *to = str_size(s) + 1;     /* an empty range beyond the end */
        return true;
    }
    *from = str_offset_of(s, (size_t)start);
    *to = end > start ? str_offset_of(s, (size_t)end) : *from;
    return true;
}

/* The code-point index of byte offset off. */
static int64_t index_of_offset(Object *s, size_t off)
{
    return (int64_t)str_codepoints_before(s, off);
}

static const char *find_bytes(const char *hay, size_t hn, const char *needle, size_t nn)
{
    if (nn == 0)
        return hay;
    if (nn > hn)
        return NULL;
    if (nn == 1)
        return memchr(hay, needle[0], hn);
    return memmem(hay, hn, needle, nn);
}

static const char *rfind_bytes(const char *hay, size_t hn, const char *needle, size_t nn)
{
    if (nn > hn)
        return NULL;
    for (size_t i = hn - nn + 1; i-- > 0;)
        if (memcmp(hay + i, needle, nn) == 0)
            return hay + i;
    return NULL;
}

/* ---- searching ----------------------------------------------------------------------------- */

/* find, rfind, index, rindex, count share their argument handling. */
static bool search_args(const char *name, Object *self, Object *const *args, size_t nargs,
                        TupleObject *kwnames, Object **sub, size_t *from, size_t *to,
                        int64_t *cs, int64_t *ce)
{
    if (!arg_no_keywords(name, kwnames))
        return false;
    nargs = NARGS(nargs);
    if (nargs < 1 || nargs > 3) {
        if (nargs < 1)
            err_format(&Exc_TypeError, "%s() takes at least 1 argument (0 given)",
                       arg_bare_name(name));
        else
            err_format(&Exc_TypeError, "%s() takes at most 3 arguments (%zu given)",
                       arg_bare_name(name), nargs);
        return false;
    }
    /* the bounds are checked first, as in CPython */
    if (!byte_range(self, nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL, from, to, cs,
                    ce))
        return false;
    *sub = args[0];
    if (!str_check(*sub)) {
        err_format(&Exc_TypeError, "must be str, not %s", obj_type_name(*sub));
        return false;
    }
    return true;
}

static int64_t do_find(const char *name, Object *self, Object *const *args, size_t nargs,
                       TupleObject *kwnames, bool reverse, bool *error)
{
    Object *sub;
    size_t from, to;
    int64_t cs, ce;
    *error = false;
    if (!search_args(name, self, args, nargs, kwnames, &sub, &from, &to, &cs, &ce)) {
        *error = true;
        return -1;
    }
    if (from > str_size(self) || (cs > ce))
        return -1;
    const char *base = str_data(self);
    const char *hit = reverse ? rfind_bytes(base + from, to - from, str_data(sub), str_size(sub))
                              : find_bytes(base + from, to - from, str_data(sub), str_size(sub));
    if (!hit)
        return -1;
    return index_of_offset(self, (size_t)(hit - base));
}

METHOD(str_find)
{
    bool error;
    int64_t i = do_find("str.find", self, args, nargs, kwnames, false, &error);
    return error ? NULL : int_from_i64(i);
}

METHOD(str_rfind)
{
    bool error;
    int64_t i = do_find("str.rfind", self, args, nargs, kwnames, true, &error);
    return error ? NULL : int_from_i64(i);
}

METHOD(str_index)
{
    bool error;
    int64_t i = do_find("str.index", self, args, nargs, kwnames, false, &error);
    if (error)
        return NULL;
    if (i < 0)
        return err_set_string(&Exc_ValueError, "substring not found");
    return int_from_i64(i);
}

METHOD(str_rindex)
{
    bool error;
    int64_t i = do_find("str.rindex", self, args, nargs, kwnames, true, &error);
    if (error)
        return NULL;
    if (i < 0)
        return err_set_string(&Exc_ValueError, "substring not found");
    return int_from_i64(i);
}

METHOD(str_count)
{
    Object *sub;
    size_t from, to;
    int64_t cs, ce;
    if (!search_args("str.count", self, args, nargs, kwnames, &sub, &from, &to, &cs, &ce))
        return NULL;
    if (from > str_size(self) || cs > ce)
        return int_from_i64(0);
    size_t nn = str_size(sub);
    if (nn == 0)
        return int_from_i64(ce - cs + 1);
    int64_t count = 0;
    const char *p = str_data(self) + from, *end = str_data(self) + to;
    while ((size_t)(end - p) >= nn) {
        const char *hit = find_bytes(p, (size_t)(end - p), str_data(sub), nn);
        if (!hit)
            break;
        count++;
        p = hit + nn;
    }
    return int_from_i64(count);
}

static Object *starts_or_ends(const char *name, Object *self, Object *const *args, size_t nargs,
                              TupleObject *kwnames, bool ends)
{
    if (!arg_no_keywords(name, kwnames))
        return NULL;
    name = arg_bare_name(name);
    nargs = NARGS(nargs);
    if (nargs < 1 || nargs > 3) {
        if (nargs < 1)
            return err_format(&Exc_TypeError, "%s() takes at least 1 argument (0 given)", name);
        return err_format(&Exc_TypeError, "%s() takes at most 3 arguments (%zu given)", name,
                          nargs);
    }
    size_t from, to;
    int64_t cs, ce;
    if (!byte_range(self, nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL, &from, &to,
                    &cs, &ce))
        return NULL;
    Object *what = args[0];
    size_t count = tuple_check(what) ? tuple_size(what) : 1;
    if (!tuple_check(what) && !str_check(what))
        return err_format(&Exc_TypeError, "%s first arg must be str or a tuple of str, not %s",
                          name, obj_type_name(what));
    for (size_t i = 0; i < count; i++) {
        Object *s = tuple_check(what) ? tuple_get(what, i) : what;
        if (!str_check(s))
            return err_format(&Exc_TypeError, "tuple for %s must only contain str, not %s", name,
                              obj_type_name(s));
        if (from > str_size(self) || cs > ce)
            continue;
        size_t n = str_size(s), span = to - from;
        if (n > span)
            continue;
        const char *at = str_data(self) + (ends ? to - n : from);
        if (memcmp(at, str_data(s), n) == 0)
            return bool_from(true);
    }
    return bool_from(false);
}

METHOD(str_startswith)
{
    return starts_or_ends("str.startswith", self, args, nargs, kwnames, false);
}

METHOD(str_endswith)
{
    return starts_or_ends("str.endswith", self, args, nargs, kwnames, true);
}

/* ---- splitting and joining ---------------------------------------------------------------- */

static bool split_args(const char *name, Object *const *args, size_t nargs, TupleObject *kwnames,
                       Object **sep, int64_t *maxsplit)
{
    static const char *const names[] = { "sep", "maxsplit", NULL };
    Object *v[2];
    if (!args_parse(name, args, nargs, kwnames, names, 0, 2, v))
        return false;
    /* maxsplit is converted first, as CPython's argument parsing does */
    *maxsplit = -1;
    if (v[1]) {
        *maxsplit = obj_as_index(v[1], NULL);
        if (*maxsplit == -1 && err_occurred())
            return false;
    }
    *sep = v[0] && v[0] != OBJ_NONE ? v[0] : NULL;
    if (*sep && !str_check(*sep)) {
        err_format(&Exc_TypeError, "must be str or None, not %s", obj_type_name(*sep));
        return false;
    }
    if (*sep && str_size(*sep) == 0) {
        err_set_string(&Exc_ValueError, "empty separator");
        return false;
    }
    return true;
}

static bool cp_is_space_at(const char *p, const char *end, const char **next)
{
    unsigned char c = (unsigned char)*p;
    if (c < 0x80) {
        *next = p + 1;
        return is_ascii_space(c);
    }
    const char *q = p;
    uint32_t cp = utf8_decode(&q, end);
    *next = q;
    return unicode_is_space(cp);
}

Object *str_split_whitespace(Object *s, int64_t maxsplit)
{
    Object *result = list_new(0);
    const char *p = str_data(s), *end = p + str_size(s), *next;
    while (p < end) {
        while (p < end && cp_is_space_at(p, end, &next))
            p = next;
        if (p == end)
            break;
        if (maxsplit == 0) {
            /* the rest, as it is (trailing white space included) */
            list_append_steal(result, make_piece(s, p, (size_t)(end - p)));
            break;
        }
        const char *word = p;
        while (p < end && !cp_is_space_at(p, end, &next))
            p = next;
        list_append_steal(result, make_piece(s, word, (size_t)(p - word)));
        if (maxsplit > 0)
            maxsplit--;
    }
    return result;
}

METHOD(str_split)
{
    Object *sep;
    int64_t maxsplit;
    if (!split_args("split", args, nargs, kwnames, &sep, &maxsplit))
        return NULL;
    if (!sep)
        return str_split_whitespace(self, maxsplit);
    Object *result = list_new(0);
    const char *p = str_data(self), *end = p + str_size(self);
    const char *needle = str_data(sep);
    size_t nn = str_size(sep);
    while (maxsplit != 0) {
        const char *hit = find_bytes(p, (size_t)(end - p), needle, nn);
        if (!hit)
            break;
        list_append_steal(result, make_piece(self, p, (size_t)(hit - p)));
        p = hit + nn;
        if (maxsplit > 0)
            maxsplit--;
    }
    if (p == str_data(self) && str_check_exact(self))
        list_append(result, self);
    else
        list_append_steal(result, make_piece(self, p, (size_t)(end - p)));
    return result;
}

METHOD(str_rsplit)
{
    Object *sep;
    int64_t maxsplit;
    if (!split_args("rsplit", args, nargs, kwnames, &sep, &maxsplit))
        return NULL;
    Object *result = list_new(0);
    const char *begin = str_data(self), *end = begin + str_size(self);
    if (!sep) {
        const char *next;
        while (end > begin) {
            /* skip white space backwards */
            while (end > begin) {
                const char *q = end - 1;
                while (q > begin && ((unsigned char)*q & 0xC0) == 0x80)
                    q--;
                if (!cp_is_space_at(q, str_data(self) + str_size(self), &next))
                    break;
                end = q;
            }
            if (end == begin)
                break;
            if (maxsplit == 0) {
                list_append_steal(result, make_piece(self, begin, (size_t)(end - begin)));
                break;
            }
            const char *word_end = end;
            while (end > begin) {
                const char *q = end - 1;
                while (q > begin && ((unsigned char)*q & 0xC0) == 0x80)
                    q--;
                if (cp_is_space_at(q, word_end, &next))
                    break;
                end = q;
            }
            list_append_steal(result, make_piece(self, end, (size_t)(word_end - end)));
            if (maxsplit > 0)
                maxsplit--;
        }
    } else {
        const char *needle = str_data(sep);
        size_t nn = str_size(sep);
        while (maxsplit != 0) {
            const char *hit = rfind_bytes(begin, (size_t)(end - begin), needle, nn);
            if (!hit)
                break;
            list_append_steal(result, make_piece(self, hit + nn, (size_t)(end - hit - nn)));
            end = hit;
            if (maxsplit > 0)
                maxsplit--;
        }
        list_append_steal(result, make_piece(self, begin, (size_t)(end - begin)));
    }
    list_reverse_inplace(result);
    return result;
}

METHOD(str_splitlines)
{
    static const char *const names[] = { "keepends", NULL };
    Object *v[1];
    if (!args_parse("splitlines", args, nargs, kwnames, names, 0, 1, v))
        return NULL;
    bool keep = false;
    if (v[0]) {         /* an int (CPython's bool(accept={int})) */
        int64_t k = obj_as_index(v[0], NULL);
        if (k == -1 && err_occurred())
            return NULL;
        keep = k != 0;
    }
    Object *result = list_new(0);
    const char *p = str_data(self), *end = p + str_size(self);
    const char *line = p;
    if (((StrObject *)self)->ascii) {
        /* the ASCII line ends: \n \r \v \f and \x1c-\x1e */
        for (; p < end; p++) {
            unsigned char c = (unsigned char)*p;
            if (c > '\r' && (c < 0x1c || c > 0x1e))
                continue;
            if (c < '\n')
                continue;
            const char *eol = p + 1;
            if (c == '\r' && eol < end && *eol == '\n')
                eol++;
            list_append_steal(result, str_from_ascii(line, (size_t)((keep ? eol : p) - line)));
            line = eol;
            p = eol - 1;
        }
        if (line < end)
            list_append_steal(result, str_from_ascii(line, (size_t)(end - line)));
        return result;
    }
    while (p < end) {
        const char *q = p;
        uint32_t cp = utf8_decode(&q, end);
        if (unicode_is_linebreak(cp)) {
            const char *eol = q;
            if (cp == '\r' && q < end && *q == '\n')
                eol = q + 1;
            list_append_steal(result, make_piece(self, line, (size_t)((keep ? eol : p) - line)));
            p = line = eol;
        } else {
            p = q;
        }
    }
    if (line < end)
        list_append_steal(result, make_piece(self, line, (size_t)(end - line)));
    return result;
}

METHOD(str_join_method)
{
    if (!arg_one("str.join", nargs, kwnames))
        return NULL;
    return str_join(self, args[0]);
}

Object *str_join(Object *sep, Object *iterable)
{
    Object *seq;
    if (list_check_exact(iterable) || tuple_check_exact(iterable)) {
        seq = NEWREF(iterable);
    } else {
        if (!iterable->type->iter && !iterable->type->getitem)
            return err_set_string(&Exc_TypeError, "can only join an iterable");
        seq = list_from_iterable(iterable);
        if (!seq)
            return NULL;
    }
    bool is_list = list_check(seq);
    size_t n = is_list ? list_size(seq) : tuple_size(seq);
    Object *const *items = is_list ? (Object *const *)((ListObject *)seq)->items
                                   : (Object *const *)((TupleObject *)seq)->items;
    if (n == 1 && str_check_exact(items[0])) {
        Object *r = NEWREF(items[0]);
        DECREF(seq);
        return r;
    }
    size_t total = 0, length = 0;
    bool ascii = ((StrObject *)sep)->ascii;
    for (size_t i = 0; i < n; i++) {
        if (!str_check(items[i])) {
            err_format(&Exc_TypeError, "sequence item %zu: expected str instance, %s found", i,
                       obj_type_name(items[i]));
            DECREF(seq);
            return NULL;
        }
        StrObject *s = (StrObject *)items[i];
        total += s->size;
        length += s->length;
        ascii = ascii && s->ascii;
    }
    if (n > 1) {
        total += str_size(sep) * (n - 1);
        length += str_length(sep) * (n - 1);
    }
    if (total == 0) {
        DECREF(seq);
        return str_empty();
    }
    StrObject *r = str_new_raw(total, length, ascii);
    char *out = r->data;
    size_t sep_size = str_size(sep);
    for (size_t i = 0; i < n; i++) {
        if (i && sep_size) {
            memcpy(out, str_data(sep), sep_size);
            out += sep_size;
        }
        memcpy(out, str_data(items[i]), str_size(items[i]));
        out += str_size(items[i]);
    }
    DECREF(seq);
    return (Object *)r;
}

static Object *partition(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames,
                         bool reverse)
{
    if (!arg_one(reverse ? "str.rpartition" : "str.partition", nargs, kwnames))
        return NULL;
    Object *sep = args[0];
    if (!str_check(sep))
        return err_format(&Exc_TypeError, "must be str, not %s", obj_type_name(sep));
    if (str_size(sep) == 0)
        return err_set_string(&Exc_ValueError, "empty separator");
    const char *base = str_data(self);
    size_t n = str_size(self);
    const char *hit = reverse ? rfind_bytes(base, n, str_data(sep), str_size(sep))
                              : find_bytes(base, n, str_data(sep), str_size(sep));
    Object *a, *b, *c;
    if (!hit) {
        Object *empty = str_empty();
        if (reverse) {
            a = NEWREF(empty);
            b = NEWREF(empty);
            c = make_piece(self, base, n);
        } else {
            a = make_piece(self, base, n);
            b = NEWREF(empty);
            c = NEWREF(empty);
        }
        DECREF(empty);
    } else {
        a = make_piece(self, base, (size_t)(hit - base));
        b = NEWREF(sep);
        c = make_piece(self, hit + str_size(sep), n - (size_t)(hit - base) - str_size(sep));
    }
    Object *r = tuple_pack(3, a, b, c);
    DECREF(a);
    DECREF(b);
    DECREF(c);
    return r;
}

METHOD(str_partition)
{
    return partition(self, args, nargs, kwnames, false);
}

METHOD(str_rpartition)
{
    return partition(self, args, nargs, kwnames, true);
}

/* ---- transforming ----------------------------------------------------------------------------- */

METHOD(str_replace)
{
    if (!arg_range("str.replace", nargs, kwnames, 2, 3))
        return NULL;
    Object *old = args[0], *new_ = args[1];
    if (!str_check(old))
        return err_format(&Exc_TypeError, "replace() argument 1 must be str, not %s",
                          arg_type_name(old));
    if (!str_check(new_))
        return err_format(&Exc_TypeError, "replace() argument 2 must be str, not %s",
                          arg_type_name(new_));
    int64_t count = -1;
    if (NARGS(nargs) > 2) {
        count = obj_as_index(args[2], NULL);
        if (count == -1 && err_occurred())
            return NULL;
    }
    const char *p = str_data(self), *end = p + str_size(self);
    size_t on = str_size(old);
    if (count == 0 || (on > 0 && !find_bytes(p, str_size(self), str_data(old), on)))
        return str_check_exact(self) ? NEWREF(self) : make_str(p, str_size(self));
    Buf b;
    buf_init(&b);
    if (on == 0) {
        /* insert new before each character and at the end */
        int64_t done = 0;
        while (p < end && (count < 0 || done < count)) {
            buf_append(&b, str_data(new_), str_size(new_));
            const char *q = p;
            utf8_decode(&q, end);
            buf_append(&b, p, (size_t)(q - p));
            p = q;
            done++;
        }
        if (p == end && (count < 0 || done < count))
            buf_append(&b, str_data(new_), str_size(new_));
        buf_append(&b, p, (size_t)(end - p));
    } else {
        int64_t done = 0;
        while (count < 0 || done < count) {
            const char *hit = find_bytes(p, (size_t)(end - p), str_data(old), on);
            if (!hit)
                break;
            buf_append(&b, p, (size_t)(hit - p));
            buf_append(&b, str_data(new_), str_size(new_));
            p = hit + on;
            done++;
        }
        buf_append(&b, p, (size_t)(end - p));
    }
    Object *r = make_str(b.data, b.len);
    buf_free(&b);
    return r;
}

static void lower_one(Buf *b, uint32_t cp, const char *text, const char *at, const char *next,
                      const char *end);

static Object *map_case(Object *self, enum CaseMapping how)
{
    StrObject *s = (StrObject *)self;
    if (s->ascii) {
        StrObject *r = str_new_raw(s->size, s->length, true);
        for (size_t i = 0; i < s->size; i++) {
            char c = s->data[i];
            if (how == CASE_UPPER)
                c = (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
            else
                c = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
            r->data[i] = c;
        }
        return (Object *)r;
    }
    size_t n;
    char *mapped = unicode_map_case(s->data, s->size, how, &n);
    if (!mapped)
        return make_str(s->data, s->size);
    Object *r = make_str(mapped, n);
    free(mapped);
    return r;
}

METHOD(str_upper)
{
    return arg_none("str.upper", nargs, kwnames) ? map_case(self, CASE_UPPER) : NULL;
}

/* lower() of text with a capital sigma: one code point at a time, each
 * sigma by its context (libunistring's context rule differs from CPython's). */
static Object *lower_with_sigma(Object *self)
{
    Buf b;
    buf_init(&b);
    const char *p = str_data(self), *end = p + str_size(self), *text = p;
    while (p < end) {
        const char *at = p;
        uint32_t cp = utf8_decode(&p, end);
        lower_one(&b, cp, text, at, p, end);
    }
    Object *r = make_str(b.data, b.len);
    buf_free(&b);
    return r;
}

METHOD(str_lower)
{
    if (!arg_none("str.lower", nargs, kwnames))
        return NULL;
    if (!((StrObject *)self)->ascii && memmem(str_data(self), str_size(self), "\xce\xa3", 2))
        return lower_with_sigma(self);
    return map_case(self, CASE_LOWER);
}

METHOD(str_casefold)
{
    if (!arg_none("str.casefold", nargs, kwnames))
        return NULL;
    return ((StrObject *)self)->ascii ? map_case(self, CASE_LOWER) : map_case(self, CASE_FOLD);
}

/* The mapping of one code point (full mapping, so it may become several). */
static void map_one(Buf *b, uint32_t cp, enum CaseMapping how)
{
    char enc[4];
    int n = utf8_encode(cp, enc);
    size_t len;
    char *m = unicode_map_case(enc, (size_t)n, how, &len);
    if (m) {
        buf_append(b, m, len);
        free(m);
    } else {
        buf_append(b, enc, (size_t)n);
    }
}

/* Whether the capital sigma between text[..at) and [next..end) ends a word:
 * a cased letter before it and none after it (case-ignorable characters
 * between do not count) - then it lowers to final sigma, as in CPython. */
static bool sigma_is_final(const char *text, const char *at, const char *next, const char *end)
{
    bool cased_before = false;
    const char *p = at;
    while (p > text) {
        const char *q = p - 1;
        while (q > text && ((unsigned char)*q & 0xC0) == 0x80)
            q--;
        const char *r = q;
        uint32_t c = utf8_decode(&r, p);
        p = q;
        if (!unicode_is_case_ignorable(c)) {
            cased_before = unicode_is_cased(c);
            break;
        }
    }
    if (!cased_before)
        return false;
    for (p = next; p < end;) {
        uint32_t c = utf8_decode(&p, end);
        if (!unicode_is_case_ignorable(c))
            return !unicode_is_cased(c);
    }
    return true;
}

/* The lower case of the code point cp found at text[at..next). */
static void lower_one(Buf *b, uint32_t cp, const char *text, const char *at, const char *next,
                      const char *end)
{
    if (cp == 0x3A3)
        map_one(b, sigma_is_final(text, at, next, end) ? 0x3C2 : 0x3C3, CASE_LOWER);
    else
        map_one(b, cp, CASE_LOWER);
}

METHOD(str_swapcase)
{
    if (!arg_none("str.swapcase", nargs, kwnames))
        return NULL;
    Buf b;
    buf_init(&b);
    const char *p = str_data(self), *end = p + str_size(self);
    const char *text = p;
    while (p < end) {
        const char *at = p;
        uint32_t cp = utf8_decode(&p, end);
        if (unicode_is_upper(cp))
            lower_one(&b, cp, text, at, p, end);
        else if (unicode_is_lower(cp))
            map_one(&b, cp, CASE_UPPER);
        else {
            char enc[4];
            buf_append(&b, enc, (size_t)utf8_encode(cp, enc));
        }
    }
    Object *r = make_str(b.data, b.len);
    buf_free(&b);
    return r;
}

METHOD(str_capitalize)
{
    if (!arg_none("str.capitalize", nargs, kwnames))
        return NULL;
    Buf b;
    buf_init(&b);
    const char *p = str_data(self), *end = p + str_size(self);
    const char *text = p;
    bool first = true;
    while (p < end) {
        const char *at = p;
        uint32_t cp = utf8_decode(&p, end);
        if (first)
            map_one(&b, cp, CASE_TITLE);
        else
            lower_one(&b, cp, text, at, p, end);
        first = false;
    }
    Object *r = make_str(b.data, b.len);
    buf_free(&b);
    return r;
}

/* title(): a cased character after an uncased one starts a word */
METHOD(str_title)
{
    if (!arg_none("str.title", nargs, kwnames))
        return NULL;
    Buf b;
    buf_init(&b);
    const char *p = str_data(self), *end = p + str_size(self);
    const char *text = p;
    bool previous_cased = false;
    while (p < end) {
        const char *at = p;
        uint32_t cp = utf8_decode(&p, end);
        if (previous_cased)
            lower_one(&b, cp, text, at, p, end);
        else
            map_one(&b, cp, CASE_TITLE);
        previous_cased = unicode_is_cased(cp);
    }
    Object *r = make_str(b.data, b.len);
    buf_free(&b);
    return r;
}

static bool cp_in_set(uint32_t c, const uint32_t *set, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (set[i] == c)
            return true;
    return false;
}

/* strip, lstrip, rstrip: white space, or the characters given */
static Object *do_strip(const char *name, Object *self, Object *const *args, size_t nargs,
                        TupleObject *kwnames, bool left, bool right)
{
    if (!arg_range(name, nargs, kwnames, 0, 1))
        return NULL;
    Object *chars = NARGS(nargs) > 0 && args[0] != OBJ_NONE ? args[0] : NULL;
    if (chars && !str_check(chars))
        return err_format(&Exc_TypeError, "%s arg must be None or str", arg_bare_name(name));
    size_t n;
    uint32_t *cps = decode(self, &n);
    size_t nc = 0;
    uint32_t *set = chars ? decode(chars, &nc) : NULL;
    size_t start = 0, stop = n;
    #define STRIPPABLE(c) (set ? cp_in_set((c), set, nc) : unicode_is_space(c))
    if (left)
        while (start < stop && STRIPPABLE(cps[start]))
            start++;
    if (right)
        while (stop > start && STRIPPABLE(cps[stop - 1]))
            stop--;
    #undef STRIPPABLE
    free_cps(cps, n);
    if (set)
        free_cps(set, nc);
    if (start == 0 && stop == n && str_check_exact(self))
        return NEWREF(self);
    return str_substring(self, start, stop);
}

/* ASCII strings stripped of white space are the common case: no decoding. */
static Object *fast_strip(Object *self, bool left, bool right)
{
    const char *p = str_data(self);
    size_t start = 0, stop = str_size(self);
    if (left)
        while (start < stop && is_ascii_space((unsigned char)p[start]))
            start++;
    if (right)
        while (stop > start && is_ascii_space((unsigned char)p[stop - 1]))
            stop--;
    if (start == 0 && stop == str_size(self) && str_check_exact(self))
        return NEWREF(self);
    return str_substring(self, start, stop);
}

METHOD(str_strip)
{
    if (((StrObject *)self)->ascii && NARGS(nargs) == 0 && !kwnames)
        return fast_strip(self, true, true);
    return do_strip("str.strip", self, args, nargs, kwnames, true, true);
}

METHOD(str_lstrip)
{
    if (((StrObject *)self)->ascii && NARGS(nargs) == 0 && !kwnames)
        return fast_strip(self, true, false);
    return do_strip("str.lstrip", self, args, nargs, kwnames, true, false);
}

METHOD(str_rstrip)
{
    if (((StrObject *)self)->ascii && NARGS(nargs) == 0 && !kwnames)
        return fast_strip(self, false, true);
    return do_strip("str.rstrip", self, args, nargs, kwnames, false, true);
}

static Object *affix(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames,
                     bool suffix)
{
    const char *name = suffix ? "str.removesuffix" : "str.removeprefix";
    if (!arg_one(name, nargs, kwnames))
        return NULL;
    Object *a = args[0];
    if (!str_check(a))
        return err_format(&Exc_TypeError, "%s() argument must be str, not %s",
                          suffix ? "removesuffix" : "removeprefix", arg_type_name(a));
    size_t n = str_size(self), k = str_size(a);
    if (k <= n && k > 0) {
        const char *at = str_data(self) + (suffix ? n - k : 0);
        if (memcmp(at, str_data(a), k) == 0)
            return suffix ? make_str(str_data(self), n - k) : make_str(str_data(self) + k, n - k);
    }
    return str_check_exact(self) ? NEWREF(self) : make_str(str_data(self), n);
}

METHOD(str_removeprefix)
{
    return affix(self, args, nargs, kwnames, false);
}

METHOD(str_removesuffix)
{
    return affix(self, args, nargs, kwnames, true);
}

/* center, ljust, rjust */
static Object *justify(const char *name, Object *self, Object *const *args, size_t nargs,
                       TupleObject *kwnames, char how)
{
    if (!arg_range(name, nargs, kwnames, 1, 2))
        return NULL;
    int64_t width = obj_as_index(args[0], NULL);
    if (width == -1 && err_occurred())
        return NULL;
    uint32_t fill = ' ';
    if (NARGS(nargs) > 1) {
        if (!str_check(args[1]))
            return err_format(&Exc_TypeError, "The fill character must be a unicode character, "
                              "not %s", obj_type_name(args[1]));
        if (str_length(args[1]) != 1)
            return err_set_string(&Exc_TypeError,
                                  "The fill character must be exactly one character long");
        fill = str_codepoint_at(args[1], 0);
    }
    int64_t len = (int64_t)str_length(self);
    if (width <= len)
        return str_check_exact(self) ? NEWREF(self) : make_str(str_data(self), str_size(self));
    int64_t pad = width - len, left;
    if (!err_size_fits((uint64_t)pad))
        return NULL;
    if (how == '<')
        left = 0;
    else if (how == '>')
        left = pad;
    else
        left = pad / 2 + (pad & width & 1);     /* CPython's rounding for odd padding */
    Buf b;
    buf_init(&b);
    char enc[4];
    int fl = utf8_encode(fill, enc);
    for (int64_t i = 0; i < left; i++)
        buf_append(&b, enc, (size_t)fl);
    buf_append(&b, str_data(self), str_size(self));
    for (int64_t i = 0; i < pad - left; i++)
        buf_append(&b, enc, (size_t)fl);
    Object *r = make_str(b.data, b.len);
    buf_free(&b);
    return r;
}

METHOD(str_center)
{
    return justify("str.center", self, args, nargs, kwnames, '^');
}

METHOD(str_ljust)
{
    return justify("str.ljust", self, args, nargs, kwnames, '<');
}

METHOD(str_rjust)
{
    return justify("str.rjust", self, args, nargs, kwnames, '>');
}

METHOD(str_zfill)
{
    if (!arg_one("str.zfill", nargs, kwnames))
        return NULL;
    int64_t width = obj_as_index(args[0], NULL);
    if (width == -1 && err_occurred())
        return NULL;
    int64_t len = (int64_t)str_length(self);
    if (width <= len)
        return str_check_exact(self) ? NEWREF(self) : make_str(str_data(self), str_size(self));
    if (!err_size_fits((uint64_t)width))
        return NULL;
    Buf b;
    buf_init(&b);
    const char *p = str_data(self);
    size_t skip = 0;
    if (len > 0 && (p[0] == '+' || p[0] == '-')) {
        buf_putc(&b, p[0]);
        skip = 1;
    }
    for (int64_t i = 0; i < width - len; i++)
        buf_putc(&b, '0');
    buf_append(&b, p + skip, str_size(self) - skip);
    Object *r = make_str(b.data, b.len);
    buf_free(&b);
    return r;
}

METHOD(str_expandtabs)
{
    static const char *const names[] = { "tabsize", NULL };
    Object *v[1];
    if (!args_parse("expandtabs", args, nargs, kwnames, names, 0, 1, v))
        return NULL;
    int tab = 8;
    if (v[0] && !obj_as_c_int(v[0], &tab))     /* a C int in CPython */
        return NULL;
    Buf b;
    buf_init(&b);
    int64_t column = 0;
    const char *p = str_data(self), *end = p + str_size(self);
    while (p < end) {
        const char *q = p;
        uint32_t cp = utf8_decode(&q, end);
        if (cp == '\t') {
            if (tab > 0) {
                int64_t spaces = tab - column % tab;
                for (int64_t i = 0; i < spaces; i++)
                    buf_putc(&b, ' ');
                column += spaces;
            }
        } else {
            buf_append(&b, p, (size_t)(q - p));
            column = (cp == '\n' || cp == '\r') ? 0 : column + 1;
        }
        p = q;
    }
    Object *r = make_str(b.data, b.len);
    buf_free(&b);
    return r;
}

/* ---- predicates ---------------------------------------------------------------------------------- */

typedef bool (*CpPredicate)(uint32_t);

static Object *all_match(Object *self, CpPredicate pred)
{
    if (str_size(self) == 0)
        return bool_from(false);
    const char *p = str_data(self), *end = p + str_size(self);
    while (p < end)
        if (!pred(utf8_decode(&p, end)))
            return bool_from(false);
    return bool_from(true);
}

static bool is_printable_cp(uint32_t cp)
{
    return py_isprintable(cp);
}

#define PREDICATE(method, name, fn)                                  \
    METHOD(method)                                                   \
    {                                                                \
        if (!arg_none(name, nargs, kwnames))                         \
            return NULL;                                             \
        return all_match(self, fn);                                  \
    }
PREDICATE(str_isalpha, "str.isalpha", unicode_is_alpha)
PREDICATE(str_isalnum, "str.isalnum", unicode_is_alnum)
PREDICATE(str_isdecimal, "str.isdecimal", unicode_is_decimal)
PREDICATE(str_isdigit, "str.isdigit", unicode_is_digit)
PREDICATE(str_isnumeric, "str.isnumeric", unicode_is_numeric)
PREDICATE(str_isspace, "str.isspace", unicode_is_space)
#undef PREDICATE

METHOD(str_isprintable)
{
    if (!arg_none("str.isprintable", nargs, kwnames))
        return NULL;
    const char *p = str_data(self), *end = p + str_size(self);
    while (p < end)
        if (!is_printable_cp(utf8_decode(&p, end)))
            return bool_from(false);
    return bool_from(true);
}

METHOD(str_isascii)
{
    if (!arg_none("str.isascii", nargs, kwnames))
        return NULL;
    return bool_from(((StrObject *)self)->ascii);
}

/* isupper/islower: at least one cased character, and none of the other case */
static Object *case_check(Object *self, bool upper)
{
    bool cased = false;
    const char *p = str_data(self), *end = p + str_size(self);
    while (p < end) {
        uint32_t cp = utf8_decode(&p, end);
        if (upper ? (unicode_is_lower(cp) || unicode_is_title(cp)) : (unicode_is_upper(cp) ||
                                                                      unicode_is_title(cp)))
            return bool_from(false);
        if (upper ? unicode_is_upper(cp) : unicode_is_lower(cp))
            cased = true;
    }
    return bool_from(cased);
}

METHOD(str_isupper)
{
    return arg_none("str.isupper", nargs, kwnames) ? case_check(self, true) : NULL;
}

METHOD(str_islower)
{
    return arg_none("str.islower", nargs, kwnames) ? case_check(self, false) : NULL;
}

METHOD(str_istitle)
{
    if (!arg_none("str.istitle", nargs, kwnames))
        return NULL;
    bool cased = false, previous_cased = false;
    const char *p = str_data(self), *end = p + str_size(self);
    while (p < end) {
        uint32_t cp = utf8_decode(&p, end);
        if (unicode_is_upper(cp) || unicode_is_title(cp)) {
            if (previous_cased)
                return bool_from(false);
            previous_cased = cased = true;
        } else if (unicode_is_lower(cp)) {
            if (!previous_cased)
                return bool_from(false);
            previous_cased = cased = true;
        } else {
            previous_cased = false;
        }
    }
    return bool_from(cased);
}

bool str_is_identifier(Object *s)
{
    const char *p = str_data(s), *end = p + str_size(s);
    if (p == end)
        return false;
    if (!unicode_is_xid_start(utf8_decode(&p, end)))
        return false;
    while (p < end)
        if (!unicode_is_xid_continue(utf8_decode(&p, end)))
            return false;
    return true;
}

METHOD(str_isidentifier)
{
    if (!arg_none("str.isidentifier", nargs, kwnames))
        return NULL;
    return bool_from(str_is_identifier(self));
}

/* ---- translate, maketrans, encode -------------------------------------------------------------- */

METHOD(str_translate)
{
    if (!arg_one("str.translate", nargs, kwnames))
        return NULL;
    Object *table = args[0];
    Buf b;
    buf_init(&b);
    const char *p = str_data(self), *end = p + str_size(self);
    char enc[4];
    while (p < end) {
        uint32_t cp = utf8_decode(&p, end);
        Object *key = int_from_i64(cp);
        Object *v = obj_getitem(table, key);
        DECREF(key);
        if (!v) {
            if (err_matches(&Exc_LookupError)) {
                err_clear();
                buf_append(&b, enc, (size_t)utf8_encode(cp, enc));
                continue;
            }
            buf_free(&b);
            return NULL;
        }
        if (v == OBJ_NONE) {
            /* deleted */
        } else if (int_check(v)) {
            bool overflow;
            int64_t c = int_as_i64(v, &overflow);
            if (overflow || c < 0 || c > 0x10ffff) {
                DECREF(v);
                buf_free(&b);
                return err_set_string(&Exc_ValueError,
                                      "character mapping must be in range(0x110000)");
            }
            buf_append(&b, enc, (size_t)utf8_encode((uint32_t)c, enc));
        } else if (str_check(v)) {
            buf_append(&b, str_data(v), str_size(v));
        } else {
            DECREF(v);
            buf_free(&b);
            return err_set_string(&Exc_TypeError,
                                  "character mapping must return integer, None or str");
        }
        DECREF(v);
    }
    Object *r = make_str(b.data, b.len);
    buf_free(&b);
    return r;
}

METHOD(str_maketrans)
{
    if (!arg_range("maketrans", nargs, kwnames, 1, 3))
        return NULL;
    nargs = NARGS(nargs);
    Object *table = dict_new();
    if (nargs == 1) {
        Object *m = args[0];
        if (!dict_check(m)) {
            DECREF(table);
            return err_set_string(&Exc_TypeError, "if you give only one argument to maketrans it "
                                                  "must be a dict");
        }
        size_t pos = 0;
        Object *k, *v;
        while (dict_next(m, &pos, &k, &v)) {
            Object *key;
            if (str_check(k)) {
                if (str_length(k) != 1) {
                    DECREF(table);
                    return err_set_string(&Exc_ValueError, "string keys in translate table must "
                                                           "be of length 1");
                }
                key = int_from_i64(str_codepoint_at(k, 0));
            } else if (int_check(k)) {
                key = NEWREF(k);
            } else {
                DECREF(table);
                return err_set_string(&Exc_TypeError, "keys in translate table must be strings "
                                                      "or integers");
            }
            dict_set(table, key, v);
            DECREF(key);
        }
        return table;
    }
    for (size_t i = 0; i < nargs; i++)
        if (!str_check(args[i])) {
            DECREF(table);
            return err_format(&Exc_TypeError, "maketrans() argument %zu must be str, not %s",
                              i + 1, arg_type_name(args[i]));
        }
    Object *x = args[0], *y = args[1];
    if (str_length(x) != str_length(y)) {
        DECREF(table);
        return err_set_string(&Exc_ValueError, "the first two maketrans arguments must have "
                                               "equal length");
    }
    for (size_t i = 0; i < str_length(x); i++) {
        Object *k = int_from_i64(str_codepoint_at(x, i));
        Object *v = int_from_i64(str_codepoint_at(y, i));
        dict_set(table, k, v);
        DECREF(k);
        DECREF(v);
    }
    if (nargs == 3) {
        Object *z = args[2];
        for (size_t i = 0; i < str_length(z); i++) {
            Object *k = int_from_i64(str_codepoint_at(z, i));
            dict_set(table, k, OBJ_NONE);
            DECREF(k);
        }
    }
    return table;
}

Object *str_encode(Object *s, const char *encoding, const char *errors);

METHOD(str_encode_method)
{
    static const char *const names[] = { "encoding", "errors", NULL };
    Object *v[2];
    if (!args_parse("encode", args, nargs, kwnames, names, 0, 2, v))
        return NULL;
    for (int i = 0; i < 2; i++)
        if (v[i] && !str_check(v[i]))
            return err_format(&Exc_TypeError, "encode() argument '%s' must be str, not %s",
                              names[i], arg_type_name(v[i]));
    return str_encode(self, v[0] ? str_data(v[0]) : "utf-8", v[1] ? str_data(v[1]) : "strict");
}

/* ---- format ---------------------------------------------------------------------------------------- */

METHOD(str_format)
{
    return str_format_method(self, args, nargs, kwnames);
}

Object *str_format_map(Object *format, Object *mapping);

METHOD(str_format_map_method)
{
    if (!arg_one("str.format_map", nargs, kwnames))
        return NULL;
    return str_format_map(self, args[0]);
}

METHOD(str_dunder_format)
{
    if (!arg_one("__format__", nargs, kwnames))
        return NULL;
    if (!str_check(args[0]))
        return err_format(&Exc_TypeError, "__format__() argument must be str, not %s",
                          obj_type_name(args[0]));
    if (str_size(args[0]) == 0 && !str_check_exact(self))
        return obj_str(self);       /* (a subclass's __str__, as in CPython) */
    return format_str(self, args[0]);
}

METHOD(str_getnewargs)
{
    Object *copy = make_str(str_data(self), str_size(self));
    Object *r = tuple_pack(1, copy);
    DECREF(copy);
    return r;
}

METHOD(str_sizeof)
{
    /* CPython's compact layout: 49 bytes + 1 per character for ASCII */
    StrObject *s = (StrObject *)self;
    if (s->ascii)
        return int_from_i64((int64_t)(49 + s->size));
    uint32_t max = 0;
    const char *p = s->data, *end = p + s->size;
    while (p < end) {
        uint32_t cp = utf8_decode(&p, end);
        if (cp > max)
            max = cp;
    }
    size_t unit = max < 256 ? 1 : max < 65536 ? 2 : 4;
    return int_from_i64((int64_t)((max < 256 ? 73 : 74) + unit * (s->length + 1) - (max < 256 ? 1 : unit)));
}

const MethodDef str_methods[] = {
    { "capitalize", str_capitalize, 0 },
    { "casefold", str_casefold, 0 },
    { "center", str_center, 0 },
    { "count", str_count, 0 },
    { "encode", str_encode_method, 0 },
    { "endswith", str_endswith, 0 },
    { "expandtabs", str_expandtabs, 0 },
    { "find", str_find, 0 },
    { "format", str_format, 0 },
    { "format_map", str_format_map_method, 0 },
    { "index", str_index, 0 },
    { "isalnum", str_isalnum, 0 },
    { "isalpha", str_isalpha, 0 },
    { "isascii", str_isascii, 0 },
    { "isdecimal", str_isdecimal, 0 },
    { "isdigit", str_isdigit, 0 },
    { "isidentifier", str_isidentifier, 0 },
    { "islower", str_islower, 0 },
    { "isnumeric", str_isnumeric, 0 },
    { "isprintable", str_isprintable, 0 },
    { "isspace", str_isspace, 0 },
    { "istitle", str_istitle, 0 },
    { "isupper", str_isupper, 0 },
    { "join", str_join_method, 0 },
    { "ljust", str_ljust, 0 },
    { "lower", str_lower, 0 },
    { "lstrip", str_lstrip, 0 },
    { "maketrans", str_maketrans, METH_STATIC },
    { "partition", str_partition, 0 },
    { "removeprefix", str_removeprefix, 0 },
    { "removesuffix", str_removesuffix, 0 },
    { "replace", str_replace, 0 },
    { "rfind", str_rfind, 0 },
    { "rindex", str_rindex, 0 },
    { "rjust", str_rjust, 0 },
    { "rpartition", str_rpartition, 0 },
    { "rsplit", str_rsplit, 0 },
    { "rstrip", str_rstrip, 0 },
    { "split", str_split, 0 },
    { "splitlines", str_splitlines, 0 },
    { "startswith", str_startswith, 0 },
    { "strip", str_strip, 0 },
    { "swapcase", str_swapcase, 0 },
    { "title", str_title, 0 },
    { "translate", str_translate, 0 },
    { "upper", str_upper, 0 },
    { "zfill", str_zfill, 0 },
    { "__format__", str_dunder_format, 0 },
    { "__getnewargs__", str_getnewargs, 0 },
    { "__sizeof__", str_sizeof, 0 },
    { NULL, NULL, 0 },
};

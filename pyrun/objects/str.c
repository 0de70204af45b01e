/* str.c - str: creation, interning, hashing, comparison, indexing and the
 * operators (see str.h).  The methods are in str_methods.c, % formatting in
 * str_percent.c, str.format in str_format.c. */
#include "runtime.h"
#include "objects/format.h"
#include "objects/str_index.h"
#include "objects/memoryview.h"
#include "pyrepr.h"

#include <stdio.h>

static StrObject *empty_string;
static StrObject *char_cache[256];      /* one-character strings U+0000..U+00FF */

/* ---- making strings --------------------------------------------------------------------- */

StrObject *str_new_raw(size_t size, size_t length, bool ascii)
{
    StrObject *s = (StrObject *)obj_alloc(&StrType, size);
    s->length = length;
    s->hash = -1;
    s->ascii = ascii;
    s->interned = false;
    s->indexed = false;
    s->data[size] = '\0';
    return s;
}

/* Counts code points and checks for non-ASCII bytes, 8 bytes at a time
 * over the ASCII stretches. */
static size_t count_codepoints(const char *s, size_t n, bool *ascii)
{
    size_t i = 0;
    while (i + 8 <= n) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (w & 0x8080808080808080ull)
            break;
        i += 8;
    }
    while (i < n && !((unsigned char)s[i] & 0x80))
        i++;
    if (i == n) {
        *ascii = true;
        return n;
    }
    *ascii = false;
    size_t count = i;
    for (; i < n; i++)
        count += ((unsigned char)s[i] & 0xC0) != 0x80;
    return count;
}

Object *str_from_utf8(const char *s, size_t n)
{
    if (n == 0)
        return str_empty();
    if (n == 1 && (unsigned char)s[0] < 128)
        return str_from_codepoint((unsigned char)s[0]);
    bool ascii;
    size_t length = count_codepoints(s, n, &ascii);
    StrObject *o = str_new_raw(n, length, ascii);
    memcpy(o->data, s, n);
    return (Object *)o;
}

Object *str_from_ascii(const char *s, size_t n)
{
    if (n == 0)
        return str_empty();
    if (n == 1)
        return str_from_codepoint((unsigned char)s[0]);
    StrObject *o = str_new_raw(n, n, true);
    memcpy(o->data, s, n);
    return (Object *)o;
}

Object *str_from_cstr(const char *s)
{
    return str_from_utf8(s, strlen(s));
}

Object *str_from_vformat(const char *fmt, va_list ap)
{
    Buf b;
    buf_init(&b);
    buf_vprintf(&b, fmt, ap);
    Object *r = str_from_utf8(b.data, b.len);
    buf_free(&b);
    return r;
}

Object *str_from_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Object *r = str_from_vformat(fmt, ap);
    va_end(ap);
    return r;
}

Object *str_empty(void)
{
    return NEWREF(empty_string);
}

Object *str_from_codepoint(uint32_t cp)
{
    if (cp < 256 && char_cache[cp])
        return NEWREF(char_cache[cp]);
    char enc[4];
    int n = utf8_encode(cp, enc);
    StrObject *o = str_new_raw((size_t)n, 1, cp < 128);
    memcpy(o->data, enc, (size_t)n);
    if (cp < 256) {
        char_cache[cp] = o;
        INCREF(o);
    }
    return (Object *)o;
}

static void str_dealloc(Object *o)
{
    if (((StrObject *)o)->indexed)
        str_index_forget((StrObject *)o);
    obj_free(o);
}

/* ---- hashing -------------------------------------------------------------------------------- */

/* FNV-1a over the UTF-8 bytes: equal strings have equal bytes.  The empty
 * string hashes to 0, as in CPython. */
static int64_t text_hash(const char *data, size_t size)
{
    if (size == 0)
        return 0;
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < size; i++) {
        h ^= (unsigned char)data[i];
        h *= 0x100000001b3ull;
    }
    h ^= h >> 29;
    return (int64_t)h == -1 ? -2 : (int64_t)h;
}

int64_t str_hash(Object *o)
{
    StrObject *s = (StrObject *)o;
    if (s->hash == -1)
        s->hash = text_hash(s->data, s->size);
    return s->hash;
}

/* ---- interning -------------------------------------------------------------------------------- */

/* An open-addressing set of the interned strings; it owns them, so they
 * live for the whole run. */
static StrObject **intern_table;
static size_t intern_capacity, intern_count;

static void intern_grow(void)
{
    size_t old_cap = intern_capacity;
    StrObject **old = intern_table;
    intern_capacity = old_cap ? old_cap * 2 : 1024;
    intern_table = mem_alloc(intern_capacity * sizeof(StrObject *));
    memset(intern_table, 0, intern_capacity * sizeof(StrObject *));
    for (size_t i = 0; i < old_cap; i++) {
        StrObject *s = old[i];
        if (!s)
            continue;
        size_t j = (size_t)s->hash & (intern_capacity - 1);
        while (intern_table[j])
            j = (j + 1) & (intern_capacity - 1);
        intern_table[j] = s;
    }
    mem_free(old, old_cap * sizeof(StrObject *));
}

static StrObject *intern_find_or_add(const char *data, size_t size, StrObject *candidate)
{
    if ((intern_count + 1) * 2 > intern_capacity)
        intern_grow();
    int64_t hash = text_hash(data, size);
    size_t j = (size_t)hash & (intern_capacity - 1);
    while (intern_table[j]) {
        StrObject *s = intern_table[j];
        if (s->hash == hash && s->size == size && memcmp(s->data, data, size) == 0)
            return s;
        j = (j + 1) & (intern_capacity - 1);
    }
    StrObject *s = candidate ? (StrObject *)NEWREF(candidate)
                             : (StrObject *)str_from_utf8(data, size);
    if (s->size == 1 || s->size == 0) {
        /* the cached single characters are shared: make them interned as they are */
    }
    s->hash = hash;
    s->interned = true;
    intern_table[j] = s;
    intern_count++;
    return s;
}

StrObject *str_intern_n(const char *s, size_t n)
{
    return (StrObject *)NEWREF(intern_find_or_add(s, n, NULL));
}

StrObject *str_intern_cstr(const char *s)
{
    return str_intern_n(s, strlen(s));
}

void str_intern(StrObject **p)
{
    StrObject *s = *p;
    if (s->interned || s->head.type != &StrType)
        return;
    StrObject *canonical = intern_find_or_add(s->data, s->size, s);
    INCREF(canonical);
    DECREF(s);
    *p = canonical;
}

/* ---- comparison ------------------------------------------------------------------------------ */

bool str_equal(Object *a, Object *b)
{
    if (a == b)
        return true;
    StrObject *x = (StrObject *)a, *y = (StrObject *)b;
    if (x->size != y->size)
        return false;
    if (x->interned && y->interned)
        return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        return false;
    return memcmp(x->data, y->data, x->size) == 0;
}

bool str_equal_cstr(Object *a, const char *s)
{
    size_t n = strlen(s);
    return str_size(a) == n && memcmp(str_data(a), s, n) == 0;
}

/* UTF-8 byte order is code point order (and WTF-8 keeps surrogates in
 * their place), so memcmp compares strings as Python does. */
int str_compare(Object *a, Object *b)
{
    size_t n = str_size(a) < str_size(b) ? str_size(a) : str_size(b);
    int c = memcmp(str_data(a), str_data(b), n);
    if (c == 0)
        c = (str_size(a) > str_size(b)) - (str_size(a) < str_size(b));
    return (c > 0) - (c < 0);
}

static Object *str_richcompare(Object *a, Object *b, CompareOp op)
{
    if (!str_check(b))
        return not_implemented_ref();
    if (op == CMP_EQ)
        return bool_from(str_equal(a, b));
    if (op == CMP_NE)
        return bool_from(!str_equal(a, b));
    int c = str_compare(a, b);
    bool r = op == CMP_LT ? c < 0 : op == CMP_LE ? c <= 0 : op == CMP_GT ? c > 0 : c >= 0;
    return bool_from(r);
}

/* ---- indexing -------------------------------------------------------------------------------- */

size_t str_offset_of(Object *o, size_t index)
{
    StrObject *s = (StrObject *)o;
    if (s->ascii)
        return index;
    if (index >= s->length)
        return s->size;
    if (index >= STR_INDEX_MIN_WALK)
        return str_index_offset(s, index);
    const char *p = s->data;
    size_t i = 0;
    while (i < index) {
        p++;
        while (((unsigned char)*p & 0xC0) == 0x80)
            p++;
        i++;
    }
    return (size_t)(p - s->data);
}

size_t str_codepoints_before(Object *o, size_t offset)
{
    StrObject *s = (StrObject *)o;
    if (s->ascii)
        return offset;
    if (offset < STR_INDEX_MIN_WALK)
        return utf8_count(s->data, offset);
    return str_index_codepoints_before(s, offset);
}

uint32_t str_codepoint_at(Object *o, size_t index)
{
    StrObject *s = (StrObject *)o;
    if (s->ascii)
        return (unsigned char)s->data[index];
    const char *p = s->data + str_offset_of(o, index);
    return utf8_decode(&p, s->data + s->size);
}

Object *str_substring(Object *o, size_t start, size_t stop)
{
    StrObject *s = (StrObject *)o;
    if (start >= stop)
        return str_empty();
    if (start == 0 && stop == s->length && str_check_exact(o))
        return NEWREF(o);
    if (s->ascii) {
        if (stop - start == 1)
            return str_from_codepoint((unsigned char)s->data[start]);
        StrObject *r = str_new_raw(stop - start, stop - start, true);
        memcpy(r->data, s->data + start, stop - start);
        return (Object *)r;
    }
    size_t a = str_offset_of(o, start);
    size_t b = a;
    const char *p = s->data + a;
    for (size_t i = start; i < stop; i++) {
        p++;
        while (p < s->data + s->size && ((unsigned char)*p & 0xC0) == 0x80)
            p++;
    }
    b = (size_t)(p - s->data);
    return str_from_utf8(s->data + a, b - a);
}

Object *str_item(Object *o, int64_t i)
{
    int64_t n = (int64_t)str_length(o);
    if (!index_adjust(&i, n))
        return err_set_string(&Exc_IndexError, "string index out of range");
    return str_from_codepoint(str_codepoint_at(o, (size_t)i));
}

static Object *str_getitem(Object *o, Object *key)
{
    if (int_check(key)) {
        int64_t i = obj_as_subscript_index(key);
        if (i == -1 && err_occurred())
            return NULL;
        return str_item(o, i);
    }
    if (slice_check(key)) {
        int64_t start, stop, step;
        int64_t count = slice_resolve(key, (int64_t)str_length(o), &start, &stop, &step);
        if (count < 0)
            return NULL;
        if (step == 1)
            return str_substring(o, (size_t)start, (size_t)stop);
        Buf b;
        buf_init(&b);
        StrObject *s = (StrObject *)o;
        if (s->ascii) {
            for (int64_t i = 0, k = start; i < count; i++, k += step)
                buf_putc(&b, s->data[k]);
        } else if (count > 0) {
            /* decode the stretch the slice spans once into code points, then pick */
            int64_t last = start + (count - 1) * step;
            size_t lo = (size_t)(step > 0 ? start : last), hi = (size_t)(step > 0 ? last : start);
            size_t n = hi - lo + 1;
            uint32_t *cps = mem_alloc(n * sizeof(uint32_t));
            const char *p = s->data + str_offset_of(o, lo), *end = s->data + s->size;
            for (size_t i = 0; i < n; i++)
                cps[i] = utf8_decode(&p, end);
            char enc[4];
            for (int64_t i = 0, k = start; i < count; i++, k += step)
                buf_append(&b, enc, (size_t)utf8_encode(cps[(size_t)k - lo], enc));
            mem_free(cps, n * sizeof(uint32_t));
        }
        Object *r = str_from_utf8(b.data, b.len);
        buf_free(&b);
        return r;
    }
    if (key->type->index) {
        int64_t i = obj_as_subscript_index(key);
        if (i == -1 && err_occurred())
            return NULL;
        return str_item(o, i);
    }
    return err_format(&Exc_TypeError, "string indices must be integers, not '%s'",
                      obj_type_name(key));
}

static int64_t str_len(Object *o)
{
    return (int64_t)str_length(o);
}

static int str_contains(Object *o, Object *item)
{
    if (!str_check(item)) {
        err_format(&Exc_TypeError, "'in <string>' requires string as left operand, not %s",
                   obj_type_name(item));
        return -1;
    }
    if (str_size(item) == 0)
        return 1;
    return memmem(str_data(o), str_size(o), str_data(item), str_size(item)) != NULL;
}

/* ---- operators ------------------------------------------------------------------------------- */

Object *str_concat(Object *a, Object *b)
{
    StrObject *x = (StrObject *)a, *y = (StrObject *)b;
    if (y->size == 0 && str_check_exact(a))
        return NEWREF(a);
    if (x->size == 0 && str_check_exact(b))
        return NEWREF(b);
    StrObject *r = str_new_raw(x->size + y->size, x->length + y->length, x->ascii && y->ascii);
    memcpy(r->data, x->data, x->size);
    memcpy(r->data + x->size, y->data, y->size);
    return (Object *)r;
}

void str_append_inplace(Object **pa, Object *b)
{
    StrObject *a = (StrObject *)*pa, *y = (StrObject *)b;
    if (a->head.refcount == 1 && !a->interned && a->head.type == &StrType && a->size > 0 &&
        y->size > 0) {
        /* nobody else sees a: grow it in place */
        if (a->indexed)
            str_index_forget(a);    /* (it is keyed by a's address) */
        size_t old_alloc = (offsetof(StrObject, data) + 1 + a->size + 7) & ~(size_t)7;
        size_t new_size = a->size + y->size;
        size_t new_alloc = (offsetof(StrObject, data) + 1 + new_size + 7) & ~(size_t)7;
        if (new_alloc != old_alloc)
            a = mem_realloc(a, old_alloc, new_alloc);
        memcpy(a->data + a->size, y->data, y->size);
        a->size = new_size;
        a->data[new_size] = '\0';
        a->length += y->length;
        a->ascii = a->ascii && y->ascii;
        a->hash = -1;
        *pa = (Object *)a;
        return;
    }
    Object *r = str_concat(*pa, b);
    DECREF(*pa);
    *pa = r;
}

static Object *str_concat_slot(Object *a, Object *b)
{
    if (!str_check(b))
        return err_format(&Exc_TypeError, "can only concatenate str (not \"%s\") to str",
                          obj_type_name(b));
    return str_concat(a, b);
}

Object *str_repeat(Object *o, int64_t n)
{
    StrObject *s = (StrObject *)o;
    if (n <= 0 || s->size == 0)
        return str_empty();
    if (n == 1 && str_check_exact(o))
        return NEWREF(o);
    /* more characters than the address space holds: an overflow, as in
     * CPython; more than 2**40 bytes, which no machine holds: out of memory
     * (rather than an abort in malloc) */
    if ((uint64_t)n > (uint64_t)INT64_MAX / s->length)
        return err_set_string(&Exc_OverflowError, "repeated string is too long");
    if ((uint64_t)n > ((uint64_t)1 << 40) / s->size)
        return err_no_memory();
    size_t total = s->size * (size_t)n;
    StrObject *r = str_new_raw(total, s->length * (size_t)n, s->ascii);
    if (s->size == 1) {
        memset(r->data, s->data[0], total);
    } else {
        memcpy(r->data, s->data, s->size);
        size_t done = s->size;
        while (done < total) {
            size_t chunk = done < total - done ? done : total - done;
            memcpy(r->data + done, r->data, chunk);
            done += chunk;
        }
    }
    return (Object *)r;
}

static Object *str_mod(Object *a, Object *b)
{
    if (!str_check(a))
        return not_implemented_ref();
    return str_percent_format(a, b);
}

/* ---- repr, str ------------------------------------------------------------------------------------ */

Object *str_repr(Object *o)
{
    Buf b;
    buf_init(&b);
    pyrepr_str(&b, str_data(o), str_size(o));
    Object *r = str_from_utf8(b.data, b.len);
    buf_free(&b);
    return r;
}

static Object *str_str(Object *o)
{
    if (str_check_exact(o))
        return NEWREF(o);
    return str_from_utf8(str_data(o), str_size(o));
}

const char *str_cstr(Object *s)
{
    return str_data(s);
}

/* ---- construction --------------------------------------------------------------------------------- */

Object *bytes_decode(Object *bytes, const char *encoding, const char *errors);

static Object *str_new(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    static const char *const names[] = { "object", "encoding", "errors", NULL };
    Object *v[3];
    if (!args_parse("str", args, nargs, kwnames, names, 0, 3, v))
        return NULL;
    for (int i = 1; i < 3; i++)
        if (v[i] && !str_check(v[i]))
            return err_format(&Exc_TypeError, "str() argument '%s' must be str, not %s", names[i],
                              arg_type_name(v[i]));
    Object *value;
    if (!v[0]) {
        value = str_empty();
    } else if (v[1] || v[2]) {
        if (!bytes_check(v[0]) && !bytearray_check(v[0]) && v[0]->type != &MemoryViewType) {
            if (str_check(v[0]))
                return err_set_string(&Exc_TypeError, "decoding str is not supported");
            return err_format(&Exc_TypeError, "decoding to str: need a bytes-like object, %s "
                                              "found", obj_type_name(v[0]));
        }
        value = bytes_decode(v[0], v[1] ? str_data(v[1]) : "utf-8", v[2] ? str_data(v[2]) : NULL);
    } else {
        value = obj_str(v[0]);
    }
    if (!value || type == &StrType)
        return value;
    StrObject *s = (StrObject *)value;
    StrObject *r = (StrObject *)obj_alloc(type, s->size);
    r->length = s->length;
    r->hash = -1;
    r->ascii = s->ascii;
    memcpy(r->data, s->data, s->size + 1);
    DECREF(value);
    gc_track((Object *)r);
    return (Object *)r;
}

/* ---- iteration --------------------------------------------------------------------------------- */

typedef struct StrIterObject {
    Object head;
    Object *str;        /* NULL when exhausted */
    size_t offset;      /* byte offset of the next character */
    size_t index;
} StrIterObject;

static Object *str_iter(Object *o)
{
    StrIterObject *it = (StrIterObject *)obj_alloc(&StrIterType, 0);
    it->str = NEWREF(o);
    return (Object *)it;
}

static Object *str_iter_next(Object *o)
{
    StrIterObject *it = (StrIterObject *)o;
    if (!it->str)
        return NULL;
    StrObject *s = (StrObject *)it->str;
    if (it->offset >= s->size) {
        CLEAR(it->str);
        return NULL;
    }
    const char *p = s->data + it->offset;
    uint32_t cp = s->ascii ? (uint32_t)(unsigned char)*p++ : utf8_decode(&p, s->data + s->size);
    it->offset = (size_t)(p - s->data);
    it->index++;
    return str_from_codepoint(cp);
}

static void str_iter_dealloc(Object *o)
{
    CLEAR(((StrIterObject *)o)->str);
    obj_free(o);
}

static Object *str_iter_length_hint(Object *o, Object *const *args, size_t nargs, TupleObject *kw)
{
    StrIterObject *it = (StrIterObject *)o;
    return int_from_i64(it->str ? (int64_t)(str_length(it->str) - it->index) : 0);
}

static const MethodDef str_iter_methods[] = {
    { "__length_hint__", str_iter_length_hint, 0 },
    { NULL, NULL, 0 },
};

static Object *self_iter(Object *o)
{
    return NEWREF(o);
}

Type StrIterType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "str_ascii_iterator",
    .basicsize = sizeof(StrIterObject),
    .dealloc = str_iter_dealloc,
    .iter = self_iter,
    .iternext = str_iter_next,
    .methods = str_iter_methods,
};

/* ---- the type ---------------------------------------------------------------------------------- */

extern const MethodDef str_methods[];

Type StrType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "str",
    .basicsize = offsetof(StrObject, data) + 1,
    .itemsize = 1,
    .flags = TYPE_BASETYPE | TYPE_STR_SUBCLASS,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a "
           "new string object from the given object. If encoding or\nerrors is specified, then "
           "the object must expose a data buffer\nthat will be decoded using the given encoding "
           "and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\n"
           "or repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults "
           "to 'strict'.",
    .dealloc = str_dealloc,
    .repr = str_repr,
    .str = str_str,
    .hash = str_hash,
    .richcompare = str_richcompare,
    .iter = str_iter,
    .new_ = str_new,
    .number = { [BINOP_MOD] = str_mod },
    .concat = str_concat_slot,
    .repeat = str_repeat,
    .length = str_len,
    .getitem = str_getitem,
    .contains = str_contains,
    .methods = str_methods,
};

void str_init(void);
void str_init(void)
{
    empty_string = str_new_raw(0, 0, true);
    for (uint32_t c = 0; c < 128; c++)
        str_from_codepoint(c);
    /* (the cache keeps a reference of its own) */
    for (uint32_t c = 0; c < 128; c++)
        DECREF(char_cache[c]);
}

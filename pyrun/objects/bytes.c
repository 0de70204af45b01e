/* bytes.c - bytes and bytearray (see bytes.h), and the text codecs
 * (str.encode, bytes.decode): UTF-8, ASCII, Latin-1, UTF-16 and UTF-32
 * (the escape codecs are in codec_escape.c). */
#include "runtime.h"
#include "hexdigit.h"
#include "objects/memoryview.h"
#include "objects/bytes_methods.h"
#include "pyrepr.h"
#include "objects/codec_errors.h"

#include <stdio.h>

#define METHOD(name) static Object *name(Object *self, Object *const *args, size_t nargs, \
                                         TupleObject *kwnames)

/* ---- making bytes -------------------------------------------------------------------- */

BytesObject *bytes_new_raw(size_t n)
{
    BytesObject *b = (BytesObject *)obj_alloc(&BytesType, n);
    b->hash = -1;
    b->data[n] = '\0';
    return b;
}

Object *bytes_from(const void *data, size_t n)
{
    BytesObject *b = bytes_new_raw(n);
    if (n)
        memcpy(b->data, data, n);
    return (Object *)b;
}

Object *bytearray_from(const void *data, size_t n)
{
    ByteArrayObject *b = (ByteArrayObject *)obj_alloc(&ByteArrayType, 0);
    b->allocated = n + 1;
    b->data = mem_alloc(b->allocated);
    if (n)
        memcpy(b->data, data, n);
    b->data[n] = '\0';
    b->size = n;
    return (Object *)b;
}

bool bytes_like_view(Object *o, const char **data, size_t *size)
{
    if (bytes_check(o)) {
        *data = bytes_data(o);
        *size = bytes_size(o);
        return true;
    }
    if (bytearray_check(o)) {
        *data = ((ByteArrayObject *)o)->data;
        *size = ((ByteArrayObject *)o)->size;
        return true;
    }
    if (o->type == &MemoryViewType)
        return memoryview_contiguous(o, data, size);
    *data = NULL;
    *size = 0;
    if (type_lookup(o->type, str_intern_cstr("__buffer__")))
        /* (a class exporting bytes with __buffer__ gives a copy, which a view cannot borrow) */
        err_format(&Exc_NotImplementedError, "pyrun takes the bytes of a '%s' only in bytes() "
                   "and bytearray(), not here", obj_type_name(o));
    else
        err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(o));
    return false;
}

Object *bytes_same_kind(Object *self, const char *data, size_t n)
{
    return bytearray_check(self) ? bytearray_from(data, n) : bytes_from(data, n);
}

static void bytes_dealloc(Object *o)
{
    obj_free(o);
}

static void bytearray_dealloc(Object *o)
{
    ByteArrayObject *b = (ByteArrayObject *)o;
    mem_free(b->data, b->allocated);
    obj_free(o);
}

void bytearray_reserve(ByteArrayObject *b, size_t n)
{
    if (n + 1 <= b->allocated)
        return;
    size_t cap = b->allocated * 2;
    if (cap < n + 1)
        cap = n + 1;
    b->data = mem_realloc(b->data, b->allocated, cap);
    b->allocated = cap;
}

/* ---- codecs ----------------------------------------------------------------------------- */

enum { CODEC_UTF16 = 16, CODEC_UTF16_LE, CODEC_UTF16_BE, CODEC_UTF32, CODEC_UTF32_LE,
       CODEC_UTF32_BE, CODEC_UNICODE_ESCAPE, CODEC_RAW_UNICODE_ESCAPE };

static int normalized_codec(const char *encoding)
{
    char norm[32];
    size_t k = 0;
    for (const char *p = encoding; *p && k < sizeof norm - 1; p++) {
        char c = *p;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c == '-' || c == ' ')
            c = '_';
        norm[k++] = c;
    }
    norm[k] = '\0';
    if (!strcmp(norm, "utf_8") || !strcmp(norm, "utf8") || !strcmp(norm, "u8"))
        return 8;
    if (!strcmp(norm, "ascii") || !strcmp(norm, "us_ascii") || !strcmp(norm, "646"))
        return 7;
    if (!strcmp(norm, "latin_1") || !strcmp(norm, "latin1") || !strcmp(norm, "iso_8859_1") ||
        !strcmp(norm, "iso8859_1") || !strcmp(norm, "l1") || !strcmp(norm, "cp819"))
        return 1;
    if (!strcmp(norm, "utf_16") || !strcmp(norm, "utf16"))
        return CODEC_UTF16;
    if (!strcmp(norm, "utf_16_le") || !strcmp(norm, "utf_16le"))
        return CODEC_UTF16_LE;
    if (!strcmp(norm, "utf_16_be") || !strcmp(norm, "utf_16be"))
        return CODEC_UTF16_BE;
    if (!strcmp(norm, "utf_32") || !strcmp(norm, "utf32"))
        return CODEC_UTF32;
    if (!strcmp(norm, "utf_32_le") || !strcmp(norm, "utf_32le"))
        return CODEC_UTF32_LE;
    if (!strcmp(norm, "utf_32_be") || !strcmp(norm, "utf_32be"))
        return CODEC_UTF32_BE;
    if (!strcmp(norm, "unicode_escape"))
        return CODEC_UNICODE_ESCAPE;
    if (!strcmp(norm, "raw_unicode_escape"))
        return CODEC_RAW_UNICODE_ESCAPE;
    return 0;
}

static const char *codec_name(int codec)
{
    switch (codec) {
    case 8: return "utf-8";
    case 7: return "ascii";
    case CODEC_UTF16: return "utf-16";
    case CODEC_UTF16_LE: return "utf-16-le";
    case CODEC_UTF16_BE: return "utf-16-be";
    case CODEC_UTF32: return "utf-32";
    case CODEC_UTF32_LE: return "utf-32-le";
    case CODEC_UTF32_BE: return "utf-32-be";
    default: return "latin-1";
    }
}

static bool wide_codec(int codec)
{
    return codec >= CODEC_UTF16 && codec <= CODEC_UTF32_BE;
}

/* What the error handlers need to know of a codec (the escape codecs'
   own are in codec_escape.c). */
static CodecForm codec_form(int codec)
{
    CodecForm form = { .name = codec_name(codec), .unit = 1, .utf = codec == 8,
                       .limit = codec == 1 ? 0x100 : 0x80 };
    if (wide_codec(codec)) {
        form.unit = codec >= CODEC_UTF32 ? 4 : 2;
        form.big_endian = codec == CODEC_UTF16_BE || codec == CODEC_UTF32_BE;
        form.utf = true;
    }
    return form;
}

bool codec_form_of(const char *encoding, CodecForm *form)
{
    int codec = normalized_codec(encoding);
    if (!codec || codec == CODEC_UNICODE_ESCAPE || codec == CODEC_RAW_UNICODE_ESCAPE)
        return false;
    *form = codec_form(codec);
    return true;
}

/* Where an encoder goes on after an error handler: code point `index`. */
static const char *resume_at(Object *s, int64_t index)
{
    return str_data(s) + str_offset_of(s, (size_t)index);
}

static Object *finish_coding(Buf *b, CodecErrors *ce, bool ok, bool text)
{
    Object *r = !ok ? NULL : text ? str_from_utf8(b->data ? b->data : "", b->len)
                                  : bytes_from(b->data ? b->data : "", b->len);
    buf_free(b);
    codec_errors_done(ce);
    return r;
}

/* ---- UTF-16 and UTF-32 (little-endian, as this machine, with a BOM when
 * the byte order is not named) ---- */

static void put_unit(Buf *b, uint32_t u, int width, bool big)
{
    for (int i = 0; i < width; i++) {
        int shift = big ? 8 * (width - 1 - i) : 8 * i;
        buf_putc(b, (char)((u >> shift) & 0xFF));
    }
}

static bool is_surrogate(uint32_t cp)
{
    return cp >= 0xD800 && cp <= 0xDFFF;
}

static bool codec_cannot_encode(int codec, uint32_t cp)
{
    if (codec == 7)
        return cp >= 128;
    if (codec == 1)
        return cp >= 256;
    return is_surrogate(cp);        /* the UTF codecs */
}

/* The end of the run of characters from `start` that the codec cannot
   encode: CPython's UTF-8, ASCII and Latin-1 errors name the whole run
   ("position 0-2"). */
static size_t unencodable_run_end(Object *s, size_t start, int codec)
{
    size_t end = start + 1, length = str_length(s);
    while (end < length && codec_cannot_encode(codec, str_codepoint_at(s, end)))
        end++;
    return end;
}

static Object *encode_wide(Object *s, int codec, const char *errors)
{
    int width = codec >= CODEC_UTF32 ? 4 : 2;
    bool big = codec == CODEC_UTF16_BE || codec == CODEC_UTF32_BE;
    CodecErrors ce;
    codec_errors_init(&ce, codec_form(codec), errors);
    Buf b;
    buf_init(&b);
    if (codec == CODEC_UTF16 || codec == CODEC_UTF32)
        put_unit(&b, 0xFEFF, width, big);
    const char *p = str_data(s), *end = p + str_size(s);
    int64_t index = 0;
    while (p < end) {
        uint32_t cp = utf8_decode(&p, end);
        if (is_surrogate(cp)) {
            /* CPython's UTF-16 and UTF-32 encoders name one surrogate, not
             * the run of them that its UTF-8 encoder names */
            index = codec_encode_error(&ce, s, (size_t)index, (size_t)index + 1,
                                       "surrogates not allowed", &b);
            if (index < 0)
                return finish_coding(&b, &ce, false, false);
            p = resume_at(s, index);
            continue;
        }
        if (width == 2 && cp >= 0x10000) {
            cp -= 0x10000;
            put_unit(&b, 0xD800 | (cp >> 10), 2, big);
            put_unit(&b, 0xDC00 | (cp & 0x3FF), 2, big);
        } else {
            put_unit(&b, cp, width, big);
        }
        index++;
    }
    return finish_coding(&b, &ce, true, false);
}

/* What is wrong with the code unit (or pair) at p[i], or NULL; *cp is the
   character, *next where the next one starts (the end of the bad bytes). */
static const char *wide_character(const unsigned char *p, size_t size, size_t i, int width,
                                  bool big, uint32_t *cp, size_t *next)
{
    if (i + (size_t)width > size) {
        *next = size;
        return "truncated data";
    }
    uint32_t c = 0;
    for (int k = 0; k < width; k++)
        c |= (uint32_t)p[i + (size_t)k] << (big ? 8 * (width - 1 - k) : 8 * k);
    *next = i + (size_t)width;
    *cp = c;
    if (width == 4)
        return c > 0x10FFFF      ? "code point not in range(0x110000)"
               : is_surrogate(c) ? "code point in surrogate code point range(0xd800, 0xe000)"
                                 : NULL;
    if (c >= 0xDC00 && c <= 0xDFFF)
        return "illegal encoding";
    if (c < 0xD800 || c > 0xDBFF)
        return NULL;
    if (i + 4 > size) {
        *next = size;
        return "unexpected end of data";
    }
    uint32_t lo = big ? (uint32_t)p[i + 2] << 8 | p[i + 3] : (uint32_t)p[i + 3] << 8 | p[i + 2];
    if (lo < 0xDC00 || lo > 0xDFFF)
        return "illegal UTF-16 surrogate";
    *cp = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
    *next = i + 4;
    return NULL;
}

static Object *decode_wide(const unsigned char *p, size_t size, int codec, const char *errors)
{
    int width = codec >= CODEC_UTF32 ? 4 : 2;
    bool big = codec == CODEC_UTF16_BE || codec == CODEC_UTF32_BE;
    size_t i = 0;
    if (codec == CODEC_UTF16 && size >= 2) {
        if (p[0] == 0xFF && p[1] == 0xFE)
            i = 2;
        else if (p[0] == 0xFE && p[1] == 0xFF)
            i = 2, big = true;
    } else if (codec == CODEC_UTF32 && size >= 4) {
        if (p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0)
            i = 4;
        else if (p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF)
            i = 4, big = true;
    }
    /* (the errors name the byte order found, as CPython's do) */
    if (codec == CODEC_UTF16)
        codec = big ? CODEC_UTF16_BE : CODEC_UTF16_LE;
    else if (codec == CODEC_UTF32)
        codec = big ? CODEC_UTF32_BE : CODEC_UTF32_LE;
    CodecErrors ce;
    codec_errors_init(&ce, codec_form(codec), errors);
    Buf b;
    buf_init(&b);
    while (i < size) {
        uint32_t cp = 0;
        size_t next;
        const char *reason = wide_character(p, size, i, width, big, &cp, &next);
        if (!reason) {
            char enc[4];
            buf_append(&b, enc, (size_t)utf8_encode(cp, enc));
            i = next;
            continue;
        }
        int64_t resume = codec_decode_error(&ce, (const char *)p, size, i, next, reason, &b);
        if (resume < 0)
            return finish_coding(&b, &ce, false, true);
        i = (size_t)resume;
    }
    return finish_coding(&b, &ce, true, true);
}

static const char *unencodable_reason(int codec)
{
    return codec == 8 ? "surrogates not allowed"
           : codec == 7 ? "ordinal not in range(128)" : "ordinal not in range(256)";
}

/* UTF-8, ASCII and Latin-1. */
static Object *encode_narrow(Object *s, int codec, const char *errors)
{
    const char *p = str_data(s), *end = p + str_size(s);
    if (codec == 8 || ((StrObject *)s)->ascii) {
        /* UTF-8 needs work only for surrogates */
        bool has_surrogate = false;
        if (codec == 8 && !((StrObject *)s)->ascii) {
            const char *q = p;
            while (q < end)
                if (is_surrogate(utf8_decode(&q, end)))
                    has_surrogate = true;
        }
        if (!has_surrogate)
            return bytes_from(p, str_size(s));
    }
    CodecErrors ce;
    codec_errors_init(&ce, codec_form(codec), errors);
    Buf b;
    buf_init(&b);
    int64_t index = 0;
    while (p < end) {
        uint32_t cp = utf8_decode(&p, end);
        if (!codec_cannot_encode(codec, cp)) {
            if (codec == 8) {
                char enc[4];
                buf_append(&b, enc, (size_t)utf8_encode(cp, enc));
            } else {
                buf_putc(&b, (char)cp);
            }
            index++;
            continue;
        }
        index = codec_encode_error(&ce, s, (size_t)index,
                                   unencodable_run_end(s, (size_t)index, codec),
                                   unencodable_reason(codec), &b);
        if (index < 0)
            return finish_coding(&b, &ce, false, false);
        p = resume_at(s, index);
    }
    return finish_coding(&b, &ce, true, false);
}

static Object *encode_by_codec(Object *s, int codec, const char *errors)
{
    if (wide_codec(codec))
        return encode_wide(s, codec, errors);
    if (codec == CODEC_UNICODE_ESCAPE || codec == CODEC_RAW_UNICODE_ESCAPE)
        return escape_codec_encode(s, codec == CODEC_RAW_UNICODE_ESCAPE);
    return encode_narrow(s, codec, errors);
}

/* Whether CPython reaches the codec `encoding` through its codec registry:
   its fast paths take only the common spellings of UTF-8, ASCII, Latin-1,
   UTF-16 and UTF-32 ("u8", "646" or "utf-16-le" go the long way). */
static bool reached_through_registry(const char *encoding)
{
    static const char *const direct[] = {
        "utf_8", "utf8", "ascii", "us_ascii", "latin_1", "latin1", "iso_8859_1", "iso8859_1",
        "utf_16", "utf16", "utf_32", "utf32",
    };
    char norm[16];
    size_t k = 0;
    for (const char *p = encoding; *p; p++) {
        if (k == sizeof norm - 1)
            return true;
        char c = *p >= 'A' && *p <= 'Z' ? (char)(*p + 32) : *p;
        norm[k++] = c == '-' || c == ' ' ? '_' : c;
    }
    norm[k] = '\0';
    for (size_t i = 0; i < sizeof direct / sizeof *direct; i++)
        if (!strcmp(norm, direct[i]))
            return false;
    return true;
}

/* An exception that carries nothing but its message (args of at most one
   item, no attributes, the constructor of BaseException: a plain
   UnicodeError's too). */
static bool plain_exception(Object *e)
{
    ExceptionObject *x = (ExceptionObject *)e;
    bool plain_init = e->type->init == Exc_BaseException.init ||
                      (e->type->init == Exc_UnicodeError.init &&
                       !type_is_subtype(e->type, &Exc_UnicodeEncodeError) &&
                       !type_is_subtype(e->type, &Exc_UnicodeDecodeError) &&
                       !type_is_subtype(e->type, &Exc_UnicodeTranslateError));
    return plain_init && tuple_size(x->args) <= 1 && (!x->dict || dict_size(x->dict) == 0);
}

/* What CPython's codec registry does to an error handler's plain
   exception: the same class, its message naming the codec, the original
   as the cause ("encoding with 'utf-16-le' codec failed (LookupError:
   unknown error handler name 'bogus')"). */
static Object *reword_codec_failure(const char *what, const char *encoding)
{
    Object *e = err_occurred();
    if (!e || !normalized_codec(encoding) || !plain_exception(e) ||
        !reached_through_registry(encoding))
        return NULL;
    Object *shown = obj_str(e);
    if (!shown)
        return NULL;
    Buf message;
    buf_init(&message);
    buf_printf(&message, "%s with '%s' codec failed (%s: %s)", what, encoding,
               obj_type_name(e), str_data(shown));
    DECREF(shown);
    err_format_from_cause(e->type, "%s", message.data);
    buf_free(&message);
    return NULL;
}

Object *codec_encode(Object *s, const char *encoding, const char *errors)
{
    int codec = normalized_codec(encoding);
    if (!codec)
        return err_format(&Exc_LookupError, "unknown encoding: %s", encoding);
    return encode_by_codec(s, codec, errors ? errors : "strict");
}

Object *str_encode(Object *s, const char *encoding, const char *errors)
{
    Object *r = codec_encode(s, encoding, errors);
    return r ? r : reword_codec_failure("encoding", encoding);
}

/* The length of a valid UTF-8 sequence at p (strict: no surrogates,
 * shortest form), or 0 with *reason set. */
static size_t utf8_sequence(const unsigned char *p, const unsigned char *end, const char **reason,
                            size_t *bad_len)
{
    unsigned char c = p[0];
    *bad_len = 1;
    if (c < 0x80)
        return 1;
    size_t n;
    uint32_t min;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        min = 0x10000;
    } else {
        *reason = "invalid start byte";
        return 0;
    }
    uint32_t cp = c & (0x3F >> (n - 1));
    for (size_t i = 1; i < n; i++) {
        if (p + i >= end) {
            *reason = "unexpected end of data";
            *bad_len = i;
            return 0;
        }
        unsigned char d = p[i];
        bool ok = (d & 0xC0) == 0x80;
        /* the second byte's narrower ranges (no overlongs, surrogates, > U+10FFFF) */
        if (ok && i == 1) {
            if (c == 0xE0 && d < 0xA0)
                ok = false;
            if (c == 0xED && d > 0x9F)
                ok = false;
            if (c == 0xF0 && d < 0x90)
                ok = false;
            if (c == 0xF4 && d > 0x8F)
                ok = false;
        }
        if (!ok) {
            *reason = "invalid continuation byte";
            *bad_len = i;
            return 0;
        }
        cp = (cp << 6) | (d & 0x3F);
    }
    (void)min;
    return n;
}

/* UTF-8 and ASCII (Latin-1 decodes every byte). */
static Object *decode_narrow(const char *data, size_t size, int codec, const char *errors)
{
    CodecErrors ce;
    codec_errors_init(&ce, codec_form(codec), errors);
    const unsigned char *start = (const unsigned char *)data, *p = start, *end = p + size;
    Buf b;
    buf_init(&b);
    while (p < end) {
        size_t n, bad_len = 1;
        const char *reason = "ordinal not in range(128)";
        if (codec == 1) {
            char enc[4];
            buf_append(&b, enc, (size_t)utf8_encode(*p, enc));
            p++;
            continue;
        }
        if (codec == 7)
            n = *p < 0x80 ? 1 : 0;
        else
            n = utf8_sequence(p, end, &reason, &bad_len);
        if (n) {
            buf_append(&b, p, n);
            p += n;
            continue;
        }
        size_t pos = (size_t)(p - start);
        int64_t resume = codec_decode_error(&ce, data, size, pos, pos + bad_len, reason, &b);
        if (resume < 0)
            return finish_coding(&b, &ce, false, true);
        p = start + resume;
    }
    return finish_coding(&b, &ce, true, true);
}

Object *codec_decode(Object *bytes, const char *encoding, const char *errors)
{
    const char *data;
    size_t size;
    if (!bytes_like_view(bytes, &data, &size))
        return NULL;
    if (!errors)
        errors = "strict";
    int codec = normalized_codec(encoding);
    if (!codec)
        return err_format(&Exc_LookupError, "unknown encoding: %s", encoding);
    if (wide_codec(codec))
        return decode_wide((const unsigned char *)data, size, codec, errors);
    if (codec == CODEC_UNICODE_ESCAPE || codec == CODEC_RAW_UNICODE_ESCAPE)
        return escape_codec_decode(data, size, codec == CODEC_RAW_UNICODE_ESCAPE, errors);
    return decode_narrow(data, size, codec, errors);
}

Object *bytes_decode(Object *bytes, const char *encoding, const char *errors)
{
    Object *r = codec_decode(bytes, encoding, errors);
    return r ? r : reword_codec_failure("decoding", encoding);
}

/* ---- repr, hash, compare ------------------------------------------------------------------ */

Object *bytes_repr_of(const char *data, size_t n)
{
    Buf b;
    buf_init(&b);
    pyrepr_bytes(&b, data, n);
    Object *r = str_from_utf8(b.data, b.len);
    buf_free(&b);
    return r;
}

static Object *bytes_repr(Object *o)
{
    return bytes_repr_of(bytes_data(o), bytes_size(o));
}

static Object *bytearray_repr(Object *o)
{
    ByteArrayObject *b = (ByteArrayObject *)o;
    Object *inner = bytes_repr_of(b->data, b->size);
    Object *r = str_from_format("bytearray(%s)", str_data(inner));
    DECREF(inner);
    return r;
}

static int64_t bytes_hash(Object *o)
{
    BytesObject *b = (BytesObject *)o;
    if (b->hash != -1)
        return b->hash;
    if (b->size == 0)
        return b->hash = 0;     /* as CPython: the empty bytes hash to 0 */
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < b->size; i++) {
        h ^= (unsigned char)b->data[i];
        h *= 0x100000001b3ull;
    }
    h ^= h >> 29;
    int64_t r = (int64_t)h == -1 ? -2 : (int64_t)h;
    b->hash = r;
    return r;
}

static Object *bytes_richcompare(Object *a, Object *b, CompareOp op)
{
    const char *x, *y;
    size_t n, m;
    if (!(bytes_check(b) || bytearray_check(b)))
        return not_implemented_ref();
    bytes_like_view(a, &x, &n);
    bytes_like_view(b, &y, &m);
    if (op == CMP_EQ || op == CMP_NE) {
        bool eq = n == m && memcmp(x, y, n) == 0;
        return bool_from(op == CMP_EQ ? eq : !eq);
    }
    int c = memcmp(x, y, n < m ? n : m);
    if (c == 0)
        c = (n > m) - (n < m);
    bool r = op == CMP_LT ? c < 0 : op == CMP_LE ? c <= 0 : op == CMP_GT ? c > 0 : c >= 0;
    return bool_from(r);
}

/* ---- sequence protocol ------------------------------------------------------------------------ */

static int64_t bytes_len(Object *o)
{
    const char *d;
    size_t n;
    bytes_like_view(o, &d, &n);
    return (int64_t)n;
}

static Object *bytes_getitem(Object *o, Object *key)
{
    /* (a bytearray's data is looked at only after __index__ ran: it may
       have resized it) */
    const char *d;
    size_t n;
    if (slice_check(key)) {
        int64_t start, stop, step;
        if (!slice_unpack(key, &start, &stop, &step))
            return NULL;
        bytes_like_view(o, &d, &n);
        int64_t count = slice_adjust((int64_t)n, &start, &stop, step);
        if (step == 1)
            return bytes_same_kind(o, d + start, (size_t)count);
        char *tmp = mem_alloc((size_t)count + 1);
        for (int64_t i = 0, k = start; i < count; i++, k += step)
            tmp[i] = d[k];
        Object *r = bytes_same_kind(o, tmp, (size_t)count);
        mem_free(tmp, (size_t)count + 1);
        return r;
    }
    if (!int_check(key) && !key->type->index)
        return err_format(&Exc_TypeError, "byte indices must be integers or slices, not %s",
                          obj_type_name(key));
    int64_t i = obj_as_subscript_index(key);
    if (i == -1 && err_occurred())
        return NULL;
    bytes_like_view(o, &d, &n);
    if (!index_adjust(&i, (int64_t)n))
        return err_set_string(&Exc_IndexError, bytearray_check(o) ? "bytearray index out of range"
                                                                  : "index out of range");
    return int_from_i64((unsigned char)d[i]);
}

static int bytes_contains(Object *o, Object *item)
{
    const char *d;
    size_t n;
    bytes_like_view(o, &d, &n);
    if (int_check(item)) {
        bool overflow;
        int64_t v = int_as_i64(item, &overflow);
        if (overflow || v < 0 || v > 255) {
            err_set_string(&Exc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        return memchr(d, (int)v, n) != NULL;
    }
    const char *s;
    size_t m;
    if (!bytes_like_view(item, &s, &m))
        return -1;
    return m == 0 || memmem(d, n, s, m) != NULL;
}

static Object *bytes_concat(Object *a, Object *b)
{
    const char *x, *y;
    size_t n, m;
    if (!bytes_like_view(b, &y, &m)) {
        err_clear();
        return err_format(&Exc_TypeError, "can't concat %s to %s", obj_type_name(b),
                          obj_type_name(a));
    }
    bytes_like_view(a, &x, &n);
    char *tmp = mem_alloc(n + m + 1);
    memcpy(tmp, x, n);
    memcpy(tmp + n, y, m);
    Object *r = bytes_same_kind(a, tmp, n + m);
    mem_free(tmp, n + m + 1);
    return r;
}

enum { REPEAT_LIMIT_BITS = 40 };
#define REPEAT_LIMIT ((size_t)1 << REPEAT_LIMIT_BITS)

static Object *bytes_repeat(Object *a, int64_t count)
{
    const char *x;
    size_t n;
    bytes_like_view(a, &x, &n);
    if (count < 0)
        count = 0;
    /* a length past the address space is an overflow for bytes, as in
     * CPython; one no machine could hold (over 2**40 bytes) is out of memory */
    if (n && (uint64_t)count > (uint64_t)INT64_MAX / n) {
        if (bytearray_check(a))
            return err_no_memory();
        return err_set_string(&Exc_OverflowError, "repeated bytes are too long");
    }
    size_t total = n * (size_t)count;
    if (total > REPEAT_LIMIT)
        return err_no_memory();
    char *tmp = mem_alloc(total + 1);
    for (int64_t i = 0; i < count; i++)
        memcpy(tmp + (size_t)i * n, x, n);
    Object *r = bytes_same_kind(a, tmp, total);
    mem_free(tmp, total + 1);
    return r;
}

typedef struct BytesIterObject {
    Object head;
    Object *seq;
    size_t index;
} BytesIterObject;

static Object *bytes_iter(Object *o)
{
    BytesIterObject *it = (BytesIterObject *)obj_alloc(&BytesIterType, 0);
    it->seq = NEWREF(o);
    return (Object *)it;
}

static Object *bytes_iter_next(Object *o)
{
    BytesIterObject *it = (BytesIterObject *)o;
    if (!it->seq)
        return NULL;
    const char *d;
    size_t n;
    bytes_like_view(it->seq, &d, &n);
    if (it->index >= n) {
        CLEAR(it->seq);
        return NULL;
    }
    return int_from_i64((unsigned char)d[it->index++]);
}

static void bytes_iter_dealloc(Object *o)
{
    CLEAR(((BytesIterObject *)o)->seq);
    obj_free(o);
}

static Object *self_iter(Object *o)
{
    return NEWREF(o);
}

Type BytesIterType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "bytes_iterator",
    .basicsize = sizeof(BytesIterObject),
    .dealloc = bytes_iter_dealloc,
    .iter = self_iter,
    .iternext = bytes_iter_next,
};

/* ---- construction ------------------------------------------------------------------------------- */

/* The bytes of an object given to bytes() or bytearray(): a str with an
 * encoding, a count, a bytes-like object, or an iterable of ints. */
/* bytes() and bytearray() take a str encoding and errors, checked first. */
static bool codec_args_are_str(const char *who, Object *encoding, Object *errors)
{
    if (encoding && !str_check(encoding)) {
        err_format(&Exc_TypeError, "%s() argument 'encoding' must be str, not %s", who,
                   arg_type_name(encoding));
        return false;
    }
    if (errors && !str_check(errors)) {
        err_format(&Exc_TypeError, "%s() argument 'errors' must be str, not %s", who,
                   arg_type_name(errors));
        return false;
    }
    return true;
}

/* A class written in Python may export its bytes with __buffer__ (PEP 688,
   from Python 3.12; pyrun's array.array does, as CPython's array is a C
   buffer): appends them.  1 when src has __buffer__, 0 when not, -1 on error. */
static int collect_exported_bytes(Object *src, Buf *out)
{
    bool found;
    Object *flags = int_from_i64(0);        /* (PyBUF_SIMPLE) */
    Object *view = obj_call_special(src, str_intern_cstr("__buffer__"), &flags, 1, &found);
    DECREF(flags);
    if (!found)
        return 0;
    const char *d;
    size_t n;
    if (!view || !bytes_like_view(view, &d, &n)) {
        XDECREF(view);
        return -1;
    }
    buf_append(out, d, n);
    DECREF(view);
    return 1;
}

/* The bytes of src for bytes() or bytearray() (`who`). */
static bool collect_bytes(const char *who, Object *src, Object *encoding, Object *errors, Buf *out)
{
    if (str_check(src)) {
        if (!encoding) {
            err_set_string(&Exc_TypeError, "string argument without an encoding");
            return false;
        }
        Object *b = str_encode(src, str_data(encoding), errors ? str_data(errors) : "strict");
        if (!b)
            return false;
        buf_append(out, bytes_data(b), bytes_size(b));
        DECREF(b);
        return true;
    }
    if (encoding || errors) {
        err_set_string(&Exc_TypeError, encoding ? "encoding without a string argument"
                                                : "errors without a string argument");
        return false;
    }
    const char *d;
    size_t n;
    if (bytes_check(src) || bytearray_check(src)) {
        bytes_like_view(src, &d, &n);
        buf_append(out, d, n);
        return true;
    }
    int exported = collect_exported_bytes(src, out);
    if (exported)
        return exported > 0;
    if (int_check(src) || (src->type->index && !src->type->iter)) {
        int64_t count = obj_as_index(src, "count");
        if (count == -1 && err_occurred())
            return false;
        if (count < 0) {
            err_set_string(&Exc_ValueError, "negative count");
            return false;
        }
        if (!err_size_fits((uint64_t)count))
            return false;
        buf_reserve(out, (size_t)count);
        memset(out->data + out->len, 0, (size_t)count);
        out->len += (size_t)count;
        out->data[out->len] = '\0';
        return true;
    }
    if (!src->type->iter && !src->type->getitem) {
        err_format(&Exc_TypeError, "cannot convert '%s' object to %s", obj_type_name(src), who);
        return false;
    }
    Object *it = obj_get_iter(src);
    if (!it)
        return false;
    Object *x;
    while ((x = iter_next(it))) {
        if (!int_check(x) && !x->type->index) {
            err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                       obj_type_name(x));
            DECREF(x);
            DECREF(it);
            return false;
        }
        int64_t v = obj_as_index(x, NULL);
        DECREF(x);
        if (v < 0 || v > 255) {
            if (!err_occurred())
                err_set_string(&Exc_ValueError, strcmp(who, "bytes") == 0
                                                     ? "bytes must be in range(0, 256)"
                                                     : "byte must be in range(0, 256)");
            DECREF(it);
            return false;
        }
        buf_putc(out, (char)v);
    }
    DECREF(it);
    return !err_occurred();
}

static Object *bytes_new(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    static const char *const names[] = { "source", "encoding", "errors", NULL };
    Object *v[3];
    if (!args_parse("bytes", args, nargs, kwnames, names, 0, 3, v) ||
        !codec_args_are_str("bytes", v[1], v[2]))
        return NULL;
    Buf b;
    buf_init(&b);
    if (v[0]) {
        if (!bytes_check(v[0]) && !str_check(v[0])) {
            bool found;
            Object *r = obj_call_special(v[0], str_intern_cstr("__bytes__"), NULL, 0, &found);
            if (found) {
                buf_free(&b);
                return r;
            }
        }
        if (!collect_bytes("bytes", v[0], v[1], v[2], &b)) {
            buf_free(&b);
            return NULL;
        }
    } else if (v[1] || v[2]) {
        buf_free(&b);
        return err_set_string(&Exc_TypeError, v[1] ? "encoding without a string argument"
                                                   : "errors without a string argument");
    }
    Object *r;
    if (type == &BytesType) {
        r = bytes_from(b.data, b.len);
    } else {
        BytesObject *o = (BytesObject *)obj_alloc(type, b.len);
        o->hash = -1;
        if (b.len)
            memcpy(o->data, b.data, b.len);
        gc_track((Object *)o);
        r = (Object *)o;
    }
    buf_free(&b);
    return r;
}

static Object *bytearray_new(Type *type, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    ByteArrayObject *b = (ByteArrayObject *)obj_alloc(type, 0);
    b->allocated = 1;
    b->data = mem_alloc(1);
    b->data[0] = '\0';
    if (type->flags & TYPE_HEAP)
        gc_track((Object *)b);
    return (Object *)b;
}

static int bytearray_init(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    static const char *const names[] = { "source", "encoding", "errors", NULL };
    Object *v[3];
    if (!args_parse("bytearray", args, nargs, kwnames, names, 0, 3, v) ||
        !codec_args_are_str("bytearray", v[1], v[2]))
        return -1;
    if (!v[0] && (v[1] || v[2])) {
        err_set_string(&Exc_TypeError, v[1] ? "encoding without a string argument"
                                            : "errors without a string argument");
        return -1;
    }
    Buf buf;
    buf_init(&buf);
    if (v[0] && !collect_bytes("bytearray", v[0], v[1], v[2], &buf)) {
        buf_free(&buf);
        return -1;
    }
    ByteArrayObject *b = (ByteArrayObject *)self;
    bytearray_reserve(b, buf.len);
    if (buf.len)
        memcpy(b->data, buf.data, buf.len);
    b->size = buf.len;
    b->data[b->size] = '\0';
    buf_free(&buf);
    return 0;
}

/* ---- methods shared by bytes and bytearray ----------------------------------------------------- */

METHOD(bytes_decode_method)
{
    static const char *const names[] = { "encoding", "errors", NULL };
    Object *v[2];
    if (!args_parse("decode", args, nargs, kwnames, names, 0, 2, v))
        return NULL;
    for (int i = 0; i < 2; i++)
        if (v[i] && !str_check(v[i]))
            return err_format(&Exc_TypeError, "decode() argument '%s' must be str, not %s",
                              names[i], arg_type_name(v[i]));
    return bytes_decode(self, v[0] ? str_data(v[0]) : "utf-8", v[1] ? str_data(v[1]) : "strict");
}

/* hex([sep[, bytes_per_sep]]): a separator every bytes_per_sep bytes,
   counted from the right (from the left when negative). */
METHOD(bytes_hex)
{
    static const char *const names[] = { "sep", "bytes_per_sep", NULL };
    Object *v[2];
    if (!args_parse("hex", args, nargs, kwnames, names, 0, 2, v))
        return NULL;
    const char *sep = NULL;
    size_t sep_len = 0;
    if (v[0]) {
        /* CPython's checks, in its order: a length, of 1, of a str or bytes, ASCII */
        int64_t length = obj_length(v[0]);
        if (length < 0)
            return NULL;
        if (length != 1)
            return err_set_string(&Exc_ValueError, "sep must be length 1.");
        if (str_check(v[0])) {
            sep = str_data(v[0]);
            sep_len = str_size(v[0]);
        } else if (bytes_check(v[0])) {
            bytes_like_view(v[0], &sep, &sep_len);
        } else {
            return err_set_string(&Exc_TypeError, "sep must be str or bytes.");
        }
        if (sep_len != 1 || (unsigned char)sep[0] >= 128)
            return err_set_string(&Exc_ValueError, "sep must be ASCII.");
    }
    int64_t every = 1;
    if (v[1]) {
        every = obj_as_index(v[1], NULL);
        if (every == -1 && err_occurred())
            return NULL;
    }
    const char *d;
    size_t n;
    bytes_like_view(self, &d, &n);
    static const char digits[] = "0123456789abcdef";
    uint64_t group = every < 0 ? (uint64_t)(-every) : (uint64_t)every;
    Buf b;
    buf_init(&b);
    for (size_t i = 0; i < n; i++) {
        if (sep && group && i > 0) {
            bool boundary = every > 0 ? (n - i) % group == 0 : i % group == 0;
            if (boundary)
                buf_putc(&b, sep[0]);
        }
        buf_putc(&b, digits[(unsigned char)d[i] >> 4]);
        buf_putc(&b, digits[(unsigned char)d[i] & 15]);
    }
    Object *r = str_from_ascii(b.data ? b.data : "", b.len);
    buf_free(&b);
    return r;
}

METHOD(bytes_fromhex)
{
    if (!arg_one("fromhex", nargs, kwnames))
        return NULL;
    if (!str_check(args[0]))
        return err_format(&Exc_TypeError, "fromhex() argument must be str, not %s",
                          obj_type_name(args[0]));
    const char *p = str_data(args[0]), *end = p + str_size(args[0]);
    Buf b;
    buf_init(&b);
    while (p < end) {
        if (*p == ' ') {
            p++;
            continue;
        }
        int hi = p < end ? hex_digit_value((unsigned char)p[0]) : -1;
        int lo = p + 1 < end ? hex_digit_value((unsigned char)p[1]) : -1;
        if (hi < 0 || lo < 0) {
            size_t pos = (size_t)(p - str_data(args[0])) + (hi >= 0 ? 1 : 0);
            buf_free(&b);
            return err_format(&Exc_ValueError, "non-hexadecimal number found in fromhex() arg at "
                                               "position %zu", pos);
        }
        buf_putc(&b, (char)(hi * 16 + lo));
        p += 2;
    }
    Object *r = self == (Object *)&ByteArrayType ? bytearray_from(b.data, b.len)
                                                 : bytes_from(b.data, b.len);
    buf_free(&b);
    return r;
}

static Object *view_arg(Object *o, const char **d, size_t *n)
{
    if (!bytes_like_view(o, d, n))
        return NULL;
    return o;
}

METHOD(bytes_join)
{
    if (!arg_one(bytes_method_name(self, "join"), nargs, kwnames))
        return NULL;
    const char *sep;
    size_t sn;
    bytes_like_view(self, &sep, &sn);
    Object *it = obj_get_iter(args[0]);
    if (!it) {
        if (err_matches(&Exc_TypeError)) {
            err_clear();
            err_set_string(&Exc_TypeError, "can only join an iterable");
        }
        return NULL;
    }
    Object *items = list_from_iterable(it);
    DECREF(it);
    if (!items)
        return NULL;
    Buf b;
    buf_init(&b);
    for (size_t i = 0; i < list_size(items); i++) {
        const char *d;
        size_t n;
        Object *x = list_get(items, i);
        if (!bytes_check(x) && !bytearray_check(x) && x->type != &MemoryViewType) {
            buf_free(&b);
            DECREF(items);
            return err_format(&Exc_TypeError, "sequence item %zu: expected a bytes-like object, "
                                              "%s found", i, obj_type_name(x));
        }
        if (!bytes_like_view(x, &d, &n)) {     /* a released or strided memoryview */
            buf_free(&b);
            DECREF(items);
            return NULL;
        }
        if (i)
            buf_append(&b, sep, sn);
        buf_append(&b, d, n);
    }
    DECREF(items);
    Object *r = bytes_same_kind(self, b.data, b.len);
    buf_free(&b);
    return r;
}

static bool is_space_byte(unsigned char c)
{
    return c == ' ' || (c >= 9 && c <= 13);
}

METHOD(bytes_split)
{
    static const char *const names[] = { "sep", "maxsplit", NULL };
    Object *v[2];
    if (!args_parse("split", args, nargs, kwnames, names, 0, 2, v))
        return NULL;
    int64_t maxsplit = v[1] ? obj_as_index(v[1], NULL) : -1;
    if (maxsplit == -1 && err_occurred())
        return NULL;
    const char *d;
    size_t n;
    bytes_like_view(self, &d, &n);
    const char *p = d, *end = d + n;
    Object *result = list_new(0);
    if (!v[0] || v[0] == OBJ_NONE) {
        while (p < end) {
            while (p < end && is_space_byte((unsigned char)*p))
                p++;
            if (p == end)
                break;
            const char *w = p;
            if (maxsplit == 0) {
                const char *stop = end;
                while (stop > p && is_space_byte((unsigned char)stop[-1]))
                    stop--;
                list_append_steal(result, bytes_same_kind(self, w, (size_t)(stop - w)));
                break;
            }
            while (p < end && !is_space_byte((unsigned char)*p))
                p++;
            list_append_steal(result, bytes_same_kind(self, w, (size_t)(p - w)));
            if (maxsplit > 0)
                maxsplit--;
        }
        return result;
    }
    const char *sep;
    size_t sn;
    if (!view_arg(v[0], &sep, &sn)) {
        DECREF(result);
        return NULL;
    }
    if (sn == 0) {
        DECREF(result);
        return err_set_string(&Exc_ValueError, "empty separator");
    }
    while (maxsplit != 0) {
        const char *hit = memmem(p, (size_t)(end - p), sep, sn);
        if (!hit)
            break;
        list_append_steal(result, bytes_same_kind(self, p, (size_t)(hit - p)));
        p = hit + sn;
        if (maxsplit > 0)
            maxsplit--;
    }
    list_append_steal(result, bytes_same_kind(self, p, (size_t)(end - p)));
    return result;
}

static Object *strip_bytes(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames,
                           bool left, bool right)
{
    if (!arg_range(left && right ? "strip" : left ? "lstrip" : "rstrip", nargs, kwnames, 0, 1))
        return NULL;
    const char *d, *chars = " \t\n\r\x0b\x0c";
    size_t n, cn = 6;
    bytes_like_view(self, &d, &n);
    if (NARGS(nargs) && args[0] != OBJ_NONE && !view_arg(args[0], &chars, &cn))
        return NULL;
    size_t start = 0, stop = n;
    if (left)
        while (start < stop && memchr(chars, d[start], cn))
            start++;
    if (right)
        while (stop > start && memchr(chars, d[stop - 1], cn))
            stop--;
    return bytes_same_kind(self, d + start, stop - start);
}

METHOD(bytes_strip) { return strip_bytes(self, args, nargs, kwnames, true, true); }
METHOD(bytes_lstrip) { return strip_bytes(self, args, nargs, kwnames, true, false); }
METHOD(bytes_rstrip) { return strip_bytes(self, args, nargs, kwnames, false, true); }

METHOD(bytes_startswith) { return bytes_tailmatch(self, args, nargs, kwnames, false); }
METHOD(bytes_endswith) { return bytes_tailmatch(self, args, nargs, kwnames, true); }

METHOD(bytes_replace)
{
    if (!arg_range("replace", nargs, kwnames, 2, 3))
        return NULL;
    const char *d, *o, *w;
    size_t n, on, wn;
    bytes_like_view(self, &d, &n);
    if (!view_arg(args[0], &o, &on) || !view_arg(args[1], &w, &wn))
        return NULL;
    int64_t count = NARGS(nargs) > 2 ? obj_as_index(args[2], NULL) : -1;
    if (count == -1 && err_occurred())
        return NULL;
    Buf b;
    buf_init(&b);
    const char *p = d, *end = d + n;
    int64_t done = 0;
    while (on && (count < 0 || done < count)) {
        const char *hit = memmem(p, (size_t)(end - p), o, on);
        if (!hit)
            break;
        buf_append(&b, p, (size_t)(hit - p));
        buf_append(&b, w, wn);
        p = hit + on;
        done++;
    }
    buf_append(&b, p, (size_t)(end - p));
    Object *r = bytes_same_kind(self, b.data, b.len);
    buf_free(&b);
    return r;
}

static Object *map_bytes(Object *self, int how)
{
    const char *d;
    size_t n;
    bytes_like_view(self, &d, &n);
    char *tmp = mem_alloc(n + 1);
    for (size_t i = 0; i < n; i++) {
        char c = d[i];
        if (how == 'u' && c >= 'a' && c <= 'z')
            c = (char)(c - 32);
        else if (how == 'l' && c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        tmp[i] = c;
    }
    Object *r = bytes_same_kind(self, tmp, n);
    mem_free(tmp, n + 1);
    return r;
}

METHOD(bytes_upper) { return arg_none(bytes_method_name(self, "upper"), nargs, kwnames) ? map_bytes(self, 'u') : NULL; }
METHOD(bytes_lower) { return arg_none(bytes_method_name(self, "lower"), nargs, kwnames) ? map_bytes(self, 'l') : NULL; }

static Object *all_bytes(Object *self, const char *name, size_t nargs, TupleObject *kwnames,
                         int (*pred)(int))
{
    if (!arg_none(bytes_method_name(self, name), nargs, kwnames))
        return NULL;
    const char *d;
    size_t n;
    bytes_like_view(self, &d, &n);
    if (n == 0)
        return bool_from(false);
    for (size_t i = 0; i < n; i++)
        if (!pred((unsigned char)d[i]))
            return bool_from(false);
    return bool_from(true);
}

static int byte_isdigit(int c) { return c >= '0' && c <= '9'; }
static int byte_isalpha(int c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
static int byte_isalnum(int c) { return byte_isdigit(c) || byte_isalpha(c); }
static int byte_isspace(int c) { return is_space_byte((unsigned char)c); }

METHOD(bytes_isdigit) { return all_bytes(self, "isdigit", nargs, kwnames, byte_isdigit); }
METHOD(bytes_isalpha) { return all_bytes(self, "isalpha", nargs, kwnames, byte_isalpha); }
METHOD(bytes_isalnum) { return all_bytes(self, "isalnum", nargs, kwnames, byte_isalnum); }
METHOD(bytes_isspace) { return all_bytes(self, "isspace", nargs, kwnames, byte_isspace); }

/* sys.getsizeof: CPython's figure */
static Object *bytes_sizeof(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    return int_from_i64(33 + (int64_t)bytes_size(self));
}

static const MethodDef bytes_methods[] = {
    { "__sizeof__", bytes_sizeof, 0 },
    { "decode", bytes_decode_method, 0 },
    { "hex", bytes_hex, 0 },
    { "fromhex", bytes_fromhex, METH_CLASS },
    { "join", bytes_join, 0 },
    { "split", bytes_split, 0 },
    { "strip", bytes_strip, 0 },
    { "lstrip", bytes_lstrip, 0 },
    { "rstrip", bytes_rstrip, 0 },
    { "startswith", bytes_startswith, 0 },
    { "endswith", bytes_endswith, 0 },
    { "replace", bytes_replace, 0 },
    { "upper", bytes_upper, 0 },
    { "lower", bytes_lower, 0 },
    { "isdigit", bytes_isdigit, 0 },
    { "isalpha", bytes_isalpha, 0 },
    { "isalnum", bytes_isalnum, 0 },
    { "isspace", bytes_isspace, 0 },
    BYTES_SHARED_METHODS
    { NULL, NULL, 0 },
};

static Object *bytes_mod(Object *a, Object *b)
{
    if (!bytes_check(a) && !bytearray_check(a))
        return not_implemented_ref();
    return bytes_percent_format(a, b);
}

Type BytesType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "bytes",
    .basicsize = offsetof(BytesObject, data) + 1,
    .itemsize = 1,
    .flags = TYPE_BASETYPE | TYPE_BYTES_SUBCLASS,
    .dealloc = bytes_dealloc,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .new_ = bytes_new,
    .number = { [BINOP_MOD] = bytes_mod },
    .concat = bytes_concat,
    .repeat = bytes_repeat,
    .length = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .methods = bytes_methods,
};

/* ---- bytearray's own methods --------------------------------------------------------------------- */

static bool byte_value(Object *o, char *out)
{
    if (!int_check(o) && !o->type->index) {
        err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                   obj_type_name(o));
        return false;
    }
    int64_t v = obj_as_index(o, NULL);
    if (v < 0 || v > 255) {
        if (!err_occurred())
            err_set_string(&Exc_ValueError, "byte must be in range(0, 256)");
        return false;
    }
    *out = (char)v;
    return true;
}

METHOD(bytearray_append)
{
    if (!arg_one("bytearray.append", nargs, kwnames))
        return NULL;
    char c;
    if (!byte_value(args[0], &c))
        return NULL;
    ByteArrayObject *b = (ByteArrayObject *)self;
    bytearray_reserve(b, b->size + 1);
    b->data[b->size++] = c;
    b->data[b->size] = '\0';
    return none_ref();
}

METHOD(bytearray_extend)
{
    if (!arg_one("bytearray.extend", nargs, kwnames))
        return NULL;
    Object *src = args[0];
    if (str_check(src)) {
        /* (iterated like any iterable: its first character is no int) */
        if (str_size(src) == 0)
            return none_ref();
        return err_set_string(&Exc_TypeError, "'str' object cannot be interpreted as an integer");
    }
    if (!bytes_check(src) && !bytearray_check(src) && src->type != &MemoryViewType &&
        !src->type->iter && !src->type->getitem)
        return err_format(&Exc_TypeError, "can't extend bytearray with %s", obj_type_name(src));
    Buf buf;
    buf_init(&buf);
    if (!collect_bytes("bytearray", src, NULL, NULL, &buf)) {
        buf_free(&buf);
        return NULL;
    }
    ByteArrayObject *b = (ByteArrayObject *)self;
    bytearray_reserve(b, b->size + buf.len);
    if (buf.len)        /* (an empty Buf has no data at all) */
        memcpy(b->data + b->size, buf.data, buf.len);
    b->size += buf.len;
    b->data[b->size] = '\0';
    buf_free(&buf);
    return none_ref();
}

METHOD(bytearray_pop)
{
    if (!arg_range("pop", nargs, kwnames, 0, 1))
        return NULL;
    ByteArrayObject *b = (ByteArrayObject *)self;
    int64_t i = NARGS(nargs) ? obj_as_index(args[0], NULL) : -1;
    if (i == -1 && err_occurred())
        return NULL;
    if (b->size == 0)
        return err_set_string(&Exc_IndexError, "pop from empty bytearray");
    if (!index_adjust(&i, (int64_t)b->size))
        return err_set_string(&Exc_IndexError, "pop index out of range");
    unsigned char c = (unsigned char)b->data[i];
    memmove(b->data + i, b->data + i + 1, b->size - (size_t)i - 1);
    b->size--;
    b->data[b->size] = '\0';
    return int_from_i64(c);
}

METHOD(bytearray_clear)
{
    ByteArrayObject *b = (ByteArrayObject *)self;
    b->size = 0;
    b->data[0] = '\0';
    return none_ref();
}

METHOD(bytearray_reverse)
{
    ByteArrayObject *b = (ByteArrayObject *)self;
    for (size_t i = 0, j = b->size; i + 1 < j; i++, j--) {
        char t = b->data[i];
        b->data[i] = b->data[j - 1];
        b->data[j - 1] = t;
    }
    return none_ref();
}

METHOD(bytearray_copy)
{
    ByteArrayObject *b = (ByteArrayObject *)self;
    return bytearray_from(b->data, b->size);
}

static int bytearray_setitem(Object *self, Object *key, Object *value)
{
    ByteArrayObject *b = (ByteArrayObject *)self;
    if (slice_check(key)) {
        int64_t start, stop, step;
        if (!slice_unpack(key, &start, &stop, &step))
            return -1;
        if (value && !bytes_check(value) && !bytearray_check(value) &&
            value->type != &MemoryViewType && (!value->type->iter || str_check(value))) {
            err_set_string(&Exc_TypeError, "can assign only bytes, buffers, or iterables of ints "
                                           "in range(0, 256)");
            return -1;
        }
        Buf buf;
        buf_init(&buf);
        if (value && !collect_bytes("bytearray", value, NULL, NULL, &buf)) {
            buf_free(&buf);
            return -1;
        }
        /* (the size after __index__ and the iteration ran, which may have changed it) */
        int64_t count = slice_adjust((int64_t)b->size, &start, &stop, step);
        if (step != 1) {
            /* (nothing to put in deletes the slice, as in CPython) */
            bool deleting = !value || buf.len == 0;
            if (!deleting && (int64_t)buf.len != count) {
                size_t given = buf.len;
                buf_free(&buf);
                err_format(&Exc_ValueError, "attempt to assign bytes of size %zu to extended "
                                            "slice of size %lld", given, (long long)count);
                return -1;
            }
            if (!deleting) {
                for (int64_t i = 0, k = start; i < count; i++, k += step)
                    b->data[k] = buf.data[i];
            } else {
                /* delete the selected items */
                char *keep = mem_alloc(b->size + 1);
                size_t n = 0;
                for (size_t i = 0; i < b->size; i++) {
                    bool selected = step > 0 ? ((int64_t)i >= start && (int64_t)i < stop &&
                                                ((int64_t)i - start) % step == 0)
                                             : ((int64_t)i <= start && (int64_t)i > stop &&
                                                (start - (int64_t)i) % (-step) == 0);
                    if (!selected)
                        keep[n++] = b->data[i];
                }
                memcpy(b->data, keep, n);
                mem_free(keep, b->size + 1);
                b->size = n;
                b->data[n] = '\0';
            }
            buf_free(&buf);
            return 0;
        }
        if (stop < start)
            stop = start;
        size_t old = (size_t)(stop - start);
        size_t new_size = b->size - old + buf.len;
        bytearray_reserve(b, new_size);
        memmove(b->data + start + buf.len, b->data + stop, b->size - (size_t)stop);
        if (buf.len)
            memcpy(b->data + start, buf.data, buf.len);
        b->size = new_size;
        b->data[new_size] = '\0';
        buf_free(&buf);
        return 0;
    }
    int64_t i = obj_as_subscript_index(key);
    if (i == -1 && err_occurred())
        return -1;
    /* the value's __index__ runs before the size is looked at (it may change it) */
    char c;
    if (value && !byte_value(value, &c))
        return -1;
    if (!index_adjust(&i, (int64_t)b->size)) {
        err_set_string(&Exc_IndexError, "bytearray index out of range");
        return -1;
    }
    if (!value) {
        memmove(b->data + i, b->data + i + 1, b->size - (size_t)i - 1);
        b->size--;
        b->data[b->size] = '\0';
        return 0;
    }
    b->data[i] = c;
    return 0;
}

static Object *bytearray_iconcat(Object *self, Object *other)
{
    /* += takes bytes-like objects only (extend() takes any iterable of ints) */
    if (!bytes_check(other) && !bytearray_check(other) && other->type != &MemoryViewType)
        return err_format(&Exc_TypeError, "can't concat %s to bytearray", obj_type_name(other));
    Object *r = bytearray_extend(self, &other, 1, NULL);
    if (!r)
        return NULL;
    DECREF(r);
    return NEWREF(self);
}

/* sys.getsizeof: CPython's figure */
static Object *bytearray_sizeof(Object *self, Object *const *args, size_t nargs, TupleObject *kw)
{
    size_t n = ((ByteArrayObject *)self)->size;
    return int_from_i64(56 + (n ? (int64_t)n + 1 : 0));
}

static const MethodDef bytearray_methods[] = {
    { "__sizeof__", bytearray_sizeof, 0 },
    { "append", bytearray_append, 0 },
    { "extend", bytearray_extend, 0 },
    { "pop", bytearray_pop, 0 },
    { "clear", bytearray_clear, 0 },
    { "reverse", bytearray_reverse, 0 },
    { "copy", bytearray_copy, 0 },
    { "insert", bytearray_insert_method, 0 },
    { "remove", bytearray_remove_method, 0 },
    { "decode", bytes_decode_method, 0 },
    { "hex", bytes_hex, 0 },
    { "fromhex", bytes_fromhex, METH_CLASS },
    { "join", bytes_join, 0 },
    { "split", bytes_split, 0 },
    { "strip", bytes_strip, 0 },
    { "lstrip", bytes_lstrip, 0 },
    { "rstrip", bytes_rstrip, 0 },
    { "startswith", bytes_startswith, 0 },
    { "endswith", bytes_endswith, 0 },
    { "replace", bytes_replace, 0 },
    { "upper", bytes_upper, 0 },
    { "lower", bytes_lower, 0 },
    { "isdigit", bytes_isdigit, 0 },
    { "isalpha", bytes_isalpha, 0 },
    { "isalnum", bytes_isalnum, 0 },
    { "isspace", bytes_isspace, 0 },
    BYTES_SHARED_METHODS
    { NULL, NULL, 0 },
};

Type ByteArrayType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "bytearray",
    .basicsize = sizeof(ByteArrayObject),
    .flags = TYPE_BASETYPE,
    .dealloc = bytearray_dealloc,
    .repr = bytearray_repr,
    .number = { [BINOP_MOD] = bytes_mod },
    .hash = obj_hash_unhashable,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .new_ = bytearray_new,
    .init = bytearray_init,
    .concat = bytes_concat,
    .repeat = bytes_repeat,
    .inplace_concat = bytearray_iconcat,
    .length = bytes_len,
    .getitem = bytes_getitem,
    .setitem = bytearray_setitem,
    .contains = bytes_contains,
    .methods = bytearray_methods,
};

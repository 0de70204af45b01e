/* codec_escape.c - the 'unicode_escape' and 'raw_unicode_escape' codecs
 * (see bytes.h): text as ASCII bytes holding Python's backslash escapes.
 *
 * Decoding reads every byte that is not part of an escape as a Latin-1
 * character.  'unicode_escape' knows the escapes of a string literal
 * (\n, \x41, \101, \u00e9, \N{name}...); 'raw_unicode_escape' only \u and
 * \U, and only after an odd number of backslashes, as in a raw literal. */
#include "runtime.h"
#include "hexdigit.h"
#include "unicode_names.h"
#include "objects/codec_errors.h"

#include <stdio.h>

enum { ESCAPE_NOTHING = -1 };   /* a line continuation: no character */

/* What one escape, starting at the backslash data[at], decodes to. */
typedef struct {
    long cp;                /* the character, or ESCAPE_NOTHING */
    size_t next;            /* where decoding goes on (the end of the bad bytes on an error) */
    const char *reason;     /* why the escape is malformed, or NULL */
    bool deprecated;        /* an unknown escape, or an octal one above \377 */
} Escape;

/* The `digits` hex digits at data[from]; a short run is truncated, and the
   bad bytes end after the digits there are. */
static Escape hex_escape(const char *data, size_t size, size_t from, int digits,
                         const char *truncated)
{
    Escape e = { .next = from };
    for (int k = 0; k < digits; k++, e.next++) {
        int d = e.next < size ? hex_digit_value(data[e.next]) : -1;
        if (d < 0) {
            e.reason = truncated;
            return e;
        }
        e.cp = e.cp * 16 + d;
    }
    return e;
}

/* \N{name}, the N at data[from - 1]. */
static Escape named_escape(const char *data, size_t size, size_t from)
{
    Escape e = { .next = from, .reason = "malformed \\N character escape" };
    if (from >= size || data[from] != '{')
        return e;
    const char *close = memchr(data + from + 1, '}', size - from - 1);
    if (!close) {
        e.next = size;
        return e;
    }
    e.next = (size_t)(close - data);
    if (e.next == from + 1)
        return e;       /* \N{} */
    e.cp = unicode_name_lookup(data + from + 1, e.next - from - 1);
    e.next++;
    e.reason = e.cp < 0 ? "unknown Unicode character name" : NULL;
    return e;
}

/* The character of a one-letter escape such as \n, or -1. */
static int single_escape(char c)
{
    switch (c) {
    case '\\': case '\'': case '"': return c;
    case 'a': return '\a';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'v': return '\v';
    default: return -1;
    }
}

static Escape literal_escape(const char *data, size_t size, size_t at)
{
    if (at + 1 >= size)
        return (Escape){ .next = size, .reason = "\\ at end of string" };
    char c = data[at + 1];
    size_t from = at + 2;
    if (single_escape(c) >= 0)
        return (Escape){ .cp = single_escape(c), .next = from };
    switch (c) {
    case '\n':
        return (Escape){ .cp = ESCAPE_NOTHING, .next = from };
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        Escape e = { .cp = c - '0', .next = from };
        for (int k = 0; k < 2 && e.next < size && data[e.next] >= '0' && data[e.next] <= '7'; k++)
            e.cp = e.cp * 8 + (data[e.next++] - '0');
        e.deprecated = e.cp > 0377;
        return e;
    }
    case 'x':
        return hex_escape(data, size, from, 2, "truncated \\xXX escape");
    case 'u':
        return hex_escape(data, size, from, 4, "truncated \\uXXXX escape");
    case 'U': {
        Escape e = hex_escape(data, size, from, 8, "truncated \\UXXXXXXXX escape");
        if (!e.reason && e.cp > 0x10FFFF)
            e.reason = "illegal Unicode character";
        return e;
    }
    case 'N':
        return named_escape(data, size, from);
    default:
        /* an unknown escape is kept: the backslash, then the character as itself */
        return (Escape){ .cp = '\\', .next = at + 1, .deprecated = true };
    }
}

/* A \u or \U escape of raw_unicode_escape, the backslash at data[at]. */
static Escape raw_escape(const char *data, size_t size, size_t at)
{
    bool wide = data[at + 1] == 'U';
    Escape e = hex_escape(data, size, at + 2, wide ? 8 : 4,
                          wide ? "truncated \\UXXXXXXXX escape" : "truncated \\uXXXX escape");
    if (!e.reason && e.cp > 0x10FFFF)
        e.reason = "\\Uxxxxxxxx out of range";
    return e;
}

static void put_codepoint(Buf *b, uint32_t cp)
{
    char enc[4];
    buf_append(b, enc, (size_t)utf8_encode(cp, enc));
}

/* Python warns of the first deprecated escape once the whole text is decoded. */
static int warn_deprecated_escape(const char *data, const Escape *e)
{
    char message[64];
    if (e->cp == '\\') {
        char escaped[5] = { 0 };    /* the byte after the backslash, as a Latin-1 character */
        utf8_encode((unsigned char)data[e->next], escaped);
        snprintf(message, sizeof message, "invalid escape sequence '\\%s'", escaped);
    } else {
        snprintf(message, sizeof message, "invalid octal escape sequence '\\%lo'", e->cp);
    }
    return err_warn(&Exc_DeprecationWarning, message);
}

/* Whether the backslash data[i] begins an escape; backslash_run counts the
   backslashes just before it. */
static bool begins_escape(const char *data, size_t size, size_t i, bool raw, size_t backslash_run)
{
    if (!raw)
        return true;
    return backslash_run % 2 == 0 && i + 1 < size && (data[i + 1] == 'u' || data[i + 1] == 'U');
}

static Object *finish_decoding(Buf *b, CodecErrors *ce, bool ok)
{
    Object *r = ok ? str_from_utf8(b->data ? b->data : "", b->len) : NULL;
    buf_free(b);
    codec_errors_done(ce);
    return r;
}

Object *escape_codec_decode(const char *data, size_t size, bool raw, const char *errors)
{
    CodecForm form = { .name = raw ? "rawunicodeescape" : "unicodeescape", .unit = 1,
                       .limit = 0x80 };
    CodecErrors ce;
    codec_errors_init(&ce, form, errors);
    Buf b;
    buf_init(&b);
    Escape first_deprecated = { .deprecated = false };
    size_t i = 0, backslash_run = 0;
    while (i < size) {
        char c = data[i];
        if (c != '\\' || !begins_escape(data, size, i, raw, backslash_run)) {
            backslash_run = c == '\\' ? backslash_run + 1 : 0;
            put_codepoint(&b, (unsigned char)c);
            i++;
            continue;
        }
        backslash_run = 0;
        Escape e = raw ? raw_escape(data, size, i) : literal_escape(data, size, i);
        if (e.reason) {
            int64_t resume = codec_decode_error(&ce, data, size, i, e.next, e.reason, &b);
            if (resume < 0)
                return finish_decoding(&b, &ce, false);
            i = (size_t)resume;
            continue;
        }
        if (e.cp != ESCAPE_NOTHING)
            put_codepoint(&b, (uint32_t)e.cp);
        if (e.deprecated && !first_deprecated.deprecated)
            first_deprecated = e;
        i = e.next;
    }
    bool warned_ok = !first_deprecated.deprecated ||
                     warn_deprecated_escape(data, &first_deprecated) >= 0;
    return finish_decoding(&b, &ce, warned_ok);
}

Object *escape_codec_encode(Object *s, bool raw)
{
    Buf b;
    buf_init(&b);
    const char *p = str_data(s), *end = p + str_size(s);
    while (p < end) {
        uint32_t cp = utf8_decode(&p, end);
        if (raw && cp < 0x100)
            buf_putc(&b, (char)cp);
        else if (cp == '\\')
            buf_puts(&b, "\\\\");
        else if (cp == '\t' || cp == '\n' || cp == '\r')
            buf_puts(&b, cp == '\t' ? "\\t" : cp == '\n' ? "\\n" : "\\r");
        else if (cp < 0x20 || (cp >= 0x7F && cp < 0x100))
            buf_printf(&b, "\\x%02x", cp);
        else if (cp < 0x80)
            buf_putc(&b, (char)cp);
        else
            buf_printf(&b, cp < 0x10000 ? "\\u%04x" : "\\U%08x", cp);
    }
    Object *r = bytes_from(b.data ? b.data : "", b.len);
    buf_free(&b);
    return r;
}

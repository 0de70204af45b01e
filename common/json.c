/* json.c - JSON <-> MessagePack transcoding (see json.h).
 *
 * JSON -> MessagePack takes two passes over a token list, because a
 * MessagePack array or map starts with its element count, which JSON only
 * reveals at the closing bracket: pass 1 checks the syntax and counts the
 * elements of every container; pass 2 writes the MessagePack. */
#include "json.h"
#include "hexdigit.h"
#include "mpread.h"
#include "mpwrite.h"
#include "pyrepr.h"
#include "utf8.h"
#include "xalloc.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- JSON lexer ----------------------------------------------------------- */

typedef enum {
    J_LBRACE, J_RBRACE, J_LBRACK, J_RBRACK, J_COLON, J_COMMA,
    J_STR, J_NUM, J_TRUE, J_FALSE, J_NULL,
} JTokType;

typedef struct {
    JTokType type;
    bool is_float;          /* J_NUM: has a fraction or exponent */
    size_t start, len;      /* J_STR: the text between the quotes */
} JTok;

typedef struct {
    const char *text;
    size_t len;
    JTok *toks;
    size_t ntoks, cap;
    char *err;
    size_t errsize;
    bool failed;
} JLexer;

static void jfail_at(JLexer *lx, size_t pos, const char *fmt, ...)
{
    if (lx->failed)
        return;
    lx->failed = true;
    int line = 1, col = 1;
    for (size_t i = 0; i < pos && i < lx->len; i++) {
        if (lx->text[i] == '\n')
            line++, col = 1;
        else
            col++;
    }
    int n = snprintf(lx->err, lx->errsize, "JSON line %d column %d: ", line, col);
    if (n < 0 || (size_t)n >= lx->errsize)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(lx->err + n, lx->errsize - (size_t)n, fmt, ap);
    va_end(ap);
}

static void push_tok(JLexer *lx, JTokType type, size_t start, size_t len, bool is_float)
{
    if (lx->ntoks == lx->cap) {
        lx->cap = lx->cap ? lx->cap * 2 : 256;
        lx->toks = xrealloc(lx->toks, lx->cap * sizeof *lx->toks);
    }
    lx->toks[lx->ntoks++] = (JTok){ type, is_float, start, len };
}

static size_t lex_string(JLexer *lx, size_t i)
{
    size_t start = ++i;                     /* past the opening quote */
    while (i < lx->len && lx->text[i] != '"') {
        unsigned char c = (unsigned char)lx->text[i];
        if (c < 0x20) {
            jfail_at(lx, i, "control character in a string");
            return i;
        }
        if (c == '\\') {
            i += 2;
            continue;
        }
        if (c >= 0x80) {
            const char *p = lx->text + i;
            if (utf8_decode(&p, lx->text + lx->len) == UTF8_INVALID) {
                jfail_at(lx, i, "invalid UTF-8 in a string");
                return i;
            }
            i = (size_t)(p - lx->text);
            continue;
        }
        i++;
    }
    if (i >= lx->len) {
        jfail_at(lx, start - 1, "unterminated string");
        return i;
    }
    push_tok(lx, J_STR, start, i - start, false);
    return i + 1;
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static size_t lex_number(JLexer *lx, size_t i)
{
    size_t start = i;
    const char *t = lx->text;
    bool is_float = false;
    if (t[i] == '-')
        i++;
    if (i < lx->len && t[i] == '0')
        i++;
    else if (i < lx->len && is_digit(t[i]))
        while (i < lx->len && is_digit(t[i]))
            i++;
    else {
        jfail_at(lx, start, "bad number");
        return i;
    }
    if (i < lx->len && t[i] == '.') {
        is_float = true;
        i++;
        if (i >= lx->len || !is_digit(t[i])) {
            jfail_at(lx, start, "bad number");
            return i;
        }
        while (i < lx->len && is_digit(t[i]))
            i++;
    }
    if (i < lx->len && (t[i] == 'e' || t[i] == 'E')) {
        is_float = true;
        i++;
        if (i < lx->len && (t[i] == '+' || t[i] == '-'))
            i++;
        if (i >= lx->len || !is_digit(t[i])) {
            jfail_at(lx, start, "bad number");
            return i;
        }
        while (i < lx->len && is_digit(t[i]))
            i++;
    }
    push_tok(lx, J_NUM, start, i - start, is_float);
    return i;
}

static bool lex_word(JLexer *lx, size_t i, const char *word, JTokType type)
{
    size_t n = strlen(word);
    if (lx->len - i < n || memcmp(lx->text + i, word, n) != 0)
        return false;
    push_tok(lx, type, i, n, false);
    return true;
}

static void lex_all(JLexer *lx)
{
    size_t i = 0;
    while (i < lx->len && !lx->failed) {
        char c = lx->text[i];
        switch (c) {
        case ' ': case '\t': case '\n': case '\r': i++; continue;
        case '{': push_tok(lx, J_LBRACE, i++, 1, false); continue;
        case '}': push_tok(lx, J_RBRACE, i++, 1, false); continue;
        case '[': push_tok(lx, J_LBRACK, i++, 1, false); continue;
        case ']': push_tok(lx, J_RBRACK, i++, 1, false); continue;
        case ':': push_tok(lx, J_COLON, i++, 1, false); continue;
        case ',': push_tok(lx, J_COMMA, i++, 1, false); continue;
        case '"': i = lex_string(lx, i); continue;
        }
        if (c == '-' || is_digit(c)) {
            i = lex_number(lx, i);
        } else if (lex_word(lx, i, "true", J_TRUE)) {
            i += 4;
        } else if (lex_word(lx, i, "false", J_FALSE)) {
            i += 5;
        } else if (lex_word(lx, i, "null", J_NULL)) {
            i += 4;
        } else {
            jfail_at(lx, i, "unexpected character '%c'", c);
        }
    }
}

/* ---- pass 1: syntax and element counts ------------------------------------ */

typedef enum { TAG_NONE, TAG_BYTES, TAG_FLOAT } Tag;

typedef struct {
    uint32_t count;
    Tag tag;
} ContainerInfo;

typedef enum { EXPECT_VALUE, EXPECT_VALUE_OR_CLOSE, EXPECT_KEY, EXPECT_KEY_OR_CLOSE,
               EXPECT_COLON, EXPECT_COMMA_OR_CLOSE, EXPECT_END } Expect;

typedef struct {
    bool is_map;
    size_t open_tok;        /* index of its '{' or '[' */
    size_t ordinal;         /* index into the ContainerInfo array */
} Open;

static bool tok_is(const JLexer *lx, const JTok *t, const char *s)
{
    return t->type == J_STR && t->len == strlen(s) && memcmp(lx->text + t->start, s, t->len) == 0;
}

/* A one-pair map {"bytes": "..."} or {"float": "..."} spells a value JSON lacks. */
static Tag detect_tag(JLexer *lx, size_t open, size_t close, uint32_t count)
{
    if (count != 1 || close != open + 4)
        return TAG_NONE;
    const JTok *key = &lx->toks[open + 1], *value = &lx->toks[open + 3];
    if (value->type != J_STR)
        return TAG_NONE;
    if (tok_is(lx, key, "bytes"))
        return TAG_BYTES;
    if (tok_is(lx, key, "float")) {
        if (!tok_is(lx, value, "inf") && !tok_is(lx, value, "-inf") && !tok_is(lx, value, "nan"))
            jfail_at(lx, value->start, "{\"float\": ...} must be \"inf\", \"-inf\" or \"nan\"");
        return TAG_FLOAT;
    }
    return TAG_NONE;
}

static ContainerInfo *count_containers(JLexer *lx)
{
    size_t ninfo = 0, infocap = 16, depth = 0, stackcap = 16;
    ContainerInfo *info = xmalloc(infocap * sizeof *info);
    Open *stack = xmalloc(stackcap * sizeof *stack);
    Expect expect = EXPECT_VALUE;

    for (size_t i = 0; i < lx->ntoks && !lx->failed; i++) {
        const JTok *t = &lx->toks[i];
        bool closes = false;        /* t ends the innermost container */
        switch (expect) {
        case EXPECT_VALUE:
        case EXPECT_VALUE_OR_CLOSE:
            if (t->type == J_LBRACE || t->type == J_LBRACK) {
                if (ninfo == infocap)
                    info = xrealloc(info, (infocap *= 2) * sizeof *info);
                if (depth == stackcap)
                    stack = xrealloc(stack, (stackcap *= 2) * sizeof *stack);
                info[ninfo] = (ContainerInfo){ 0, TAG_NONE };
                stack[depth++] = (Open){ t->type == J_LBRACE, i, ninfo++ };
                expect = t->type == J_LBRACE ? EXPECT_KEY_OR_CLOSE : EXPECT_VALUE_OR_CLOSE;
                continue;
            }
            if (t->type == J_RBRACK && expect == EXPECT_VALUE_OR_CLOSE)
                closes = true;
            else if (t->type < J_STR) {
                jfail_at(lx, t->start, "expected a value");
                continue;
            }
            break;
        case EXPECT_KEY:
        case EXPECT_KEY_OR_CLOSE:
            if (t->type == J_RBRACE && expect == EXPECT_KEY_OR_CLOSE) {
                closes = true;
                break;
            }
            if (t->type != J_STR)
                jfail_at(lx, t->start, "expected a string key");
            expect = EXPECT_COLON;
            continue;
        case EXPECT_COLON:
            if (t->type != J_COLON)
                jfail_at(lx, t->start, "expected ':'");
            expect = EXPECT_VALUE;
            continue;
        case EXPECT_COMMA_OR_CLOSE:
            if (t->type == J_COMMA) {
                expect = stack[depth - 1].is_map ? EXPECT_KEY : EXPECT_VALUE;
                continue;
            }
            if (t->type != (stack[depth - 1].is_map ? J_RBRACE : J_RBRACK)) {
                jfail_at(lx, t->start, "expected ',' or '%c'", stack[depth - 1].is_map ? '}' : ']');
                continue;
            }
            closes = true;
            break;
        case EXPECT_END:
            jfail_at(lx, t->start, "extra data after the value");
            continue;
        }
        if (closes) {
            const Open *o = &stack[--depth];
            ContainerInfo *ci = &info[o->ordinal];
            ci->tag = o->is_map ? detect_tag(lx, o->open_tok, i, ci->count) : TAG_NONE;
        }
        /* a value (a scalar or a closed container) is complete */
        if (depth == 0) {
            expect = EXPECT_END;
        } else {
            info[stack[depth - 1].ordinal].count++;
            expect = EXPECT_COMMA_OR_CLOSE;
        }
    }
    if (!lx->failed && expect != EXPECT_END)
        jfail_at(lx, lx->len, lx->ntoks ? "unexpected end of JSON" : "no JSON value");
    free(stack);
    return info;
}

/* ---- pass 2: writing MessagePack ------------------------------------------- */

static long read_hex4(const char *p)
{
    long v = 0;
    for (int i = 0; i < 4; i++) {
        int h = hex_digit_value(p[i]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

/* Decodes the escapes of a string token into out (WTF-8). */
static void decode_string(JLexer *lx, const JTok *t, Buf *out)
{
    const char *p = lx->text + t->start, *end = p + t->len;
    out->len = 0;
    buf_reserve(out, t->len);
    while (p < end) {
        if (*p != '\\') {
            buf_putc(out, *p++);
            continue;
        }
        p++;
        char e = p < end ? *p++ : '?';
        switch (e) {
        case '"': buf_putc(out, '"'); continue;
        case '\\': buf_putc(out, '\\'); continue;
        case '/': buf_putc(out, '/'); continue;
        case 'b': buf_putc(out, '\b'); continue;
        case 'f': buf_putc(out, '\f'); continue;
        case 'n': buf_putc(out, '\n'); continue;
        case 'r': buf_putc(out, '\r'); continue;
        case 't': buf_putc(out, '\t'); continue;
        case 'u': break;
        default:
            jfail_at(lx, (size_t)(p - lx->text) - 2, "bad escape in a string");
            return;
        }
        long cp = end - p >= 4 ? read_hex4(p) : -1;
        if (cp < 0) {
            jfail_at(lx, (size_t)(p - lx->text) - 2, "bad \\u escape");
            return;
        }
        p += 4;
        /* a surrogate pair is one character; a lone surrogate stays one (WTF-8) */
        if (cp >= 0xD800 && cp <= 0xDBFF && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
            long low = read_hex4(p + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                p += 6;
            }
        }
        char enc[4];
        buf_append(out, enc, (size_t)utf8_encode((uint32_t)cp, enc));
    }
}

static void write_number(JLexer *lx, const JTok *t, MpWriter *w)
{
    char tmp[64];
    if (t->len >= sizeof tmp) {
        if (t->is_float) {
            char *copy = xstrndup(lx->text + t->start, t->len);
            msgpack_pack_double(&w->pk, strtod(copy, NULL));
            free(copy);
        } else {
            jfail_at(lx, t->start, "integer too large (integers beyond 64 bits are written {\"int\": \"digits\"})");
        }
        return;
    }
    memcpy(tmp, lx->text + t->start, t->len);
    tmp[t->len] = '\0';
    if (t->is_float) {
        msgpack_pack_double(&w->pk, strtod(tmp, NULL));
        return;
    }
    errno = 0;
    if (tmp[0] == '-') {
        long long v = strtoll(tmp, NULL, 10);
        if (errno == 0) {
            msgpack_pack_int64(&w->pk, v);
            return;
        }
    } else {
        unsigned long long v = strtoull(tmp, NULL, 10);
        if (errno == 0) {
            msgpack_pack_uint64(&w->pk, v);
            return;
        }
    }
    jfail_at(lx, t->start, "integer too large (integers beyond 64 bits are written {\"int\": \"digits\"})");
}

static void write_tagged(JLexer *lx, Tag tag, const JTok *value, MpWriter *w, Buf *scratch)
{
    decode_string(lx, value, scratch);
    if (tag == TAG_FLOAT) {
        double d = strcmp(scratch->data, "nan") == 0 ? NAN
                 : strcmp(scratch->data, "inf") == 0 ? INFINITY : -INFINITY;
        msgpack_pack_double(&w->pk, d);
        return;
    }
    if (scratch->len % 2 != 0) {
        jfail_at(lx, value->start, "{\"bytes\": ...} needs an even number of hex digits");
        return;
    }
    size_t n = scratch->len / 2;
    msgpack_pack_bin(&w->pk, n);
    for (size_t i = 0; i < n; i++) {
        int hi = hex_digit_value(scratch->data[2 * i]), lo = hex_digit_value(scratch->data[2 * i + 1]);
        if (hi < 0 || lo < 0) {
            jfail_at(lx, value->start, "{\"bytes\": ...} holds a non-hex digit");
            return;
        }
        char byte = (char)(hi * 16 + lo);
        msgpack_pack_bin_body(&w->pk, &byte, 1);
    }
}

static void write_all(JLexer *lx, const ContainerInfo *info, MpWriter *w)
{
    size_t ordinal = 0;
    Buf scratch;
    buf_init(&scratch);
    for (size_t i = 0; i < lx->ntoks && !lx->failed; i++) {
        const JTok *t = &lx->toks[i];
        switch (t->type) {
        case J_LBRACE: {
            const ContainerInfo *ci = &info[ordinal++];
            if (ci->tag != TAG_NONE) {
                write_tagged(lx, ci->tag, &lx->toks[i + 3], w, &scratch);
                i += 4;
            } else {
                msgpack_pack_map(&w->pk, ci->count);
            }
            break;
        }
        case J_LBRACK: msgpack_pack_array(&w->pk, info[ordinal++].count); break;
        case J_STR:
            decode_string(lx, t, &scratch);
            msgpack_pack_str(&w->pk, scratch.len);
            msgpack_pack_str_body(&w->pk, scratch.data, scratch.len);
            break;
        case J_NUM: write_number(lx, t, w); break;
        case J_TRUE: msgpack_pack_true(&w->pk); break;
        case J_FALSE: msgpack_pack_false(&w->pk); break;
        case J_NULL: msgpack_pack_nil(&w->pk); break;
        default: break;         /* punctuation carries no data */
        }
    }
    buf_free(&scratch);
}

bool json_to_msgpack(const char *text, size_t len, Buf *out, char *err, size_t errsize)
{
    JLexer lx = { text, len, NULL, 0, 0, err, errsize, false };
    if (errsize)
        err[0] = '\0';
    lex_all(&lx);
    ContainerInfo *info = lx.failed ? NULL : count_containers(&lx);
    if (!lx.failed) {
        MpWriter w;
        mpw_init_memory(&w);
        write_all(&lx, info, &w);
        if (!lx.failed)
            buf_append(out, w.buf.data, w.buf.len);
        mpw_free(&w);
    }
    free(info);
    free(lx.toks);
    return !lx.failed;
}

/* ---- MessagePack -> JSON ---------------------------------------------------- */

static void json_string(Buf *out, const char *s, size_t n)
{
    buf_putc(out, '"');
    const char *p = s, *end = s + n;
    while (p < end) {
        const char *start = p;
        uint32_t c = utf8_decode(&p, end);
        switch (c) {
        case '"': buf_puts(out, "\\\""); continue;
        case '\\': buf_puts(out, "\\\\"); continue;
        case '\n': buf_puts(out, "\\n"); continue;
        case '\r': buf_puts(out, "\\r"); continue;
        case '\t': buf_puts(out, "\\t"); continue;
        case '\b': buf_puts(out, "\\b"); continue;
        case '\f': buf_puts(out, "\\f"); continue;
        }
        if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF))
            buf_printf(out, "\\u%04x", c);
        else
            buf_append(out, start, (size_t)(p - start));
    }
    buf_putc(out, '"');
}

enum { LINE_WIDTH = 100 };

/* The width of the value at r written on one line, or more than `limit` if
 * it is wider (the walk stops there, so this costs at most O(limit)). */
static size_t one_line_width(const MpReader *r, size_t limit)
{
    MpReader look = *r;
    size_t width = 0;
    uint64_t pending = 1;
    while (pending > 0 && width <= limit && !mp_failed(&look)) {
        pending--;
        switch (mp_peek(&look)) {
        case MP_ARRAY: {
            uint32_t n = mp_read_array(&look);
            width += 2 + (n ? 2 * (n - 1) : 0);
            pending += n;
            break;
        }
        case MP_MAP: {
            uint32_t n = mp_read_map(&look);
            width += 2 + (n ? 2 * (n - 1) : 0) + 2 * n;
            pending += 2 * (uint64_t)n;
            break;
        }
        case MP_STR: {
            MpStr s = mp_read_str(&look);
            width += s.len + 2;
            break;
        }
        case MP_BIN: width += 14 + 2 * (size_t)mp_read_bin(&look).len; break;
        case MP_FLOAT: {
            char tmp[PYREPR_FLOAT_MAX];
            pyrepr_float(mp_read_float(&look), tmp);
            width += strlen(tmp);
            break;
        }
        case MP_INT: {
            char tmp[24];
            width += *look.p == 0xcf ? (size_t)snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)mp_read_uint(&look))
                                     : (size_t)snprintf(tmp, sizeof tmp, "%lld", (long long)mp_read_int(&look));
            break;
        }
        case MP_NIL: width += 4; mp_skip(&look); break;
        default: width += 5; mp_skip(&look); break;
        }
    }
    return width;
}

/* Indentation stops growing at MAX_INDENT levels, so that pathologically deep
 * data gives output linear in its size rather than quadratic. */
enum { MAX_INDENT = 64 };

static void indent(Buf *out, size_t depth)
{
    buf_putc(out, '\n');
    for (size_t i = 0; i < depth && i < MAX_INDENT; i++)
        buf_puts(out, "  ");
}

typedef struct {
    bool is_map;
    bool one_line;
    bool first;
    uint64_t remaining;     /* values left (a map's keys and values both count) */
} Frame;

/* Writes a scalar, or opens a container (filling *frame); returns true if
 * it opened a container.  A container goes on one line if it fits in the
 * line width, or if its parent is on one line. */
static bool json_value(MpReader *r, Buf *out, Frame *frame, size_t depth, bool in_one_line,
                       char *err, size_t errsize)
{
    MpType t = mp_peek(r);
    switch (t) {
    case MP_NIL: mp_read_nil(r); buf_puts(out, "null"); return false;
    case MP_BOOL: buf_puts(out, mp_read_bool(r) ? "true" : "false"); return false;
    case MP_INT:
        if (*r->p == 0xcf)
            buf_printf(out, "%llu", (unsigned long long)mp_read_uint(r));
        else
            buf_printf(out, "%lld", (long long)mp_read_int(r));
        return false;
    case MP_FLOAT: {
        double d = mp_read_float(r);
        char tmp[PYREPR_FLOAT_MAX];
        pyrepr_float(d, tmp);
        if (isfinite(d))
            buf_puts(out, tmp);
        else
            buf_printf(out, "{\"float\": \"%s\"}", tmp);
        return false;
    }
    case MP_STR: {
        MpStr s = mp_read_str(r);
        if (!utf8_valid_wtf8(s.ptr, s.len))
            snprintf(err, errsize, "invalid UTF-8 in a string at byte %zu", mp_offset(r));
        json_string(out, s.ptr, s.len);
        return false;
    }
    case MP_BIN: {
        MpStr b = mp_read_bin(r);
        buf_puts(out, "{\"bytes\": \"");
        for (uint32_t i = 0; i < b.len; i++)
            buf_printf(out, "%02x", (unsigned char)b.ptr[i]);
        buf_puts(out, "\"}");
        return false;
    }
    case MP_ARRAY:
    case MP_MAP: {
        size_t room = LINE_WIDTH > 2 * depth ? LINE_WIDTH - 2 * depth : 20;
        bool one_line = in_one_line || one_line_width(r, room) <= room;
        bool is_map = t == MP_MAP;
        uint64_t n = is_map ? 2 * (uint64_t)mp_read_map(r) : mp_read_array(r);
        if (n == 0) {
            buf_puts(out, is_map ? "{}" : "[]");
            return false;
        }
        buf_putc(out, is_map ? '{' : '[');
        *frame = (Frame){ is_map, one_line, true, n };
        return true;
    }
    case MP_EXT:
        snprintf(err, errsize, "MessagePack ext values are not used in artifacts (byte %zu)",
                 mp_offset(r));
        mp_fail(r, "ext");
        return false;
    case MP_INVALID:
        mp_skip(r);         /* records the error */
        return false;
    }
    return false;
}

bool msgpack_to_json(const void *data, size_t len, Buf *out, char *err, size_t errsize)
{
    MpReader r;
    mp_reader_init(&r, data, len);
    err[0] = '\0';
    size_t depth = 0, cap = 16;
    Frame *stack = xmalloc(cap * sizeof *stack);
    if (json_value(&r, out, &stack[0], 0, false, err, errsize))
        depth = 1;
    while (depth > 0 && !mp_failed(&r) && !err[0]) {
        Frame *f = &stack[depth - 1];
        if (f->remaining == 0) {
            depth--;
            if (!f->one_line)
                indent(out, depth);
            buf_putc(out, f->is_map ? '}' : ']');
            continue;
        }
        if (!f->first)
            buf_putc(out, ',');
        if (f->one_line) {
            if (!f->first)
                buf_putc(out, ' ');
        } else {
            indent(out, depth);
        }
        f->first = false;
        if (f->is_map) {
            if (mp_peek(&r) != MP_STR) {
                snprintf(err, errsize, "a map key is not a string (byte %zu)", mp_offset(&r));
                break;
            }
            MpStr key = mp_read_str(&r);
            json_string(out, key.ptr, key.len);
            buf_puts(out, ": ");
            f->remaining--;
        }
        f->remaining--;
        bool parent_one_line = f->one_line;
        if (depth == cap)
            stack = xrealloc(stack, (cap *= 2) * sizeof *stack);
        if (json_value(&r, out, &stack[depth], depth, parent_one_line, err, errsize))
            depth++;
    }
    free(stack);
    if (!err[0] && mp_failed(&r))
        snprintf(err, errsize, "%s", r.error);
    if (!err[0] && !mp_at_end(&r))
        snprintf(err, errsize, "extra bytes after the value (byte %zu)", mp_offset(&r));
    buf_putc(out, '\n');
    return !err[0];
}

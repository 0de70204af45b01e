/* source.c - decoding a Python file (see source.h). */
#include "source.h"
#include "encodings.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Python's UTF-8 decoder, to say where and why a text is not UTF-8:
 * returns true, or false with the offset of the bad byte and the reason. */
static bool utf8_check(const unsigned char *s, size_t n, size_t *bad, const char **why)
{
    size_t i = 0;
    while (i < n) {
        uint64_t eight;                         /* ASCII goes eight bytes at a time */
        if (i + 8 <= n && (memcpy(&eight, s + i, 8), (eight & 0x8080808080808080u) == 0)) {
            i += 8;
            continue;
        }
        unsigned char c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        int extra;
        unsigned char lo = 0x80, hi = 0xBF;     /* the range of the second byte */
        if (c >= 0xC2 && c <= 0xDF)
            extra = 1;
        else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            lo = c == 0xE0 ? 0xA0 : 0x80;       /* no overlong forms, */
            hi = c == 0xED ? 0x9F : 0xBF;       /* no surrogates */
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            *bad = i;
            *why = "invalid start byte";
            return false;
        }
        for (int k = 1; k <= extra; k++) {
            if (i + (size_t)k >= n) {
                *bad = i;
                *why = "unexpected end of data";
                return false;
            }
            unsigned char b = s[i + (size_t)k];
            if (k == 1 ? b < lo || b > hi : (b & 0xC0) != 0x80) {
                *bad = i;
                *why = "invalid continuation byte";
                return false;
            }
        }
        i += (size_t)extra + 1;
    }
    return true;
}

/* ---- coding declarations ----------------------------------------------------- */

static bool is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\f';
}

static bool is_name_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '_' || c == '.';
}

/* The encoding named on a comment line, as tokenize's cookie_re finds it:
 * `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`.  Returns false if none. */
static bool find_cookie(const char *line, size_t n, char *name, size_t size)
{
    const char *p = line, *end = line + n;
    while (p < end && is_blank(*p))
        p++;
    if (p == end || *p != '#')
        return false;
    for (; p + 7 <= end && *p != '\n'; p++) {
        if (memcmp(p, "coding", 6) != 0 || (p[6] != ':' && p[6] != '='))
            continue;
        const char *q = p + 7;
        while (q < end && (*q == ' ' || *q == '\t'))
            q++;
        const char *start = q;
        while (q < end && is_name_char(*q))
            q++;
        if (q > start) {
            snprintf(name, size, "%.*s", (int)(q - start), start);
            return true;
        }
    }
    return false;
}

/* tokenize's blank_re: only blanks, then a comment, a line end or nothing. */
static bool is_blank_or_comment(const char *line, size_t n)
{
    size_t i = 0;
    while (i < n && is_blank(line[i]))
        i++;
    return i == n || line[i] == '#' || line[i] == '\r' || line[i] == '\n';
}

static bool prefix_is(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* tokenize's _get_normal_name (and CPython's get_normal_name). */
static void normal_name(const char *name, char *out, size_t size)
{
    char enc[13];
    size_t i = 0;
    for (; name[i] && i < 12; i++)
        enc[i] = name[i] == '_' ? '-' : (char)(name[i] >= 'A' && name[i] <= 'Z' ? name[i] + 32 : name[i]);
    enc[i] = '\0';
    if (strcmp(enc, "utf-8") == 0 || prefix_is(enc, "utf-8-"))
        snprintf(out, size, "utf-8");
    else if (strcmp(enc, "latin-1") == 0 || strcmp(enc, "iso-8859-1") == 0 ||
             strcmp(enc, "iso-latin-1") == 0 || prefix_is(enc, "latin-1-") ||
             prefix_is(enc, "iso-8859-1-") || prefix_is(enc, "iso-latin-1-"))
        snprintf(out, size, "iso-8859-1");
    else
        snprintf(out, size, "%s", name);
}

/* The length of the line at p (with its '\n'; in the parser view a '\r'
 * also ends a line). */
static size_t line_length(const char *p, const char *end, LexView view)
{
    const char *q = p;
    while (q < end && *q != '\n' && !(view == VIEW_PARSER && *q == '\r'))
        q++;
    if (q < end)
        q += *q == '\r' && q + 1 < end && q[1] == '\n' ? 2 : 1;
    return (size_t)(q - p);
}

/* 1-based line of the byte at offset `at`. */
static int line_of(const char *text, size_t at)
{
    int line = 1;
    for (size_t i = 0; i < at; i++)
        line += text[i] == '\n';
    return line;
}

typedef struct Declaration {
    bool found;
    char name[64];              /* normalised as above */
    const Codec *codec;
} Declaration;

/* Looks for a declaration on one of the first two lines; false on error. */
static bool check_line(const char *line, size_t n, LexView view, bool bom, const char *filename,
                       Declaration *decl, LexError *err)
{
    size_t bad;
    const char *why;
    char raw[64];
    if (view == VIEW_TOKENIZE && !utf8_check((const unsigned char *)line, n, &bad, &why)) {
        lex_error_set(err, "SyntaxError", 0, 0, "invalid or missing encoding declaration for '%s'",
                      filename);
        return false;
    }
    if (!find_cookie(line, n, raw, sizeof raw))
        return true;
    normal_name(raw, decl->name, sizeof decl->name);
    CodecStatus status;
    decl->codec = codec_lookup(decl->name, &status);
    decl->found = true;
    if (status == CODEC_UNKNOWN) {
        lex_error_set(err, "SyntaxError", 0, 0, "unknown encoding: %s", decl->name);
        return false;
    }
    if (status == CODEC_NOT_READ) {
        lex_error_set(err, "SyntaxError", 0, 0,
                      "encoding '%s' is known to Python but pytok does not read it", decl->name);
        return false;
    }
    if (bom && strcmp(decl->name, "utf-8") != 0) {
        if (view == VIEW_TOKENIZE)
            lex_error_set(err, "SyntaxError", 0, 0, "encoding problem for '%s': utf-8", filename);
        else
            lex_error_set(err, "SyntaxError", 0, 0, "encoding problem: %s with BOM", decl->name);
        return false;
    }
    return true;
}

/* PEP 263: a declaration on line 1, or on line 2 if line 1 holds nothing
 * but blanks or a comment. */
static bool find_declaration(const char *p, const char *end, LexView view, bool bom,
                             const char *filename, Declaration *decl, LexError *err)
{
    size_t n1 = line_length(p, end, view);
    if (!check_line(p, n1, view, bom, filename, decl, err))
        return false;
    if (decl->found || !is_blank_or_comment(p, n1) || p + n1 == end)
        return true;
    return check_line(p + n1, line_length(p + n1, end, view), view, bom, filename, decl, err);
}

static void not_utf8(const char *text, size_t n, size_t bad, const char *why, LexView view,
                     const Declaration *decl, bool bom, const char *filename, LexError *err)
{
    unsigned char byte = (unsigned char)text[bad];
    int line = line_of(text, bad);
    if (view == VIEW_TOKENIZE) {    /* tokenize decodes line by line */
        size_t line_start = bad;
        while (line_start > 0 && text[line_start - 1] != '\n')
            line_start--;
        lex_error_set(err, "UnicodeDecodeError", line, 0,
                      "'utf-8' codec can't decode byte 0x%02x in position %zu: %s", byte,
                      bad - line_start, why);
    } else if (!decl->found && !bom) {
        lex_error_set(err, "SyntaxError", line, 0,
                      "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no "
                      "encoding declared; see https://peps.python.org/pep-0263/ for details",
                      byte, filename, line);
    } else {
        lex_error_set(err, "SyntaxError", line, 0,
                      "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                      byte, bad, why);
    }
    (void)n;
}

int source_decode(Buf *file, LexView view, const char *filename, Source *src, LexError *err)
{
    memset(src, 0, sizeof *src);
    src->bytes = *file;
    buf_init(file);
    buf_reserve(&src->bytes, 2);
    src->bytes.data[src->bytes.len + 1] = '\0';     /* the second NUL */
    const char *p = src->bytes.data, *end = p + src->bytes.len;
    bool bom = end - p >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0;
    if (bom)
        p += 3;
    Declaration decl = { false, "", NULL };
    if (!find_declaration(p, end, view, bom, filename, &decl, err))
        return 1;
    snprintf(src->encoding, sizeof src->encoding, "%s", decl.found ? decl.name : "utf-8");

    size_t n = (size_t)(end - p), bad;
    const char *why;
    if (!decl.found || codec_is_utf8(decl.codec)) {
        if (!utf8_check((const unsigned char *)p, n, &bad, &why)) {
            not_utf8(p, n, bad, why, view, &decl, bom, filename, err);
            return 1;
        }
        src->text = p;
        src->len = n;
    } else {
        Buf text;
        buf_init(&text);
        if (!codec_decode(decl.codec, p, n, &text, &bad)) {
            lex_error_set(err, view == VIEW_TOKENIZE ? "UnicodeDecodeError" : "SyntaxError",
                          line_of(p, bad), 0, "'%s' codec can't decode byte 0x%02x in position %zu",
                          decl.codec->name, (unsigned char)p[bad], bad);
            buf_free(&text);
            return 1;
        }
        buf_reserve(&text, 2);
        text.data[text.len + 1] = '\0';
        buf_free(&src->bytes);
        src->bytes = text;
        src->text = text.data;
        src->len = text.len;
    }
    if (view == VIEW_PARSER) {
        const char *nul = memchr(src->text, '\0', src->len);
        if (nul) {
            size_t at = (size_t)(nul - src->text), line_start = at;
            while (line_start > 0 && src->text[line_start - 1] != '\n')
                line_start--;
            lex_error_set(err, "SyntaxError", line_of(src->text, at), (int)(at - line_start) + 1,
                          "source code cannot contain null bytes");
            return 1;
        }
    }
    return 0;
}

void source_free(Source *src)
{
    buf_free(&src->bytes);
}

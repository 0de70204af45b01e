/* fstring.c - the pieces of an f-string (parser view, docs/formats.md §4).
 *
 * Python 3.11 scans an f-string as one STRING token; its parser then splits
 * the text between the quotes into literal text and replacement fields
 * `{expr=!r:spec}`, and parses each expression.  pytok does the splitting
 * and tokenizes each expression with the same scanner, so that pyparse
 * never reads source text.  The splitting follows CPython 3.11's
 * (Parser/string_parser.c) step by step, so that it finds the same fields
 * and rejects the same f-strings with the same messages:
 *
 *   - `{{` and `}}` are literal braces (not inside a format spec);
 *   - in a non-raw f-string, the braces of `\N{NAME}` are literal;
 *   - an expression ends at a '!', ':', '=' or '}' outside brackets and
 *     strings ('!=', '==', '<=', '>=' do not end it);
 *   - no backslash and no '#' anywhere in an expression;
 *   - a format spec may hold fields, but theirs may not. */
#include "lexer_impl.h"
#include "mpbytes.h"
#include "tokfile.h"
#include "xalloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct FString {
    Lexer *lx;
    LexError *err;              /* where an error goes */
    const char *start, *end;    /* the whole token */
    int line;                   /* where it starts */
    const char *line_start;
    bool raw;
} FString;

/* The line (and its first byte) of p, a byte of the token. */
static void locate(const FString *fs, const char *p, int *line, const char **line_start)
{
    *line = fs->line;
    *line_start = fs->line_start;
    for (const char *q = fs->start; q < p; q++)
        if ((*q == '\n' || *q == '\r') && lex_is_line_end(fs->lx, q + 1)) {
            ++*line;
            *line_start = q + 1;
        }
}

/* CPython reports an f-string's errors just after the string.  Returns 1. */
__attribute__((format(printf, 2, 3)))
static int fail(const FString *fs, const char *fmt, ...)
{
    char message[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    int line;
    const char *line_start;
    locate(fs, fs->end, &line, &line_start);
    lex_error_at(fs->lx, fs->err, "SyntaxError", line, line_start, fs->end + 1, "%s", message);
    return 1;
}

/* ---- an expression's tokens ------------------------------------------------------ */

/* Scans the expression [s, e) with a lexer of its own, in the parser view,
 * as if between brackets (line ends are NLs), placing its tokens where the
 * expression is in the file.  Appends the token list to out. */
static int expression_tokens(const FString *fs, const char *s, const char *e, Buf *out)
{
    Lexer *parent = fs->lx;
    int line;
    const char *line_start;
    locate(fs, s, &line, &line_start);
    bool first_line = line == 1 && parent->expression;

    size_t n = (size_t)(e - s);
    char *copy = xmalloc(n + 2);            /* flex wants two NULs at the end */
    memcpy(copy, s, n);
    copy[n] = copy[n + 1] = '\0';
    TokenList list = { { NULL, 0, 0 }, 0, true, NULL };
    Lexer sub;
    lexer_init(&sub, VIEW_PARSER, copy, n, tokfile_add, &list, fs->err);
    sub.expression = true;
    sub.base_line = line + parent->base_line - 1;
    sub.base_col = (int)(s - line_start) + (first_line ? parent->base_col : 0);
    sub.base_chars = lex_chars(line_start, s) + (first_line ? parent->base_chars : 0);
    int status = lexer_run(&sub);
    lexer_free(&sub);
    if (status == 0) {
        mp_add_array(out, list.count);
        buf_append(out, list.bytes.data, list.bytes.len);
    }
    buf_free(&list.bytes);
    free(copy);
    return status;
}

/* ---- literal text ---------------------------------------------------------------- */

/* Literal text from *str up to a '{' that starts a field, a '}' that ends
 * a format spec, or the end; appended to lit.  A doubled brace (at the top
 * level) ends the text after its first brace: returns 1 to go on. */
static int literal(const FString *fs, const char **str, const char *end, int level, Buf *lit)
{
    const char *s = *str, *start = s, *stop;
    int result = 0;
    for (;;) {
        if (s >= end) {
            stop = *str = s;
            break;
        }
        char ch = *s++;
        if (!fs->raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {                /* \N{...}: its braces are text */
                if (s < end && *s++ == '{')
                    while (s < end && *s++ != '}')
                        ;
                continue;
            }
            /* any other escaped character is looked at as itself: `\{`
             * still starts a field (CPython warns about the escape) */
        }
        if (ch != '{' && ch != '}')
            continue;
        if (level == 0) {
            if (s < end && *s == ch) {      /* {{ or }} */
                stop = s;
                *str = s + 1;
                result = 1;
                break;
            }
            if (ch == '}')
                return -fail(fs, "f-string: single '}' is not allowed");
        }
        stop = *str = s - 1;
        break;
    }
    buf_append(lit, start, (size_t)(stop - start));
    return result;
}

static void put_literal(Buf *items, uint32_t *count, Buf *lit)
{
    if (lit->len == 0)
        return;
    mp_add_str(items, lit->data, lit->len);
    ++*count;
    lit->len = 0;
}

/* ---- replacement fields ---------------------------------------------------------- */

static int pieces(const FString *fs, const char **str, const char *end, int level, Buf *out);

static bool closes(char open, char close)
{
    return (open == '(' && close == ')') || (open == '[' && close == ']') ||
           (open == '{' && close == '}');
}

/* Finds where the expression that starts at *str ends (at the '!', ':',
 * '=' or '}' after it); leaves *str there. */
static int expression_end(const FString *fs, const char **str, const char *end)
{
    char quote = 0, brackets[MAX_BRACKETS];
    int quote_len = 0, depth = 0;
    for (; *str < end; (*str)++) {
        const char *p = *str;
        char ch = *p;
        if (ch == '\\')
            return fail(fs, "f-string expression part cannot include a backslash");
        bool triple = p + 2 < end && p[1] == ch && p[2] == ch;
        if (quote) {                        /* inside a string: look for its end */
            if (ch == quote && (quote_len == 1 || triple)) {
                *str += quote_len - 1;
                quote = 0;
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            quote = ch;
            quote_len = triple ? 3 : 1;
            *str += quote_len - 1;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= MAX_BRACKETS)
                return fail(fs, "f-string: too many nested parenthesis");
            brackets[depth++] = ch;
        } else if (ch == '#') {
            return fail(fs, "f-string expression part cannot include '#'");
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' ||
                                  ch == '<' || ch == '>')) {
            if (p + 1 < end && p[1] == '=' && ch != ':' && ch != '}') {
                (*str)++;                   /* != == <= >= */
                continue;
            }
            if (ch != '<' && ch != '>')
                break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (depth == 0)
                return fail(fs, "f-string: unmatched '%c'", ch);
            char open = brackets[--depth];
            if (!closes(open, ch))
                return fail(fs, "f-string: closing parenthesis '%c' does not match "
                                "opening parenthesis '%c'", ch, open);
        }
    }
    if (quote)
        return fail(fs, "f-string: unterminated string");
    if (depth)
        return fail(fs, "f-string: unmatched '%c'", brackets[depth - 1]);
    if (*str >= end)
        return fail(fs, "f-string: expecting '}'");
    return 0;
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* A field, at the '{': appends its map {expr, debug, conversion,
 * format_spec} to items. */
static int field(const FString *fs, const char **str, const char *end, int level, Buf *items)
{
    if (level >= 2)
        return fail(fs, "f-string: expressions nested too deeply");
    const char *expr = ++*str;
    if (expression_end(fs, str, end))
        return 1;
    const char *expr_end = *str, *p = expr;
    while (p < expr_end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f'))
        p++;
    if (p == expr_end) {
        if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=')
            return fail(fs, "f-string: expression required before '%c'", *expr_end);
        return fail(fs, "f-string: empty expression not allowed");
    }

    Buf map;
    buf_init(&map);
    int status = 1;
    mp_add_map(&map, 4);
    mp_add_str(&map, "expr", 4);
    if (expression_tokens(fs, expr, expr_end, &map))
        goto done;

    mp_add_str(&map, "debug", 5);
    if (**str == '=') {                     /* {x=}: the text up to '=' and blanks */
        ++*str;
        while (*str < end && is_space(**str))
            ++*str;
        if (*str >= end) {
            fail(fs, "f-string: expecting '}'");
            goto done;
        }
        mp_add_str(&map, expr, (size_t)(*str - expr));
    } else {
        mp_add_nil(&map);
    }

    mp_add_str(&map, "conversion", 10);
    if (**str == '!') {
        ++*str;
        if (*str >= end) {
            fail(fs, "f-string: expecting '}'");
            goto done;
        }
        char conversion = *(*str)++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a') {
            fail(fs, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            goto done;
        }
        mp_add_str(&map, &conversion, 1);
    } else {
        mp_add_nil(&map);
    }

    mp_add_str(&map, "format_spec", 11);
    if (*str < end && **str == ':') {
        ++*str;
        if (*str >= end) {
            fail(fs, "f-string: expecting '}'");
            goto done;
        }
        if (pieces(fs, str, end, level + 1, &map))
            goto done;
    } else {
        mp_add_nil(&map);
    }

    if (*str >= end || **str != '}') {
        fail(fs, "f-string: expecting '}'");
        goto done;
    }
    ++*str;
    buf_append(items, map.data, map.len);
    status = 0;
done:
    buf_free(&map);
    return status;
}

/* The pieces from *str to the end (level 0) or to the '}' that ends a
 * format spec (level 1, 2): appended to out as an array. */
static int pieces(const FString *fs, const char **str, const char *end, int level, Buf *out)
{
    Buf items, lit;
    buf_init(&items);
    buf_init(&lit);
    uint32_t count = 0;
    int status = 1;
    for (;;) {
        int r = literal(fs, str, end, level, &lit);
        if (r < 0)
            goto done;
        if (r == 1)
            continue;
        if (*str >= end || **str == '}')
            break;
        put_literal(&items, &count, &lit);
        if (field(fs, str, end, level, &items))
            goto done;
        count++;
    }
    put_literal(&items, &count, &lit);
    if (level > 0 && (*str >= end || **str != '}')) {
        fail(fs, "f-string: expecting '}'");
        goto done;
    }
    mp_add_array(out, count);
    buf_append(out, items.data, items.len);
    status = 0;
done:
    buf_free(&items);
    buf_free(&lit);
    return status;
}

int fstring_pieces(Lexer *lx, const char *s, size_t n, int line, const char *line_start,
                   Buf *out, LexError *err)
{
    *err = (LexError){ false, NULL, 0, 0, "" };
    FString fs = { lx, err, s, s + n, line, line_start, false };
    const char *body = s;
    for (; *body != '\'' && *body != '"'; body++)
        fs.raw |= *body == 'r' || *body == 'R';
    char quote = *body;
    size_t quotes = body + 2 < fs.end && body[1] == quote && body[2] == quote &&
                    (size_t)(fs.end - body) >= 6 ? 3 : 1;
    const char *str = body + quotes;
    return pieces(&fs, &str, fs.end - quotes, 0, out);
}

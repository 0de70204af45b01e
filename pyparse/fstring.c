/* fstring.c - adjacent string literals and f-strings (see fstring.h). */
#include "fstring.h"
#include "buf.h"
#include "literals.h"

#include <stdlib.h>
#include <string.h>

/* CPython allows a format spec inside a format spec, no deeper. */
enum { MAX_SPEC_NESTING = 2, MAX_FSTRING_NESTING = 32 };

/* Collects the values of a JoinedStr: literal text is gathered in `text`
 * and becomes one Constant when a replacement field (or the end) comes. */
typedef struct Joiner {
    Parser *P;
    AstExprSeq values;
    Buf text;
    const Loc *whole;       /* the span of the whole concatenation */
    const char *kind;       /* "u" when the concatenation starts with u'...' */
} Joiner;

static void joiner_init(Joiner *J, Parser *P, const Loc *whole, const char *kind)
{
    J->P = P;
    J->values = (AstExprSeq){ 0, NULL };
    buf_init(&J->text);
    J->whole = whole;
    J->kind = kind;
}

static AstExpr *str_constant(Parser *P, const char *s, size_t n, const char *kind,
                             const Loc *loc)
{
    AstExpr *c = new_constant(P, CONST_STR, loc);
    c->v.Constant.value.v.s.ptr = arena_strndup(P->arena, s, n);
    c->v.Constant.value.v.s.len = n;
    c->v.Constant.kind = kind;
    return c;
}

/* Turns the pending literal text into a Constant at loc. */
static void flush_text(Joiner *J, const Loc *loc, const char *kind)
{
    if (J->text.len == 0)
        return;
    SEQ_PUSH(J->P, J->values, str_constant(J->P, J->text.data, J->text.len, kind, loc));
    J->text.len = 0;
}

static bool append_literal(Joiner *J, const char *s, size_t n, bool raw, const Loc *loc)
{
    buf_reserve(&J->text, n + 1);
    long got = decode_string_body(J->P, s, n, raw, false, J->text.data + J->text.len, loc);
    if (got < 0)
        return false;
    J->text.len += (size_t)got;
    J->text.data[J->text.len] = '\0';
    return true;
}

/* ---- where the expression's virtual parentheses go ----------------------------------- */

/* CPython 3.11 parses a field's expression as "(" + text + ")", with the
 * "(" on the '{' and the ")" on the character after the text (the '}', '!',
 * ':' or '=').  Only a tuple or a generator shows them, in its position;
 * they are found by looking around the expression in the token's text. */

static size_t line_end_length(const char *s, size_t i, size_t n)
{
    return s[i] == '\r' && i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
}

/* The offset of (line, col) in the token's text, or -1. */
static long offset_in_token(const StrToken *t, int line, int col)
{
    size_t i = 0;
    int l = t->loc.first_line, line_col = t->loc.first_column;
    while (l < line) {
        while (i < t->len && t->text[i] != '\n' && t->text[i] != '\r')
            i++;
        if (i >= t->len)
            return -1;
        i += line_end_length(t->text, i, t->len);
        l++;
        line_col = 0;
    }
    long off = (long)i + (col - line_col);
    return off >= 0 && off <= (long)t->len ? off : -1;
}

/* The position of offset `off` of the token's text. */
static void position_in_token(const StrToken *t, size_t off, int *line, int *col)
{
    int l = t->loc.first_line;
    size_t line_start = 0;
    int start_col = t->loc.first_column;
    for (size_t i = 0; i < off;) {
        if (t->text[i] == '\n' || t->text[i] == '\r') {
            i += line_end_length(t->text, i, t->len);
            l++;
            line_start = i;
            start_col = 0;
        } else {
            i++;
        }
    }
    *line = l;
    *col = start_col + (int)(off - line_start);
}

static bool is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r';
}

static void virtual_parens(const StrToken *t, const Loc *first, const Loc *last, Loc *open,
                           Loc *close)
{
    *open = (Loc){ first->first_line, first->first_column, first->first_line, first->first_column };
    *close = (Loc){ last->last_line, last->last_column, last->last_line, last->last_column };
    long a = offset_in_token(t, first->first_line, first->first_column);
    long b = offset_in_token(t, last->last_line, last->last_column);
    if (a < 0 || b < 0)
        return;
    while (a > 0 && is_blank(t->text[a - 1]))
        a--;
    if (a > 0 && t->text[a - 1] == '{') {
        position_in_token(t, (size_t)a - 1, &open->first_line, &open->first_column);
        *open = (Loc){ open->first_line, open->first_column, open->first_line, open->first_column + 1 };
    }
    while ((size_t)b < t->len && is_blank(t->text[b]))
        b++;
    if ((size_t)b < t->len) {
        position_in_token(t, (size_t)b, &close->first_line, &close->first_column);
        *close = (Loc){ close->first_line, close->first_column, close->first_line, close->first_column + 1 };
    }
}

/* ---- replacement fields ------------------------------------------------------------------- */

typedef struct Field {
    MpReader expr;          /* at the token array */
    uint32_t expr_count;
    MpStr debug;            /* debug.ptr NULL: no '=' */
    int conversion;         /* -1, or 's', 'r', 'a' */
    bool has_spec;
    MpReader spec;          /* at the spec's pieces */
} Field;

static bool read_field(Parser *P, MpReader *r, Field *f)
{
    memset(f, 0, sizeof *f);
    f->conversion = -1;
    uint32_t n = mp_read_map(r);
    for (uint32_t i = 0; i < n && !mp_failed(r); i++) {
        MpStr key = mp_read_str(r);
        if (mp_str_eq(key, "expr")) {
            f->expr = *r;
            f->expr_count = mp_read_array(&f->expr);
            mp_skip(r);
        } else if (mp_str_eq(key, "debug")) {
            if (!mp_try_nil(r))
                f->debug = mp_read_str(r);
        } else if (mp_str_eq(key, "conversion")) {
            if (!mp_try_nil(r)) {
                MpStr c = mp_read_str(r);
                f->conversion = c.len == 1 ? c.ptr[0] : '?';
            }
        } else if (mp_str_eq(key, "format_spec")) {
            if (!mp_try_nil(r)) {
                f->has_spec = true;
                f->spec = *r;
                mp_skip(r);
            }
        } else {
            mp_skip(r);
        }
    }
    if (mp_failed(r)) {
        parser_malformed(P, "bad f-string piece: %s", r->error);
        return false;
    }
    return true;
}

static AstExpr *field_expression(Parser *P, const StrToken *t, Field *f)
{
    if (f->expr_count == 0) {
        Loc at = { t->loc.last_line, t->loc.last_column, t->loc.last_line, t->loc.last_column };
        parser_fstring_error(P, &at, "empty expression not allowed");
        return NULL;
    }
    Loc first, last, open, close;
    if (!token_array_bounds(P, f->expr, f->expr_count, &first, &last))
        return NULL;
    virtual_parens(t, &first, &last, &open, &close);
    return parse_fstring_expr(P, f->expr, f->expr_count, open, close);
}

static bool add_pieces(Joiner *J, MpReader *r, const StrToken *t, const StringForm *form,
                       int spec_level);

/* A format spec: a JoinedStr of its own, at the position of its token. */
static AstExpr *format_spec(Joiner *outer, MpReader *r, const StrToken *t,
                            const StringForm *form, int spec_level)
{
    Parser *P = outer->P;
    if (spec_level >= MAX_SPEC_NESTING) {
        Loc at = { t->loc.last_line, t->loc.last_column, t->loc.last_line, t->loc.last_column };
        parser_fstring_error(P, &at, "expressions nested too deeply");
        return NULL;
    }
    Joiner J;
    joiner_init(&J, P, outer->whole, outer->kind);
    bool ok = add_pieces(&J, r, t, form, spec_level + 1);
    if (ok)
        flush_text(&J, &t->loc, NULL);
    buf_free(&J.text);
    if (!ok)
        return NULL;
    AstExpr *spec = new_expr(P, AST_JoinedStr, &t->loc);
    spec->v.JoinedStr.values = J.values;
    return spec;
}

static bool add_field(Joiner *J, MpReader *r, const StrToken *t, const StringForm *form,
                      int spec_level)
{
    Parser *P = J->P;
    Field f;
    if (!read_field(P, r, &f))
        return false;
    if (f.conversion != -1 && f.conversion != 's' && f.conversion != 'r' && f.conversion != 'a') {
        Loc at = { t->loc.last_line, t->loc.last_column, t->loc.last_line, t->loc.last_column };
        parser_fstring_error(P, &at, "invalid conversion character: expected 's', 'r', or 'a'");
        return false;
    }
    if (f.debug.ptr) {
        /* {x=} shows its own text before the value */
        buf_append(&J->text, f.debug.ptr, f.debug.len);
    }
    flush_text(J, J->whole, J->kind);
    AstExpr *value = field_expression(P, t, &f);
    if (!value)
        return false;
    AstExpr *spec = NULL;
    if (f.has_spec && !(spec = format_spec(J, &f.spec, t, form, spec_level)))
        return false;
    AstExpr *fv = new_expr(P, AST_FormattedValue, J->whole);
    fv->v.FormattedValue.value = value;
    /* {x=} without a conversion or a spec shows repr(x) */
    fv->v.FormattedValue.conversion = f.debug.ptr && f.conversion == -1 && !spec ? 'r' : f.conversion;
    fv->v.FormattedValue.format_spec = spec;
    SEQ_PUSH(P, J->values, fv);
    return true;
}

/* The pieces of an f-string token (or of a format spec): literal text and
 * replacement fields. */
static bool add_pieces(Joiner *J, MpReader *r, const StrToken *t, const StringForm *form,
                       int spec_level)
{
    uint32_t n = mp_read_array(r);
    for (uint32_t i = 0; i < n && !mp_failed(r); i++) {
        MpType type = mp_peek(r);
        if (type == MP_STR) {
            MpStr s = mp_read_str(r);
            if (!append_literal(J, s.ptr, s.len, form->raw, &t->loc))
                return false;
        } else if (type == MP_MAP) {
            if (!add_field(J, r, t, form, spec_level))
                return false;
        } else {
            mp_fail(r, "an f-string piece is a %s, not a string or a map", mp_type_name(type));
        }
    }
    if (mp_failed(r)) {
        parser_malformed(J->P, "bad f-string pieces: %s", r->error);
        return false;
    }
    return true;
}

static MpReader pieces_reader(Parser *P, size_t offset)
{
    MpReader r;
    mp_reader_init(&r, P->artifact->bytes.data, P->artifact->bytes.len);
    r.p = r.start + offset;
    return r;
}

static AstExpr *joined_str(Parser *P, StrTokenSeq *strings, StringForm *forms, const Loc *loc)
{
    if (P->fstring_depth >= MAX_FSTRING_NESTING) {
        parser_fstring_error(P, loc, "expressions nested too deeply");
        return NULL;
    }
    Joiner J;
    joiner_init(&J, P, loc, forms[0].u_prefix ? "u" : NULL);
    bool ok = true;
    for (int i = 0; i < strings->count && ok; i++) {
        StrToken *t = strings->items[i];
        if (!forms[i].fstring) {
            ok = append_literal(&J, t->text + forms[i].body_start, forms[i].body_len,
                                forms[i].raw, &t->loc);
        } else if (t->pieces) {
            MpReader r = pieces_reader(P, t->pieces);
            ok = add_pieces(&J, &r, t, &forms[i], 0);
        } else {
            parser_malformed(P, "an f-string token has no pieces (line %d)", t->loc.first_line);
            ok = false;
        }
    }
    if (ok)
        flush_text(&J, loc, J.kind);
    buf_free(&J.text);
    if (!ok)
        return NULL;
    AstExpr *e = new_expr(P, AST_JoinedStr, loc);
    e->v.JoinedStr.values = J.values;
    return e;
}

AstExpr *concat_strings(Parser *P, StrTokenSeq *strings, const Loc *loc)
{
    StringForm small[8];
    StringForm *forms = strings->count <= 8 ? small
                                             : arena_alloc(P->arena, sizeof *forms * (size_t)strings->count);
    bool any_bytes = false, any_str = false, any_f = false;
    size_t total = 0;
    for (int i = 0; i < strings->count; i++) {
        StrToken *t = strings->items[i];
        if (!string_form(t->text, t->len, &forms[i])) {
            parser_malformed(P, "not a string literal: %.*s", (int)(t->len > 40 ? 40 : t->len), t->text);
            return NULL;
        }
        any_bytes |= forms[i].bytes;
        any_str |= !forms[i].bytes;
        any_f |= forms[i].fstring;
        total += forms[i].body_len;
    }
    if (any_bytes && any_str) {
        Loc at = { loc->last_line, loc->last_column, loc->last_line, loc->last_column };
        parser_syntax_error(P, &at, "cannot mix bytes and nonbytes literals");
        return NULL;
    }
    if (any_f)
        return joined_str(P, strings, forms, loc);
    /* plain literals: decoded one after the other into one value, which is
     * never longer than the texts */
    char *value = arena_alloc(P->arena, total + 1);
    size_t len = 0;
    for (int i = 0; i < strings->count; i++) {
        StrToken *t = strings->items[i];
        long got = decode_string_body(P, t->text + forms[i].body_start, forms[i].body_len,
                                      forms[i].raw, forms[i].bytes, value + len, &t->loc);
        if (got < 0)
            return NULL;
        len += (size_t)got;
    }
    AstExpr *c = new_constant(P, any_bytes ? CONST_BYTES : CONST_STR, loc);
    c->v.Constant.value.v.s.ptr = value;
    c->v.Constant.value.v.s.len = len;
    c->v.Constant.kind = forms[0].u_prefix ? "u" : NULL;
    return c;
}

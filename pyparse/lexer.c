/* lexer.c - from the token artifact to the grammar's terminals (see lexer.h). */
#include "lexer.h"
#include "build.h"
#include "grammar.h"
#include "literals.h"
#include "tokens.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>
#include <uninorm.h>

/* ---- the terminals of the token types and keywords -------------------------------------- */

/* Every token type of tokens.def has a terminal of the same name. */
static const int type_terminal[TOK_COUNT] = {
#define TOKEN(name, number, text) [number] = T_##name,
#include "schema/tokens.def"
#undef TOKEN
};

/* Python 3.11's keywords (keyword.kwlist), sorted. */
static const struct Keyword {
    const char *word;
    int terminal;
} keywords[] = {
    { "False", T_FALSE }, { "None", T_NONE }, { "True", T_TRUE }, { "and", T_AND },
    { "as", T_AS }, { "assert", T_ASSERT }, { "async", T_ASYNC }, { "await", T_AWAIT },
    { "break", T_BREAK }, { "class", T_CLASS }, { "continue", T_CONTINUE }, { "def", T_DEF },
    { "del", T_DEL }, { "elif", T_ELIF }, { "else", T_ELSE }, { "except", T_EXCEPT },
    { "finally", T_FINALLY }, { "for", T_FOR }, { "from", T_FROM }, { "global", T_GLOBAL },
    { "if", T_IF }, { "import", T_IMPORT }, { "in", T_IN }, { "is", T_IS },
    { "lambda", T_LAMBDA }, { "nonlocal", T_NONLOCAL }, { "not", T_NOT }, { "or", T_OR },
    { "pass", T_PASS }, { "raise", T_RAISE }, { "return", T_RETURN }, { "try", T_TRY },
    { "while", T_WHILE }, { "with", T_WITH }, { "yield", T_YIELD },
};

/* The keyword terminal for a name, or 0.  Keywords are 2 to 8 ASCII
 * letters; the table is sorted, so the candidates share a first letter. */
static int keyword_terminal(const char *s, uint32_t len)
{
    if (len < 2 || len > 8)
        return 0;
    for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++) {
        const char *w = keywords[i].word;
        if (w[0] > s[0])
            return 0;
        if (w[0] == s[0] && strlen(w) == len && memcmp(w, s, len) == 0)
            return keywords[i].terminal;
    }
    return 0;
}

static bool text_is(const Token *t, const char *s)
{
    size_t n = strlen(s);
    return t->len == n && memcmp(t->text, s, n) == 0;
}

/* ---- decoding tokens ----------------------------------------------------------------------- */

static void init_common(Lexer *L, MpReader tokens, uint32_t count)
{
    memset(L, 0, sizeof *L);
    L->r = tokens;
    L->remaining = count;
    L->at_line_start = true;
    L->prev_line = 1;
    error_context_init(&L->context);
}

void lexer_init_file(Lexer *L, MpReader tokens, uint32_t count)
{
    init_common(L, tokens, count);
}

void lexer_init_fstring(Lexer *L, MpReader tokens, uint32_t count, int open_line,
                        int open_col, int close_line, int close_col)
{
    init_common(L, tokens, count);
    L->fstring = true;
    L->open_line = open_line, L->open_col = open_col;
    L->close_line = close_line, L->close_col = close_col;
    L->prev_line = open_line, L->prev_col = open_col;
}

void lexer_free(Lexer *L)
{
    free(L->ahead);
    free(L->match_block);
    error_context_free(&L->context);
    L->ahead = NULL;
    L->match_block = NULL;
}

/* Decodes [type, string, line, col, end_line, end_col (, pieces)]. */
static bool decode_token(MpReader *r, Token *t)
{
    uint32_t n = mp_read_array(r);
    if ((n != 6 && n != 7) && !mp_failed(r))
        mp_fail(r, "a token is an array of 6 or 7 values, not %u", n);
    t->type = (int)mp_read_int_in(r, 0, TOK_COUNT - 1, "token type");
    MpStr s = mp_read_str(r);
    t->text = s.ptr ? s.ptr : "";
    t->len = s.len;
    t->line = (int)mp_read_int_in(r, 0, INT32_MAX / 2, "line");
    t->col = (int)mp_read_int_in(r, 0, INT32_MAX / 2, "column");
    t->end_line = (int)mp_read_int_in(r, 0, INT32_MAX / 2, "line");
    t->end_col = (int)mp_read_int_in(r, 0, INT32_MAX / 2, "column");
    t->pieces = 0;
    t->terminal = 0;
    if (n == 7 && !mp_failed(r)) {
        if (mp_try_nil(r))
            return true;
        if (mp_peek(r) != MP_ARRAY)
            mp_fail(r, "f-string pieces must be an array");
        t->pieces = mp_offset(r);
        mp_skip(r);
    }
    return !mp_failed(r);
}

/* ---- the fast path --------------------------------------------------------------------- */

/* Almost every token is a fixarray of small unsigned ints and a short
 * string; these are decoded here without the general reader's calls.  Any
 * other encoding (or a problem) is left to decode_token, which gives the
 * same result and the error messages. */

static bool fast_uint(const uint8_t **pp, const uint8_t *end, int *out)
{
    const uint8_t *p = *pp;
    if (p >= end)
        return false;
    uint8_t b = p[0];
    if (b <= 0x7f) {
        *out = b;
        *pp = p + 1;
    } else if (b == 0xcc && end - p >= 2) {
        *out = p[1];
        *pp = p + 2;
    } else if (b == 0xcd && end - p >= 3) {
        *out = p[1] << 8 | p[2];
        *pp = p + 3;
    } else if (b == 0xce && end - p >= 5 && p[1] < 0x40) {
        *out = (int)((uint32_t)p[1] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 8 | p[4]);
        *pp = p + 5;
    } else {
        return false;
    }
    return true;
}

static bool decode_token_fast(MpReader *r, Token *t)
{
    const uint8_t *p = r->p, *end = r->end;
    if (end - p < 8 || (p[0] != 0x96 && p[0] != 0x97))
        return false;
    bool has_pieces = p[0] == 0x97;
    p++;
    if (!fast_uint(&p, end, &t->type) || t->type >= TOK_COUNT)
        return false;
    uint32_t len;
    if (*p >= 0xa0 && *p <= 0xbf) {
        len = *p & 0x1f;
        p += 1;
    } else if (*p == 0xd9 && end - p >= 2) {
        len = p[1];
        p += 2;
    } else if (*p == 0xda && end - p >= 3) {
        len = (uint32_t)p[1] << 8 | p[2];
        p += 3;
    } else {
        return false;
    }
    if ((size_t)(end - p) < len)
        return false;
    t->text = (const char *)p;
    t->len = len;
    p += len;
    if (!fast_uint(&p, end, &t->line) || !fast_uint(&p, end, &t->col) ||
        !fast_uint(&p, end, &t->end_line) || !fast_uint(&p, end, &t->end_col))
        return false;
    t->pieces = 0;
    t->terminal = 0;
    if (has_pieces) {
        if (p < end && *p == 0xc0) {
            p++;
        } else {
            MpReader rest = *r;
            rest.p = p;
            if (mp_peek(&rest) != MP_ARRAY)
                return false;
            t->pieces = mp_offset(&rest);
            mp_skip(&rest);
            if (mp_failed(&rest))
                return false;
            p = rest.p;
        }
    }
    r->p = p;
    return true;
}

static bool read_token(Parser *P, Token *t)
{
    Lexer *L = &P->lex;
    if (decode_token_fast(&L->r, t))
        return true;
    if (!decode_token(&L->r, t)) {
        parser_malformed(P, "bad token: %s", L->r.error);
        return false;
    }
    return true;
}

/* The k-th token not yet consumed (0 = the next), decoding as needed;
 * NULL at the end of the array or on a malformed token. */
static Token *peek(Parser *P, size_t k)
{
    Lexer *L = &P->lex;
    while (L->count <= k) {
        if (L->remaining == 0 || parser_failed(P))
            return NULL;
        if (L->head + L->count == L->cap) {
            if (L->head > 0) {
                memmove(L->ahead, L->ahead + L->head, L->count * sizeof *L->ahead);
                L->head = 0;
            } else {
                L->cap = L->cap ? L->cap * 2 : 64;
                L->ahead = xrealloc(L->ahead, L->cap * sizeof *L->ahead);
            }
        }
        if (!read_token(P, &L->ahead[L->head + L->count]))
            return NULL;
        L->remaining--;
        L->count++;
    }
    return &L->ahead[L->head + k];
}

static void consume(Lexer *L)
{
    L->head++;
    L->count--;
    if (L->count == 0)
        L->head = 0;
}

bool token_array_bounds(Parser *P, MpReader tokens, uint32_t count, Loc *first, Loc *last)
{
    Token t;
    for (uint32_t i = 0; i < count; i++) {
        if (!decode_token(&tokens, &t)) {
            parser_malformed(P, "bad token in an f-string: %s", tokens.error);
            return false;
        }
        Loc here = { t.line, t.col, t.end_line, t.end_col };
        if (i == 0)
            *first = here;
        *last = here;
    }
    return true;
}

/* Tokens the parser never sees. */
static bool is_skipped(int type)
{
    return type == TOK_COMMENT || type == TOK_NL || type == TOK_ENCODING ||
           type == TOK_TYPE_COMMENT || type == TOK_TYPE_IGNORE;
}

/* The k-th token after the next, not counting skipped ones; *k is
 * advanced to its index.  NULL at the end. */
static Token *peek_significant(Parser *P, size_t *k)
{
    for (;;) {
        Token *t = peek(P, *k);
        if (!t || !is_skipped(t->type))
            return t;
        ++*k;
    }
}

/* Does the next token (not yet sent) begin an expression?  For error
 * messages: after `await` or `not`, is there an operand? */
bool lexer_next_starts_expression(Parser *P)
{
    size_t k = 0;
    const Token *t = peek_significant(P, &k);
    if (!t)
        return false;
    switch (t->type) {
    case TOK_NUMBER: case TOK_STRING: case TOK_LPAR: case TOK_LSQB: case TOK_LBRACE:
    case TOK_MINUS: case TOK_PLUS: case TOK_TILDE: case TOK_ELLIPSIS:
        return true;
    case TOK_NAME: {
        int k2 = keyword_terminal(t->text, t->len);
        return k2 == 0 || k2 == T_TRUE || k2 == T_FALSE || k2 == T_NONE || k2 == T_NOT ||
               k2 == T_LAMBDA || k2 == T_AWAIT;
    }
    default:
        return false;
    }
}

/* Where does the expression that starts with the token just sent end?  For
 * the span of an error message ("Perhaps you forgot a comma?" marks both
 * expressions): the tokens not yet sent are read up to a comma, a colon,
 * an '=', a closing bracket or a clause keyword outside brackets, or the
 * end of the line (only the end of the statement if whole_statement).
 * `depth` is 1 when the token just sent opens a bracket. */
Loc lexer_expression_end(Parser *P, Loc sent, int depth, bool whole_statement)
{
    Loc end = sent;
    for (size_t k = 0;; k++) {
        const Token *t = peek_significant(P, &k);
        if (!t || t->type == TOK_NEWLINE || t->type == TOK_ENDMARKER || t->type == TOK_SEMI)
            return end;
        bool closes = t->type == TOK_RPAR || t->type == TOK_RSQB || t->type == TOK_RBRACE;
        if (depth == 0 && !whole_statement) {
            int kw = t->type == TOK_NAME ? keyword_terminal(t->text, t->len) : 0;
            if (closes || t->type == TOK_COMMA || t->type == TOK_COLON || t->type == TOK_EQUAL ||
                kw == T_FOR || kw == T_IF || kw == T_ELSE || kw == T_AS || kw == T_FROM ||
                kw == T_ASYNC)
                return end;
        }
        depth += (t->type == TOK_LPAR || t->type == TOK_LSQB || t->type == TOK_LBRACE) - closes;
        end.last_line = t->end_line;
        end.last_column = t->end_col;
    }
}

/* ---- soft keywords and `with (` ------------------------------------------------------------ */

/* `match` begins a match statement when its logical line ends with ':'. */
static bool line_ends_with_colon(Parser *P)
{
    Token *last = NULL;
    for (size_t k = 0;; k++) {
        Token *t = peek_significant(P, &k);
        if (!t || t->type == TOK_ENDMARKER)
            return false;
        if (t->type == TOK_NEWLINE)
            return last && last->type == TOK_COLON && k > 1;
        last = t;
    }
}

static bool in_match_block(const Lexer *L)
{
    return L->levels > 0 && L->match_block[L->levels - 1];
}

/* After `with`: is the next token a '(' whose ')' comes right before the
 * ':'?  Then the parentheses may hold with-items. */
static void mark_parenthesized_with(Parser *P)
{
    size_t k = 0;
    Token *open = peek_significant(P, &k);
    if (!open || open->type != TOK_LPAR)
        return;
    size_t open_index = k;
    int depth = 0;
    for (;; k++) {
        Token *t = peek_significant(P, &k);
        if (!t || t->type == TOK_NEWLINE || t->type == TOK_ENDMARKER)
            return;
        if (t->type == TOK_LPAR || t->type == TOK_LSQB || t->type == TOK_LBRACE)
            depth++;
        else if (t->type == TOK_RPAR || t->type == TOK_RSQB || t->type == TOK_RBRACE)
            depth--;
        if (depth == 0)
            break;
    }
    k++;
    Token *after = peek_significant(P, &k);
    if (after && after->type == TOK_COLON)
        P->lex.ahead[P->lex.head + open_index].terminal = T_LPAR_WITH;
}

/* ---- building the values of terminals ------------------------------------------------------- */

static const char *identifier(Parser *P, const Token *t)
{
    bool ascii = true;
    for (uint32_t i = 0; i < t->len && ascii; i++)
        ascii = (unsigned char)t->text[i] < 0x80;
    if (ascii)
        return arena_strndup(P->arena, t->text, t->len);
    /* Python identifiers are NFKC-normalised: 'ﬁ' is 'fi' */
    size_t n = 0;
    uint8_t *norm = u8_normalize(UNINORM_NFKC, (const uint8_t *)t->text, t->len, NULL, &n);
    if (!norm)
        return arena_strndup(P->arena, t->text, t->len);
    const char *id = arena_strndup(P->arena, (const char *)norm, n);
    free(norm);
    return id;
}

static int name_terminal(Parser *P, const Token *t, YYSTYPE *value)
{
    Lexer *L = &P->lex;
    int k = keyword_terminal(t->text, t->len);
    if (k) {
        if (k == T_WITH && !L->fstring)
            mark_parenthesized_with(P);
        return k;
    }
    if (L->at_line_start && !L->fstring) {
        if (text_is(t, "match") && line_ends_with_colon(P)) {
            L->match_header = true;
            return T_MATCH;
        }
        if (text_is(t, "case") && in_match_block(L))
            return T_CASE;
    }
    value->id = identifier(P, t);
    return T_NAME;
}

static int number_terminal(Parser *P, const Token *t, YYSTYPE *value, const Loc *loc)
{
    AstExpr *e = new_expr(P, AST_Constant, loc);
    if (!number_value(P, t->text, t->len, loc, &e->v.Constant.value))
        return T_YYerror;
    value->expr = e;
    return T_NUMBER;
}

static int string_terminal(Parser *P, const Token *t, YYSTYPE *value, const Loc *loc)
{
    StrToken *s = arena_alloc(P->arena, sizeof *s);
    s->text = t->text;
    s->len = t->len;
    s->pieces = t->pieces;
    s->loc = *loc;
    value->str = s;
    return T_STRING;
}

static void push_level(Lexer *L, unsigned char is_match_block)
{
    if (L->levels == L->levels_cap) {
        L->levels_cap = L->levels_cap ? L->levels_cap * 2 : 16;
        L->match_block = xrealloc(L->match_block, L->levels_cap);
    }
    L->match_block[L->levels++] = is_match_block;
}

/* The terminal of a token that is not NEWLINE, INDENT, DEDENT or ENDMARKER. */
static int classify(Parser *P, const Token *t, YYSTYPE *value, const Loc *loc)
{
    switch (t->type) {
    case TOK_NAME:
    case TOK_SOFT_KEYWORD:      /* the token module's name for match, case, _ */
        return name_terminal(P, t, value);
    case TOK_NUMBER:
        return number_terminal(P, t, value, loc);
    case TOK_STRING:
        return string_terminal(P, t, value, loc);
    case TOK_OP: {
        /* a tokenizer may leave operators generic, as tokenize does */
        int type = token_operator_type(t->text, t->len);
        if (type >= 0)
            return type_terminal[type];
        break;
    }
    case TOK_ERRORTOKEN:
        break;
    default:
        if (t->terminal)
            return t->terminal;
        if (token_is_operator(t->type) || t->type == TOK_AWAIT || t->type == TOK_ASYNC)
            return type_terminal[t->type];
        break;
    }
    parser_syntax_error(P, loc, "invalid token");
    return T_YYerror;
}

/* A token of the layout (NEWLINE, INDENT, DEDENT, ENDMARKER) is placed at
 * the end of the previous token. */
static void layout_loc(const Lexer *L, Loc *loc)
{
    *loc = (Loc){ L->prev_line, L->prev_col, L->prev_line, L->prev_col };
}

static int layout_terminal(Lexer *L, const Token *t, Loc *loc)
{
    layout_loc(L, loc);
    switch (t->type) {
    case TOK_NEWLINE:
        L->at_line_start = true;
        return T_NEWLINE;
    case TOK_INDENT:
        push_level(L, L->match_header);
        L->match_header = false;
        L->at_line_start = true;
        return T_INDENT;
    case TOK_DEDENT:
        if (L->levels > 0)
            L->levels--;
        L->at_line_start = true;
        return T_DEDENT;
    default:
        L->ended = true;
        return T_ENDMARKER;
    }
}

/* Tells the error context about a terminal sent at its real position. */
static void note_sent(Lexer *L, int terminal, const Loc *real, const Token *t, bool line_start)
{
    MpStr text = t ? (MpStr){ t->text, t->len } : (MpStr){ "", 0 };
    error_context_note(&L->context, terminal, real, text, line_start);
}

static int next_in_file(Parser *P, YYSTYPE *value, Loc *loc)
{
    Lexer *L = &P->lex;
    for (;;) {
        if (L->ended)
            return T_YYEOF;
        Token *next = peek(P, 0);
        if (!next) {
            if (!parser_failed(P))
                parser_malformed(P, "the token list ends without an ENDMARKER token");
            return T_YYerror;
        }
        Token t = *next;
        consume(L);
        if (is_skipped(t.type))
            continue;
        Loc real = { t.line, t.col, t.end_line, t.end_col };
        bool line_start = L->at_line_start;
        if (t.type == TOK_NEWLINE || t.type == TOK_INDENT || t.type == TOK_DEDENT ||
            t.type == TOK_ENDMARKER) {
            int terminal = layout_terminal(L, &t, loc);
            note_sent(L, terminal, &real, &t, line_start);
            return terminal;
        }
        *loc = real;
        int terminal = classify(P, &t, value, loc);
        L->at_line_start = false;
        L->prev_line = t.end_line;
        L->prev_col = t.end_col;
        note_sent(L, terminal, &real, &t, line_start);
        return terminal;
    }
}

/* An f-string expression: START_FSTRING "(" tokens ")" end. */
static int next_in_fstring(Parser *P, YYSTYPE *value, Loc *loc)
{
    Lexer *L = &P->lex;
    switch (L->fstring_step) {
    case 0:
        L->fstring_step = 1;
        *loc = (Loc){ L->open_line, L->open_col, L->open_line, L->open_col };
        return T_START_FSTRING;
    case 1:
        L->fstring_step = 2;
        *loc = (Loc){ L->open_line, L->open_col, L->open_line, L->open_col + 1 };
        note_sent(L, T_LPAR, loc, NULL, false);
        return T_LPAR;
    case 2:
        for (;;) {
            Token *next = peek(P, 0);
            if (!next) {
                if (parser_failed(P))
                    return T_YYerror;
                L->fstring_step = 3;
                *loc = (Loc){ L->close_line, L->close_col, L->close_line, L->close_col + 1 };
                note_sent(L, T_RPAR, loc, NULL, false);
                return T_RPAR;
            }
            Token t = *next;
            consume(L);
            if (is_skipped(t.type) || t.type == TOK_NEWLINE)
                continue;
            *loc = (Loc){ t.line, t.col, t.end_line, t.end_col };
            int terminal = t.type == TOK_INDENT || t.type == TOK_DEDENT || t.type == TOK_ENDMARKER
                               ? (parser_syntax_error(P, loc, "invalid syntax"), T_YYerror)
                               : classify(P, &t, value, loc);
            L->prev_line = t.end_line;
            L->prev_col = t.end_col;
            note_sent(L, terminal, loc, &t, false);
            return terminal;
        }
    default:
        *loc = (Loc){ L->close_line, L->close_col + 1, L->close_line, L->close_col + 1 };
        return T_YYEOF;
    }
}

int lexer_next(Parser *P, YYSTYPE *value, Loc *loc)
{
    Lexer *L = &P->lex;
    if (L->fstring)
        return next_in_fstring(P, value, loc);
    if (!L->started) {
        L->started = true;
        *loc = (Loc){ 1, 0, 1, 0 };
        return T_START_FILE;
    }
    return next_in_file(P, value, loc);
}

/* layout.c - the shape of the text: where statements start, indentation
 * (INDENT, DEDENT), logical line ends (NEWLINE, NL), comment-only and blank
 * lines, and the end of the text (see lexer.h). */
#include "chars.h"
#include "lexer_impl.h"
#include "tokens.h"
#include "utf8.h"
#include "xalloc.h"

enum { TAB_SIZE = 8 };

bool lex_next_line_is_bol(const Lexer *lx)
{
    /* A statement starts on the next line unless a bracket is still open
     * (tokenize.py: or one was closed too many: depth < 0). */
    return lx->depth == 0 && !lx->expression;
}

static const char *skip_blanks(const char *p)
{
    while (*p == ' ' || *p == '\t' || *p == '\f')
        p++;
    return p;
}

/* ---- lines that hold no statement ------------------------------------------- */

/* A line with only blanks and a comment: COMMENT, then NL for the line end.
 * Such lines never indent or dedent.  tokenize.py takes the comment to be
 * the rest of the line without its trailing '\r' and '\n' characters (so a
 * lone '\r' inside stays in it); CPython's comment ends at any line end. */
int lex_comment_line(Lexer *lx, const char *s, int n)
{
    const char *hash = skip_blanks(s), *e = s + n, *comment_end;
    if (lx->view == VIEW_TOKENIZE) {
        comment_end = e;
        while (comment_end > hash && (comment_end[-1] == '\n' || comment_end[-1] == '\r'))
            comment_end--;
    } else {
        comment_end = hash;
        while (comment_end < e && *comment_end != '\n' && *comment_end != '\r')
            comment_end++;
    }
    if (lex_put_span(lx, TOK_COMMENT, hash, comment_end) ||
        lex_put_span(lx, TOK_NL, comment_end, e))
        return 1;
    if (lex_is_line_end(lx, e))
        lex_next_line(lx, e);
    return 0;
}

/* A blank line: NL for whatever follows the blanks. */
int lex_blank_line(Lexer *lx, const char *s, int n)
{
    const char *e = s + n;
    if (lex_put_span(lx, TOK_NL, skip_blanks(s), e))
        return 1;
    if (lex_is_line_end(lx, e))
        lex_next_line(lx, e);
    return 0;
}

/* ---- indentation --------------------------------------------------------------- */

static void push_indent(Lexer *lx, int col, int alt_col)
{
    if (lx->nindents == lx->indents_cap) {
        lx->indents_cap *= 2;
        lx->indents = xrealloc(lx->indents, sizeof(int) * (size_t)lx->indents_cap);
        lx->alt_indents = xrealloc(lx->alt_indents, sizeof(int) * (size_t)lx->indents_cap);
    }
    lx->indents[lx->nindents] = col;
    lx->alt_indents[lx->nindents] = alt_col;
    lx->nindents++;
}

static int put_indent(Lexer *lx, const char *s, const char *e)
{
    return lex_put(lx, TOK_INDENT, s, (size_t)(e - s), lx->line, 0, lx->line, lex_col(lx, e), NULL);
}

static int put_dedent(Lexer *lx, const char *at)
{
    int col = lex_col(lx, at);
    return lex_put(lx, TOK_DEDENT, "", 0, lx->line, col, lx->line, col, NULL);
}

/* The end of the current line (before its line end). */
static const char *end_of_line(const Lexer *lx)
{
    const char *p = lx->line_start;
    while (p < lx->end && *p != '\n' && *p != '\r')
        p++;
    return p;
}

static int unindent_error(Lexer *lx, int col)
{
    return lex_fail(lx, "IndentationError", lx->line, col,
                    "unindent does not match any outer indentation level");
}

/* tokenize.py: a tab moves to the next multiple of 8, a form feed back to 0;
 * a deeper line opens one level, a shallower one must go back to a level
 * that is open (closing each level on the way with a DEDENT). */
static int indent_tokenize(Lexer *lx, const char *s, const char *e)
{
    int column = 0;
    for (const char *p = s; p < e; p++)
        column = *p == ' ' ? column + 1 : *p == '\t' ? (column / TAB_SIZE + 1) * TAB_SIZE : 0;
    if (column > lx->indents[lx->nindents - 1]) {
        push_indent(lx, column, 0);
        if (put_indent(lx, s, e))
            return 1;
    }
    while (column < lx->indents[lx->nindents - 1]) {
        bool open = false;
        for (int i = 0; i < lx->nindents; i++)
            open |= lx->indents[i] == column;
        if (!open)
            return unindent_error(lx, lex_col(lx, e) + 1);
        lx->nindents--;
        if (put_dedent(lx, e))
            return 1;
    }
    return 0;
}

/* CPython: the same, and also with tabs counted as one column; the two
 * counts must agree on whether a line is deeper, level or shallower, or the
 * indentation depends on the tab size: TabError.  At most 100 levels. */
static int indent_parser(Lexer *lx, const char *s, const char *e)
{
    int col = 0, alt_col = 0;
    for (const char *p = s; p < e; p++) {
        if (*p == ' ') {
            col++;
            alt_col++;
        } else if (*p == '\t') {
            col = (col / TAB_SIZE + 1) * TAB_SIZE;
            alt_col++;
        } else {
            col = alt_col = 0;
        }
    }
    int top = lx->nindents - 1;
    const char *tab_error = "inconsistent use of tabs and spaces in indentation";
    if (col == lx->indents[top]) {
        if (alt_col != lx->alt_indents[top])
            return lex_fail(lx, "TabError", lx->line, 1, "%s", tab_error);
        return 0;
    }
    if (col > lx->indents[top]) {
        if (lx->nindents >= MAX_INDENTS)
            return lex_fail(lx, "IndentationError", lx->line, 1, "too many levels of indentation");
        if (alt_col <= lx->alt_indents[top])
            return lex_fail(lx, "TabError", lx->line, 1, "%s", tab_error);
        push_indent(lx, col, alt_col);
        return put_indent(lx, s, e);
    }
    int level = top;
    while (level > 0 && col < lx->indents[level])
        level--;
    if (col != lx->indents[level])
        return unindent_error(lx, lex_chars(lx->line_start, end_of_line(lx)) + 1);
    if (alt_col != lx->alt_indents[level])
        return lex_fail(lx, "TabError", lx->line, 1, "%s", tab_error);
    while (lx->nindents - 1 > level) {
        lx->nindents--;
        if (put_dedent(lx, e))
            return 1;
    }
    return 0;
}

/* The blanks [s, s+n) begin a line that holds a statement. */
int lex_indentation(Lexer *lx, const char *s, int n)
{
    lx->ws_end = NULL;
    if (lx->view == VIEW_TOKENIZE)
        return indent_tokenize(lx, s, s + n);
    return indent_parser(lx, s, s + n);
}

/* ---- line ends ------------------------------------------------------------------ */

/* A line end: NEWLINE when it ends a logical line, NL inside brackets.
 * CPython passes no NEWLINE for a logical line without tokens (a line with
 * only a backslash, say); the parser view makes that an NL. */
int lex_newline(Lexer *lx, const char *s, int n)
{
    int type = TOK_NEWLINE;
    if (lx->view == VIEW_TOKENIZE) {
        if (lx->depth > 0)
            type = TOK_NL;
    } else if (lx->depth > 0 || lx->expression || !lx->line_has_tokens) {
        type = TOK_NL;
    }
    if (type == TOK_NEWLINE)
        lx->line_has_tokens = false;
    int status = lex_put_span(lx, type, s, s + n);
    lex_next_line(lx, s + n);
    return status;
}

/* A backslash at the end of a line joins the next line to this one. */
void lex_continuation(Lexer *lx, const char *s, int n)
{
    lx->backslash = s;
    lx->backslash_line = lx->line;
    lx->backslash_line_start = lx->line_start;
    lx->continuation_end = s + n;
    lex_next_line(lx, s + n);
}

/* ---- the end of the text ---------------------------------------------------------- */

/* DEDENT for each open level, then ENDMARKER, all at (line, 0). */
static int finish(Lexer *lx, int line)
{
    for (; lx->nindents > 1; lx->nindents--)
        if (lex_put(lx, TOK_DEDENT, "", 0, line, 0, line, 0, NULL))
            return 1;
    return lex_put(lx, TOK_ENDMARKER, "", 0, line, 0, line, 0, NULL);
}

/* The line after the last one: tokenize.py numbers its ENDMARKER so. */
static int line_after_text(const Lexer *lx)
{
    return lex_is_line_end(lx, lx->end) || lx->src == lx->end ? lx->line : lx->line + 1;
}

/* Does the current line, stripped as str.strip() strips, start with '#'? */
static bool line_is_comment(const Lexer *lx)
{
    const char *p = lx->line_start;
    while (p < lx->end) {
        const char *at = p;
        uint32_t c = utf8_decode(&p, lx->end);
        if (!char_is_space(c))
            return *at == '#';
    }
    return false;
}

static int put_final_newline(Lexer *lx)
{
    int col = lex_col(lx, lx->end);
    return lex_put(lx, TOK_NEWLINE, "", 0, lx->line, col, lx->line, col + 1, NULL);
}

/* The text ends inside a line (`in_line`) or inside a continued string.
 * A last line without a line end gets a NEWLINE '' (one column wide, as
 * tokenize.py makes it); what is still open is an error. */
int lex_end_of_text(Lexer *lx, bool in_line, bool in_string)
{
    if (in_string)
        return lex_fail(lx, "TokenError", lx->str_line, lx->str_col + 1,
                        "EOF in multi-line string");
    if (lx->expression)
        return lex_raise_deferred(lx);
    bool after_backslash = lx->continuation_end && lx->continuation_end == lx->end &&
                           !(lx->view == VIEW_PARSER && lex_ends_with_crlf(lx));
    if (lx->view == VIEW_TOKENIZE) {
        if (in_line && (lx->depth != 0 || after_backslash))
            return lex_fail(lx, "TokenError", line_after_text(lx), 1,
                            "EOF in multi-line statement");
        /* tokenize.py's test: the last line does not end with a line end
         * and is not, stripped, a comment. */
        if (lx->end > lx->src && lx->end[-1] != '\n' && lx->end[-1] != '\r' &&
            !line_is_comment(lx) && put_final_newline(lx))
            return 1;
        return finish(lx, line_after_text(lx));
    }
    if (in_line && lx->depth > 0) {
        const OpenBracket *b = &lx->brackets[lx->depth - 1];
        LexError err;
        lex_error_at(lx, &err, "SyntaxError", b->line, b->line_start, b->at + 1,
                     "'%c' was never closed", b->c);
        /* after a parser's error, CPython reports it if it opened on an earlier line */
        return lex_raise(lx, &err, err.line < lx->deferred_error.line);
    }
    if (in_line && after_backslash)
        return lex_fail(lx, "SyntaxError", lx->backslash_line,
                        lex_chars(lx->backslash_line_start, lx->backslash + 2),
                        "unexpected EOF while parsing");
    if (lex_raise_deferred(lx))
        return 1;
    if (in_line && lx->line_has_tokens && put_final_newline(lx))
        return 1;
    return finish(lx, line_after_text(lx));
}

/* The last line holds only blanks and no line end: tokenize.py stops there,
 * and puts the DEDENTs and ENDMARKER on that line. */
int lex_blank_last_line(Lexer *lx)
{
    if (lex_raise_deferred(lx))
        return 1;
    if (lx->expression)
        return 0;
    return finish(lx, lx->line);
}

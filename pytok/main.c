/* main.c - pytok: Python 3.11 source to tokens.
 *
 *   pytok [FILE|-] [-o OUT] [--json] [--text] [-e]
 *
 * Writes the token file (docs/formats.md §4) that pyparse reads, or with
 * --text (or to a terminal) prints the tokens as `python3 -m tokenize`
 * does.  The two follow different tokenizers of CPython (lexer.h): the
 * token file CPython's own, which its parser reads; the text view the
 * tokenize module's.  Nothing is written unless the whole file tokenizes:
 * an error is reported on stderr, with exit status 1. */
#include "artifact.h"
#include "cli.h"
#include "diag.h"
#include "lexer.h"
#include "output.h"
#include "source.h"
#include "textview.h"
#include "tokens.h"
#include "tokfile.h"
#include "utf8.h"

#include <limits.h>
#include <string.h>

/* flex counts a token's length in an int; no Python file comes near this. */
enum { MAX_SOURCE = 1 << 30 };

/* The line that holds the error, [*start, *end), or false. */
static bool find_line(const Source *src, int line, const char **start, const char **end)
{
    const char *p = src->text, *stop = src->text + src->len;
    for (int n = 1; n < line; n++) {
        p = memchr(p, '\n', (size_t)(stop - p));
        if (!p)
            return false;
        p++;
    }
    *start = p;
    *end = memchr(p, '\n', (size_t)(stop - p));
    if (!*end)
        *end = stop;
    return true;
}

/* FILE:LINE:COL: KIND: message, then the line and a caret; of a very long
 * line (a 100 MB one, say), only the characters around the column. */
static int report(const LexError *err, const char *filename, const Source *src)
{
    enum { LONG_LINE = 240, AROUND = 70 };
    const char *start, *end;
    if (!src || !find_line(src, err->line, &start, &end) || end - start <= LONG_LINE) {
        diag_at(filename, src ? src->text : NULL, src ? src->len : 0, err->line, err->col,
                err->kind, "%s", err->message);
        return EXIT_PROGRAM_ERROR;
    }
    diag_at(filename, NULL, 0, err->line, err->col, err->kind, "%s", err->message);
    const char *at = start;             /* the character at the column */
    for (int n = 1; n < err->col && at < end; n++)
        for (at++; at < end && ((unsigned char)*at & 0xC0) == 0x80; at++)
            ;
    const char *from = at - start > AROUND ? at - AROUND : start;
    while (from > start && ((unsigned char)*from & 0xC0) == 0x80)
        from--;
    const char *to = end - at > AROUND ? at + AROUND : end;
    while (to < end && ((unsigned char)*to & 0xC0) == 0x80)
        to++;
    Buf excerpt;
    buf_init(&excerpt);
    buf_puts(&excerpt, from > start ? "..." : "");
    buf_append(&excerpt, from, (size_t)(to - from));
    buf_puts(&excerpt, to < end ? "..." : "");
    int col = err->col < 1 ? 0 : (from > start ? 3 : 0) + (int)utf8_count(from, (size_t)(at - from)) + 1;
    diag_show_line(excerpt.data, excerpt.len, 1, col);
    buf_free(&excerpt);
    return EXIT_PROGRAM_ERROR;
}

/* Tokenizes the whole text, sending every token to emit(sink). */
static int tokenize(const Source *src, LexView view, TokenSink emit, void *sink, LexError *err)
{
    Token encoding = { TOK_ENCODING, src->encoding, strlen(src->encoding), 0, 0, 0, 0, NULL, 0 };
    emit(sink, &encoding);
    Lexer lx;
    lexer_init(&lx, view, src->text, src->len, emit, sink, err);
    int status = lexer_run(&lx);
    lexer_free(&lx);
    return status;
}

static int text_view(const Source *src, const char *filename, bool exact, const CliOptions *opt)
{
    TextView view = { { NULL, 0, 0 }, exact, -1, 0 };
    LexError err = { 0 };
    TextOutput output;
    int status = text_output_begin(&output, opt, &view);
    if (status == 0) {
        if (tokenize(src, VIEW_TOKENIZE, textview_add, &view, &err)) {
            text_output_abandon(&output);
            status = report(&err, filename, src);
        } else {
            status = text_output_end(&output, &view);
        }
    }
    buf_free(&view.out);
    return status;
}

static int token_file(const Source *src, const char *filename, const CliOptions *opt)
{
    TokenList tokens = { { NULL, 0, 0 }, 0, false, NULL };
    LexError err = { 0 };
    TokenOutput output;
    int status = token_output_begin(&output, opt, filename, src, &tokens);
    if (status == 0) {
        if (tokenize(src, VIEW_PARSER, tokfile_add, &tokens, &err)) {
            token_output_abandon(&output);
            status = report(&err, filename, src);
        } else {
            status = token_output_end(&output, &tokens);
        }
    }
    buf_free(&tokens.bytes);
    return status;
}

int main(int argc, char **argv)
{
    bool exact = false;
    const CliFlag flags[] = {
        { "exact", 'e', &exact, NULL, "text view: operators by their exact type (LPAR, ...)" },
        { NULL, 0, NULL, NULL, NULL },
    };
    const CliSpec spec = {
        "pytok",
        "Tokenize Python 3.11 source into the token file that pyparse reads; with --text,\n"
        "print the tokens as `python3 -m tokenize` does.",
        "Python source file", flags, false, true,
    };
    CliOptions opt;
    cli_parse(argc, argv, &spec, &opt);
    const char *filename = strcmp(opt.input, "-") == 0 ? "<stdin>" : opt.input;

    Buf file;
    buf_init(&file);
    int err_no = buf_read_file(&file, opt.input);
    if (err_no) {
        buf_free(&file);
        diag_message("%s: %s", opt.input, strerror(err_no));
        return EXIT_USAGE;
    }
    if (file.len > MAX_SOURCE) {
        buf_free(&file);
        diag_message("%s: too large for pytok (more than %d MiB)", opt.input, MAX_SOURCE >> 20);
        return EXIT_USAGE;
    }
    LexView view = opt.text_view ? VIEW_TOKENIZE : VIEW_PARSER;
    Source src;
    LexError err = { 0 };
    int status;
    if (source_decode(&file, view, filename, &src, &err))
        status = report(&err, filename, NULL);
    else if (view == VIEW_TOKENIZE)
        status = text_view(&src, filename, exact, &opt);
    else
        status = token_file(&src, filename, &opt);
    source_free(&src);
    return status;
}

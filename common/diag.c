/* diag.c - the shared diagnostic format (see diag.h). */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *program = "tool";

void diag_set_program(const char *name)
{
    const char *slash = strrchr(name, '/');
    program = slash ? slash + 1 : name;
}

const char *diag_program(void)
{
    return program;
}

void diag_message(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s: ", program);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

void diag_fatal(int status, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s: ", program);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(status);
}

/* The end of the line starting at p: the first \n or \r (a lone CR ends a
 * line too, as in CPython's tokenizer). */
static const char *line_end(const char *p, const char *end)
{
    while (p < end && *p != '\n' && *p != '\r')
        p++;
    return p;
}

/* Finds line `line` (1-based) of the source; returns its start and sets *len
 * to its length without the line end, or returns NULL. */
static const char *find_line(const char *source, size_t source_len, int line, size_t *len)
{
    if (!source || line < 1)
        return NULL;
    const char *p = source, *end = source + source_len;
    for (int n = 1; n < line; n++) {
        p = line_end(p, end);
        if (p == end)
            return NULL;
        p += p + 1 < end && p[0] == '\r' && p[1] == '\n' ? 2 : 1;
    }
    if (p == end && line > 1)
        return NULL;
    *len = (size_t)(line_end(p, end) - p);
    return p;
}

static void show_span(const char *source, size_t source_len, int line, int col, int width);

void diag_show_line(const char *source, size_t source_len, int line, int col)
{
    show_span(source, source_len, line, col, 1);
}

/* The source line and WIDTH carets from character column COL. */
static void show_span(const char *source, size_t source_len, int line, int col, int width)
{
    size_t len;
    const char *text = find_line(source, source_len, line, &len);
    if (!text)
        return;
    /* Like CPython, drop the indentation and move the caret with it. */
    size_t skip = 0;
    while (skip < len && (text[skip] == ' ' || text[skip] == '\t' || text[skip] == '\f'))
        skip++;
    fprintf(stderr, "    %.*s\n", (int)(len - skip), text + skip);
    if (col < 1)
        return;
    /* COL counts characters: walk UTF-8 lead bytes up to it. */
    int chars = 0;
    size_t i = 0;
    fputs("    ", stderr);
    while (i < len && chars < col - 1) {
        unsigned char c = (unsigned char)text[i];
        if (i >= skip)
            fputc(c == '\t' ? '\t' : ' ', stderr);
        i++;
        while (i < len && ((unsigned char)text[i] & 0xC0) == 0x80)
            i++;
        chars++;
    }
    for (int mark = 0; mark < width; mark++)
        fputc('^', stderr);
    fputc('\n', stderr);
}

/* The FILE:LINE:COL: KIND: message line that every diagnostic starts with. */
static void print_header(const char *filename, int line, int col, const char *kind,
                         const char *fmt, va_list ap)
{
    fprintf(stderr, "%s:%d:%d: %s: ", filename, line, col, kind);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
}

void diag_at(const char *filename, const char *source, size_t source_len,
             int line, int col, const char *kind, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    print_header(filename, line, col, kind, fmt, ap);
    va_end(ap);
    diag_show_line(source, source_len, line, col);
}

void diag_at_range(const char *filename, const char *source, size_t source_len,
                   int line, int col, int end_line, int end_col, const char *kind,
                   const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    print_header(filename, line, col, kind, fmt, ap);
    va_end(ap);
    int width = end_line == line && end_col > col ? end_col - col : 1;
    show_span(source, source_len, line, col, width);
}

/* stage_error.c - the stages' syntax errors as exceptions (see stage_error.h). */
#include "runtime.h"
#include "vm/stage_error.h"

#include <stdio.h>

/* The number of carets on the diagnostic's third line (after the source
 * line): the span the stage marked, 0 when there is no caret line. */
static long caret_width(const char *after_first_line)
{
    if (!after_first_line)
        return 0;
    const char *caret_line = strchr(after_first_line + 1, '\n');
    if (!caret_line)
        return 0;
    caret_line++;
    while (*caret_line == ' ' || *caret_line == '\t' || *caret_line == '\f')
        caret_line++;
    long n = 0;
    while (caret_line[n] == '^')
        n++;
    return n;
}

bool stage_diagnostic_parse(const char *report, StageDiagnostic *d)
{
    const char *kind_start = NULL;
    char *end1, *end2;
    d->line = d->col = 0;
    /* skip the path (which may hold colons): find ":LINE:COL: " */
    for (const char *q = report; *q && *q != '\n'; q++) {
        if (*q != ':')
            continue;
        long l = strtol(q + 1, &end1, 10);
        if (end1 == q + 1 || *end1 != ':')
            continue;
        long c = strtol(end1 + 1, &end2, 10);
        if (end2 == end1 + 1 || end2[0] != ':' || end2[1] != ' ')
            continue;
        d->line = l;
        d->col = c;
        kind_start = end2 + 2;
        break;
    }
    if (!kind_start)
        return false;
    const char *colon = strstr(kind_start, ": ");
    const char *nl = strchr(kind_start, '\n');
    if (!colon || (nl && colon > nl))
        return false;
    size_t n = (size_t)(colon - kind_start);
    d->kind = n == 16 && memcmp(kind_start, "IndentationError", 16) == 0 ? &Exc_IndentationError
              : n == 8 && memcmp(kind_start, "TabError", 8) == 0      ? &Exc_TabError
                                                                        : &Exc_SyntaxError;
    d->message = colon + 2;
    const char *end = strchr(d->message, '\n');
    d->msg_len = end ? (size_t)(end - d->message) : strlen(d->message);
    d->width = caret_width(end);
    return true;
}

Object *stage_error_exception(const StageDiagnostic *d, Object *message, Object *filename,
                              const char *text, size_t text_len)
{
    Object *msg = message ? NEWREF(message) : str_from_utf8(d->message, d->msg_len);
    /* the line the error is on */
    const char *start = text, *end = text + text_len;
    for (long i = 1; i < d->line && start < end; i++) {
        const char *nl = memchr(start, '\n', (size_t)(end - start));
        start = nl ? nl + 1 : end;
    }
    const char *stop = start < end ? memchr(start, '\n', (size_t)(end - start)) : NULL;
    Object *source_line;
    if (d->line >= 1 && start < end) {
        /* (with its line end, which CPython adds when the text has none) */
        Buf b;
        buf_init(&b);
        buf_append(&b, start, (size_t)((stop ? stop + 1 : end) - start));
        if (!stop)
            buf_putc(&b, '\n');
        source_line = str_from_utf8(b.data, b.len);
        buf_free(&b);
    } else {
        source_line = none_ref();
    }
    Object *ln = int_from_i64(d->line), *offset = int_from_i64(d->col);
    /* a marked span gives the end (end_lineno, end_offset), as CPython's SyntaxError has */
    Object *end_offset = int_from_i64(d->col + d->width);
    Object *info = d->width > 0 ? tuple_pack(6, filename, ln, offset, source_line, ln, end_offset)
                                : tuple_pack(4, filename, ln, offset, source_line);
    DECREF(end_offset);
    Object *args[2] = { msg, info };
    Object *exc = exception_new(d->kind, args, 2);
    DECREF(info);
    DECREF(ln);
    DECREF(offset);
    DECREF(source_line);
    DECREF(msg);
    return exc;
}

bool vm_raise_stage_error(const char *report, const char *path)
{
    StageDiagnostic d;
    if (!stage_diagnostic_parse(report, &d))
        return false;
    Buf text;
    buf_init(&text);
    FILE *f = fopen(path, "rb");
    if (f) {
        char chunk[4096];
        size_t k;
        while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
            buf_append(&text, chunk, k);
        fclose(f);
    }
    Object *filename = str_from_cstr(path);
    Object *exc = stage_error_exception(&d, NULL, filename, text.data ? text.data : "",
                                        text.len);
    DECREF(filename);
    buf_free(&text);
    if (!exc)
        return true;
    err_set_object(exc);
    DECREF(exc);
    return true;
}

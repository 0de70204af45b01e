/* textview.c - tokens as `python3 -m tokenize` prints them (see textview.h). */
#include "textview.h"
#include "pyrepr.h"
#include "tokens.h"
#include "utf8.h"

#include <stdio.h>

static void pad(Buf *b, size_t have, size_t width)
{
    for (; have < width; have++)
        buf_putc(b, ' ');
}

int textview_add(void *sink, const Token *t)
{
    TextView *view = sink;
    Buf *b = &view->out;
    char where[64];
    int n = snprintf(where, sizeof where, "%d,%d-%d,%d:", t->line, t->col, t->end_line, t->end_col);
    buf_append(b, where, (size_t)n);
    pad(b, (size_t)n, 20);

    const char *name = !view->exact && token_is_operator(t->type) ? "OP" : token_name(t->type);
    buf_puts(b, name);
    pad(b, strlen(name), 15);

    size_t start = b->len;
    pyrepr_str(b, t->text, t->len);
    pad(b, utf8_count(b->data + start, b->len - start), 15);   /* width in characters */
    buf_putc(b, '\n');
    return 0;
}

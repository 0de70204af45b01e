/* textview.c - tokens as `python3 -m tokenize` prints them (see textview.h). */
#include "textview.h"
#include "pyrepr.h"
#include "tokens.h"
#include "utf8.h"

#include <errno.h>
#include <stdio.h>
#include <unistd.h>

enum { STREAM_CHUNK = 1 << 16 };

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
    if (view->stream_fd >= 0 && b->len >= STREAM_CHUNK)
        textview_flush(view);
    return 0;
}

void textview_flush(TextView *view)
{
    const char *p = view->out.data;
    size_t n = view->out.len;
    while (n > 0 && !view->stream_error) {
        ssize_t k = write(view->stream_fd, p, n);
        if (k < 0 && errno != EINTR)
            view->stream_error = errno;
        if (k > 0) {
            p += k;
            n -= (size_t)k;
        }
    }
    view->out.len = 0;
}

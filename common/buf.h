/* buf.h - a growable byte buffer, the one string builder every stage uses.
 *
 * Bytes are appended at the end; the buffer doubles when full, so appending
 * is amortised O(1).  `data` is always NUL-terminated (the NUL is not counted
 * in `len`), so text built here can be passed to C string functions. */
#ifndef COMMON_BUF_H
#define COMMON_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

typedef struct Buf {
    char *data;
    size_t len;
    size_t cap;
} Buf;

void buf_init(Buf *b);
void buf_free(Buf *b);
void buf_reserve(Buf *b, size_t extra);       /* room for `extra` more bytes */
void buf_append(Buf *b, const void *bytes, size_t n);
void buf_puts(Buf *b, const char *s);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(Buf *b, const char *fmt, va_list ap);
char *buf_steal(Buf *b);                        /* caller frees; b is reset */

static inline void buf_putc(Buf *b, char c)
{
    if (b->len + 1 >= b->cap)
        buf_reserve(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}

/* Reads a whole file ("-" = stdin) into b.  Returns 0, or errno. */
int buf_read_file(Buf *b, const char *path);

#endif

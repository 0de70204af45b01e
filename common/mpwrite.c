/* mpwrite.c - msgpack-c packer into a buffer or a file descriptor. */
#include "mpwrite.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

enum { FLUSH_AT = 1 << 16 };

static int write_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t k = write(fd, p, n);
        if (k < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        p += k;
        n -= (size_t)k;
    }
    return 0;
}

int mpw_flush(MpWriter *w)
{
    if (w->fd >= 0 && w->buf.len > 0) {
        if (!w->error)
            w->error = write_all(w->fd, w->buf.data, w->buf.len);
        w->buf.len = 0;
    }
    return w->error;
}

/* msgpack-c calls this for every packed piece.  A large piece (a program's
 * source text, say) goes straight to the file, without a copy. */
static int append(void *data, const char *bytes, size_t n)
{
    MpWriter *w = data;
    if (n < FLUSH_AT && w->buf.len + n < w->buf.cap) {
        /* the usual case, a few bytes with room for them: no call */
        memcpy(w->buf.data + w->buf.len, bytes, n);
        w->buf.len += n;
        w->buf.data[w->buf.len] = '\0';
        if (w->fd >= 0 && w->buf.len >= FLUSH_AT)
            mpw_flush(w);
        return 0;
    }
    if (w->fd >= 0 && n >= FLUSH_AT) {
        mpw_flush(w);
        if (!w->error)
            w->error = write_all(w->fd, bytes, n);
        return 0;
    }
    buf_append(&w->buf, bytes, n);
    if (w->fd >= 0 && w->buf.len >= FLUSH_AT)
        mpw_flush(w);
    return 0;
}

void mpw_raw(MpWriter *w, const void *bytes, size_t n)
{
    append(w, bytes, n);
}

void mpw_init_memory(MpWriter *w)
{
    buf_init(&w->buf);
    w->fd = -1;
    w->error = 0;
    msgpack_packer_init(&w->pk, w, append);
}

void mpw_init_fd(MpWriter *w, int fd)
{
    mpw_init_memory(w);
    w->fd = fd;
    buf_reserve(&w->buf, FLUSH_AT + 4096);
}

void mpw_free(MpWriter *w)
{
    buf_free(&w->buf);
}

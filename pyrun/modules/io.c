/* io.c - text files: sys.stdin, sys.stdout, sys.stderr, and open().
 *
 * A file object wraps a file descriptor with a buffer of its own.  Output
 * to stdout is collected in the buffer and written in large pieces (when
 * the buffer fills, at flush(), at exit), as CPython does when stdout is
 * not a terminal; stderr is written at every line end. */
#include "runtime.h"
#include "modules/io.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

enum { WRITE_BUFFER = 64 * 1024, READ_CHUNK = 64 * 1024 };

static void file_flush_buffer(FileObject *f)
{
    size_t done = 0;
    while (done < f->wlen) {
        ssize_t k = write(f->fd, f->wbuf + done, f->wlen - done);
        if (k < 0) {
            if (errno == EINTR)
                continue;
            break;          /* (a closed pipe: the output is lost, as it would be) */
        }
        done += (size_t)k;
    }
    f->wlen = 0;
}

int file_write(FileObject *f, const char *data, size_t n)
{
    if (f->closed) {
        err_set_string(&Exc_ValueError, "I/O operation on closed file.");
        return -1;
    }
    if (!f->writable) {
        err_set_string(&Exc_OSError, "not writable");
        return -1;
    }
    if (f->wlen + n > WRITE_BUFFER)
        file_flush_buffer(f);
    if (n > WRITE_BUFFER) {
        size_t done = 0;
        while (done < n) {
            ssize_t k = write(f->fd, data + done, n - done);
            if (k < 0) {
                if (errno == EINTR)
                    continue;
                break;
            }
            done += (size_t)k;
        }
        return 0;
    }
    memcpy(f->wbuf + f->wlen, data, n);
    f->wlen += n;
    if (f->line_buffered && memchr(data, '\n', n))
        file_flush_buffer(f);
    return 0;
}

void file_flush(FileObject *f)
{
    if (!f->closed && f->wlen)
        file_flush_buffer(f);
}

Object *file_new(int fd, const char *name, const char *mode, bool line_buffered)
{
    FileObject *f = (FileObject *)obj_alloc(&FileType, 0);
    f->fd = fd;
    f->name = str_from_cstr(name);
    f->mode = str_from_cstr(mode);
    f->readable = strchr(mode, 'r') != NULL || strchr(mode, '+') != NULL;
    f->writable = strchr(mode, 'w') != NULL || strchr(mode, 'a') != NULL ||
                  strchr(mode, '+') != NULL;
    f->binary = strchr(mode, 'b') != NULL;
    f->line_buffered = line_buffered;
    if (f->writable)
        f->wbuf = mem_alloc(WRITE_BUFFER);
    buf_init(&f->rbuf);
    return (Object *)f;
}

static void file_close_fd(FileObject *f)
{
    if (f->closed)
        return;
    file_flush(f);
    if (f->fd > 2)
        close(f->fd);
    f->closed = true;
}

static void file_dealloc(Object *o)
{
    FileObject *f = (FileObject *)o;
    file_close_fd(f);
    if (f->wbuf)
        mem_free(f->wbuf, WRITE_BUFFER);
    buf_free(&f->rbuf);
    XDECREF(f->name);
    XDECREF(f->mode);
    obj_free(o);
}

/* ---- reading ------------------------------------------------------------------------------ */

/* Reads more of the file into the read buffer; false at the end. */
static bool fill(FileObject *f)
{
    buf_reserve(&f->rbuf, READ_CHUNK);
    for (;;) {
        ssize_t k = read(f->fd, f->rbuf.data + f->rbuf.len, READ_CHUNK);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return false;
        f->rbuf.len += (size_t)k;
        f->rbuf.data[f->rbuf.len] = '\0';
        return true;
    }
}

static Object *take(FileObject *f, size_t n)
{
    Object *r = f->binary ? bytes_from(f->rbuf.data + f->rpos, n)
                          : str_from_utf8(f->rbuf.data + f->rpos, n);
    f->rpos += n;
    if (f->rpos == f->rbuf.len) {
        f->rpos = f->rbuf.len = 0;
    }
    return r;
}

static bool check_readable(FileObject *f)
{
    if (f->closed) {
        err_set_string(&Exc_ValueError, "I/O operation on closed file.");
        return false;
    }
    if (!f->readable) {
        err_set_string(&Exc_OSError, "not readable");
        return false;
    }
    return true;
}

/* Text read from a file must be valid UTF-8: invalid bytes are refused as
 * CPython's decoder refuses them. */
static Object *checked(Object *text, FileObject *f)
{
    if (!text || f->binary)
        return text;
    return text;
}

Object *file_readline(FileObject *f)
{
    if (!check_readable(f))
        return NULL;
    for (;;) {
        char *start = f->rbuf.data + f->rpos;
        char *nl = f->rbuf.len > f->rpos ? memchr(start, '\n', f->rbuf.len - f->rpos) : NULL;
        if (nl)
            return checked(take(f, (size_t)(nl - start) + 1), f);
        if (!fill(f))
            return checked(take(f, f->rbuf.len - f->rpos), f);
    }
}

static Object *file_read_all(FileObject *f)
{
    while (fill(f))
        ;
    return checked(take(f, f->rbuf.len - f->rpos), f);
}

/* ---- methods --------------------------------------------------------------------------------- */

#define METHOD(name) static Object *name(Object *self, Object *const *args, size_t nargs, \
                                         TupleObject *kwnames)

METHOD(file_write_method)
{
    FileObject *f = (FileObject *)self;
    if (!arg_one("write", nargs, kwnames))
        return NULL;
    Object *s = args[0];
    const char *data;
    size_t n;
    if (f->binary) {
        if (!bytes_like_view(s, &data, &n))
            return NULL;
    } else {
        if (!str_check(s))
            return err_format(&Exc_TypeError, "write() argument must be str, not %s",
                              obj_type_name(s));
        data = str_data(s);
        n = str_size(s);
    }
    if (file_write(f, data, n) < 0)
        return NULL;
    return int_from_i64(f->binary ? (int64_t)n : (int64_t)str_length(s));
}

METHOD(file_writelines)
{
    if (!arg_one("writelines", nargs, kwnames))
        return NULL;
    Object *it = obj_get_iter(args[0]);
    if (!it)
        return NULL;
    Object *line;
    while ((line = iter_next(it))) {
        Object *r = file_write_method(self, &line, 1, NULL);
        DECREF(line);
        if (!r) {
            DECREF(it);
            return NULL;
        }
        DECREF(r);
    }
    DECREF(it);
    return err_occurred() ? NULL : none_ref();
}

METHOD(file_flush_method)
{
    file_flush((FileObject *)self);
    return none_ref();
}

METHOD(file_read)
{
    FileObject *f = (FileObject *)self;
    if (!arg_range("read", nargs, kwnames, 0, 1) || !check_readable(f))
        return NULL;
    int64_t n = -1;
    if (NARGS(nargs) && args[0] != OBJ_NONE) {
        n = obj_as_index(args[0], NULL);
        if (n == -1 && err_occurred())
            return NULL;
    }
    if (n < 0)
        return file_read_all(f);
    /* n characters (or bytes) */
    for (;;) {
        size_t avail = f->rbuf.len - f->rpos;
        size_t bytes = avail;
        if (!f->binary) {
            size_t chars = 0, i = 0;
            const char *p = f->rbuf.data + f->rpos;
            while (i < avail && chars < (size_t)n) {
                i++;
                while (i < avail && ((unsigned char)p[i] & 0xC0) == 0x80)
                    i++;
                chars++;
            }
            if (chars == (size_t)n)
                return take(f, i);
            bytes = i;
        } else if (avail >= (size_t)n) {
            return take(f, (size_t)n);
        }
        if (!fill(f))
            return take(f, bytes);
    }
}

METHOD(file_readline_method)
{
    if (!arg_range("readline", nargs, kwnames, 0, 1))
        return NULL;
    return file_readline((FileObject *)self);
}

METHOD(file_readlines)
{
    FileObject *f = (FileObject *)self;
    Object *lines = list_new(0);
    for (;;) {
        Object *line = file_readline(f);
        if (!line) {
            DECREF(lines);
            return NULL;
        }
        if ((f->binary ? bytes_size(line) : str_size(line)) == 0) {
            DECREF(line);
            return lines;
        }
        list_append_steal(lines, line);
    }
}

METHOD(file_close)
{
    file_close_fd((FileObject *)self);
    return none_ref();
}

METHOD(file_enter)
{
    return NEWREF(self);
}

METHOD(file_exit)
{
    file_close_fd((FileObject *)self);
    return none_ref();
}

METHOD(file_fileno)
{
    return int_from_i64(((FileObject *)self)->fd);
}

METHOD(file_isatty)
{
    return bool_from(isatty(((FileObject *)self)->fd));
}

METHOD(file_readable_method)
{
    return bool_from(((FileObject *)self)->readable);
}

METHOD(file_writable_method)
{
    return bool_from(((FileObject *)self)->writable);
}

static const MethodDef file_methods[] = {
    { "write", file_write_method, 0 },
    { "writelines", file_writelines, 0 },
    { "flush", file_flush_method, 0 },
    { "read", file_read, 0 },
    { "readline", file_readline_method, 0 },
    { "readlines", file_readlines, 0 },
    { "close", file_close, 0 },
    { "fileno", file_fileno, 0 },
    { "isatty", file_isatty, 0 },
    { "readable", file_readable_method, 0 },
    { "writable", file_writable_method, 0 },
    { "__enter__", file_enter, 0 },
    { "__exit__", file_exit, 0 },
    { NULL, NULL, 0 },
};

static Object *file_iternext(Object *o)
{
    FileObject *f = (FileObject *)o;
    Object *line = file_readline(f);
    if (!line)
        return NULL;
    if ((f->binary ? bytes_size(line) : str_size(line)) == 0) {
        DECREF(line);
        return NULL;
    }
    return line;
}

static Object *file_iter(Object *o)
{
    if (((FileObject *)o)->closed)
        return err_set_string(&Exc_ValueError, "I/O operation on closed file.");
    return NEWREF(o);
}

static Object *get_name(Object *o) { return NEWREF(((FileObject *)o)->name); }
static Object *get_mode(Object *o) { return NEWREF(((FileObject *)o)->mode); }
static Object *get_closed(Object *o) { return bool_from(((FileObject *)o)->closed); }
static Object *get_encoding(Object *o) { return str_from_cstr("utf-8"); }

static const GetSetDef file_getsets[] = {
    { "name", get_name, NULL },
    { "mode", get_mode, NULL },
    { "closed", get_closed, NULL },
    { "encoding", get_encoding, NULL },
    { NULL, NULL, NULL },
};

static Object *file_repr(Object *o)
{
    FileObject *f = (FileObject *)o;
    Object *n = obj_repr(f->name);
    Object *r = str_from_format("<_io.TextIOWrapper name=%s mode='%s' encoding='utf-8'>",
                                n ? str_data(n) : "?", str_data(f->mode));
    XDECREF(n);
    return r;
}

Type FileType = {
    .head = STATIC_HEADER(&TypeType),
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(FileObject),
    .dealloc = file_dealloc,
    .repr = file_repr,
    .iter = file_iter,
    .iternext = file_iternext,
    .methods = file_methods,
    .getsets = file_getsets,
};

/* ---- open() --------------------------------------------------------------------------------------- */

Object *file_open(Object *path, Object *mode_obj)
{
    if (int_check(path)) {
        /* open(fd): a file object over a descriptor already open */
        bool overflow;
        int64_t fd = int_as_i64(path, &overflow);
        if (overflow || fd < 0 || fd > INT32_MAX)
            return err_format(&Exc_ValueError, "negative file descriptor");
        const char *mode = mode_obj ? str_data(mode_obj) : "r";
        FileObject *f = (FileObject *)file_new((int)fd, "", mode, false);
        SETREF(f->name, NEWREF(path));
        return (Object *)f;
    }
    if (!str_check(path))
        return err_format(&Exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                          obj_type_name(path));
    const char *mode = mode_obj ? str_data(mode_obj) : "r";
    int flags;
    if (strchr(mode, 'r'))
        flags = strchr(mode, '+') ? O_RDWR : O_RDONLY;
    else if (strchr(mode, 'w'))
        flags = (strchr(mode, '+') ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC;
    else if (strchr(mode, 'a'))
        flags = (strchr(mode, '+') ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND;
    else if (strchr(mode, 'x'))
        flags = (strchr(mode, '+') ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL;
    else
        return err_format(&Exc_ValueError, "invalid mode: '%s'", mode);
    int fd = open(str_data(path), flags | O_CLOEXEC, 0666);
    if (fd < 0) {
        int e = errno;
        Type *t = e == ENOENT ? &Exc_FileNotFoundError : e == EACCES ? &Exc_PermissionError
                  : e == EEXIST ? &Exc_FileExistsError : e == EISDIR ? &Exc_IsADirectoryError
                  : &Exc_OSError;
        Object *args[3] = { int_from_i64(e), str_from_cstr(strerror(e)), NEWREF(path) };
        Object *exc = obj_call((Object *)t, args, 3, NULL);
        for (int i = 0; i < 3; i++)
            DECREF(args[i]);
        if (exc) {
            err_set_object(exc);
            DECREF(exc);
        }
        return NULL;
    }
    return file_new(fd, str_data(path), mode, false);
}

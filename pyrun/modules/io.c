/* io.c - files: sys.stdin, sys.stdout, sys.stderr, and open().
 *
 * A file object wraps a file descriptor with a buffer of its own.  Output
 * to stdout is collected in the buffer and written in large pieces (when
 * the buffer fills, at flush(), at exit), as CPython does when stdout is
 * not a terminal; stderr is written at every line end.  Input is read
 * ahead in large pieces too.  Text files decode what they read (UTF-8
 * unless told otherwise, with CPython's errors for bad bytes) and, by
 * default, turn "\r\n" and "\r" into "\n"; binary files deal in bytes. */
#include "runtime.h"
#include "modules/io.h"
#include "vm/import.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
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

/* io.UnsupportedOperation (a subclass of OSError and ValueError, defined
   in lib/io.py), or OSError if io cannot be imported. */
static Object *unsupported(const char *message)
{
    Object *io = import_module("io");
    Object *type = io ? obj_getattr_cstr(io, "UnsupportedOperation") : NULL;
    XDECREF(io);
    if (!type || !type_check(type)) {
        err_clear();
        XDECREF(type);
        return err_set_string(&Exc_OSError, message);
    }
    err_set_string((Type *)type, message);
    DECREF(type);
    return NULL;
}

static Object *closed_file(void)
{
    return err_set_string(&Exc_ValueError, "I/O operation on closed file.");
}

/* Input read ahead and not yet taken is given back before a write or a
   seek: a binary file moves the descriptor back to where the reader is
   (a text file writes where the reading ahead stopped, as CPython's does). */
static void drop_read_ahead(FileObject *f)
{
    size_t unread = f->rbuf.len - f->rpos;
    if (unread && f->binary)
        lseek(f->fd, -(off_t)unread, SEEK_CUR);
    f->rpos = f->rbuf.len = 0;
}

int file_write(FileObject *f, const char *data, size_t n)
{
    if (f->closed) {
        closed_file();
        return -1;
    }
    if (!f->writable) {
        unsupported("not writable");
        return -1;
    }
    if (f->rbuf.len)
        drop_read_ahead(f);
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
    if (f->write_through || (f->line_buffered && memchr(data, '\n', n)))
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
    f->translate = !f->binary;
    f->line_buffered = line_buffered;
    if (f->writable)
        f->wbuf = mem_alloc(WRITE_BUFFER);
    buf_init(&f->rbuf);
    return (Object *)f;
}

int file_write_text(FileObject *f, const char *text, size_t n)
{
    if (f->binary) {
        err_set_string(&Exc_TypeError, "a bytes-like object is required, not 'str'");
        return -1;
    }
    /* our strings are UTF-8 already, but for lone surrogates, which UTF-8
       cannot carry: the error handler decides what becomes of them */
    if (!f->encoding && !utf8_has_surrogates(text, n))
        return file_write(f, text, n);
    Object *s = str_from_utf8(text, n);
    Object *encoded = s ? codec_encode(s, f->encoding ? str_data(f->encoding) : "utf-8",
                                     f->errors ? str_data(f->errors) : "strict") : NULL;
    XDECREF(s);
    if (!encoded)
        return -1;
    int status = file_write(f, bytes_data(encoded), bytes_size(encoded));
    DECREF(encoded);
    return status;
}

void file_set_errors(Object *file, const char *errors)
{
    FileObject *f = (FileObject *)file;
    XDECREF(f->errors);
    f->errors = str_from_cstr(errors);
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
    XDECREF(f->encoding);
    XDECREF(f->errors);
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

/* "\r\n" and "\r" as "\n" (in place; returns the new length) */
static size_t translate_newlines(char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\r') {
            s[k++] = '\n';
            if (i + 1 < n && s[i + 1] == '\n')
                i++;
        } else {
            s[k++] = s[i];
        }
    }
    return k;
}

/* Text from the bytes read: ASCII as it is; anything else decoded by the
   file's codec, which refuses bad bytes as CPython's decoder does. */
static Object *decode(FileObject *f, char *data, size_t n)
{
    if (f->translate && memchr(data, '\r', n))
        n = translate_newlines(data, n);
    bool ascii = true;
    for (size_t i = 0; i < n && ascii; i++)
        ascii = (unsigned char)data[i] < 0x80;
    if (ascii && !f->encoding)
        return str_from_utf8(data, n);
    Object *raw = bytes_from(data, n);
    Object *text = codec_decode(raw, f->encoding ? str_data(f->encoding) : "utf-8",
                                f->errors ? str_data(f->errors) : "strict");
    DECREF(raw);
    return text;
}

/* The next n bytes of the read buffer, as bytes or text. */
static Object *take(FileObject *f, size_t n)
{
    char *start = f->rbuf.data + f->rpos;
    Object *r = f->binary ? bytes_from(start, n) : decode(f, start, n);
    f->rpos += n;
    if (f->rpos == f->rbuf.len) {
        f->rpos = f->rbuf.len = 0;
    }
    return r;
}

static bool check_readable(FileObject *f)
{
    if (f->closed) {
        closed_file();
        return false;
    }
    if (!f->readable) {
        unsupported("not readable");
        return false;
    }
    if (f->wlen)
        file_flush_buffer(f);
    return true;
}

/* The bytes that hold the first `limit` characters (or bytes) of the
   read buffer, at most all of it; *complete says whether there were that
   many. */
static size_t span_of(FileObject *f, size_t limit, bool *complete)
{
    size_t avail = f->rbuf.len - f->rpos;
    if (f->binary) {
        *complete = avail >= limit;
        return *complete ? limit : avail;
    }
    const char *p = f->rbuf.data + f->rpos;
    size_t chars = 0, i = 0;
    while (i < avail && chars < limit) {
        i++;
        while (i < avail && ((unsigned char)p[i] & 0xC0) == 0x80)
            i++;
        chars++;
    }
    *complete = chars == limit;
    return i;
}

/* A line, with its "\n"; at most `limit` characters (SIZE_MAX: no limit). */
static Object *readline_limited(FileObject *f, size_t limit)
{
    if (!check_readable(f))
        return NULL;
    for (;;) {
        char *start = f->rbuf.data + f->rpos;
        bool complete;
        size_t span = span_of(f, limit, &complete);
        char *nl = span ? memchr(start, '\n', span) : NULL;
        if (f->translate) {
            /* a "\r" ends a line too (with the "\n" after it, if any) */
            char *cr = span ? memchr(start, '\r', nl ? (size_t)(nl - start) : span) : NULL;
            if (cr && cr + 1 == f->rbuf.data + f->rbuf.len && fill(f))
                continue;       /* (is a "\n" next?) */
            if (cr)
                nl = cr + 1 < f->rbuf.data + f->rbuf.len && cr[1] == '\n' ? cr + 1 : cr;
        }
        if (nl)
            return take(f, (size_t)(nl - start) + 1);
        if (complete)
            return take(f, span);
        if (!fill(f))
            return take(f, f->rbuf.len - f->rpos);
    }
}

Object *file_readline(FileObject *f)
{
    return readline_limited(f, SIZE_MAX);
}

static Object *file_read_all(FileObject *f)
{
    while (fill(f))
        ;
    return take(f, f->rbuf.len - f->rpos);
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
    } else if (!str_check(s)) {
        return err_format(&Exc_TypeError, "write() argument must be str, not %s",
                          obj_type_name(s));
    } else {
        if (file_write_text(f, str_data(s), str_size(s)) < 0)
            return NULL;
        return int_from_i64(str_length(s));
    }
    if (file_write(f, data, n) < 0)
        return NULL;
    return int_from_i64((int64_t)n);
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
        bool complete;
        size_t span = span_of(f, (size_t)n, &complete);
        if (complete || !fill(f))
            return take(f, span);
    }
}

/* An optional size argument: -1 (or None) for no limit. */
static bool size_arg(const char *name, Object *const *args, size_t nargs, TupleObject *kwnames,
                     int64_t *size)
{
    *size = -1;
    if (!arg_range(name, nargs, kwnames, 0, 1))
        return false;
    if (NARGS(nargs) && args[0] != OBJ_NONE) {
        *size = obj_as_index(args[0], NULL);
        if (*size == -1 && err_occurred())
            return false;
    }
    return true;
}

METHOD(file_readline_method)
{
    int64_t size;
    if (!size_arg("readline", args, nargs, kwnames, &size))
        return NULL;
    return readline_limited((FileObject *)self, size < 0 ? SIZE_MAX : (size_t)size);
}

static size_t item_size(FileObject *f, Object *line)
{
    return f->binary ? bytes_size(line) : str_size(line);
}

/* readlines(hint): lines until their total size reaches hint */
METHOD(file_readlines)
{
    FileObject *f = (FileObject *)self;
    int64_t hint;
    if (!size_arg("readlines", args, nargs, kwnames, &hint))
        return NULL;
    Object *lines = list_new(0);
    size_t total = 0;
    for (;;) {
        Object *line = file_readline(f);
        if (!line) {
            DECREF(lines);
            return NULL;
        }
        size_t size = item_size(f, line);
        if (size == 0) {
            DECREF(line);
            return lines;
        }
        list_append_steal(lines, line);
        total += size;
        if (hint > 0 && total >= (size_t)hint)
            return lines;
    }
}

static bool check_open(FileObject *f)
{
    if (f->closed)
        closed_file();
    return !f->closed;
}

/* The position: the descriptor's, less what is read ahead, plus what is
   waiting to be written. */
static int64_t position(FileObject *f)
{
    off_t at = lseek(f->fd, 0, SEEK_CUR);
    if (at < 0)
        return -1;
    return (int64_t)at - (int64_t)(f->rbuf.len - f->rpos) + (int64_t)f->wlen;
}

static Object *os_error(void)
{
    int e = errno;
    Object *args[2] = { int_from_i64(e), str_from_cstr(strerror(e)) };
    Object *exc = obj_call((Object *)&Exc_OSError, args, 2, NULL);
    DECREF(args[0]);
    DECREF(args[1]);
    if (exc) {
        err_set_object(exc);
        DECREF(exc);
    }
    return NULL;
}

METHOD(file_tell)
{
    FileObject *f = (FileObject *)self;
    if (!arg_none("tell", nargs, kwnames) || !check_open(f))
        return NULL;
    int64_t at = position(f);
    return at < 0 ? os_error() : int_from_i64(at);
}

/* seek(offset, whence=0); a text file only to a position tell() gave, or to
   the end (as CPython's text files) */
METHOD(file_seek)
{
    FileObject *f = (FileObject *)self;
    if (!arg_range("seek", nargs, kwnames, 1, 2) || !check_open(f))
        return NULL;
    int64_t offset = obj_as_index(args[0], NULL);
    if (offset == -1 && err_occurred())
        return NULL;
    int64_t whence = 0;
    if (NARGS(nargs) == 2) {
        whence = obj_as_index(args[1], NULL);
        if (whence == -1 && err_occurred())
            return NULL;
    }
    if (whence < 0 || whence > 2)
        return err_format(&Exc_ValueError, "invalid whence (%lld, should be 0, 1 or 2)",
                          (long long)whence);
    if (!f->binary && whence == 1 && offset != 0)
        return unsupported("can't do nonzero cur-relative seeks");
    if (!f->binary && whence == 2 && offset != 0)
        return unsupported("can't do nonzero end-relative seeks");
    if (!f->binary && whence == 0 && offset < 0)
        return err_format(&Exc_ValueError, "negative seek position %lld", (long long)offset);
    if (whence == 1) {
        int64_t at = position(f);
        if (at < 0)
            return os_error();
        offset += at;
        whence = 0;
    }
    file_flush(f);
    f->rpos = f->rbuf.len = 0;
    off_t at = lseek(f->fd, (off_t)offset, whence == 0 ? SEEK_SET : SEEK_END);
    return at < 0 ? os_error() : int_from_i64((int64_t)at);
}

/* truncate(size=current position) */
METHOD(file_truncate)
{
    FileObject *f = (FileObject *)self;
    if (!arg_range("truncate", nargs, kwnames, 0, 1) || !check_open(f))
        return NULL;
    if (!f->writable)
        return unsupported("File not open for writing");
    int64_t size;
    if (NARGS(nargs) && args[0] != OBJ_NONE) {
        size = obj_as_index(args[0], NULL);
        if (size == -1 && err_occurred())
            return NULL;
    } else {
        size = position(f);
    }
    file_flush(f);
    drop_read_ahead(f);
    if (size < 0 || ftruncate(f->fd, (off_t)size) < 0)
        return os_error();
    return int_from_i64(size);
}

METHOD(file_seekable)
{
    FileObject *f = (FileObject *)self;
    return check_open(f) ? bool_from(lseek(f->fd, 0, SEEK_CUR) >= 0) : NULL;
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
    { "tell", file_tell, 0 },
    { "seek", file_seek, 0 },
    { "truncate", file_truncate, 0 },
    { "seekable", file_seekable, 0 },
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
static Object *get_encoding(Object *o)
{
    FileObject *f = (FileObject *)o;
    if (f->encoding)
        return NEWREF(f->encoding);
    /* CPython names the standard streams' codec "utf-8" (Python's own name)
       and a file's default "UTF-8" (the locale's) */
    bool standard = f->fd <= 2 && str_data(f->name)[0] == '<';
    return str_from_cstr(standard ? "utf-8" : "UTF-8");
}

/* The class CPython gives a binary file: a buffered reader, writer or both. */
static const char *binary_kind(const FileObject *f)
{
    return f->readable && f->writable ? "BufferedRandom"
           : f->readable              ? "BufferedReader"
                                      : "BufferedWriter";
}

static Object *get_errors(Object *o)
{
    FileObject *f = (FileObject *)o;
    if (f->binary)
        return err_format(&Exc_AttributeError, "'_io.%s' object has no attribute 'errors'",
                          binary_kind(f));
    return f->errors ? NEWREF(f->errors) : str_from_cstr("strict");
}

static const GetSetDef file_getsets[] = {
    { "name", get_name, NULL },
    { "mode", get_mode, NULL },
    { "closed", get_closed, NULL },
    { "encoding", get_encoding, NULL },
    { "errors", get_errors, NULL },
    { NULL, NULL, NULL },
};

/* Binary files are CPython's buffered readers and writers. */
static Object *file_repr(Object *o)
{
    FileObject *f = (FileObject *)o;
    Object *n = obj_repr(f->name);
    if (!n)
        return NULL;
    Object *r;
    if (f->binary) {
        r = str_from_format("<_io.%s name=%s>", binary_kind(f), str_data(n));
    } else {
        Object *e = get_encoding(o);
        r = str_from_format("<_io.TextIOWrapper name=%s mode='%s' encoding='%s'>", str_data(n),
                            str_data(f->mode), str_data(e));
        DECREF(e);
    }
    DECREF(n);
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

/* The OSError subclass for errno e, raised as OSError(e, strerror, path). */
static Object *open_error(int e, Object *path)
{
    Type *t = e == ENOENT ? &Exc_FileNotFoundError : e == EACCES ? &Exc_PermissionError
              : e == EEXIST ? &Exc_FileExistsError : e == EISDIR ? &Exc_IsADirectoryError
              : e == ENOTDIR ? &Exc_NotADirectoryError : &Exc_OSError;
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

/* The open() flags for a mode, or -1 with CPython's ValueError: letters
   from "rwaxbt+", none twice, exactly one of r w a x, not both b and t. */
static int mode_flags(const char *mode)
{
    int kinds = 0, flags = 0;
    bool plus = false;
    if (!*mode) {
        err_set_string(&Exc_ValueError, "Must have exactly one of create/read/write/append "
                                        "mode and at most one plus");
        return -1;
    }
    for (const char *p = mode; *p; p++) {
        if (!strchr("rwaxbt+", *p) || strchr(p + 1, *p)) {
            err_format(&Exc_ValueError, "invalid mode: '%s'", mode);
            return -1;
        }
        switch (*p) {
        case 'r': kinds++; flags = O_RDONLY; break;
        case 'w': kinds++; flags = O_WRONLY | O_CREAT | O_TRUNC; break;
        case 'a': kinds++; flags = O_WRONLY | O_CREAT | O_APPEND; break;
        case 'x': kinds++; flags = O_WRONLY | O_CREAT | O_EXCL; break;
        case '+': plus = true; break;
        }
    }
    if (strchr(mode, 'b') && strchr(mode, 't')) {
        err_set_string(&Exc_ValueError, "can't have text and binary mode at once");
        return -1;
    }
    if (kinds != 1) {
        err_set_string(&Exc_ValueError,
                       "must have exactly one of create/read/write/append mode");
        return -1;
    }
    if (plus)
        flags = (flags & ~(O_WRONLY | O_RDONLY)) | O_RDWR;
    return flags;
}

static Object *str_or_none(Object *o, const char *what)
{
    if (!o || o == OBJ_NONE)
        return NULL;
    if (!str_check(o))
        return err_format(&Exc_TypeError, "open() argument '%s' must be str or None, not %s",
                          what, obj_type_name(o));
    return o;
}

Object *file_open(Object *path, Object *mode_obj, Object *encoding, Object *errors,
                  Object *newline)
{
    if (mode_obj && !str_check(mode_obj))
        return err_format(&Exc_TypeError, "open() argument 'mode' must be str, not %s",
                          obj_type_name(mode_obj));
    const char *mode = mode_obj ? str_data(mode_obj) : "r";
    int flags = mode_flags(mode);
    if (flags < 0)
        return NULL;
    bool binary = strchr(mode, 'b') != NULL;
    encoding = str_or_none(encoding, "encoding");
    errors = str_or_none(errors, "errors");
    newline = str_or_none(newline, "newline");
    if (err_occurred())
        return NULL;
    if (encoding && !binary && str_equal_cstr(encoding, "locale"))
        encoding = NULL;        /* (3.10+) the locale's, as when none is given */
    if (binary && (encoding || errors || newline))
        return err_format(&Exc_ValueError, "binary mode doesn't take an%s argument",
                          encoding ? " encoding" : errors ? " errors" : " newline");
    if (newline && strcmp(str_data(newline), "") && strcmp(str_data(newline), "\n") &&
        strcmp(str_data(newline), "\r") && strcmp(str_data(newline), "\r\n"))
        return err_format(&Exc_ValueError, "illegal newline value: %s", str_data(newline));
    if (encoding) {
        /* an unknown codec is refused now, as CPython does */
        Object *empty = bytes_from("", 0);
        Object *probe = bytes_decode(empty, str_data(encoding), "strict");
        DECREF(empty);
        if (!probe)
            return NULL;
        DECREF(probe);
    }

    int fd;
    if (int_check(path)) {
        /* open(fd): a file object over a descriptor already open */
        bool overflow;
        int64_t n = int_as_i64(path, &overflow);
        if (overflow || n < 0 || n > INT32_MAX)
            return err_format(&Exc_ValueError, "negative file descriptor");
        fd = (int)n;
    } else {
        /* a str, or an os.PathLike such as a pathlib.Path */
        Object *p = obj_fspath(path);
        if (!p || !str_check(p)) {
            XDECREF(p);
            if (!err_occurred())
                err_format(&Exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                           obj_type_name(path));
            return NULL;
        }
        fd = open(str_data(p), flags | O_CLOEXEC, 0666);
        struct stat st;
        int e = fd < 0 ? errno : fstat(fd, &st) == 0 && S_ISDIR(st.st_mode) ? EISDIR : 0;
        if (e) {
            if (fd >= 0)
                close(fd);
            open_error(e, p);
            DECREF(p);
            return NULL;
        }
        path = p;       /* (the name the file object shows) */
    }
    FileObject *f = (FileObject *)file_new(fd, "", mode, false);
    SETREF(f->name, int_check(path) ? NEWREF(path) : path);
    f->translate = !binary && !newline;
    f->encoding = encoding ? NEWREF(encoding) : NULL;
    f->errors = errors ? NEWREF(errors) : NULL;
    return (Object *)f;
}

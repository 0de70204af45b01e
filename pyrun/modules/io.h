/* io.h - text files (sys.stdin/stdout/stderr, open()). */
#ifndef PYRUN_MODULES_IO_H
#define PYRUN_MODULES_IO_H

#include "object.h"
#include "buf.h"

typedef struct FileObject {
    Object head;
    int fd;
    Object *name, *mode;
    bool readable, writable, binary, closed, line_buffered;
    bool write_through;     /* no buffering (PYTHONUNBUFFERED) */
    bool translate;         /* text read: "\r\n" and "\r" become "\n" (newline=None) */
    Object *encoding;       /* text: a str, for str.encode / bytes.decode; NULL: UTF-8 */
    Object *errors;         /* NULL: strict */
    char *wbuf;             /* output not yet written */
    size_t wlen;
    Buf rbuf;               /* input read ahead */
    size_t rpos;
} FileObject;

extern Type FileType;

Object *file_new(int fd, const char *name, const char *mode, bool line_buffered);
/* The error handler for text that the file's encoding cannot carry. */
void file_set_errors(Object *file, const char *errors);
/* open(file, mode, encoding, errors, newline): the arguments after file may be NULL */
Object *file_open(Object *path, Object *mode, Object *encoding, Object *errors, Object *newline);
/* Bytes as they are (the buffered write under every other). */
int file_write(FileObject *f, const char *data, size_t n);
/* Text (UTF-8) through the file's encoding and error handler; a TypeError
 * for a binary file. */
int file_write_text(FileObject *f, const char *text, size_t n);
void file_flush(FileObject *f);
Object *file_readline(FileObject *f);

#endif

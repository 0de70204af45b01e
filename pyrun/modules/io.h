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
    char *wbuf;             /* output not yet written */
    size_t wlen;
    Buf rbuf;               /* input read ahead */
    size_t rpos;
} FileObject;

extern Type FileType;

Object *file_new(int fd, const char *name, const char *mode, bool line_buffered);
Object *file_open(Object *path, Object *mode);
int file_write(FileObject *f, const char *data, size_t n);
void file_flush(FileObject *f);
Object *file_readline(FileObject *f);

#endif

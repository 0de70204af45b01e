/* memoryview.h - memoryview: the bytes of a bytes or bytearray object,
 * seen without copying them - a slice of a view is a view of the same
 * bytes, and writing through a view of a bytearray changes it.  One
 * dimension of unsigned bytes (format 'B'; cast('c') shows them as bytes). */
#ifndef PYRUN_OBJECTS_MEMORYVIEW_H
#define PYRUN_OBJECTS_MEMORYVIEW_H

#include "object.h"

typedef struct MemoryViewObject {
    Object head;
    Object *base;               /* the bytes or bytearray */
    int64_t start, length, step;    /* the bytes seen: base[start + i*step], i < length */
    bool as_chars;              /* format 'c': items are bytes of length 1 */
    bool released;
} MemoryViewObject;

extern Type MemoryViewType;

Object *memoryview_new(Object *o);
/* The bytes a view sees when they are contiguous (a BufferError if not). */
bool memoryview_contiguous(Object *o, const char **data, size_t *size);

#endif

/* bytes.h - bytes (immutable) and bytearray (mutable): sequences of bytes. */
#ifndef PYRUN_OBJECTS_BYTES_H
#define PYRUN_OBJECTS_BYTES_H

#include "object.h"

typedef struct BytesObject {
    Object head;
    size_t size;
    int64_t hash;       /* -1 until computed */
    char data[];        /* size bytes + NUL */
} BytesObject;

typedef struct ByteArrayObject {
    Object head;
    size_t size, allocated;
    char *data;
} ByteArrayObject;

extern Type BytesType;
extern Type ByteArrayType;
extern Type BytesIterType;

static inline bool bytes_check(const Object *o) { return type_has(o->type, TYPE_BYTES_SUBCLASS); }
static inline bool bytearray_check(const Object *o) { return obj_is_instance_of(o, &ByteArrayType); }
static inline const char *bytes_data(const Object *o) { return ((const BytesObject *)o)->data; }
static inline size_t bytes_size(const Object *o) { return ((const BytesObject *)o)->size; }

Object *bytes_from(const void *data, size_t n);
BytesObject *bytes_new_raw(size_t n);
Object *bytes_repr_of(const char *data, size_t n);
Object *bytearray_from(const void *data, size_t n);
/* The codecs: UTF-8, ASCII, Latin-1, UTF-16, UTF-32 and the escape codecs,
 * with any error handler (objects/codec_errors.h). */
Object *str_encode(Object *s, const char *encoding, const char *errors);
Object *bytes_decode(Object *bytes, const char *encoding, const char *errors);
/* The same, as the functions of codecs.lookup() run the codec: an
 * exception from an error handler comes out as it is, where str.encode
 * and bytes.decode reword it to name the codec as CPython's do. */
Object *codec_encode(Object *s, const char *encoding, const char *errors);
Object *codec_decode(Object *bytes, const char *encoding, const char *errors);
/* 'unicode_escape' (Python's string-literal escapes) or, when raw,
 * 'raw_unicode_escape' (only \u and \U) (codec_escape.c). */
Object *escape_codec_encode(Object *s, bool raw);
Object *escape_codec_decode(const char *data, size_t size, bool raw, const char *errors);
/* The bytes of a bytes or bytearray (or NULL with a TypeError). */
bool bytes_like_view(Object *o, const char **data, size_t *size);
/* A bytes, or a bytearray when self is one, holding a copy of data. */
Object *bytes_same_kind(Object *self, const char *data, size_t n);
/* Room for n bytes (and the NUL after them). */
void bytearray_reserve(ByteArrayObject *b, size_t n);

#endif

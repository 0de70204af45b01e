/* str.h - str: immutable Unicode text.
 *
 * A str keeps its text as UTF-8 (extended, like the artifacts, to encode
 * lone surrogates: "WTF-8"), followed by a NUL so it can be handed to C.
 * It also knows its length in code points, and whether it is pure ASCII:
 * then code point i is byte i, and indexing and slicing are O(1).  In
 * other strings code point i is found by a walk: from the start for the
 * first few, through an index of every 32nd code point for the rest of a
 * long one (str_index.h).
 *
 * The hash is computed once and kept.  Names (of variables, attributes,
 * methods) are *interned*: one object per distinct name, so that looking a
 * name up in a dict is mostly a pointer comparison. */
#ifndef PYRUN_OBJECTS_STR_H
#define PYRUN_OBJECTS_STR_H

#include "object.h"

#include <stdarg.h>

struct StrObject {
    Object head;
    size_t size;        /* bytes of text, without the NUL */
    size_t length;      /* code points */
    int64_t hash;       /* -1 until computed */
    bool ascii;         /* every code point < 128 */
    bool interned : 1;
    bool indexed : 1;   /* has a code-point index (str_index.h) */
    char data[];        /* size bytes + NUL */
};

extern Type StrType;

static inline bool str_check(const Object *o) { return type_has(o->type, TYPE_STR_SUBCLASS); }
static inline bool str_check_exact(const Object *o) { return o->type == &StrType; }
static inline const char *str_data(const Object *o) { return ((const StrObject *)o)->data; }
static inline size_t str_size(const Object *o) { return ((const StrObject *)o)->size; }
static inline size_t str_length(const Object *o) { return ((const StrObject *)o)->length; }

/* A new str of `size` bytes and `length` code points, its data to be filled
 * in by the caller (the NUL is placed). */
StrObject *str_new_raw(size_t size, size_t length, bool ascii);
/* A str from WTF-8 bytes (must be well-formed). */
Object *str_from_utf8(const char *s, size_t n);
Object *str_from_ascii(const char *s, size_t n);          /* s known to be ASCII */
Object *str_from_cstr(const char *s);
Object *str_from_format(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
Object *str_from_vformat(const char *fmt, va_list ap);
Object *str_from_codepoint(uint32_t cp);        /* chr(cp) (single ASCII chars are cached) */
Object *str_empty(void);                        /* '' */

/* The interned str for a name (new reference). */
StrObject *str_intern_cstr(const char *s);
StrObject *str_intern_n(const char *s, size_t n);
/* Interns *s in place: replaces it by the interned equal string. */
void str_intern(StrObject **s);

int64_t str_hash(Object *s);
static inline int64_t str_cached_hash(Object *s)
{
    int64_t h = ((StrObject *)s)->hash;
    return h != -1 ? h : str_hash(s);
}
bool str_equal(Object *a, Object *b);           /* both str */
bool str_equal_cstr(Object *a, const char *s);
int str_compare(Object *a, Object *b);          /* code-point order: -1, 0, 1 */
Object *str_concat(Object *a, Object *b);
/* a + b, reusing a's memory when the caller holds the only reference
 * (`s += t` in a loop): *a is replaced by the result, b is borrowed. */
void str_append_inplace(Object **a, Object *b);
Object *str_join(Object *separator, Object *iterable);
Object *str_repeat(Object *s, int64_t n);
Object *str_substring(Object *s, size_t start, size_t stop);    /* code-point indexes */
/* Byte offset of code point `index` (index <= length). */
size_t str_offset_of(Object *s, size_t index);
/* The code-point index of byte `offset` (the start of a code point, or the end). */
size_t str_codepoints_before(Object *s, size_t offset);
uint32_t str_codepoint_at(Object *s, size_t index);
Object *str_item(Object *s, int64_t index);     /* s[i] (may be negative) */
Object *str_repr(Object *s);
/* str(o) as C text, for messages: borrowed from the str, valid while it lives. */
const char *str_cstr(Object *s);
/* Python's str.split() with no arguments, into a list. */
Object *str_split_whitespace(Object *s, int64_t maxsplit);
bool str_is_identifier(Object *s);
/* The % operator: format % args. */
Object *str_percent_format(Object *format, Object *args);
Object *bytes_percent_format(Object *format, Object *args);     /* bytes or bytearray format */
/* str.format_map(mapping) */
Object *str_format_map(Object *format, Object *mapping);
/* str.format(*args, **kwargs) */
Object *str_format_method(Object *format, Object *const *args, size_t nargs, TupleObject *kwnames);
/* Applies a format spec (the mini-language) to a str. */
Object *str_format_spec(Object *s, Object *spec);

/* Iteration over a str's code points. */
extern Type StrIterType;

#endif

/* json.h - the JSON form of artifacts, as a faithful transcoding of MessagePack.
 *
 * Every artifact is defined once, as MessagePack data (docs/formats.md).  Its
 * JSON form is the same data written in JSON, with two spellings for what
 * JSON lacks:
 *     MessagePack bin (bytes)         {"bytes": "68690a"}    (hex digits)
 *     float inf, -inf, nan            {"float": "inf"}
 * Integers must fit in 64 bits (bigger ones are tagged in the data model
 * itself, see docs/formats.md); floats are written as Python's repr() and
 * so always carry a '.' or an 'e'; JSON numbers with '.' or 'e' are read back
 * as floats, others as integers.  Strings are UTF-8; a lone surrogate in a
 * string is written as a \udXXX escape.
 *
 * Both converters are iterative: nesting depth costs heap, not C stack. */
#ifndef COMMON_JSON_H
#define COMMON_JSON_H

#include "buf.h"

#include <stdbool.h>
#include <stddef.h>

/* JSON text -> MessagePack bytes appended to out.  On error returns false
 * with a one-line message (naming line and column) in err. */
bool json_to_msgpack(const char *text, size_t len, Buf *out, char *err, size_t errsize);

/* One MessagePack value -> indented JSON text appended to out (ending in a
 * newline).  Arrays and maps whose elements are all scalars go on one line. */
bool msgpack_to_json(const void *data, size_t len, Buf *out, char *err, size_t errsize);

#endif

/* constant.h - Python constant values as they travel in artifacts.
 *
 * An AST Constant node and a code object's co_consts hold Python values.  In
 * MessagePack most of them are native; the others are one-key maps named
 * after the Python type (docs/formats.md, "Constants"):
 *
 *     None -> nil          True/False -> bool     int (64-bit) -> int
 *     float -> float       str -> str (WTF-8)     bytes -> bin
 *     {"int": "-123456789012345678901234567890"}   an int beyond 64 bits
 *     {"complex": [real, imag]}                      a complex number
 *     {"ellipsis": null}                             ...
 * co_consts also holds {"tuple": [...]}, {"frozenset": [...]} and
 * {"code": {...}}, which the AST never does; the code-object reader
 * handles those itself. */
#ifndef COMMON_CONSTANT_H
#define COMMON_CONSTANT_H

#include "arena.h"
#include "buf.h"
#include "mpread.h"

#include <msgpack.h>
#include <stdbool.h>
#include <stdint.h>

typedef enum ConstantKind {
    CONST_NONE,
    CONST_BOOL,
    CONST_ELLIPSIS,
    CONST_INT,          /* fits in int64 */
    CONST_BIGINT,       /* v.s: decimal digits, with a leading '-' if negative */
    CONST_FLOAT,
    CONST_COMPLEX,
    CONST_STR,          /* v.s: WTF-8 */
    CONST_BYTES,        /* v.s: raw bytes */
} ConstantKind;

typedef struct AstConstant {
    ConstantKind kind;
    union {
        bool b;
        int64_t i;
        double f;
        struct { double real, imag; } c;
        struct { const char *ptr; size_t len; } s;
    } v;
} AstConstant;

void constant_encode(msgpack_packer *pk, const AstConstant *c);

/* Decodes a constant; strings are copied into the arena (NUL-terminated).
 * Tuples, frozensets and code objects are refused: they never appear in an
 * AST.  Returns false (with the reader failed) on bad input. */
bool constant_decode(MpReader *r, Arena *arena, AstConstant *c);

/* Python's repr() of the constant, as ast.dump prints it. */
void constant_repr(Buf *out, const AstConstant *c);

/* True if s (length n) is a valid {"int": ...} digit string. */
bool constant_valid_bigint(const char *s, size_t n);

#endif

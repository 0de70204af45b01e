/* constant.c - encoding, decoding and repr of constants (see constant.h). */
#include "constant.h"
#include "mpwrite.h"
#include "pyrepr.h"
#include "utf8.h"

#include <stdio.h>
#include <string.h>

static void pack_tag(msgpack_packer *pk, const char *tag)
{
    msgpack_pack_map(pk, 1);
    msgpack_pack_str(pk, strlen(tag));
    msgpack_pack_str_body(pk, tag, strlen(tag));
}

void constant_encode(msgpack_packer *pk, const AstConstant *c)
{
    switch (c->kind) {
    case CONST_NONE: msgpack_pack_nil(pk); break;
    case CONST_BOOL: c->v.b ? msgpack_pack_true(pk) : msgpack_pack_false(pk); break;
    case CONST_ELLIPSIS: pack_tag(pk, "ellipsis"); msgpack_pack_nil(pk); break;
    case CONST_INT: msgpack_pack_int64(pk, c->v.i); break;
    case CONST_BIGINT:
        pack_tag(pk, "int");
        msgpack_pack_str(pk, c->v.s.len);
        msgpack_pack_str_body(pk, c->v.s.ptr, c->v.s.len);
        break;
    case CONST_FLOAT: msgpack_pack_double(pk, c->v.f); break;
    case CONST_COMPLEX:
        pack_tag(pk, "complex");
        msgpack_pack_array(pk, 2);
        msgpack_pack_double(pk, c->v.c.real);
        msgpack_pack_double(pk, c->v.c.imag);
        break;
    case CONST_STR:
        msgpack_pack_str(pk, c->v.s.len);
        msgpack_pack_str_body(pk, c->v.s.ptr, c->v.s.len);
        break;
    case CONST_BYTES:
        msgpack_pack_bin(pk, c->v.s.len);
        msgpack_pack_bin_body(pk, c->v.s.ptr, c->v.s.len);
        break;
    }
}

bool constant_valid_bigint(const char *s, size_t n)
{
    size_t i = n > 0 && s[0] == '-' ? 1 : 0;
    if (i == n)
        return false;
    for (; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

static void copy_str(Arena *arena, AstConstant *c, MpStr s)
{
    c->v.s.ptr = arena_strndup(arena, s.ptr ? s.ptr : "", s.len);
    c->v.s.len = s.len;
}

static bool decode_tagged(MpReader *r, Arena *arena, AstConstant *c)
{
    if (mp_read_map(r) != 1) {
        mp_fail(r, "a constant map must have exactly one key, its type name");
        return false;
    }
    MpStr tag = mp_read_str(r);
    if (mp_str_eq(tag, "int")) {
        MpStr digits = mp_read_str(r);
        if (!mp_failed(r) && !constant_valid_bigint(digits.ptr, digits.len)) {
            mp_fail(r, "{\"int\": ...} must hold decimal digits");
            return false;
        }
        c->kind = CONST_BIGINT;
        copy_str(arena, c, digits);
    } else if (mp_str_eq(tag, "complex")) {
        if (mp_read_array(r) != 2) {
            mp_fail(r, "{\"complex\": ...} must hold [real, imag]");
            return false;
        }
        c->kind = CONST_COMPLEX;
        c->v.c.real = mp_read_float(r);
        c->v.c.imag = mp_read_float(r);
    } else if (mp_str_eq(tag, "ellipsis")) {
        mp_read_nil(r);
        c->kind = CONST_ELLIPSIS;
    } else {
        mp_fail(r, "unknown constant type '%.*s' (an AST constant is None, bool, int, float, "
                   "complex, str, bytes or ellipsis)", (int)(tag.len > 40 ? 40 : tag.len),
                tag.ptr ? tag.ptr : "");
        return false;
    }
    return !mp_failed(r);
}

bool constant_decode(MpReader *r, Arena *arena, AstConstant *c)
{
    memset(c, 0, sizeof *c);
    switch (mp_peek(r)) {
    case MP_NIL: mp_read_nil(r); c->kind = CONST_NONE; break;
    case MP_BOOL: c->kind = CONST_BOOL; c->v.b = mp_read_bool(r); break;
    case MP_INT:
        if (*r->p == 0xcf && r->end - r->p >= 9 && r->p[1] >= 0x80) {
            /* a uint64 beyond int64: keep it exact, as a big int */
            char digits[24];
            int n = snprintf(digits, sizeof digits, "%llu", (unsigned long long)mp_read_uint(r));
            c->kind = CONST_BIGINT;
            c->v.s.ptr = arena_strndup(arena, digits, (size_t)n);
            c->v.s.len = (size_t)n;
        } else {
            c->kind = CONST_INT;
            c->v.i = mp_read_int(r);
        }
        break;
    case MP_FLOAT: c->kind = CONST_FLOAT; c->v.f = mp_read_float(r); break;
    case MP_STR: {
        MpStr s = mp_read_str(r);
        if (!mp_failed(r) && !utf8_valid_wtf8(s.ptr, s.len)) {
            mp_fail(r, "a str constant is not valid UTF-8");
            return false;
        }
        c->kind = CONST_STR;
        copy_str(arena, c, s);
        break;
    }
    case MP_BIN: c->kind = CONST_BYTES; copy_str(arena, c, mp_read_bin(r)); break;
    case MP_MAP: return decode_tagged(r, arena, c);
    default:
        mp_fail(r, "expected a constant, found %s at byte %zu", mp_type_name(mp_peek(r)),
                mp_offset(r));
        return false;
    }
    return !mp_failed(r);
}

void constant_repr(Buf *out, const AstConstant *c)
{
    char tmp[PYREPR_FLOAT_MAX];
    switch (c->kind) {
    case CONST_NONE: buf_puts(out, "None"); break;
    case CONST_BOOL: buf_puts(out, c->v.b ? "True" : "False"); break;
    case CONST_ELLIPSIS: buf_puts(out, "Ellipsis"); break;
    case CONST_INT: buf_printf(out, "%lld", (long long)c->v.i); break;
    case CONST_BIGINT: buf_append(out, c->v.s.ptr, c->v.s.len); break;
    case CONST_FLOAT: pyrepr_float(c->v.f, tmp); buf_puts(out, tmp); break;
    case CONST_COMPLEX: pyrepr_complex(out, c->v.c.real, c->v.c.imag); break;
    case CONST_STR: pyrepr_str(out, c->v.s.ptr, c->v.s.len); break;
    case CONST_BYTES: pyrepr_bytes(out, c->v.s.ptr, c->v.s.len); break;
    }
}

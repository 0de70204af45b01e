/* ast_dump.c - ast.dump(indent=2) over an AST artifact (see ast_dump.h).
 *
 * CPython's rule (Lib/ast.py, dump): a node is written on one line,
 * Name(id='x', ctx=Load()), when it shows at most three fields and every one
 * of them is "simple": a scalar, an empty list, or a node that shows no
 * fields at all (Load()).  Otherwise each field goes on its own line,
 * indented two blanks per level.  A field that is None is left out when the
 * ASDL marks it optional; empty lists are always shown.  Since the layout
 * of a node depends only on its own fields, we can decide it before writing
 * them, by peeking at each value; no text needs rewriting afterwards. */
#include "ast_dump.h"
#include "constant.h"
#include "gen/ast.h"
#include "pyrepr.h"

#include <string.h>

typedef struct Dumper {
    MpReader *r;
    Buf *out;
    bool attributes;
    int depth;              /* nodes open, bounded like the decoder's */
    Arena scratch;          /* for decoded constants */
} Dumper;

static const char *const position_names[] = { "lineno", "col_offset", "end_lineno", "end_col_offset" };

AstKind ast_peek_kind(const MpReader *r)
{
    MpReader look = *r;
    if (mp_peek(&look) != MP_ARRAY || mp_read_array(&look) == 0 || mp_peek(&look) != MP_STR)
        return AST_NONE_KIND;
    MpStr name = mp_read_str(&look);
    return ast_kind_by_name(name.ptr, name.len);
}

/* Is the value at r, of a field described by f, "simple" in ast.dump's sense? */
static bool value_is_simple(const Dumper *d, const MpReader *r, const AstFieldInfo *f);

/* Counts the fields a node will show and, unless all_simple is NULL,
 * whether all of them are simple.  `look` is positioned just after the
 * node's name. */
static int shown_fields(const Dumper *d, AstKind kind, MpReader look, bool *all_simple)
{
    const AstNodeInfo *info = &ast_node_info[kind];
    int shown = 0;
    if (all_simple)
        *all_simple = true;
    for (int i = 0; i < info->nfields; i++) {
        const AstFieldInfo *f = &info->fields[i];
        bool omitted = f->quantifier == AST_OPTIONAL && mp_peek(&look) == MP_NIL;
        if (!omitted) {
            shown++;
            if (all_simple)
                *all_simple = *all_simple && value_is_simple(d, &look, f);
        }
        mp_skip(&look);
    }
    if (d->attributes && info->has_position)
        for (int i = 0; i < 4; i++) {
            if (i < 2 || mp_peek(&look) != MP_NIL)
                shown++;
            mp_skip(&look);
        }
    return shown;
}

static bool value_is_simple(const Dumper *d, const MpReader *r, const AstFieldInfo *f)
{
    MpType t = mp_peek(r);
    if (f->quantifier == AST_LIST || f->quantifier == AST_LIST_OF_OPTIONAL) {
        MpReader look = *r;
        return t == MP_ARRAY && mp_read_array(&look) == 0;
    }
    if (f->kind != AST_FIELD_NODE || t != MP_ARRAY)
        return true;                        /* a scalar */
    AstKind kind = ast_peek_kind(r);
    if (kind == AST_NONE_KIND)
        return true;
    MpReader look = *r;
    mp_read_array(&look);
    mp_read_str(&look);
    return shown_fields(d, kind, look, NULL) == 0;
}

static void newline_indent(Buf *out, int level)
{
    buf_putc(out, '\n');
    for (int i = 0; i < level; i++)
        buf_puts(out, "  ");
}

static void dump_node(Dumper *d, int level, const char *expected_type);

static void dump_scalar(Dumper *d, const AstFieldInfo *f)
{
    MpReader *r = d->r;
    if (mp_peek(r) == MP_NIL) {
        mp_read_nil(r);
        buf_puts(d->out, "None");
        return;
    }
    switch (f->kind) {
    case AST_FIELD_IDENTIFIER:
    case AST_FIELD_STRING: {
        MpStr s = mp_read_str(r);
        pyrepr_str(d->out, s.ptr, s.len);
        break;
    }
    case AST_FIELD_INT:
        buf_printf(d->out, "%lld", (long long)mp_read_int(r));
        break;
    case AST_FIELD_CONSTANT: {
        AstConstant c;
        if (constant_decode(r, &d->scratch, &c))
            constant_repr(d->out, &c);
        break;
    }
    case AST_FIELD_NODE:
        break;
    }
}

/* One field value: a list, a node, or a scalar.  `level` is the caller's. */
static void dump_value(Dumper *d, const AstFieldInfo *f, int level)
{
    if (f->quantifier == AST_LIST || f->quantifier == AST_LIST_OF_OPTIONAL) {
        uint32_t n = mp_read_array(d->r);
        if (n == 0) {
            buf_puts(d->out, "[]");
            return;
        }
        buf_putc(d->out, '[');
        for (uint32_t i = 0; i < n && !mp_failed(d->r); i++) {
            if (i > 0)
                buf_putc(d->out, ',');
            newline_indent(d->out, level + 2);
            if (f->kind == AST_FIELD_NODE && mp_peek(d->r) != MP_NIL)
                dump_node(d, level + 2, f->type);
            else
                dump_scalar(d, f);
        }
        buf_putc(d->out, ']');
        return;
    }
    if (f->kind == AST_FIELD_NODE && mp_peek(d->r) != MP_NIL)
        dump_node(d, level + 1, f->type);
    else
        dump_scalar(d, f);
}

static void dump_node(Dumper *d, int level, const char *expected_type)
{
    MpReader *r = d->r;
    uint32_t arity = mp_read_array(r);
    MpStr name = mp_read_str(r);
    if (mp_failed(r))
        return;
    AstKind kind = ast_kind_by_name(name.ptr, name.len);
    if (kind == AST_NONE_KIND || (expected_type && strcmp(ast_node_info[kind].type, expected_type) != 0)) {
        mp_fail(r, "expected %s node, found '%.*s'", expected_type ? expected_type : "an AST",
                (int)(name.len > 40 ? 40 : name.len), name.ptr);
        return;
    }
    if (++d->depth > AST_MAX_DEPTH) {
        mp_fail(r, "AST nested more than %d levels deep", AST_MAX_DEPTH);
        return;
    }
    const AstNodeInfo *info = &ast_node_info[kind];
    uint32_t expected = 1 + (uint32_t)info->nfields + (info->has_position ? 4 : 0);
    if (arity != expected) {
        mp_fail(r, "%s node has %u elements, expected %u", info->name, arity, expected);
        return;
    }
    bool all_simple;
    int shown = shown_fields(d, kind, *r, &all_simple);
    bool one_line = all_simple && shown <= 3;
    buf_puts(d->out, info->name);
    buf_putc(d->out, '(');
    int written = 0;
    for (int i = 0; i < info->nfields && !mp_failed(r); i++) {
        const AstFieldInfo *f = &info->fields[i];
        if (f->quantifier == AST_OPTIONAL && mp_peek(r) == MP_NIL) {
            mp_read_nil(r);
            continue;
        }
        if (written++ > 0)
            buf_puts(d->out, one_line ? ", " : ",");
        if (!one_line)
            newline_indent(d->out, level + 1);
        buf_puts(d->out, f->name);
        buf_putc(d->out, '=');
        dump_value(d, f, level);
    }
    if (info->has_position) {
        for (int i = 0; i < 4; i++) {
            if (!d->attributes || (i >= 2 && mp_peek(r) == MP_NIL)) {
                mp_skip(r);
                continue;
            }
            if (written++ > 0)
                buf_puts(d->out, one_line ? ", " : ",");
            if (!one_line)
                newline_indent(d->out, level + 1);
            buf_printf(d->out, "%s=%lld", position_names[i], (long long)mp_read_int(r));
        }
    }
    buf_putc(d->out, ')');
    d->depth--;
}

bool ast_dump(MpReader *r, bool attributes, Buf *out)
{
    Dumper d = { r, out, attributes, 0, { 0 } };
    arena_init(&d.scratch);
    dump_node(&d, 0, NULL);
    buf_putc(out, '\n');
    arena_free(&d.scratch);
    return !mp_failed(r);
}

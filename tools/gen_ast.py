#!/usr/bin/env python3
"""gen_ast.py - generate the AST code from common/schema/ast.asdl.

    python3 tools/gen_ast.py        (or: make regen)

The ASDL file is the one definition of the AST.  From it come:
    common/gen/ast.h          C types: one struct per ASDL type, one AstKind
                              enum naming every constructor
    common/gen/ast_encode.c   AST -> MessagePack
    common/gen/ast_decode.c   MessagePack -> AST, checking every field
    common/gen/ast_schema.c   a table of every node's fields, which drives the
                              ast.dump-style text view (common/ast_dump.c)
    docs/ast.md               the node reference of the format spec
The generated files are committed, so building needs no Python; `make
check-regen` (part of `make test`) fails if they are stale.

Wire form of a node (docs/formats.md): an array
    [TypeName, field1, field2, ..., lineno, col_offset, end_lineno, end_col_offset]
fields in ASDL order, the four positions only for types with attributes.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILTIN = {'identifier', 'string', 'int', 'constant'}


class Field:
    def __init__(self, type_, quant, name):
        self.type, self.quant, self.name = type_, quant, name   # quant: '', '?', '*', '?*'

    @property
    def is_seq(self):
        return self.quant in ('*', '?*')


class Type:
    def __init__(self, name):
        self.name = name
        self.constructors = []      # [(name, [Field])] for sums
        self.fields = None          # [Field] for products
        self.attributes = []

    @property
    def is_simple(self):            # a sum whose constructors have no fields: an enum
        return self.fields is None and not self.attributes and \
            all(not f for _, f in self.constructors)

    @property
    def is_product(self):
        return self.fields is not None


def parse_fields(text):
    fields = []
    for part in text.split(','):
        part = part.strip()
        if not part:
            continue
        m = re.fullmatch(r'(\w+)(\?\*|\*|\?)?\s+(\w+)', part)
        if not m:
            sys.exit('gen_ast: bad field %r' % part)
        fields.append(Field(m.group(1), m.group(2) or '', m.group(3)))
    return fields


def parse_asdl(path):
    text = open(path, encoding='utf-8').read()
    text = re.sub(r'--[^\n]*', '', text)
    body = text[text.index('{') + 1:text.rindex('}')]
    types = []
    # each definition: name = rhs, up to the next "name ="
    for m in re.finditer(r'(\w+)\s*=\s*(.*?)(?=\n\s*\w+\s*=|\Z)', body, re.S):
        t = Type(m.group(1))
        rhs = ' '.join(m.group(2).split())
        am = re.search(r'attributes\s*\((.*)\)\s*$', rhs)
        if am:
            t.attributes = parse_fields(am.group(1))
            rhs = rhs[:am.start()].strip()
        if rhs.startswith('('):
            t.fields = parse_fields(rhs[1:-1])
        else:
            for alt in rhs.split('|'):
                alt = alt.strip()
                cm = re.fullmatch(r'(\w+)(?:\s*\((.*)\))?', alt)
                t.constructors.append((cm.group(1), parse_fields(cm.group(2) or '')))
        types.append(t)
    return types


def camel(name):
    return ''.join(p[:1].upper() + p[1:] for p in name.split('_'))


class Gen:
    def __init__(self, types):
        self.types = types
        self.by_name = {t.name: t for t in types}
        # every node name: constructors of sums, and product type names
        self.kinds = []
        for t in types:
            if t.is_product:
                self.kinds.append((t.name, t))
            else:
                for cname, _ in t.constructors:
                    self.kinds.append((cname, t))

    # ---- C types ------------------------------------------------------------
    def ctype(self, asdl_type):
        if asdl_type in ('identifier', 'string'):
            return 'const char *'
        if asdl_type == 'int':
            return 'int '
        if asdl_type == 'constant':
            return 'AstConstant '
        t = self.by_name[asdl_type]
        if t.is_simple:
            return 'AstKind '
        return 'Ast%s *' % camel(asdl_type)

    def seqtype(self, asdl_type):
        return 'Ast%sSeq' % camel(asdl_type)

    def field_decl(self, f):
        if f.is_seq:
            return '%s %s;' % (self.seqtype(f.type), f.name)
        return '%s%s;' % (self.ctype(f.type), f.name)

    def header(self):
        out = [HEADER_TOP]
        out.append('typedef enum AstKind {\n    AST_NONE_KIND = 0,')
        for name, t in self.kinds:
            out.append('    AST_%s,' % name)
        out.append('    AST_KIND_COUNT\n} AstKind;\n')
        for t in self.types:
            if not t.is_simple:
                out.append('typedef struct Ast%s Ast%s;' % (camel(t.name), camel(t.name)))
        out.append('')
        seq_types = ['identifier', 'string'] + [t.name for t in self.types]
        for st in seq_types:
            elem = self.ctype(st).strip()
            decl = elem + ('*items' if elem.endswith('*') else ' *items')
            out.append('typedef struct %s { int count; %s; } %s;'
                       % (self.seqtype(st), decl, self.seqtype(st)))
        out.append('')
        for t in self.types:
            if t.is_simple:
                continue
            out.append('struct Ast%s {' % camel(t.name))
            if t.is_product:
                out.append('    AstKind kind;                   /* AST_%s */' % t.name)
                for f in t.fields:
                    out.append('    %s' % self.field_decl(f))
            else:
                out.append('    AstKind kind;')
                out.append('    union {')
                for cname, fields in t.constructors:
                    if fields:
                        decls = ' '.join(self.field_decl(f) for f in fields)
                        out.append('        struct { %s } %s;' % (decls, cname))
                out.append('    } v;')
            if t.attributes:
                out.append('    AstPos pos;')
            out.append('};\n')
        out.append(HEADER_BOTTOM)
        return '\n'.join(out)

    # ---- encoder ------------------------------------------------------------
    def encode_value(self, f, expr):
        if f.is_seq:
            if f.type in ('identifier', 'string'):
                return 'ENCODE_SEQ(pk, %s, ast_encode_identifier);' % expr
            t = self.by_name.get(f.type)
            fn = 'ast_encode_kind' if t and t.is_simple else 'ast_encode_%s' % f.type
            return 'ENCODE_SEQ(pk, %s, %s);' % (expr, fn)
        if f.type in ('identifier', 'string'):
            return 'ast_encode_identifier(pk, %s);' % expr
        if f.type == 'int':
            return 'ast_encode_int(pk, %s);' % expr
        if f.type == 'constant':
            return 'constant_encode(pk, &%s);' % expr
        t = self.by_name[f.type]
        if t.is_simple:
            return 'ast_encode_kind(pk, %s);' % expr
        return 'ast_encode_%s(pk, %s);' % (f.type, expr)

    def encoder(self):
        out = [ENCODE_TOP]
        for t in self.types:
            if t.is_simple:
                continue
            out.append('void ast_encode_%s(msgpack_packer *pk, const Ast%s *node)\n{'
                       % (t.name, camel(t.name)))
            out.append('    if (!node) {\n        msgpack_pack_nil(pk);\n        return;\n    }')
            npos = 4 if t.attributes else 0
            if t.is_product:
                out.append('    msgpack_pack_array(pk, %d);' % (1 + len(t.fields) + npos))
                out.append('    ast_encode_name(pk, AST_%s);' % t.name)
                for f in t.fields:
                    out.append('    ' + self.encode_value(f, 'node->%s' % f.name))
            else:
                out.append('    switch (node->kind) {')
                for cname, fields in t.constructors:
                    out.append('    case AST_%s:' % cname)
                    out.append('        msgpack_pack_array(pk, %d);' % (1 + len(fields) + npos))
                    out.append('        ast_encode_name(pk, AST_%s);' % cname)
                    for f in fields:
                        out.append('        ' + self.encode_value(f, 'node->v.%s.%s' % (cname, f.name)))
                    out.append('        break;')
                out.append('    default:\n        msgpack_pack_nil(pk);      /* not reached: kinds are checked on creation */\n        return;')
                out.append('    }')
            if t.attributes:
                out.append('    ast_encode_pos(pk, &node->pos);')
            out.append('}\n')
        return '\n'.join(out)

    # ---- decoder ------------------------------------------------------------
    def decode_stmt(self, f, lvalue, where):
        q = f.quant
        if f.is_seq:
            if f.type in ('identifier', 'string'):
                return 'DECODE_SEQ(d, &%s, const char *, decode_identifier_item, "%s");' % (lvalue, where)
            t = self.by_name[f.type]
            if t.is_simple:
                return 'DECODE_SEQ(d, &%s, AstKind, decode_%s_item, "%s");' % (lvalue, f.type, where)
            fn = 'decode_%s_nullable_item' % f.type if q == '?*' else 'decode_%s_item' % f.type
            return 'DECODE_SEQ(d, &%s, Ast%s *, %s, "%s");' % (lvalue, camel(f.type), fn, where)
        opt = 'true' if q == '?' else 'false'
        if f.type in ('identifier', 'string'):
            return '%s = decode_identifier(d, %s, "%s");' % (lvalue, opt, where)
        if f.type == 'int':
            return '%s = decode_int(d, %s, "%s");' % (lvalue, opt, where)
        if f.type == 'constant':
            return 'decode_constant(d, &%s, "%s");' % (lvalue, where)
        t = self.by_name[f.type]
        if t.is_simple:
            return '%s = decode_kind(d, AST_TYPE_%s, "%s");' % (lvalue, f.type, where)
        return '%s = decode_%s(d, %s, "%s");' % (lvalue, f.type, opt, where)

    def used_items(self):
        """The (type, nullable) pairs that some list field needs an item decoder for."""
        used = set()
        for t in self.types:
            groups = [t.fields] if t.is_product else [f for _, f in t.constructors]
            for fields in groups:
                for f in fields:
                    if f.is_seq and f.type not in BUILTIN:
                        used.add((f.type, f.quant == '?*'))
        return used

    def decoder(self):
        used = self.used_items()
        out = [DECODE_TOP]
        # type ranges, for checking that a node belongs to the expected type
        out.append('enum AstType {')
        for t in self.types:
            out.append('    AST_TYPE_%s,' % t.name)
        out.append('};\n')
        out.append('static const struct { AstKind first, last; } type_range[] = {')
        for t in self.types:
            names = [t.name] if t.is_product else [c for c, _ in t.constructors]
            out.append('    [AST_TYPE_%s] = { AST_%s, AST_%s },' % (t.name, names[0], names[-1]))
        out.append('};\n')
        out.append('static const char *const type_name[] = {')
        for t in self.types:
            out.append('    [AST_TYPE_%s] = "%s",' % (t.name, t.name))
        out.append('};\n')
        out.append(DECODE_HELPERS)
        for t in self.types:
            if t.is_simple and (t.name, False) in used:
                out.append('static AstKind decode_%s_item(AstDecoder *d, const char *where);' % t.name)
            if not t.is_simple:
                cn = camel(t.name)
                out.append('static Ast%s *decode_%s(AstDecoder *d, bool optional, const char *where);'
                           % (cn, t.name))
                for nullable in (False, True):
                    if (t.name, nullable) in used:
                        out.append('static Ast%s *decode_%s_%sitem(AstDecoder *d, const char *where);'
                                   % (cn, t.name, 'nullable_' if nullable else ''))
        out.append('')
        for t in self.types:
            if t.is_simple:
                if (t.name, False) not in used:
                    continue
                out.append('static AstKind decode_%s_item(AstDecoder *d, const char *where)\n{\n'
                           '    return decode_kind(d, AST_TYPE_%s, where);\n}\n' % (t.name, t.name))
                continue
            cn = camel(t.name)
            out.append('static Ast%s *decode_%s(AstDecoder *d, bool optional, const char *where)\n{' % (cn, t.name))
            out.append('    uint32_t arity;')
            out.append('    AstKind kind = begin_node(d, AST_TYPE_%s, optional, where, &arity);' % t.name)
            out.append('    if (kind == AST_NONE_KIND)\n        return NULL;')
            out.append('    Ast%s *node = arena_alloc(d->arena, sizeof *node);' % cn)
            out.append('    node->kind = kind;')
            npos = 4 if t.attributes else 0
            if t.is_product:
                out.append('    if (check_arity(d, kind, arity, %d)) {' % (1 + len(t.fields) + npos))
                for f in t.fields:
                    out.append('        ' + self.decode_stmt(f, 'node->%s' % f.name, '%s.%s' % (t.name, f.name)))
                if t.attributes:
                    out.append('        decode_pos(d, &node->pos);')
                out.append('    }')
            else:
                out.append('    switch (kind) {')
                for cname, fields in t.constructors:
                    out.append('    case AST_%s:' % cname)
                    out.append('        if (!check_arity(d, kind, arity, %d))\n            break;' % (1 + len(fields) + npos))
                    for f in fields:
                        out.append('        ' + self.decode_stmt(f, 'node->v.%s.%s' % (cname, f.name), '%s.%s' % (cname, f.name)))
                    if t.attributes:
                        out.append('        decode_pos(d, &node->pos);')
                    out.append('        break;')
                out.append('    default:\n        break;')
                out.append('    }')
            out.append('    d->depth--;')
            out.append('    return node;\n}\n')
            if (t.name, False) in used:
                out.append('static Ast%s *decode_%s_item(AstDecoder *d, const char *where)\n{\n'
                           '    return decode_%s(d, false, where);\n}\n' % (cn, t.name, t.name))
            if (t.name, True) in used:
                out.append('static Ast%s *decode_%s_nullable_item(AstDecoder *d, const char *where)\n{\n'
                           '    return decode_%s(d, true, where);\n}\n' % (cn, t.name, t.name))
        out.append(DECODE_BOTTOM)
        return '\n'.join(out)

    # ---- schema table ------------------------------------------------------
    def schema(self):
        out = [SCHEMA_TOP]
        for name, t in self.kinds:
            fields = t.fields if t.is_product else dict(t.constructors)[name]
            if fields:
                out.append('static const AstFieldInfo fields_%s[] = {' % name)
                for f in fields:
                    kind = {'identifier': 'AST_FIELD_IDENTIFIER', 'string': 'AST_FIELD_STRING',
                            'int': 'AST_FIELD_INT', 'constant': 'AST_FIELD_CONSTANT'}.get(f.type, 'AST_FIELD_NODE')
                    quant = {'': 'AST_ONE', '?': 'AST_OPTIONAL', '*': 'AST_LIST', '?*': 'AST_LIST_OF_OPTIONAL'}[f.quant]
                    out.append('    { "%s", "%s", %s, %s },' % (f.name, f.type, kind, quant))
                out.append('};')
        out.append('\nconst AstNodeInfo ast_node_info[AST_KIND_COUNT] = {')
        for name, t in self.kinds:
            fields = t.fields if t.is_product else dict(t.constructors)[name]
            out.append('    [AST_%s] = { "%s", "%s", %d, %s, %s },' % (
                name, name, t.name, len(fields), 'fields_%s' % name if fields else 'NULL',
                'true' if t.attributes else 'false'))
        out.append('};\n')
        # sorted name table for lookup
        out.append('/* Node names in strcmp order, for binary search. */')
        out.append('static const AstKind by_name[] = {')
        for name, _ in sorted(self.kinds, key=lambda k: k[0].encode()):
            out.append('    AST_%s,' % name)
        out.append('};\n')
        out.append(SCHEMA_BOTTOM)
        return '\n'.join(out)

    # ---- docs --------------------------------------------------------------
    def docs(self):
        out = [DOCS_TOP]
        for t in self.types:
            out.append('### `%s`\n' % t.name)
            if t.is_simple:
                out.append('An enumeration; each value is a node without fields: %s.\n'
                           % ', '.join('`["%s"]`' % c for c, _ in t.constructors))
                continue
            rows = []
            if t.is_product:
                rows.append((t.name, t.fields))
            else:
                rows.extend(t.constructors)
            out.append('| node | wire form |')
            out.append('|---|---|')
            for cname, fields in rows:
                parts = ['"%s"' % cname] + ['%s%s %s' % (f.type, f.quant, f.name) for f in fields]
                if t.attributes:
                    parts.append('*position*')
                out.append('| `%s` | `[%s]` |' % (cname, ', '.join(parts)))
            out.append('')
        return '\n'.join(out)


HEADER_TOP = '''/* ast.h - GENERATED by tools/gen_ast.py from common/schema/ast.asdl; do not edit.
 *
 * The C form of the AST.  Every node name of the ASDL (Module, BinOp, Add,
 * arguments, ...) is one AstKind.  Each ASDL type with fields is a struct
 * whose `kind` says which constructor it holds; the fields of constructor C
 * are in `v.C` (sum types) or directly in the struct (product types).
 * Enumerations (operator, cmpop, expr_context, ...) are plain AstKind values.
 * Lists are AstXSeq {count, items}.  An optional field that is None is NULL
 * (or AST_NO_INT for an int).  All memory comes from an arena. */
#ifndef COMMON_GEN_AST_H
#define COMMON_GEN_AST_H

#include "../arena.h"
#include "../constant.h"
#include "../mpread.h"

#include <msgpack.h>
#include <stdbool.h>
#include <stdint.h>

#define AST_NO_INT INT32_MIN        /* an int? field that is None */

typedef struct AstPos {
    int lineno, col_offset, end_lineno, end_col_offset;     /* end_*: AST_NO_INT if None */
} AstPos;
'''

HEADER_BOTTOM = '''/* ---- the schema, as data (common/gen/ast_schema.c) ---- */
typedef enum { AST_FIELD_NODE, AST_FIELD_IDENTIFIER, AST_FIELD_STRING, AST_FIELD_INT,
               AST_FIELD_CONSTANT } AstFieldKind;
typedef enum { AST_ONE, AST_OPTIONAL, AST_LIST, AST_LIST_OF_OPTIONAL } AstQuantifier;

typedef struct AstFieldInfo {
    const char *name;
    const char *type;           /* ASDL type name: "expr", "identifier", ... */
    AstFieldKind kind;
    AstQuantifier quantifier;
} AstFieldInfo;

typedef struct AstNodeInfo {
    const char *name;           /* "BinOp" */
    const char *type;           /* its ASDL type: "expr" */
    int nfields;
    const AstFieldInfo *fields;
    bool has_position;          /* lineno, col_offset, end_lineno, end_col_offset follow */
} AstNodeInfo;

extern const AstNodeInfo ast_node_info[AST_KIND_COUNT];

/* The kind named s[0..n), or AST_NONE_KIND. */
AstKind ast_kind_by_name(const char *s, size_t n);

/* ---- MessagePack (common/gen/ast_encode.c, ast_decode.c) ---- */
void ast_encode_mod(msgpack_packer *pk, const AstMod *node);

/* Decodes a whole tree (a mod node) from r, allocating in arena.  Returns
 * NULL with r failed (r->error says what and where) on malformed input. */
AstMod *ast_decode_mod(MpReader *r, Arena *arena);

/* The deepest nesting the decoder accepts (CPython itself gives up on ASTs
 * deeper than about 3000). */
enum { AST_MAX_DEPTH = 10000 };

#endif
'''

ENCODE_TOP = '''/* ast_encode.c - GENERATED by tools/gen_ast.py from common/schema/ast.asdl; do not edit.
 * Writes an AST as MessagePack: each node an array [Name, fields..., position]. */
#include "ast.h"

#include <string.h>

static void ast_encode_name(msgpack_packer *pk, AstKind kind)
{
    const char *name = ast_node_info[kind].name;
    size_t n = strlen(name);
    msgpack_pack_str(pk, n);
    msgpack_pack_str_body(pk, name, n);
}

static void ast_encode_kind(msgpack_packer *pk, AstKind kind)
{
    msgpack_pack_array(pk, 1);
    ast_encode_name(pk, kind);
}

static void ast_encode_identifier(msgpack_packer *pk, const char *s)
{
    if (!s) {
        msgpack_pack_nil(pk);
        return;
    }
    size_t n = strlen(s);
    msgpack_pack_str(pk, n);
    msgpack_pack_str_body(pk, s, n);
}

static void ast_encode_int(msgpack_packer *pk, int v)
{
    if (v == AST_NO_INT)
        msgpack_pack_nil(pk);
    else
        msgpack_pack_int(pk, v);
}

static void ast_encode_pos(msgpack_packer *pk, const AstPos *pos)
{
    ast_encode_int(pk, pos->lineno);
    ast_encode_int(pk, pos->col_offset);
    ast_encode_int(pk, pos->end_lineno);
    ast_encode_int(pk, pos->end_col_offset);
}

#define ENCODE_SEQ(pk, seq, encode_item)                \\
    do {                                                \\
        msgpack_pack_array((pk), (size_t)(seq).count);  \\
        for (int i_ = 0; i_ < (seq).count; i_++)        \\
            encode_item((pk), (seq).items[i_]);         \\
    } while (0)

void ast_encode_stmt(msgpack_packer *pk, const AstStmt *node);
void ast_encode_expr(msgpack_packer *pk, const AstExpr *node);
void ast_encode_comprehension(msgpack_packer *pk, const AstComprehension *node);
void ast_encode_excepthandler(msgpack_packer *pk, const AstExcepthandler *node);
void ast_encode_arguments(msgpack_packer *pk, const AstArguments *node);
void ast_encode_arg(msgpack_packer *pk, const AstArg *node);
void ast_encode_keyword(msgpack_packer *pk, const AstKeyword *node);
void ast_encode_alias(msgpack_packer *pk, const AstAlias *node);
void ast_encode_withitem(msgpack_packer *pk, const AstWithitem *node);
void ast_encode_match_case(msgpack_packer *pk, const AstMatchCase *node);
void ast_encode_pattern(msgpack_packer *pk, const AstPattern *node);
void ast_encode_type_ignore(msgpack_packer *pk, const AstTypeIgnore *node);
'''

DECODE_TOP = '''/* ast_decode.c - GENERATED by tools/gen_ast.py from common/schema/ast.asdl; do not edit.
 * Reads an AST from MessagePack, checking every node's name, arity and field
 * types, so that a malformed file is an error message, never a crash. */
#include "ast.h"

#include <stdio.h>
#include <string.h>
'''

DECODE_HELPERS = '''typedef struct AstDecoder {
    MpReader *r;
    Arena *arena;
    int depth;
} AstDecoder;

/* Reads the start of a node of ASDL type `type`: its array header and name.
 * Returns its kind, or AST_NONE_KIND for None (allowed only if optional) or
 * on error.  Counts nesting depth, which the caller undoes. */
static AstKind begin_node(AstDecoder *d, int type, bool optional, const char *where,
                          uint32_t *arity)
{
    MpReader *r = d->r;
    if (mp_failed(r))
        return AST_NONE_KIND;
    if (mp_peek(r) == MP_NIL) {
        mp_read_nil(r);
        if (!optional)
            mp_fail(r, "%s: None where %s %s node is required", where,
                    strchr("aeiou", type_name[type][0]) ? "an" : "a", type_name[type]);
        return AST_NONE_KIND;
    }
    if (mp_peek(r) != MP_ARRAY) {
        mp_fail(r, "%s: expected %s node (an array), found %s at byte %zu", where,
                type_name[type], mp_type_name(mp_peek(r)), mp_offset(r));
        return AST_NONE_KIND;
    }
    *arity = mp_read_array(r);
    if (*arity == 0) {
        mp_fail(r, "%s: empty array where %s node was expected", where, type_name[type]);
        return AST_NONE_KIND;
    }
    MpStr name = mp_read_str(r);
    if (mp_failed(r))
        return AST_NONE_KIND;
    AstKind kind = ast_kind_by_name(name.ptr, name.len);
    if (kind == AST_NONE_KIND || kind < type_range[type].first || kind > type_range[type].last) {
        mp_fail(r, "%s: expected %s node, found '%.*s'", where, type_name[type],
                (int)(name.len > 40 ? 40 : name.len), name.ptr);
        return AST_NONE_KIND;
    }
    if (++d->depth > AST_MAX_DEPTH) {
        mp_fail(r, "AST nested more than %d levels deep", AST_MAX_DEPTH);
        return AST_NONE_KIND;
    }
    return kind;
}

static bool check_arity(AstDecoder *d, AstKind kind, uint32_t arity, uint32_t expected)
{
    if (arity != expected) {
        mp_fail(d->r, "%s node has %u elements, expected %u (the name, %d fields%s)",
                ast_node_info[kind].name, arity, expected, ast_node_info[kind].nfields,
                ast_node_info[kind].has_position ? " and 4 position numbers" : "");
        return false;
    }
    return true;
}

static AstKind decode_kind(AstDecoder *d, int type, const char *where)
{
    uint32_t arity;
    AstKind kind = begin_node(d, type, false, where, &arity);
    if (kind == AST_NONE_KIND)
        return AST_NONE_KIND;
    d->depth--;
    check_arity(d, kind, arity, 1);
    return kind;
}

static const char *decode_identifier(AstDecoder *d, bool optional, const char *where)
{
    MpReader *r = d->r;
    if (mp_peek(r) == MP_NIL) {
        mp_read_nil(r);
        if (!optional)
            mp_fail(r, "%s: None where a string is required", where);
        return NULL;
    }
    if (mp_peek(r) != MP_STR) {
        mp_fail(r, "%s: expected a string, found %s at byte %zu", where,
                mp_type_name(mp_peek(r)), mp_offset(r));
        return NULL;
    }
    MpStr s = mp_read_str(r);
    if (memchr(s.ptr, '\\0', s.len)) {
        mp_fail(r, "%s: a NUL character in a name", where);
        return NULL;
    }
    return arena_strndup(d->arena, s.ptr, s.len);
}

static const char *decode_identifier_item(AstDecoder *d, const char *where)
{
    return decode_identifier(d, false, where);
}

static int decode_int(AstDecoder *d, bool optional, const char *where)
{
    MpReader *r = d->r;
    if (mp_peek(r) == MP_NIL) {
        mp_read_nil(r);
        if (!optional)
            mp_fail(r, "%s: None where an int is required", where);
        return AST_NO_INT;
    }
    if (mp_peek(r) != MP_INT) {
        mp_fail(r, "%s: expected an int, found %s at byte %zu", where,
                mp_type_name(mp_peek(r)), mp_offset(r));
        return 0;
    }
    return (int)mp_read_int_in(r, -(INT64_C(1) << 30), INT64_C(1) << 30, where);
}

static void decode_constant(AstDecoder *d, AstConstant *c, const char *where)
{
    (void)where;
    constant_decode(d->r, d->arena, c);
}

static void decode_pos(AstDecoder *d, AstPos *pos)
{
    pos->lineno = decode_int(d, false, "lineno");
    pos->col_offset = decode_int(d, false, "col_offset");
    pos->end_lineno = decode_int(d, true, "end_lineno");
    pos->end_col_offset = decode_int(d, true, "end_col_offset");
}

/* Reads a list into an AstXSeq, each item with decode_item(d, where). */
#define DECODE_SEQ(d, seq, item_type, decode_item, where)                       \\
    do {                                                                        \\
        uint32_t n_ = mp_read_array((d)->r);                                    \\
        (seq)->count = (int)n_;                                                 \\
        (seq)->items = arena_alloc((d)->arena, (n_ ? n_ : 1) * sizeof(item_type)); \\
        for (uint32_t i_ = 0; i_ < n_ && !mp_failed((d)->r); i_++)              \\
            (seq)->items[i_] = decode_item((d), (where));                        \\
    } while (0)

'''

DECODE_BOTTOM = '''AstMod *ast_decode_mod(MpReader *r, Arena *arena)
{
    AstDecoder d = { r, arena, 0 };
    AstMod *mod = decode_mod(&d, false, "the AST root");
    return mp_failed(r) ? NULL : mod;
}
'''

SCHEMA_TOP = '''/* ast_schema.c - GENERATED by tools/gen_ast.py from common/schema/ast.asdl; do not edit.
 * The fields of every node, as data: the AST text view walks artifacts with it. */
#include "ast.h"

#include <string.h>
'''

SCHEMA_BOTTOM = '''AstKind ast_kind_by_name(const char *s, size_t n)
{
    size_t lo = 0, hi = sizeof by_name / sizeof by_name[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *name = ast_node_info[by_name[mid]].name;
        size_t len = strlen(name);
        int c = memcmp(s, name, n < len ? n : len);
        if (c == 0)
            c = n < len ? -1 : n > len ? 1 : 0;
        if (c == 0)
            return by_name[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return AST_NONE_KIND;
}
'''

DOCS_TOP = '''<!-- GENERATED by tools/gen_ast.py from common/schema/ast.asdl; do not edit. -->
# AST node reference

Every node of the AST artifact is an array: its class name as in Python's
`ast` module, then its fields in the order of `ast.NODE._fields`, then, for
the types with positions, `lineno, col_offset, end_lineno, end_col_offset`
(*position* below).  A `?` field may be `null`; a `*` field is an array; a
`?*` field is an array whose items may be `null`.  `identifier` and `string`
are strings, `int` an integer, `constant` a constant (see formats.md).
'''


def main():
    types = parse_asdl(os.path.join(ROOT, 'common/schema/ast.asdl'))
    g = Gen(types)
    files = {
        'common/gen/ast.h': g.header(),
        'common/gen/ast_encode.c': g.encoder(),
        'common/gen/ast_decode.c': g.decoder(),
        'common/gen/ast_schema.c': g.schema(),
        'docs/ast.md': g.docs(),
    }
    check = '--check' in sys.argv[1:]
    stale = []
    for rel, text in files.items():
        path = os.path.join(ROOT, rel)
        old = open(path, encoding='utf-8').read() if os.path.exists(path) else None
        if old != text:
            if check:
                stale.append(rel)
            else:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, 'w', encoding='utf-8') as f:
                    f.write(text)
    if stale:
        sys.exit('gen_ast: stale generated files (run make regen): ' + ', '.join(stale))


if __name__ == '__main__':
    main()

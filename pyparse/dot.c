/* dot.c - Graphviz output of a tree (see dot.h). */
#include "dot.h"
#include "ast_dump.h"
#include "constant.h"
#include "gen/ast.h"
#include "pyrepr.h"

#include <string.h>

enum { LABEL_MAX = 48 };    /* longer values are cut, with "..." */

typedef struct Dot {
    MpReader *r;
    Buf *out;
    int next_id;
    int depth;
    Arena scratch;          /* decoded constants */
} Dot;

/* Appends text to a double-quoted dot label. */
static void put_label_text(Buf *out, const char *s, size_t n)
{
    bool cut = n > LABEL_MAX;
    if (cut)
        n = LABEL_MAX;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"' || s[i] == '\\')
            buf_putc(out, '\\');
        buf_putc(out, s[i]);
    }
    if (cut)
        buf_puts(out, "...");
}

/* Operators and contexts (Add, Load...) have no fields: they go in the
 * label of the node that holds them. */
static bool is_plain_kind(AstKind k)
{
    return k != AST_NONE_KIND && ast_node_info[k].nfields == 0 && !ast_node_info[k].has_position;
}

/* "field=value" for a field with no child node, into the label.  Returns
 * false if the field holds child nodes (drawn as edges instead). */
static bool label_field(Dot *d, const AstFieldInfo *f, MpReader look, Buf *label)
{
    if (mp_peek(&look) == MP_NIL)
        return true;                            /* None: not shown */
    if (f->quantifier == AST_LIST || f->quantifier == AST_LIST_OF_OPTIONAL) {
        if (f->kind == AST_FIELD_NODE) {
            /* a list of operators (Compare.ops) is shown inline */
            uint32_t n = mp_read_array(&look);
            if (n == 0 || !is_plain_kind(ast_peek_kind(&look)))
                return n == 0;
            buf_printf(label, "\\n%s=", f->name);
            for (uint32_t i = 0; i < n; i++) {
                AstKind k = ast_peek_kind(&look);
                buf_printf(label, "%s%s", i ? "," : "", k ? ast_node_info[k].name : "?");
                mp_skip(&look);
            }
            return true;
        }
        uint32_t n = mp_read_array(&look);
        if (n == 0)
            return true;
        buf_printf(label, "\\n%s=", f->name);
        for (uint32_t i = 0; i < n; i++) {
            MpStr s = mp_read_str(&look);
            if (i)
                buf_putc(label, ',');
            put_label_text(label, s.ptr, s.len);
        }
        return true;
    }
    Buf value;
    buf_init(&value);
    switch (f->kind) {
    case AST_FIELD_IDENTIFIER: case AST_FIELD_STRING: {
        MpStr s = mp_read_str(&look);
        pyrepr_str(&value, s.ptr, s.len);
        break;
    }
    case AST_FIELD_INT:
        buf_printf(&value, "%lld", (long long)mp_read_int(&look));
        break;
    case AST_FIELD_CONSTANT: {
        AstConstant c;
        if (constant_decode(&look, &d->scratch, &c))
            constant_repr(&value, &c);
        break;
    }
    case AST_FIELD_NODE: {
        AstKind k = ast_peek_kind(&look);
        if (!is_plain_kind(k)) {
            buf_free(&value);
            return false;
        }
        buf_puts(&value, ast_node_info[k].name);
        break;
    }
    }
    buf_printf(label, "\\n%s=", f->name);
    put_label_text(label, value.data ? value.data : "", value.len);
    buf_free(&value);
    return true;
}

static int write_node(Dot *d);

/* An edge to each child node of the field at d->r (consumed). */
static void write_edges(Dot *d, int parent, const AstFieldInfo *f, bool labelled)
{
    MpReader *r = d->r;
    if (labelled || mp_peek(r) == MP_NIL) {
        mp_skip(r);
        return;
    }
    if (f->quantifier == AST_LIST || f->quantifier == AST_LIST_OF_OPTIONAL) {
        uint32_t n = mp_read_array(r);
        for (uint32_t i = 0; i < n && !mp_failed(r); i++) {
            if (mp_try_nil(r))
                continue;
            int child = write_node(d);
            buf_printf(d->out, "  n%d -> n%d [label=\"%s[%u]\"];\n", parent, child, f->name, i);
        }
        return;
    }
    int child = write_node(d);
    buf_printf(d->out, "  n%d -> n%d [label=\"%s\"];\n", parent, child, f->name);
}

/* Writes the node at d->r and its subtree; returns its id. */
static int write_node(Dot *d)
{
    MpReader *r = d->r;
    int id = d->next_id++;
    if (++d->depth > AST_MAX_DEPTH)
        mp_fail(r, "the tree is nested deeper than %d levels", AST_MAX_DEPTH);
    uint32_t n = mp_read_array(r);
    MpStr name = mp_read_str(r);
    AstKind kind = ast_kind_by_name(name.ptr, name.len);
    if (mp_failed(r) || kind == AST_NONE_KIND || n < 1) {
        if (!mp_failed(r))
            mp_fail(r, "unknown node '%.*s'", (int)name.len, name.ptr);
        d->depth--;
        return id;
    }
    const AstNodeInfo *info = &ast_node_info[kind];
    /* the label first: the class, the plain fields and the position */
    Buf label;
    buf_init(&label);
    buf_puts(&label, info->name);
    bool labelled[16] = { false };
    MpReader look = *r;
    for (int i = 0; i < info->nfields; i++) {
        labelled[i] = label_field(d, &info->fields[i], look, &label);
        mp_skip(&look);
    }
    if (info->has_position) {
        int64_t pos[4];
        for (int i = 0; i < 4; i++)
            pos[i] = mp_try_nil(&look) ? -1 : mp_read_int(&look);
        buf_printf(&label, "\\n%lld:%lld-%lld:%lld", (long long)pos[0], (long long)pos[1],
                   (long long)pos[2], (long long)pos[3]);
    }
    buf_printf(d->out, "  n%d [label=\"%s\"];\n", id, label.data);
    buf_free(&label);
    /* then the children */
    for (int i = 0; i < info->nfields && !mp_failed(r); i++)
        write_edges(d, id, &info->fields[i], labelled[i]);
    if (info->has_position)
        for (int i = 0; i < 4; i++)
            mp_skip(r);
    d->depth--;
    return id;
}

bool ast_dot(MpReader *r, Buf *out)
{
    Dot d = { .r = r, .out = out };
    arena_init(&d.scratch);
    buf_puts(out, "digraph AST {\n  node [shape=box, fontname=\"Helvetica\"];\n"
                  "  edge [fontname=\"Helvetica\", fontsize=10];\n");
    write_node(&d);
    buf_puts(out, "}\n");
    arena_free(&d.scratch);
    return !mp_failed(r);
}

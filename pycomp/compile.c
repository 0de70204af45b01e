/* compile.c - the code generator's machinery: units, blocks, constants,
 * names, locations and errors; and the driver that compiles a module. */
#include "compiler.h"

#include "assemble.h"
#include "utf8.h"
#include "xalloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- errors and locations ------------------------------------------------------ */

static AstPos pos_of(Location loc)
{
    AstPos pos = { loc.line, loc.col, loc.end_line, loc.end_col };
    return pos;
}

Location loc_of(AstPos pos)
{
    Location loc = { pos.lineno, pos.end_lineno, pos.col_offset, pos.end_col_offset };
    if (pos.lineno < 1)
        return NO_LOCATION;
    if (pos.end_lineno == AST_NO_INT || pos.end_col_offset == AST_NO_INT)
        loc.end_line = loc.end_col = POSITION_NONE;
    return loc;
}

Location set_loc(Compiler *c, AstPos pos)
{
    Location old = c->u->loc;
    c->u->loc = loc_of(pos);
    return old;
}

void adjust_start_to_attribute(Location *loc, AstExpr *attr)
{
    if (attr->pos.end_lineno == AST_NO_INT || loc->line == attr->pos.end_lineno)
        return;
    /* a chain over several lines: start at the attribute's own line, as
     * CPython does, so that a traceback names the line of `.name` */
    loc->line = attr->pos.end_lineno;
    int len = (int)utf8_count(attr->v.Attribute.attr, strlen(attr->v.Attribute.attr));
    if (len <= attr->pos.end_col_offset) {
        loc->col = attr->pos.end_col_offset - len;
    } else {
        loc->col = POSITION_NONE;
        loc->end_col = POSITION_NONE;
    }
    if (loc->end_line < loc->line)
        loc->end_line = loc->line;
    if (loc->line == loc->end_line && loc->end_col != POSITION_NONE && loc->end_col < loc->col)
        loc->end_col = loc->col;
}

void set_attribute_loc(Compiler *c, AstExpr *attr)
{
    c->u->loc = loc_of(attr->pos);
    adjust_start_to_attribute(&c->u->loc, attr);
}

void compiler_error(Compiler *c, const char *fmt, ...)
{
    char message[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    compile_error(c->errors, pos_of(c->u->loc), "%s", message);
}

void compiler_error_at(Compiler *c, AstPos pos, const char *fmt, ...)
{
    char message[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    compile_error(c->errors, pos, "%s", message);
}

void compiler_warn(Compiler *c, int line, const char *fmt, ...)
{
    char message[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    fflush(stdout);
    fprintf(stderr, "%s:%d: SyntaxWarning: %s\n", c->filename, line, message);
    /* the source line, stripped, as the warnings module shows it */
    const char *p = c->source, *end = c->source ? c->source + c->source_len : NULL;
    for (int l = 1; p && l < line && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    if (!p || p >= end)
        return;
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    if (!eol)
        eol = end;
    while (p < eol && (*p == ' ' || *p == '\t' || *p == '\f'))
        p++;
    while (eol > p && (eol[-1] == ' ' || eol[-1] == '\t' || eol[-1] == '\r' || eol[-1] == '\f'))
        eol--;
    if (eol > p)
        fprintf(stderr, "  %.*s\n", (int)(eol - p), p);
}

/* ---- blocks and instructions ------------------------------------------------------ */

Block *new_block(Compiler *c)
{
    return cfg_new_block(&c->u->cfg);
}

void use_next_block(Compiler *c, Block *b)
{
    cfg_use_next_block(&c->u->cfg, b);
}

void start_unreachable_block(Compiler *c)
{
    use_next_block(c, new_block(c));
}

void emit(Compiler *c, int op, int arg)
{
    cfg_append(&c->u->cfg, op, arg, NULL, c->u->loc);
}

void emit_noarg(Compiler *c, int op)
{
    emit(c, op, 0);
}

void emit_jump(Compiler *c, int op, Block *target)
{
    cfg_append(&c->u->cfg, op, 0, target, c->u->loc);
}

void emit_jump_noline(Compiler *c, int op, Block *target)
{
    cfg_append(&c->u->cfg, op, 0, target, NO_LOCATION);
}

void emit_noline(Compiler *c, int op)
{
    cfg_append(&c->u->cfg, op, 0, NULL, NO_LOCATION);
}

/* ---- constants ---------------------------------------------------------------------- */

static size_t const_slot(const ConstTable *t, const Value *v)
{
    size_t i = (size_t)value_hash(v) & (t->nslots - 1);
    while (t->slots[i] && !value_same_constant(t->values[t->slots[i] - 1], v))
        i = (i + 1) & (t->nslots - 1);
    return i;
}

int add_const(Compiler *c, Value *v)
{
    ConstTable *t = &c->u->consts;
    if ((size_t)(t->count + 1) * 2 > t->nslots) {
        free(t->slots);
        t->nslots = t->nslots ? t->nslots * 2 : 16;
        t->slots = xcalloc(t->nslots, sizeof *t->slots);
        for (int i = 0; i < t->count; i++)
            t->slots[const_slot(t, t->values[i])] = i + 1;
    }
    size_t slot = const_slot(t, v);
    if (t->slots[slot])
        return t->slots[slot] - 1;
    if (t->count == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 8;
        t->values = xrealloc(t->values, sizeof *t->values * (size_t)t->cap);
    }
    t->values[t->count] = v;
    t->slots[slot] = t->count + 1;
    return t->count++;
}

void emit_const(Compiler *c, Value *v)
{
    emit(c, OP_LOAD_CONST, add_const(c, v));
}

void emit_none(Compiler *c)
{
    emit_const(c, &value_none);
}

void emit_build_tuple(Compiler *c, int n)
{
    Block *b = c->u->cfg.current;
    bool all_constant = n >= 0 && b->count >= n;
    for (int k = b->count - n; all_constant && k < b->count; k++)
        all_constant = b->instrs[k].op == OP_LOAD_CONST;
    if (!all_constant) {
        emit(c, OP_BUILD_TUPLE, n);
        return;
    }
    /* the n constants just loaded become one tuple constant; their
     * instructions turn into NOPs, which keep their lines if they must */
    Value **items = arena_alloc(c->arena, sizeof(Value *) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        Instr *load = &b->instrs[b->count - n + i];
        items[i] = c->u->consts.values[load->arg];
        load->op = OP_NOP;
        load->arg = 0;
    }
    emit_const(c, value_tuple(c->arena, items, n));
}

Value *str_value(Compiler *c, const char *s)
{
    return value_str(c->arena, s, strlen(s));
}

/* ---- names ---------------------------------------------------------------------------- */

const char *mangle(Compiler *c, const char *name)
{
    return mangle_name(c->arena, c->u->private_name, name);
}

void emit_name_unmangled(Compiler *c, int op, const char *name)
{
    emit(c, op, namemap_add(&c->u->names, name));
}

void emit_name(Compiler *c, int op, const char *name)
{
    emit_name_unmangled(c, op, mangle(c, name));
}

static bool is_function_unit(const Unit *u)
{
    return u->scope->kind == SCOPE_FUNCTION;
}

/* The DEREF index of a cell or free variable. */
static int deref_index(Compiler *c, const char *name, NameScope scope)
{
    Unit *u = c->u;
    int i = namemap_find(scope == NAME_CELL ? &u->cellvars : &u->freevars, name);
    if (i < 0)
        compiler_error(c, "internal error: no cell for '%s'", name);
    return scope == NAME_CELL ? i : u->cellvars.count + i;
}

void compile_nameop(Compiler *c, const char *name, NameContext ctx, AstPos pos)
{
    static const int fast_ops[] = { OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST };
    static const int deref_ops[] = { OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF };
    static const int global_ops[] = { OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL };
    static const int name_ops[] = { OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME };
    Unit *u = c->u;
    if (ctx != NAME_LOAD && strcmp(name, "__debug__") == 0)
        compiler_error_at(c, pos, ctx == NAME_STORE ? "cannot assign to __debug__" : "cannot delete __debug__");
    const char *mangled = mangle(c, name);
    NameScope scope = scope_lookup(u->scope, mangled);
    switch (scope) {
    case NAME_FREE:
    case NAME_CELL: {
        int op = deref_ops[ctx];
        if (ctx == NAME_LOAD && u->scope->kind == SCOPE_CLASS)
            op = OP_LOAD_CLASSDEREF;
        emit(c, op, deref_index(c, mangled, scope));
        return;
    }
    case NAME_LOCAL:
        if (is_function_unit(u)) {
            emit(c, fast_ops[ctx], namemap_add(&u->varnames, mangled));
            return;
        }
        break;
    case NAME_GLOBAL_IMPLICIT:
        if (is_function_unit(u)) {
            emit_name_unmangled(c, global_ops[ctx], mangled);
            return;
        }
        break;
    case NAME_GLOBAL_EXPLICIT:
        emit_name_unmangled(c, global_ops[ctx], mangled);
        return;
    case NAME_UNKNOWN:
        break;
    }
    emit_name_unmangled(c, name_ops[ctx], mangled);
}

/* ---- blocks of the block stack ------------------------------------------------------------ */

void push_fblock(Compiler *c, FBlockKind kind, Block *block, Block *exit, const void *datum)
{
    Unit *u = c->u;
    if (u->nfblocks >= MAX_NESTED_BLOCKS)
        compiler_error(c, "too many statically nested blocks");
    FBlock *f = &u->fblocks[u->nfblocks++];
    f->kind = kind;
    f->block = block;
    f->exit = exit;
    f->datum = datum;
    f->loc = u->loc;
}

void pop_fblock(Compiler *c, FBlockKind kind)
{
    Unit *u = c->u;
    if (u->nfblocks == 0 || u->fblocks[u->nfblocks - 1].kind != kind)
        compiler_error(c, "internal error: block stack out of order");
    u->nfblocks--;
}

/* ---- units ------------------------------------------------------------------------------------ */

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The names of s whose scope is `which` (or that carry `flag`), sorted, as
 * CPython orders co_cellvars and co_freevars. */
static void add_sorted_names(NameMap *into, const Scope *s, NameScope which, int flag)
{
    const char **names = xmalloc(sizeof *names * (size_t)(s->names.count + 1));
    int n = 0;
    for (int i = 0; i < s->names.count; i++)
        if (s->symbols[i].scope == which || (s->symbols[i].flags & flag))
            names[n++] = s->names.names[i];
    qsort(names, (size_t)n, sizeof *names, compare_names);
    for (int i = 0; i < n; i++)
        namemap_add(into, names[i]);
    free(names);
}

/* co_qualname: "C.m", "f.<locals>.g" (CPython's rule). */
static const char *make_qualname(Compiler *c, Unit *u)
{
    Unit *parent = u->parent;
    if (!parent || parent->kind == UNIT_MODULE)
        return u->name;
    if (u->kind == UNIT_FUNCTION || u->kind == UNIT_ASYNC_FUNCTION || u->kind == UNIT_CLASS) {
        const char *mangled = mangle_name(c->arena, parent->private_name, u->name);
        if (scope_lookup(parent->scope, mangled) == NAME_GLOBAL_EXPLICIT)
            return u->name;
    }
    bool in_function = parent->kind == UNIT_FUNCTION || parent->kind == UNIT_ASYNC_FUNCTION ||
                       parent->kind == UNIT_LAMBDA;
    Buf b;
    buf_init(&b);
    buf_printf(&b, "%s%s.%s", parent->qualname, in_function ? ".<locals>" : "", u->name);
    const char *qualname = arena_strndup(c->arena, b.data, b.len);
    buf_free(&b);
    return qualname;
}

/* GEN_START opens every generator, coroutine and async generator: it pops
 * the None that starts them (docs/bytecode.md). */
static void emit_generator_start(Compiler *c)
{
    const Scope *s = c->u->scope;
    if (s->kind != SCOPE_FUNCTION || !(s->is_generator || s->is_coroutine))
        return;
    int kind = s->is_generator && s->is_coroutine ? 2 : s->is_coroutine ? 1 : 0;
    Location at = { c->u->firstlineno, c->u->firstlineno, POSITION_NONE, POSITION_NONE };
    cfg_append(&c->u->cfg, OP_GEN_START, kind, NULL, at);
}

void unit_enter(Compiler *c, UnitKind kind, const void *node, const char *name, int firstlineno)
{
    Unit *u = xcalloc(1, sizeof *u);
    u->parent = c->u;
    u->kind = kind;
    u->scope = symtable_scope_of(c->st, node);
    u->name = name;
    u->firstlineno = firstlineno;
    u->loc = NO_LOCATION;
    u->private_name = u->parent ? u->parent->private_name : NULL;
    if (!u->scope) {
        free(u);
        compile_error(c->errors, (AstPos){ firstlineno, 0, firstlineno, 0 }, "internal error: no scope for %s", name);
    }
    arena_init(&u->arena);
    cfg_init(&u->cfg, &u->arena);
    namemap_init(&u->names);
    namemap_init(&u->varnames);
    namemap_init(&u->cellvars);
    namemap_init(&u->freevars);
    for (int i = 0; i < u->scope->nparams; i++)
        namemap_add(&u->varnames, u->scope->params[i]);
    /* cells: __class__ of a class body; then, as in CPython 3.11, the
     * parameters that are cells, in order; then the other cells, sorted */
    if (u->scope->needs_class_closure)
        namemap_add(&u->cellvars, "__class__");
    for (int i = 0; i < u->scope->nparams; i++)
        if (scope_lookup(u->scope, u->scope->params[i]) == NAME_CELL)
            namemap_add(&u->cellvars, u->scope->params[i]);
    add_sorted_names(&u->cellvars, u->scope, NAME_CELL, 0);
    add_sorted_names(&u->freevars, u->scope, NAME_FREE, DEF_FREE_CLASS);
    c->u = u;
    u->qualname = make_qualname(c, u);
    emit_generator_start(c);
}

static void unit_free(Unit *u)
{
    arena_free(&u->arena);
    namemap_free(&u->names);
    namemap_free(&u->varnames);
    namemap_free(&u->cellvars);
    namemap_free(&u->freevars);
    free(u->consts.values);
    free(u->consts.slots);
    free(u);
}

static int code_flags(Compiler *c, const Unit *u)
{
    const Scope *s = u->scope;
    int flags = 0;
    if (s->kind == SCOPE_FUNCTION) {
        flags |= CO_NEWLOCALS | CO_OPTIMIZED;
        if (s->is_nested)
            flags |= CO_NESTED;
        if (s->is_generator && !s->is_coroutine)
            flags |= CO_GENERATOR;
        if (!s->is_generator && s->is_coroutine)
            flags |= CO_COROUTINE;
        if (s->is_generator && s->is_coroutine)
            flags |= CO_ASYNC_GENERATOR;
        if (s->has_varargs)
            flags |= CO_VARARGS;
        if (s->has_varkeywords)
            flags |= CO_VARKEYWORDS;
    }
    return flags | c->future_flags;
}

static const char **names_array(Compiler *c, const NameMap *m)
{
    const char **names = arena_alloc(c->arena, sizeof *names * (size_t)(m->count + 1));
    for (int i = 0; i < m->count; i++)
        names[i] = m->names[i];
    return names;
}

/* Constants at the end of co_consts that no instruction loads (those of
 * dead code) are dropped, as CPython 3.11 drops them; co_consts[0] stays
 * (a function's docstring slot). */
static void trim_unused_constants(CodeObject *code)
{
    int max_used = 0;
    unsigned extended = 0;
    for (int i = 0; i < code->ncodeunits; i++) {
        int op = code->code[2 * i];
        unsigned arg = code->code[2 * i + 1] | extended;
        extended = op == OP_EXTENDED_ARG ? arg << 8 : 0;
        if (op == OP_LOAD_CONST && (int)arg > max_used)
            max_used = (int)arg;
    }
    if (code->nconsts > max_used + 1)
        code->nconsts = max_used + 1;
}

CodeObject *unit_exit(Compiler *c)
{
    Unit *u = c->u;
    /* falling off the end returns None */
    Block *last = u->cfg.current;
    if (last->count == 0 || block_falls_through(last)) {
        u->loc = NO_LOCATION;
        emit_none(c);
        emit_noarg(c, OP_RETURN_VALUE);
    }
    CodeObject *code = arena_alloc(c->arena, sizeof *code);
    code->argcount = u->argcount;
    code->posonlyargcount = u->posonlyargcount;
    code->kwonlyargcount = u->kwonlyargcount;
    code->flags = code_flags(c, u);
    code->firstlineno = u->firstlineno;
    code->filename = c->filename;
    code->name = u->name;
    code->qualname = u->qualname;
    code->consts = arena_alloc(c->arena, sizeof(Value *) * (size_t)(u->consts.count + 1));
    if (u->consts.count)
        memcpy(code->consts, u->consts.values, sizeof(Value *) * (size_t)u->consts.count);
    code->nconsts = u->consts.count;
    code->names = names_array(c, &u->names);
    code->nnames = u->names.count;
    code->varnames = names_array(c, &u->varnames);
    code->nvarnames = code->nlocals = u->varnames.count;
    code->cellvars = names_array(c, &u->cellvars);
    code->ncellvars = u->cellvars.count;
    code->freevars = names_array(c, &u->freevars);
    code->nfreevars = u->freevars.count;
    if (!assemble(&u->cfg, code, c->arena))
        compile_error(c->errors, (AstPos){ u->firstlineno, 0, u->firstlineno, 0 },
                      "internal error: inconsistent stack depth in %s", u->qualname);
    trim_unused_constants(code);
    c->u = u->parent;
    unit_free(u);
    return code;
}

CodeObject *memo_find(Compiler *c, const void *node)
{
    Unit *u = c->u;
    for (int i = 0; i < u->nmemo; i++)
        if (u->memo[i].node == node)
            return u->memo[i].code;
    return NULL;
}

void memo_add(Compiler *c, const void *node, CodeObject *code)
{
    Unit *u = c->u;
    if (u->nmemo == u->memo_cap) {
        int cap = u->memo_cap ? u->memo_cap * 2 : 4;
        CodeMemo *grown = arena_alloc(&u->arena, sizeof *grown * (size_t)cap);
        if (u->nmemo)
            memcpy(grown, u->memo, sizeof *grown * (size_t)u->nmemo);
        u->memo = grown;
        u->memo_cap = cap;
    }
    u->memo[u->nmemo].node = node;
    u->memo[u->nmemo].code = code;
    u->nmemo++;
}

void compile_cleanup(Compiler *c)
{
    while (c->u) {
        Unit *parent = c->u->parent;
        unit_free(c->u);
        c->u = parent;
    }
}

/* ---- the driver ------------------------------------------------------------------------------ */

static void compile_interactive(Compiler *c, AstStmtSeq *body)
{
    if (body_has_annotations(body))
        emit_noarg(c, OP_SETUP_ANNOTATIONS);
    c->interactive = true;
    compile_body(c, body);
}

CodeObject *compile_module(Compiler *c, AstMod *mod)
{
    unit_enter(c, UNIT_MODULE, mod, "<module>", 1);
    switch (mod->kind) {
    case AST_Module: compile_module_body(c, &mod->v.Module.body); break;
    case AST_Interactive: compile_interactive(c, &mod->v.Interactive.body); break;
    case AST_Expression:
        compile_expr(c, mod->v.Expression.body);
        emit_noarg(c, OP_RETURN_VALUE);
        break;
    default:
        compiler_error(c, "cannot compile a %s node", ast_node_info[mod->kind].name);
    }
    return unit_exit(c);
}

/* compile_match.c - the match statement (PEP 634).
 *
 * A pattern is compiled with the value it matches (its "subject") on top of
 * the stack, and consumes it.  Three things are tracked while compiling:
 *
 * - on_top: how many intermediate values sit on top of the stack that a
 *   failure must pop (a sequence's items not matched yet, ...);
 * - stores: the names captured so far.  A captured value is not stored at
 *   once: it is rotated down under the on_top values and the earlier
 *   captures, and all of them are stored only when the whole pattern has
 *   matched (so that a failed pattern binds nothing, and alternatives can
 *   bind the same names);
 * - fail_pop: the failure exits.  fail_pop[n] pops n values and falls
 *   through to fail_pop[n-1]...; fail_pop[0] is the next case.  A failing
 *   test jumps to fail_pop[on_top + number of captures].
 *
 * The scheme, and the errors, are CPython's. */
#include "compiler.h"

#include <limits.h>
#include <string.h>

typedef struct PatternContext {
    const char **stores;
    int nstores, stores_cap;
    bool allow_irrefutable;
    Block **fail_pop;
    int fail_pop_size;
    int on_top;
} PatternContext;

static void context_init(PatternContext *pc)
{
    memset(pc, 0, sizeof *pc);
}

/* The contexts' arrays live in the unit's arena (freed with the unit, also
 * when a compile error escapes from deep inside a pattern). */
static void *grow(Compiler *c, void *old, size_t old_size, size_t new_size)
{
    void *p = arena_alloc(&c->u->arena, new_size);
    if (old && old_size)
        memcpy(p, old, old_size < new_size ? old_size : new_size);
    return p;
}

static bool is_wildcard(const AstPattern *p)
{
    return p->kind == AST_MatchAs && !p->v.MatchAs.pattern && !p->v.MatchAs.name;
}

static bool is_star_wildcard(const AstPattern *p)
{
    return p->kind == AST_MatchStar && !p->v.MatchStar.name;
}

static void compile_pattern(Compiler *c, AstPattern *p, PatternContext *pc);

/* ---- failure exits --------------------------------------------------------------- */

static void ensure_fail_pop(Compiler *c, PatternContext *pc, int n)
{
    int size = n + 1;
    if (size <= pc->fail_pop_size)
        return;
    pc->fail_pop = grow(c, pc->fail_pop, sizeof *pc->fail_pop * (size_t)pc->fail_pop_size,
                        sizeof *pc->fail_pop * (size_t)size);
    while (pc->fail_pop_size < size)
        pc->fail_pop[pc->fail_pop_size++] = new_block(c);
}

static void jump_to_fail_pop(Compiler *c, PatternContext *pc, int op)
{
    int pops = pc->on_top + pc->nstores;
    ensure_fail_pop(c, pc, pops);
    emit_jump(c, op, pc->fail_pop[pops]);
}

static void emit_and_reset_fail_pop(Compiler *c, PatternContext *pc)
{
    if (!pc->fail_pop_size)
        return;
    while (--pc->fail_pop_size) {
        use_next_block(c, pc->fail_pop[pc->fail_pop_size]);
        emit_noarg(c, OP_POP_TOP);
    }
    use_next_block(c, pc->fail_pop[0]);
    pc->fail_pop = NULL;
}

/* ---- captures ---------------------------------------------------------------------- */

/* Moves TOS down to place `count` (nothing for count < 2). */
static void rotate(Compiler *c, int count)
{
    if (count == 2)
        emit_noarg(c, OP_ROT_TWO);
    else if (count == 3)
        emit_noarg(c, OP_ROT_THREE);
    else if (count == 4)
        emit_noarg(c, OP_ROT_FOUR);
    else if (count > 4)
        emit(c, OP_ROT_N, count);
}

static int store_index(const PatternContext *pc, const char *name)
{
    for (int i = 0; i < pc->nstores; i++)
        if (strcmp(pc->stores[i], name) == 0)
            return i;
    return -1;
}

static void add_store(Compiler *c, PatternContext *pc, const char *name)
{
    if (pc->nstores == pc->stores_cap) {
        int cap = pc->stores_cap ? pc->stores_cap * 2 : 8;
        pc->stores = grow(c, pc->stores, sizeof *pc->stores * (size_t)pc->stores_cap, sizeof *pc->stores * (size_t)cap);
        pc->stores_cap = cap;
    }
    pc->stores[pc->nstores++] = name;
}

static void store_name(Compiler *c, const char *name, PatternContext *pc)
{
    if (!name) {
        emit_noarg(c, OP_POP_TOP);
        return;
    }
    if (strcmp(name, "__debug__") == 0)
        compiler_error(c, "cannot assign to __debug__");
    if (store_index(pc, name) >= 0)
        compiler_error(c, "multiple assignments to name '%s' in pattern", name);
    rotate(c, pc->on_top + pc->nstores + 1);
    add_store(c, pc, name);
}

/* ---- the pattern kinds --------------------------------------------------------------- */

static void compile_subpattern(Compiler *c, AstPattern *p, PatternContext *pc)
{
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    compile_pattern(c, p, pc);
    pc->allow_irrefutable = allow;
}

static void compile_pattern_as(Compiler *c, AstPattern *p, PatternContext *pc)
{
    if (!p->v.MatchAs.pattern) {
        if (!pc->allow_irrefutable) {
            if (p->v.MatchAs.name)
                compiler_error(c, "name capture '%s' makes remaining patterns unreachable", p->v.MatchAs.name);
            compiler_error(c, "wildcard makes remaining patterns unreachable");
        }
        store_name(c, p->v.MatchAs.name, pc);
        return;
    }
    /* a copy, to capture if the inner pattern matches */
    pc->on_top++;
    emit_noarg(c, OP_DUP_TOP);
    compile_pattern(c, p->v.MatchAs.pattern, pc);
    pc->on_top--;
    store_name(c, p->v.MatchAs.name, pc);
}

static void compile_pattern_value(Compiler *c, AstPattern *p, PatternContext *pc)
{
    AstExpr *value = p->v.MatchValue.value;
    if (!constant_of(c, value) && value->kind != AST_Attribute)
        compiler_error(c, "patterns may only match literals and attribute lookups");
    compile_expr(c, value);
    emit(c, OP_COMPARE_OP, 2);      /* == */
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
}

static void compile_pattern_singleton(Compiler *c, AstPattern *p, PatternContext *pc)
{
    emit_const(c, value_from_constant(c->arena, &p->v.MatchSingleton.value));
    emit(c, OP_IS_OP, 0);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
}

/* UNPACK_SEQUENCE or UNPACK_EX for a sequence pattern with a star. */
static void unpack_patterns(Compiler *c, AstPatternSeq *patterns)
{
    int n = patterns->count;
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        if (patterns->items[i]->kind != AST_MatchStar)
            continue;
        if (seen_star)
            compiler_error(c, "multiple starred expressions in sequence pattern");
        if (i >= (1 << 8) || n - i - 1 >= (INT_MAX >> 8))
            compiler_error(c, "too many expressions in star-unpacking sequence pattern");
        emit(c, OP_UNPACK_EX, i + ((n - i - 1) << 8));
        seen_star = true;
    }
    if (!seen_star)
        emit(c, OP_UNPACK_SEQUENCE, n);
}

static void sequence_unpack(Compiler *c, AstPatternSeq *patterns, PatternContext *pc)
{
    unpack_patterns(c, patterns);
    int size = patterns->count;
    pc->on_top += size;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        compile_subpattern(c, patterns->items[i], pc);
    }
}

/* [first, *_, last]: index the subject instead of unpacking all of it. */
static void sequence_subscript(Compiler *c, AstPatternSeq *patterns, int star, PatternContext *pc)
{
    pc->on_top++;
    int size = patterns->count;
    for (int i = 0; i < size; i++) {
        AstPattern *pattern = patterns->items[i];
        if (is_wildcard(pattern) || i == star)
            continue;
        emit_noarg(c, OP_DUP_TOP);
        if (i < star) {
            emit_const(c, value_int(c->arena, i));
        } else {
            /* the subject may not support negative indexes */
            emit_noarg(c, OP_GET_LEN);
            emit_const(c, value_int(c->arena, size - i));
            emit_noarg(c, OP_BINARY_SUBTRACT);
        }
        emit_noarg(c, OP_BINARY_SUBSCR);
        compile_subpattern(c, pattern, pc);
    }
    pc->on_top--;
    emit_noarg(c, OP_POP_TOP);
}

static void length_check(Compiler *c, PatternContext *pc, int length, int compare)
{
    emit_noarg(c, OP_GET_LEN);
    emit_const(c, value_int(c->arena, length));
    emit(c, OP_COMPARE_OP, compare);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
}

static void compile_pattern_sequence(Compiler *c, AstPattern *p, PatternContext *pc)
{
    AstPatternSeq *patterns = &p->v.MatchSequence.patterns;
    int size = patterns->count, star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < size; i++) {
        AstPattern *pattern = patterns->items[i];
        if (pattern->kind == AST_MatchStar) {
            if (star >= 0)
                compiler_error(c, "multiple starred names in sequence pattern");
            star_wildcard = is_star_wildcard(pattern);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= is_wildcard(pattern);
    }
    pc->on_top++;
    emit_noarg(c, OP_MATCH_SEQUENCE);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    if (star < 0)
        length_check(c, pc, size, 2);           /* len == size */
    else if (size > 1)
        length_check(c, pc, size - 1, 5);       /* len >= size - 1 */
    pc->on_top--;
    if (only_wildcard)
        emit_noarg(c, OP_POP_TOP);
    else if (star_wildcard)
        sequence_subscript(c, patterns, star, pc);
    else
        sequence_unpack(c, patterns, pc);
}

/* Mapping keys are literals (checked for duplicates) or attribute lookups. */
static void compile_mapping_keys(Compiler *c, AstPattern *p)
{
    AstExprSeq *keys = &p->v.MatchMapping.keys;
    Value **seen = arena_alloc(&c->u->arena, sizeof *seen * (size_t)(keys->count + 1));
    int nseen = 0;
    for (int i = 0; i < keys->count; i++) {
        AstExpr *key = keys->items[i];
        Value *k = key ? constant_of(c, key) : NULL;
        const char *error = NULL;
        if (!key)
            error = "can't use NULL keys in MatchMapping (set 'rest' parameter instead)";
        else if (!k && key->kind != AST_Attribute)
            error = "mapping pattern keys may only match literals and attribute lookups";
        for (int j = 0; k && j < nseen && !error; j++)
            if (value_equal(seen[j], k)) {
                Buf repr;
                buf_init(&repr);
                value_repr(&repr, k);
                const char *text = arena_strndup(c->arena, repr.data, repr.len);
                buf_free(&repr);
                compiler_error(c, "mapping pattern checks duplicate key (%s)", text);
            }
        if (error)
            compiler_error(c, "%s", error);
        if (k)
            seen[nseen++] = k;
        compile_expr(c, key);
    }
    emit_build_tuple(c, keys->count);
}

static void compile_pattern_mapping(Compiler *c, AstPattern *p, PatternContext *pc)
{
    AstPatternSeq *patterns = &p->v.MatchMapping.patterns;
    int size = p->v.MatchMapping.keys.count;
    const char *rest = p->v.MatchMapping.rest;
    if (size != patterns->count)
        compiler_error(c, "keys (%d) / patterns (%d) length mismatch in mapping pattern", size, patterns->count);
    pc->on_top++;
    emit_noarg(c, OP_MATCH_MAPPING);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    if (!size && !rest) {
        pc->on_top--;
        emit_noarg(c, OP_POP_TOP);      /* {} matches any mapping */
        return;
    }
    if (size)
        length_check(c, pc, size, 5);   /* len >= size */
    compile_mapping_keys(c, p);
    emit_noarg(c, OP_MATCH_KEYS);       /* [subject, keys, values, matched] */
    pc->on_top += 2;
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    emit(c, OP_UNPACK_SEQUENCE, size);
    pc->on_top += size - 1;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        compile_subpattern(c, patterns->items[i], pc);
    }
    /* a match: [subject, keys] */
    pc->on_top--;
    if (rest) {
        emit_noarg(c, OP_COPY_DICT_WITHOUT_KEYS);
        store_name(c, rest, pc);
    } else {
        emit_noarg(c, OP_POP_TOP);
    }
    pc->on_top--;
    emit_noarg(c, OP_POP_TOP);
}

static void check_class_attrs(Compiler *c, AstPattern *p)
{
    AstIdentifierSeq *attrs = &p->v.MatchClass.kwd_attrs;
    AstPatternSeq *patterns = &p->v.MatchClass.kwd_patterns;
    for (int i = 0; i < attrs->count; i++) {
        if (strcmp(attrs->items[i], "__debug__") == 0)
            compiler_error_at(c, patterns->items[i]->pos, "cannot assign to __debug__");
        for (int j = i + 1; j < attrs->count; j++)
            if (strcmp(attrs->items[i], attrs->items[j]) == 0)
                compiler_error_at(c, patterns->items[j]->pos, "attribute name repeated in class pattern: %s",
                                  attrs->items[i]);
    }
}

static void compile_pattern_class(Compiler *c, AstPattern *p, PatternContext *pc)
{
    AstPatternSeq *patterns = &p->v.MatchClass.patterns, *kwd_patterns = &p->v.MatchClass.kwd_patterns;
    AstIdentifierSeq *kwd_attrs = &p->v.MatchClass.kwd_attrs;
    int nargs = patterns->count, nattrs = kwd_attrs->count;
    if (nattrs != kwd_patterns->count)
        compiler_error(c, "kwd_attrs (%d) / kwd_patterns (%d) length mismatch in class pattern", nattrs,
                       kwd_patterns->count);
    check_class_attrs(c, p);
    compile_expr(c, p->v.MatchClass.cls);
    Value **names = arena_alloc(c->arena, sizeof(Value *) * (size_t)(nattrs + 1));
    for (int i = 0; i < nattrs; i++)
        names[i] = str_value(c, kwd_attrs->items[i]);
    emit_const(c, value_tuple(c->arena, names, nattrs));
    emit(c, OP_MATCH_CLASS, nargs);     /* [attributes or subject, matched] */
    pc->on_top++;
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    emit(c, OP_UNPACK_SEQUENCE, nargs + nattrs);
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        AstPattern *pattern = i < nargs ? patterns->items[i] : kwd_patterns->items[i - nargs];
        if (is_wildcard(pattern)) {
            emit_noarg(c, OP_POP_TOP);
            continue;
        }
        compile_subpattern(c, pattern, pc);
    }
}

/* Alternative `b` bound control's names in another order: rotate its
 * captures on the stack (and in its store list) into control's order. */
static void reorder_captures(Compiler *c, PatternContext *pc, const PatternContext *control, AstPattern *alt)
{
    int n = pc->nstores;
    for (int icontrol = n - 1; icontrol >= 0; icontrol--) {
        int istores = store_index(pc, control->stores[icontrol]);
        if (istores < 0)
            compiler_error(c, "alternative patterns bind different names");
        if (istores == icontrol)
            continue;
        /* move stores[0..istores] to just before position icontrol */
        int rotations = istores + 1;
        const char **moved = arena_alloc(&c->u->arena, sizeof *moved * (size_t)rotations);
        memcpy(moved, pc->stores, sizeof *moved * (size_t)rotations);
        memmove(pc->stores, pc->stores + rotations, sizeof *moved * (size_t)(n - rotations));
        int at = icontrol - istores;
        memmove(pc->stores + at + rotations, pc->stores + at, sizeof *moved * (size_t)(n - rotations - at));
        memcpy(pc->stores + at, moved, sizeof *moved * (size_t)rotations);
        while (rotations--)
            rotate(c, icontrol + 1);
    }
}

static void compile_pattern_or(Compiler *c, AstPattern *p, PatternContext *pc)
{
    AstPatternSeq *alts = &p->v.MatchOr.patterns;
    Block *end = new_block(c);
    PatternContext old = *pc;
    PatternContext control;
    context_init(&control);
    for (int i = 0; i < alts->count; i++) {
        AstPattern *alt = alts->items[i];
        set_loc(c, alt->pos);
        PatternContext sub;
        context_init(&sub);
        sub.allow_irrefutable = i == alts->count - 1 && old.allow_irrefutable;
        emit_noarg(c, OP_DUP_TOP);
        compile_pattern(c, alt, &sub);
        if (i == 0)
            control = sub;
        else if (sub.nstores != control.nstores)
            compiler_error(c, "alternative patterns bind different names");
        else if (sub.nstores)
            reorder_captures(c, &sub, &control, alt);
        emit_jump(c, OP_JUMP, end);
        emit_and_reset_fail_pop(c, &sub);
    }
    *pc = old;
    /* no alternative matched: pop the subject and fail */
    emit_noarg(c, OP_POP_TOP);
    jump_to_fail_pop(c, pc, OP_JUMP);
    use_next_block(c, end);
    /* move the captures down past the subject, the values on top and the
     * earlier captures, to their place among the captures */
    int nrots = control.nstores + 1 + pc->on_top + pc->nstores;
    for (int i = 0; i < control.nstores; i++) {
        rotate(c, nrots);
        if (store_index(pc, control.stores[i]) >= 0)
            compiler_error(c, "multiple assignments to name '%s' in pattern", control.stores[i]);
        add_store(c, pc, control.stores[i]);
    }
    emit_noarg(c, OP_POP_TOP);          /* the subject */
}

/* The location is left at the last pattern compiled, as CPython leaves it
 * (its errors about alternatives point there). */
static void compile_pattern(Compiler *c, AstPattern *p, PatternContext *pc)
{
    set_loc(c, p->pos);
    switch (p->kind) {
    case AST_MatchValue: compile_pattern_value(c, p, pc); break;
    case AST_MatchSingleton: compile_pattern_singleton(c, p, pc); break;
    case AST_MatchSequence: compile_pattern_sequence(c, p, pc); break;
    case AST_MatchMapping: compile_pattern_mapping(c, p, pc); break;
    case AST_MatchClass: compile_pattern_class(c, p, pc); break;
    case AST_MatchStar: store_name(c, p->v.MatchStar.name, pc); break;
    case AST_MatchAs: compile_pattern_as(c, p, pc); break;
    case AST_MatchOr: compile_pattern_or(c, p, pc); break;
    default: compiler_error(c, "invalid match pattern node %s", ast_node_info[p->kind].name);
    }
}

/* ---- the statement -------------------------------------------------------------------- */

void compile_match(Compiler *c, AstStmt *s)
{
    compile_expr(c, s->v.Match.subject);
    Block *end = new_block(c);
    AstMatchCaseSeq *cases = &s->v.Match.cases;
    int n = cases->count;
    if (n == 0)
        compiler_error(c, "match statement without cases");
    AstMatchCase *last = cases->items[n - 1];
    bool has_default = is_wildcard(last->pattern) && n > 1;
    for (int i = 0; i < n - has_default; i++) {
        AstMatchCase *m = cases->items[i];
        set_loc(c, m->pattern->pos);
        bool copy = i != n - has_default - 1;
        if (copy)
            emit_noarg(c, OP_DUP_TOP);      /* each case but the last works on a copy */
        PatternContext pc;
        context_init(&pc);
        pc.allow_irrefutable = m->guard != NULL || i == n - 1;
        compile_pattern(c, m->pattern, &pc);
        for (int k = 0; k < pc.nstores; k++)
            compile_nameop(c, pc.stores[k], NAME_STORE, m->pattern->pos);
        if (m->guard) {
            ensure_fail_pop(c, &pc, 0);
            compile_jump_if(c, m->guard, pc.fail_pop[0], false);
        }
        if (copy)
            emit_noarg(c, OP_POP_TOP);
        compile_body(c, &m->body);
        emit_jump(c, OP_JUMP, end);
        set_loc(c, m->pattern->pos);
        emit_and_reset_fail_pop(c, &pc);
    }
    if (has_default) {
        set_loc(c, last->pattern->pos);
        if (n == 1)
            emit_noarg(c, OP_POP_TOP);
        else
            emit_noarg(c, OP_NOP);
        if (last->guard)
            compile_jump_if(c, last->guard, end, false);
        compile_body(c, &last->body);
    }
    use_next_block(c, end);
}

/* symtable_analyze.c - resolving names: LOCAL, GLOBAL, FREE or CELL.
 *
 * Python's rules, applied top-down with sets of names passed to each child
 * scope:
 *
 * - `bound`: the names bound in the enclosing *functions*.  A name a scope
 *   uses but does not bind is FREE if it is in `bound` (it comes from a
 *   closure), otherwise a global.  Class bodies do not add their names to
 *   `bound`: a method cannot see its class's names.
 * - `global`: the names declared `global` in enclosing scopes.
 *
 * Bottom-up, each scope learns which of its names its children take from a
 * closure (`free`): a local of a function that a child uses becomes a CELL;
 * a name neither bound here nor global passes the free variable on upward.
 * A class body whose methods use `__class__` (or `super`) gets the implicit
 * `__class__` cell. */
#include "symtable_internal.h"

#include "xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A set of names: a NameMap whose entries can be switched off. */
typedef struct NameSet {
    NameMap map;
    bool *present;
    int present_cap;
} NameSet;

static void set_init(NameSet *s)
{
    namemap_init(&s->map);
    s->present = NULL;
    s->present_cap = 0;
}

static void set_free(NameSet *s)
{
    namemap_free(&s->map);
    free(s->present);
}

static bool set_has(const NameSet *s, const char *name)
{
    int i = namemap_find(&s->map, name);
    return i >= 0 && s->present[i];
}

static void set_add(NameSet *s, const char *name)
{
    int i = namemap_add(&s->map, name);
    if (i >= s->present_cap) {
        int cap = s->present_cap ? s->present_cap * 2 : 16;
        while (cap <= i)
            cap *= 2;
        s->present = xrealloc(s->present, sizeof *s->present * (size_t)cap);
        s->present_cap = cap;
    }
    s->present[i] = true;
}

static void set_discard(NameSet *s, const char *name)
{
    int i = namemap_find(&s->map, name);
    if (i >= 0)
        s->present[i] = false;
}

static void set_update(NameSet *into, const NameSet *from)
{
    for (int i = 0; i < from->map.count; i++)
        if (from->present[i])
            set_add(into, from->map.names[i]);
}

static void set_copy(NameSet *into, const NameSet *from)
{
    set_init(into);
    set_update(into, from);
}

/* ---- one name ------------------------------------------------------------------ */

/* Errors are recorded, not thrown at once, so that every set is freed on
 * the way out; the first one is reported at the end. */
typedef struct Analysis {
    SymTable *st;
    bool failed;
    AstPos error_pos;
    char message[300];
} Analysis;

static void fail(Analysis *an, AstPos pos, const char *message, const char *name)
{
    if (an->failed)
        return;
    an->failed = true;
    an->error_pos = pos;
    snprintf(an->message, sizeof an->message, message, name);
}

/* bound == NULL: the module (no enclosing function). */
static void analyze_name(Analysis *an, Scope *s, int i, NameSet *bound, NameSet *local, NameSet *free,
                         NameSet *global)
{
    const char *name = s->names.names[i];
    Symbol *sym = &s->symbols[i];
    int flags = sym->flags;
    if (flags & DEF_GLOBAL) {
        if (flags & DEF_NONLOCAL)
            fail(an, sym->directive, "name '%s' is nonlocal and global", name);
        sym->scope = NAME_GLOBAL_EXPLICIT;
        set_add(global, name);
        if (bound)
            set_discard(bound, name);
        return;
    }
    if (flags & DEF_NONLOCAL) {
        if (!bound)
            fail(an, sym->directive, "nonlocal declaration not allowed at module level%s", "");
        else if (!set_has(bound, name))
            fail(an, sym->directive, "no binding for nonlocal '%s' found", name);
        sym->scope = NAME_FREE;
        set_add(free, name);
        return;
    }
    if (flags & DEF_BOUND) {
        sym->scope = NAME_LOCAL;
        set_add(local, name);
        set_discard(global, name);
        return;
    }
    if (bound && set_has(bound, name)) {
        sym->scope = NAME_FREE;
        set_add(free, name);
        return;
    }
    sym->scope = NAME_GLOBAL_IMPLICIT;
}

/* Locals of a function that children take from the closure become cells. */
static void analyze_cells(Scope *s, NameSet *free)
{
    for (int i = 0; i < s->names.count; i++) {
        const char *name = s->names.names[i];
        if (s->symbols[i].scope == NAME_LOCAL && set_has(free, name)) {
            s->symbols[i].scope = NAME_CELL;
            set_discard(free, name);
        }
    }
}

/* Free variables of the children that this scope does not resolve: they
 * become free here too, so that the closure can pass them down. */
static void record_child_free(Scope *s, const NameSet *bound, const NameSet *free)
{
    for (int i = 0; i < free->map.count; i++) {
        if (!free->present[i])
            continue;
        const char *name = free->map.names[i];
        int at = namemap_find(&s->names, name);
        if (at >= 0) {
            Symbol *sym = &s->symbols[at];
            /* a method's free variable that is also a name of the class body */
            if (s->kind == SCOPE_CLASS && (sym->flags & (DEF_BOUND | DEF_GLOBAL)))
                sym->flags |= DEF_FREE_CLASS;
            continue;
        }
        if (bound && !set_has(bound, name))
            continue;       /* a global */
        int added = namemap_add(&s->names, name);
        if (added >= s->symbols_cap) {
            int cap = s->symbols_cap ? s->symbols_cap * 2 : 16;
            s->symbols = xrealloc(s->symbols, sizeof *s->symbols * (size_t)cap);
            memset(s->symbols + s->symbols_cap, 0, sizeof *s->symbols * (size_t)(cap - s->symbols_cap));
            s->symbols_cap = cap;
        }
        s->symbols[added].flags = 0;
        s->symbols[added].scope = NAME_FREE;
    }
}

static void analyze_scope(Analysis *an, Scope *s, NameSet *bound, NameSet *free, NameSet *global);

/* Each child gets its own copies of the sets, so siblings do not see each
 * other's changes; returns the child's free variables into child_free. */
static void analyze_child(Analysis *an, Scope *child, const NameSet *bound, const NameSet *global,
                          NameSet *child_free)
{
    NameSet temp_bound, temp_global;
    set_copy(&temp_bound, bound);
    set_copy(&temp_global, global);
    analyze_scope(an, child, &temp_bound, child_free, &temp_global);
    set_free(&temp_bound);
    set_free(&temp_global);
}

static void analyze_scope(Analysis *an, Scope *s, NameSet *bound, NameSet *free, NameSet *global)
{
    NameSet local, newbound, newglobal, newfree;
    set_init(&local);
    set_init(&newbound);
    set_init(&newglobal);
    set_init(&newfree);

    bool is_module = s->kind == SCOPE_MODULE;
    if (s->kind == SCOPE_CLASS) {
        /* a class body's names are not visible to nested scopes */
        set_update(&newglobal, global);
        if (bound)
            set_update(&newbound, bound);
    }
    for (int i = 0; i < s->names.count; i++)
        analyze_name(an, s, i, is_module ? NULL : bound, &local, free, global);
    if (s->kind != SCOPE_CLASS) {
        if (s->kind == SCOPE_FUNCTION)
            set_update(&newbound, &local);
        if (bound)
            set_update(&newbound, bound);
        set_update(&newglobal, global);
    } else {
        set_add(&newbound, "__class__");
    }

    for (int i = 0; i < s->nchildren; i++) {
        NameSet child_free;
        set_init(&child_free);
        analyze_child(an, s->children[i], &newbound, &newglobal, &child_free);
        set_update(&newfree, &child_free);
        set_free(&child_free);
    }

    if (s->kind == SCOPE_FUNCTION)
        analyze_cells(s, &newfree);
    else if (s->kind == SCOPE_CLASS && set_has(&newfree, "__class__")) {
        set_discard(&newfree, "__class__");
        s->needs_class_closure = true;
    }
    record_child_free(s, is_module ? NULL : bound, &newfree);
    set_update(free, &newfree);

    set_free(&local);
    set_free(&newbound);
    set_free(&newglobal);
    set_free(&newfree);
}

void symtable_analyze(SymTable *st)
{
    Analysis an = { .st = st };
    NameSet free, global, bound;
    set_init(&free);
    set_init(&global);
    set_init(&bound);
    analyze_scope(&an, st->top, &bound, &free, &global);
    set_free(&free);
    set_free(&global);
    set_free(&bound);
    if (an.failed)
        compile_error(st->errors, an.error_pos, "%s", an.message);
}

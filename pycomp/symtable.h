/* symtable.h - the symbol table: which scope each name belongs to.
 *
 * Python decides at compile time where every name lives.  Before any code
 * is generated, one pass over the whole tree builds a Scope for the module,
 * each class body, each function and lambda, and each comprehension (which
 * is a function of its own, as in CPython), and records how each name is
 * used in it: assigned, a parameter, read, declared global or nonlocal,
 * imported.  A second pass (the analysis) then resolves every name:
 *
 *   LOCAL            bound here (a fast local in a function, a name in the
 *                    namespace of a module or class body)
 *   GLOBAL_EXPLICIT  declared `global`
 *   GLOBAL_IMPLICIT  not bound in any enclosing function: a global or builtin
 *   FREE             bound in an enclosing function: taken from the closure
 *   CELL             bound here and used by a nested function: lives in a cell
 *
 * The compile-time errors of this stage are CPython's: `nonlocal
 * declaration not allowed at module level`, `name 'x' is used prior to
 * global declaration`, `duplicate argument 'x' in function definition`,
 * `'yield' inside list comprehension`, ... */
#ifndef PYCOMP_SYMTABLE_H
#define PYCOMP_SYMTABLE_H

#include "errors.h"
#include "gen/ast.h"
#include "namemap.h"

#include <stdbool.h>

/* How a name is used in one scope (flags, combined). */
enum {
    DEF_GLOBAL = 1 << 0,        /* declared global */
    DEF_LOCAL = 1 << 1,         /* assigned, deleted, or a for/with/except/def/class target */
    DEF_PARAM = 1 << 2,         /* a parameter */
    DEF_NONLOCAL = 1 << 3,      /* declared nonlocal */
    USE = 1 << 4,               /* read */
    DEF_FREE_CLASS = 1 << 5,    /* a class body's name that a method also takes from the closure */
    DEF_IMPORT = 1 << 6,        /* bound by import */
    DEF_ANNOT = 1 << 7,         /* annotated */
    DEF_COMP_ITER = 1 << 8,     /* a comprehension's iteration variable */
    DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT,
};

typedef enum NameScope {
    NAME_UNKNOWN,
    NAME_LOCAL,
    NAME_GLOBAL_EXPLICIT,
    NAME_GLOBAL_IMPLICIT,
    NAME_FREE,
    NAME_CELL,
} NameScope;

typedef enum ScopeKind { SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION, SCOPE_ANNOTATION } ScopeKind;

typedef enum ComprehensionKind {
    COMP_NONE, COMP_LIST, COMP_SET, COMP_DICT, COMP_GENEXP,
} ComprehensionKind;

typedef struct Symbol {
    int flags;
    NameScope scope;
    AstPos directive;           /* where `global`/`nonlocal` declared it */
} Symbol;

typedef struct Scope Scope;
struct Scope {
    ScopeKind kind;
    ComprehensionKind comprehension;
    const char *name;           /* as CPython's symtable names it: "top", "f", "lambda", "listcomp" */
    const void *node;           /* the AST node that makes it */
    AstPos pos;
    Scope *parent;
    Scope **children;
    int nchildren, children_cap;

    NameMap names;              /* the symbols' names (mangled), in order of first use */
    Symbol *symbols;            /* symbols[i] is names.names[i] */
    int symbols_cap;
    const char **params;        /* the parameters, in order (mangled) */
    int nparams, params_cap;

    bool is_nested;             /* inside a function (CO_NESTED) */
    bool is_generator, is_coroutine;
    bool has_varargs, has_varkeywords;
    bool needs_class_closure;   /* a class body whose methods use __class__ */
    bool is_annotation;         /* an annotation under `from __future__ import
                                 * annotations`: visited for its errors only */
    bool comp_iter_target;      /* while visiting a comprehension's targets */
    int comp_iter_expr;         /* > 0 while visiting a comprehension's iterable */
};

typedef struct SymTable {
    Scope *top;
    struct ScopeIndex *index;   /* AST node -> Scope */
    Arena *arena;
    CompileErrors *errors;
    int future_flags;
    /* while building */
    Scope *current;
    const char *private_name;   /* the enclosing class, for name mangling */
    Scope **detached;           /* the annotation scopes, outside the tree */
    int ndetached, detached_cap;
} SymTable;

/* A new, empty table; free it with symtable_free even after an error. */
SymTable *symtable_new(Arena *arena, int future_flags, CompileErrors *errors);
/* Builds and analyses the symbol table of a module (AST_Module,
 * AST_Interactive or AST_Expression).  Errors go through st->errors. */
void symtable_build(SymTable *st, AstMod *mod);
void symtable_free(SymTable *st);

/* The scope that an AST node (Module, FunctionDef, AsyncFunctionDef,
 * ClassDef, Lambda, ListComp, SetComp, DictComp, GeneratorExp) makes. */
Scope *symtable_scope_of(const SymTable *st, const void *node);

/* The resolved scope of a (mangled) name in s; NAME_UNKNOWN if s never
 * mentions it. */
NameScope scope_lookup(const Scope *s, const char *name);
int scope_flags(const Scope *s, const char *name);

/* Python's private-name mangling: `__x` in class `C` is `_C__x`.  Returns
 * name itself when it does not apply (no class, a dunder name, a dotted
 * name); the result lives in arena. */
const char *mangle_name(Arena *arena, const char *private_name, const char *name);

#endif

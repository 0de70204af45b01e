/* build.h - building the tree in the grammar's actions.
 *
 * Nodes are allocated in the parse's arena, zeroed, with the position of
 * their grammar rule.  Lists grow in place (SEQ_PUSH) and need no separate
 * capacity: a list's capacity is always the next power of two above its
 * length, at least 2 (most lists are short: one argument, one statement).
 *
 * The types below are the values of the grammar's "cover" rules: flat
 * lists that an action checks and turns into nodes once the whole construct
 * has been read (call arguments, parameters, with-items...). */
#ifndef PYPARSE_BUILD_H
#define PYPARSE_BUILD_H

#include "parser.h"

#include <stdbool.h>
#include <stddef.h>

/* ---- lists ------------------------------------------------------------------ */

/* Returns room for element `count` of an array of items of `size` bytes,
 * reallocating when count reaches the capacity. */
void *seq_grow(Arena *arena, void *items, int count, size_t size);

static inline bool seq_full(int count)
{
    return count < 2 ? count == 0 : (count & (count - 1)) == 0;
}

#define SEQ_PUSH(P, seq, item)                                                          \
    do {                                                                                \
        if (seq_full((seq).count))                                                      \
            (seq).items = seq_grow((P)->arena, (seq).items, (seq).count, sizeof *(seq).items); \
        (seq).items[(seq).count++] = (item);                                            \
    } while (0)

/* ---- positions ------------------------------------------------------------------ */

/* From the start of a to the end of b. */
static inline Loc span(const Loc *a, const Loc *b)
{
    return (Loc){ a->first_line, a->first_column, b->last_line, b->last_column };
}

/* True if the expression was written in parentheses: the grammar symbol it
 * came from spans the parentheses, while a parenthesised node keeps its own
 * position (only tuples and generators take the parentheses' position, and
 * those are never asked about). */
static inline bool is_parenthesized(const AstExpr *e, const Loc *symbol)
{
    return e->pos.lineno != symbol->first_line || e->pos.col_offset != symbol->first_column;
}

/* ---- nodes --------------------------------------------------------------------- */

AstExpr *new_expr(Parser *P, AstKind kind, const Loc *loc);
AstStmt *new_stmt(Parser *P, AstKind kind, const Loc *loc);
AstExpr *new_name(Parser *P, const char *id, AstKind ctx, const Loc *loc);
AstExpr *new_constant(Parser *P, ConstantKind kind, const Loc *loc);
AstExpr *new_binop(Parser *P, AstExpr *left, AstKind op, AstExpr *right, const Loc *loc);
AstExpr *new_unary(Parser *P, AstKind op, AstExpr *operand, const Loc *loc);
AstExpr *new_boolop(Parser *P, AstKind op, AstExprSeq values, const Loc *loc);
AstExpr *new_starred(Parser *P, AstExpr *value, const Loc *loc);
AstExpr *new_tuple(Parser *P, AstExprSeq elts, const Loc *loc);
AstExpr *new_list(Parser *P, AstExprSeq elts, const Loc *loc);
AstExpr *new_attribute(Parser *P, AstExpr *value, const char *attr, const Loc *loc);
AstExpr *new_genexp(Parser *P, AstExpr *elt, AstComprehensionSeq generators, const Loc *loc);
/* A slice starts at its lower bound, or at its first ':' when there is none. */
AstExpr *new_slice(Parser *P, AstExpr *lower, AstExpr *upper, AstExpr *step,
                   const Loc *first, const Loc *whole);
AstMod *build_module(Parser *P, AstStmtSeq body);

/* `( elements )` with no trailing comma: one element is itself (a
 * parenthesised expression), more make a Tuple. */
AstExpr *build_group(Parser *P, AstExprSeq elts, const Loc *loc);

/* ---- comparisons, dicts, calls ------------------------------------------------------ */

typedef struct CompareChain {
    AstCmpopSeq ops;
    AstExprSeq comparators;
} CompareChain;

CompareChain *compare_chain_new(Parser *P);
void compare_chain_add(Parser *P, CompareChain *c, AstKind op, AstExpr *e);

typedef struct DictItems {
    AstExprSeq keys, values;    /* a None key is a **mapping */
} DictItems;

DictItems *dict_items_new(Parser *P);
void dict_items_add(Parser *P, DictItems *d, AstExpr *key, AstExpr *value);
AstExpr *new_dict(Parser *P, DictItems *items, const Loc *loc);

/* One call argument: a positional expression (maybe Starred) or a keyword
 * (maybe **mapping, with arg NULL). */
typedef struct ArgItem {
    AstExpr *positional;
    AstKeyword *keyword;
    bool bare_genexp;           /* f(x for x in y): no parentheses of its own */
} ArgItem;

typedef struct CallArgs {
    AstExprSeq args;
    AstKeywordSeq keywords;
    bool seen_keyword;          /* name=value seen */
    bool seen_double_star;      /* **mapping seen */
    bool trailing_comma;
    AstExpr *bare_genexp;       /* the first generator without parentheses */
    const char *misplaced;      /* the first argument out of order, CPython's words */
} CallArgs;

CallArgs *call_args_new(Parser *P);
/* Adds an argument, noting CPython's order errors ("positional argument
 * follows keyword argument", reported at the closing parenthesis by
 * build_call) or refusing them ("iterable argument unpacking follows
 * keyword argument unpacking", reported at once). */
bool call_args_add(Parser *P, CallArgs *c, ArgItem item, const Loc *loc);
AstKeyword *new_keyword(Parser *P, const char *arg, AstExpr *value, const Loc *loc);
AstExpr *new_call(Parser *P, AstExpr *func, CallArgs *args, const Loc *loc);
/* A call; a generator that is the sole argument takes the position of the
 * call's parentheses, f(x for x in y). */
AstExpr *build_call(Parser *P, AstExpr *func, CallArgs *args, const Loc *parens,
                    const Loc *loc);

/* ---- parameters (params.c) --------------------------------------------------------- */

typedef enum ParamKind { PARAM_PLAIN, PARAM_SLASH, PARAM_STAR, PARAM_DOUBLE_STAR } ParamKind;

typedef struct ParamItem {
    ParamKind kind;
    AstArg *arg;                /* NULL for '/' and a bare '*' */
    AstExpr *default_value;
    Loc loc;                    /* the item; for a default on * or **, the '=' */
} ParamItem;

typedef struct ParamList {
    int count;
    ParamItem **items;
    bool trailing_comma;
} ParamList;

ParamList *param_list_new(Parser *P);
void param_list_add(Parser *P, ParamList *l, ParamItem *item);
ParamItem *new_param(Parser *P, ParamKind kind, AstArg *arg, AstExpr *default_value,
                     const Loc *loc);
AstArg *new_arg(Parser *P, const char *name, AstExpr *annotation, const Loc *loc);
AstArguments *empty_arguments(Parser *P);
/* Checks the parameters' order as CPython does and builds `arguments`. */
AstArguments *build_arguments(Parser *P, ParamList *l, bool lambda);

/* ---- statements ------------------------------------------------------------------ */

AstStmt *build_function(Parser *P, AstKind kind, const char *name, ParamList *params,
                        AstExpr *returns, AstStmtSeq body, const Loc *loc);
AstStmt *build_class(Parser *P, const char *name, CallArgs *args, const Loc *parens,
                     AstStmtSeq body, const Loc *loc);
void set_decorators(AstStmt *def, AstExprSeq decorators);
AstStmt *build_import_from(Parser *P, const char *module, int level, AstAliasSeq names,
                           const Loc *loc);
AstAlias *new_alias(Parser *P, const char *name, const char *asname, const Loc *loc);
const char *join_dotted(Parser *P, const char *left, const char *right);
AstStmt *build_for(Parser *P, AstKind kind, AstExpr *target, AstExpr *iter, AstStmtSeq body,
                   AstStmtSeq orelse, const Loc *loc);
AstComprehension *build_comprehension(Parser *P, AstExpr *target, AstExpr *iter,
                                      AstExprSeq ifs, int is_async);

/* with-items */
AstStmt *build_with(Parser *P, AstKind kind, AstWithitemSeq items, AstStmtSeq body,
                    const Loc *loc);
AstWithitem *new_withitem(Parser *P, AstExpr *context, AstExpr *vars);
AstWithitem *build_withitem(Parser *P, AstExpr *context, AstExpr *target);

/* What `with ( ... ):` held: a list of items, or one parenthesised
 * expression (yield, a generator), or nothing. */
typedef enum WithParenKind {
    WITH_PAREN_EMPTY, WITH_PAREN_GROUP, WITH_PAREN_GENEXP, WITH_PAREN_LIST
} WithParenKind;

typedef struct WithElem {
    AstExpr *expr;
    Loc loc;                    /* the expression's grammar span */
    AstExpr *target;            /* after 'as', or NULL */
} WithElem;

typedef struct WithElems {
    WithParenKind kind;
    int count;
    WithElem *items;
    bool trailing_comma;
} WithElems;

WithElems *with_elems_new(Parser *P, WithParenKind kind);
WithElems *with_elems_single(Parser *P, WithParenKind kind, AstExpr *e, const Loc *loc);
void with_elems_add(Parser *P, WithElems *w, AstExpr *e, const Loc *loc, AstExpr *target);
/* Reads the parentheses as with-items where CPython does, else as one
 * parenthesised expression (a tuple, a generator...). */
bool with_paren_items(Parser *P, WithElems *w, const Loc *parens, AstWithitemSeq *out);

/* except clauses */
typedef struct HandlerList {
    AstExcepthandlerSeq handlers;
    int star_count;             /* how many are except* */
    bool mixed;                 /* both kinds: an error */
    Loc first_other;            /* the first clause of the minority kind */
} HandlerList;

HandlerList *handlers_new(Parser *P);
void handlers_add(Parser *P, HandlerList *h, AstExcepthandler *handler, bool star,
                  const Loc *loc);
AstExcepthandler *new_handler(Parser *P, AstExpr *type, const char *name, AstStmtSeq body,
                              const Loc *loc);
AstStmt *build_try(Parser *P, AstStmtSeq body, HandlerList *handlers, AstStmtSeq orelse,
                   AstStmtSeq finalbody, const Loc *loc);

/* ---- strings (fstring.c) ----------------------------------------------------------- */

/* A STRING token, as the lexer hands it over. */
typedef struct StrToken {
    const char *text;           /* prefix, quotes and body as written */
    uint32_t len;
    size_t pieces;              /* f-string pieces in the artifact, or 0 */
    Loc loc;
} StrToken;

typedef struct StrTokenSeq {
    int count;
    StrToken **items;
} StrTokenSeq;

/* ---- patterns (patterns.c) ---------------------------------------------------------- */

typedef struct PatternList {
    AstPatternSeq patterns;
    int stars;
} PatternList;

typedef struct ClassPatternArgs {
    AstPatternSeq patterns;
    AstIdentifierSeq kwd_attrs;
    AstPatternSeq kwd_patterns;
    bool misplaced;             /* a positional pattern after a keyword one */
    Loc first_misplaced, last_misplaced;
} ClassPatternArgs;

typedef struct MappingItems {
    AstExprSeq keys;
    AstPatternSeq patterns;
    const char *rest;
} MappingItems;

#endif

/* compiler.h - the code generator's shared state and helpers.
 *
 * The code generator walks the tree once per code object ("unit": the
 * module, each class body, function, lambda and comprehension), appending
 * instructions to a control-flow graph (cfg.h); when a unit is done, the
 * assembler (assemble.h) turns it into a CodeObject, which becomes a
 * constant of the enclosing unit.
 *
 * It is split by construct: compile.c (units, names, constants, the
 * driver), compile_stmt.c, compile_expr.c, compile_call.c,
 * compile_func.c (def, lambda, class, comprehensions), compile_try.c
 * (try, with, and leaving blocks early) and compile_match.c. */
#ifndef PYCOMP_COMPILER_H
#define PYCOMP_COMPILER_H

#include "cfg.h"
#include "code.h"
#include "errors.h"
#include "fold.h"
#include "gen/ast.h"
#include "namemap.h"
#include "symtable.h"
#include "value.h"

/* CPython's limit on statically nested blocks (loops, try, with). */
enum { MAX_NESTED_BLOCKS = 20 };

typedef enum UnitKind {
    UNIT_MODULE,
    UNIT_CLASS,
    UNIT_FUNCTION,
    UNIT_ASYNC_FUNCTION,
    UNIT_LAMBDA,
    UNIT_COMPREHENSION,
} UnitKind;

/* What a `return`, `break` or `continue` must undo on its way out (see
 * "return, break and continue out of blocks" in docs/bytecode.md). */
typedef enum FBlockKind {
    FB_WHILE_LOOP,
    FB_FOR_LOOP,
    FB_ASYNC_FOR_LOOP,
    FB_TRY_EXCEPT,
    FB_FINALLY_TRY,
    FB_FINALLY_END,
    FB_WITH,
    FB_ASYNC_WITH,
    FB_HANDLER_CLEANUP,
    FB_POP_VALUE,
    FB_EXCEPTION_HANDLER,
    FB_EXCEPTION_GROUP_HANDLER,
} FBlockKind;

typedef struct FBlock {
    FBlockKind kind;
    Block *block;               /* loops: where `continue` goes */
    Block *exit;                /* loops: where `break` goes */
    const void *datum;          /* FB_FINALLY_TRY: the finally body (AstStmtSeq *);
                                 * FB_HANDLER_CLEANUP: the `as` name, or NULL */
    Location loc;               /* the statement that pushed it */
} FBlock;

/* co_consts: values to indexes, equal constants sharing one. */
typedef struct ConstTable {
    Value **values;
    int count, cap;
    int *slots;                 /* hash table of indexes + 1 */
    size_t nslots;
} ConstTable;

/* A code object already made for a node.  Some code is compiled twice:
 * a while loop's test (at the top and at the bottom of the loop), a
 * finally body (for the normal way out and for an exception, and again
 * for each return through it); a def, class, lambda or comprehension in it
 * is one code object, as in CPython (which merges the equal ones). */
typedef struct CodeMemo {
    const void *node;
    CodeObject *code;
} CodeMemo;

typedef struct Unit Unit;
struct Unit {
    Unit *parent;
    UnitKind kind;
    Scope *scope;
    Arena arena;                /* the CFG: freed once the unit is assembled */
    Cfg cfg;
    ConstTable consts;
    NameMap names, varnames, cellvars, freevars;
    const char *name, *qualname;
    const char *private_name;   /* the class whose private names are mangled */
    int argcount, posonlyargcount, kwonlyargcount, firstlineno;
    FBlock fblocks[MAX_NESTED_BLOCKS];
    int nfblocks;
    Location loc;               /* the position given to emitted instructions */
    CodeMemo *memo;             /* code objects made for nodes of this unit */
    int nmemo, memo_cap;
};

typedef struct Compiler {
    Arena *arena;               /* values and code objects: live until output */
    const char *filename;
    const char *source;         /* the program text (may be NULL), for warnings */
    size_t source_len;
    SymTable *st;
    FoldTable *folds;
    CompileErrors *errors;
    int future_flags;           /* CO_FUTURE_* of the module */
    int future_last_line;       /* the line of the last valid __future__ import */
    bool interactive;           /* expression statements print (PRINT_EXPR) */
    Unit *u;                    /* the unit being compiled */
} Compiler;

/* ---- compile.c: the driver and the machinery ------------------------------ */

/* Compiles a module; the code object lives in c->arena.  Errors go through
 * c->errors (the caller has set up the escape). */
CodeObject *compile_module(Compiler *c, AstMod *mod);
/* Frees the units still open after an error escaped. */
void compile_cleanup(Compiler *c);

void unit_enter(Compiler *c, UnitKind kind, const void *node, const char *name, int firstlineno);
CodeObject *unit_exit(Compiler *c);
/* The code object the current unit already made for node, or NULL; and
 * recording one. */
CodeObject *memo_find(Compiler *c, const void *node);
void memo_add(Compiler *c, const void *node, CodeObject *code);

_Noreturn void compiler_error(Compiler *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A SyntaxWarning on stderr, in the form Python's warnings module prints
 * it ("FILE:LINE: SyntaxWarning: message" and the source line). */
void compiler_warn(Compiler *c, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
_Noreturn void compiler_error_at(Compiler *c, AstPos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

Location loc_of(AstPos pos);
/* The position for an instruction of attribute `attr` (an Attribute node):
 * its own, but starting at the line of the name when the expression spans
 * lines (CPython 3.11's rule). */
void set_attribute_loc(Compiler *c, AstExpr *attr);
void adjust_start_to_attribute(Location *loc, AstExpr *attr);
/* Sets the current location to that of a node; returns the previous one. */
Location set_loc(Compiler *c, AstPos pos);

Block *new_block(Compiler *c);
void use_next_block(Compiler *c, Block *b);
/* The current block ends (after a return, raise, jump): what follows goes
 * into a fresh block, which is unreachable unless a jump targets it. */
void start_unreachable_block(Compiler *c);

void emit(Compiler *c, int op, int arg);
void emit_noarg(Compiler *c, int op);
void emit_jump(Compiler *c, int op, Block *target);
/* A jump the source has no statement for (the end of an if branch, of a
 * loop body): it takes the position of the instruction before it. */
void emit_jump_noline(Compiler *c, int op, Block *target);
void emit_noline(Compiler *c, int op);
void emit_const(Compiler *c, Value *v);
void emit_none(Compiler *c);
/* BUILD_TUPLE n; or, when the n values were all LOAD_CONSTs just emitted,
 * one constant tuple (CPython's optimizer folds these too). */
void emit_build_tuple(Compiler *c, int n);
/* An instruction whose argument is a name of co_names (mangled as needed). */
void emit_name(Compiler *c, int op, const char *name);
void emit_name_unmangled(Compiler *c, int op, const char *name);
int add_const(Compiler *c, Value *v);
Value *str_value(Compiler *c, const char *s);

typedef enum NameContext { NAME_LOAD, NAME_STORE, NAME_DEL } NameContext;
/* Loads, stores or deletes a variable, with the instruction its scope
 * calls for (FAST, DEREF, GLOBAL, NAME...). */
void compile_nameop(Compiler *c, const char *name, NameContext ctx, AstPos pos);
const char *mangle(Compiler *c, const char *name);

void push_fblock(Compiler *c, FBlockKind kind, Block *block, Block *exit, const void *datum);
void pop_fblock(Compiler *c, FBlockKind kind);

/* ---- compile_stmt.c --------------------------------------------------------- */
void compile_stmt(Compiler *c, AstStmt *s);
void compile_body(Compiler *c, AstStmtSeq *body);
/* A body that may start with a docstring: stores it in __doc__. */
void compile_module_body(Compiler *c, AstStmtSeq *body);
bool body_has_annotations(AstStmtSeq *body);

/* ---- compile_expr.c ----------------------------------------------------------- */
void compile_expr(Compiler *c, AstExpr *e);
void compile_exprs(Compiler *c, AstExprSeq *seq);
/* Jumps to target if e's truth equals `jump_if`, else falls through. */
void compile_jump_if(Compiler *c, AstExpr *e, Block *target, bool jump_if);
/* Stores TOS into an assignment target (Name, Attribute, Subscript,
 * Tuple/List with one optional Starred). */
void compile_store(Compiler *c, AstExpr *target);
void compile_delete(Compiler *c, AstExpr *target);
/* The folded value of e, or NULL. */
Value *constant_of(Compiler *c, AstExpr *e);
/* A tuple of the positional arguments of a call (after `pushed` items
 * already on the stack), starred ones unpacked. */
void compile_positional_tuple(Compiler *c, AstExprSeq *args, int pushed);
void compile_augassign(Compiler *c, AstStmt *s);
/* The instruction of a binary operator (augmented: the INPLACE_ one). */
int binary_opcode(AstKind op, bool inplace);

/* ---- compile_call.c ------------------------------------------------------------- */
void compile_call(Compiler *c, AstExpr *e);
/* The arguments of a call whose callable is already on the stack;
 * `already` positional arguments pushed before them (the class body
 * function and its name, for __build_class__). */
void compile_call_helper(Compiler *c, int already, AstExprSeq *args, AstKeywordSeq *keywords);

/* ---- compile_func.c -------------------------------------------------------------- */
void compile_function_def(Compiler *c, AstStmt *s, bool is_async);
void compile_class_def(Compiler *c, AstStmt *s);
void compile_lambda(Compiler *c, AstExpr *e);
void compile_comprehension(Compiler *c, AstExpr *e);
/* Builds a function from a finished code object: closure, LOAD_CONST,
 * MAKE_FUNCTION with the flags of what is already pushed. */
void compile_make_closure(Compiler *c, CodeObject *code, int flags);
/* The value of an annotation: the expression, or its text under
 * `from __future__ import annotations`. */
void compile_annotation_value(Compiler *c, AstExpr *annotation);

/* ---- compile_try.c ----------------------------------------------------------------- */
void compile_try(Compiler *c, AstStmt *s);
void compile_try_star(Compiler *c, AstStmt *s);
void compile_with(Compiler *c, AstStmt *s, int item, bool is_async);
void compile_return(Compiler *c, AstStmt *s);
void compile_break(Compiler *c, AstStmt *s);
void compile_continue(Compiler *c, AstStmt *s);
/* The normal exit of a with block: __exit__(None, None, None). */
void compile_call_exit_with_nones(Compiler *c, bool is_async);
/* await: GET_AWAITABLE where; LOAD_CONST None; YIELD_FROM (where < 0:
 * the iterator is already on the stack, no GET_AWAITABLE). */
void compile_await_tail(Compiler *c, int where);
/* The head of an async for loop: the next item, or the jump to
 * end_of_loop (END_ASYNC_FOR) when the iterator is exhausted. */
void compile_async_next(Compiler *c, Block *end_of_loop);

/* ---- warnings.c: CPython's SyntaxWarnings ------------------------------------------- */
void check_compare(Compiler *c, AstExpr *compare);      /* x is 1 */
void check_assert(Compiler *c, AstStmt *assert_stmt);   /* assert (x, "message") */
void check_caller(Compiler *c, AstExpr *call);          /* (1, 2)(3) */
void check_subscript(Compiler *c, AstExpr *subscript);  /* [1][0, 1] */

/* ---- compile_match.c ---------------------------------------------------------------- */
void compile_match(Compiler *c, AstStmt *s);

#endif

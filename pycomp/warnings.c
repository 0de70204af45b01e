/* warnings.c - the SyntaxWarnings CPython's compiler gives for code that
 * is valid but almost certainly a mistake: `x is 1`, `assert (x, "msg")`,
 * `(1, 2)(3)` (a missing comma), `[1][0, 1]`.  The checks look at the
 * folded tree, as CPython's do: `x is -1` warns too. */
#include "compiler.h"

#include <string.h>

/* The type name of what e certainly evaluates to, or NULL if unknown. */
static const char *inferred_type(Compiler *c, AstExpr *e)
{
    Value *k = constant_of(c, e);
    if (k) {
        switch (k->kind) {
        case V_NONE: return "NoneType";
        case V_BOOL: return "bool";
        case V_ELLIPSIS: return "ellipsis";
        case V_INT:
        case V_BIGINT: return "int";
        case V_FLOAT: return "float";
        case V_COMPLEX: return "complex";
        case V_STR: return "str";
        case V_BYTES: return "bytes";
        case V_TUPLE: return "tuple";
        case V_FROZENSET: return "frozenset";
        case V_CODE: return "code";
        }
    }
    switch (e->kind) {
    case AST_Tuple: return "tuple";
    case AST_List:
    case AST_ListComp: return "list";
    case AST_Dict:
    case AST_DictComp: return "dict";
    case AST_Set:
    case AST_SetComp: return "set";
    case AST_GeneratorExp: return "generator";
    case AST_Lambda: return "function";
    case AST_JoinedStr:
    case AST_FormattedValue: return "str";
    default: return NULL;
    }
}

/* An operand `is` may sensibly compare: anything but a literal other
 * than None, True, False and Ellipsis. */
static bool fine_for_is(Compiler *c, AstExpr *e)
{
    Value *k = constant_of(c, e);
    return !k || k->kind == V_NONE || k->kind == V_BOOL || k->kind == V_ELLIPSIS;
}

void check_compare(Compiler *c, AstExpr *e)
{
    bool left = fine_for_is(c, e->v.Compare.left);
    for (int i = 0; i < e->v.Compare.ops.count && i < e->v.Compare.comparators.count; i++) {
        AstKind op = e->v.Compare.ops.items[i];
        bool right = fine_for_is(c, e->v.Compare.comparators.items[i]);
        if ((op == AST_Is || op == AST_IsNot) && (!left || !right)) {
            compiler_warn(c, e->pos.lineno, op == AST_Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                                         : "\"is not\" with a literal. Did you mean \"!=\"?");
            return;
        }
        left = right;
    }
}

void check_assert(Compiler *c, AstStmt *s)
{
    AstExpr *test = s->v.Assert.test;
    Value *k = constant_of(c, test);
    bool nonempty_tuple = (test->kind == AST_Tuple && test->v.Tuple.elts.count > 0) ||
                          (k && k->kind == V_TUPLE && k->v.seq.count > 0);
    if (nonempty_tuple)
        compiler_warn(c, s->pos.lineno, "assertion is always true, perhaps remove parentheses?");
}

void check_caller(Compiler *c, AstExpr *call)
{
    AstExpr *f = call->v.Call.func;
    switch (f->kind) {
    case AST_Constant: case AST_Tuple: case AST_List: case AST_ListComp: case AST_Dict:
    case AST_DictComp: case AST_Set: case AST_SetComp: case AST_GeneratorExp: case AST_JoinedStr:
    case AST_FormattedValue:
        break;
    default:
        if (!constant_of(c, f))
            return;
    }
    compiler_warn(c, call->pos.lineno, "'%s' object is not callable; perhaps you missed a comma?",
                  inferred_type(c, f));
}

static void check_subscripter(Compiler *c, AstExpr *sub)
{
    AstExpr *v = sub->v.Subscript.value;
    Value *k = constant_of(c, v);
    bool warn;
    if (k)
        warn = k->kind == V_NONE || k->kind == V_ELLIPSIS || k->kind == V_INT || k->kind == V_BIGINT ||
               k->kind == V_FLOAT || k->kind == V_COMPLEX || k->kind == V_FROZENSET || k->kind == V_BOOL;
    else
        warn = v->kind == AST_Set || v->kind == AST_SetComp || v->kind == AST_GeneratorExp || v->kind == AST_Lambda;
    if (warn)
        compiler_warn(c, sub->pos.lineno, "'%s' object is not subscriptable; perhaps you missed a comma?",
                      inferred_type(c, v));
}

static void check_index(Compiler *c, AstExpr *sub)
{
    AstExpr *v = sub->v.Subscript.value, *index = sub->v.Subscript.slice;
    const char *index_type = inferred_type(c, index);
    if (!index_type || strcmp(index_type, "int") == 0 || strcmp(index_type, "bool") == 0 || index->kind == AST_Slice)
        return;
    Value *k = constant_of(c, v);
    bool warn;
    if (k)
        warn = k->kind == V_STR || k->kind == V_BYTES || k->kind == V_TUPLE;
    else
        warn = v->kind == AST_Tuple || v->kind == AST_List || v->kind == AST_ListComp ||
               v->kind == AST_JoinedStr || v->kind == AST_FormattedValue;
    if (warn)
        compiler_warn(c, sub->pos.lineno, "%s indices must be integers or slices, not %s; perhaps you missed a comma?",
                      inferred_type(c, v), index_type);
}

void check_subscript(Compiler *c, AstExpr *sub)
{
    check_subscripter(c, sub);
    check_index(c, sub);
}

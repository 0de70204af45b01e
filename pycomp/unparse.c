/* unparse.c - expressions back to text, as CPython writes annotations
 * under `from __future__ import annotations` (see unparse.h).
 *
 * Each expression is written at a precedence level: the level of the
 * context it appears in.  An operator whose own precedence is lower than
 * the context's gets parentheses. */
#include "unparse.h"

#include "arena.h"
#include "pyrepr.h"
#include "value.h"

#include <string.h>

/* Precedence levels, lowest first. */
enum {
    PR_TUPLE,
    PR_TEST,        /* if-else, lambda */
    PR_OR,
    PR_AND,
    PR_NOT,
    PR_CMP,
    PR_EXPR,
    PR_BOR = PR_EXPR,
    PR_BXOR,
    PR_BAND,
    PR_SHIFT,
    PR_ARITH,
    PR_TERM,
    PR_FACTOR,
    PR_POWER,
    PR_AWAIT,
    PR_ATOM,
};

static void expr(Buf *out, const AstExpr *e, int level);

static void open_if(Buf *out, bool cond)
{
    if (cond)
        buf_putc(out, '(');
}

static void close_if(Buf *out, bool cond)
{
    if (cond)
        buf_putc(out, ')');
}

static void exprs(Buf *out, const AstExprSeq *seq, int level)
{
    for (int i = 0; i < seq->count; i++) {
        if (i)
            buf_puts(out, ", ");
        expr(out, seq->items[i], level);
    }
}

static void boolop(Buf *out, const AstExpr *e, int level)
{
    bool is_and = e->v.BoolOp.op == AST_And;
    int pr = is_and ? PR_AND : PR_OR;
    open_if(out, level > pr);
    for (int i = 0; i < e->v.BoolOp.values.count; i++) {
        if (i)
            buf_puts(out, is_and ? " and " : " or ");
        expr(out, e->v.BoolOp.values.items[i], pr + 1);
    }
    close_if(out, level > pr);
}

static void binop(Buf *out, const AstExpr *e, int level)
{
    static const struct { AstKind op; const char *text; int pr; } ops[] = {
        { AST_Add, " + ", PR_ARITH }, { AST_Sub, " - ", PR_ARITH }, { AST_Mult, " * ", PR_TERM },
        { AST_MatMult, " @ ", PR_TERM }, { AST_Div, " / ", PR_TERM }, { AST_Mod, " % ", PR_TERM },
        { AST_LShift, " << ", PR_SHIFT }, { AST_RShift, " >> ", PR_SHIFT }, { AST_BitOr, " | ", PR_BOR },
        { AST_BitXor, " ^ ", PR_BXOR }, { AST_BitAnd, " & ", PR_BAND }, { AST_FloorDiv, " // ", PR_TERM },
        { AST_Pow, " ** ", PR_POWER },
    };
    const char *text = " ? ";
    int pr = PR_ATOM;
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (ops[i].op == e->v.BinOp.op) {
            text = ops[i].text;
            pr = ops[i].pr;
        }
    int right_assoc = e->v.BinOp.op == AST_Pow;
    open_if(out, level > pr);
    expr(out, e->v.BinOp.left, pr + right_assoc);
    buf_puts(out, text);
    expr(out, e->v.BinOp.right, pr + !right_assoc);
    close_if(out, level > pr);
}

static void unaryop(Buf *out, const AstExpr *e, int level)
{
    const char *text = "-";
    int pr = PR_FACTOR;
    switch (e->v.UnaryOp.op) {
    case AST_Invert: text = "~"; break;
    case AST_Not: text = "not "; pr = PR_NOT; break;
    case AST_UAdd: text = "+"; break;
    default: break;
    }
    open_if(out, level > pr);
    buf_puts(out, text);
    expr(out, e->v.UnaryOp.operand, pr);
    close_if(out, level > pr);
}

static void arg(Buf *out, const AstArg *a)
{
    buf_puts(out, a->arg);
    if (a->annotation) {
        buf_puts(out, ": ");
        expr(out, a->annotation, PR_TEST);
    }
}

static void separator(Buf *out, bool *first)
{
    if (!*first)
        buf_puts(out, ", ");
    *first = false;
}

static void arguments(Buf *out, const AstArguments *args)
{
    bool first = true;
    int posonly = args->posonlyargs.count, positional = posonly + args->args.count;
    int ndefaults = args->defaults.count;
    for (int i = 0; i < positional; i++) {
        separator(out, &first);
        arg(out, i < posonly ? args->posonlyargs.items[i] : args->args.items[i - posonly]);
        int d = i - positional + ndefaults;
        if (d >= 0) {
            buf_putc(out, '=');
            expr(out, args->defaults.items[d], PR_TEST);
        }
        if (posonly && i + 1 == posonly)
            buf_puts(out, ", /");
    }
    if (args->vararg || args->kwonlyargs.count) {
        separator(out, &first);
        buf_putc(out, '*');
        if (args->vararg)
            arg(out, args->vararg);
    }
    int nkw = args->kwonlyargs.count, nkwdefaults = args->kw_defaults.count;
    for (int i = 0; i < nkw; i++) {
        separator(out, &first);
        arg(out, args->kwonlyargs.items[i]);
        int d = i - nkw + nkwdefaults;
        if (d >= 0 && args->kw_defaults.items[d]) {
            buf_putc(out, '=');
            expr(out, args->kw_defaults.items[d], PR_TEST);
        }
    }
    if (args->kwarg) {
        separator(out, &first);
        buf_puts(out, "**");
        arg(out, args->kwarg);
    }
}

static void lambda(Buf *out, const AstExpr *e, int level)
{
    const AstArguments *args = e->v.Lambda.args;
    open_if(out, level > PR_TEST);
    buf_puts(out, args->args.count + args->posonlyargs.count ? "lambda " : "lambda");
    arguments(out, args);
    buf_puts(out, ": ");
    expr(out, e->v.Lambda.body, PR_TEST);
    close_if(out, level > PR_TEST);
}

static void ifexp(Buf *out, const AstExpr *e, int level)
{
    open_if(out, level > PR_TEST);
    expr(out, e->v.IfExp.body, PR_TEST + 1);
    buf_puts(out, " if ");
    expr(out, e->v.IfExp.test, PR_TEST + 1);
    buf_puts(out, " else ");
    expr(out, e->v.IfExp.orelse, PR_TEST);
    close_if(out, level > PR_TEST);
}

static void dict(Buf *out, const AstExpr *e)
{
    buf_putc(out, '{');
    for (int i = 0; i < e->v.Dict.values.count; i++) {
        if (i)
            buf_puts(out, ", ");
        const AstExpr *key = i < e->v.Dict.keys.count ? e->v.Dict.keys.items[i] : NULL;
        if (key) {
            expr(out, key, PR_TEST);
            buf_puts(out, ": ");
            expr(out, e->v.Dict.values.items[i], PR_TEST);
        } else {
            buf_puts(out, "**");
            expr(out, e->v.Dict.values.items[i], PR_EXPR);
        }
    }
    buf_putc(out, '}');
}

static void tuple(Buf *out, const AstExpr *e, int level)
{
    int n = e->v.Tuple.elts.count;
    if (n == 0) {
        buf_puts(out, "()");
        return;
    }
    open_if(out, level > PR_TUPLE);
    exprs(out, &e->v.Tuple.elts, PR_TEST);
    if (n == 1)
        buf_putc(out, ',');
    close_if(out, level > PR_TUPLE);
}

static void comprehensions(Buf *out, const AstComprehensionSeq *gens)
{
    for (int i = 0; i < gens->count; i++) {
        const AstComprehension *g = gens->items[i];
        buf_puts(out, g->is_async ? " async for " : " for ");
        expr(out, g->target, PR_TUPLE);
        buf_puts(out, " in ");
        expr(out, g->iter, PR_TEST + 1);
        for (int k = 0; k < g->ifs.count; k++) {
            buf_puts(out, " if ");
            expr(out, g->ifs.items[k], PR_TEST + 1);
        }
    }
}

static void compare(Buf *out, const AstExpr *e, int level)
{
    static const struct { AstKind op; const char *text; } ops[] = {
        { AST_Eq, " == " }, { AST_NotEq, " != " }, { AST_Lt, " < " }, { AST_LtE, " <= " },
        { AST_Gt, " > " }, { AST_GtE, " >= " }, { AST_Is, " is " }, { AST_IsNot, " is not " },
        { AST_In, " in " }, { AST_NotIn, " not in " },
    };
    open_if(out, level > PR_CMP);
    expr(out, e->v.Compare.left, PR_CMP + 1);
    for (int i = 0; i < e->v.Compare.comparators.count && i < e->v.Compare.ops.count; i++) {
        for (size_t k = 0; k < sizeof ops / sizeof ops[0]; k++)
            if (ops[k].op == e->v.Compare.ops.items[i])
                buf_puts(out, ops[k].text);
        expr(out, e->v.Compare.comparators.items[i], PR_CMP + 1);
    }
    close_if(out, level > PR_CMP);
}

static void genexp(Buf *out, const AstExpr *e)
{
    buf_putc(out, '(');
    expr(out, e->v.GeneratorExp.elt, PR_TEST);
    comprehensions(out, &e->v.GeneratorExp.generators);
    buf_putc(out, ')');
}

static void call(Buf *out, const AstExpr *e)
{
    expr(out, e->v.Call.func, PR_ATOM);
    const AstExprSeq *args = &e->v.Call.args;
    const AstKeywordSeq *keywords = &e->v.Call.keywords;
    if (args->count == 1 && keywords->count == 0 && args->items[0]->kind == AST_GeneratorExp) {
        genexp(out, args->items[0]);        /* f(x for x in y) */
        return;
    }
    buf_putc(out, '(');
    bool first = true;
    for (int i = 0; i < args->count; i++) {
        separator(out, &first);
        expr(out, args->items[i], PR_TEST);
    }
    for (int i = 0; i < keywords->count; i++) {
        separator(out, &first);
        const AstKeyword *k = keywords->items[i];
        if (k->arg) {
            buf_puts(out, k->arg);
            buf_putc(out, '=');
        } else {
            buf_puts(out, "**");
        }
        expr(out, k->value, PR_TEST);
    }
    buf_putc(out, ')');
}

/* repr() of a constant; infinities as 1e309, which reads back as inf. */
static void constant_text(Buf *out, const AstConstant *c)
{
    if (c->kind == CONST_ELLIPSIS) {
        buf_puts(out, "...");
        return;
    }
    Arena arena;
    arena_init(&arena);
    Buf repr;
    buf_init(&repr);
    value_repr(&repr, value_from_constant(&arena, c));
    if (c->kind == CONST_FLOAT || c->kind == CONST_COMPLEX) {
        for (const char *p = repr.data; *p; p++) {
            if (strncmp(p, "inf", 3) == 0) {
                buf_puts(out, "1e309");
                p += 2;
            } else {
                buf_putc(out, *p);
            }
        }
    } else {
        buf_append(out, repr.data, repr.len);
    }
    buf_free(&repr);
    arena_free(&arena);
}

static void fstring_element(Buf *out, const AstExpr *e, bool is_format_spec);

/* The text inside the quotes, braces doubled. */
static void fstring_body(Buf *out, const AstExprSeq *values, bool is_format_spec)
{
    for (int i = 0; i < values->count; i++)
        fstring_element(out, values->items[i], is_format_spec);
}

static void joined_str(Buf *out, const AstExpr *e, bool is_format_spec)
{
    if (is_format_spec) {
        fstring_body(out, &e->v.JoinedStr.values, true);
        return;
    }
    Buf body;
    buf_init(&body);
    fstring_body(&body, &e->v.JoinedStr.values, false);
    buf_putc(out, 'f');
    pyrepr_str(out, body.data, body.len);
    buf_free(&body);
}

static void formatted_value(Buf *out, const AstExpr *e)
{
    Buf value;
    buf_init(&value);
    expr(&value, e->v.FormattedValue.value, PR_TEST + 1);
    buf_puts(out, value.len && value.data[0] == '{' ? "{ " : "{");
    buf_append(out, value.data, value.len);
    buf_free(&value);
    int conversion = e->v.FormattedValue.conversion;
    if (conversion == 'a' || conversion == 'r' || conversion == 's') {
        buf_putc(out, '!');
        buf_putc(out, (char)conversion);
    }
    if (e->v.FormattedValue.format_spec) {
        buf_putc(out, ':');
        fstring_element(out, e->v.FormattedValue.format_spec, true);
    }
    buf_putc(out, '}');
}

static void fstring_element(Buf *out, const AstExpr *e, bool is_format_spec)
{
    switch (e->kind) {
    case AST_Constant:
        if (e->v.Constant.value.kind == CONST_STR) {
            const char *s = e->v.Constant.value.v.s.ptr;
            for (size_t i = 0; i < e->v.Constant.value.v.s.len; i++) {
                if (s[i] == '{' || s[i] == '}')
                    buf_putc(out, s[i]);
                buf_putc(out, s[i]);
            }
        }
        break;
    case AST_JoinedStr: joined_str(out, e, is_format_spec); break;
    case AST_FormattedValue: formatted_value(out, e); break;
    default: break;
    }
}

static void expr(Buf *out, const AstExpr *e, int level)
{
    switch (e->kind) {
    case AST_BoolOp: boolop(out, e, level); break;
    case AST_BinOp: binop(out, e, level); break;
    case AST_UnaryOp: unaryop(out, e, level); break;
    case AST_Lambda: lambda(out, e, level); break;
    case AST_IfExp: ifexp(out, e, level); break;
    case AST_Dict: dict(out, e); break;
    case AST_Set:
        buf_putc(out, '{');
        exprs(out, &e->v.Set.elts, PR_TEST);
        buf_putc(out, '}');
        break;
    case AST_GeneratorExp: genexp(out, e); break;
    case AST_ListComp:
        buf_putc(out, '[');
        expr(out, e->v.ListComp.elt, PR_TEST);
        comprehensions(out, &e->v.ListComp.generators);
        buf_putc(out, ']');
        break;
    case AST_SetComp:
        buf_putc(out, '{');
        expr(out, e->v.SetComp.elt, PR_TEST);
        comprehensions(out, &e->v.SetComp.generators);
        buf_putc(out, '}');
        break;
    case AST_DictComp:
        buf_putc(out, '{');
        expr(out, e->v.DictComp.key, PR_TEST);
        buf_puts(out, ": ");
        expr(out, e->v.DictComp.value, PR_TEST);
        comprehensions(out, &e->v.DictComp.generators);
        buf_putc(out, '}');
        break;
    case AST_Yield:
        if (!e->v.Yield.value) {
            buf_puts(out, "(yield)");
            break;
        }
        buf_puts(out, "(yield ");
        expr(out, e->v.Yield.value, PR_TEST);
        buf_putc(out, ')');
        break;
    case AST_YieldFrom:
        buf_puts(out, "(yield from ");
        expr(out, e->v.YieldFrom.value, PR_TEST);
        buf_putc(out, ')');
        break;
    case AST_Await:
        open_if(out, level > PR_AWAIT);
        buf_puts(out, "await ");
        expr(out, e->v.Await.value, PR_ATOM);
        close_if(out, level > PR_AWAIT);
        break;
    case AST_Compare: compare(out, e, level); break;
    case AST_Call: call(out, e); break;
    case AST_Constant:
        if (e->v.Constant.value.kind != CONST_ELLIPSIS && e->v.Constant.kind)
            buf_puts(out, e->v.Constant.kind);
        constant_text(out, &e->v.Constant.value);
        break;
    case AST_JoinedStr: joined_str(out, e, false); break;
    case AST_FormattedValue: formatted_value(out, e); break;
    case AST_Attribute: {
        const AstExpr *v = e->v.Attribute.value;
        expr(out, v, PR_ATOM);
        bool is_int = v->kind == AST_Constant &&
                      (v->v.Constant.value.kind == CONST_INT || v->v.Constant.value.kind == CONST_BIGINT);
        buf_puts(out, is_int ? " ." : ".");     /* 1 .real, not 1.real */
        buf_puts(out, e->v.Attribute.attr);
        break;
    }
    case AST_Subscript:
        expr(out, e->v.Subscript.value, PR_ATOM);
        buf_putc(out, '[');
        expr(out, e->v.Subscript.slice, PR_TUPLE);
        buf_putc(out, ']');
        break;
    case AST_Starred:
        buf_putc(out, '*');
        expr(out, e->v.Starred.value, PR_EXPR);
        break;
    case AST_Name: buf_puts(out, e->v.Name.id); break;
    case AST_List:
        buf_putc(out, '[');
        exprs(out, &e->v.List.elts, PR_TEST);
        buf_putc(out, ']');
        break;
    case AST_Tuple: tuple(out, e, level); break;
    case AST_Slice:
        if (e->v.Slice.lower)
            expr(out, e->v.Slice.lower, PR_TEST);
        buf_putc(out, ':');
        if (e->v.Slice.upper)
            expr(out, e->v.Slice.upper, PR_TEST);
        if (e->v.Slice.step) {
            buf_putc(out, ':');
            expr(out, e->v.Slice.step, PR_TEST);
        }
        break;
    case AST_NamedExpr:
        open_if(out, level > PR_TUPLE);
        expr(out, e->v.NamedExpr.target, PR_ATOM);
        buf_puts(out, " := ");
        expr(out, e->v.NamedExpr.value, PR_ATOM);
        close_if(out, level > PR_TUPLE);
        break;
    default: break;
    }
}

void unparse_expr(Buf *out, const AstExpr *e)
{
    expr(out, e, PR_TEST);
}

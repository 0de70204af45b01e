/* compile_expr.c - expressions, assignment targets, and conditions
 * compiled straight into jumps. */
#include "compiler.h"

#include "arith.h"

#include <limits.h>
#include <string.h>

/* CPython builds collections in pieces beyond this many items, to keep
 * the stack small. */
enum { STACK_USE_GUIDELINE = 30 };

Value *constant_of(Compiler *c, AstExpr *e)
{
    if (e->kind == AST_Constant)
        return value_from_constant(c->arena, &e->v.Constant.value);
    return fold_value(c->folds, e);
}

void compile_exprs(Compiler *c, AstExprSeq *seq)
{
    for (int i = 0; i < seq->count; i++)
        compile_expr(c, seq->items[i]);
}

int binary_opcode(AstKind op, bool inplace)
{
    switch (op) {
    case AST_Add: return inplace ? OP_INPLACE_ADD : OP_BINARY_ADD;
    case AST_Sub: return inplace ? OP_INPLACE_SUBTRACT : OP_BINARY_SUBTRACT;
    case AST_Mult: return inplace ? OP_INPLACE_MULTIPLY : OP_BINARY_MULTIPLY;
    case AST_MatMult: return inplace ? OP_INPLACE_MATRIX_MULTIPLY : OP_BINARY_MATRIX_MULTIPLY;
    case AST_Div: return inplace ? OP_INPLACE_TRUE_DIVIDE : OP_BINARY_TRUE_DIVIDE;
    case AST_Mod: return inplace ? OP_INPLACE_MODULO : OP_BINARY_MODULO;
    case AST_Pow: return inplace ? OP_INPLACE_POWER : OP_BINARY_POWER;
    case AST_LShift: return inplace ? OP_INPLACE_LSHIFT : OP_BINARY_LSHIFT;
    case AST_RShift: return inplace ? OP_INPLACE_RSHIFT : OP_BINARY_RSHIFT;
    case AST_BitOr: return inplace ? OP_INPLACE_OR : OP_BINARY_OR;
    case AST_BitXor: return inplace ? OP_INPLACE_XOR : OP_BINARY_XOR;
    case AST_BitAnd: return inplace ? OP_INPLACE_AND : OP_BINARY_AND;
    case AST_FloorDiv: return inplace ? OP_INPLACE_FLOOR_DIVIDE : OP_BINARY_FLOOR_DIVIDE;
    default: return -1;
    }
}

static int unary_opcode(AstKind op)
{
    switch (op) {
    case AST_Invert: return OP_UNARY_INVERT;
    case AST_Not: return OP_UNARY_NOT;
    case AST_UAdd: return OP_UNARY_POSITIVE;
    case AST_USub: return OP_UNARY_NEGATIVE;
    default: return -1;
    }
}

static void compile_compare_op(Compiler *c, AstKind op)
{
    switch (op) {
    case AST_Eq: emit(c, OP_COMPARE_OP, 2); break;
    case AST_NotEq: emit(c, OP_COMPARE_OP, 3); break;
    case AST_Lt: emit(c, OP_COMPARE_OP, 0); break;
    case AST_LtE: emit(c, OP_COMPARE_OP, 1); break;
    case AST_Gt: emit(c, OP_COMPARE_OP, 4); break;
    case AST_GtE: emit(c, OP_COMPARE_OP, 5); break;
    case AST_Is: emit(c, OP_IS_OP, 0); break;
    case AST_IsNot: emit(c, OP_IS_OP, 1); break;
    case AST_In: emit(c, OP_CONTAINS_OP, 0); break;
    case AST_NotIn: emit(c, OP_CONTAINS_OP, 1); break;
    default: compiler_error(c, "unknown comparison operator");
    }
}

/* ---- collections ------------------------------------------------------------------ */

static Value **constant_items(Compiler *c, AstExprSeq *elts, int begin, int end)
{
    Value **items = arena_alloc(c->arena, sizeof(Value *) * (size_t)(end - begin + 1));
    for (int i = begin; i < end; i++)
        if (!elts->items[i] || !(items[i - begin] = constant_of(c, elts->items[i])))
            return NULL;
    return items;
}

/* A list, set or tuple display (or the positional arguments of a call,
 * after `pushed` already on the stack): as CPython 3.10's starunpack_helper.
 * A display of more than two constants loads them as one constant. */
static void starunpack(Compiler *c, AstExprSeq *elts, int pushed, int build, int add, int extend, bool tuple)
{
    int n = elts->count;
    Value **folded = n > 2 ? constant_items(c, elts, 0, n) : NULL;
    if (folded) {
        if (tuple && !pushed) {
            emit_const(c, value_tuple(c->arena, folded, n));
            return;
        }
        emit(c, build, pushed);
        emit_const(c, add == OP_SET_ADD ? value_frozenset(c->arena, folded, n) : value_tuple(c->arena, folded, n));
        emit(c, extend, 1);
        if (tuple)
            emit_noarg(c, OP_LIST_TO_TUPLE);
        return;
    }
    bool big = n + pushed > STACK_USE_GUIDELINE, seen_star = false;
    for (int i = 0; i < n; i++)
        seen_star |= elts->items[i]->kind == AST_Starred;
    if (!seen_star && !big) {
        compile_exprs(c, elts);
        if (tuple)
            emit_build_tuple(c, n + pushed);
        else
            emit(c, build, n + pushed);
        return;
    }
    bool built = false;
    if (big) {
        emit(c, build, pushed);
        built = true;
    }
    for (int i = 0; i < n; i++) {
        AstExpr *elt = elts->items[i];
        if (elt->kind == AST_Starred) {
            if (!built) {
                emit(c, build, i + pushed);
                built = true;
            }
            compile_expr(c, elt->v.Starred.value);
            emit(c, extend, 1);
        } else {
            compile_expr(c, elt);
            if (built)
                emit(c, add, 1);
        }
    }
    if (tuple)
        emit_noarg(c, OP_LIST_TO_TUPLE);
}

void compile_positional_tuple(Compiler *c, AstExprSeq *args, int pushed)
{
    starunpack(c, args, pushed, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true);
}

/* keys[begin:end], values[begin:end] of a dict display, none of them `**`. */
static void compile_subdict(Compiler *c, AstExpr *e, int begin, int end)
{
    AstExprSeq *keys = &e->v.Dict.keys, *values = &e->v.Dict.values;
    int n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    Value **constant_keys = n > 1 && !big ? constant_items(c, keys, begin, end) : NULL;
    if (constant_keys) {
        for (int i = begin; i < end; i++)
            compile_expr(c, values->items[i]);
        emit_const(c, value_tuple(c->arena, constant_keys, n));
        emit(c, OP_BUILD_CONST_KEY_MAP, n);
        return;
    }
    if (big)
        emit(c, OP_BUILD_MAP, 0);
    for (int i = begin; i < end; i++) {
        compile_expr(c, keys->items[i]);
        compile_expr(c, values->items[i]);
        if (big)
            emit(c, OP_MAP_ADD, 1);
    }
    if (!big)
        emit(c, OP_BUILD_MAP, n);
}

static void compile_dict(Compiler *c, AstExpr *e)
{
    int n = e->v.Dict.values.count, elements = 0;
    bool have_dict = false;
    if (e->v.Dict.keys.count != n)
        compiler_error(c, "dict display with %d keys and %d values", e->v.Dict.keys.count, n);
    for (int i = 0; i < n; i++) {
        if (e->v.Dict.keys.items[i] == NULL) {      /* **mapping */
            if (elements) {
                compile_subdict(c, e, i - elements, i);
                if (have_dict)
                    emit(c, OP_DICT_UPDATE, 1);
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                emit(c, OP_BUILD_MAP, 0);
                have_dict = true;
            }
            compile_expr(c, e->v.Dict.values.items[i]);
            emit(c, OP_DICT_UPDATE, 1);
        } else if (elements * 2 > STACK_USE_GUIDELINE) {
            compile_subdict(c, e, i - elements, i + 1);
            if (have_dict)
                emit(c, OP_DICT_UPDATE, 1);
            have_dict = true;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        compile_subdict(c, e, n - elements, n);
        if (have_dict)
            emit(c, OP_DICT_UPDATE, 1);
        have_dict = true;
    }
    if (!have_dict)
        emit(c, OP_BUILD_MAP, 0);
}

/* ---- operators ------------------------------------------------------------------------- */

static void compile_boolop(Compiler *c, AstExpr *e)
{
    int jump = e->v.BoolOp.op == AST_And ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    Block *end = new_block(c);
    AstExprSeq *values = &e->v.BoolOp.values;
    for (int i = 0; i < values->count - 1; i++) {
        compile_expr(c, values->items[i]);
        emit_jump(c, jump, end);
        use_next_block(c, new_block(c));
    }
    compile_expr(c, values->items[values->count - 1]);
    use_next_block(c, end);
}

/* a < b < c: every link but the last leaves the right operand for the
 * next one ([b, result] after DUP_TOP and ROT_THREE) and goes to cleanup
 * on a false result (jump_op: JUMP_IF_FALSE_OR_POP, or POP_JUMP_IF_FALSE
 * in a condition). */
static void compile_chain_links(Compiler *c, AstExpr *e, Block *cleanup, int jump_op)
{
    AstCmpopSeq *ops = &e->v.Compare.ops;
    AstExprSeq *cmp = &e->v.Compare.comparators;
    compile_expr(c, e->v.Compare.left);
    for (int i = 0; i < ops->count - 1; i++) {
        compile_expr(c, cmp->items[i]);
        emit_noarg(c, OP_DUP_TOP);
        emit_noarg(c, OP_ROT_THREE);
        compile_compare_op(c, ops->items[i]);
        emit_jump(c, jump_op, cleanup);
        use_next_block(c, new_block(c));
    }
}

static void compile_compare(Compiler *c, AstExpr *e)
{
    AstCmpopSeq *ops = &e->v.Compare.ops;
    AstExprSeq *cmp = &e->v.Compare.comparators;
    if (ops->count == 0 || ops->count != cmp->count)
        compiler_error(c, "comparison with %d operators and %d operands", ops->count, cmp->count);
    check_compare(c, e);
    int n = ops->count - 1;
    if (n == 0) {
        compile_expr(c, e->v.Compare.left);
        compile_expr(c, cmp->items[0]);
        compile_compare_op(c, ops->items[0]);
        return;
    }
    Block *cleanup = new_block(c), *end = new_block(c);
    compile_chain_links(c, e, cleanup, OP_JUMP_IF_FALSE_OR_POP);
    compile_expr(c, cmp->items[n]);
    compile_compare_op(c, ops->items[n]);
    emit_jump_noline(c, OP_JUMP, end);
    use_next_block(c, cleanup);
    emit_noarg(c, OP_ROT_TWO);
    emit_noarg(c, OP_POP_TOP);
    use_next_block(c, end);
}

static void compile_ifexp(Compiler *c, AstExpr *e)
{
    Block *end = new_block(c), *next = new_block(c);
    compile_jump_if(c, e->v.IfExp.test, next, false);
    compile_expr(c, e->v.IfExp.body);
    emit_jump_noline(c, OP_JUMP, end);
    use_next_block(c, next);
    compile_expr(c, e->v.IfExp.orelse);
    use_next_block(c, end);
}

/* ---- conditions as jumps ------------------------------------------------------------------- */

static void compile_jump_if_compare(Compiler *c, AstExpr *e, Block *target, bool jump_if)
{
    AstCmpopSeq *ops = &e->v.Compare.ops;
    AstExprSeq *cmp = &e->v.Compare.comparators;
    int n = ops->count - 1;
    Block *cleanup = new_block(c), *end = new_block(c);
    check_compare(c, e);
    compile_chain_links(c, e, cleanup, OP_POP_JUMP_IF_FALSE);
    compile_expr(c, cmp->items[n]);
    compile_compare_op(c, ops->items[n]);
    emit_jump(c, jump_if ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, target);
    emit_jump_noline(c, OP_JUMP, end);
    use_next_block(c, cleanup);
    emit_noarg(c, OP_POP_TOP);
    if (!jump_if)
        emit_jump_noline(c, OP_JUMP, target);
    use_next_block(c, end);
}

/* The jumps and comparisons emitted here keep the caller's position (the
 * statement's), as CPython's do; only the operands get their own. */
void compile_jump_if(Compiler *c, AstExpr *e, Block *target, bool jump_if)
{
    Value *k = constant_of(c, e);
    if (k) {
        /* a constant condition: no test; the NOP keeps the line */
        Location saved = set_loc(c, e->pos);
        emit_noarg(c, OP_NOP);
        c->u->loc = saved;
        if (arith_truth(k) == jump_if)
            emit_jump(c, OP_JUMP, target);
        return;
    }
    switch (e->kind) {
    case AST_UnaryOp:
        if (e->v.UnaryOp.op == AST_Not) {
            compile_jump_if(c, e->v.UnaryOp.operand, target, !jump_if);
            return;
        }
        break;
    case AST_BoolOp: {
        AstExprSeq *values = &e->v.BoolOp.values;
        bool is_or = e->v.BoolOp.op == AST_Or;
        /* `a or b` jumps when true as soon as one is true; `a and b`
         * jumps when false as soon as one is false */
        Block *next = is_or == jump_if ? target : new_block(c);
        for (int i = 0; i < values->count - 1; i++)
            compile_jump_if(c, values->items[i], next, is_or);
        compile_jump_if(c, values->items[values->count - 1], target, jump_if);
        if (next != target)
            use_next_block(c, next);
        return;
    }
    case AST_IfExp: {
        Block *end = new_block(c), *next = new_block(c);
        compile_jump_if(c, e->v.IfExp.test, next, false);
        compile_jump_if(c, e->v.IfExp.body, target, jump_if);
        emit_jump_noline(c, OP_JUMP, end);
        use_next_block(c, next);
        compile_jump_if(c, e->v.IfExp.orelse, target, jump_if);
        use_next_block(c, end);
        return;
    }
    case AST_Compare:
        if (e->v.Compare.ops.count > 1 && e->v.Compare.ops.count == e->v.Compare.comparators.count) {
            /* a chain's comparisons and jumps are at the chain, in CPython
             * too, and the rest of the condition keeps that position */
            set_loc(c, e->pos);
            compile_jump_if_compare(c, e, target, jump_if);
            return;
        }
        break;
    default:
        break;
    }
    compile_expr(c, e);
    /* after a comparison, CPython 3.11's jumps take the comparison's
     * position, and keep it for the rest of the condition */
    if (e->kind == AST_Compare)
        c->u->loc = loc_of(e->pos);
    emit_jump(c, jump_if ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, target);
}

/* ---- f-strings ------------------------------------------------------------------------------- */

static void compile_formatted_value(Compiler *c, AstExpr *e)
{
    compile_expr(c, e->v.FormattedValue.value);
    int oparg;
    switch (e->v.FormattedValue.conversion) {
    case 's': oparg = 1; break;
    case 'r': oparg = 2; break;
    case 'a': oparg = 3; break;
    case -1: oparg = 0; break;
    default: compiler_error(c, "unknown f-string conversion %d", e->v.FormattedValue.conversion);
    }
    if (e->v.FormattedValue.format_spec) {
        compile_expr(c, e->v.FormattedValue.format_spec);
        oparg |= 4;
    }
    emit(c, OP_FORMAT_VALUE, oparg);
}

static void compile_joined_str(Compiler *c, AstExpr *e)
{
    AstExprSeq *values = &e->v.JoinedStr.values;
    if (values->count > STACK_USE_GUIDELINE) {
        /* ''.join([...]) */
        emit_const(c, value_str(c->arena, "", 0));
        emit_name(c, OP_LOAD_METHOD, "join");
        emit(c, OP_BUILD_LIST, 0);
        for (int i = 0; i < values->count; i++) {
            compile_expr(c, values->items[i]);
            emit(c, OP_LIST_APPEND, 1);
        }
        emit(c, OP_CALL_METHOD, 1);
        return;
    }
    compile_exprs(c, values);
    if (values->count != 1)
        emit(c, OP_BUILD_STRING, values->count);
}

/* ---- 'format' % (args) as an f-string -------------------------------------------------------
 *
 * CPython 3.11 compiles `"%s and %r" % (a, b)` as the f-string
 * f"{a!s} and {b!r}" when every conversion is %s, %r or %a (with at most
 * a width and a precision), as fast as an f-string.  The same rewrite,
 * with the same limits: anything else stays a `%` at run time. */

enum { FORMAT_MAX_DIGITS = 3 };

static AstExpr *string_node(Compiler *c, const char *text, size_t len)
{
    AstExpr *e = arena_alloc(c->arena, sizeof *e);
    e->kind = AST_Constant;
    e->v.Constant.value.kind = CONST_STR;
    e->v.Constant.value.v.s.ptr = arena_strndup(c->arena, text, len);
    e->v.Constant.value.v.s.len = len;
    e->pos = (AstPos){ -1, -1, -1, -1 };     /* no position of its own */
    return e;
}

/* The literal text from *at up to the next lone '%' ("%%" is a '%'). */
static AstExpr *format_literal(Compiler *c, const char *fmt, size_t len, size_t *at)
{
    Buf text;
    buf_init(&text);
    size_t i = *at;
    while (i < len && (fmt[i] != '%' || (i + 1 < len && fmt[i + 1] == '%'))) {
        buf_putc(&text, fmt[i]);
        i += fmt[i] == '%' ? 2 : 1;
    }
    AstExpr *e = i > *at ? string_node(c, text.data, text.len) : NULL;
    buf_free(&text);
    *at = i;
    return e;
}

/* digits at *i (at most FORMAT_MAX_DIGITS - 1 of them); -1 if none; -2
 * if too many */
static int format_number(const char *fmt, size_t len, size_t *i)
{
    int n = -1, digits = 0;
    while (*i < len && fmt[*i] >= '0' && fmt[*i] <= '9') {
        n = (n < 0 ? 0 : n * 10) + (fmt[(*i)++] - '0');
        if (++digits >= FORMAT_MAX_DIGITS)
            return -2;
    }
    return n;
}

/* One conversion after its '%': flags, width, precision, letter; NULL if
 * it is not one of the simple ones. */
static AstExpr *format_conversion(Compiler *c, const char *fmt, size_t len, size_t *at, AstExpr *arg)
{
    size_t i = *at;
    bool left_justify = false;
    while (i < len && strchr("-+ #0", fmt[i])) {
        left_justify |= fmt[i] == '-';
        i++;
    }
    int width = format_number(fmt, len, &i), precision = -1;
    if (width == -2)
        return NULL;
    if (i < len && fmt[i] == '.') {
        i++;
        precision = format_number(fmt, len, &i);
        if (precision == -2)
            return NULL;
        if (precision < 0)
            precision = 0;
    }
    if (i >= len || (fmt[i] != 's' && fmt[i] != 'r' && fmt[i] != 'a'))
        return NULL;
    AstExpr *e = arena_alloc(c->arena, sizeof *e);
    e->kind = AST_FormattedValue;
    e->v.FormattedValue.value = arg;
    e->v.FormattedValue.conversion = fmt[i];
    e->pos = arg->pos;
    char spec[16];
    int n = snprintf(spec, sizeof spec, "%s", !left_justify && width > 0 ? ">" : "");
    if (width >= 0)
        n += snprintf(spec + n, sizeof spec - (size_t)n, "%d", width);
    if (precision >= 0)
        n += snprintf(spec + n, sizeof spec - (size_t)n, ".%d", precision);
    if (n > 0)
        e->v.FormattedValue.format_spec = string_node(c, spec, (size_t)n);
    *at = i + 1;
    return e;
}

/* The f-string that `fmt % (elts)` is, or NULL. */
static AstExpr *percent_format_as_fstring(Compiler *c, AstExpr *node, const Value *fmt, AstExprSeq *elts)
{
    const char *text = fmt->v.s.ptr;
    size_t len = fmt->v.s.len, at = 0;
    int count = 0, used = 0;
    AstExpr **pieces = arena_alloc(c->arena, sizeof *pieces * (size_t)(2 * elts->count + 1));
    for (;;) {
        AstExpr *literal = format_literal(c, text, len, &at);
        if (literal)
            pieces[count++] = literal;
        if (at >= len)
            break;
        if (used >= elts->count)
            return NULL;        /* more conversions than values */
        at++;                   /* the '%' */
        AstExpr *value = format_conversion(c, text, len, &at, elts->items[used++]);
        if (!value)
            return NULL;
        pieces[count++] = value;
    }
    if (used < elts->count)
        return NULL;            /* more values than conversions */
    AstExpr *joined = arena_alloc(c->arena, sizeof *joined);
    joined->kind = AST_JoinedStr;
    joined->v.JoinedStr.values.items = pieces;
    joined->v.JoinedStr.values.count = count;
    joined->pos = node->pos;
    return joined;
}

static bool compile_percent_format(Compiler *c, AstExpr *e)
{
    AstExpr *right = e->v.BinOp.right;
    if (e->v.BinOp.op != AST_Mod || right->kind != AST_Tuple || constant_of(c, right))
        return false;
    Value *fmt = constant_of(c, e->v.BinOp.left);
    if (!fmt || fmt->kind != V_STR)
        return false;
    for (int i = 0; i < right->v.Tuple.elts.count; i++)
        if (right->v.Tuple.elts.items[i]->kind == AST_Starred)
            return false;
    AstExpr *fstring = percent_format_as_fstring(c, e, fmt, &right->v.Tuple.elts);
    if (!fstring)
        return false;
    compile_expr(c, fstring);
    return true;
}

/* ---- subscripts and slices -------------------------------------------------------------------------- */

static void compile_slice(Compiler *c, AstExpr *e)
{
    int n = 2;
    if (e->v.Slice.lower)
        compile_expr(c, e->v.Slice.lower);
    else
        emit_none(c);
    if (e->v.Slice.upper)
        compile_expr(c, e->v.Slice.upper);
    else
        emit_none(c);
    if (e->v.Slice.step) {
        compile_expr(c, e->v.Slice.step);
        n = 3;
    }
    emit(c, OP_BUILD_SLICE, n);
}

/* ---- targets ------------------------------------------------------------------------------------------ */

/* UNPACK_SEQUENCE, or UNPACK_EX around the one starred target. */
static void compile_unpack(Compiler *c, AstExprSeq *elts)
{
    int n = elts->count;
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        if (elts->items[i]->kind != AST_Starred)
            continue;
        if (seen_star)
            compiler_error(c, "multiple starred expressions in assignment");
        if (i >= (1 << 8) || n - i - 1 >= (INT_MAX >> 8))
            compiler_error(c, "too many expressions in star-unpacking assignment");
        emit(c, OP_UNPACK_EX, i + ((n - i - 1) << 8));
        seen_star = true;
    }
    if (!seen_star)
        emit(c, OP_UNPACK_SEQUENCE, n);
}

/* A Name, Attribute or Subscript target, stored to or deleted; false for
 * other kinds. */
static bool compile_simple_target(Compiler *c, AstExpr *target, NameContext ctx)
{
    switch (target->kind) {
    case AST_Name: compile_nameop(c, target->v.Name.id, ctx, target->pos); return true;
    case AST_Attribute:
        if (ctx == NAME_STORE && strcmp(target->v.Attribute.attr, "__debug__") == 0)
            compiler_error(c, "cannot assign to __debug__");
        compile_expr(c, target->v.Attribute.value);
        set_attribute_loc(c, target);
        emit_name(c, ctx == NAME_STORE ? OP_STORE_ATTR : OP_DELETE_ATTR, target->v.Attribute.attr);
        return true;
    case AST_Subscript:
        compile_expr(c, target->v.Subscript.value);
        compile_expr(c, target->v.Subscript.slice);
        emit_noarg(c, ctx == NAME_STORE ? OP_STORE_SUBSCR : OP_DELETE_SUBSCR);
        return true;
    default: return false;
    }
}

static AstExprSeq *target_elements(AstExpr *target)
{
    if (target->kind == AST_Tuple)
        return &target->v.Tuple.elts;
    return target->kind == AST_List ? &target->v.List.elts : NULL;
}

void compile_store(Compiler *c, AstExpr *target)
{
    Location saved = set_loc(c, target->pos);
    AstExprSeq *elts = target_elements(target);
    if (elts) {
        compile_unpack(c, elts);
        for (int i = 0; i < elts->count; i++) {
            AstExpr *elt = elts->items[i];
            compile_store(c, elt->kind == AST_Starred ? elt->v.Starred.value : elt);
        }
    } else if (!compile_simple_target(c, target, NAME_STORE)) {
        if (target->kind == AST_Starred)
            compiler_error(c, "starred assignment target must be in a list or tuple");
        compiler_error(c, "cannot assign to %s", ast_node_info[target->kind].name);
    }
    c->u->loc = saved;
}

void compile_delete(Compiler *c, AstExpr *target)
{
    Location saved = set_loc(c, target->pos);
    AstExprSeq *elts = target_elements(target);
    if (elts) {
        for (int i = 0; i < elts->count; i++)
            compile_delete(c, elts->items[i]);
    } else if (!compile_simple_target(c, target, NAME_DEL)) {
        compiler_error(c, "cannot delete %s", ast_node_info[target->kind].name);
    }
    c->u->loc = saved;
}

void compile_augassign(Compiler *c, AstStmt *s)
{
    AstExpr *target = s->v.AugAssign.target;
    int op = binary_opcode(s->v.AugAssign.op, true);
    if (op < 0)
        compiler_error(c, "unknown operator in augmented assignment");
    Location stmt_loc = set_loc(c, target->pos);
    switch (target->kind) {
    case AST_Attribute:
        compile_expr(c, target->v.Attribute.value);
        emit_noarg(c, OP_DUP_TOP);
        set_attribute_loc(c, target);
        emit_name(c, OP_LOAD_ATTR, target->v.Attribute.attr);
        break;
    case AST_Subscript:
        compile_expr(c, target->v.Subscript.value);
        compile_expr(c, target->v.Subscript.slice);
        emit_noarg(c, OP_DUP_TOP_TWO);
        emit_noarg(c, OP_BINARY_SUBSCR);
        break;
    case AST_Name: compile_nameop(c, target->v.Name.id, NAME_LOAD, target->pos); break;
    default: compiler_error(c, "illegal expression for augmented assignment");
    }
    Location target_loc = c->u->loc;
    c->u->loc = stmt_loc;
    compile_expr(c, s->v.AugAssign.value);
    emit_noarg(c, op);
    c->u->loc = target_loc;
    switch (target->kind) {
    case AST_Attribute:
        set_attribute_loc(c, target);
        emit_noarg(c, OP_ROT_TWO);
        emit_name(c, OP_STORE_ATTR, target->v.Attribute.attr);
        break;
    case AST_Subscript:
        emit_noarg(c, OP_ROT_THREE);
        emit_noarg(c, OP_STORE_SUBSCR);
        break;
    default: compile_nameop(c, target->v.Name.id, NAME_STORE, target->pos); break;
    }
    c->u->loc = stmt_loc;
}

/* ---- yield and await ------------------------------------------------------------------------------------ */

static void check_in_function(Compiler *c)
{
    if (c->u->scope->kind != SCOPE_FUNCTION)
        compiler_error(c, "'yield' outside function");
}

static void compile_await(Compiler *c, AstExpr *e)
{
    if (c->u->scope->kind != SCOPE_FUNCTION)
        compiler_error(c, "'await' outside function");
    if (c->u->kind != UNIT_ASYNC_FUNCTION && c->u->kind != UNIT_COMPREHENSION)
        compiler_error(c, "'await' outside async function");
    compile_expr(c, e->v.Await.value);
    compile_await_tail(c, 0);
}

/* ---- the dispatch ----------------------------------------------------------------------------------------- */

static void compile_expr_kind(Compiler *c, AstExpr *e)
{
    switch (e->kind) {
    case AST_BoolOp: compile_boolop(c, e); break;
    case AST_NamedExpr:
        compile_expr(c, e->v.NamedExpr.value);
        emit_noarg(c, OP_DUP_TOP);
        compile_store(c, e->v.NamedExpr.target);
        break;
    case AST_BinOp: {
        int op = binary_opcode(e->v.BinOp.op, false);
        if (op < 0)
            compiler_error(c, "unknown binary operator");
        if (compile_percent_format(c, e))
            break;
        compile_expr(c, e->v.BinOp.left);
        compile_expr(c, e->v.BinOp.right);
        emit_noarg(c, op);
        break;
    }
    case AST_UnaryOp: {
        int op = unary_opcode(e->v.UnaryOp.op);
        if (op < 0)
            compiler_error(c, "unknown unary operator");
        compile_expr(c, e->v.UnaryOp.operand);
        emit_noarg(c, op);
        break;
    }
    case AST_Lambda: compile_lambda(c, e); break;
    case AST_IfExp: compile_ifexp(c, e); break;
    case AST_Dict: compile_dict(c, e); break;
    case AST_Set: starunpack(c, &e->v.Set.elts, 0, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE, false); break;
    case AST_ListComp:
    case AST_SetComp:
    case AST_DictComp:
    case AST_GeneratorExp: compile_comprehension(c, e); break;
    case AST_Await: compile_await(c, e); break;
    case AST_Yield:
        check_in_function(c);
        if (e->v.Yield.value)
            compile_expr(c, e->v.Yield.value);
        else
            emit_none(c);
        emit_noarg(c, OP_YIELD_VALUE);
        break;
    case AST_YieldFrom:
        check_in_function(c);
        if (c->u->kind == UNIT_ASYNC_FUNCTION)
            compiler_error(c, "'yield from' inside async function");
        compile_expr(c, e->v.YieldFrom.value);
        emit_noarg(c, OP_GET_YIELD_FROM_ITER);
        emit_none(c);
        emit_noarg(c, OP_YIELD_FROM);
        break;
    case AST_Compare: compile_compare(c, e); break;
    case AST_Call: compile_call(c, e); break;
    case AST_FormattedValue: compile_formatted_value(c, e); break;
    case AST_JoinedStr: compile_joined_str(c, e); break;
    case AST_Constant: emit_const(c, value_from_constant(c->arena, &e->v.Constant.value)); break;
    case AST_Attribute:
        compile_expr(c, e->v.Attribute.value);
        set_attribute_loc(c, e);
        emit_name(c, OP_LOAD_ATTR, e->v.Attribute.attr);
        break;
    case AST_Subscript:
        check_subscript(c, e);
        compile_expr(c, e->v.Subscript.value);
        compile_expr(c, e->v.Subscript.slice);
        emit_noarg(c, OP_BINARY_SUBSCR);
        break;
    case AST_Starred: compiler_error(c, "can't use starred expression here");
    case AST_Name: compile_nameop(c, e->v.Name.id, NAME_LOAD, e->pos); break;
    case AST_List: starunpack(c, &e->v.List.elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, false); break;
    case AST_Tuple: starunpack(c, &e->v.Tuple.elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true); break;
    case AST_Slice: compile_slice(c, e); break;
    default: compiler_error(c, "cannot compile a %s node as an expression", ast_node_info[e->kind].name);
    }
}

void compile_expr(Compiler *c, AstExpr *e)
{
    Location saved = set_loc(c, e->pos);
    Value *k = constant_of(c, e);
    if (k)
        emit_const(c, k);
    else
        compile_expr_kind(c, e);
    c->u->loc = saved;
}

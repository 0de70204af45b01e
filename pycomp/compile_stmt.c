/* compile_stmt.c - statements: assignments, if, loops, imports, raise,
 * assert, and the bodies of modules.  (try and with are in compile_try.c,
 * def and class in compile_func.c, match in compile_match.c.) */
#include "compiler.h"

#include <string.h>

/* ---- bodies --------------------------------------------------------------------- */

void compile_body(Compiler *c, AstStmtSeq *body)
{
    for (int i = 0; i < body->count; i++)
        compile_stmt(c, body->items[i]);
}

static bool any_annotations(AstStmtSeq *body);

/* CPython's find_ann: an AnnAssign anywhere in the body, not looking into
 * nested functions and classes (nor, as in 3.11, into match statements). */
bool body_has_annotations(AstStmtSeq *body)
{
    return any_annotations(body);
}

static bool any_annotations(AstStmtSeq *body)
{
    for (int i = 0; i < body->count; i++) {
        AstStmt *s = body->items[i];
        switch (s->kind) {
        case AST_AnnAssign: return true;
        case AST_For:
        case AST_AsyncFor:
            if (any_annotations(&s->v.For.body) || any_annotations(&s->v.For.orelse))
                return true;
            break;
        case AST_While:
            if (any_annotations(&s->v.While.body) || any_annotations(&s->v.While.orelse))
                return true;
            break;
        case AST_If:
            if (any_annotations(&s->v.If.body) || any_annotations(&s->v.If.orelse))
                return true;
            break;
        case AST_With:
        case AST_AsyncWith:
            if (any_annotations(&s->v.With.body))
                return true;
            break;
        case AST_Try:
        case AST_TryStar:
            for (int h = 0; h < s->v.Try.handlers.count; h++)
                if (any_annotations(&s->v.Try.handlers.items[h]->v.ExceptHandler.body))
                    return true;
            if (any_annotations(&s->v.Try.body) || any_annotations(&s->v.Try.finalbody) ||
                any_annotations(&s->v.Try.orelse))
                return true;
            break;
        default: break;
        }
    }
    return false;
}

static bool is_docstring(const AstStmt *s)
{
    return s->kind == AST_Expr && s->v.Expr.value->kind == AST_Constant &&
           s->v.Expr.value->v.Constant.value.kind == CONST_STR;
}

/* A module or class body: SETUP_ANNOTATIONS if it has annotations, the
 * docstring into __doc__, then the statements. */
void compile_module_body(Compiler *c, AstStmtSeq *body)
{
    if (c->u->kind == UNIT_MODULE && body->count)
        set_loc(c, body->items[0]->pos);
    if (body_has_annotations(body))
        emit_noarg(c, OP_SETUP_ANNOTATIONS);
    int first = 0;
    if (body->count && is_docstring(body->items[0])) {
        AstStmt *doc = body->items[0];
        set_loc(c, doc->pos);
        compile_expr(c, doc->v.Expr.value);
        c->u->loc = NO_LOCATION;
        compile_nameop(c, "__doc__", NAME_STORE, doc->pos);
        first = 1;
    }
    for (int i = first; i < body->count; i++)
        compile_stmt(c, body->items[i]);
}

/* ---- assignments ------------------------------------------------------------------- */

static bool is_plain_sequence(AstExpr *e, int n)
{
    if (e->kind != AST_Tuple && e->kind != AST_List)
        return false;
    AstExprSeq *elts = e->kind == AST_Tuple ? &e->v.Tuple.elts : &e->v.List.elts;
    if (elts->count != n)
        return false;
    for (int i = 0; i < n; i++)
        if (elts->items[i]->kind == AST_Starred)
            return false;
    return true;
}

/* `a, b = b, a`: the values are pushed and rotated into place, with no
 * tuple built and unpacked (as CPython 3.10's peephole optimizer does). */
static bool compile_swap_assign(Compiler *c, AstStmt *s)
{
    AstExpr *value = s->v.Assign.value;
    if (s->v.Assign.targets.count != 1 || value->kind != AST_Tuple || constant_of(c, value))
        return false;
    int n = value->v.Tuple.elts.count;
    if ((n != 2 && n != 3) || !is_plain_sequence(value, n) || !is_plain_sequence(s->v.Assign.targets.items[0], n))
        return false;
    compile_exprs(c, &value->v.Tuple.elts);
    Location saved = set_loc(c, value->pos);
    if (n == 3)
        emit_noarg(c, OP_ROT_THREE);
    emit_noarg(c, OP_ROT_TWO);
    c->u->loc = saved;
    AstExpr *target = s->v.Assign.targets.items[0];
    AstExprSeq *elts = target->kind == AST_Tuple ? &target->v.Tuple.elts : &target->v.List.elts;
    for (int i = 0; i < n; i++)
        compile_store(c, elts->items[i]);
    return true;
}

static void compile_assign(Compiler *c, AstStmt *s)
{
    if (compile_swap_assign(c, s))
        return;
    compile_expr(c, s->v.Assign.value);
    int n = s->v.Assign.targets.count;
    for (int i = 0; i < n; i++) {
        if (i < n - 1)
            emit_noarg(c, OP_DUP_TOP);
        compile_store(c, s->v.Assign.targets.items[i]);
    }
}

/* Evaluates e for its errors only (an annotation target's parts). */
static void compile_and_pop(Compiler *c, AstExpr *e)
{
    compile_expr(c, e);
    emit_noarg(c, OP_POP_TOP);
}

static void check_annotated_subscript(Compiler *c, AstExpr *e)
{
    if (e->kind == AST_Slice) {
        AstExpr *parts[] = { e->v.Slice.lower, e->v.Slice.upper, e->v.Slice.step };
        for (int i = 0; i < 3; i++)
            if (parts[i])
                compile_and_pop(c, parts[i]);
    } else if (e->kind == AST_Tuple) {
        for (int i = 0; i < e->v.Tuple.elts.count; i++)
            check_annotated_subscript(c, e->v.Tuple.elts.items[i]);
    } else {
        compile_and_pop(c, e);
    }
}

static bool annotations_stored(const Compiler *c)
{
    return c->u->kind == UNIT_MODULE || c->u->kind == UNIT_CLASS;
}

static void compile_annassign(Compiler *c, AstStmt *s)
{
    AstExpr *target = s->v.AnnAssign.target;
    if (s->v.AnnAssign.value) {
        compile_expr(c, s->v.AnnAssign.value);
        compile_store(c, target);
    }
    switch (target->kind) {
    case AST_Name:
        if (strcmp(target->v.Name.id, "__debug__") == 0)
            compiler_error_at(c, target->pos, "cannot assign to __debug__");
        if (s->v.AnnAssign.simple && annotations_stored(c)) {
            compile_annotation_value(c, s->v.AnnAssign.annotation);
            emit_name(c, OP_LOAD_NAME, "__annotations__");
            emit_const(c, str_value(c, mangle(c, target->v.Name.id)));
            emit_noarg(c, OP_STORE_SUBSCR);
        }
        break;
    case AST_Attribute:
        if (strcmp(target->v.Attribute.attr, "__debug__") == 0)
            compiler_error_at(c, target->pos, "cannot assign to __debug__");
        if (!s->v.AnnAssign.value)
            compile_and_pop(c, target->v.Attribute.value);
        break;
    case AST_Subscript:
        if (!s->v.AnnAssign.value) {
            compile_and_pop(c, target->v.Subscript.value);
            check_annotated_subscript(c, target->v.Subscript.slice);
        }
        break;
    default:
        compiler_error_at(c, target->pos, "illegal target for annotation");
    }
    /* the annotation of any other target is only evaluated, last */
    if (!s->v.AnnAssign.simple && !(c->future_flags & CO_FUTURE_ANNOTATIONS) && annotations_stored(c))
        compile_and_pop(c, s->v.AnnAssign.annotation);
}

/* ---- control flow ---------------------------------------------------------------------- */

static void compile_if(Compiler *c, AstStmt *s)
{
    Block *end = new_block(c);
    Block *next = s->v.If.orelse.count ? new_block(c) : end;
    compile_jump_if(c, s->v.If.test, next, false);
    compile_body(c, &s->v.If.body);
    if (s->v.If.orelse.count) {
        emit_jump_noline(c, OP_JUMP, end);
        use_next_block(c, next);
        compile_body(c, &s->v.If.orelse);
    }
    use_next_block(c, end);
}

static void compile_for(Compiler *c, AstStmt *s)
{
    Block *start = new_block(c), *body = new_block(c), *cleanup = new_block(c), *end = new_block(c);
    push_fblock(c, FB_FOR_LOOP, start, end, NULL);
    compile_expr(c, s->v.For.iter);
    emit_noarg(c, OP_GET_ITER);
    use_next_block(c, start);
    emit_jump(c, OP_FOR_ITER, cleanup);
    use_next_block(c, body);
    compile_store(c, s->v.For.target);
    compile_body(c, &s->v.For.body);
    emit_jump_noline(c, OP_JUMP, start);
    use_next_block(c, cleanup);
    pop_fblock(c, FB_FOR_LOOP);
    compile_body(c, &s->v.For.orelse);
    use_next_block(c, end);
}

static void compile_async_for(Compiler *c, AstStmt *s)
{
    if (c->u->kind != UNIT_ASYNC_FUNCTION)
        compiler_error(c, "'async for' outside async function");
    Block *start = new_block(c), *except = new_block(c), *end = new_block(c);
    compile_expr(c, s->v.AsyncFor.iter);
    emit_noarg(c, OP_GET_AITER);
    use_next_block(c, start);
    push_fblock(c, FB_ASYNC_FOR_LOOP, start, end, NULL);
    compile_async_next(c, except);
    compile_store(c, s->v.AsyncFor.target);
    compile_body(c, &s->v.AsyncFor.body);
    emit_jump_noline(c, OP_JUMP, start);
    pop_fblock(c, FB_ASYNC_FOR_LOOP);
    use_next_block(c, except);
    c->u->loc = NO_LOCATION;
    emit_noarg(c, OP_END_ASYNC_FOR);
    compile_body(c, &s->v.AsyncFor.orelse);
    use_next_block(c, end);
}

static void compile_while(Compiler *c, AstStmt *s)
{
    Block *loop = new_block(c), *body = new_block(c), *anchor = new_block(c), *exit = new_block(c);
    use_next_block(c, loop);
    push_fblock(c, FB_WHILE_LOOP, loop, exit, NULL);
    compile_jump_if(c, s->v.While.test, anchor, false);
    use_next_block(c, body);
    compile_body(c, &s->v.While.body);
    set_loc(c, s->pos);
    /* the test again, at the bottom (a lambda or comprehension in it is
     * compiled once: see memo_find) */
    compile_jump_if(c, s->v.While.test, body, true);
    pop_fblock(c, FB_WHILE_LOOP);
    use_next_block(c, anchor);
    compile_body(c, &s->v.While.orelse);
    use_next_block(c, exit);
}

/* ---- raise, assert ------------------------------------------------------------------------- */

static void compile_raise(Compiler *c, AstStmt *s)
{
    int n = 0;
    if (s->v.Raise.exc) {
        compile_expr(c, s->v.Raise.exc);
        n++;
        if (s->v.Raise.cause) {
            compile_expr(c, s->v.Raise.cause);
            n++;
        }
    }
    emit(c, OP_RAISE_VARARGS, n);
    start_unreachable_block(c);
}

static void compile_assert(Compiler *c, AstStmt *s)
{
    check_assert(c, s);
    Block *end = new_block(c);
    compile_jump_if(c, s->v.Assert.test, end, true);
    emit_noarg(c, OP_LOAD_ASSERTION_ERROR);
    if (s->v.Assert.msg) {
        compile_expr(c, s->v.Assert.msg);
        emit(c, OP_CALL_FUNCTION, 1);
    }
    emit(c, OP_RAISE_VARARGS, 1);
    use_next_block(c, end);
}

/* ---- imports ------------------------------------------------------------------------------- */

/* `import a.b.c as d`: IMPORT_NAME pushed the top package a; walk down to c. */
static void compile_import_as(Compiler *c, const char *name, const char *asname, AstPos pos)
{
    const char *dot = strchr(name, '.');
    if (!dot) {
        compile_nameop(c, asname, NAME_STORE, pos);
        return;
    }
    for (;;) {
        const char *start = dot + 1;
        dot = strchr(start, '.');
        size_t len = dot ? (size_t)(dot - start) : strlen(start);
        emit_name(c, OP_IMPORT_FROM, arena_strndup(c->arena, start, len));
        if (!dot)
            break;
        emit_noarg(c, OP_ROT_TWO);
        emit_noarg(c, OP_POP_TOP);
    }
    compile_nameop(c, asname, NAME_STORE, pos);
    emit_noarg(c, OP_POP_TOP);
}

static void compile_import(Compiler *c, AstStmt *s)
{
    for (int i = 0; i < s->v.Import.names.count; i++) {
        AstAlias *alias = s->v.Import.names.items[i];
        emit_const(c, value_int(c->arena, 0));
        emit_none(c);
        emit_name(c, OP_IMPORT_NAME, alias->name);
        if (alias->asname) {
            compile_import_as(c, alias->name, alias->asname, alias->pos);
        } else {
            const char *dot = strchr(alias->name, '.');
            const char *top = dot ? arena_strndup(c->arena, alias->name, (size_t)(dot - alias->name)) : alias->name;
            compile_nameop(c, top, NAME_STORE, alias->pos);
        }
    }
}

static void compile_import_from(Compiler *c, AstStmt *s)
{
    AstAliasSeq *names = &s->v.ImportFrom.names;
    emit_const(c, value_int(c->arena, s->v.ImportFrom.level == AST_NO_INT ? 0 : s->v.ImportFrom.level));
    Value **items = arena_alloc(c->arena, sizeof(Value *) * (size_t)(names->count + 1));
    for (int i = 0; i < names->count; i++)
        items[i] = str_value(c, names->items[i]->name);
    const char *module = s->v.ImportFrom.module;
    if (s->pos.lineno > c->future_last_line && module && strcmp(module, "__future__") == 0)
        compiler_error(c, "from __future__ imports must occur at the beginning of the file");
    emit_const(c, value_tuple(c->arena, items, names->count));
    emit_name(c, OP_IMPORT_NAME, module ? module : "");
    for (int i = 0; i < names->count; i++) {
        AstAlias *alias = names->items[i];
        if (i == 0 && alias->name[0] == '*') {
            emit_noarg(c, OP_IMPORT_STAR);
            return;
        }
        emit_name(c, OP_IMPORT_FROM, alias->name);
        compile_nameop(c, alias->asname ? alias->asname : alias->name, NAME_STORE, alias->pos);
    }
    emit_noarg(c, OP_POP_TOP);
}

/* ---- expression statements -------------------------------------------------------------------- */

static void compile_expr_stmt(Compiler *c, AstStmt *s)
{
    AstExpr *value = s->v.Expr.value;
    if (c->interactive && c->u->kind == UNIT_MODULE) {
        compile_expr(c, value);
        emit_noarg(c, OP_PRINT_EXPR);
        return;
    }
    if (constant_of(c, value)) {
        emit_noarg(c, OP_NOP);      /* a constant alone does nothing; NOP keeps its line */
        return;
    }
    compile_expr(c, value);
    emit_noline(c, OP_POP_TOP);
}

void compile_stmt(Compiler *c, AstStmt *s)
{
    Location saved = set_loc(c, s->pos);
    switch (s->kind) {
    case AST_FunctionDef: compile_function_def(c, s, false); break;
    case AST_AsyncFunctionDef: compile_function_def(c, s, true); break;
    case AST_ClassDef: compile_class_def(c, s); break;
    case AST_Return: compile_return(c, s); break;
    case AST_Delete:
        for (int i = 0; i < s->v.Delete.targets.count; i++)
            compile_delete(c, s->v.Delete.targets.items[i]);
        break;
    case AST_Assign: compile_assign(c, s); break;
    case AST_AugAssign: compile_augassign(c, s); break;
    case AST_AnnAssign: compile_annassign(c, s); break;
    case AST_For: compile_for(c, s); break;
    case AST_AsyncFor: compile_async_for(c, s); break;
    case AST_While: compile_while(c, s); break;
    case AST_If: compile_if(c, s); break;
    case AST_With: compile_with(c, s, 0, false); break;
    case AST_AsyncWith:
        if (c->u->kind != UNIT_ASYNC_FUNCTION)
            compiler_error(c, "'async with' outside async function");
        compile_with(c, s, 0, true);
        break;
    case AST_Match: compile_match(c, s); break;
    case AST_Raise: compile_raise(c, s); break;
    case AST_Try: compile_try(c, s); break;
    case AST_TryStar: compile_try_star(c, s); break;
    case AST_Assert: compile_assert(c, s); break;
    case AST_Import: compile_import(c, s); break;
    case AST_ImportFrom: compile_import_from(c, s); break;
    case AST_Global:
    case AST_Nonlocal: break;
    case AST_Expr: compile_expr_stmt(c, s); break;
    case AST_Pass: emit_noarg(c, OP_NOP); break;
    case AST_Break: compile_break(c, s); break;
    case AST_Continue: compile_continue(c, s); break;
    default: compiler_error(c, "cannot compile a %s node as a statement", ast_node_info[s->kind].name);
    }
    c->u->loc = saved;
}

/* compile_try.c - the statements that use the block stack: try/except,
 * try/finally, except*, with, async with; and return, break and continue,
 * which must leave those blocks on their way out (docs/bytecode.md,
 * "Blocks and exceptions"). */
#include "compiler.h"

/* ---- leaving blocks early --------------------------------------------------------- */

void compile_call_exit_with_nones(Compiler *c, bool is_async)
{
    emit_none(c);
    emit_noarg(c, OP_DUP_TOP);
    emit_noarg(c, OP_DUP_TOP);
    emit(c, OP_CALL_FUNCTION, 3);
    if (is_async)
        compile_await_tail(c, 2);
}

void compile_await_tail(Compiler *c, int where)
{
    if (where >= 0)
        emit(c, OP_GET_AWAITABLE, where);
    emit_none(c);
    emit_noarg(c, OP_YIELD_FROM);
}

void compile_async_next(Compiler *c, Block *end_of_loop)
{
    /* StopAsyncIteration from __anext__ ends the loop, at END_ASYNC_FOR */
    emit_jump(c, OP_SETUP_FINALLY, end_of_loop);
    emit_noarg(c, OP_GET_ANEXT);
    compile_await_tail(c, -1);
    emit_noarg(c, OP_POP_BLOCK);
}

/* The name of an `except ... as name` clause is deleted when it ends. */
static void clear_handler_name(Compiler *c, const char *name, AstPos pos)
{
    emit_none(c);
    compile_nameop(c, name, NAME_STORE, pos);
    compile_nameop(c, name, NAME_DEL, pos);
}

/* Emits what leaving block f requires; preserve_tos: keep the value on top
 * (the value being returned) above what is popped. */
static void unwind_fblock(Compiler *c, FBlock *f, bool preserve_tos)
{
    AstPos none = { 0, 0, 0, 0 };
    switch (f->kind) {
    case FB_WHILE_LOOP:
    case FB_EXCEPTION_HANDLER:
    case FB_EXCEPTION_GROUP_HANDLER:
        return;
    case FB_FOR_LOOP:
    case FB_ASYNC_FOR_LOOP:
        /* pop the iterator */
        if (preserve_tos)
            emit_noarg(c, OP_ROT_TWO);
        emit_noarg(c, OP_POP_TOP);
        return;
    case FB_TRY_EXCEPT:
        emit_noarg(c, OP_POP_BLOCK);
        return;
    case FB_FINALLY_TRY:
        emit_noarg(c, OP_POP_BLOCK);
        if (preserve_tos)
            push_fblock(c, FB_POP_VALUE, NULL, NULL, NULL);
        compile_body(c, (AstStmtSeq *)f->datum);
        if (preserve_tos)
            pop_fblock(c, FB_POP_VALUE);
        return;
    case FB_FINALLY_END:
        /* [prev, exc (, value)]: drop the exception, restore prev */
        if (preserve_tos)
            emit_noarg(c, OP_ROT_TWO);
        emit_noarg(c, OP_POP_TOP);
        if (preserve_tos)
            emit_noarg(c, OP_ROT_TWO);
        emit_noarg(c, OP_POP_EXCEPT);
        return;
    case FB_WITH:
    case FB_ASYNC_WITH:
        c->u->loc = f->loc;
        emit_noarg(c, OP_POP_BLOCK);
        if (preserve_tos)
            emit_noarg(c, OP_ROT_TWO);
        compile_call_exit_with_nones(c, f->kind == FB_ASYNC_WITH);
        emit_noarg(c, OP_POP_TOP);
        return;
    case FB_HANDLER_CLEANUP:
        if (f->datum)
            emit_noarg(c, OP_POP_BLOCK);
        if (preserve_tos)
            emit_noarg(c, OP_ROT_TWO);
        emit_noarg(c, OP_POP_EXCEPT);
        if (f->datum)
            clear_handler_name(c, (const char *)f->datum, none);
        return;
    case FB_POP_VALUE:
        if (preserve_tos)
            emit_noarg(c, OP_ROT_TWO);
        emit_noarg(c, OP_POP_TOP);
        return;
    }
}

static bool is_loop(const FBlock *f)
{
    return f->kind == FB_WHILE_LOOP || f->kind == FB_FOR_LOOP || f->kind == FB_ASYNC_FOR_LOOP;
}

/* Unwinds the blocks from the innermost outward, stopping at a loop if
 * *loop is wanted (break, continue).  Each block is taken off the stack
 * while its exit code is compiled (a finally body must not see itself) and
 * put back afterwards. */
static void unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock **loop)
{
    Unit *u = c->u;
    if (u->nfblocks == 0)
        return;
    FBlock *top = &u->fblocks[u->nfblocks - 1];
    if (top->kind == FB_EXCEPTION_GROUP_HANDLER)
        compiler_error(c, "'break', 'continue' and 'return' cannot appear in an except* block");
    if (loop && is_loop(top)) {
        *loop = top;
        return;
    }
    FBlock copy = *top;
    u->nfblocks--;
    Location saved = u->loc;
    unwind_fblock(c, &copy, preserve_tos);
    u->loc = saved;
    unwind_fblock_stack(c, preserve_tos, loop);
    u->fblocks[u->nfblocks++] = copy;
}

void compile_return(Compiler *c, AstStmt *s)
{
    AstExpr *value = s->v.Return.value;
    Value *constant = value ? constant_of(c, value) : NULL;
    bool preserve_tos = value && !constant;
    if (c->u->scope->kind != SCOPE_FUNCTION)
        compiler_error(c, "'return' outside function");
    if (value && c->u->scope->is_coroutine && c->u->scope->is_generator)
        compiler_error(c, "'return' with value in async generator");
    if (preserve_tos) {
        compile_expr(c, value);
    } else if (value) {
        set_loc(c, value->pos);
        emit_noarg(c, OP_NOP);      /* the return value's line */
    }
    if (!value || value->pos.lineno != s->pos.lineno) {
        set_loc(c, s->pos);
        emit_noarg(c, OP_NOP);
    }
    unwind_fblock_stack(c, preserve_tos, NULL);
    if (!value)
        emit_none(c);
    else if (!preserve_tos)
        emit_const(c, constant);
    emit_noarg(c, OP_RETURN_VALUE);
    start_unreachable_block(c);
}

void compile_break(Compiler *c, AstStmt *s)
{
    FBlock *loop = NULL;
    emit_noarg(c, OP_NOP);
    unwind_fblock_stack(c, false, &loop);
    if (!loop)
        compiler_error(c, "'break' outside loop");
    unwind_fblock(c, loop, false);
    emit_jump(c, OP_JUMP, loop->exit);
    start_unreachable_block(c);
    (void)s;
}

void compile_continue(Compiler *c, AstStmt *s)
{
    FBlock *loop = NULL;
    emit_noarg(c, OP_NOP);
    unwind_fblock_stack(c, false, &loop);
    if (!loop)
        compiler_error(c, "'continue' not properly in loop");
    emit_jump(c, OP_JUMP, loop->block);
    start_unreachable_block(c);
    (void)s;
}

/* ---- try ---------------------------------------------------------------------------- */

static void compile_try_finally(Compiler *c, AstStmt *s, void (*inner)(Compiler *, AstStmt *))
{
    Block *body = new_block(c), *end = new_block(c), *exit = new_block(c);
    emit_jump(c, OP_SETUP_FINALLY, end);
    use_next_block(c, body);
    push_fblock(c, FB_FINALLY_TRY, body, end, &s->v.Try.finalbody);
    if (inner)
        inner(c, s);
    else
        compile_body(c, &s->v.Try.body);
    emit_noline(c, OP_POP_BLOCK);
    pop_fblock(c, FB_FINALLY_TRY);
    compile_body(c, &s->v.Try.finalbody);
    emit_jump_noline(c, OP_JUMP, exit);
    /* the finally body again, for when an exception arrives: [prev, exc] */
    use_next_block(c, end);
    push_fblock(c, FB_FINALLY_END, end, NULL, NULL);
    compile_body(c, &s->v.Try.finalbody);
    pop_fblock(c, FB_FINALLY_END);
    c->u->loc = NO_LOCATION;
    emit_noarg(c, OP_RERAISE);
    use_next_block(c, exit);
}

/* One `except [E [as name]]:` clause; `next` is where the next clause starts. */
static void compile_handler(Compiler *c, AstExcepthandler *h, Block *next, Block *end, bool last)
{
    Location saved = set_loc(c, h->pos);
    if (!h->v.ExceptHandler.type && !last)
        compiler_error(c, "default 'except:' must be last");
    if (h->v.ExceptHandler.type) {
        emit_noarg(c, OP_DUP_TOP);
        compile_expr(c, h->v.ExceptHandler.type);
        emit_jump(c, OP_JUMP_IF_NOT_EXC_MATCH, next);
        use_next_block(c, new_block(c));
    }
    const char *name = h->v.ExceptHandler.name;
    if (name) {
        Block *cleanup_end = new_block(c), *cleanup_body = new_block(c);
        compile_nameop(c, name, NAME_STORE, h->pos);
        /* try: HANDLER  finally: name = None; del name */
        emit_jump(c, OP_SETUP_FINALLY, cleanup_end);
        use_next_block(c, cleanup_body);
        push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL, name);
        compile_body(c, &h->v.ExceptHandler.body);
        pop_fblock(c, FB_HANDLER_CLEANUP);
        c->u->loc = NO_LOCATION;
        emit_noarg(c, OP_POP_BLOCK);
        emit_noarg(c, OP_POP_EXCEPT);
        clear_handler_name(c, name, h->pos);
        emit_jump(c, OP_JUMP, end);
        /* the handler body raised: [prev, prev2, exc2] */
        use_next_block(c, cleanup_end);
        clear_handler_name(c, name, h->pos);
        emit_noarg(c, OP_RERAISE);
    } else {
        Block *cleanup_body = new_block(c);
        emit_noarg(c, OP_POP_TOP);
        use_next_block(c, cleanup_body);
        push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL, NULL);
        compile_body(c, &h->v.ExceptHandler.body);
        pop_fblock(c, FB_HANDLER_CLEANUP);
        c->u->loc = NO_LOCATION;
        emit_noarg(c, OP_POP_EXCEPT);
        emit_jump(c, OP_JUMP, end);
    }
    c->u->loc = saved;
}

static void compile_try_except(Compiler *c, AstStmt *s)
{
    Block *body = new_block(c), *except = new_block(c), *end = new_block(c);
    emit_jump(c, OP_SETUP_FINALLY, except);
    use_next_block(c, body);
    push_fblock(c, FB_TRY_EXCEPT, body, NULL, NULL);
    compile_body(c, &s->v.Try.body);
    pop_fblock(c, FB_TRY_EXCEPT);
    emit_noline(c, OP_POP_BLOCK);
    compile_body(c, &s->v.Try.orelse);
    emit_jump_noline(c, OP_JUMP, end);
    use_next_block(c, except);
    push_fblock(c, FB_EXCEPTION_HANDLER, NULL, NULL, NULL);
    AstExcepthandlerSeq *handlers = &s->v.Try.handlers;
    for (int i = 0; i < handlers->count; i++) {
        Block *next = new_block(c);
        compile_handler(c, handlers->items[i], next, end, i == handlers->count - 1);
        use_next_block(c, next);
    }
    pop_fblock(c, FB_EXCEPTION_HANDLER);
    c->u->loc = NO_LOCATION;
    emit_noarg(c, OP_RERAISE);          /* no clause matched */
    use_next_block(c, end);
}

void compile_try(Compiler *c, AstStmt *s)
{
    if (s->v.Try.finalbody.count)
        compile_try_finally(c, s, s->v.Try.handlers.count ? compile_try_except : NULL);
    else
        compile_try_except(c, s);
}

/* ---- try / except* ------------------------------------------------------------------------ */

/* DUP_TOP; LOAD_CONST None; IS_OP 0: is TOS None (keeping it)? */
static void emit_is_none_test(Compiler *c)
{
    emit_noarg(c, OP_DUP_TOP);
    emit_none(c);
    emit(c, OP_IS_OP, 0);
}

static void compile_star_handler(Compiler *c, AstExcepthandler *h, bool first)
{
    Location saved = set_loc(c, h->pos);
    Block *no_match = new_block(c), *next = new_block(c);
    if (first) {
        /* [prev, exc] -> [prev, orig, raised = [], rest = exc] */
        emit_noarg(c, OP_DUP_TOP);
        emit(c, OP_BUILD_LIST, 0);
        emit_noarg(c, OP_ROT_TWO);
    }
    if (!h->v.ExceptHandler.type)
        compiler_error(c, "expected an exception type after 'except*'");
    compile_expr(c, h->v.ExceptHandler.type);
    emit_noarg(c, OP_CHECK_EG_MATCH);           /* [.., raised, rest, match] */
    emit_is_none_test(c);
    emit_jump(c, OP_POP_JUMP_IF_TRUE, no_match);
    const char *name = h->v.ExceptHandler.name;
    if (name)
        compile_nameop(c, name, NAME_STORE, h->pos);
    else
        emit_noarg(c, OP_POP_TOP);
    Block *raised = new_block(c), *body = new_block(c);
    emit_jump(c, OP_SETUP_FINALLY, raised);
    use_next_block(c, body);
    push_fblock(c, FB_HANDLER_CLEANUP, body, NULL, name);
    compile_body(c, &h->v.ExceptHandler.body);
    pop_fblock(c, FB_HANDLER_CLEANUP);
    c->u->loc = NO_LOCATION;
    emit_noarg(c, OP_POP_BLOCK);
    if (name)
        clear_handler_name(c, name, h->pos);
    emit_jump(c, OP_JUMP, next);
    /* the clause raised: [.., raised, rest, prev2, exc2] */
    use_next_block(c, raised);
    if (name)
        clear_handler_name(c, name, h->pos);
    emit(c, OP_LIST_APPEND, 3);
    emit_noarg(c, OP_POP_EXCEPT);
    emit_jump(c, OP_JUMP, next);
    use_next_block(c, no_match);
    emit_noarg(c, OP_POP_TOP);                  /* the None */
    use_next_block(c, next);
    c->u->loc = saved;
}

static void compile_try_star_except(Compiler *c, AstStmt *s)
{
    Block *body = new_block(c), *handlers = new_block(c), *orelse = new_block(c), *end = new_block(c);
    Block *reraise = new_block(c);
    emit_jump(c, OP_SETUP_FINALLY, handlers);
    use_next_block(c, body);
    push_fblock(c, FB_TRY_EXCEPT, body, NULL, NULL);
    compile_body(c, &s->v.TryStar.body);
    pop_fblock(c, FB_TRY_EXCEPT);
    emit_noline(c, OP_POP_BLOCK);
    emit_jump_noline(c, OP_JUMP, orelse);
    use_next_block(c, handlers);
    push_fblock(c, FB_EXCEPTION_GROUP_HANDLER, NULL, NULL, NULL);
    for (int i = 0; i < s->v.TryStar.handlers.count; i++)
        compile_star_handler(c, s->v.TryStar.handlers.items[i], i == 0);
    pop_fblock(c, FB_EXCEPTION_GROUP_HANDLER);
    c->u->loc = NO_LOCATION;
    /* [prev, orig, raised, rest] */
    emit(c, OP_LIST_APPEND, 1);
    emit_noarg(c, OP_PREP_RERAISE_STAR);        /* [prev, to_raise] */
    emit_is_none_test(c);
    emit_jump(c, OP_POP_JUMP_IF_FALSE, reraise);
    emit_noarg(c, OP_POP_TOP);
    emit_noarg(c, OP_POP_EXCEPT);
    emit_jump(c, OP_JUMP, end);
    use_next_block(c, reraise);
    emit_noarg(c, OP_RERAISE);
    use_next_block(c, orelse);
    compile_body(c, &s->v.TryStar.orelse);
    use_next_block(c, end);
}

void compile_try_star(Compiler *c, AstStmt *s)
{
    if (s->v.TryStar.handlers.count == 0)
        compiler_error(c, "try/except* without an except* clause");
    if (s->v.TryStar.finalbody.count)
        compile_try_finally(c, s, compile_try_star_except);
    else
        compile_try_star_except(c, s);
}

/* ---- with ------------------------------------------------------------------------------------ */

void compile_with(Compiler *c, AstStmt *s, int item, bool is_async)
{
    AstWithitem *w = s->v.With.items.items[item];
    Block *body = new_block(c), *final = new_block(c), *exit = new_block(c);
    compile_expr(c, w->context_expr);
    if (is_async) {
        emit_noarg(c, OP_BEFORE_ASYNC_WITH);
        compile_await_tail(c, 1);
        emit_jump(c, OP_SETUP_ASYNC_WITH, final);
    } else {
        emit_jump(c, OP_SETUP_WITH, final);
    }
    use_next_block(c, body);
    push_fblock(c, is_async ? FB_ASYNC_WITH : FB_WITH, body, final, s);
    if (w->optional_vars)
        compile_store(c, w->optional_vars);
    else
        emit_noarg(c, OP_POP_TOP);
    if (item + 1 < s->v.With.items.count)
        compile_with(c, s, item + 1, is_async);
    else
        compile_body(c, &s->v.With.body);
    pop_fblock(c, is_async ? FB_ASYNC_WITH : FB_WITH);
    /* the normal way out: __exit__(None, None, None) */
    c->u->loc = loc_of(s->pos);
    emit_noarg(c, OP_POP_BLOCK);
    compile_call_exit_with_nones(c, is_async);
    emit_noarg(c, OP_POP_TOP);
    emit_jump(c, OP_JUMP, exit);
    /* with an exception: [exit, prev, exc] */
    use_next_block(c, final);
    emit_noarg(c, OP_WITH_EXCEPT_START);
    if (is_async)
        compile_await_tail(c, 2);
    Block *suppress = new_block(c);
    emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress);
    emit_noarg(c, OP_RERAISE);
    use_next_block(c, suppress);
    emit_noarg(c, OP_POP_TOP);
    emit_noarg(c, OP_POP_EXCEPT);
    emit_noarg(c, OP_POP_TOP);
    use_next_block(c, exit);
}

/* compile_func.c - everything that makes a new code object: def, async def,
 * lambda, class bodies and comprehensions; with their defaults,
 * annotations, decorators and closures. */
#include "compiler.h"

#include "unparse.h"

#include <string.h>

/* ---- closures ------------------------------------------------------------------ */

void compile_make_closure(Compiler *c, CodeObject *code, int flags)
{
    if (code->nfreevars) {
        Unit *u = c->u;
        for (int i = 0; i < code->nfreevars; i++) {
            /* the cell this unit holds under that name: its own cell, or one
             * of its free variables that it passes on */
            const char *name = code->freevars[i];
            bool own_cell = (u->kind == UNIT_CLASS && strcmp(name, "__class__") == 0) ||
                            scope_lookup(u->scope, name) == NAME_CELL;
            int index = own_cell ? namemap_find(&u->cellvars, name) : namemap_find(&u->freevars, name);
            if (index < 0)
                compiler_error(c, "internal error: no cell '%s' for a closure", name);
            emit(c, OP_LOAD_CLOSURE, own_cell ? index : u->cellvars.count + index);
        }
        emit(c, OP_BUILD_TUPLE, code->nfreevars);
        flags |= 8;
    }
    emit_const(c, value_code(c->arena, code));
    emit(c, OP_MAKE_FUNCTION, flags);
}

/* ---- decorators, defaults, annotations -------------------------------------------- */

static void compile_decorators(Compiler *c, AstExprSeq *decorators)
{
    compile_exprs(c, decorators);
}

static void apply_decorators(Compiler *c, AstExprSeq *decorators)
{
    for (int i = decorators->count - 1; i >= 0; i--) {
        Location saved = set_loc(c, decorators->items[i]->pos);
        emit(c, OP_CALL_FUNCTION, 1);
        c->u->loc = saved;
    }
}

static void check_debug_arg(Compiler *c, AstArg *arg)
{
    if (arg && strcmp(arg->arg, "__debug__") == 0)
        compiler_error(c, "cannot assign to __debug__");
}

static void check_debug_args(Compiler *c, AstArguments *args)
{
    AstArgSeq *seqs[] = { &args->posonlyargs, &args->args, &args->kwonlyargs };
    for (int s = 0; s < 3; s++)
        for (int i = 0; i < seqs[s]->count; i++)
            check_debug_arg(c, seqs[s]->items[i]);
    check_debug_arg(c, args->vararg);
    check_debug_arg(c, args->kwarg);
}

/* Pushes the defaults tuple and the keyword-only defaults dict; returns
 * their MAKE_FUNCTION flags (1, 2). */
static int compile_defaults(Compiler *c, AstArguments *args)
{
    int flags = 0;
    AstExprSeq *defaults = &args->defaults;
    if (defaults->count) {
        compile_exprs(c, defaults);
        emit_build_tuple(c, defaults->count);
        flags |= 1;
    }
    int nkw = 0;
    Value **keys = arena_alloc(c->arena, sizeof(Value *) * (size_t)(args->kwonlyargs.count + 1));
    for (int i = 0; i < args->kwonlyargs.count && i < args->kw_defaults.count; i++) {
        AstExpr *value = args->kw_defaults.items[i];
        if (!value)
            continue;
        keys[nkw++] = str_value(c, mangle(c, args->kwonlyargs.items[i]->arg));
        compile_expr(c, value);
    }
    if (nkw) {
        emit_const(c, value_tuple(c->arena, keys, nkw));
        emit(c, OP_BUILD_CONST_KEY_MAP, nkw);
        flags |= 2;
    }
    return flags;
}

void compile_annotation_value(Compiler *c, AstExpr *annotation)
{
    if (c->future_flags & CO_FUTURE_ANNOTATIONS) {
        Buf text;
        buf_init(&text);
        unparse_expr(&text, annotation);
        emit_const(c, value_str(c->arena, text.data, text.len));
        buf_free(&text);
        return;
    }
    if (annotation->kind == AST_Starred) {
        /* *args: *Ts -- the annotation is the one item of the unpacked Ts */
        compile_expr(c, annotation->v.Starred.value);
        emit(c, OP_UNPACK_SEQUENCE, 1);
        return;
    }
    compile_expr(c, annotation);
}

static void compile_arg_annotation(Compiler *c, const char *name, AstExpr *annotation, int *count)
{
    if (!annotation)
        return;
    emit_const(c, str_value(c, mangle(c, name)));
    compile_annotation_value(c, annotation);
    *count += 2;
}

static void compile_arg_annotations(Compiler *c, AstArgSeq *args, int *count)
{
    for (int i = 0; i < args->count; i++)
        compile_arg_annotation(c, args->items[i]->arg, args->items[i]->annotation, count);
}

/* Pushes the annotations tuple (names and values alternating), in
 * CPython's order; returns the MAKE_FUNCTION flag (4) or 0. */
static int compile_annotations(Compiler *c, AstArguments *args, AstExpr *returns)
{
    int count = 0;
    compile_arg_annotations(c, &args->args, &count);
    compile_arg_annotations(c, &args->posonlyargs, &count);
    if (args->vararg)
        compile_arg_annotation(c, args->vararg->arg, args->vararg->annotation, &count);
    compile_arg_annotations(c, &args->kwonlyargs, &count);
    if (args->kwarg)
        compile_arg_annotation(c, args->kwarg->arg, args->kwarg->annotation, &count);
    compile_arg_annotation(c, "return", returns, &count);
    if (!count)
        return 0;
    emit_build_tuple(c, count);
    return 4;
}

static void set_arg_counts(Compiler *c, AstArguments *args)
{
    c->u->argcount = args->posonlyargs.count + args->args.count;
    c->u->posonlyargcount = args->posonlyargs.count;
    c->u->kwonlyargcount = args->kwonlyargs.count;
}

/* ---- def ------------------------------------------------------------------------------- */

static bool is_docstring(const AstStmt *s)
{
    return s->kind == AST_Expr && s->v.Expr.value->kind == AST_Constant &&
           s->v.Expr.value->v.Constant.value.kind == CONST_STR;
}

void compile_function_def(Compiler *c, AstStmt *s, bool is_async)
{
    AstArguments *args = s->v.FunctionDef.args;
    AstExprSeq *decorators = &s->v.FunctionDef.decorator_list;
    AstStmtSeq *body = &s->v.FunctionDef.body;
    check_debug_args(c, args);
    compile_decorators(c, decorators);
    int firstlineno = decorators->count ? decorators->items[0]->pos.lineno : s->pos.lineno;
    int flags = compile_defaults(c, args);
    flags |= compile_annotations(c, args, s->v.FunctionDef.returns);

    CodeObject *code = memo_find(c, s);
    if (!code) {
        unit_enter(c, is_async ? UNIT_ASYNC_FUNCTION : UNIT_FUNCTION, s, s->v.FunctionDef.name, firstlineno);
        bool has_doc = body->count && is_docstring(body->items[0]);
        AstConstant *doc = has_doc ? &body->items[0]->v.Expr.value->v.Constant.value : NULL;
        add_const(c, doc ? value_from_constant(c->arena, doc) : &value_none);
        set_arg_counts(c, args);
        for (int i = has_doc ? 1 : 0; i < body->count; i++)
            compile_stmt(c, body->items[i]);
        code = unit_exit(c);
        memo_add(c, s, code);
    }

    compile_make_closure(c, code, flags);
    apply_decorators(c, decorators);
    compile_nameop(c, s->v.FunctionDef.name, NAME_STORE, s->pos);
}

void compile_lambda(Compiler *c, AstExpr *e)
{
    AstArguments *args = e->v.Lambda.args;
    check_debug_args(c, args);
    int flags = compile_defaults(c, args);
    CodeObject *code = memo_find(c, e);
    if (!code) {
        unit_enter(c, UNIT_LAMBDA, e, "<lambda>", e->pos.lineno);
        add_const(c, &value_none);      /* no docstring */
        set_arg_counts(c, args);
        compile_expr(c, e->v.Lambda.body);
        emit_noarg(c, OP_RETURN_VALUE);
        code = unit_exit(c);
        memo_add(c, e, code);
    }
    compile_make_closure(c, code, flags);
}

/* ---- class ------------------------------------------------------------------------------- */

/* The class body's code object: the namespace it fills, then the
 * __class__ cell (or None) as its return value. */
static CodeObject *compile_class_body(Compiler *c, AstStmt *s, int firstlineno)
{
    unit_enter(c, UNIT_CLASS, s, s->v.ClassDef.name, firstlineno);
    c->u->private_name = s->v.ClassDef.name;
    /* the prologue is at the first line (of the first decorator), as in CPython */
    c->u->loc = (Location){ firstlineno, firstlineno, 0, 0 };
    compile_nameop(c, "__name__", NAME_LOAD, s->pos);
    compile_nameop(c, "__module__", NAME_STORE, s->pos);
    emit_const(c, str_value(c, c->u->qualname));
    compile_nameop(c, "__qualname__", NAME_STORE, s->pos);
    compile_module_body(c, &s->v.ClassDef.body);
    c->u->loc = NO_LOCATION;
    if (c->u->scope->needs_class_closure) {
        /* return the __class__ cell, which __build_class__ fills in */
        emit(c, OP_LOAD_CLOSURE, namemap_find(&c->u->cellvars, "__class__"));
        emit_noarg(c, OP_DUP_TOP);
        compile_nameop(c, "__classcell__", NAME_STORE, s->pos);
    } else {
        emit_none(c);
    }
    emit_noarg(c, OP_RETURN_VALUE);
    return unit_exit(c);
}

void compile_class_def(Compiler *c, AstStmt *s)
{
    AstExprSeq *decorators = &s->v.ClassDef.decorator_list;
    compile_decorators(c, decorators);
    int firstlineno = decorators->count ? decorators->items[0]->pos.lineno : s->pos.lineno;

    CodeObject *code = memo_find(c, s);
    if (!code) {
        code = compile_class_body(c, s, firstlineno);
        memo_add(c, s, code);
    }

    emit_noarg(c, OP_LOAD_BUILD_CLASS);
    compile_make_closure(c, code, 0);
    emit_const(c, str_value(c, s->v.ClassDef.name));
    compile_call_helper(c, 2, &s->v.ClassDef.bases, &s->v.ClassDef.keywords);
    apply_decorators(c, decorators);
    compile_nameop(c, s->v.ClassDef.name, NAME_STORE, s->pos);
}

/* ---- comprehensions ---------------------------------------------------------------------------- */

typedef struct Comprehension {
    ComprehensionKind kind;
    AstComprehensionSeq *generators;
    AstExpr *elt, *value;       /* value: a dict comprehension's */
} Comprehension;

static void compile_comprehension_generator(Compiler *c, const Comprehension *comp, int index, int depth);

/* The innermost part: add one element to the collection (or yield it). */
static void compile_element(Compiler *c, const Comprehension *comp, int depth)
{
    switch (comp->kind) {
    case COMP_GENEXP:
        compile_expr(c, comp->elt);
        emit_noarg(c, OP_YIELD_VALUE);
        emit_noarg(c, OP_POP_TOP);
        break;
    case COMP_LIST:
        compile_expr(c, comp->elt);
        emit(c, OP_LIST_APPEND, depth + 1);
        break;
    case COMP_SET:
        compile_expr(c, comp->elt);
        emit(c, OP_SET_ADD, depth + 1);
        break;
    case COMP_DICT:
        compile_expr(c, comp->elt);
        compile_expr(c, comp->value);
        emit(c, OP_MAP_ADD, depth + 1);
        break;
    default: break;
    }
}

static void compile_ifs_and_rest(Compiler *c, const Comprehension *comp, AstComprehension *gen, int index,
                                 int depth, Block *if_cleanup)
{
    for (int i = 0; i < gen->ifs.count; i++)
        compile_jump_if(c, gen->ifs.items[i], if_cleanup, false);
    if (index + 1 < comp->generators->count)
        compile_comprehension_generator(c, comp, index + 1, depth);
    else
        compile_element(c, comp, depth);
}

static void compile_sync_generator(Compiler *c, const Comprehension *comp, int index, int depth)
{
    Block *start = new_block(c), *if_cleanup = new_block(c), *anchor = new_block(c);
    AstComprehension *gen = comp->generators->items[index];
    if (index == 0) {
        emit(c, OP_LOAD_FAST, 0);       /* the outermost iterator: parameter .0 */
    } else {
        /* `for y in [f(x)]`: a one-item list is just an assignment */
        AstExpr *iter = gen->iter;
        AstExprSeq *elts = iter->kind == AST_List ? &iter->v.List.elts
                           : iter->kind == AST_Tuple ? &iter->v.Tuple.elts : NULL;
        if (elts && elts->count == 1 && elts->items[0]->kind != AST_Starred && !constant_of(c, iter)) {
            compile_expr(c, elts->items[0]);
            start = NULL;
        } else {
            compile_expr(c, iter);
            emit_noarg(c, OP_GET_ITER);
        }
    }
    if (start) {
        depth++;
        use_next_block(c, start);
        emit_jump(c, OP_FOR_ITER, anchor);
    }
    compile_store(c, gen->target);
    compile_ifs_and_rest(c, comp, gen, index, depth, if_cleanup);
    use_next_block(c, if_cleanup);
    if (start) {
        emit_jump(c, OP_JUMP, start);
        use_next_block(c, anchor);
    }
}

static void compile_async_generator(Compiler *c, const Comprehension *comp, int index, int depth)
{
    Block *start = new_block(c), *except = new_block(c), *if_cleanup = new_block(c);
    AstComprehension *gen = comp->generators->items[index];
    if (index == 0) {
        emit(c, OP_LOAD_FAST, 0);
    } else {
        compile_expr(c, gen->iter);
        emit_noarg(c, OP_GET_AITER);
    }
    use_next_block(c, start);
    push_fblock(c, FB_ASYNC_FOR_LOOP, start, NULL, NULL);
    compile_async_next(c, except);
    compile_store(c, gen->target);
    compile_ifs_and_rest(c, comp, gen, index, depth + 1, if_cleanup);
    use_next_block(c, if_cleanup);
    emit_jump(c, OP_JUMP, start);
    pop_fblock(c, FB_ASYNC_FOR_LOOP);
    use_next_block(c, except);
    emit_noarg(c, OP_END_ASYNC_FOR);
}

static void compile_comprehension_generator(Compiler *c, const Comprehension *comp, int index, int depth)
{
    if (comp->generators->items[index]->is_async)
        compile_async_generator(c, comp, index, depth);
    else
        compile_sync_generator(c, comp, index, depth);
}

static const char *comprehension_name(ComprehensionKind kind)
{
    switch (kind) {
    case COMP_LIST: return "<listcomp>";
    case COMP_SET: return "<setcomp>";
    case COMP_DICT: return "<dictcomp>";
    default: return "<genexpr>";
    }
}

/* The comprehension's own code object. */
static CodeObject *compile_comprehension_code(Compiler *c, AstExpr *e, const Comprehension *comp)
{
    UnitKind outer = c->u->kind;
    unit_enter(c, UNIT_COMPREHENSION, e, comprehension_name(comp->kind), e->pos.lineno);
    c->u->loc = loc_of(e->pos);
    bool is_async = c->u->scope->is_coroutine;
    if (is_async && comp->kind != COMP_GENEXP && outer != UNIT_ASYNC_FUNCTION && outer != UNIT_COMPREHENSION)
        compiler_error(c, "asynchronous comprehension outside of an asynchronous function");
    c->u->argcount = 1;
    if (comp->kind == COMP_LIST)
        emit(c, OP_BUILD_LIST, 0);
    else if (comp->kind == COMP_SET)
        emit(c, OP_BUILD_SET, 0);
    else if (comp->kind == COMP_DICT)
        emit(c, OP_BUILD_MAP, 0);
    compile_comprehension_generator(c, comp, 0, 0);
    if (comp->kind != COMP_GENEXP)
        emit_noarg(c, OP_RETURN_VALUE);
    return unit_exit(c);
}

void compile_comprehension(Compiler *c, AstExpr *e)
{
    Comprehension comp = { COMP_NONE, NULL, NULL, NULL };
    switch (e->kind) {
    case AST_ListComp: comp = (Comprehension){ COMP_LIST, &e->v.ListComp.generators, e->v.ListComp.elt, NULL }; break;
    case AST_SetComp: comp = (Comprehension){ COMP_SET, &e->v.SetComp.generators, e->v.SetComp.elt, NULL }; break;
    case AST_DictComp:
        comp = (Comprehension){ COMP_DICT, &e->v.DictComp.generators, e->v.DictComp.key, e->v.DictComp.value };
        break;
    default:
        comp = (Comprehension){ COMP_GENEXP, &e->v.GeneratorExp.generators, e->v.GeneratorExp.elt, NULL };
        break;
    }
    if (comp.generators->count == 0)
        compiler_error(c, "comprehension with no generators");
    AstComprehension *outermost = comp.generators->items[0];
    bool is_async = symtable_scope_of(c->st, e) && symtable_scope_of(c->st, e)->is_coroutine;
    CodeObject *code = memo_find(c, e);
    if (!code) {
        code = compile_comprehension_code(c, e, &comp);
        memo_add(c, e, code);
    }

    compile_make_closure(c, code, 0);
    compile_expr(c, outermost->iter);
    emit_noarg(c, outermost->is_async ? OP_GET_AITER : OP_GET_ITER);
    emit(c, OP_CALL_FUNCTION, 1);
    if (is_async && comp.kind != COMP_GENEXP)
        compile_await_tail(c, 0);
}

/* future.c - the __future__ statements at the top of a module (see future.h). */
#include "future.h"

#include "code.h"

#include <string.h>

/* True if the statement is a docstring: an expression that is a str constant. */
static bool is_docstring(const AstStmt *s)
{
    return s->kind == AST_Expr && s->v.Expr.value->kind == AST_Constant &&
           s->v.Expr.value->v.Constant.value.kind == CONST_STR;
}

static bool is_future_import(const AstStmt *s)
{
    return s->kind == AST_ImportFrom && s->v.ImportFrom.module &&
           strcmp(s->v.ImportFrom.module, "__future__") == 0;
}

static int check_features(const AstStmt *s, CompileErrors *errors)
{
    static const char *const known[] = {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement",
        "print_function", "unicode_literals", "generator_stop",
    };
    int flags = 0;
    AstPos at = s->pos;
    for (int i = 0; i < s->v.ImportFrom.names.count; i++) {
        const char *feature = s->v.ImportFrom.names.items[i]->name;
        bool ok = false;
        for (size_t k = 0; k < sizeof known / sizeof known[0]; k++)
            ok |= strcmp(feature, known[k]) == 0;
        if (strcmp(feature, "annotations") == 0)
            flags |= CO_FUTURE_ANNOTATIONS;
        else if (strcmp(feature, "barry_as_FLUFL") == 0)
            flags |= CO_FUTURE_BARRY_AS_BDFL;
        else if (strcmp(feature, "braces") == 0)
            compile_error(errors, at, "not a chance");
        else if (!ok)
            compile_error(errors, at, "future feature %s is not defined", feature);
    }
    return flags;
}

int future_features(AstMod *mod, CompileErrors *errors, int *last_line)
{
    *last_line = 0;
    if (mod->kind != AST_Module && mod->kind != AST_Interactive)
        return 0;
    AstStmtSeq *body = mod->kind == AST_Module ? &mod->v.Module.body : &mod->v.Interactive.body;
    int flags = 0, i = 0, prev_line = 0;
    bool done = false;
    if (body->count && is_docstring(body->items[0]))
        i++;
    for (; i < body->count; i++) {
        const AstStmt *s = body->items[i];
        if (done && s->pos.lineno > prev_line)
            break;
        prev_line = s->pos.lineno;
        if (!is_future_import(s)) {
            done = true;
            continue;
        }
        if (done) {
            /* after another statement on the same line (a; from __future__ ...):
             * CPython reports this one at the statement's column, unlike the others */
            AstPos at = s->pos;
            at.col_offset -= 1;
            compile_error(errors, at, "from __future__ imports must occur at the beginning of the file");
        }
        flags |= check_features(s, errors);
        *last_line = s->pos.lineno;
    }
    return flags;
}

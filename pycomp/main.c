/* main.c - pycomp: the compiler.  Reads an AST artifact (or a .py file,
 * running pytok and pyparse on it first) and writes a code artifact, or
 * shows the disassembly. */
#include "artifact.h"
#include "cli.h"
#include "code_check.h"
#include "compiler.h"
#include "diag.h"
#include "dis.h"
#include "fold.h"
#include "future.h"
#include "opcode_doc.h"
#include "symtable.h"
#include "utf8.h"
#include "validate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool flag_dis, flag_check, flag_opcodes_markdown;

static const CliFlag flags[] = {
    { "dis", 0, &flag_dis, NULL, "print the disassembly (the text view)" },
    { "check", 0, &flag_check, NULL, "check every code object with the code verifier (common/code_check.h)" },
    { "opcodes-markdown", 0, &flag_opcodes_markdown, NULL, "print the instruction table of docs/bytecode.md" },
    { NULL, 0, NULL, NULL, NULL },
};

static const CliSpec spec = {
    .name = "pycomp",
    .summary = "Compile an AST artifact (or a .py file) to a code artifact: symbol tables,\n"
               "constant folding, bytecode (docs/bytecode.md).",
    .input_help = "an AST artifact, or a .py file (pytok and pyparse run first)",
    .flags = flags,
    .has_text_view = true,
};

/* ---- error display ----------------------------------------------------------------- */

/* The 1-based character column of a 0-based UTF-8 byte offset in a line. */
static int char_column(const char *source, size_t len, int line, int byte_col)
{
    if (!source || line < 1 || byte_col < 0)
        return byte_col + 1;
    const char *p = source, *end = source + len;
    for (int l = 1; l < line && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    size_t avail = (size_t)((eol ? eol : end) - p);
    size_t n = (size_t)byte_col < avail ? (size_t)byte_col : avail;
    return (int)utf8_count(p, n) + 1;
}

static void report(const Artifact *a, const CompileErrors *errors)
{
    AstPos at = errors->pos;
    int col = char_column(a->source, a->source_len, at.lineno, at.col_offset);
    /* the span of the node at fault, marked ^^^^ as CPython marks it */
    int end_col = at.end_lineno == at.lineno && at.end_col_offset > at.col_offset
                      ? char_column(a->source, a->source_len, at.lineno, at.end_col_offset)
                      : 0;
    diag_at_range(a->filename, a->source, a->source_len, at.lineno, col, at.end_lineno, end_col,
                  errors->kind, "%s", errors->message);
}

/* ---- --check ------------------------------------------------------------------------ */

static bool check_tree(const CodeObject *code, char *why, size_t size)
{
    CodeCheckInput in = {
        .code = code->code,
        .code_len = (size_t)code->ncodeunits * 2,
        .nconsts = code->nconsts,
        .nnames = code->nnames,
        .nvarnames = code->nvarnames,
        .ncellvars = code->ncellvars,
        .nfreevars = code->nfreevars,
        .argcount = code->argcount,
        .posonlyargcount = code->posonlyargcount,
        .kwonlyargcount = code->kwonlyargcount,
        .nlocals = code->nlocals,
        .stacksize = code->stacksize,
        .flags = code->flags,
        .linetable = code->linetable,
        .nruns = (size_t)code->nruns,
    };
    char reason[300];
    if (!code_check(&in, reason, sizeof reason)) {
        snprintf(why, size, "%s: %s", code->qualname, reason);
        return false;
    }
    for (int i = 0; i < code->nconsts; i++)
        if (code->consts[i]->kind == V_CODE && !check_tree(code->consts[i]->v.code, why, size))
            return false;
    return true;
}

/* ---- compiling ------------------------------------------------------------------------ */

typedef struct Compilation {
    Arena arena;
    CompileErrors errors;
    FoldTable *folds;
    SymTable *st;
    Compiler compiler;
} Compilation;

static void compilation_free(Compilation *cc)
{
    compile_cleanup(&cc->compiler);
    symtable_free(cc->st);
    fold_free(cc->folds);
    arena_free(&cc->arena);
}

/* Returns the module's code object, or NULL after an error in the program
 * (recorded in cc->errors). */
static CodeObject *compile_ast(Compilation *cc, AstMod *mod, const Artifact *a)
{
    jmp_buf escape;
    cc->errors.escape = &escape;
    if (setjmp(escape))
        return NULL;
    int future_last_line;
    int future = future_features(mod, &cc->errors, &future_last_line);
    AstPos deep_at;
    cc->folds = fold_module(mod, &cc->arena, &deep_at);
    if (!cc->folds)
        compile_error_kind(&cc->errors, "RecursionError", deep_at, "maximum recursion depth exceeded during compilation");
    cc->st = symtable_new(&cc->arena, future, &cc->errors);
    symtable_build(cc->st, mod);
    Compiler *c = &cc->compiler;
    c->arena = &cc->arena;
    c->filename = a->filename;
    c->source = a->source;
    c->source_len = a->source_len;
    c->st = cc->st;
    c->folds = cc->folds;
    c->errors = &cc->errors;
    c->future_flags = future;
    c->future_last_line = future_last_line;
    return compile_module(c, mod);
}

static int write_output(const CliOptions *opt, const Artifact *a, const CodeObject *code)
{
    if (opt->text_view || flag_dis) {
        Buf text;
        buf_init(&text);
        dis_code(&text, code);
        int status = artifact_write_text(opt, text.data, text.len);
        buf_free(&text);
        return status;
    }
    ArtifactOut out;
    int status = artifact_begin(&out, ARTIFACT_CODE, opt, a->filename, a->source, a->source_len, 0);
    if (status)
        return status;
    artifact_payload(&out);
    code_pack(&out.w, code);
    return artifact_end(&out);
}

static int run(const CliOptions *opt)
{
    Artifact a;
    memset(&a, 0, sizeof a);
    int status = artifact_read(opt->input, ARTIFACT_AST, &a);
    if (status) {
        artifact_free(&a);      /* it may hold the bytes it refused */
        return status;
    }
    Compilation cc;
    memset(&cc, 0, sizeof cc);
    arena_init(&cc.arena);
    AstMod *mod = ast_decode_mod(&a.payload, &cc.arena);
    if (!mod) {
        status = artifact_malformed(&a, &a.payload);
    } else {
        buf_free(&a.bytes);     /* decoded: the tree holds copies of all it needs */
        char why[400];
        CodeObject *code = NULL;
        if (!validate_module(mod, why, sizeof why)) {
            diag_message("%s: invalid ast artifact: %s", a.path, why);
            status = EXIT_USAGE;
        } else if (!(code = compile_ast(&cc, mod, &a))) {
            report(&a, &cc.errors);
            status = EXIT_PROGRAM_ERROR;
        } else if (flag_check && !check_tree(code, why, sizeof why)) {
            diag_message("%s: internal error: the code check fails: %s", a.path, why);
            status = EXIT_USAGE;
        } else {
            status = write_output(opt, &a, code);
        }
    }
    compilation_free(&cc);
    artifact_free(&a);
    return status;
}

int main(int argc, char **argv)
{
    diag_set_program("pycomp");
    CliOptions opt;
    cli_parse(argc, argv, &spec, &opt);
    if (flag_opcodes_markdown) {
        Buf table;
        buf_init(&table);
        opcode_doc_markdown(&table);
        int status = artifact_write_text(&opt, table.data, table.len);
        buf_free(&table);
        return status;
    }
    return run(&opt);
}

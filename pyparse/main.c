/* main.c - pyparse: the parser stage.
 *
 *     pyparse [FILE|-] [-o OUT] [--json] [--text [--attributes]] [--dot]
 *
 * Reads pytok's token artifact (or a .py file, running pytok on it first)
 * and writes the AST artifact: the Module node of the tree CPython's
 * ast.parse builds.  --text shows it as ast.dump(tree, indent=2) prints it,
 * --dot as a Graphviz graph.  A program Python rejects gets CPython's
 * SyntaxError message and exit status 1. */
#include "artifact.h"
#include "ast_dump.h"
#include "depth.h"
#include "diag.h"
#include "dot.h"
#include "parser.h"

#include <string.h>

static bool attributes, dot;

static const CliFlag flags[] = {
    { "attributes", 0, &attributes, NULL, "text view with each node's position" },
    { "dot", 0, &dot, NULL, "write the tree for Graphviz (pyparse --dot f.py | dot -Tpng)" },
    { NULL, 0, NULL, NULL, NULL },
};

static const CliSpec spec = {
    .name = "pyparse",
    .summary = "Parses Python tokens into the abstract syntax tree (an AST artifact).",
    .input_help = "a tokens artifact, or a .py file (pytok runs on it first)",
    .flags = flags,
    .has_text_view = true,
};

/* The character column (1-based) of byte offset col on a line of source. */
static int char_column(const Artifact *a, int line, int col)
{
    const char *p = a->source, *end = a->source + a->source_len;
    if (!p || line < 1)
        return col + 1;
    for (int n = 1; n < line; n++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return col + 1;
        p = nl + 1;
    }
    int chars = 0;
    for (int i = 0; i < col && p + i < end && p[i] != '\n'; i++)
        chars += ((unsigned char)p[i] & 0xC0) != 0x80;
    return chars + 1;
}

static int report(const Artifact *a, const ParseError *err)
{
    if (err->malformed) {
        diag_message("%s: malformed tokens artifact: %s", a->path, err->message);
        return EXIT_USAGE;
    }
    int col = err->line > 0 ? char_column(a, err->line, err->col) : 0;
    int end_col = err->end_line == err->line && err->line > 0 ? char_column(a, err->line, err->end_col)
                                                              : 0;
    diag_at_range(a->filename, a->source, a->source_len, err->line, col, err->end_line, end_col,
                  err->kind, "%s", err->message);
    return EXIT_PROGRAM_ERROR;
}

/* The text views work on the encoded tree, as they would on any artifact. */
static int write_view(const CliOptions *opt, const AstMod *m)
{
    MpWriter w;
    mpw_init_memory(&w);
    ast_encode_mod(&w.pk, m);
    MpReader r;
    mp_reader_init(&r, w.buf.data, w.buf.len);
    Buf out;
    buf_init(&out);
    bool ok = dot ? ast_dot(&r, &out) : ast_dump(&r, attributes, &out);
    int status = ok ? artifact_write_text(opt, out.data, out.len) : EXIT_USAGE;
    if (!ok)
        diag_message("internal error: the tree does not encode: %s", r.error);
    buf_free(&out);
    mpw_free(&w);
    return status;
}

static int write_artifact(const CliOptions *opt, const Artifact *a, const AstMod *m)
{
    ArtifactOut out;
    int status = artifact_begin(&out, ARTIFACT_AST, opt, a->filename, a->source,
                                a->source_len, 0);
    if (status)
        return status;
    artifact_payload(&out);
    ast_encode_mod(&out.w.pk, m);
    return artifact_end(&out);
}

int main(int argc, char **argv)
{
    CliOptions opt;
    cli_parse(argc, argv, &spec, &opt);
    Artifact a = { 0 };
    int status = artifact_read(opt.input, ARTIFACT_TOKENS, &a);
    if (status) {
        artifact_free(&a);      /* what was read before the problem */
        return status;
    }
    Arena arena;
    arena_init(&arena);
    ParseError err;
    AstMod *m = parse_module(&a, &arena, &err);
    AstPos deep;     /* where the tree is too deep (not shown, as in CPython) */
    if (!m) {
        status = report(&a, &err);
    } else if (!ast_depth_within(m, CPYTHON_AST_DEPTH, &deep)) {
        /* CPython gives no position for this one */
        err = (ParseError){ .set = true, .kind = "RecursionError" };
        strcpy(err.message, "maximum recursion depth exceeded during ast construction");
        status = report(&a, &err);
    } else if (dot || attributes || opt.text_view) {
        status = write_view(&opt, m);
    } else {
        status = write_artifact(&opt, &a, m);
    }
    arena_free(&arena);
    artifact_free(&a);
    return status;
}

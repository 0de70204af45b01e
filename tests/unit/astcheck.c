/* astcheck.c - round-trips an AST artifact through the generated C code and
 * prints its text view, so tests can compare it with CPython's ast.dump:
 *
 *     astcheck [--attributes] FILE
 *
 * decodes FILE into C structs (ast_decode_mod), encodes them again
 * (ast_encode_mod) and dumps the result (ast_dump).  Any field lost on the
 * way shows up as a difference from the reference dump. */
#include "artifact.h"
#include "ast_dump.h"
#include "diag.h"
#include "gen/ast.h"

#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    diag_set_program("astcheck");
    bool attributes = argc == 3 && strcmp(argv[1], "--attributes") == 0;
    if (argc != 2 + attributes)
        diag_fatal(EXIT_USAGE, "usage: astcheck [--attributes] FILE");
    Artifact a;
    int status = artifact_read(argv[argc - 1], ARTIFACT_AST, &a);
    if (status)
        return status;
    Arena arena;
    arena_init(&arena);
    AstMod *mod = ast_decode_mod(&a.payload, &arena);
    if (!mod)
        return artifact_malformed(&a, &a.payload);
    MpWriter w;
    mpw_init_memory(&w);
    ast_encode_mod(&w.pk, mod);
    MpReader r;
    mp_reader_init(&r, w.buf.data, w.buf.len);
    Buf out;
    buf_init(&out);
    if (!ast_dump(&r, attributes, &out))
        diag_fatal(EXIT_USAGE, "re-encoded AST does not dump: %s", r.error);
    fwrite(out.data, 1, out.len, stdout);
    buf_free(&out);
    mpw_free(&w);
    arena_free(&arena);
    artifact_free(&a);
    return 0;
}

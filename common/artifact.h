/* artifact.h - the envelope around every file that passes between stages.
 *
 * An artifact is one MessagePack map (or its JSON form, see json.h):
 *
 *     {"kind": "tokens" | "ast" | "code",
 *      "version": [MAJOR, MINOR],
 *      "filename": "fib.py",
 *      "source": "...the decoded program text, for error messages...",
 *      ...keys particular to the kind...,
 *      KIND: PAYLOAD}                  e.g. "ast": [...the Module node...]
 *
 * Keys may come in any order; unknown keys are ignored, so a later minor
 * version can add keys.  A reader refuses another kind or another major
 * version with a one-line error.  docs/formats.md is the full specification. */
#ifndef COMMON_ARTIFACT_H
#define COMMON_ARTIFACT_H

#include "buf.h"
#include "cli.h"
#include "mpread.h"
#include "mpwrite.h"

#include <stdbool.h>
#include <stdint.h>

typedef enum ArtifactKind {
    ARTIFACT_TOKENS,
    ARTIFACT_AST,
    ARTIFACT_CODE,
} ArtifactKind;

enum { ARTIFACT_VERSION_MAJOR = 1, ARTIFACT_VERSION_MINOR = 0 };

const char *artifact_kind_name(ArtifactKind kind);     /* "tokens", "ast", "code" */

typedef struct Artifact {
    ArtifactKind kind;
    const char *path;           /* where it was read from, for messages */
    Buf bytes;                  /* the whole artifact as MessagePack */
    char *filename;             /* the envelope's filename */
    char *source;               /* the envelope's source text, or NULL */
    size_t source_len;
    int version_minor;
    MpReader payload;           /* positioned at the payload value */
} Artifact;

/* Reads an artifact of kind `want` from path ("-" = stdin), in MessagePack or
 * JSON.  A path ending in ".py" is Python source: the earlier stages are run
 * on it first (see pipeline.h).  On failure prints one line and returns the
 * exit status to use (2 for an unreadable or malformed file, or the failing
 * stage's status); returns 0 on success. */
int artifact_read(const char *path, ArtifactKind want, Artifact *a);

/* Same, from bytes already in memory (taken over by the artifact). */
int artifact_parse(Buf *bytes, const char *path, ArtifactKind want, Artifact *a);

/* Positions *at on the value of an extra envelope key; false if absent. */
bool artifact_field(const Artifact *a, const char *key, MpReader *at);

/* Reports a decoding error in the payload ("TOOL: PATH: malformed KIND
 * artifact: ...") and returns EXIT_USAGE. */
int artifact_malformed(const Artifact *a, const MpReader *r);

void artifact_free(Artifact *a);

/* ---- writing -------------------------------------------------------------
 *     ArtifactOut out;
 *     artifact_begin(&out, ARTIFACT_AST, opt, filename, source, len, 0);
 *     ...pack extra key/value pairs (as many as announced)...
 *     artifact_payload(&out);
 *     ...pack the payload value with out.w.pk...
 *     return artifact_end(&out);
 * MessagePack streams straight to the output; --json collects the bytes and
 * converts them at the end. */
typedef struct ArtifactOut {
    MpWriter w;
    ArtifactKind kind;
    const CliOptions *opt;
    int fd;
    bool json;
} ArtifactOut;

int artifact_begin(ArtifactOut *out, ArtifactKind kind, const CliOptions *opt,
                   const char *filename, const char *source, size_t source_len,
                   uint32_t extra_keys);
void artifact_payload(ArtifactOut *out);
int artifact_end(ArtifactOut *out);

/* Writes bytes to opt->output (or stdout); returns 0 or EXIT_USAGE. */
int artifact_write_text(const CliOptions *opt, const char *text, size_t len);

#endif

/* pipeline.h - running the earlier stages, so any stage can start from source.
 *
 * `pyparse f.py`, `pycomp f.py` and `pyrun f.py` run the stages before them
 * on the source file.  Which program serves each stage comes from the
 * environment, so a student's stage drops in everywhere (design.md §4):
 *
 *     PYTOK, PYPARSE, PYCOMP   a command (run by /bin/sh, so it may have
 *                              arguments: PYTOK="python3 mytok.py"),
 *                              default: the tool of that name beside the
 *                              running program.
 *
 * The stages run one after another, each reading the previous one's output;
 * a stage that fails has already printed its diagnostic, and its exit status
 * is returned. */
#ifndef COMMON_PIPELINE_H
#define COMMON_PIPELINE_H

#include "artifact.h"
#include "buf.h"

/* Runs the stages that turn the source file `path` into an artifact of kind
 * `want`; its bytes go to out.  Returns 0 or the failing stage's status. */
int pipeline_from_source(const char *path, ArtifactKind want, Buf *out);

/* The command that serves stage `kind`'s producer (PYTOK for tokens, ...):
 * the environment variable's value, or the sibling tool's path.  Writes it
 * into buf and returns buf. */
const char *pipeline_stage_command(ArtifactKind produces, char *buf, size_t size);

#endif

/* output.h - where the token file goes, and when.
 *
 * Two rules pull apart: nothing may be written when the scan fails (CPython
 * rejects the whole file), and the token array begins with the number of
 * tokens, known only at the end.  So pytok does one of two things:
 *
 *   stream  when the output is a file it can write at a given offset: the
 *           envelope first, then the tokens as they come (64 KiB at a time),
 *           and at the end their count, written into the array's header.
 *           `-o OUT` goes to a temporary file beside OUT that is renamed at
 *           the end, so a failed run leaves OUT as it was; a redirected
 *           standard output is cut back to where it began.
 *   hold    otherwise (a pipe, a terminal, --json): the tokens are kept in
 *           memory and the artifact is written at the end.
 *
 * Streaming keeps memory to about the size of the program, whatever the
 * number of tokens.  The text view is written the same way (tokenize prints
 * nothing either when it fails). */
#ifndef PYTOK_OUTPUT_H
#define PYTOK_OUTPUT_H

#include "artifact.h"
#include "cli.h"
#include "source.h"
#include "textview.h"
#include "tokfile.h"

#include <sys/types.h>

/* Where an output goes: the choice above, and how to undo it. */
typedef struct Destination {
    CliOptions opt;             /* the options, -o naming the temporary file */
    const char *final;          /* -o OUT: OUT */
    char *temp;                 /* the temporary file written instead, or NULL */
    off_t stdout_start;         /* a redirected stdout's offset when we began, or -1 */
    bool streaming;
} Destination;

typedef struct TokenOutput {
    Destination to;
    const char *filename;       /* the envelope's */
    const Source *src;
    ArtifactOut out;
    off_t count_at;             /* where the count goes, or -1 */
} TokenOutput;

/* Decides where the tokens go; when streaming, writes the envelope and
 * points `tokens` at the output.  Returns 0 or EXIT_USAGE (after a message). */
int token_output_begin(TokenOutput *o, const CliOptions *opt, const char *filename,
                       const Source *src, TokenList *tokens);
/* The scan succeeded: writes what is left and finishes the file. */
int token_output_end(TokenOutput *o, TokenList *tokens);
/* The scan failed: leaves no output behind. */
void token_output_abandon(TokenOutput *o);

/* The text view, chosen the same way (it has no count to fill in). */
typedef struct TextOutput {
    Destination to;
    int fd;                     /* streaming: where the text goes */
} TextOutput;

int text_output_begin(TextOutput *o, const CliOptions *opt, TextView *view);
int text_output_end(TextOutput *o, TextView *view);
void text_output_abandon(TextOutput *o);

#endif

/* stage_error.h - the syntax errors the earlier stages report, as the
 * SyntaxError exceptions CPython raises.
 *
 * A stage reports an error in the source on its standard error, as
 * "PATH:LINE:COL: KIND: message" and the source line with a caret
 * (design.md §4).  pyrun catches that report when it runs the stages - for
 * the program, an imported module, eval/exec/compile - and turns it into
 * a SyntaxError (or IndentationError, TabError), which prints as CPython
 * prints one:
 *
 *       File "prog.py", line 2
 *         if x
 *             ^
 *     SyntaxError: expected ':' */
#ifndef PYRUN_VM_STAGE_ERROR_H
#define PYRUN_VM_STAGE_ERROR_H

#include "object.h"

typedef struct StageDiagnostic {
    Type *kind;                 /* Exc_SyntaxError, Exc_IndentationError, Exc_TabError */
    long line, col;             /* 1-based */
    long width;                 /* the carets under the source line (a span), 0 if none */
    const char *message;        /* within the report, msg_len bytes */
    size_t msg_len;
} StageDiagnostic;

/* Reads the first diagnostic line of a report; false if it has not that form. */
bool stage_diagnostic_parse(const char *report, StageDiagnostic *d);

/* The exception for a diagnostic (message replacing d->message when given),
 * with line `line` of text as its source line. */
Object *stage_error_exception(const StageDiagnostic *d, Object *message, Object *filename,
                              const char *text, size_t text_len);

/* Raises the exception for a stage's report on the source file at path;
 * false (nothing raised) if the report is not a diagnostic. */
bool vm_raise_stage_error(const char *report, const char *path);

#endif

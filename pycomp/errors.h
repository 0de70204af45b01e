/* errors.h - compile-time errors in the program.
 *
 * The passes report an error in the program (a SyntaxError, or CPython's
 * RecursionError for too deep a tree) by calling compile_error, which
 * records the message and position and jumps back to the driver: there is
 * no error path through the recursive code.  The driver prints it in the
 * diagnostics format of diag.h and exits with status 1. */
#ifndef PYCOMP_ERRORS_H
#define PYCOMP_ERRORS_H

#include "gen/ast.h"

#include <setjmp.h>
#include <stdbool.h>

typedef struct CompileErrors {
    jmp_buf *escape;            /* where compile_error jumps */
    const char *kind;           /* "SyntaxError", "RecursionError" */
    char message[512];
    AstPos pos;                 /* lineno < 1: no position */
} CompileErrors;

_Noreturn void compile_error(CompileErrors *errors, AstPos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
_Noreturn void compile_error_kind(CompileErrors *errors, const char *kind, AstPos pos,
                                  const char *fmt, ...) __attribute__((format(printf, 4, 5)));

#endif

/* diag.h - diagnostics in the one format all four tools share (design.md §4):
 *
 *     FILE:LINE:COL: KIND: message
 *         source line
 *         ^
 *
 * LINE and COL are 1-based; COL counts characters (code points).  KIND is the
 * Python exception class (SyntaxError, IndentationError, ...).  Errors that
 * are not about the input program (usage, I/O, malformed artifacts) are one
 * line, "TOOL: message". */
#ifndef COMMON_DIAG_H
#define COMMON_DIAG_H

#include <stddef.h>

/* Exit statuses of every tool. */
enum {
    EXIT_OK = 0,
    EXIT_PROGRAM_ERROR = 1,   /* the input program is wrong (SyntaxError, uncaught exception) */
    EXIT_USAGE = 2,           /* bad usage, I/O error, malformed or wrong artifact */
};

void diag_set_program(const char *name);   /* e.g. "pytok"; used as message prefix */
const char *diag_program(void);

/* "TOOL: message" on stderr. */
void diag_message(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "TOOL: message", then exit(status). */
_Noreturn void diag_fatal(int status, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The FILE:LINE:COL: KIND: message line, then (when the source is known and
 * LINE is inside it) the source line and a caret under COL.  `source` is the
 * decoded UTF-8 text of the program, or NULL. */
void diag_at(const char *filename, const char *source, size_t source_len,
             int line, int col, const char *kind, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

/* diag_at for an error that spans columns COL up to END_COL (exclusive) of
 * LINE: CPython marks the span with carets (^^^^); a span over several lines
 * (END_LINE > LINE) or an unknown end (END_COL < 1) gets the one caret. */
void diag_at_range(const char *filename, const char *source, size_t source_len,
                   int line, int col, int end_line, int end_col, const char *kind,
                   const char *fmt, ...)
    __attribute__((format(printf, 9, 10)));

/* Prints the source line LINE (1-based) indented by 4 blanks, and a caret
 * under character column COL (1-based; no caret when COL < 1), as CPython
 * does below a SyntaxError.  Prints nothing if LINE is not in the source. */
void diag_show_line(const char *source, size_t source_len, int line, int col);

#endif

/* traceback.h - the text of tracebacks (err_print in errors.h prints them),
 * for the traceback module: CPython's layout, carets included. */
#ifndef PYRUN_VM_TRACEBACK_H
#define PYRUN_VM_TRACEBACK_H

#include "object.h"

/* "Traceback (most recent call last):\n ... ValueError: x\n", with the
 * chained exceptions before it if chain, laid out as the traceback module
 * does; limit (NULL: all) as its limit argument. */
Object *traceback_format_exception(Object *exception, bool chain, const int64_t *limit);

/* CPython's default sys.unraisablehook: "ERR_MSG: <repr of where>" (err_msg
 * NULL or None: "Exception ignored in"), then the exception with its
 * traceback, without the exceptions it was raised while handling. */
void traceback_print_unraisable(Object *exception, Object *err_msg, Object *where);

/* Writes text to sys.stderr (whatever it is now), keeping any exception set. */
void write_stderr(const char *text, size_t len);
/* The last lines alone: "ValueError: x\n" (and the notes). */
Object *traceback_format_exception_only(Object *exception);
/* The entries of a traceback ("  File ..., line 3, in f\n    source\n"...),
 * laid out as the traceback module does. */
Object *traceback_format_entries(Object *traceback);
/* Line `line` of the source the code object came from, or NULL (no exception). */
Object *traceback_source_line(Object *code, int line);

#endif

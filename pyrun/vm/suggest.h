/* suggest.h - "Did you mean: 'print'?" for NameError and AttributeError.
 *
 * CPython 3.11 looks for a known name close to the missing one: for a
 * NameError among the failing frame's local variable names, then its
 * globals, then the builtins; for an AttributeError among dir(obj).  Close
 * means a small edit distance (Levenshtein, where changing case costs 1 and
 * any other edit 2), at most a third of the two names' lengths. */
#ifndef PYRUN_VM_SUGGEST_H
#define PYRUN_VM_SUGGEST_H

#include "object.h"

/* The suggested name (a new str reference), or NULL if there is none. */
Object *suggest_for_exception(Object *exception);

#endif

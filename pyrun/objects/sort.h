/* sort.h - the sort behind list.sort() and sorted(): CPython's, step for step.
 *
 * Which pairs a sort compares, and in what order, is something a program
 * can see: a __lt__ that prints or counts, one that raises half-way, or an
 * inconsistent one (NaNs).  So this is the algorithm CPython 3.11 uses,
 * described in its Objects/listsort.txt: natural runs extended by binary
 * insertion, merged by the "powersort" policy, with galloping merges. */
#ifndef PYRUN_OBJECTS_SORT_H
#define PYRUN_OBJECTS_SORT_H

#include "object.h"

/* Sorts keys[0, n) stably by <, moving values[i] (when values is not NULL)
 * along with keys[i].  False if a comparison raised: the exception is set,
 * and the arrays still hold every item once, in some order. */
bool sort_keys(Object **keys, Object **values, size_t n);

#endif

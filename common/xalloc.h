/* xalloc.h - allocation that never returns NULL.
 *
 * Running out of memory is not a condition any stage can recover from, so
 * these print one line and exit with status 2 instead of returning NULL;
 * callers need no error paths for allocation. */
#ifndef COMMON_XALLOC_H
#define COMMON_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

#endif

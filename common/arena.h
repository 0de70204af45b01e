/* arena.h - a bump allocator for data that dies all at once.
 *
 * An AST, a token list, a compiler's tables: thousands of small pieces that
 * live until the stage exits.  An arena hands them out from large blocks and
 * frees every block in one call, so nothing needs freeing one by one and
 * nothing can leak piecemeal. */
#ifndef COMMON_ARENA_H
#define COMMON_ARENA_H

#include <stddef.h>

typedef struct ArenaBlock ArenaBlock;

typedef struct Arena {
    ArenaBlock *blocks;
    char *next;             /* first free byte in the current block */
    char *limit;            /* end of the current block */
} Arena;

void arena_init(Arena *a);
void arena_free(Arena *a);
void *arena_alloc(Arena *a, size_t size);                 /* zeroed, aligned for any type */
char *arena_strndup(Arena *a, const char *s, size_t n);   /* NUL-terminated copy */

#endif

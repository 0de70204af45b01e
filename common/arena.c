/* arena.c - bump allocator (see arena.h). */
#include "arena.h"
#include "xalloc.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { BLOCK_SIZE = 64 * 1024 };

struct ArenaBlock {
    ArenaBlock *prev;
    alignas(max_align_t) char data[];
};

void arena_init(Arena *a)
{
    a->blocks = NULL;
    a->next = a->limit = NULL;
}

void arena_free(Arena *a)
{
    ArenaBlock *b = a->blocks;
    while (b) {
        ArenaBlock *prev = b->prev;
        free(b);
        b = prev;
    }
    arena_init(a);
}

void *arena_alloc(Arena *a, size_t size)
{
    const size_t align = alignof(max_align_t);
    size = (size + align - 1) & ~(align - 1);
    if (size > (size_t)(a->limit - a->next) || !a->next) {
        size_t data_size = size > BLOCK_SIZE / 2 ? size : BLOCK_SIZE;
        ArenaBlock *b = xmalloc(sizeof *b + data_size);
        b->prev = a->blocks;
        a->blocks = b;
        a->next = b->data;
        a->limit = b->data + data_size;
    }
    void *p = a->next;
    a->next += size;
    memset(p, 0, size);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    char *d = arena_alloc(a, n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

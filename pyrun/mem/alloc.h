/* alloc.h - the small-object allocator.
 *
 * A Python program makes and drops millions of small objects (ints, floats,
 * tuples, frames of list items).  malloc() serves them, but slowly and with a
 * header on every block.  This allocator keeps one pool per block size (8,
 * 16, ... 512 bytes): a pool is a list of 16 KiB pages, each cut into blocks
 * of its size.  A freed block goes on its page's free list and is the next
 * one handed out, so the memory a program churns through stays hot in the
 * cache.  Requests over 512 bytes go to malloc().
 *
 * The caller gives the size back when freeing (like C++'s sized delete):
 * every object knows its own size, and so no block needs a header.
 *
 * Under AddressSanitizer every request goes to malloc(), so that the
 * sanitizer sees each block and LeakSanitizer reports any object leaked. */
#ifndef PYRUN_MEM_ALLOC_H
#define PYRUN_MEM_ALLOC_H

#include <stddef.h>
#include <stdint.h>

void *mem_alloc(size_t size);               /* never NULL: exits on exhaustion */
void mem_free(void *block, size_t size);    /* size as given to mem_alloc */
void *mem_realloc(void *block, size_t old_size, size_t new_size);

/* What the allocator did, for `pyrun --stats`. */
typedef struct MemStats {
    uint64_t allocations, frees;
    size_t bytes_in_use, peak_bytes_in_use;
    size_t pages;                   /* pool pages taken from the system */
} MemStats;
const MemStats *mem_stats(void);

#endif

/* alloc.c - the small-object allocator (see alloc.h).
 *
 * Memory comes from the system in arenas of 1 MiB, aligned to the page size
 * (16 KiB), and is handed to the size classes one page at a time.  Because
 * pages are aligned, the page that holds a block is found by rounding the
 * block's address down: that is where its header is.
 *
 *     page:  [ header | block | block | block | ... ]
 *
 * A page's blocks are either in use, on the page's free list (freed), or
 * beyond its `bump` pointer (never used yet).  Each size class keeps a list
 * of its pages that have a free block; a page that becomes wholly free goes
 * back to a common stock of empty pages, for any size class to reuse. */
#include "mem/alloc.h"
#include "xalloc.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SANITIZE_ADDRESS__)
#define USE_SYSTEM_MALLOC 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define USE_SYSTEM_MALLOC 1
#endif
#endif

enum {
    ALIGNMENT = 8,
    LARGEST_BLOCK = 512,
    CLASS_COUNT = LARGEST_BLOCK / ALIGNMENT,
    PAGE_SIZE = 16 * 1024,
    ARENA_SIZE = 1024 * 1024,
};

typedef struct FreeBlock {
    struct FreeBlock *next;
} FreeBlock;

typedef struct Page {
    struct Page *next, *prev;   /* in its size class's list of pages with room */
    FreeBlock *free;            /* blocks freed since */
    char *bump;                 /* the first block never handed out */
    char *limit;                /* the end of the last whole block */
    uint32_t used;              /* blocks in use */
    uint32_t block_size;
    bool has_room_listed;       /* is it in the size class's list? */
} Page;

static MemStats stats;

static inline void count_alloc(size_t size)
{
    stats.allocations++;
    stats.bytes_in_use += size;
    if (stats.bytes_in_use > stats.peak_bytes_in_use)
        stats.peak_bytes_in_use = stats.bytes_in_use;
}

static inline void count_free(size_t size)
{
    stats.frees++;
    stats.bytes_in_use -= size;
}

const MemStats *mem_stats(void)
{
    return &stats;
}

#ifdef USE_SYSTEM_MALLOC

void *mem_alloc(size_t size)
{
    count_alloc(size);
    return xmalloc(size ? size : 1);
}

void mem_free(void *block, size_t size)
{
    count_free(size);
    free(block);
}

#else

static Page *pages_with_room[CLASS_COUNT];
static Page *empty_pages;           /* the stock of wholly free pages (linked by next) */
static char *arena_next, *arena_end;    /* the part of the newest arena not yet cut into pages */

static Page *take_empty_page(void)
{
    if (empty_pages) {
        Page *p = empty_pages;
        empty_pages = p->next;
        return p;
    }
    if (arena_next == arena_end) {
        arena_next = aligned_alloc(PAGE_SIZE, ARENA_SIZE);
        if (!arena_next)
            xmalloc((size_t)-1);    /* reports the exhaustion and exits */
        arena_end = arena_next + ARENA_SIZE;
    }
    Page *p = (Page *)arena_next;
    arena_next += PAGE_SIZE;
    stats.pages++;
    return p;
}

static void list_room(Page *p, size_t cls)
{
    p->prev = NULL;
    p->next = pages_with_room[cls];
    if (p->next)
        p->next->prev = p;
    pages_with_room[cls] = p;
    p->has_room_listed = true;
}

static void unlist_room(Page *p, size_t cls)
{
    if (p->prev)
        p->prev->next = p->next;
    else
        pages_with_room[cls] = p->next;
    if (p->next)
        p->next->prev = p->prev;
    p->has_room_listed = false;
}

static Page *new_page(size_t cls)
{
    Page *p = take_empty_page();
    uint32_t size = (uint32_t)((cls + 1) * ALIGNMENT);
    p->free = NULL;
    p->bump = (char *)p + ((sizeof(Page) + ALIGNMENT - 1) & ~(size_t)(ALIGNMENT - 1));
    p->limit = p->bump + (((char *)p + PAGE_SIZE - p->bump) / size) * size;
    p->used = 0;
    p->block_size = size;
    list_room(p, cls);
    return p;
}

void *mem_alloc(size_t size)
{
    if (size > LARGEST_BLOCK || size == 0) {
        count_alloc(size);
        return xmalloc(size ? size : 1);
    }
    size_t cls = (size - 1) / ALIGNMENT;
    count_alloc((cls + 1) * ALIGNMENT);
    Page *p = pages_with_room[cls];
    if (!p)
        p = new_page(cls);
    void *block;
    if (p->free) {
        block = p->free;
        p->free = p->free->next;
    } else {
        block = p->bump;
        p->bump += p->block_size;
    }
    p->used++;
    if (!p->free && p->bump == p->limit)
        unlist_room(p, cls);
    return block;
}

void mem_free(void *block, size_t size)
{
    if (!block)
        return;
    if (size > LARGEST_BLOCK || size == 0) {
        count_free(size);
        free(block);
        return;
    }
    size_t cls = (size - 1) / ALIGNMENT;
    count_free((cls + 1) * ALIGNMENT);
    Page *p = (Page *)((uintptr_t)block & ~(uintptr_t)(PAGE_SIZE - 1));
    FreeBlock *f = block;
    f->next = p->free;
    p->free = f;
    p->used--;
    if (p->used == 0 && !(p->has_room_listed && pages_with_room[cls] == p && !p->next)) {
        /* wholly free: back to the common stock (unless it is the size
           class's only page with room, which would come straight back) */
        if (p->has_room_listed)
            unlist_room(p, cls);
        p->next = empty_pages;
        empty_pages = p;
    } else if (!p->has_room_listed) {
        list_room(p, cls);
    }
}

#endif

void *mem_realloc(void *block, size_t old_size, size_t new_size)
{
    if (old_size > LARGEST_BLOCK && new_size > LARGEST_BLOCK) {
        count_free(old_size);
        count_alloc(new_size);
        return xrealloc(block, new_size);
    }
    void *fresh = mem_alloc(new_size);
    if (block) {
        memcpy(fresh, block, old_size < new_size ? old_size : new_size);
        mem_free(block, old_size);
    }
    return fresh;
}

/* str_index.c - the code-point index of long non-ASCII strings (see
 * str_index.h). */
#include "runtime.h"
#include "objects/str_index.h"

/* A str's index: offsets[k] is the byte offset of code point
 * k * STR_INDEX_STEP.  Offsets fit 32 bits (a longer str is walked). */
typedef struct IndexEntry {
    const StrObject *str;
    uint32_t *offsets;
    size_t count;
    struct IndexEntry *next;    /* in its bucket */
} IndexEntry;

/* The table: str address -> its entry, chained in buckets (a power of two
 * of them, grown as entries come). */
static IndexEntry **buckets;
static size_t bucket_count, entry_count;
/* The entry found last: a loop indexes the same string again and again. */
static IndexEntry *last_found;

static size_t bucket_of(const StrObject *s, size_t count)
{
    uint64_t h = (uint64_t)(uintptr_t)s * 0x9E3779B97F4A7C15ull;     /* Fibonacci hashing */
    return (size_t)(h >> 32) & (count - 1);
}

static void grow_table(void)
{
    size_t new_count = bucket_count ? bucket_count * 2 : 16;
    IndexEntry **new_buckets = mem_alloc(new_count * sizeof *new_buckets);
    memset(new_buckets, 0, new_count * sizeof *new_buckets);
    for (size_t b = 0; b < bucket_count; b++) {
        for (IndexEntry *e = buckets[b], *next; e; e = next) {
            next = e->next;
            size_t nb = bucket_of(e->str, new_count);
            e->next = new_buckets[nb];
            new_buckets[nb] = e;
        }
    }
    if (buckets)
        mem_free(buckets, bucket_count * sizeof *buckets);
    buckets = new_buckets;
    bucket_count = new_count;
}

/* Skips n code points from p (which they all follow). */
static const char *skip_codepoints(const char *p, size_t n)
{
    while (n-- > 0) {
        p++;
        while (((unsigned char)*p & 0xC0) == 0x80)
            p++;
    }
    return p;
}

static IndexEntry *build_index(StrObject *s)
{
    IndexEntry *e = mem_alloc(sizeof *e);
    e->str = s;
    e->count = (s->length + STR_INDEX_STEP - 1) / STR_INDEX_STEP;
    e->offsets = mem_alloc(e->count * sizeof *e->offsets);
    const char *p = s->data;
    for (size_t k = 0; k < e->count; k++) {
        e->offsets[k] = (uint32_t)(p - s->data);
        if (k + 1 < e->count)
            p = skip_codepoints(p, STR_INDEX_STEP);
    }
    if (entry_count >= bucket_count)
        grow_table();
    size_t b = bucket_of(s, bucket_count);
    e->next = buckets[b];
    buckets[b] = e;
    entry_count++;
    s->indexed = true;
    return e;
}

/* s's index, built on first use; NULL for a str too long for one. */
static IndexEntry *index_of(StrObject *s)
{
    if (last_found && last_found->str == s)
        return last_found;
    if (s->size > UINT32_MAX)
        return NULL;
    IndexEntry *e = NULL;
    if (s->indexed)
        for (e = buckets[bucket_of(s, bucket_count)]; e->str != s; e = e->next)
            ;
    else
        e = build_index(s);
    last_found = e;
    return e;
}

size_t str_index_offset(StrObject *s, size_t index)
{
    IndexEntry *e = index_of(s);
    if (!e)
        return (size_t)(skip_codepoints(s->data, index) - s->data);
    const char *block = s->data + e->offsets[index / STR_INDEX_STEP];
    return (size_t)(skip_codepoints(block, index % STR_INDEX_STEP) - s->data);
}

size_t str_index_codepoints_before(StrObject *s, size_t offset)
{
    IndexEntry *e = index_of(s);
    if (!e)
        return utf8_count(s->data, offset);
    /* the last entry at or before offset (offsets[0] is 0) */
    size_t lo = 0, hi = e->count;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (e->offsets[mid] <= offset)
            lo = mid;
        else
            hi = mid;
    }
    return lo * STR_INDEX_STEP + utf8_count(s->data + e->offsets[lo], offset - e->offsets[lo]);
}

void str_index_forget(StrObject *s)
{
    if (!s->indexed)
        return;
    IndexEntry **link = &buckets[bucket_of(s, bucket_count)];
    while ((*link)->str != s)
        link = &(*link)->next;
    IndexEntry *e = *link;
    *link = e->next;
    if (last_found == e)
        last_found = NULL;
    mem_free(e->offsets, e->count * sizeof *e->offsets);
    mem_free(e, sizeof *e);
    entry_count--;
    s->indexed = false;
}

/* namemap.c - an insertion-ordered string-to-index map (see namemap.h). */
#include "namemap.h"

#include "xalloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void namemap_init(NameMap *m)
{
    memset(m, 0, sizeof *m);
}

void namemap_free(NameMap *m)
{
    free(m->names);
    free(m->slots);
    namemap_init(m);
}

static uint32_t hash_name(const char *s)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
    return (uint32_t)(h ^ (h >> 32));
}

/* The slot where the name is, or the empty slot where it would go. */
static size_t slot_of(const NameMap *m, const char *name, uint32_t hash)
{
    size_t i = hash & (m->nslots - 1);
    while (m->slots[i].index &&
           (m->slots[i].hash != hash || strcmp(m->names[m->slots[i].index - 1], name) != 0))
        i = (i + 1) & (m->nslots - 1);
    return i;
}

static void rehash(NameMap *m)
{
    NameSlot *old = m->slots;
    size_t old_n = m->nslots;
    m->nslots = m->nslots ? m->nslots * 2 : 16;
    m->slots = xcalloc(m->nslots, sizeof *m->slots);
    for (size_t k = 0; k < old_n; k++) {
        if (!old[k].index)
            continue;
        size_t i = old[k].hash & (m->nslots - 1);
        while (m->slots[i].index)
            i = (i + 1) & (m->nslots - 1);
        m->slots[i] = old[k];
    }
    free(old);
}

int namemap_find(const NameMap *m, const char *name)
{
    if (!m->nslots)
        return -1;
    return m->slots[slot_of(m, name, hash_name(name))].index - 1;
}

int namemap_add(NameMap *m, const char *name)
{
    if ((size_t)(m->count + 1) * 2 > m->nslots)
        rehash(m);
    uint32_t hash = hash_name(name);
    size_t slot = slot_of(m, name, hash);
    if (m->slots[slot].index)
        return m->slots[slot].index - 1;
    if (m->count == m->cap) {
        m->cap = m->cap ? m->cap * 2 : 8;
        m->names = xrealloc(m->names, sizeof *m->names * (size_t)m->cap);
    }
    m->names[m->count] = name;
    m->slots[slot].hash = hash;
    m->slots[slot].index = m->count + 1;
    return m->count++;
}

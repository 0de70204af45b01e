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

static uint64_t hash_name(const char *s)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
    return h;
}

/* The slot where name is, or the empty slot where it would go. */
static size_t slot_of(const NameMap *m, const char *name)
{
    size_t i = (size_t)hash_name(name) & (m->nslots - 1);
    while (m->slots[i] && strcmp(m->names[m->slots[i] - 1], name) != 0)
        i = (i + 1) & (m->nslots - 1);
    return i;
}

static void rehash(NameMap *m)
{
    free(m->slots);
    m->nslots = m->nslots ? m->nslots * 2 : 16;
    m->slots = xcalloc(m->nslots, sizeof *m->slots);
    for (int i = 0; i < m->count; i++)
        m->slots[slot_of(m, m->names[i])] = i + 1;
}

int namemap_find(const NameMap *m, const char *name)
{
    if (!m->nslots)
        return -1;
    return m->slots[slot_of(m, name)] - 1;
}

int namemap_add(NameMap *m, const char *name)
{
    int found = namemap_find(m, name);
    if (found >= 0)
        return found;
    if ((size_t)(m->count + 1) * 2 > m->nslots)
        rehash(m);
    if (m->count == m->cap) {
        m->cap = m->cap ? m->cap * 2 : 8;
        m->names = xrealloc(m->names, sizeof *m->names * (size_t)m->cap);
    }
    m->names[m->count] = name;
    m->slots[slot_of(m, name)] = m->count + 1;
    return m->count++;
}

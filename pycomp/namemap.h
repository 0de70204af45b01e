/* namemap.h - names to small integers, in the order they were added.
 *
 * The compiler numbers names everywhere: co_names, co_varnames, cell and
 * free variables, a scope's symbols.  A NameMap gives each distinct name
 * the next index and finds it again by its text.  The names themselves are
 * not copied: they must outlive the map (they live in an arena). */
#ifndef PYCOMP_NAMEMAP_H
#define PYCOMP_NAMEMAP_H

#include <stddef.h>
#include <stdint.h>

typedef struct NameSlot {
    uint32_t hash;          /* of the name, so that most probes need no strcmp */
    int index;              /* index + 1; 0: empty */
} NameSlot;

typedef struct NameMap {
    const char **names;     /* names[i] has index i */
    int count, cap;
    NameSlot *slots;        /* the hash table */
    size_t nslots;          /* a power of two */
} NameMap;

void namemap_init(NameMap *m);
void namemap_free(NameMap *m);
/* The index of name, or -1. */
int namemap_find(const NameMap *m, const char *name);
/* The index of name, adding it if new. */
int namemap_add(NameMap *m, const char *name);

#endif

/* dict.h - dict: a hash table that remembers insertion order.
 *
 * The layout is CPython's "compact dict": the entries (hash, key, value)
 * are kept in an array in insertion order, and a separate, sparse table of
 * small integers maps hash slots to entry positions.  Iteration walks the
 * entries in order; lookups probe the index table.  The index table holds
 * 1-, 2-, 4- or 8-byte positions, as small as the dict allows.
 *
 * Every change gives the dict a new `version` (from a global counter), so a
 * cache that remembers what it found in a dict (LOAD_GLOBAL's) knows it is
 * still right while the version is the same. */
#ifndef PYRUN_OBJECTS_DICT_H
#define PYRUN_OBJECTS_DICT_H

#include "object.h"

typedef struct DictEntry {
    int64_t hash;
    Object *key;        /* NULL: deleted */
    Object *value;
} DictEntry;

/* The index table (1 << log2_size slots of index_bytes each), followed by
 * the entries (usable of them, nentries used so far). */
typedef struct DictTable {
    uint8_t log2_size;
    uint8_t index_bytes;
    size_t usable;
    size_t nentries;
    DictEntry *entries;     /* (after the indices) */
    char indices[];
} DictTable;

struct DictObject {
    Object head;
    size_t used;        /* live entries */
    uint64_t version;
    DictTable *table;
};

extern Type DictType;
extern Type DictKeysType, DictValuesType, DictItemsType, DictIterType;
extern Type DictValueIterType, DictItemIterType, DictRevKeyIterType, DictRevValueIterType,
    DictRevItemIterType;

static inline bool dict_check(const Object *o) { return type_has(o->type, TYPE_DICT_SUBCLASS); }
static inline bool dict_check_exact(const Object *o) { return o->type == &DictType; }
static inline size_t dict_size(const Object *d) { return ((const DictObject *)d)->used; }

Object *dict_new(void);
Object *dict_new_presized(size_t n);
/* The value for key, borrowed; NULL if absent (no exception) or on error
 * (exception set: an unhashable key, a failing __eq__). */
Object *dict_get(Object *d, Object *key);
/* The same for a str key (hash cached; interned keys compare by address). */
Object *dict_get_str(Object *d, Object *key);
Object *dict_get_cstr(Object *d, const char *key);
/* The same with a precomputed hash. */
Object *dict_get_with_hash(Object *d, Object *key, int64_t hash);
int dict_set(Object *d, Object *key, Object *value);        /* borrowed key and value */
int dict_set_cstr(Object *d, const char *key, Object *value);
int dict_del(Object *d, Object *key);           /* KeyError if absent */
/* Removes key if present: 1 removed (*value gets the value), 0 absent, -1 error. */
int dict_pop(Object *d, Object *key, Object **value);
void dict_clear(Object *d);
/* Iteration: while (dict_next(d, &pos, &key, &value)) ...; borrowed. */
bool dict_next(Object *d, size_t *pos, Object **key, Object **value);
Object *dict_copy(Object *d);
int dict_update(Object *d, Object *other);      /* d.update(other): a mapping or pairs */
/* d.update(other) for f(**other): a repeated key is an error if `no_repeats`. */
int dict_merge(Object *d, Object *other, bool no_repeats, Object *for_message);
Object *dict_keys_list(Object *d);
Object *dict_values_list(Object *d);
Object *dict_items_list(Object *d);
/* Where a key's entry is (for inline caches): its position, or -1. */
int64_t dict_lookup_index(Object *d, Object *key, int64_t hash);
static inline DictEntry *dict_entries(Object *d) { return ((DictObject *)d)->table->entries; }
/* entries in use or deleted (the bound for the positions) */
static inline size_t dict_entry_count(Object *d) { return ((DictObject *)d)->table->nentries; }

extern uint64_t dict_global_version;

#endif

/* str_index.h - finding code point i of a long non-ASCII str without
 * walking it from its start.
 *
 * A str keeps its text as UTF-8, so in a non-ASCII str code point i is not
 * at byte i: it takes a walk from the start to find it, O(n).  A loop that
 * indexes a long string (`for i in range(len(s)): s[i]`, or `s.find(x, i)`)
 * would then be quadratic.  So a long non-ASCII str that is indexed gets,
 * the first time, an index: the byte offset of every STR_INDEX_STEP-th
 * code point.  Code point i is then at most STR_INDEX_STEP - 1 code points
 * after the one the index gives for i / STR_INDEX_STEP.
 *
 * The index is not a field of the str (that would make every str larger,
 * for the few that need it): it lives in a table keyed by the str's
 * address, and the str's `indexed` flag says that it has one, so that
 * freeing the str (str_dealloc) frees its index too.  ASCII strings never
 * need one: code point i is byte i. */
#ifndef PYRUN_OBJECTS_STR_INDEX_H
#define PYRUN_OBJECTS_STR_INDEX_H

#include "object.h"

enum {
    STR_INDEX_STEP = 32,            /* code points between two entries of an index */
    STR_INDEX_MIN_WALK = 128,       /* positions nearer the start are walked to */
};

/* The byte offset of code point `index` of s (non-ASCII, index < length). */
size_t str_index_offset(StrObject *s, size_t index);
/* How many code points of s (non-ASCII) come before byte `offset` (the
 * start of a code point, or the end). */
size_t str_index_codepoints_before(StrObject *s, size_t offset);
/* Frees s's index (s is being freed, or is about to change). */
void str_index_forget(StrObject *s);

#endif

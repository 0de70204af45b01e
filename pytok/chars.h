/* chars.h - the character classes Python's two tokenizers use.
 *
 * All come from libunistring 1.0, whose Unicode 14.0 tables are those of
 * CPython 3.11 (checked against python3 for every code point by the tests).
 *
 *   char_is_word        `\w` in a `re` pattern: str.isalnum() or '_'.  The
 *                       tokenize module's names are runs of these.
 *   char_is_id_start    what may begin an identifier: XID_Start or '_'
 *                       (str.isidentifier() of one character)
 *   char_is_id_continue what may follow in one: XID_Continue
 *   char_is_space       str.isspace()
 */
#ifndef PYTOK_CHARS_H
#define PYTOK_CHARS_H

#include <stdbool.h>
#include <stdint.h>

bool char_is_word(uint32_t c);
bool char_is_id_start(uint32_t c);
bool char_is_id_continue(uint32_t c);
bool char_is_space(uint32_t c);

#endif

/* numbers.h - CPython's verdict on a numeric literal (parser view).
 *
 * The scanner's NUMBER rule follows the tokenize module, which splits what
 * it cannot read: `0777` is `0` and `777`, `1abc` is `1` and `abc`, `1_` is
 * `1` and `_`.  CPython's own tokenizer rejects these.  number_check reads
 * the literal the way CPython 3.11's tokenizer does, character by
 * character, and says where it ends or what is wrong with it. */
#ifndef PYTOK_NUMBERS_H
#define PYTOK_NUMBERS_H

typedef struct NumberError {
    char message[120];
    /* CPython's error column: the number of characters of the line before
     * this point (1-based, it is the column of the character before it). */
    const char *at;
} NumberError;

/* Reads the number that starts at s (a digit, or '.' and a digit); `end`
 * is the end of the text.  Returns the end of the number, or NULL with *err
 * filled in. */
const char *number_check(const char *s, const char *end, NumberError *err);

#endif

/* source.h - from the bytes of a Python file to the text the scanner reads.
 *
 * Python source is UTF-8 unless a byte-order mark or a PEP 263 coding
 * declaration on line 1 or 2 says otherwise.  Both views decode the same
 * way; they differ in what they reject, as their tokenizers do:
 *
 *   tokenize view (tokenize.detect_encoding): a declaration line must be
 *     valid UTF-8; a line the codec cannot decode is a UnicodeDecodeError;
 *     NUL bytes are ERRORTOKENs later.
 *   parser view (CPython's tokenizer): bad UTF-8 is "Non-UTF-8 code ...";
 *     NUL bytes are an error.
 *
 * The text is decoded to UTF-8 whatever the file's encoding; the BOM is
 * dropped.  Both views name the encoding as tokenize's ENCODING token does:
 * 'utf-8' by default, else the declaration's spelling, except that the
 * utf-8 and latin-1 families are normalised ('UTF_8' -> 'utf-8', 'latin-1'
 * -> 'iso-8859-1', but 'latin1' stays). */
#ifndef PYTOK_SOURCE_H
#define PYTOK_SOURCE_H

#include "buf.h"
#include "lexer.h"

typedef struct Source {
    Buf bytes;                  /* the file, or the decoded text */
    const char *text;           /* the decoded UTF-8 text; text[len] and */
    size_t len;                 /* text[len+1] are NUL (the scanner needs two) */
    char encoding[64];          /* the ENCODING token's string */
} Source;

/* Takes over `file` (the file's bytes) and decodes it for `view`.  Returns
 * 0, or 1 with *err set. */
int source_decode(Buf *file, LexView view, const char *filename, Source *src, LexError *err);
void source_free(Source *src);

#endif

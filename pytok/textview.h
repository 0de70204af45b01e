/* textview.h - the text view: what `python3 -m tokenize [-e] FILE` prints.
 *
 * One line per token, "%-20s%-15s%-15r" % ("L1,C1-L2,C2:", TYPE, repr(text)):
 * padded with blanks (trailing blanks included), and not separated at all
 * when a field is longer than its width.  Without -e every operator is OP;
 * with -e it is shown by its exact type (LPAR, EQUAL, ...). */
#ifndef PYTOK_TEXTVIEW_H
#define PYTOK_TEXTVIEW_H

#include "buf.h"
#include "lexer.h"

typedef struct TextView {
    Buf out;                    /* the lines not written yet */
    bool exact;
    int stream_fd;              /* if >= 0, the lines go there 64 KiB at a time */
    int stream_error;           /* errno of a failed write, or 0 */
} TextView;

/* A TokenSink (lexer.h): appends the token's line to the TextView `sink`. */
int textview_add(void *sink, const Token *t);
/* Writes the lines held to stream_fd. */
void textview_flush(TextView *view);

#endif

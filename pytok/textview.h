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
    Buf out;                    /* held back until the scan has succeeded, */
    bool exact;                 /* as tokenize prints nothing on an error */
} TextView;

/* A TokenSink (lexer.h): appends the token's line to the TextView `sink`. */
int textview_add(void *sink, const Token *t);

#endif

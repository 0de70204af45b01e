/* operators.c - the longest operator at the start of a text (see operators.h). */
#include "operators.h"
#include "tokens.h"

#include <stdbool.h>
#include <string.h>

enum { MAX_PER_CHAR = 8 };

/* For each first character, the operators that start with it, longest
 * first. */
typedef struct Candidates {
    int count;
    struct { const char *text; int len, type; } op[MAX_PER_CHAR];
} Candidates;

static Candidates by_first[128];
static bool ready;

static void add(const char *text, int type)
{
    Candidates *c = &by_first[(unsigned char)text[0] & 127];
    int len = (int)strlen(text), i = c->count++;
    while (i > 0 && c->op[i - 1].len < len) {      /* keep longest first */
        c->op[i] = c->op[i - 1];
        i--;
    }
    c->op[i].text = text;
    c->op[i].len = len;
    c->op[i].type = type;
}

static void build(void)
{
#define TOKEN(name, number, text) if (text) add(text, number);
#include "schema/tokens.def"
#undef TOKEN
    ready = true;
}

int operator_longest(const char *s, int n, int *type)
{
    if (!ready)
        build();
    unsigned char first = (unsigned char)s[0];
    if (first >= 128)
        return 0;
    const Candidates *c = &by_first[first];
    for (int i = 0; i < c->count; i++) {
        int len = c->op[i].len;
        if (len <= n && memcmp(s, c->op[i].text, (size_t)len) == 0) {
            *type = c->op[i].type;
            return len;
        }
    }
    return 0;
}

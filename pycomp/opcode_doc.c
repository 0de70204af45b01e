/* opcode_doc.c - the reference table of docs/bytecode.md, from the opcode
 * table itself, so the page can never disagree with the code. */
#include "opcode_doc.h"

#include "bytecode.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static int by_name(const void *a, const void *b)
{
    return strcmp(opcode_name(*(const int *)a), opcode_name(*(const int *)b));
}

/* Markdown cell text, with the characters Markdown would take as syntax
 * escaped: '|' ends a cell, '*' and '_' emphasize (__exit__), '<' starts
 * an HTML tag (<op>). */
static void put_cell(Buf *out, const char *text, bool in_code)
{
    for (const char *p = text; *p; p++) {
        if (*p == '<' && !in_code)
            buf_puts(out, "&lt;");
        else {
            if (*p == '|' || (!in_code && (*p == '*' || *p == '_')))
                buf_putc(out, '\\');
            buf_putc(out, *p);
        }
    }
}

void opcode_doc_markdown(Buf *out)
{
    int ops[OP_COUNT], n = 0;
    for (int op = 0; op < OP_COUNT; op++)
        if (opcode_exists(op))
            ops[n++] = op;
    qsort(ops, (size_t)n, sizeof ops[0], by_name);

    buf_puts(out, "| name | number | argument | stack effect | when it jumps | meaning |\n");
    buf_puts(out, "|---|---:|---|---|---|---|\n");
    for (int i = 0; i < n; i++) {
        int op = ops[i];
        const char *effect = opcode_effect_text(op, false);
        const char *jump = opcode_effect_text(op, true);
        buf_printf(out, "| `%s` | %d | %s | `", opcode_name(op), op, arg_kind_name(opcode_arg_kind(op)));
        put_cell(out, effect, true);
        buf_puts(out, "` | ");
        if (opcode_has_jump(op)) {
            buf_putc(out, '`');
            put_cell(out, jump, true);
            buf_putc(out, '`');
        }
        buf_puts(out, " | ");
        put_cell(out, opcode_meaning(op), false);
        buf_puts(out, " |\n");
    }
}

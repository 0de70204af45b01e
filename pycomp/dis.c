/* dis.c - the disassembler (see dis.h).
 *
 * It decodes the bytes of co_code, not the compiler's internal form, so
 * what it shows is exactly what pyrun will run. */
#include "dis.h"

#include "bytecode.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

enum { OPNAME_WIDTH = 20, OPARG_WIDTH = 5 };

/* The line each code unit starts, when it differs from the last known line
 * (Python's dis.findlinestarts); 0 elsewhere. */
static int *line_starts(const CodeObject *code, int *max_line)
{
    int *starts = xcalloc((size_t)code->ncodeunits + 1, sizeof *starts);
    int unit = 0, last = -1;
    *max_line = 0;
    for (int r = 0; r < code->nruns; r++) {
        const LineRun *run = &code->linetable[r];
        if (run->line != POSITION_NONE && run->line != last && unit < code->ncodeunits) {
            starts[unit] = run->line;
            last = run->line;
            if (run->line > *max_line)
                *max_line = run->line;
        }
        unit += run->count;
    }
    return starts;
}

static bool *jump_targets(const CodeObject *code)
{
    bool *targets = xcalloc((size_t)code->ncodeunits + 1, sizeof *targets);
    unsigned extended = 0;
    for (int i = 0; i < code->ncodeunits; i++) {
        int op = code->code[2 * i];
        unsigned arg = code->code[2 * i + 1] | extended;
        extended = op == OP_EXTENDED_ARG ? arg << 8 : 0;
        if (opcode_has_jump(op) && arg < (unsigned)code->ncodeunits)
            targets[arg] = true;
    }
    return targets;
}

static void argument_meaning(Buf *out, const CodeObject *code, int op, unsigned arg)
{
    switch (opcode_arg_kind(op)) {
    case ARG_CONST:
        if (arg < (unsigned)code->nconsts)
            value_repr(out, code->consts[arg]);
        break;
    case ARG_NAME:
        if (arg < (unsigned)code->nnames)
            buf_puts(out, code->names[arg]);
        break;
    case ARG_LOCAL:
        if (arg < (unsigned)code->nvarnames)
            buf_puts(out, code->varnames[arg]);
        break;
    case ARG_DEREF:
        if (arg < (unsigned)code->ncellvars)
            buf_puts(out, code->cellvars[arg]);
        else if (arg - code->ncellvars < (unsigned)code->nfreevars)
            buf_puts(out, code->freevars[arg - code->ncellvars]);
        break;
    case ARG_JUMP: buf_printf(out, "to %u", arg * 2); break;
    case ARG_COMPARE:
        if (arg < 6)
            buf_puts(out, compare_op_names[arg]);
        break;
    default:
        if (op == OP_FORMAT_VALUE) {
            static const char *const conversions[] = { "", "str", "repr", "ascii" };
            buf_puts(out, conversions[arg & 3]);
            if (arg & 4)
                buf_puts(out, (arg & 3) ? ", with format" : "with format");
        } else if (op == OP_MAKE_FUNCTION) {
            static const char *const flags[] = { "defaults", "kwdefaults", "annotations", "closure" };
            bool first = true;
            for (int i = 0; i < 4; i++)
                if (arg & (1u << i)) {
                    buf_printf(out, "%s%s", first ? "" : ", ", flags[i]);
                    first = false;
                }
        }
        break;
    }
}

static void trim_trailing_blanks(Buf *out, size_t line_start)
{
    while (out->len > line_start && out->data[out->len - 1] == ' ')
        out->len--;
    out->data[out->len] = '\0';
}

static void dis_one(Buf *out, const CodeObject *code)
{
    int max_line;
    int *starts = line_starts(code, &max_line);
    bool *targets = jump_targets(code);
    int line_width = max_line == 0 ? 0 : max_line >= 1000 ? snprintf(NULL, 0, "%d", max_line) : 3;
    int max_offset = code->ncodeunits * 2 - 2;
    int offset_width = max_offset >= 10000 ? snprintf(NULL, 0, "%d", max_offset) : 4;
    unsigned extended = 0;
    Buf meaning;
    buf_init(&meaning);
    for (int i = 0; i < code->ncodeunits; i++) {
        int op = code->code[2 * i];
        unsigned arg = code->code[2 * i + 1] | extended;
        extended = op == OP_EXTENDED_ARG ? arg << 8 : 0;
        if (line_width && starts[i] && i > 0)
            buf_putc(out, '\n');
        size_t line_start = out->len;
        if (line_width) {
            if (starts[i])
                buf_printf(out, "%*d ", line_width, starts[i]);
            else
                buf_printf(out, "%*s ", line_width, "");
        }
        buf_printf(out, "    %s %*d ", targets[i] ? ">>" : "  ", offset_width, i * 2);
        const char *name = opcode_name(op);
        if (name)
            buf_printf(out, "%-*s ", OPNAME_WIDTH, name);
        else
            buf_printf(out, "<%d>%*s ", op, OPNAME_WIDTH - 2 - snprintf(NULL, 0, "%d", op), "");
        if (name && opcode_arg_kind(op) != ARG_NONE) {
            buf_printf(out, "%*u ", OPARG_WIDTH, arg);
            meaning.len = 0;
            argument_meaning(&meaning, code, op, arg);
            if (meaning.len)
                buf_printf(out, "(%.*s)", (int)meaning.len, meaning.data);
        }
        trim_trailing_blanks(out, line_start);
        buf_putc(out, '\n');
    }
    buf_free(&meaning);
    free(starts);
    free(targets);
}

void dis_code(Buf *out, const CodeObject *code)
{
    dis_one(out, code);
    for (int i = 0; i < code->nconsts; i++) {
        const Value *v = code->consts[i];
        if (v->kind != V_CODE)
            continue;
        buf_puts(out, "\nDisassembly of ");
        value_repr(out, v);
        buf_puts(out, ":\n");
        dis_code(out, v->v.code);
    }
}

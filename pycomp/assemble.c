/* assemble.c - optimizing the control-flow graph and writing the bytes
 * (see assemble.h for the steps). */
#include "assemble.h"

#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

static Block *first_nonempty(Block *b)
{
    while (b && b->count == 0)
        b = b->next;
    return b;
}

static bool is_setup(const Instr *i)
{
    return opcode_is_block_setup(i->op);
}

/* ---- 1. jump threading ---------------------------------------------------------- */

static void thread_jumps(Cfg *g)
{
    for (Block *b = g->all; b; b = b->all_next) {
        for (int k = 0; k < b->count; k++) {
            Instr *i = &b->instrs[k];
            if (!instr_is_jump(i))
                continue;
            Block *target = first_nonempty(i->target);
            /* a chain of unconditional jumps: go to its end (the limit
             * stops an endless loop such as `while 1: pass`) */
            for (int hops = 0; target && !is_setup(i) && hops < 64; hops++) {
                Instr *first = &target->instrs[0];
                if (first->op != OP_JUMP)
                    break;
                Block *next = first_nonempty(first->target);
                if (!next || next == target)
                    break;
                target = next;
            }
            if (target)
                i->target = target;
        }
    }
}

/* ---- 2. reachability --------------------------------------------------------------- */

static void mark_reachable(Cfg *g)
{
    for (Block *b = g->all; b; b = b->all_next) {
        b->reachable = false;
        b->predecessors = 0;
    }
    int cap = 64, n = 0;
    Block **stack = xmalloc(sizeof *stack * (size_t)cap);
    g->entry->reachable = true;
    g->entry->predecessors = 1;
    stack[n++] = g->entry;
    while (n) {
        Block *b = stack[--n];
        /* successors: SETUP_* handlers and jump targets, and the next
         * block if control falls through */
        for (int k = 0; k <= b->count; k++) {
            Block *t;
            if (k < b->count)
                t = instr_is_jump(&b->instrs[k]) ? b->instrs[k].target : NULL;
            else
                t = block_falls_through(b) ? b->next : NULL;
            if (!t)
                continue;
            t->predecessors++;
            if (!t->reachable) {
                t->reachable = true;
                if (n == cap)
                    stack = xrealloc(stack, sizeof *stack * (size_t)(cap *= 2));
                stack[n++] = t;
            }
        }
    }
    free(stack);
}

static void drop_unreachable(Cfg *g)
{
    for (Block *b = g->all; b; b = b->all_next)
        if (!b->reachable)
            b->count = 0;
}

/* ---- 3, 4. jumps to the next instruction, NOPs ---------------------------------------------- */

static void remove_jumps_to_next(Cfg *g)
{
    for (Block *b = g->entry; b; b = b->next) {
        Instr *last = block_last(b);
        if (last && last->op == OP_JUMP && first_nonempty(b->next) == first_nonempty(last->target)) {
            last->op = OP_NOP;
            last->target = NULL;
        }
    }
}

static bool same_line(const Instr *a, const Instr *b)
{
    return a->loc.line == b->loc.line;
}

/* A NOP goes unless it is the only instruction of its line. */
static void remove_nops(Cfg *g)
{
    for (Block *b = g->entry; b; b = b->next) {
        int kept = 0;
        for (int k = 0; k < b->count; k++) {
            Instr *i = &b->instrs[k];
            bool drop = false;
            if (i->op == OP_NOP) {
                if (i->loc.line < 0)
                    drop = true;
                else if (kept > 0 && same_line(&b->instrs[kept - 1], i))
                    drop = true;
                else if (k + 1 < b->count) {
                    Instr *next = &b->instrs[k + 1];
                    if (next->loc.line < 0)
                        next->loc = i->loc;
                    drop = same_line(next, i);
                } else {
                    Block *following = first_nonempty(b->next);
                    drop = following && same_line(&following->instrs[0], i);
                }
            }
            if (!drop)
                b->instrs[kept++] = *i;
        }
        b->count = kept;
    }
}

/* ---- 5. positions for instructions without one ------------------------------------------------- */

static void propagate_locations(Cfg *g)
{
    for (Block *b = g->entry; b; b = b->next) {
        if (b->count == 0)
            continue;
        for (int k = 1; k < b->count; k++)
            if (b->instrs[k].loc.line < 0)
                b->instrs[k].loc = b->instrs[k - 1].loc;
        Instr *last = &b->instrs[b->count - 1];
        Block *next = first_nonempty(b->next);
        if (block_falls_through(b) && next && next->predecessors == 1 && next->instrs[0].loc.line < 0)
            next->instrs[0].loc = last->loc;
        if (instr_is_jump(last) && !is_setup(last)) {
            Block *t = first_nonempty(last->target);
            if (t && t->predecessors == 1 && t->instrs[0].loc.line < 0)
                t->instrs[0].loc = last->loc;
        }
    }
}

/* ---- 6. stack depth ----------------------------------------------------------------------------- */

typedef struct DepthWork {
    Block **stack;
    int n, cap;
    bool consistent;
} DepthWork;

static void reach_depth(DepthWork *w, Block *b, int depth)
{
    if (b->depth >= 0) {
        if (b->depth != depth)
            w->consistent = false;
        return;
    }
    b->depth = depth;
    if (w->n == w->cap)
        w->stack = xrealloc(w->stack, sizeof *w->stack * (size_t)(w->cap = w->cap ? w->cap * 2 : 64));
    w->stack[w->n++] = b;
}

static int effect(const Instr *i, bool jump)
{
    return i->op == OP_JUMP ? 0 : opcode_stack_effect(i->op, i->arg, jump);
}

static int compute_stack_depth(Cfg *g, bool *consistent)
{
    for (Block *b = g->all; b; b = b->all_next)
        b->depth = -1;
    DepthWork w = { .consistent = true };
    /* a generator starts with the value that started it on the stack (GEN_START pops it) */
    Block *first = first_nonempty(g->entry);
    int entry_depth = first && first->instrs[0].op == OP_GEN_START ? 1 : 0;
    int max = entry_depth;
    reach_depth(&w, g->entry, entry_depth);
    while (w.n) {
        Block *b = w.stack[--w.n];
        int depth = b->depth;
        bool falls = true;
        for (int k = 0; k < b->count && falls; k++) {
            Instr *i = &b->instrs[k];
            if (instr_is_jump(i)) {
                int target_depth = depth + effect(i, true);
                if (target_depth < 0)
                    w.consistent = false;
                if (target_depth > max)
                    max = target_depth;
                reach_depth(&w, i->target, target_depth);
            }
            depth += effect(i, false);
            if (depth < 0)
                w.consistent = false;
            if (depth > max)
                max = depth;
            if (instr_is_terminal(i))
                falls = false;
        }
        if (falls && b->next)
            reach_depth(&w, b->next, depth);
        else if (falls)
            w.consistent = false;       /* falls off the end of the code */
    }
    free(w.stack);
    *consistent = w.consistent;
    return max;
}

/* ---- 7. layout and bytes --------------------------------------------------------------------------- */

static int extended_args_needed(unsigned arg)
{
    return arg > 0xFFFFFF ? 3 : arg > 0xFFFF ? 2 : arg > 0xFF ? 1 : 0;
}

static int instr_size(const Instr *i)
{
    return 1 + extended_args_needed((unsigned)i->arg);
}

/* Resolves jump arguments to block offsets; returns the code size. */
static int layout(Cfg *g)
{
    for (;;) {
        int offset = 0;
        for (Block *b = g->entry; b; b = b->next) {
            b->offset = offset;
            for (int k = 0; k < b->count; k++)
                offset += instr_size(&b->instrs[k]);
        }
        bool changed = false;
        for (Block *b = g->entry; b; b = b->next) {
            int at = b->offset;
            for (int k = 0; k < b->count; k++) {
                Instr *i = &b->instrs[k];
                int size = instr_size(i);
                if (instr_is_jump(i)) {
                    int old = size;
                    i->arg = i->target->offset;
                    if (i->op == OP_JUMP || i->op == OP_JUMP_FORWARD || i->op == OP_JUMP_ABSOLUTE)
                        i->op = i->arg > at ? OP_JUMP_FORWARD : OP_JUMP_ABSOLUTE;
                    if (instr_size(i) != old)
                        changed = true;
                }
                at += size;
            }
        }
        if (!changed)
            return offset;
    }
}

typedef struct LineWriter {
    LineRun *runs;
    int n, cap;
} LineWriter;

static bool same_location(const LineRun *r, Location loc)
{
    return r->line == loc.line && r->end_line == loc.end_line && r->col == loc.col && r->end_col == loc.end_col;
}

static void add_units(LineWriter *lw, Arena *arena, Location loc, int units)
{
    if (lw->n && same_location(&lw->runs[lw->n - 1], loc)) {
        lw->runs[lw->n - 1].count += units;
        return;
    }
    if (lw->n == lw->cap) {
        int cap = lw->cap ? lw->cap * 2 : 16;
        LineRun *grown = arena_alloc(arena, sizeof *grown * (size_t)cap);
        if (lw->n)
            memcpy(grown, lw->runs, sizeof *grown * (size_t)lw->n);
        lw->runs = grown;
        lw->cap = cap;
    }
    LineRun *r = &lw->runs[lw->n++];
    r->count = units;
    r->line = loc.line;
    r->end_line = loc.end_line;
    r->col = loc.col;
    r->end_col = loc.end_col;
}

static void write_code(Cfg *g, CodeObject *code, Arena *arena, int units)
{
    uint8_t *bytes = arena_alloc(arena, (size_t)units * 2 + 2);
    LineWriter lw = { 0 };
    int at = 0;
    for (Block *b = g->entry; b; b = b->next) {
        for (int k = 0; k < b->count; k++) {
            Instr *i = &b->instrs[k];
            unsigned arg = (unsigned)i->arg;
            int prefixes = extended_args_needed(arg);
            for (int shift = prefixes * 8; shift > 0; shift -= 8) {
                bytes[at * 2] = OP_EXTENDED_ARG;
                bytes[at * 2 + 1] = (uint8_t)(arg >> shift);
                at++;
            }
            bytes[at * 2] = (uint8_t)i->op;
            bytes[at * 2 + 1] = (uint8_t)arg;
            at++;
            Location loc = i->loc;
            if (loc.line < 0)
                loc = NO_LOCATION;
            add_units(&lw, arena, loc, prefixes + 1);
        }
    }
    code->code = bytes;
    code->ncodeunits = units;
    code->linetable = lw.runs;
    code->nruns = lw.n;
}

bool assemble(Cfg *g, CodeObject *code, Arena *arena)
{
    thread_jumps(g);
    mark_reachable(g);
    drop_unreachable(g);
    remove_jumps_to_next(g);
    remove_nops(g);
    mark_reachable(g);      /* predecessor counts for the propagation */
    propagate_locations(g);
    bool consistent;
    code->stacksize = compute_stack_depth(g, &consistent);
    if (!consistent)
        return false;
    int units = layout(g);
    write_code(g, code, arena, units);
    return true;
}

/* cfg.c - basic blocks (see cfg.h). */
#include "cfg.h"

#include "code.h"

#include <string.h>

const Location NO_LOCATION = { POSITION_NONE, POSITION_NONE, POSITION_NONE, POSITION_NONE };

void cfg_init(Cfg *g, Arena *arena)
{
    memset(g, 0, sizeof *g);
    g->arena = arena;
    g->entry = g->current = cfg_new_block(g);
}

Block *cfg_new_block(Cfg *g)
{
    Block *b = arena_alloc(g->arena, sizeof *b);
    b->depth = -1;
    b->all_next = g->all;
    g->all = b;
    return b;
}

void cfg_use_next_block(Cfg *g, Block *b)
{
    b->next = g->current->next;
    g->current->next = b;
    g->current = b;
}

Instr *cfg_append(Cfg *g, int op, int arg, Block *target, Location loc)
{
    /* nothing follows a return, raise or jump in its block: what comes
     * after it starts a new block, unreachable unless a jump targets it */
    Block *b = g->current;
    if (b->count && instr_is_terminal(&b->instrs[b->count - 1])) {
        cfg_use_next_block(g, cfg_new_block(g));
        b = g->current;
    }
    if (b->count == b->cap) {
        int cap = b->cap ? b->cap * 2 : 8;
        Instr *grown = arena_alloc(g->arena, sizeof *grown * (size_t)cap);
        if (b->count)
            memcpy(grown, b->instrs, sizeof *grown * (size_t)b->count);
        b->instrs = grown;
        b->cap = cap;
    }
    Instr *i = &b->instrs[b->count++];
    i->op = op;
    i->arg = arg;
    i->target = target;
    i->loc = loc;
    return i;
}

Instr *block_last(Block *b)
{
    return b->count ? &b->instrs[b->count - 1] : NULL;
}

bool instr_is_jump(const Instr *i)
{
    return i->target != NULL;
}

bool instr_is_terminal(const Instr *i)
{
    return i->op == OP_JUMP || opcode_is_terminal(i->op);
}

bool block_falls_through(const Block *b)
{
    return b->count == 0 || !instr_is_terminal(&b->instrs[b->count - 1]);
}

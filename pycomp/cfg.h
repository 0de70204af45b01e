/* cfg.h - instructions in basic blocks: the compiler's working form of code.
 *
 * The code generator appends instructions to the current block; a jump
 * names its target block, not an address.  Addresses exist only once the
 * assembler (assemble.h) has removed dead code, threaded jumps, computed the
 * stack depth and laid the blocks out.
 *
 * Blocks are kept in two lists: `next` is the layout order (the block an
 * instruction falls through to), `all_next` every block ever made. */
#ifndef PYCOMP_CFG_H
#define PYCOMP_CFG_H

#include "arena.h"
#include "bytecode.h"

#include <stdbool.h>

/* A jump whose direction the assembler decides: JUMP_FORWARD or
 * JUMP_ABSOLUTE.  Outside the opcode range on purpose. */
enum { OP_JUMP = 256 };

/* A source range (formats.md §6); line == POSITION_NONE (-1): unknown. */
typedef struct Location {
    int line, end_line, col, end_col;
} Location;

extern const Location NO_LOCATION;

typedef struct Block Block;

typedef struct Instr {
    int op;
    int arg;
    Block *target;      /* jumps and SETUP_*: the target (or handler) block */
    Location loc;
} Instr;

struct Block {
    Instr *instrs;
    int count, cap;
    Block *next;        /* layout order */
    Block *all_next;    /* every block of the unit */
    /* for the assembler */
    int offset;         /* start, in code units */
    int depth;          /* value-stack depth on entry; -1 before it is known */
    int predecessors;
    bool reachable;
};

typedef struct Cfg {
    Arena *arena;
    Block *all;         /* the all_next list */
    Block *entry;
    Block *current;
} Cfg;

void cfg_init(Cfg *g, Arena *arena);
Block *cfg_new_block(Cfg *g);
/* Makes b current, placing it after the current block in the layout. */
void cfg_use_next_block(Cfg *g, Block *b);
Instr *cfg_append(Cfg *g, int op, int arg, Block *target, Location loc);

/* The last instruction of b, or NULL if it is empty. */
Instr *block_last(Block *b);
/* True if control can go from the end of b to b->next. */
bool block_falls_through(const Block *b);

bool instr_is_jump(const Instr *i);     /* has a target: jumps and SETUP_* */
bool instr_is_terminal(const Instr *i);  /* never falls through */

#endif

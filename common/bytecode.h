/* bytecode.h - the instruction set, from schema/opcodes.def.
 *
 * Code is wordcode: each instruction is two bytes, the opcode and an 8-bit
 * argument; EXTENDED_ARG prefixes supply higher argument bits. */
#ifndef COMMON_BYTECODE_H
#define COMMON_BYTECODE_H

#include <stdbool.h>

/* Used by the stack-effect expressions of schema/opcodes.def: the number of
 * bits set among oparg's four low bits (MAKE_FUNCTION's flags). */
static inline int flag_count(int oparg)
{
    return (oparg & 1) + (oparg >> 1 & 1) + (oparg >> 2 & 1) + (oparg >> 3 & 1);
}

typedef enum Opcode {
#define OPCODE(name, number, kind, effect, jump_effect, doc) OP_##name = number,
#include "schema/opcodes.def"
#undef OPCODE
    OP_COUNT = 256
} Opcode;

/* What an instruction's argument means. */
typedef enum ArgKind {
    ARG_NONE,       /* no argument (it must be 0) */
    ARG_CONST,      /* index into co_consts */
    ARG_NAME,       /* index into co_names */
    ARG_LOCAL,      /* index into co_varnames */
    ARG_DEREF,      /* index into co_cellvars, then co_freevars */
    ARG_JUMP,       /* absolute jump target, in code units (byte offset / 2) */
    ARG_COUNT,      /* a number of items */
    ARG_COMPARE,    /* a comparison: index into compare_op_names */
    ARG_FLAGS,      /* bits whose meaning the opcode defines */
} ArgKind;

/* The comparison operators of COMPARE_OP, in argument order. */
extern const char *const compare_op_names[6];

/* "LOAD_CONST"; NULL for an unused number. */
const char *opcode_name(int op);
/* The argument kind; ARG_NONE for unused numbers. */
ArgKind opcode_arg_kind(int op);
/* The one-line meaning from the table. */
const char *opcode_meaning(int op);
/* True for a number the table defines. */
bool opcode_exists(int op);
/* The stack effect of op with argument oparg, when it falls through
 * (jump = false) or jumps (jump = true). */
int opcode_stack_effect(int op, int oparg, bool jump);
/* True if the instruction may jump (its argument is ARG_JUMP). */
bool opcode_has_jump(int op);

/* ---- control flow: what the table's columns do not say ----------------- */
/* Never goes on to the next instruction: RETURN_VALUE, RAISE_VARARGS,
 * RERAISE, JUMP_FORWARD, JUMP_ABSOLUTE. */
bool opcode_is_terminal(int op);
/* Always jumps (JUMP_FORWARD, JUMP_ABSOLUTE). */
bool opcode_is_unconditional_jump(int op);
/* Pushes a block whose handler is the jump target (SETUP_FINALLY,
 * SETUP_WITH, SETUP_ASYNC_WITH): its "jump" is the arrival of an
 * exception, not a jump the instruction itself makes. */
bool opcode_is_block_setup(int op);

/* ---- for the reference page (docs/bytecode.md) ---------------------------- */
/* "CONST", "JUMP", ...: the argument kind as the table spells it. */
const char *arg_kind_name(ArgKind kind);
/* The stack-effect expression as written in the table ("1 - oparg"). */
const char *opcode_effect_text(int op, bool jump);

/* Highest opcode number a code file may use; 200-255 are pyrun's own. */
enum { OPCODE_MAX_IN_FILES = 199 };

#endif

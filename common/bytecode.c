/* bytecode.c - the opcode tables, derived from schema/opcodes.def. */
#include "bytecode.h"

#include <stddef.h>

const char *const compare_op_names[6] = { "<", "<=", "==", "!=", ">", ">=" };

static const char *const names[OP_COUNT] = {
#define OPCODE(name, number, kind, effect, jump_effect, doc) [number] = #name,
#include "schema/opcodes.def"
#undef OPCODE
};

static const unsigned char arg_kinds[OP_COUNT] = {
#define OPCODE(name, number, kind, effect, jump_effect, doc) [number] = ARG_##kind,
#include "schema/opcodes.def"
#undef OPCODE
};

static const char *const effect_texts[OP_COUNT][2] = {
#define OPCODE(name, number, kind, effect, jump_effect, doc) [number] = { #effect, #jump_effect },
#include "schema/opcodes.def"
#undef OPCODE
};

static const char *const meanings[OP_COUNT] = {
#define OPCODE(name, number, kind, effect, jump_effect, doc) [number] = doc,
#include "schema/opcodes.def"
#undef OPCODE
};

const char *opcode_name(int op)
{
    return op >= 0 && op < OP_COUNT ? names[op] : NULL;
}

bool opcode_exists(int op)
{
    return opcode_name(op) != NULL;
}

ArgKind opcode_arg_kind(int op)
{
    return op >= 0 && op < OP_COUNT ? (ArgKind)arg_kinds[op] : ARG_NONE;
}

const char *opcode_meaning(int op)
{
    return op >= 0 && op < OP_COUNT ? meanings[op] : NULL;
}

bool opcode_has_jump(int op)
{
    return opcode_arg_kind(op) == ARG_JUMP;
}

int opcode_stack_effect(int op, int oparg, bool jump)
{
    switch (op) {
#define OPCODE(name, number, kind, effect, jump_effect, doc) \
    case number:                                             \
        return jump ? (jump_effect) : (effect);
#include "schema/opcodes.def"
#undef OPCODE
    default:
        return 0;
    }
}

bool opcode_is_unconditional_jump(int op)
{
    return op == OP_JUMP_FORWARD || op == OP_JUMP_ABSOLUTE;
}

bool opcode_is_terminal(int op)
{
    return opcode_is_unconditional_jump(op) || op == OP_RETURN_VALUE ||
           op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

bool opcode_is_block_setup(int op)
{
    return op == OP_SETUP_FINALLY || op == OP_SETUP_WITH || op == OP_SETUP_ASYNC_WITH;
}

const char *arg_kind_name(ArgKind kind)
{
    static const char *const kind_names[] = {
        "NONE", "CONST", "NAME", "LOCAL", "DEREF", "JUMP", "COUNT", "COMPARE", "FLAGS",
    };
    return (unsigned)kind < sizeof kind_names / sizeof kind_names[0] ? kind_names[kind] : "?";
}

const char *opcode_effect_text(int op, bool jump)
{
    return op >= 0 && op < OP_COUNT && names[op] ? effect_texts[op][jump] : NULL;
}

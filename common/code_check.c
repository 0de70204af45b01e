/* code_check.c - the code verifier (see code_check.h).
 *
 * Two passes.  The first decodes every instruction and checks what can be
 * checked alone: opcodes, EXTENDED_ARG prefixes, operand bounds.  The second
 * follows every path from the entry (an abstract interpretation), carrying
 * the value-stack depth and the block stack, and requires every path to
 * agree at every instruction it reaches.
 *
 * The block stack is kept as a chain of interned nodes: a node is a block
 * (SETUP_FINALLY, EXCEPT_HANDLER) or a pending method call (the two slots
 * LOAD_METHOD filled), with its parent, so that a whole stack is one node
 * number and two paths agree when their numbers are equal. */
#include "code_check.h"

#include "bytecode.h"
#include "xalloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    CO_OPTIMIZED = 0x1,
    CO_VARARGS = 0x4,
    CO_VARKEYWORDS = 0x8,
    CO_GENERATOR = 0x20,
    CO_COROUTINE = 0x80,
    CO_ASYNC_GENERATOR = 0x200,
    GENERATOR_FLAGS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR,
};

typedef enum NodeKind { NODE_ROOT, NODE_SETUP, NODE_HANDLER, NODE_METHOD } NodeKind;

typedef struct Node {
    int parent;
    NodeKind kind;
    int level;          /* SETUP, HANDLER: the stack level; METHOD: the first slot */
    int handler;        /* SETUP: the handler's code unit */
    int nblocks;        /* SETUP and HANDLER nodes in the chain */
} Node;

typedef struct Checker {
    const CodeCheckInput *in;
    int units;                  /* code units */
    uint8_t *op;                /* per unit: the opcode of the instruction starting there */
    unsigned *arg;              /* per unit: its full argument */
    int *next;                  /* per unit: the unit after the instruction, or -1 if none starts here */
    int *depth, *chain;         /* per unit: the state that reaches it (-1: none yet) */
    int *work;
    int nwork;
    Node *nodes;
    int nnodes, nodes_cap;
    int *node_slots;            /* hash of nodes: index + 1 */
    size_t nslots;
    char *error;
    size_t error_size;
    bool failed;
} Checker;

static bool fail(Checker *k, int unit, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static bool fail(Checker *k, int unit, const char *fmt, ...)
{
    if (k->failed)
        return false;
    k->failed = true;
    char reason[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(reason, sizeof reason, fmt, ap);
    va_end(ap);
    if (unit >= 0)
        snprintf(k->error, k->error_size, "offset %d: %s", unit * 2, reason);
    else
        snprintf(k->error, k->error_size, "%s", reason);
    return false;
}

/* ---- the block-stack nodes ------------------------------------------------------ */

static size_t node_hash(int parent, NodeKind kind, int level, int handler)
{
    size_t h = (size_t)parent * 0x9E3779B97F4A7C15ULL;
    h ^= ((size_t)kind << 56) ^ ((size_t)(unsigned)level * 0x100000001B3ULL) ^ (size_t)(unsigned)handler;
    return h ^ (h >> 29);
}

static int node_find_slot(Checker *k, int parent, NodeKind kind, int level, int handler)
{
    size_t i = node_hash(parent, kind, level, handler) & (k->nslots - 1);
    while (k->node_slots[i]) {
        Node *n = &k->nodes[k->node_slots[i] - 1];
        if (n->parent == parent && n->kind == kind && n->level == level && n->handler == handler)
            break;
        i = (i + 1) & (k->nslots - 1);
    }
    return (int)i;
}

static int intern_node(Checker *k, int parent, NodeKind kind, int level, int handler)
{
    if ((size_t)(k->nnodes + 1) * 2 > k->nslots) {
        free(k->node_slots);
        k->nslots = k->nslots ? k->nslots * 2 : 64;
        k->node_slots = xcalloc(k->nslots, sizeof *k->node_slots);
        for (int i = 0; i < k->nnodes; i++) {
            Node *n = &k->nodes[i];
            k->node_slots[node_find_slot(k, n->parent, n->kind, n->level, n->handler)] = i + 1;
        }
    }
    int slot = node_find_slot(k, parent, kind, level, handler);
    if (k->node_slots[slot])
        return k->node_slots[slot] - 1;
    if (k->nnodes == k->nodes_cap) {
        k->nodes_cap = k->nodes_cap ? k->nodes_cap * 2 : 32;
        k->nodes = xrealloc(k->nodes, sizeof *k->nodes * (size_t)k->nodes_cap);
    }
    Node *n = &k->nodes[k->nnodes];
    n->parent = parent;
    n->kind = kind;
    n->level = level;
    n->handler = handler;
    n->nblocks = (parent >= 0 ? k->nodes[parent].nblocks : 0) + (kind == NODE_SETUP || kind == NODE_HANDLER);
    k->node_slots[slot] = k->nnodes + 1;
    return k->nnodes++;
}

/* The lowest depth an instruction may pop down to under node n. */
static int min_depth(const Node *n)
{
    switch (n->kind) {
    case NODE_SETUP: return n->level;
    case NODE_HANDLER: return n->level + 1;        /* the previous exception */
    case NODE_METHOD: return n->level + 2;         /* the method and self slots */
    default: return 0;
    }
}

/* ---- pass 1: the instructions ------------------------------------------------------ */

static bool in_bounds(Checker *k, int unit, int op, unsigned arg)
{
    const CodeCheckInput *in = k->in;
    switch (opcode_arg_kind(op)) {
    case ARG_NONE:
        return arg == 0 || fail(k, unit, "%s takes no argument, got %u", opcode_name(op), arg);
    case ARG_CONST:
        return arg < (unsigned)in->nconsts || fail(k, unit, "constant %u out of range (co_consts has %d)", arg, in->nconsts);
    case ARG_NAME:
        return arg < (unsigned)in->nnames || fail(k, unit, "name %u out of range (co_names has %d)", arg, in->nnames);
    case ARG_LOCAL:
        return arg < (unsigned)in->nvarnames ||
               fail(k, unit, "local variable %u out of range (co_varnames has %d)", arg, in->nvarnames);
    case ARG_DEREF:
        return arg < (unsigned)(in->ncellvars + in->nfreevars) ||
               fail(k, unit, "cell %u out of range (%d cell and free variables)", arg, in->ncellvars + in->nfreevars);
    case ARG_JUMP:
        return arg < (unsigned)k->units || fail(k, unit, "jump target %u is outside the code", arg * 2);
    case ARG_COMPARE:
        return arg < 6 || fail(k, unit, "comparison %u out of range", arg);
    default:
        break;
    }
    if (op == OP_BUILD_SLICE && arg != 2 && arg != 3)
        return fail(k, unit, "BUILD_SLICE takes 2 or 3, got %u", arg);
    if (op == OP_RAISE_VARARGS && arg > 2)
        return fail(k, unit, "RAISE_VARARGS takes 0, 1 or 2, got %u", arg);
    if (op == OP_GEN_START && arg > 2)
        return fail(k, unit, "GEN_START takes 0, 1 or 2, got %u", arg);
    if (op == OP_GET_AWAITABLE && arg > 2)
        return fail(k, unit, "GET_AWAITABLE takes 0, 1 or 2, got %u", arg);
    if (op == OP_MAKE_FUNCTION && arg > 15)
        return fail(k, unit, "MAKE_FUNCTION flags %u out of range", arg);
    if ((op == OP_LIST_APPEND || op == OP_SET_ADD || op == OP_MAP_ADD || op == OP_LIST_EXTEND ||
         op == OP_SET_UPDATE || op == OP_DICT_UPDATE || op == OP_DICT_MERGE) && arg == 0)
        return fail(k, unit, "%s needs a container at least 1 deep", opcode_name(op));
    return true;
}

static bool decode(Checker *k)
{
    const uint8_t *code = k->in->code;
    int prefixes = 0, start = 0;
    unsigned extended = 0;
    for (int u = 0; u < k->units; u++) {
        int op = code[2 * u];
        unsigned arg = code[2 * u + 1] | extended;
        k->next[u] = -1;
        if (!opcode_exists(op) || op > OPCODE_MAX_IN_FILES)
            return fail(k, u, "unknown opcode %d", op);
        if (prefixes == 0)
            start = u;
        if (op == OP_EXTENDED_ARG) {
            if (++prefixes > 3)
                return fail(k, u, "more than 3 EXTENDED_ARG prefixes");
            extended = arg << 8;
            continue;
        }
        if (prefixes && opcode_arg_kind(op) == ARG_NONE)
            return fail(k, start, "EXTENDED_ARG before %s, which takes no argument", opcode_name(op));
        if (!in_bounds(k, start, op, arg))
            return false;
        k->op[start] = (uint8_t)op;
        k->arg[start] = arg;
        k->next[start] = u + 1;
        prefixes = 0;
        extended = 0;
    }
    if (prefixes)
        return fail(k, start, "EXTENDED_ARG at the end of the code");
    return true;
}

/* ---- pass 2: every path ------------------------------------------------------------ */

/* How deep the instruction reads into the stack, and how many values it
 * removes before pushing its results (for the block-level rule: reading
 * below a block's level is harmless, popping is not). */
static void stack_use(int op, int arg, int *reads, int *pops)
{
    int r = 0, p = -1;      /* p = -1: pops everything it reads */
    switch (op) {
    case OP_POP_TOP: case OP_UNARY_POSITIVE: case OP_UNARY_NEGATIVE: case OP_UNARY_NOT:
    case OP_UNARY_INVERT: case OP_STORE_NAME: case OP_STORE_GLOBAL: case OP_STORE_FAST:
    case OP_STORE_DEREF: case OP_LOAD_ATTR: case OP_DELETE_ATTR: case OP_LOAD_METHOD:
    case OP_LIST_TO_TUPLE: case OP_UNPACK_SEQUENCE: case OP_UNPACK_EX: case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE: case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
    case OP_GET_ITER: case OP_RETURN_VALUE: case OP_POP_EXCEPT: case OP_RERAISE: case OP_SETUP_WITH:
    case OP_GEN_START: case OP_YIELD_VALUE: case OP_GET_YIELD_FROM_ITER: case OP_GET_AWAITABLE:
    case OP_GET_AITER: case OP_BEFORE_ASYNC_WITH: case OP_SETUP_ASYNC_WITH: case OP_IMPORT_STAR:
    case OP_PRINT_EXPR:
        r = 1; break;
    case OP_DUP_TOP: case OP_FOR_ITER: case OP_GET_LEN: case OP_MATCH_MAPPING: case OP_MATCH_SEQUENCE:
    case OP_IMPORT_FROM: case OP_GET_ANEXT:
        r = 1; p = 0; break;
    case OP_ROT_TWO: case OP_DUP_TOP_TWO: r = 2; p = 0; break;
    case OP_ROT_THREE: r = 3; p = 0; break;
    case OP_ROT_FOUR: r = 4; p = 0; break;
    case OP_ROT_N: r = arg; p = 0; break;
    case OP_BINARY_MATRIX_MULTIPLY: case OP_INPLACE_MATRIX_MULTIPLY: case OP_BINARY_POWER:
    case OP_BINARY_MULTIPLY: case OP_BINARY_MODULO: case OP_BINARY_ADD: case OP_BINARY_SUBTRACT:
    case OP_BINARY_SUBSCR: case OP_BINARY_FLOOR_DIVIDE: case OP_BINARY_TRUE_DIVIDE:
    case OP_INPLACE_FLOOR_DIVIDE: case OP_INPLACE_TRUE_DIVIDE: case OP_INPLACE_ADD:
    case OP_INPLACE_SUBTRACT: case OP_INPLACE_MULTIPLY: case OP_INPLACE_MODULO: case OP_BINARY_LSHIFT:
    case OP_BINARY_RSHIFT: case OP_BINARY_AND: case OP_BINARY_XOR: case OP_BINARY_OR:
    case OP_INPLACE_POWER: case OP_INPLACE_LSHIFT: case OP_INPLACE_RSHIFT: case OP_INPLACE_AND:
    case OP_INPLACE_XOR: case OP_INPLACE_OR: case OP_DELETE_SUBSCR: case OP_COMPARE_OP: case OP_IS_OP:
    case OP_CONTAINS_OP: case OP_STORE_ATTR: case OP_JUMP_IF_NOT_EXC_MATCH: case OP_YIELD_FROM:
    case OP_IMPORT_NAME: case OP_CHECK_EG_MATCH: case OP_PREP_RERAISE_STAR:
        r = 2; break;
    case OP_MATCH_KEYS: r = 2; p = 0; break;
    case OP_COPY_DICT_WITHOUT_KEYS: r = 2; p = 1; break;
    case OP_STORE_SUBSCR: case OP_MATCH_CLASS: case OP_END_ASYNC_FOR: r = 3; break;
    case OP_WITH_EXCEPT_START: r = 3; p = 0; break;
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_STRING:
    case OP_BUILD_SLICE: case OP_RAISE_VARARGS:
        r = arg; break;
    case OP_BUILD_MAP: r = 2 * arg; break;
    case OP_BUILD_CONST_KEY_MAP: r = arg + 1; break;
    case OP_LIST_APPEND: case OP_SET_ADD: case OP_LIST_EXTEND: case OP_SET_UPDATE: case OP_DICT_UPDATE:
        r = arg + 1; p = 1; break;
    case OP_MAP_ADD: r = arg + 2; p = 2; break;
    case OP_DICT_MERGE: r = arg + 3; p = 1; break;     /* the callable, for the error message */
    case OP_FORMAT_VALUE: r = (arg & 4) ? 2 : 1; break;
    case OP_MAKE_FUNCTION: r = flag_count(arg) + 1; break;
    case OP_CALL_FUNCTION: r = arg + 1; break;
    case OP_CALL_FUNCTION_KW: r = arg + 2; break;
    case OP_CALL_FUNCTION_EX: r = 2 + (arg & 1); break;
    case OP_CALL_METHOD: r = arg + 2; break;
    case OP_CALL_METHOD_KW: r = arg + 3; break;
    default: r = 0; break;
    }
    *reads = r;
    *pops = p < 0 ? r : p;
}

static bool reach(Checker *k, int from, int unit, int depth, int chain)
{
    if (unit >= k->units)
        return fail(k, from, "control runs off the end of the code");
    if (k->next[unit] < 0)
        return fail(k, from, "jump into the middle of an instruction (offset %d)", unit * 2);
    if (depth > k->in->stacksize)
        return fail(k, from, "the stack grows to %d, above co_stacksize %d", depth, k->in->stacksize);
    if (k->depth[unit] < 0) {
        k->depth[unit] = depth;
        k->chain[unit] = chain;
        k->work[k->nwork++] = unit;
        return true;
    }
    if (k->depth[unit] != depth)
        return fail(k, from, "paths reach offset %d with stack depths %d and %d", unit * 2, k->depth[unit], depth);
    if (k->chain[unit] != chain)
        return fail(k, from, "paths reach offset %d with different block stacks", unit * 2);
    return true;
}

static bool is_generator(const Checker *k)
{
    return (k->in->flags & GENERATOR_FLAGS) != 0;
}

/* Instructions allowed only in some kinds of code. */
static bool check_placement(Checker *k, int u, int op, unsigned arg)
{
    bool optimized = (k->in->flags & CO_OPTIMIZED) != 0;
    switch (op) {
    case OP_GEN_START: {
        int flags = k->in->flags;
        unsigned kind = (flags & CO_COROUTINE) ? 1 : (flags & CO_ASYNC_GENERATOR) ? 2 : 0;
        if (u != 0 || !is_generator(k))
            return fail(k, u, "GEN_START is only the first instruction of a generator");
        if (arg != kind)
            return fail(k, u, "GEN_START %u does not match the code flags", arg);
        return true;
    }
    case OP_YIELD_VALUE:
    case OP_YIELD_FROM:
        return is_generator(k) || fail(k, u, "%s outside a generator or coroutine", opcode_name(op));
    case OP_LOAD_NAME: case OP_STORE_NAME: case OP_DELETE_NAME: case OP_LOAD_CLASSDEREF:
    case OP_IMPORT_STAR: case OP_SETUP_ANNOTATIONS:
        return !optimized || fail(k, u, "%s in code without a locals mapping (CO_OPTIMIZED)", opcode_name(op));
    default:
        return true;
    }
}

/* The block-stack instructions: the state after them, or false. */
static bool block_effect(Checker *k, int u, int op, int depth, int chain, int *after_depth, int *after_chain)
{
    const Node *top = &k->nodes[chain];
    switch (op) {
    case OP_POP_BLOCK:
        if (top->kind != NODE_SETUP)
            return fail(k, u, "POP_BLOCK with no SETUP_FINALLY block on top");
        *after_depth = depth;
        *after_chain = top->parent;
        return true;
    case OP_POP_EXCEPT:
        if (top->kind != NODE_HANDLER)
            return fail(k, u, "POP_EXCEPT outside an exception handler");
        if (depth < top->level + 1)
            return fail(k, u, "POP_EXCEPT below the handler's level");
        *after_depth = depth - 1;
        *after_chain = top->parent;
        return true;
    case OP_END_ASYNC_FOR:
        if (top->kind != NODE_HANDLER || depth != top->level + 2 || top->level < 1)
            return fail(k, u, "END_ASYNC_FOR needs [aiter, previous, exception] in a handler");
        *after_depth = depth - 3;
        *after_chain = top->parent;
        return true;
    case OP_CALL_METHOD:
    case OP_CALL_METHOD_KW: {
        int reads, pops;
        stack_use(op, (int)k->arg[u], &reads, &pops);
        if (top->kind != NODE_METHOD || depth - pops != top->level)
            return fail(k, u, "%s does not consume the slots of a LOAD_METHOD", opcode_name(op));
        *after_depth = depth + opcode_stack_effect(op, (int)k->arg[u], false);
        *after_chain = top->parent;
        return true;
    }
    default:
        return false;
    }
}

static bool is_block_op(int op)
{
    return op == OP_POP_BLOCK || op == OP_POP_EXCEPT || op == OP_END_ASYNC_FOR || op == OP_CALL_METHOD ||
           op == OP_CALL_METHOD_KW;
}

/* A SETUP_* instruction: the fall-through state, and the handler's. */
static bool setup_block(Checker *k, int u, int op, int depth, int chain, int *after_depth, int *after_chain)
{
    int level = op == OP_SETUP_ASYNC_WITH ? depth - 1 : depth;
    int handler = (int)k->arg[u];
    if (k->nodes[chain].nblocks + 1 > CODE_MAX_BLOCKS)
        return fail(k, u, "more than %d nested blocks", CODE_MAX_BLOCKS);
    int handler_chain = intern_node(k, chain, NODE_HANDLER, level, -1);
    if (!reach(k, u, handler, level + 2, handler_chain))
        return false;
    *after_chain = intern_node(k, chain, NODE_SETUP, level, handler);
    *after_depth = depth + opcode_stack_effect(op, (int)k->arg[u], false);
    return true;
}

static bool step(Checker *k, int u)
{
    int op = k->op[u], depth = k->depth[u], chain = k->chain[u];
    int arg = (int)k->arg[u];
    int reads, pops;
    stack_use(op, arg, &reads, &pops);
    if (!check_placement(k, u, op, (unsigned)arg))
        return false;
    if (reads > depth)
        return fail(k, u, "%s needs %d values on the stack, there are %d", opcode_name(op), reads, depth);
    int after_depth = depth + opcode_stack_effect(op, arg, false), after_chain = chain;
    if (is_block_op(op)) {
        if (!block_effect(k, u, op, depth, chain, &after_depth, &after_chain))
            return false;
    } else {
        if (depth - pops < min_depth(&k->nodes[chain]))
            return fail(k, u, "%s pops below the level of its block", opcode_name(op));
        if (opcode_is_block_setup(op)) {
            if (!setup_block(k, u, op, depth, chain, &after_depth, &after_chain))
                return false;
        } else if (op == OP_LOAD_METHOD) {
            after_chain = intern_node(k, chain, NODE_METHOD, depth - 1, -1);
        } else if (opcode_has_jump(op)) {
            int target_depth = depth + opcode_stack_effect(op, arg, true);
            if (target_depth < min_depth(&k->nodes[chain]))
                return fail(k, u, "%s pops below the level of its block", opcode_name(op));
            if (!reach(k, u, arg, target_depth, chain))
                return false;
        }
    }
    if (op == OP_RETURN_VALUE) {
        if (chain != 0 || depth != 1)
            return fail(k, u, "RETURN_VALUE with %d values and %d blocks on the stacks", depth,
                        k->nodes[chain].nblocks);
        return true;
    }
    if (opcode_is_terminal(op))
        return true;
    return reach(k, u, k->next[u], after_depth, after_chain);
}

static bool follow_paths(Checker *k)
{
    intern_node(k, -1, NODE_ROOT, 0, -1);       /* node 0: no blocks */
    int entry_depth = is_generator(k) ? 1 : 0;
    if (is_generator(k) && k->op[0] != OP_GEN_START)
        return fail(k, 0, "a generator or coroutine must start with GEN_START");
    if (!reach(k, 0, 0, entry_depth, 0))
        return false;
    while (k->nwork && !k->failed)
        if (!step(k, k->work[--k->nwork]))
            return false;
    return !k->failed;
}

/* ---- the rest --------------------------------------------------------------------- */

static bool check_counts(Checker *k)
{
    const CodeCheckInput *in = k->in;
    if (in->code_len == 0 || in->code_len % 2 != 0 || in->code_len > (size_t)1 << 30)
        return fail(k, -1, "co_code must hold a positive, even number of bytes (it has %zu)", in->code_len);
    if (in->nconsts < 0 || in->nnames < 0 || in->nvarnames < 0 || in->ncellvars < 0 || in->nfreevars < 0 ||
        in->stacksize < 0)
        return fail(k, -1, "negative count");
    if (in->nlocals != in->nvarnames)
        return fail(k, -1, "co_nlocals %d differs from the %d co_varnames", in->nlocals, in->nvarnames);
    int params = in->argcount + in->kwonlyargcount + !!(in->flags & CO_VARARGS) + !!(in->flags & CO_VARKEYWORDS);
    if (in->argcount < 0 || in->kwonlyargcount < 0 || in->posonlyargcount < 0 ||
        in->posonlyargcount > in->argcount || params > in->nlocals)
        return fail(k, -1, "the parameter counts do not fit co_varnames");
    return true;
}

static bool position_ok(int line, int end_line, int col, int end_col)
{
    if (line != CODE_POSITION_NONE && line < 1)
        return false;
    if (end_line != CODE_POSITION_NONE && (end_line < 1 || (line != CODE_POSITION_NONE && end_line < line)))
        return false;
    return (col == CODE_POSITION_NONE || col >= 0) && (end_col == CODE_POSITION_NONE || end_col >= 0);
}

static bool check_linetable(Checker *k)
{
    long long total = 0;
    for (size_t i = 0; i < k->in->nruns; i++) {
        const CodeLineRun *r = &k->in->linetable[i];
        if (r->count < 1)
            return fail(k, -1, "line table run %zu covers %d code units", i, r->count);
        if (!position_ok(r->line, r->end_line, r->col, r->end_col))
            return fail(k, -1, "line table run %zu has an invalid position", i);
        total += r->count;
    }
    if (total != k->units)
        return fail(k, -1, "the line table covers %lld code units, the code has %d", total, k->units);
    return true;
}

bool code_check(const CodeCheckInput *in, char *error, size_t error_size)
{
    Checker k = { .in = in, .error = error, .error_size = error_size };
    if (error_size)
        error[0] = '\0';
    if (!check_counts(&k))
        return false;
    k.units = (int)(in->code_len / 2);
    k.op = xcalloc((size_t)k.units, sizeof *k.op);
    k.arg = xcalloc((size_t)k.units, sizeof *k.arg);
    k.next = xcalloc((size_t)k.units, sizeof *k.next);
    k.depth = xmalloc(sizeof *k.depth * (size_t)k.units);
    k.chain = xmalloc(sizeof *k.chain * (size_t)k.units);
    k.work = xmalloc(sizeof *k.work * (size_t)k.units);
    for (int u = 0; u < k.units; u++)
        k.depth[u] = -1;
    bool ok = check_linetable(&k) && decode(&k) && follow_paths(&k);
    free(k.op);
    free(k.arg);
    free(k.next);
    free(k.depth);
    free(k.chain);
    free(k.work);
    free(k.nodes);
    free(k.node_slots);
    return ok;
}

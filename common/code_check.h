/* code_check.h - the code verifier: what a code object must satisfy before
 * it runs (docs/bytecode.md, "The code check").
 *
 * pyrun calls it on every code object it loads, so that a malformed code
 * file is a one-line error, never a crash; `pycomp --check` calls it on
 * pycomp's own output.  It works on plain counts and bytes, so any decoded
 * representation can fill in a CodeCheckInput:
 *
 *     CodeCheckInput in = {
 *         .code = bytes, .code_len = n,
 *         .nconsts = ..., .nnames = ..., .nvarnames = ..., .ncellvars = ..., .nfreevars = ...,
 *         .argcount = ..., .posonlyargcount = ..., .kwonlyargcount = ...,
 *         .nlocals = ..., .stacksize = ..., .flags = ...,
 *         .linetable = runs, .nruns = k,
 *     };
 *     char why[200];
 *     if (!code_check(&in, why, sizeof why)) ... refuse, saying why ...
 *
 * It checks one code object: call it for each nested one too.
 *
 * When it passes, pyrun may rely on all of this without checking again:
 * - every opcode is in the table (and below 200); EXTENDED_ARG only as a
 *   prefix (at most 3 in a row); NONE arguments are 0;
 * - every operand is in bounds: co_consts, co_names, co_varnames, cells +
 *   free variables, COMPARE below 6, BUILD_SLICE 2 or 3, RAISE_VARARGS at
 *   most 2, the container of LIST_APPEND (...) inside the stack;
 * - jump targets are inside the code, at the start of an instruction
 *   (its first EXTENDED_ARG, if it has any);
 * - on every path (into exception handlers too) the same value-stack depth
 *   and block stack reach each instruction; no instruction reads below the
 *   bottom of the stack or pushes above co_stacksize; at most
 *   CODE_MAX_BLOCKS blocks; nothing pops below the level of the innermost
 *   block (below the previous exception, in a handler); POP_BLOCK pops a
 *   SETUP_FINALLY block, POP_EXCEPT and END_ASYNC_FOR an EXCEPT_HANDLER
 *   block; RETURN_VALUE leaves one value and no block; control never runs
 *   off the end of the code;
 * - the two stack slots LOAD_METHOD pushes are left alone until the
 *   CALL_METHOD or CALL_METHOD_KW that consumes them (so the NULL it may
 *   push is only ever seen by those, and by the unwinding of the stack);
 * - a generator, coroutine or async generator starts with GEN_START (of
 *   the matching kind), which appears nowhere else; YIELD_VALUE and
 *   YIELD_FROM appear only in them; their frame starts with one value (the
 *   value sent to start it) on the stack;
 * - the *_NAME instructions, LOAD_CLASSDEREF, IMPORT_STAR and
 *   SETUP_ANNOTATIONS appear only in code with a locals mapping (not
 *   CO_OPTIMIZED);
 * - co_nlocals == len(co_varnames) and the parameters fit in it;
 * - the line table's counts add up to the number of code units, and every
 *   position is either unknown (CODE_POSITION_NONE) or valid.
 *
 * What it does NOT check: the types of the values.  The compiler always
 * puts a value of the right type where an instruction expects one, but a
 * hand-made file need not, so pyrun must test the type before relying on
 * it (a cheap test, and an error message instead of a crash):
 *   MAKE_FUNCTION: a code object on top; a tuple of defaults, a dict of
 *     keyword defaults, a tuple of annotations, a tuple of cells (exactly
 *     co_freevars of them) below it, as flagged;
 *   LIST_APPEND, LIST_EXTEND, LIST_TO_TUPLE: a list; SET_ADD, SET_UPDATE:
 *     a set; MAP_ADD, DICT_UPDATE, DICT_MERGE: a dict (the container);
 *   BUILD_CONST_KEY_MAP: a tuple of oparg keys; CALL_FUNCTION_KW,
 *     CALL_METHOD_KW: a tuple of at most oparg strings; MATCH_CLASS: a
 *     tuple of strings; MATCH_KEYS, COPY_DICT_WITHOUT_KEYS: a tuple;
 *   BUILD_STRING: strings; FORMAT_VALUE: a string as the format spec;
 *   IMPORT_NAME: an int level and None or a tuple of strings;
 *   RERAISE, WITH_EXCEPT_START, JUMP_IF_NOT_EXC_MATCH, END_ASYNC_FOR,
 *     CHECK_EG_MATCH, PREP_RERAISE_STAR: an exception where the handler
 *     entry pushed one (code may have moved other values there);
 *     POP_EXCEPT: an exception or None as the one to restore. */
#ifndef COMMON_CODE_CHECK_H
#define COMMON_CODE_CHECK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
    CODE_MAX_BLOCKS = 20,           /* the block stack a frame needs, at most */
    CODE_POSITION_NONE = -1,        /* an unknown line or column */
};

/* One run of the line table (formats.md §6): `count` code units share
 * these positions. */
typedef struct CodeLineRun {
    int count;
    int line, end_line, col, end_col;
} CodeLineRun;

typedef struct CodeCheckInput {
    const uint8_t *code;            /* co_code */
    size_t code_len;                /* in bytes */
    int nconsts, nnames, nvarnames, ncellvars, nfreevars;
    int argcount, posonlyargcount, kwonlyargcount;
    int nlocals, stacksize, flags;
    const CodeLineRun *linetable;
    size_t nruns;
} CodeCheckInput;

/* True if the code object passes; otherwise false, with a one-line reason
 * (naming the byte offset of the instruction) in error. */
bool code_check(const CodeCheckInput *in, char *error, size_t error_size);

#endif

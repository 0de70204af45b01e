/* code.h - code objects: what pycomp compiled, ready to run.
 *
 * The code file carries CPython-style wordcode: two bytes per instruction,
 * with EXTENDED_ARG prefixes for arguments over 255.  The loader (vm/load.c)
 * turns it into an array of Instr, one per code unit, each with its whole
 * argument already assembled, so the eval loop never decodes prefixes.
 * Instruction i of the array is code unit i of co_code: jump targets and
 * line-table positions need no translation.  (An EXTENDED_ARG unit becomes
 * a NOP: a jump may land on it.)
 *
 * Some instructions keep an *inline cache*: what they found the last time
 * (LOAD_GLOBAL: the dict versions and the value; LOAD_ATTR: the type and
 * where in the instance dict the attribute was).  A cache is only a hint:
 * the instruction checks it is still valid before trusting it. */
#ifndef PYRUN_OBJECTS_CODE_H
#define PYRUN_OBJECTS_CODE_H

#include "object.h"

typedef struct Instr {
    uint8_t op;
    uint8_t unused;
    uint16_t cache;     /* index of this instruction's cache in CodeObject.caches (0: shared) */
    uint32_t arg;
} Instr;

typedef struct InlineCache {
    uint64_t version;       /* LOAD_GLOBAL: globals' version; attribute caches: type version */
    uint64_t version2;      /* LOAD_GLOBAL: builtins' version */
    Object *value;          /* borrowed: valid while the versions match */
    int64_t index;          /* attribute caches: the entry index in the instance dict */
} InlineCache;

/* Source positions of a run of instructions (from co_linetable). */
typedef struct PositionRun {
    uint32_t start;                 /* first instruction of the run */
    int32_t line, end_line, col, end_col;   /* -1 where unknown */
} PositionRun;

enum CodeFlags {            /* CPython's co_flags values */
    CO_OPTIMIZED = 0x1,
    CO_NEWLOCALS = 0x2,
    CO_VARARGS = 0x4,
    CO_VARKEYWORDS = 0x8,
    CO_NESTED = 0x10,
    CO_GENERATOR = 0x20,
    CO_NOFREE = 0x40,
    CO_COROUTINE = 0x80,
    CO_ITERABLE_COROUTINE = 0x100,
    CO_ASYNC_GENERATOR = 0x200,
};

typedef struct CodeObject {
    Object head;
    int32_t argcount, posonlyargcount, kwonlyargcount;
    int32_t nlocals, stacksize, flags, firstlineno;
    int32_t ncellvars, nfreevars;
    int32_t nlocalsplus;            /* nlocals + cells + free variables: the frame's variables */
    int32_t maxblocks;              /* the block stack's size */
    int32_t total_args;             /* argcount + kwonlyargcount + *args + **kwargs */
    size_t framesize;               /* bytes of its frame (frame.c), once computed; 0 before */
    size_t ninstrs;
    Instr *instrs;
    Object *co_code;                /* the original wordcode, as bytes */
    Object *consts, *names, *varnames, *cellvars, *freevars;    /* tuples */
    Object *filename, *name, *qualname;                         /* str */
    Object *source;                 /* the program's text (str) or None, for tracebacks */
    PositionRun *positions;
    size_t npositions;
    int32_t *cell2arg;              /* per cell: the argument it starts as, or -1; NULL if none */
    InlineCache *caches;
    size_t ncaches;
} CodeObject;

extern Type CodeType;

static inline bool code_object_check(const Object *o) { return o->type == &CodeType; }

/* The source position of instruction i (line -1 if unknown). */
const PositionRun *code_position(const CodeObject *code, size_t i);
int code_line(const CodeObject *code, size_t i);

#endif

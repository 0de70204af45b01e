/* code.h - the code object pycomp produces, and how it is written.
 *
 * One CodeObject per module, class body, function, lambda and
 * comprehension; nested ones are constants of their parent.  The fields are
 * the co_* attributes of docs/formats.md §6, which code_pack writes. */
#ifndef PYCOMP_CODE_H
#define PYCOMP_CODE_H

#include "code_check.h"
#include "mpwrite.h"
#include "value.h"

#include <stdint.h>

enum {
    CO_OPTIMIZED = 0x0001,
    CO_NEWLOCALS = 0x0002,
    CO_VARARGS = 0x0004,
    CO_VARKEYWORDS = 0x0008,
    CO_NESTED = 0x0010,
    CO_GENERATOR = 0x0020,
    CO_COROUTINE = 0x0080,
    CO_ITERABLE_COROUTINE = 0x0100,
    CO_ASYNC_GENERATOR = 0x0200,
    CO_FUTURE_ANNOTATIONS = 0x1000000,
};

/* One run of the line table: `count` code units share these positions;
 * POSITION_NONE where unknown (the verifier's own type, code_check.h). */
enum { POSITION_NONE = CODE_POSITION_NONE };
typedef CodeLineRun LineRun;

struct CodeObject {
    int argcount, posonlyargcount, kwonlyargcount;
    int nlocals, stacksize, flags, firstlineno;
    uint8_t *code;              /* 2 bytes per code unit */
    int ncodeunits;
    Value **consts;
    int nconsts;
    const char **names, **varnames, **freevars, **cellvars;
    int nnames, nvarnames, nfreevars, ncellvars;
    const char *filename, *name, *qualname;
    LineRun *linetable;
    int nruns;
};

/* Packs the code object as a map (formats.md §6), nested ones included. */
void code_pack(MpWriter *w, const CodeObject *code);

#endif

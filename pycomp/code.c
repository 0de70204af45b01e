/* code.c - writing a code object (docs/formats.md §6). */
#include "code.h"

static void pack_key(MpWriter *w, const char *key)
{
    mpw_str(w, key);
}

static void pack_int_field(MpWriter *w, const char *key, int64_t value)
{
    pack_key(w, key);
    msgpack_pack_int64(&w->pk, value);
}

static void pack_names(MpWriter *w, const char *key, const char *const *names, int n)
{
    pack_key(w, key);
    msgpack_pack_array(&w->pk, (size_t)n);
    for (int i = 0; i < n; i++)
        mpw_str(w, names[i]);
}

static void pack_position(MpWriter *w, int value)
{
    if (value == POSITION_NONE)
        msgpack_pack_nil(&w->pk);
    else
        msgpack_pack_int64(&w->pk, value);
}

static void pack_linetable(MpWriter *w, const CodeObject *code)
{
    pack_key(w, "co_linetable");
    msgpack_pack_array(&w->pk, (size_t)code->nruns);
    for (int i = 0; i < code->nruns; i++) {
        const LineRun *run = &code->linetable[i];
        msgpack_pack_array(&w->pk, 5);
        msgpack_pack_int64(&w->pk, run->count);
        pack_position(w, run->line);
        pack_position(w, run->end_line);
        pack_position(w, run->col);
        pack_position(w, run->end_col);
    }
}

void code_pack(MpWriter *w, const CodeObject *code)
{
    msgpack_pack_map(&w->pk, 17);
    pack_int_field(w, "co_argcount", code->argcount);
    pack_int_field(w, "co_posonlyargcount", code->posonlyargcount);
    pack_int_field(w, "co_kwonlyargcount", code->kwonlyargcount);
    pack_int_field(w, "co_nlocals", code->nlocals);
    pack_int_field(w, "co_stacksize", code->stacksize);
    pack_int_field(w, "co_flags", code->flags);
    pack_key(w, "co_code");
    mpw_bin(w, code->code, (size_t)code->ncodeunits * 2);
    pack_key(w, "co_consts");
    msgpack_pack_array(&w->pk, (size_t)code->nconsts);
    for (int i = 0; i < code->nconsts; i++)
        value_pack(w, code->consts[i]);
    pack_names(w, "co_names", code->names, code->nnames);
    pack_names(w, "co_varnames", code->varnames, code->nvarnames);
    pack_names(w, "co_freevars", code->freevars, code->nfreevars);
    pack_names(w, "co_cellvars", code->cellvars, code->ncellvars);
    pack_key(w, "co_filename");
    mpw_str(w, code->filename);
    pack_key(w, "co_name");
    mpw_str(w, code->name);
    pack_key(w, "co_qualname");
    mpw_str(w, code->qualname);
    pack_int_field(w, "co_firstlineno", code->firstlineno);
    pack_linetable(w, code);
}

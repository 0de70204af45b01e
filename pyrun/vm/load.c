/* load.c - reading a code artifact into code objects (see load.h).
 *
 * The payload is the module's code object, a map of the co_* fields
 * (docs/formats.md §6); nested code objects are among the constants.  Each
 * is decoded, checked by the shared verifier (common/code_check.h), and
 * turned into the form the eval loop runs: one Instr per code unit, with
 * the EXTENDED_ARG prefixes folded into the arguments. */
#include "runtime.h"
#include "vm/load.h"
#include "bytecode.h"
#include "code_check.h"
#include "constant.h"
#include "diag.h"

#include <stdio.h>

enum { MAX_NESTING = 200 };

typedef struct Loader {
    MpReader *r;
    Object *source;         /* the program's text (str) or None */
    const char *path;
    char error[300];        /* a problem found after decoding (the check) */
    int depth;
} Loader;

static Object *read_code(Loader *ld);

static Object *fail_reader(Loader *ld, const char *fmt, const char *arg)
{
    mp_fail(ld->r, fmt, arg);
    return NULL;
}

/* A str from the artifact: well-formed WTF-8 only. */
static Object *read_str(Loader *ld)
{
    MpStr s = mp_read_str(ld->r);
    if (mp_failed(ld->r))
        return NULL;
    if (!utf8_valid_wtf8(s.ptr, s.len))
        return fail_reader(ld, "%s", "a string is not valid UTF-8");
    return str_from_utf8(s.ptr, s.len);
}

static Object *read_constant(Loader *ld);

static Object *read_constant_list(Loader *ld, bool as_frozenset)
{
    uint32_t n = mp_read_array(ld->r);
    Object *items = list_new(0);
    for (uint32_t i = 0; i < n && !mp_failed(ld->r); i++) {
        Object *c = read_constant(ld);
        if (!c)
            break;
        list_append_steal(items, c);
    }
    if (mp_failed(ld->r) || err_occurred()) {
        DECREF(items);
        return NULL;
    }
    if (!as_frozenset) {
        Object *r = list_as_tuple(items);
        DECREF(items);
        return r;
    }
    /* CPython's compiler builds a constant frozenset from the source
       order, then its constant merging rebuilds it from the first set's
       iteration order; doing the same gives the same iteration order,
       which is visible in output, when entries collide. */
    Object *first = frozenset_new(items);
    DECREF(items);
    if (!first)
        return NULL;
    Object *again = list_new(0);
    int64_t pos = 0;
    Object *key;
    while (set_next(first, &pos, &key)) {
        INCREF(key);
        list_append_steal(again, key);
    }
    DECREF(first);
    Object *r = frozenset_new(again);
    DECREF(again);
    return r;
}

/* The one-key maps of formats.md §3: {"int": ...}, {"tuple": [...]}, ... */
static Object *read_tagged_constant(Loader *ld)
{
    if (mp_read_map(ld->r) != 1)
        return fail_reader(ld, "%s", "a constant map must have exactly one key");
    MpStr tag = mp_read_str(ld->r);
    if (mp_failed(ld->r))
        return NULL;
    if (mp_str_eq(tag, "int")) {
        MpStr digits = mp_read_str(ld->r);
        if (mp_failed(ld->r))
            return NULL;
        if (!constant_valid_bigint(digits.ptr, digits.len))
            return fail_reader(ld, "%s", "bad {\"int\": ...} digits");
        Object *v = int_from_string(digits.ptr, digits.len, 10, NULL);
        if (!v) {
            err_clear();
            return fail_reader(ld, "%s", "bad {\"int\": ...} digits");
        }
        return v;
    }
    if (mp_str_eq(tag, "complex")) {
        if (mp_read_array(ld->r) != 2)
            return fail_reader(ld, "%s", "{\"complex\": [real, imag]} expected");
        double re = mp_read_float(ld->r), im = mp_read_float(ld->r);
        return mp_failed(ld->r) ? NULL : complex_from_doubles(re, im);
    }
    if (mp_str_eq(tag, "ellipsis")) {
        mp_read_nil(ld->r);
        return mp_failed(ld->r) ? NULL : NEWREF(OBJ_ELLIPSIS);
    }
    if (mp_str_eq(tag, "float")) {
        MpStr s = mp_read_str(ld->r);
        if (mp_failed(ld->r))
            return NULL;
        if (mp_str_eq(s, "inf"))
            return float_from_double(1.0 / 0.0);
        if (mp_str_eq(s, "-inf"))
            return float_from_double(-1.0 / 0.0);
        if (mp_str_eq(s, "nan"))
            return float_from_double(0.0 / 0.0);
        return fail_reader(ld, "%s", "bad {\"float\": ...} value");
    }
    if (mp_str_eq(tag, "tuple") || mp_str_eq(tag, "frozenset")) {
        if (++ld->depth > MAX_NESTING)
            return fail_reader(ld, "%s", "constants nested too deeply");
        Object *r = read_constant_list(ld, mp_str_eq(tag, "frozenset"));
        ld->depth--;
        return r;
    }
    if (mp_str_eq(tag, "code")) {
        if (++ld->depth > MAX_NESTING)
            return fail_reader(ld, "%s", "code objects nested too deeply");
        Object *r = read_code(ld);
        ld->depth--;
        return r;
    }
    char name[40];
    snprintf(name, sizeof name, "%.*s", (int)(tag.len < 30 ? tag.len : 30), tag.ptr);
    return fail_reader(ld, "unknown constant kind '%s'", name);
}

static Object *read_constant(Loader *ld)
{
    switch (mp_peek(ld->r)) {
    case MP_NIL:
        mp_read_nil(ld->r);
        return none_ref();
    case MP_BOOL:
        return bool_from(mp_read_bool(ld->r));
    case MP_INT:
        if (ld->r->p < ld->r->end && *ld->r->p == 0xcf) {
            /* a uint64 above INT64_MAX */
            uint64_t u = mp_read_uint(ld->r);
            return mp_failed(ld->r) ? NULL : int_from_u64(u);
        }
        {
            int64_t v = mp_read_int(ld->r);
            return mp_failed(ld->r) ? NULL : int_from_i64(v);
        }
    case MP_FLOAT:
        return float_from_double(mp_read_float(ld->r));
    case MP_STR:
        return read_str(ld);
    case MP_BIN: {
        MpStr b = mp_read_bin(ld->r);
        return mp_failed(ld->r) ? NULL : bytes_from(b.ptr, b.len);
    }
    case MP_MAP:
        return read_tagged_constant(ld);
    default:
        return fail_reader(ld, "a constant cannot be a %s", mp_type_name(mp_peek(ld->r)));
    }
}

/* An array of names, as a tuple of interned strs. */
static Object *read_names(Loader *ld)
{
    uint32_t n = mp_read_array(ld->r);
    TupleObject *t = tuple_new(n);
    for (uint32_t i = 0; i < n; i++) {
        MpStr s = mp_read_str(ld->r);
        if (mp_failed(ld->r)) {
            DECREF(t);
            return NULL;
        }
        if (!utf8_valid_wtf8(s.ptr, s.len)) {
            DECREF(t);
            return fail_reader(ld, "%s", "a name is not valid UTF-8");
        }
        t->items[i] = (Object *)str_intern_n(s.ptr, s.len);
    }
    return (Object *)t;
}

static PositionRun *read_linetable(Loader *ld, size_t *count, CodeLineRun **runs_out)
{
    uint32_t n = mp_read_array(ld->r);
    PositionRun *runs = mem_alloc((n ? n : 1) * sizeof(PositionRun));
    CodeLineRun *check = mem_alloc((n ? n : 1) * sizeof(CodeLineRun));
    uint32_t start = 0;
    for (uint32_t i = 0; i < n && !mp_failed(ld->r); i++) {
        if (mp_read_array(ld->r) != 5 && !mp_failed(ld->r))
            mp_fail(ld->r, "a line table run must be [count, line, end_line, col, end_col]");
        int64_t v[5];
        for (int k = 0; k < 5; k++)
            v[k] = mp_try_nil(ld->r) ? -1 : mp_read_int_in(ld->r, k == 0 ? 0 : -1, INT32_MAX,
                                                             "line table value");
        runs[i] = (PositionRun){ start, (int32_t)v[1], (int32_t)v[2], (int32_t)v[3], (int32_t)v[4] };
        check[i] = (CodeLineRun){ (int)v[0], (int)v[1], (int)v[2], (int)v[3], (int)v[4] };
        start += (uint32_t)(v[0] < 0 ? 0 : v[0]);
    }
    *count = n;
    *runs_out = check;
    return runs;
}

/* The decoded fields of one code object, before they become a CodeObject. */
typedef struct RawCode {
    int64_t argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags, firstlineno;
    MpStr code;
    Object *consts, *names, *varnames, *freevars, *cellvars, *filename, *name, *qualname;
    PositionRun *positions;
    CodeLineRun *check_runs;
    size_t npositions;
    unsigned seen;
} RawCode;

static void raw_free(RawCode *raw)
{
    XDECREF(raw->consts);
    XDECREF(raw->names);
    XDECREF(raw->varnames);
    XDECREF(raw->freevars);
    XDECREF(raw->cellvars);
    XDECREF(raw->filename);
    XDECREF(raw->name);
    XDECREF(raw->qualname);
    if (raw->positions)
        mem_free(raw->positions, (raw->npositions ? raw->npositions : 1) * sizeof(PositionRun));
    if (raw->check_runs)
        mem_free(raw->check_runs, (raw->npositions ? raw->npositions : 1) * sizeof(CodeLineRun));
}

static const char *const field_names[] = {
    "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize",
    "co_flags", "co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars",
    "co_filename", "co_name", "co_qualname", "co_firstlineno", "co_linetable",
};
enum { FIELD_COUNT = sizeof field_names / sizeof field_names[0] };

static int field_index(MpStr key)
{
    for (int i = 0; i < FIELD_COUNT; i++)
        if (mp_str_eq(key, field_names[i]))
            return i;
    return -1;
}

static bool read_fields(Loader *ld, RawCode *raw)
{
    MpReader *r = ld->r;
    uint32_t n = mp_read_map(r);
    for (uint32_t i = 0; i < n && !mp_failed(r); i++) {
        MpStr key = mp_read_str(r);
        int f = mp_failed(r) ? -1 : field_index(key);
        if (f < 0) {
            mp_skip(r);
            continue;
        }
        if (raw->seen & (1u << f)) {
            mp_fail(r, "key %s appears twice", field_names[f]);
            break;
        }
        raw->seen |= 1u << f;
        switch (f) {
        case 0: raw->argcount = mp_read_int_in(r, 0, 1 << 20, "co_argcount"); break;
        case 1: raw->posonlyargcount = mp_read_int_in(r, 0, 1 << 20, "co_posonlyargcount"); break;
        case 2: raw->kwonlyargcount = mp_read_int_in(r, 0, 1 << 20, "co_kwonlyargcount"); break;
        case 3: raw->nlocals = mp_read_int_in(r, 0, 1 << 24, "co_nlocals"); break;
        case 4: raw->stacksize = mp_read_int_in(r, 0, 1 << 24, "co_stacksize"); break;
        case 5: raw->flags = mp_read_int_in(r, 0, INT32_MAX, "co_flags"); break;
        case 6: raw->code = mp_read_bin(r); break;
        case 7:
            if (++ld->depth > MAX_NESTING) {
                mp_fail(r, "code objects nested too deeply");
                break;
            }
            raw->consts = read_constant_list(ld, false);
            ld->depth--;
            break;
        case 8: raw->names = read_names(ld); break;
        case 9: raw->varnames = read_names(ld); break;
        case 10: raw->freevars = read_names(ld); break;
        case 11: raw->cellvars = read_names(ld); break;
        case 12: raw->filename = read_str(ld); break;
        case 13: raw->name = read_str(ld); break;
        case 14: raw->qualname = read_str(ld); break;
        case 15: raw->firstlineno = mp_read_int_in(r, 0, INT32_MAX, "co_firstlineno"); break;
        case 16:
            raw->positions = read_linetable(ld, &raw->npositions, &raw->check_runs);
            break;
        }
        if (err_occurred() && !mp_failed(r)) {
            err_clear();
            mp_fail(r, "a constant could not be made");
        }
    }
    if (!mp_failed(r)) {
        for (int f = 0; f < FIELD_COUNT; f++) {
            if (!(raw->seen & (1u << f))) {
                mp_fail(r, "the code object has no %s", field_names[f]);
                break;
            }
        }
    }
    return !mp_failed(r);
}

/* Instructions that keep an inline cache. */
static bool has_cache(int op)
{
    return op == OP_LOAD_GLOBAL || op == OP_LOAD_ATTR || op == OP_STORE_ATTR ||
           op == OP_LOAD_METHOD || op == OP_LOAD_NAME;
}

static void decode_instructions(CodeObject *c, const uint8_t *bytes, size_t units)
{
    c->ninstrs = units;
    c->instrs = mem_alloc((units ? units : 1) * sizeof(Instr));
    uint32_t ext = 0;
    size_t ncaches = 1;         /* cache 0 is shared by instructions beyond the 65535th */
    int setups = 0;
    for (size_t i = 0; i < units; i++) {
        uint8_t op = bytes[2 * i];
        uint32_t arg = (ext << 8) | bytes[2 * i + 1];
        Instr *in = &c->instrs[i];
        if (op == OP_EXTENDED_ARG) {
            ext = arg;
            *in = (Instr){ OP_NOP, 0, 0, 0 };
            continue;
        }
        ext = 0;
        *in = (Instr){ op, 0, 0, arg };
        if (has_cache(op) && ncaches < 65535)
            in->cache = (uint16_t)ncaches++;
        if (op == OP_SETUP_FINALLY || op == OP_SETUP_WITH || op == OP_SETUP_ASYNC_WITH)
            setups++;
    }
    c->ncaches = ncaches;
    c->caches = mem_alloc(ncaches * sizeof(InlineCache));
    memset(c->caches, 0, ncaches * sizeof(InlineCache));
    c->maxblocks = setups < CODE_MAX_BLOCKS ? setups : CODE_MAX_BLOCKS;
}

/* Which argument each cell variable starts as (a parameter that is also a cell). */
static void find_cell_arguments(CodeObject *c)
{
    if (c->ncellvars == 0)
        return;
    bool any = false;
    int32_t *map = mem_alloc((size_t)c->ncellvars * sizeof(int32_t));
    for (int32_t i = 0; i < c->ncellvars; i++) {
        map[i] = -1;
        Object *name = tuple_get(c->cellvars, (size_t)i);
        for (int32_t j = 0; j < c->total_args && j < c->nlocals; j++) {
            if (tuple_get(c->varnames, (size_t)j) == name) {
                map[i] = j;
                any = true;
                break;
            }
        }
    }
    if (any) {
        c->cell2arg = map;
    } else {
        mem_free(map, (size_t)c->ncellvars * sizeof(int32_t));
    }
}

/* ---- the types the code check cannot see ----------------------------------------- */

/* Is o a tuple of at most max strs? */
static bool is_name_tuple(Object *o, size_t max)
{
    if (!tuple_check_exact(o) || tuple_size(o) > max)
        return false;
    for (size_t i = 0; i < tuple_size(o); i++)
        if (!str_check(tuple_get(o, i)))
            return false;
    return true;
}

/* What instruction `in` needs on top of the stack, when a constant is put
 * there: NULL if c is right (or the instruction takes any value). */
static const char *constant_operand_problem(const Instr *in, Object *c)
{
    switch (in->op) {
    case OP_MAKE_FUNCTION:
        return code_object_check(c) ? NULL : "a code object";
    case OP_CALL_FUNCTION_KW:
    case OP_CALL_METHOD_KW:
        return is_name_tuple(c, in->arg) ? NULL : "a tuple of at most as many names as arguments";
    case OP_MATCH_CLASS:
        return is_name_tuple(c, SIZE_MAX) ? NULL : "a tuple of names";
    case OP_BUILD_CONST_KEY_MAP:
        return tuple_check_exact(c) && tuple_size(c) == in->arg ? NULL : "a tuple of as many keys as values";
    case OP_MATCH_KEYS:
    case OP_COPY_DICT_WITHOUT_KEYS:
        return tuple_check_exact(c) ? NULL : "a tuple of keys";
    case OP_FORMAT_VALUE:
        return !(in->arg & 4) || str_check(c) ? NULL : "a str as the format spec";
    case OP_IMPORT_NAME:
        return c == OBJ_NONE || is_name_tuple(c, SIZE_MAX) ? NULL : "None or a tuple of names";
    default:
        return NULL;
    }
}

/* The instructions whose operand has a fixed type, where a constant is
 * that operand (LOAD_CONST right before): a constant of the wrong type is
 * a malformed file, said at load time; the other cases are checked when
 * the instruction runs (docs/bytecode.md, "The code check"). */
static bool check_constant_operands(const CodeObject *c, char *why, size_t why_size)
{
    for (size_t i = 0; i < c->ninstrs; i++) {
        if (c->instrs[i].op != OP_LOAD_CONST)
            continue;
        size_t next = i + 1;
        while (next < c->ninstrs && c->instrs[next].op == OP_NOP)   /* (EXTENDED_ARG) */
            next++;
        if (next == c->ninstrs)
            break;
        const Instr *user = &c->instrs[next];
        Object *k = tuple_get(c->consts, c->instrs[i].arg);
        const char *want = constant_operand_problem(user, k);
        if (!want && user->op == OP_IMPORT_NAME && i > 0 && c->instrs[i - 1].op == OP_LOAD_CONST &&
            !int_check(tuple_get(c->consts, c->instrs[i - 1].arg)))
            want = "an int level below the names";
        if (want) {
            snprintf(why, why_size, "offset %zu: %s needs %s, constant %u is %s", 2 * next,
                     opcode_name(user->op), want, c->instrs[i].arg, obj_type_name(k));
            return false;
        }
    }
    return true;
}

static Object *build_code(Loader *ld, RawCode *raw)
{
    CodeCheckInput in = {
        .code = (const uint8_t *)raw->code.ptr,
        .code_len = raw->code.len,
        .nconsts = (int)tuple_size(raw->consts),
        .nnames = (int)tuple_size(raw->names),
        .nvarnames = (int)tuple_size(raw->varnames),
        .ncellvars = (int)tuple_size(raw->cellvars),
        .nfreevars = (int)tuple_size(raw->freevars),
        .argcount = (int)raw->argcount,
        .posonlyargcount = (int)raw->posonlyargcount,
        .kwonlyargcount = (int)raw->kwonlyargcount,
        .nlocals = (int)raw->nlocals,
        .stacksize = (int)raw->stacksize,
        .flags = (int)raw->flags,
        .linetable = raw->check_runs,
        .nruns = raw->npositions,
    };
    char why[200];
    if (!code_check(&in, why, sizeof why)) {
        snprintf(ld->error, sizeof ld->error, "code object '%s' is invalid: %s",
                 str_data(raw->qualname), why);
        return NULL;
    }
    CodeObject *c = (CodeObject *)obj_alloc(&CodeType, 0);
    c->argcount = (int32_t)raw->argcount;
    c->posonlyargcount = (int32_t)raw->posonlyargcount;
    c->kwonlyargcount = (int32_t)raw->kwonlyargcount;
    c->nlocals = (int32_t)raw->nlocals;
    c->stacksize = (int32_t)raw->stacksize;
    c->flags = (int32_t)raw->flags;
    c->firstlineno = (int32_t)raw->firstlineno;
    c->consts = raw->consts;
    c->names = raw->names;
    c->varnames = raw->varnames;
    c->cellvars = raw->cellvars;
    c->freevars = raw->freevars;
    c->filename = raw->filename;
    c->name = raw->name;
    c->qualname = raw->qualname;
    raw->consts = raw->names = raw->varnames = raw->cellvars = raw->freevars = NULL;
    raw->filename = raw->name = raw->qualname = NULL;
    str_intern((StrObject **)&c->name);
    c->ncellvars = (int32_t)tuple_size(c->cellvars);
    c->nfreevars = (int32_t)tuple_size(c->freevars);
    c->nlocalsplus = c->nlocals + c->ncellvars + c->nfreevars;
    c->total_args = c->argcount + c->kwonlyargcount + ((c->flags & CO_VARARGS) ? 1 : 0) +
                    ((c->flags & CO_VARKEYWORDS) ? 1 : 0);
    c->co_code = bytes_from(raw->code.ptr, raw->code.len);
    c->positions = raw->positions;
    c->npositions = raw->npositions;
    raw->positions = NULL;
    c->source = NEWREF(ld->source);
    decode_instructions(c, (const uint8_t *)raw->code.ptr, raw->code.len / 2);
    find_cell_arguments(c);
    if (!check_constant_operands(c, why, sizeof why)) {
        snprintf(ld->error, sizeof ld->error, "code object '%s' is invalid: %s",
                 str_data(c->qualname), why);
        DECREF(c);
        return NULL;
    }
    return (Object *)c;
}

static Object *read_code(Loader *ld)
{
    RawCode raw;
    memset(&raw, 0, sizeof raw);
    Object *code = NULL;
    if (read_fields(ld, &raw)) {
        code = build_code(ld, &raw);
        if (!code && !ld->error[0])
            mp_fail(ld->r, "the code object could not be built");
        if (!code && ld->error[0] && !mp_failed(ld->r))
            mp_fail(ld->r, "%s", ld->error);
    }
    raw_free(&raw);
    return code;
}

/* The module's code runs as a module: with no arguments, no closure, not
 * as a generator. */
static const char *module_code_problem(const CodeObject *c)
{
    if (c->nfreevars)
        return "has free variables";
    if (c->total_args)
        return "has parameters";
    if (c->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))
        return "is a generator or coroutine";
    return NULL;
}

Object *load_code_artifact(Artifact *a, int *status)
{
    Loader ld;
    memset(&ld, 0, sizeof ld);
    MpReader r = a->payload;
    ld.r = &r;
    ld.path = a->path;
    ld.source = a->source ? str_from_utf8(a->source, a->source_len) : none_ref();
    if (a->source && !utf8_valid_wtf8(a->source, a->source_len)) {
        DECREF(ld.source);
        ld.source = none_ref();
    }
    Object *code = read_code(&ld);
    DECREF(ld.source);
    const char *problem = code ? module_code_problem((CodeObject *)code) : NULL;
    if (problem) {
        mp_fail(&r, "the module's code object %s", problem);
        CLEAR(code);
    }
    if (!code) {
        err_clear();
        *status = artifact_malformed(a, &r);
        return NULL;
    }
    *status = 0;
    return code;
}

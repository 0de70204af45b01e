/* exec.c - eval(), exec() and compile().
 *
 * Source text given at run time goes through the same stages as a program
 * file: it is written to a temporary file and pytok, pyparse and pycomp
 * run on it (common/pipeline.h), so that what runs is exactly what the
 * stages make of it.  A syntax error the stages report (on their standard
 * error, in the FILE:LINE:COL: KIND: message form of design.md §4) becomes
 * the SyntaxError exception CPython raises.
 *
 * eval() needs the value of an expression, which a module does not give:
 * the text is compiled as the module "__pyedu_eval__ = (" TEXT "\n)" (so
 * that anything but an expression is a syntax error, as in eval), whose
 * code computes the value, then STORE_NAME, LOAD_CONST None, RETURN_VALUE;
 * the first two are turned into NOPs, and the module returns the value
 * instead (nothing is stored).
 *
 * Starting three processes takes milliseconds, so the code compiled for a
 * text is remembered: a loop that evaluates the same text compiles it once. */
#include "runtime.h"
#include "builtins/builtins.h"
#include "vm/load.h"
#include "vm/stage_error.h"
#include "vm/cache.h"
#include "vm/traceback.h"
#include "artifact.h"
#include "bytecode.h"
#include "pipeline.h"

#include <errno.h>
#include <stdio.h>
#include <unistd.h>

typedef enum Mode { MODE_EXEC, MODE_EVAL } Mode;

static const char EVAL_PREFIX[] = "__pyedu_eval__ = (";

static Object *compiled_cache;      /* (mode, filename, text) -> code */
enum { CACHE_LIMIT = 512 };

/* Gives code (and the code objects in its constants) the file name, and no
 * source text: CPython shows no source lines for "<string>". */
static void rename_code(CodeObject *code, Object *filename)
{
    SETREF(code->filename, NEWREF(filename));
    SETREF(code->source, none_ref());
    for (size_t i = 0; i < tuple_size(code->consts); i++) {
        Object *c = tuple_get(code->consts, i);
        if (code_object_check(c))
            rename_code((CodeObject *)c, filename);
    }
}

/* An error found at the lines eval() put after the text (the expression
 * ended too soon) is where CPython puts it: on the text's last line, after
 * its end if the text ends with a newline, else at column 0. */
static void place_past_end(StageDiagnostic *d, const char *text, size_t text_len)
{
    long lines = 0;
    size_t last_start = 0;
    for (size_t i = 0; i < text_len; i++)
        if (text[i] == '\n') {
            lines++;
            if (i + 1 < text_len)
                last_start = i + 1;
        }
    bool ends_with_newline = text_len > 0 && text[text_len - 1] == '\n';
    if (!ends_with_newline)
        lines++;
    if (lines == 0 || d->line <= lines)
        return;
    d->line = lines;
    d->col = ends_with_newline ? (long)(text_len - last_start) : 0;
}

/* The ')' eval() put after the text closes a bracket the text left open:
 * CPython says that bracket "was never closed", and points at it (its last
 * occurrence on its line). The message, or NULL if d is another error. */
static Object *unclosed_in_text(StageDiagnostic *d, const char *text, size_t text_len)
{
    static const char mismatch[] = "closing parenthesis ')' does not match opening parenthesis '";
    static const char ours_unclosed[] = "'(' was never closed";
    size_t n = strlen(mismatch);
    long line = d->line;
    char opener;
    if (d->line == 1 && d->col == (long)strlen(EVAL_PREFIX) && d->msg_len == strlen(ours_unclosed) &&
        memcmp(d->message, ours_unclosed, d->msg_len) == 0) {
        /* the '(' put in front is left open: the text's last '(' took the ')' */
        opener = '(';
        const char *last = NULL;
        for (const char *p = text; p < text + text_len; p++)
            if (*p == '(')
                last = p;
        line = 1;
        for (const char *p = text; last && p < last; p++)
            line += *p == '\n';
        n = 0;
    } else if (d->msg_len >= n + 2 && memcmp(d->message, mismatch, n) == 0) {
        opener = d->message[n];
    } else {
        return NULL;
    }
    const char *on_line = " on line ";
    const char *rest = d->message + n + 2;
    size_t rest_len = n ? d->msg_len - n - 2 : 0;
    if (rest_len > strlen(on_line) && memcmp(rest, on_line, strlen(on_line)) == 0)
        line = strtol(rest + strlen(on_line), NULL, 10);
    long current = 1;
    size_t start = 0;
    for (size_t i = 0; i < text_len && current < line; i++)
        if (text[i] == '\n') {
            current++;
            start = i + 1;
        }
    long col = 1;
    for (size_t i = start; i < text_len && text[i] != '\n'; i++)
        if (text[i] == opener)
            col = (long)(i - start) + 1;
    d->line = line;
    d->col = col;
    return str_from_format("'%c' was never closed", opener);
}

/* Raises the SyntaxError of a stage's first diagnostic line (stage_error.h),
 * seen through what eval() put around the text. */
static Object *raise_stage_error(const char *report, Object *filename, const char *text,
                                 size_t text_len, Mode mode)
{
    StageDiagnostic d;
    if (!stage_diagnostic_parse(report, &d)) {
        const char *nl = strchr(report, '\n');
        return err_format(&Exc_SyntaxError, "%.*s", (int)(nl ? nl - report : (long)strlen(report)),
                          report);
    }
    static const char assign_hint[] = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
    if (mode == MODE_EVAL && d.msg_len == strlen(assign_hint) &&
        memcmp(d.message, assign_hint, d.msg_len) == 0)
        d.msg_len = strlen("invalid syntax");   /* the hint comes from the parentheses put around */
    static const char comma_hint[] = "invalid syntax. Perhaps you forgot a comma?";
    if (mode == MODE_EVAL && d.line == 1 && d.col == (long)strlen(EVAL_PREFIX) + 1 &&
        d.msg_len == strlen(comma_hint) && memcmp(d.message, comma_hint, d.msg_len) == 0)
        d.msg_len = strlen("invalid syntax");   /* the hint is about the parentheses put around */
    if (mode == MODE_EVAL && d.line == 1 && d.col > (long)strlen(EVAL_PREFIX))
        d.col -= (long)strlen(EVAL_PREFIX);      /* what was put in front */
    Object *message = NULL;
    if (mode == MODE_EVAL)
        message = unclosed_in_text(&d, text, text_len);
    if (mode == MODE_EVAL)
        place_past_end(&d, text, text_len);
    Object *exc = stage_error_exception(&d, message, filename, text, text_len);
    XDECREF(message);
    if (exc) {
        err_set_object(exc);
        DECREF(exc);
    }
    return NULL;
}

/* The warnings the stages gave for text compiled at run time, as CPython's
 * warnings module shows them for it: "FILENAME:LINE: SyntaxWarning:
 * message", without a source line (there is no file to read it from); NULL
 * if none.  The report names the temporary file the text was in; its lines
 * of source (indented) are left out. */
static Object *warnings_text(const char *report, size_t len, const char *path, Object *filename)
{
    size_t path_len = strlen(path);
    Buf out;
    buf_init(&out);
    for (const char *line = report, *end = report + len; line < end;) {
        const char *nl = memchr(line, '\n', (size_t)(end - line));
        const char *next = nl ? nl + 1 : end;
        if ((size_t)(end - line) > path_len && memcmp(line, path, path_len) == 0 &&
            line[path_len] == ':') {
            buf_puts(&out, str_data(filename));
            buf_append(&out, line + path_len, (size_t)(next - line - path_len));
            if (!nl)
                buf_putc(&out, '\n');
        }
        line = next;
    }
    Object *text = out.len ? str_from_utf8(out.data, out.len) : NULL;
    buf_free(&out);
    return text;
}

/* Runs the stages on text; the code object, or NULL with an exception. */
static Object *compile_with_stages(const char *text, size_t len, Object *filename, Mode mode,
                                   Object **warnings)
{
    char path[] = "/tmp/pyrun-source-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0)
        return err_format(&Exc_OSError, "cannot compile: %s", strerror(errno));
    bool ok = true;
    if (mode == MODE_EVAL)
        ok = write(fd, EVAL_PREFIX, strlen(EVAL_PREFIX)) == (ssize_t)strlen(EVAL_PREFIX);
    for (size_t done = 0; ok && done < len;) {
        ssize_t k = write(fd, text + done, len - done);
        ok = k > 0;
        done += k > 0 ? (size_t)k : 0;
    }
    if (ok && mode == MODE_EVAL)
        ok = write(fd, "\n)", 2) == 2;
    close(fd);
    /* the stages' diagnostics are caught, not shown */
    Buf produced, report;
    buf_init(&produced);
    buf_init(&report);
    int status = ok ? cache_run_stages(path, &produced, &report) : 2;
    unlink(path);
    Object *code = NULL;
    if (status != 0) {
        if (status == 1)
            raise_stage_error(report.data ? report.data : "", filename, text, len, mode);
        else
            err_format(&Exc_SystemError, "cannot compile: %s", report.data ? report.data : "");
    } else {
        if (report.data && report.len)
            *warnings = warnings_text(report.data, report.len, path, filename);
        Artifact a;
        memset(&a, 0, sizeof a);
        int load_status = artifact_parse(&produced, path, ARTIFACT_CODE, &a);
        if (load_status == 0)
            code = load_code_artifact(&a, &load_status);
        artifact_free(&a);
        if (!code && !err_occurred())
            err_set_string(&Exc_SystemError, "cannot compile: the stages made no code");
    }
    buf_free(&produced);
    buf_free(&report);
    if (!code)
        return NULL;
    CodeObject *co = (CodeObject *)code;
    rename_code(co, filename);
    if (mode == MODE_EVAL) {
        /* ... STORE_NAME, LOAD_CONST None, RETURN_VALUE: return the value */
        size_t n = co->ninstrs;
        if (n >= 3 && co->instrs[n - 3].op == OP_STORE_NAME && co->instrs[n - 2].op == OP_LOAD_CONST &&
            co->instrs[n - 1].op == OP_RETURN_VALUE) {
            co->instrs[n - 3].op = OP_NOP;
            co->instrs[n - 2].op = OP_NOP;
        } else {
            DECREF(code);
            return err_set_string(&Exc_SystemError, "eval(): unexpected code for an expression");
        }
    }
    return code;
}

/* The code for a source text (str or bytes), compiled once per text. */
static Object *compile_text(Object *source, Object *filename, Mode mode, const char *who)
{
    const char *text;
    size_t len;
    if (str_check(source)) {
        text = str_data(source);
        len = str_size(source);
    } else if (bytes_check(source) || bytearray_check(source)) {
        bytes_like_view(source, &text, &len);
    } else {
        return NULL;
    }
    if (memchr(text, '\0', len))
        return err_set_string(&Exc_SyntaxError, "source code string cannot contain null bytes");
    if (mode == MODE_EVAL)
        while (len && (*text == ' ' || *text == '\t')) {   /* eval() allows leading blanks */
            text++;
            len--;
        }
    Object *text_obj = str_from_utf8(text, len);
    Object *mode_obj = int_from_i64(mode);
    Object *key = tuple_pack(3, mode_obj, filename, text_obj);
    DECREF(mode_obj);
    DECREF(text_obj);
    if (!compiled_cache)
        compiled_cache = dict_new();
    /* the cache keeps (code, warnings): CPython warns at every compile */
    Object *entry = dict_get(compiled_cache, key);
    if (entry) {
        DECREF(key);
        Object *warnings = tuple_get(entry, 1);
        if (warnings != OBJ_NONE)
            write_stderr(str_data(warnings), str_size(warnings));
        return NEWREF(tuple_get(entry, 0));
    }
    Object *warnings = NULL;
    Object *code = compile_with_stages(text, len, filename, mode, &warnings);
    if (warnings)
        write_stderr(str_data(warnings), str_size(warnings));
    if (code) {
        if (dict_size(compiled_cache) >= CACHE_LIMIT)
            dict_clear(compiled_cache);
        entry = tuple_pack(2, code, warnings ? warnings : OBJ_NONE);
        dict_set(compiled_cache, key, entry);
        DECREF(entry);
    }
    XDECREF(warnings);
    DECREF(key);
    (void)who;
    return code;
}

/* The globals and locals of eval/exec: the caller's when not given. */
static bool namespaces(const char *who, Object *g, Object *l, Object **globals, Object **locals)
{
    if (g == OBJ_NONE)
        g = NULL;
    if (l == OBJ_NONE)
        l = NULL;
    if (g && !dict_check(g)) {
        err_format(&Exc_TypeError, "%s() globals must be a dict, not %s", who, obj_type_name(g));
        return false;
    }
    if (l && !l->type->getitem) {
        err_format(&Exc_TypeError, "locals must be a mapping");
        return false;
    }
    if (!g) {
        g = vm.frame ? vm.frame->globals : module_dict(vm.main_module);
        *globals = NEWREF(g);
        *locals = l ? NEWREF(l) : builtins_locals();
        return *locals != NULL;
    }
    /* (as CPython: the caller's builtins, a dict) */
    if (!dict_get_str(g, (Object *)id_dunder_builtins))
        dict_set(g, (Object *)id_dunder_builtins, vm.frame ? vm.frame->builtins : vm.builtins);
    *globals = NEWREF(g);
    *locals = NEWREF(l ? l : g);
    return true;
}

static Object *run(const char *who, Mode mode, Object *const *args, size_t nargs,
                   TupleObject *kwnames)
{
    static const char *const names[] = { "source", "globals", "locals", NULL };
    Object *v[3];
    if (!args_parse(who, args, nargs, kwnames, names, 1, 3, v))
        return NULL;
    Object *code;
    if (code_object_check(v[0])) {
        code = NEWREF(v[0]);
    } else {
        Object *filename = str_from_cstr("<string>");
        code = compile_text(v[0], filename, mode, who);
        DECREF(filename);
        if (!code && !err_occurred())
            return err_format(&Exc_TypeError, mode == MODE_EVAL
                                  ? "eval() arg 1 must be a string, bytes or code object"
                                  : "exec() arg 1 must be a string, bytes or code object");
        if (!code)
            return NULL;
    }
    Object *globals, *locals;
    if (!namespaces(who, v[1], v[2], &globals, &locals)) {
        DECREF(code);
        return NULL;
    }
    Object *r = eval_code((CodeObject *)code, globals, locals);
    DECREF(globals);
    DECREF(locals);
    DECREF(code);
    if (r && mode == MODE_EXEC)
        SETREF(r, none_ref());
    return r;
}

Object *builtin_eval(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    return run("eval", MODE_EVAL, args, nargs, kwnames);
}

Object *builtin_exec(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    return run("exec", MODE_EXEC, args, nargs, kwnames);
}

Object *builtin_compile(Object *self, Object *const *args, size_t nargs, TupleObject *kwnames)
{
    static const char *const names[] = { "source", "filename", "mode", "flags", "dont_inherit",
                                         "optimize", NULL };
    Object *v[6];
    if (!args_parse("compile", args, nargs, kwnames, names, 3, 6, v))
        return NULL;
    if (!str_check(v[2]))
        return err_format(&Exc_TypeError, "compile() argument 'mode' must be str, not %s",
                          obj_type_name(v[2]));
    Mode mode;
    if (str_equal_cstr(v[2], "exec") || str_equal_cstr(v[2], "single"))
        mode = MODE_EXEC;
    else if (str_equal_cstr(v[2], "eval"))
        mode = MODE_EVAL;
    else
        return err_set_string(&Exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    if (code_object_check(v[0]))
        return NEWREF(v[0]);
    Object *filename = v[1];
    if (!str_check(filename))
        return err_format(&Exc_TypeError, "compile() argument 'filename' must be str, not %s",
                          obj_type_name(filename));
    Object *code = compile_text(v[0], filename, mode, "compile");
    if (!code && !err_occurred())
        return err_set_string(&Exc_TypeError, "compile() arg 1 must be a string, bytes or AST "
                                              "object");
    return code;
}

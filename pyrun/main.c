/* main.c - pyrun: runs a code object, or a .py file through the earlier stages.
 *
 *     pyrun prog.py [ARG...]       compile (or take from __pycache__) and run
 *     pyrun prog.code [ARG...]     run a code artifact (MessagePack or JSON)
 *     pytok f.py | pyparse | pycomp | pyrun      the pipeline
 *
 * The program's arguments follow the file; sys.argv[0] is the file. */
#include "runtime.h"
#include "cli.h"
#include "diag.h"
#include "vm/cache.h"
#include "vm/load.h"
#include "vm/stage_error.h"
#include "vm/traceback.h"
#include "xalloc.h"

#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

static bool show_stats;

static const CliFlag pyrun_flags[] = {
    { "stats", 0, &show_stats, NULL, "report what the memory manager did, on stderr" },
    { NULL, 0, NULL, NULL, NULL },
};

static const CliSpec pyrun_spec = {
    .name = "pyrun",
    .summary = "Run a Python program: a code object from pycomp, or a .py file (compiled by "
               "pytok, pyparse and pycomp, and cached in __pycache__).",
    .input_help = "a code artifact, or a .py source file",
    .flags = pyrun_flags,
    .takes_rest = true,
    .has_text_view = false,
};

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static void print_stats(void)
{
    const MemStats *m = mem_stats();
    const GcStats *g = gc_stats();
    fprintf(stderr,
            "pyrun: memory: %llu allocations, %llu frees, peak %zu bytes in use, %zu pages\n"
            "pyrun: collector: %llu/%llu/%llu collections (generations 0/1/2), "
            "%llu objects collected\n",
            (unsigned long long)m->allocations, (unsigned long long)m->frees,
            m->peak_bytes_in_use, m->pages, (unsigned long long)g->collections[0],
            (unsigned long long)g->collections[1], (unsigned long long)g->collections[2],
            (unsigned long long)(g->collected[0] + g->collected[1] + g->collected[2]));
}

/* A problem with the main script's coding declaration (pytok reports it
 * at line 0) is found by CPython before it reads the file as source: it says
 * only "SyntaxError: encoding problem: NAME", without a location (an
 * imported module, or compile(), gets pytok's own words and line 0). */
static bool print_main_encoding_problem(const char *report)
{
    static const char unknown[] = "unknown encoding: ";
    StageDiagnostic d;
    if (!stage_diagnostic_parse(report, &d) || d.line != 0)
        return false;
    const char *message = d.message;
    size_t len = d.msg_len;
    if (len > strlen(unknown) && !strncmp(message, unknown, strlen(unknown))) {
        message += strlen(unknown);
        len -= strlen(unknown);
    } else if (strncmp(message, "encoding problem: ", 18) != 0) {
        return false;
    } else {
        message += 18;
        len -= 18;
    }
    Buf b;
    buf_init(&b);
    buf_printf(&b, "SyntaxError: encoding problem: %.*s\n", (int)len, message);
    write_stderr(b.data, b.len);
    buf_free(&b);
    return true;
}

int main(int argc, char **argv)
{
    CliOptions opt;
    cli_parse(argc, argv, &pyrun_spec, &opt);
    if (opt.output)
        diag_fatal(EXIT_USAGE, "-o is not used: a program's output goes to standard output");
    if (opt.json)
        diag_fatal(EXIT_USAGE, "--json is not used: pyrun writes no artifact");

    /* sys.argv: the program file, then its arguments */
    int prog_argc = opt.nrest + 1;
    char **prog_argv = xcalloc((size_t)prog_argc + 1, sizeof(char *));
    prog_argv[0] = strcmp(opt.input, "-") == 0 ? (char *)"-" : (char *)opt.input;
    for (int i = 0; i < opt.nrest; i++)
        prog_argv[i + 1] = opt.rest[i];
    char self[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    self[n > 0 ? n : 0] = '\0';

    /* As CPython does, the program's file is named by an absolute path
     * (the working directory joined to it, not normalised) in tracebacks
     * and __file__; sys.argv[0] stays as given. */
    char absolute[PATH_MAX * 2];
    const char *path = opt.input;
    if (ends_with(path, ".py") && path[0] != '/') {
        char cwd[PATH_MAX];
        if (getcwd(cwd, sizeof cwd)) {
            snprintf(absolute, sizeof absolute, "%s/%s", cwd, path);
            path = absolute;
        }
    }
    vm_init(prog_argc, prog_argv, self, path);
    Artifact a;
    memset(&a, 0, sizeof a);       /* (freed below even when loading failed early) */
    Buf report;
    buf_init(&report);
    int status = ends_with(path, ".py") ? cache_load_source(path, &a, &report)
                                        : artifact_read(path, ARTIFACT_CODE, &a);
    if (status != 0 && report.data) {
        /* a syntax error prints as CPython prints it; other reports as they are */
        if (status == 1 && print_main_encoding_problem(report.data)) {
            /* (printed) */
        } else if (status == 1 && vm_raise_stage_error(report.data, path)) {
            Object *exc = err_fetch();
            err_print(exc);
            XDECREF(exc);
        } else {
            fputs(report.data, stderr);
        }
    } else if (status == 0 && report.len > 0) {
        fputs(report.data, stderr);     /* the compiler's warnings */
    }
    buf_free(&report);
    Object *code = NULL;
    if (status == 0)
        code = load_code_artifact(&a, &status);
    artifact_free(&a);
    if (code) {
        status = vm_run_main(code);
        DECREF(code);
    }
    vm_finalize();
    if (show_stats)
        print_stats();
    free(prog_argv);
    if (status == VM_EXIT_INTERRUPTED) {
        fflush(NULL);
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
        return 130;         /* (if the signal is blocked) */
    }
    return status;
}

/* cli.c - the shared command line (see cli.h). */
#include "cli.h"
#include "diag.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void print_help(const CliSpec *spec)
{
    printf("usage: %s [FILE|-] [-o OUT] [--json]%s [options]%s\n\n%s\n\n",
           spec->name, spec->has_text_view ? " [--text]" : "",
           spec->takes_rest ? " [ARG...]" : "", spec->summary);
    printf("  FILE           %s (default: standard input)\n", spec->input_help);
    printf("  -o OUT         write to OUT instead of standard output\n");
    printf("  --json         write the JSON form instead of MessagePack\n");
    if (spec->has_text_view)
        printf("  --text         print the human-readable text view\n");
    for (const CliFlag *f = spec->flags; f && f->long_name; f++) {
        char left[64];
        if (f->short_name)
            snprintf(left, sizeof left, "-%c, --%s%s", f->short_name, f->long_name,
                     f->str_value ? "=V" : "");
        else
            snprintf(left, sizeof left, "--%s%s", f->long_name, f->str_value ? "=V" : "");
        printf("  %-14s %s\n", left, f->help);
    }
    printf("  --help         show this help\n  --version      show the version\n");
    printf("\nExit status: 0 success, 1 error in the input program, 2 usage or I/O error.\n");
}

static _Noreturn void usage_error(const CliSpec *spec, const char *what, const char *arg)
{
    diag_fatal(EXIT_USAGE, "%s '%s' (try '%s --help')", what, arg, spec->name);
}

/* Matches argv[*i] against the tool's own flags; returns false if none. */
static bool tool_flag(int argc, char **argv, int *i, const CliSpec *spec)
{
    const char *a = argv[*i];
    for (const CliFlag *f = spec->flags; f && f->long_name; f++) {
        bool is_long = a[0] == '-' && a[1] == '-';
        size_t n = strlen(f->long_name);
        if (is_long && strncmp(a + 2, f->long_name, n) == 0 && (a[2 + n] == '\0' || a[2 + n] == '=')) {
            if (f->str_value) {
                if (a[2 + n] == '=')
                    *f->str_value = a + 3 + n;
                else if (*i + 1 < argc)
                    *f->str_value = argv[++*i];
                else
                    usage_error(spec, "missing value after", a);
            } else {
                if (a[2 + n] == '=')
                    usage_error(spec, "option takes no value:", a);
                *f->value = true;
            }
            return true;
        }
        if (!is_long && f->short_name && a[0] == '-' && a[1] == f->short_name && a[2] == '\0') {
            if (f->str_value) {
                if (*i + 1 >= argc)
                    usage_error(spec, "missing value after", a);
                *f->str_value = argv[++*i];
            } else {
                *f->value = true;
            }
            return true;
        }
    }
    return false;
}

void cli_parse(int argc, char **argv, const CliSpec *spec, CliOptions *opt)
{
    diag_set_program(spec->name);
    *opt = (CliOptions){ "-", NULL, false, false, false, 0, NULL };
    bool have_input = false;
    int i;
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (have_input && spec->takes_rest)
            break;                                  /* the rest belongs to the program */
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            print_help(spec);
            exit(EXIT_OK);
        } else if (strcmp(a, "--version") == 0) {
            printf("%s (pyedu) %s\n", spec->name, PYEDU_VERSION);
            exit(EXIT_OK);
        } else if (strcmp(a, "-o") == 0) {
            if (++i >= argc)
                usage_error(spec, "missing file name after", a);
            opt->output = argv[i];
        } else if (strcmp(a, "--json") == 0) {
            opt->json = true;
        } else if (strcmp(a, "--text") == 0 && spec->has_text_view) {
            opt->text = true;
        } else if (tool_flag(argc, argv, &i, spec)) {
            continue;
        } else if (a[0] == '-' && a[1] != '\0') {
            usage_error(spec, "unknown option", a);
        } else if (!have_input) {
            opt->input = a;
            have_input = true;
        } else {
            usage_error(spec, "unexpected argument", a);
        }
    }
    if (spec->takes_rest) {
        opt->nrest = argc - i;
        opt->rest = argv + i;
    }
    opt->text_view = spec->has_text_view &&
                     (opt->text || (!opt->output && !opt->json && isatty(STDOUT_FILENO)));
}

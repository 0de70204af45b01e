/* cli.h - the command line every tool shares (design.md §4):
 *
 *     TOOL [FILE|-] [-o OUT] [--json] [--text] [--help] [--version] [tool flags]
 *
 * Input defaults to stdin and output to stdout.  Binary artifacts are never
 * written to a terminal: with stdout a terminal and no -o, the tool shows its
 * text view instead (opt->text_view). */
#ifndef COMMON_CLI_H
#define COMMON_CLI_H

#include <stdbool.h>

/* A tool's own flag: boolean (`value`) or taking a string (`str_value`, given
 * as --name=VALUE or --name VALUE). */
typedef struct CliFlag {
    const char *long_name;      /* without the leading "--" */
    char short_name;            /* 0 if none */
    bool *value;
    const char **str_value;
    const char *help;
} CliFlag;

typedef struct CliSpec {
    const char *name;           /* "pytok" */
    const char *summary;        /* one line: what the tool does */
    const char *input_help;     /* what FILE is */
    const CliFlag *flags;       /* ends with a zeroed entry; may be NULL */
    bool takes_rest;            /* arguments after FILE are kept (pyrun: the program's argv) */
    bool has_text_view;
} CliSpec;

typedef struct CliOptions {
    const char *input;          /* path, or "-" for stdin */
    const char *output;         /* path, or NULL for stdout */
    bool json;
    bool text;                  /* --text was given */
    bool text_view;             /* show the text view: --text, or stdout is a terminal */
    int nrest;                  /* arguments after FILE (takes_rest only) */
    char **rest;
} CliOptions;

/* Parses argv; handles --help and --version itself (exit 0) and prints a
 * one-line usage error (exit 2) on a bad command line. */
void cli_parse(int argc, char **argv, const CliSpec *spec, CliOptions *opt);

#define PYEDU_VERSION "0.1.0"

#endif

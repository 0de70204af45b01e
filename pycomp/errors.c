/* errors.c - recording a compile-time error and escaping (see errors.h). */
#include "errors.h"

#include <stdarg.h>
#include <stdio.h>

static _Noreturn void record(CompileErrors *errors, const char *kind, AstPos pos, const char *fmt,
                             va_list ap)
{
    errors->kind = kind;
    errors->pos = pos;
    vsnprintf(errors->message, sizeof errors->message, fmt, ap);
    longjmp(*errors->escape, 1);
}

void compile_error(CompileErrors *errors, AstPos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    record(errors, "SyntaxError", pos, fmt, ap);
}

void compile_error_kind(CompileErrors *errors, const char *kind, AstPos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    record(errors, kind, pos, fmt, ap);
}

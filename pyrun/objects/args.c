/* args.c - argument checking for built-ins (see args.h). */
#include "runtime.h"
#include "objects/args.h"

static size_t keyword_count(TupleObject *kwnames)
{
    return kwnames ? tuple_size((Object *)kwnames) : 0;
}

bool arg_no_keywords(const char *fname, TupleObject *kwnames)
{
    if (keyword_count(kwnames) == 0)
        return true;
    err_format(&Exc_TypeError, "%s() takes no keyword arguments", fname);
    return false;
}

bool arg_none(const char *fname, size_t nargs, TupleObject *kwnames)
{
    if (!arg_no_keywords(fname, kwnames))
        return false;
    nargs = NARGS(nargs);
    if (nargs == 0)
        return true;
    err_format(&Exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
    return false;
}

bool arg_one(const char *fname, size_t nargs, TupleObject *kwnames)
{
    if (!arg_no_keywords(fname, kwnames))
        return false;
    nargs = NARGS(nargs);
    if (nargs == 1)
        return true;
    err_format(&Exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
    return false;
}

static const char *plural(size_t n)
{
    return n == 1 ? "" : "s";
}

const char *arg_bare_name(const char *fname)
{
    const char *dot = strrchr(fname, '.');
    return dot ? dot + 1 : fname;
}

bool arg_range(const char *fname, size_t nargs, TupleObject *kwnames, size_t min, size_t max)
{
    if (!arg_no_keywords(fname, kwnames))
        return false;
    fname = arg_bare_name(fname);
    nargs = NARGS(nargs);
    if (nargs >= min && nargs <= max)
        return true;
    if (min == max)
        err_format(&Exc_TypeError, "%s expected %zu argument%s, got %zu", fname, min, plural(min),
                   nargs);
    else if (nargs < min)
        err_format(&Exc_TypeError, "%s expected at least %zu argument%s, got %zu", fname, min,
                   plural(min), nargs);
    else
        err_format(&Exc_TypeError, "%s expected at most %zu argument%s, got %zu", fname, max,
                   plural(max), nargs);
    return false;
}

bool arg_tuple_range(const char *fname, size_t nargs, TupleObject *kwnames, size_t min,
                     size_t max)
{
    if (!arg_no_keywords(fname, kwnames))
        return false;
    nargs = NARGS(nargs);
    if (nargs >= min && nargs <= max)
        return true;
    size_t bound = nargs < min ? min : max;
    const char *how = min == max ? "exactly" : nargs < min ? "at least" : "at most";
    err_format(&Exc_TypeError, "%s() takes %s %zu argument%s (%zu given)", fname, how, bound,
               plural(bound), nargs);
    return false;
}

static size_t name_count(const char *const *names)
{
    size_t n = 0;
    while (names[n])
        n++;
    return n;
}

/* Puts each keyword argument in out[] by its name.  What does not fit is
 * only noted, as CPython complains about it last: *unknown gets the first
 * name that is no parameter (or stays NULL), *twice the index of the first
 * parameter also given by position (or stays nnames). */
static void match_keywords(Object *const *kwvalues, TupleObject *kwnames,
                           const char *const *names, size_t nnames, size_t npositional,
                           Object **out, Object **unknown, size_t *twice)
{
    *unknown = NULL;
    *twice = nnames;
    size_t nkw = keyword_count(kwnames);
    for (size_t k = 0; k < nkw; k++) {
        Object *key = tuple_get((Object *)kwnames, k);
        size_t i = 0;
        while (i < nnames && !str_equal_cstr(key, names[i]))
            i++;
        if (i == nnames) {
            if (!*unknown)
                *unknown = key;
        } else if (i < npositional) {
            if (i < *twice)
                *twice = i;
        } else {
            out[i] = kwvalues[k];
        }
    }
}

static bool unknown_keyword(const char *fname, Object *key)
{
    err_format(&Exc_TypeError, "'%s' is an invalid keyword argument for %s()", str_data(key),
               fname);
    return false;
}

/* CPython's order: the counts, a missing argument, one given twice, an
 * unknown name. */
bool args_parse(const char *fname, Object *const *args, size_t nargs, TupleObject *kwnames,
                const char *const *names, size_t min_required, size_t max_positional,
                Object **out)
{
    nargs = NARGS(nargs);
    size_t nnames = name_count(names);
    size_t nkw = keyword_count(kwnames);
    if (nargs + nkw > nnames) {
        err_format(&Exc_TypeError, "%s() takes at most %zu %sargument%s (%zu given)", fname,
                   nnames, nargs == 0 ? "keyword " : "", plural(nnames), nargs + nkw);
        return false;
    }
    if (nargs > max_positional) {
        if (max_positional == 0)
            err_format(&Exc_TypeError, "%s() takes no positional arguments", fname);
        else
            err_format(&Exc_TypeError, "%s() takes %s %zu positional argument%s (%zu given)",
                       fname, min_required == max_positional ? "exactly" : "at most",
                       max_positional, plural(max_positional), nargs);
        return false;
    }
    for (size_t i = 0; i < nnames; i++)
        out[i] = i < nargs ? args[i] : NULL;
    Object *unknown;
    size_t twice;
    match_keywords(args + nargs, kwnames, names, nnames, nargs, out, &unknown, &twice);
    for (size_t i = 0; i < min_required; i++) {
        if (!out[i]) {
            err_format(&Exc_TypeError, "%s() missing required argument '%s' (pos %zu)", fname,
                       names[i], i + 1);
            return false;
        }
    }
    if (twice < nnames) {
        err_format(&Exc_TypeError, "argument for %s() given by name ('%s') and position (%zu)",
                   fname, names[twice], twice + 1);
        return false;
    }
    return unknown ? unknown_keyword(fname, unknown) : true;
}

bool args_keywords(const char *fname, Object *const *kwvalues, TupleObject *kwnames,
                   const char *const *names, Object **out)
{
    size_t nnames = name_count(names);
    for (size_t i = 0; i < nnames; i++)
        out[i] = NULL;
    Object *unknown;
    size_t twice;
    match_keywords(kwvalues, kwnames, names, nnames, 0, out, &unknown, &twice);
    return unknown ? unknown_keyword(fname, unknown) : true;
}

/* unicodedatamodule.c - the unicodedata module: the Unicode 14.0 character
 * database of CPython 3.11, answered by libunistring 1.0.
 *
 * Covered: unidata_version, lookup (names, aliases and named sequences),
 * name, category, bidirectional, combining, east_asian_width, mirrored,
 * decomposition, decimal, digit, numeric, normalize and is_normalized
 * (NFC, NFD, NFKC, NFKD).  Not provided: ucd_3_2_0 and the UCD type (the
 * database of Unicode 3.2 that IDNA uses), absent so that AttributeError
 * names them.
 *
 * libunistring holds almost everything.  Where its answers are not
 * CPython's, this file corrects them:
 * - names (common/unicode_names.c, shared with \N{...} in the front end):
 *   those of Hangul syllables are spelled from the Unicode Standard's jamo
 *   short names (libunistring 1.0 spells the final NJ as "NI"), those of
 *   CJK unified ideographs (which it does not name) are
 *   "CJK UNIFIED IDEOGRAPH-XXXX", and the control characters' aliases are
 *   listed there;
 * - decomposition() of a Hangul syllable is '' as in CPython, whose table
 *   lists only UnicodeData.txt's decompositions (libunistring computes it);
 * - bidirectional() of an unassigned code point is '' (CPython's record
 *   for it), and the isolates LRI, RLI, FSI and PDI are named here
 *   (uc_bidi_category_name does not know them);
 * - the East_Asian_Width, the Unihan numeric values and the aliases of the
 *   control characters, which libunistring lacks, come from the generated
 *   unicodedata_tables.c. */
#include "runtime.h"
#include "modules/modules.h"
#include "modules/unicodedata_tables.h"
#include "unicode_names.h"

#include <stdio.h>
#include <uninorm.h>
#include <unictype.h>
#include <uniwidth.h>

#define FUNCTION(name) static Object *name(Object *self, Object *const *args, size_t nargs, \
                                           TupleObject *kwnames)

/* ---- arguments ------------------------------------------------------------- */

/* The code point of a str of length 1.  CPython words the complaint with
 * the argument's position when the function takes two. */
static bool char_arg(const char *fname, const char *position, Object *o, uint32_t *cp)
{
    if (!str_check(o) || str_length(o) != 1) {
        err_format(&Exc_TypeError, "%s() argument %smust be a unicode character, not %s", fname,
                   position, arg_type_name(o));
        return false;
    }
    *cp = str_codepoint_at(o, 0);
    return true;
}

static bool one_char(const char *fname, Object *const *args, size_t nargs, TupleObject *kwnames,
                     uint32_t *cp)
{
    char qualified[48];
    snprintf(qualified, sizeof qualified, "unicodedata.%s", fname);
    return arg_one(qualified, nargs, kwnames) && char_arg(fname, "", args[0], cp);
}

/* A character and an optional default (name, decimal, digit, numeric). */
static bool char_and_default(const char *fname, Object *const *args, size_t nargs,
                             TupleObject *kwnames, uint32_t *cp)
{
    char qualified[48];
    snprintf(qualified, sizeof qualified, "unicodedata.%s", fname);
    return arg_range(qualified, nargs, kwnames, 1, 2) && char_arg(fname, "1 ", args[0], cp);
}

/* The default when there is one, or the ValueError `message`. */
static Object *default_or_error(Object *const *args, size_t nargs, const char *message)
{
    if (NARGS(nargs) == 2)
        return NEWREF(args[1]);
    return err_set_string(&Exc_ValueError, message);
}

/* ---- names ----------------------------------------------------------------- */

enum { HANGUL_FIRST = 0xAC00, HANGUL_COUNT = 19 * 21 * 28 };

static bool is_hangul_syllable(uint32_t cp)
{
    return cp >= HANGUL_FIRST && cp < HANGUL_FIRST + HANGUL_COUNT;
}

/* The text a name stands for (one character, or several for a named
 * sequence), or NULL without an exception.  Names of single characters,
 * computed ones and aliases are common/unicode_names.c's, as for \N{...}. */
static Object *text_of_name(const char *name)
{
    for (size_t i = 0; i < unicodedata_extra_name_count; i++) {
        const ExtraName *e = &unicodedata_extra_names[i];
        if (strcasecmp(name, e->name) != 0)
            continue;
        char text[EXTRA_NAME_MAX_POINTS * 4];
        size_t n = 0;
        for (int k = 0; k < e->length; k++)
            n += (size_t)utf8_encode(e->code_points[k], text + n);
        return str_from_utf8(text, n);
    }
    long cp = unicode_name_lookup(name, strlen(name));
    return cp < 0 ? NULL : str_from_codepoint((uint32_t)cp);
}

/* The KeyError for a name (bytes that need not be UTF-8: CPython shows
 * what is not as U+FFFD). */
static Object *undefined_name(const char *name)
{
    Object *raw = bytes_from(name, strlen(name));
    Object *shown = bytes_decode(raw, "utf-8", "replace");
    DECREF(raw);
    if (!shown)
        return NULL;
    err_format(&Exc_KeyError, "undefined character name '%s'", str_data(shown));
    DECREF(shown);
    return NULL;
}

/* CPython refuses a name longer than this before looking it up. */
enum { NAME_MAX_LENGTH = 256 };

FUNCTION(unicodedata_lookup)
{
    (void)self;
    if (!arg_one("unicodedata.lookup", nargs, kwnames))
        return NULL;
    const char *data;
    size_t size;
    if (str_check(args[0])) {
        data = str_data(args[0]);
        size = str_size(args[0]);
        if (utf8_has_surrogates(data, size))
            return str_encode(args[0], "utf-8", "strict");  /* the UnicodeEncodeError */
    } else if (bytes_check(args[0])) {
        data = bytes_data(args[0]);
        size = bytes_size(args[0]);
    } else if (bytearray_check(args[0])) {
        return err_set_string(&Exc_TypeError,
                              "lookup() argument must be read-only bytes-like object, not "
                              "bytearray");
    } else {
        return err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'",
                          obj_type_name(args[0]));
    }
    if (size > NAME_MAX_LENGTH)
        return err_set_string(&Exc_KeyError, "name too long");
    char name[NAME_MAX_LENGTH + 1];
    memcpy(name, data, size);
    name[size] = '\0';
    /* a NUL inside is no name (CPython shows the name up to it) */
    Object *text = strlen(name) == size ? text_of_name(name) : NULL;
    if (text || err_occurred())
        return text;
    return undefined_name(name);
}

FUNCTION(unicodedata_name)
{
    (void)self;
    uint32_t cp;
    if (!char_and_default("name", args, nargs, kwnames, &cp))
        return NULL;
    char buf[UNICODE_NAME_MAX];
    if (unicode_name_of(cp, buf))
        return str_from_cstr(buf);
    return default_or_error(args, nargs, "no such name");
}

/* ---- properties ------------------------------------------------------------ */

static bool is_unassigned(uint32_t cp)
{
    return uc_is_general_category(cp, UC_CATEGORY_Cn);
}

FUNCTION(unicodedata_category)
{
    (void)self;
    uint32_t cp;
    if (!one_char("category", args, nargs, kwnames, &cp))
        return NULL;
    return str_from_cstr(uc_general_category_name(uc_general_category(cp)));
}

/* The Bidi_Class names, in the order of libunistring's UC_BIDI_ values. */
static const char *const bidi_names[] = {
    "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET", "AN",
    "CS", "NSM", "BN", "B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI",
};

FUNCTION(unicodedata_bidirectional)
{
    (void)self;
    uint32_t cp;
    if (!one_char("bidirectional", args, nargs, kwnames, &cp))
        return NULL;
    int bidi = uc_bidi_category(cp);
    if (is_unassigned(cp) || bidi < 0 || (size_t)bidi >= sizeof bidi_names / sizeof *bidi_names)
        return str_empty();
    return str_from_cstr(bidi_names[bidi]);
}

FUNCTION(unicodedata_combining)
{
    (void)self;
    uint32_t cp;
    if (!one_char("combining", args, nargs, kwnames, &cp))
        return NULL;
    return int_from_i64(uc_combining_class(cp));
}

FUNCTION(unicodedata_mirrored)
{
    (void)self;
    uint32_t cp;
    if (!one_char("mirrored", args, nargs, kwnames, &cp))
        return NULL;
    ucs4_t mirror;
    return int_from_i64(uc_mirror_char(cp, &mirror) ? 1 : 0);
}

static int compare_width_range(const void *key, const void *element)
{
    uint32_t cp = *(const uint32_t *)key;
    const WidthRange *r = element;
    return cp < r->first ? -1 : cp > r->last ? 1 : 0;
}

/* What uc_width() and the decomposition tags tell of the width (keep in
 * step with derived_width() in tools/gen_unicodedata_tables.py, which
 * lists where this is not the answer). */
static const char *derived_width(uint32_t cp)
{
    if (is_unassigned(cp))
        return "F";     /* CPython's answer for unassigned code points */
    if (uc_is_general_category(cp, UC_CATEGORY_Co))
        return "A";
    int tag;
    ucs4_t parts[UC_DECOMPOSITION_MAX_LENGTH];
    if (uc_decomposition(cp, &tag, parts) > 0) {
        if (tag == UC_DECOMP_WIDE)
            return "F";
        if (tag == UC_DECOMP_NARROW)
            return "H";
    }
    return uc_width(cp, "UTF-8") == 2 ? "W" : "N";
}

FUNCTION(unicodedata_east_asian_width)
{
    (void)self;
    uint32_t cp;
    if (!one_char("east_asian_width", args, nargs, kwnames, &cp))
        return NULL;
    const WidthRange *r = bsearch(&cp, unicodedata_width_exceptions,
                                  unicodedata_width_exception_count, sizeof *r,
                                  compare_width_range);
    return str_from_cstr(r ? r->width : derived_width(cp));
}

/* The tags of uc_decomposition(), in the order of its UC_DECOMP_ values. */
static const char *const decomposition_tags[] = {
    "", "<font>", "<noBreak>", "<initial>", "<medial>", "<final>", "<isolated>", "<circle>",
    "<super>", "<sub>", "<vertical>", "<wide>", "<narrow>", "<small>", "<square>",
    "<fraction>", "<compat>",
};

FUNCTION(unicodedata_decomposition)
{
    (void)self;
    uint32_t cp;
    if (!one_char("decomposition", args, nargs, kwnames, &cp))
        return NULL;
    int tag;
    ucs4_t parts[UC_DECOMPOSITION_MAX_LENGTH];
    int n = is_hangul_syllable(cp) ? 0 : uc_decomposition(cp, &tag, parts);
    if (n <= 0)
        return str_empty();
    /* "<compat> 0020 0308": the tag (none when canonical), then the parts */
    char text[UC_DECOMPOSITION_MAX_LENGTH * 9 + 16];
    size_t used = (size_t)snprintf(text, sizeof text, "%s", decomposition_tags[tag]);
    for (int i = 0; i < n; i++)
        used += (size_t)snprintf(text + used, sizeof text - used, "%s%04X",
                                 used ? " " : "", (unsigned)parts[i]);
    return str_from_ascii(text, used);
}

FUNCTION(unicodedata_decimal)
{
    (void)self;
    uint32_t cp;
    if (!char_and_default("decimal", args, nargs, kwnames, &cp))
        return NULL;
    int value = uc_decimal_value(cp);
    return value >= 0 ? int_from_i64(value) : default_or_error(args, nargs, "not a decimal");
}

FUNCTION(unicodedata_digit)
{
    (void)self;
    uint32_t cp;
    if (!char_and_default("digit", args, nargs, kwnames, &cp))
        return NULL;
    int value = uc_digit_value(cp);
    return value >= 0 ? int_from_i64(value) : default_or_error(args, nargs, "not a digit");
}

static int compare_numeric(const void *key, const void *element)
{
    uint32_t cp = *(const uint32_t *)key;
    uint32_t other = ((const NumericValue *)element)->code_point;
    return cp < other ? -1 : cp > other;
}

FUNCTION(unicodedata_numeric)
{
    (void)self;
    uint32_t cp;
    if (!char_and_default("numeric", args, nargs, kwnames, &cp))
        return NULL;
    /* the Unihan values first: libunistring has none of them */
    const NumericValue *v = bsearch(&cp, unicodedata_numeric_exceptions,
                                    unicodedata_numeric_exception_count, sizeof *v,
                                    compare_numeric);
    if (v)
        return float_from_double(v->value);
    uc_fraction_t f = uc_numeric_value(cp);
    if (f.denominator == 0)
        return default_or_error(args, nargs, "not a numeric character");
    return float_from_double((double)f.numerator / f.denominator);
}

/* ---- normalization --------------------------------------------------------- */

/* The form named by args[0], or NULL with an exception. */
static uninorm_t normalization_form(const char *fname, Object *const *args, size_t nargs,
                                    TupleObject *kwnames)
{
    char qualified[48];
    snprintf(qualified, sizeof qualified, "unicodedata.%s", fname);
    if (!arg_range(qualified, nargs, kwnames, 2, 2))
        return NULL;
    for (int i = 0; i < 2; i++) {
        if (!str_check(args[i])) {
            err_format(&Exc_TypeError, "%s() argument %d must be str, not %s", fname, i + 1,
                       arg_type_name(args[i]));
            return NULL;
        }
    }
    /* str_equal_cstr: a NUL inside the name makes it no form */
    if (str_equal_cstr(args[0], "NFC"))
        return UNINORM_NFC;
    if (str_equal_cstr(args[0], "NFD"))
        return UNINORM_NFD;
    if (str_equal_cstr(args[0], "NFKC"))
        return UNINORM_NFKC;
    if (str_equal_cstr(args[0], "NFKD"))
        return UNINORM_NFKD;
    err_set_string(&Exc_ValueError, "invalid normalization form");
    return NULL;
}

static void append_wtf8(Buf *out, const uint32_t *points, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char bytes[4];
        buf_append(out, bytes, (size_t)utf8_encode(points[i], bytes));
    }
}

static bool is_surrogate(uint32_t cp)
{
    return cp >= 0xD800 && cp <= 0xDFFF;
}

/* Appends points[0..n) in normalization form `form`.  libunistring turns
 * lone surrogates into U+FFFD; CPython keeps them, and as starters that
 * nothing composes with they split the text into parts normalized alone. */
static bool append_normalized(Buf *out, uninorm_t form, const uint32_t *points, size_t n)
{
    size_t start = 0;
    while (start < n) {
        size_t stop = start;
        while (stop < n && !is_surrogate(points[stop]))
            stop++;
        size_t length;
        uint32_t *part = u32_normalize(form, points + start, stop - start, NULL, &length);
        if (!part)
            return false;
        append_wtf8(out, part, length);
        free(part);
        if (stop < n)
            append_wtf8(out, points + stop, 1);
        start = stop + 1;
    }
    return true;
}

/* The text of s in normalization form `form`: a new str, or s itself when
 * it is already in that form (as CPython returns it). */
static Object *normalized(Object *s, uninorm_t form)
{
    if (((StrObject *)s)->ascii)
        return NEWREF(s);       /* ASCII text is in every form */
    size_t length = str_length(s);
    uint32_t *points = malloc(length * sizeof *points);
    if (!points)
        return err_no_memory();
    const char *p = str_data(s), *end = p + str_size(s);
    for (size_t i = 0; i < length; i++)
        points[i] = utf8_decode(&p, end);
    Buf out;
    buf_init(&out);
    bool ok = append_normalized(&out, form, points, length);
    free(points);
    Object *r;
    if (!ok)
        r = err_no_memory();
    else if (out.len == str_size(s) && memcmp(out.data, str_data(s), out.len) == 0)
        r = NEWREF(s);
    else
        r = str_from_utf8(out.data, out.len);
    buf_free(&out);
    return r;
}

FUNCTION(unicodedata_normalize)
{
    (void)self;
    uninorm_t form = normalization_form("normalize", args, nargs, kwnames);
    return form ? normalized(args[1], form) : NULL;
}

FUNCTION(unicodedata_is_normalized)
{
    (void)self;
    uninorm_t form = normalization_form("is_normalized", args, nargs, kwnames);
    if (!form)
        return NULL;
    Object *r = normalized(args[1], form);
    if (!r)
        return NULL;
    bool same = r == args[1];
    DECREF(r);
    return bool_from(same);
}

/* ---- the module ------------------------------------------------------------ */

static const MethodDef unicodedata_functions[] = {
    { "lookup", unicodedata_lookup, 0 },
    { "name", unicodedata_name, 0 },
    { "category", unicodedata_category, 0 },
    { "bidirectional", unicodedata_bidirectional, 0 },
    { "combining", unicodedata_combining, 0 },
    { "east_asian_width", unicodedata_east_asian_width, 0 },
    { "mirrored", unicodedata_mirrored, 0 },
    { "decomposition", unicodedata_decomposition, 0 },
    { "decimal", unicodedata_decimal, 0 },
    { "digit", unicodedata_digit, 0 },
    { "numeric", unicodedata_numeric, 0 },
    { "normalize", unicodedata_normalize, 0 },
    { "is_normalized", unicodedata_is_normalized, 0 },
    { NULL, NULL, 0 },
};

Object *unicodedata_module_create(void)
{
    Object *m = module_new("unicodedata");
    module_add_functions(m, unicodedata_functions);
    module_add(m, "unidata_version", str_from_cstr("14.0.0"));
    return m;
}

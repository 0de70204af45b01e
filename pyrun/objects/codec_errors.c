/* codec_errors.c - the codecs' error handlers (see codec_errors.h): the
 * built-in ones, natively and as the functions codecs.lookup_error gives,
 * and the registry of codecs.register_error. */
#include "runtime.h"
#include "objects/codec_errors.h"
#include "unicode_names.h"


enum {
    HANDLER_UNRESOLVED = -1,
    HANDLER_STRICT, HANDLER_IGNORE, HANDLER_REPLACE, HANDLER_BACKSLASHREPLACE,
    HANDLER_XMLCHARREFREPLACE, HANDLER_NAMEREPLACE, HANDLER_SURROGATEESCAPE,
    HANDLER_SURROGATEPASS, HANDLER_COUNT,
    HANDLER_REGISTERED = HANDLER_COUNT,
};

static const char *const builtin_names[HANDLER_COUNT] = {
    "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
    "surrogateescape", "surrogatepass",
};

/* ---- the built-in handlers ---------------------------------------------------------------- */

/* One error, as a handler sees it. */
typedef struct Fault {
    Type *kind;                 /* Exc_UnicodeEncodeError, ...DecodeError or ...TranslateError */
    const CodecForm *form;      /* the codec's, NULL if the error names none known */
    Object *text;               /* the str (encoding, translating) */
    const char *data;           /* the bytes (decoding) */
    size_t size;
    size_t start, end;
} Fault;

typedef enum {
    HANDLED,                    /* the replacement is in the Answer */
    REFUSED,                    /* the handler cannot help: the error stands */
    FAILED,                     /* another exception was raised */
} Outcome;

typedef struct Answer {
    Buf replacement;            /* WTF-8 text, or bytes */
    bool is_bytes;
    size_t resume;              /* where the codec goes on */
    size_t refused_from;        /* REFUSED: the first character the handler could not take */
} Answer;

static bool is_decoding(const Fault *f) { return f->kind == &Exc_UnicodeDecodeError; }

static Outcome cannot_handle(const Fault *f)
{
    err_format(&Exc_TypeError, "don't know how to handle %s in error callback", f->kind->name);
    return FAILED;
}

/* The code points of the str in [f->start, f->end), one by one. */
typedef struct { const char *p, *end; } Walk;

static Walk walk_fault(const Fault *f)
{
    const char *data = str_data(f->text);
    return (Walk){ data + str_offset_of(f->text, f->start),
                   data + str_offset_of(f->text, f->end) };
}

static void put_codepoint(Buf *b, uint32_t cp)
{
    char enc[4];
    buf_append(b, enc, (size_t)utf8_encode(cp, enc));
}

static void put_backslash_escape(Buf *b, uint32_t cp)
{
    buf_printf(b, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x", cp);
}

static Outcome replace_with_marks(const Fault *f, Answer *a)
{
    if (is_decoding(f)) {
        put_codepoint(&a->replacement, 0xFFFD);      /* one for the whole bad sequence */
        return HANDLED;
    }
    bool encoding = f->kind == &Exc_UnicodeEncodeError;
    for (size_t i = f->start; i < f->end; i++)
        buf_puts(&a->replacement, encoding ? "?" : "\xEF\xBF\xBD");
    return HANDLED;
}

static Outcome replace_with_backslashes(const Fault *f, Answer *a)
{
    if (is_decoding(f)) {
        for (size_t i = f->start; i < f->end; i++)
            put_backslash_escape(&a->replacement, (unsigned char)f->data[i]);
        return HANDLED;
    }
    for (Walk w = walk_fault(f); w.p < w.end;)
        put_backslash_escape(&a->replacement, utf8_decode(&w.p, w.end));
    return HANDLED;
}

static Outcome replace_with_xml_references(const Fault *f, Answer *a)
{
    if (f->kind != &Exc_UnicodeEncodeError)
        return cannot_handle(f);
    for (Walk w = walk_fault(f); w.p < w.end;)
        buf_printf(&a->replacement, "&#%u;", utf8_decode(&w.p, w.end));
    return HANDLED;
}

static Outcome replace_with_names(const Fault *f, Answer *a)
{
    if (f->kind != &Exc_UnicodeEncodeError)
        return cannot_handle(f);
    for (Walk w = walk_fault(f); w.p < w.end;) {
        uint32_t cp = utf8_decode(&w.p, w.end);
        char name[UNICODE_NAME_MAX];
        if (unicode_name_of(cp, name))
            buf_printf(&a->replacement, "\\N{%s}", name);
        else
            put_backslash_escape(&a->replacement, cp);
    }
    return HANDLED;
}

static Outcome refuse_from(Answer *a, size_t index)
{
    a->refused_from = index;
    return REFUSED;
}

/* Encoding: U+DC80..U+DCFF stand for the bytes 0x80..0xFF that decoding
   could not read.  Decoding: up to 4 such bytes become those characters. */
static Outcome escape_surrogates(const Fault *f, Answer *a)
{
    if (f->kind == &Exc_UnicodeTranslateError)
        return cannot_handle(f);
    a->is_bytes = !is_decoding(f);
    if (is_decoding(f)) {
        size_t i = f->start;
        while (i < f->end && i < f->start + 4 && (unsigned char)f->data[i] >= 0x80)
            put_codepoint(&a->replacement, 0xDC00 + (unsigned char)f->data[i++]);
        a->resume = i;
        return i > f->start ? HANDLED : refuse_from(a, f->start);
    }
    size_t index = f->start;
    for (Walk w = walk_fault(f); w.p < w.end; index++) {
        uint32_t cp = utf8_decode(&w.p, w.end);
        if (cp < 0xDC80 || cp > 0xDCFF)
            return refuse_from(a, index);
        buf_putc(&a->replacement, (char)(cp - 0xDC00));
    }
    return HANDLED;
}

static bool is_surrogate(uint32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

static void put_unit(Buf *b, uint32_t u, const CodecForm *form)
{
    for (int i = 0; i < form->unit; i++) {
        int shift = form->big_endian ? 8 * (form->unit - 1 - i) : 8 * i;
        buf_putc(b, (char)((u >> shift) & 0xFF));
    }
}

/* The surrogate the codec's bytes at data[at] spell, or 0. */
static uint32_t encoded_surrogate(const Fault *f, size_t at)
{
    const unsigned char *p = (const unsigned char *)f->data + at;
    size_t unit = f->form->unit == 1 ? 3 : f->form->unit;
    if (at + unit > f->size)
        return 0;
    uint32_t cp = 0;
    if (f->form->unit == 1) {
        if (p[0] != 0xED || (p[1] & 0xE0) != 0xA0 || (p[2] & 0xC0) != 0x80)
            return 0;
        cp = 0xD000 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
    } else {
        for (size_t k = 0; k < unit; k++)
            cp |= (uint32_t)p[k] << (f->form->big_endian ? 8 * (unit - 1 - k) : 8 * k);
    }
    return is_surrogate(cp) ? cp : 0;
}

/* Lone surrogates written and read as if they were characters (the UTF
   codecs only). */
static Outcome pass_surrogates(const Fault *f, Answer *a)
{
    if (f->kind == &Exc_UnicodeTranslateError)
        return cannot_handle(f);
    if (!f->form || !f->form->utf)
        return refuse_from(a, f->start);
    if (is_decoding(f)) {
        uint32_t cp = encoded_surrogate(f, f->start);
        if (!cp)
            return refuse_from(a, f->start);
        put_codepoint(&a->replacement, cp);
        a->resume = f->start + (f->form->unit == 1 ? 3 : f->form->unit);
        return HANDLED;
    }
    a->is_bytes = true;
    size_t index = f->start;
    for (Walk w = walk_fault(f); w.p < w.end; index++) {
        uint32_t cp = utf8_decode(&w.p, w.end);
        if (!is_surrogate(cp))
            return refuse_from(a, index);
        if (f->form->unit == 1)
            put_codepoint(&a->replacement, cp);     /* (WTF-8 is UTF-8 with surrogates) */
        else
            put_unit(&a->replacement, cp, f->form);
    }
    return HANDLED;
}

/* Runs built-in handler `which` on the fault (not 'strict'); a->resume is
   f->end unless the handler says otherwise. */
static Outcome run_builtin(int which, const Fault *f, Answer *a)
{
    buf_init(&a->replacement);
    a->is_bytes = false;
    a->resume = f->end;
    switch (which) {
    case HANDLER_IGNORE: return HANDLED;
    case HANDLER_REPLACE: return replace_with_marks(f, a);
    case HANDLER_BACKSLASHREPLACE: return replace_with_backslashes(f, a);
    case HANDLER_XMLCHARREFREPLACE: return replace_with_xml_references(f, a);
    case HANDLER_NAMEREPLACE: return replace_with_names(f, a);
    case HANDLER_SURROGATEESCAPE: return escape_surrogates(f, a);
    default: return pass_surrogates(f, a);
    }
}

/* ---- the registry ------------------------------------------------------------------------------ */

static Object *registry;        /* name -> handler */

static Object *handler_function(int which, Object *const *args, size_t nargs,
                                TupleObject *kwnames);

#define BUILTIN_HANDLER(which, fname)                                                   \
    static Object *fname(Object *self, Object *const *args, size_t nargs,               \
                         TupleObject *kwnames)                                          \
    {                                                                                   \
        (void)self;                                                                     \
        return handler_function(which, args, nargs, kwnames);                           \
    }
BUILTIN_HANDLER(HANDLER_STRICT, strict_errors)
BUILTIN_HANDLER(HANDLER_IGNORE, ignore_errors)
BUILTIN_HANDLER(HANDLER_REPLACE, replace_errors)
BUILTIN_HANDLER(HANDLER_BACKSLASHREPLACE, backslashreplace_errors)
BUILTIN_HANDLER(HANDLER_XMLCHARREFREPLACE, xmlcharrefreplace_errors)
BUILTIN_HANDLER(HANDLER_NAMEREPLACE, namereplace_errors)
BUILTIN_HANDLER(HANDLER_SURROGATEESCAPE, surrogateescape)
BUILTIN_HANDLER(HANDLER_SURROGATEPASS, surrogatepass)

/* (in the order of builtin_names) */
static const MethodDef builtin_handler_defs[HANDLER_COUNT] = {
    { "strict_errors", strict_errors, 0 },
    { "ignore_errors", ignore_errors, 0 },
    { "replace_errors", replace_errors, 0 },
    { "backslashreplace_errors", backslashreplace_errors, 0 },
    { "xmlcharrefreplace_errors", xmlcharrefreplace_errors, 0 },
    { "namereplace_errors", namereplace_errors, 0 },
    { "surrogateescape", surrogateescape, 0 },
    { "surrogatepass", surrogatepass, 0 },
};

static Object *the_registry(void)
{
    if (registry)
        return registry;
    registry = dict_new();
    for (int i = 0; i < HANDLER_COUNT; i++) {
        Object *f = builtin_function_new(&builtin_handler_defs[i], NULL, NULL);
        dict_set_cstr(registry, builtin_names[i], f);
        DECREF(f);
    }
    return registry;
}

static Object *unknown_handler(Object *name)
{
    Object *shown = str_repr(name);
    if (shown) {
        err_format(&Exc_LookupError, "unknown error handler name %s", str_data(shown));
        DECREF(shown);
    }
    return NULL;
}

Object *codec_lookup_error(Object *name)
{
    Object *handler = dict_get(the_registry(), name);
    if (handler)
        return NEWREF(handler);
    return err_occurred() ? NULL : unknown_handler(name);
}

int codec_register_error(Object *name, Object *handler)
{
    return dict_set(the_registry(), name, handler);
}

/* ---- the built-in handlers as functions: f(exception) -> (replacement, position) ------------ */

/* An index attribute of a Unicode error, clamped into the object as
   CPython's handlers read it: start in [0, length), end in [1, length]. */
static bool clamped_index(Object *value, size_t length, bool is_end, size_t *out)
{
    if (!int_check(value)) {
        err_format(&Exc_TypeError, "%s attribute must be int", is_end ? "end" : "start");
        return false;
    }
    bool overflow = false;
    int64_t v = int_as_i64(value, &overflow);
    if (overflow)
        v = int_sign(value) < 0 ? INT64_MIN : INT64_MAX;
    int64_t low = is_end ? 1 : 0, high = is_end ? (int64_t)length : (int64_t)length - 1;
    if (v > high)
        v = high;
    if (v < low)
        v = low;
    *out = (size_t)(v < 0 ? 0 : v);
    return true;
}

/* The Fault an exception object describes; false with TypeError if it is
   no Unicode error with the right attributes. */
static bool fault_of_exception(Object *exc, Fault *f, CodecForm *form)
{
    static Type *const kinds[] = { &Exc_UnicodeEncodeError, &Exc_UnicodeDecodeError,
                                   &Exc_UnicodeTranslateError };
    f->kind = NULL;
    for (size_t i = 0; i < 3; i++)
        if (type_is_subtype(exc->type, kinds[i]))
            f->kind = kinds[i];
    if (!f->kind) {
        err_format(&Exc_TypeError, "don't know how to handle %s in error callback",
                   obj_type_name(exc));
        return false;
    }
    ExceptionObject *e = (ExceptionObject *)exc;
    Object *object = e->extra[EXC_UNICODE_OBJECT], *encoding = e->extra[EXC_UNICODE_ENCODING];
    bool decoding = f->kind == &Exc_UnicodeDecodeError;
    if (!object || (decoding ? !bytes_check(object) : !str_check(object))) {
        err_format(&Exc_TypeError, "object attribute must be %s", decoding ? "bytes" : "unicode");
        return false;
    }
    f->text = decoding ? NULL : object;
    f->data = decoding ? bytes_data(object) : NULL;
    f->size = decoding ? bytes_size(object) : str_length(object);
    f->form = encoding && str_check(encoding) && codec_form_of(str_data(encoding), form) ? form
                                                                                        : NULL;
    return clamped_index(e->extra[EXC_UNICODE_START], f->size, false, &f->start) &&
           clamped_index(e->extra[EXC_UNICODE_END], f->size, true, &f->end);
}

static Object *handler_function(int which, Object *const *args, size_t nargs,
                                TupleObject *kwnames)
{
    if (!arg_one(builtin_handler_defs[which].name, nargs, kwnames))
        return NULL;
    Object *exc = args[0];
    if (!type_is_subtype(exc->type, &Exc_BaseException)) {
        return which == HANDLER_STRICT
                   ? err_format(&Exc_TypeError, "codec must pass exception instance")
                   : err_format(&Exc_TypeError, "don't know how to handle %s in error callback",
                                obj_type_name(exc));
    }
    if (which == HANDLER_STRICT)
        return err_set_object(exc);
    Fault f;
    CodecForm form;
    if (!fault_of_exception(exc, &f, &form))
        return NULL;
    Answer a;
    size_t end = f.end;
    if (f.end < f.start)
        f.end = f.start;            /* nothing to replace, and the answer says the end */
    Outcome outcome = run_builtin(which, &f, &a);
    if (end < f.start)
        a.resume = end;
    Object *result = NULL;
    if (outcome == REFUSED) {
        err_set_object(exc);        /* the exception itself, unchanged */
    } else if (outcome == HANDLED) {
        const char *bytes = a.replacement.data ? a.replacement.data : "";
        Object *replacement = a.is_bytes ? bytes_from(bytes, a.replacement.len)
                                         : str_from_utf8(bytes, a.replacement.len);
        Object *position = int_from_i64((int64_t)a.resume);
        result = tuple_pack(2, replacement, position);
        DECREF(replacement);
        DECREF(position);
    }
    buf_free(&a.replacement);
    return result;
}

/* ---- what the codecs call --------------------------------------------------------------------- */

void codec_errors_init(CodecErrors *ce, CodecForm form, const char *errors)
{
    ce->form = form;
    ce->errors = errors ? errors : "strict";
    ce->handler = HANDLER_UNRESOLVED;
    ce->registered = NULL;
    ce->input = NULL;
}

void codec_errors_done(CodecErrors *ce)
{
    XDECREF(ce->registered);
    XDECREF(ce->input);
}

static bool resolve_handler(CodecErrors *ce)
{
    if (ce->handler != HANDLER_UNRESOLVED)
        return true;
    for (int i = 0; i < HANDLER_COUNT; i++)
        if (!strcmp(ce->errors, builtin_names[i])) {
            ce->handler = i;
            return true;
        }
    Object *name = str_from_cstr(ce->errors);
    ce->registered = codec_lookup_error(name);
    DECREF(name);
    ce->handler = HANDLER_REGISTERED;
    return ce->registered != NULL;
}

static Object *unicode_error(Type *kind, const char *encoding, Object *object, size_t start,
                             size_t end, const char *reason)
{
    Object *args[5] = { str_from_cstr(encoding), object, int_from_i64((int64_t)start),
                        int_from_i64((int64_t)end), str_from_cstr(reason) };
    Object *e = obj_call((Object *)kind, args, 5, NULL);
    DECREF(args[0]);
    DECREF(args[2]);
    DECREF(args[3]);
    DECREF(args[4]);
    return e;
}

/* The (replacement, position) a registered handler answered, into *a;
   position counts from the end when negative and must fall in the input. */
static bool read_answer(Object *answer, bool decoding, size_t length, Answer *a)
{
    TupleObject *t = (TupleObject *)answer;
    bool ok = tuple_check(answer) && t->size == 2 && int_check(t->items[1]) &&
              (str_check(t->items[0]) || (!decoding && bytes_check(t->items[0])));
    if (!ok) {
        err_format(&Exc_TypeError, decoding ? "decoding error handler must return (str, int) tuple"
                                            : "encoding error handler must return (str/bytes, int) "
                                              "tuple");
        return false;
    }
    Object *replacement = t->items[0];
    bool overflow = false;
    int64_t position = int_as_i64(t->items[1], &overflow);
    if (overflow) {
        err_format(&Exc_OverflowError, "Python int too large to convert to C ssize_t");
        return false;
    }
    if (position < 0)
        position += (int64_t)length;    /* (the message shows the sum) */
    if (position < 0 || position > (int64_t)length) {
        err_format(&Exc_IndexError, "position %lld from error handler out of bounds",
                   (long long)position);
        return false;
    }
    a->is_bytes = bytes_check(replacement);
    buf_append(&a->replacement, a->is_bytes ? bytes_data(replacement) : str_data(replacement),
               a->is_bytes ? bytes_size(replacement) : str_size(replacement));
    a->resume = (size_t)position;
    return true;
}

static Outcome run_registered(CodecErrors *ce, const Fault *f, const char *reason, Answer *a)
{
    buf_init(&a->replacement);
    bool decoding = is_decoding(f);
    Object *exc = unicode_error(f->kind, ce->form.name, decoding ? ce->input : f->text, f->start,
                                f->end, reason);
    if (!exc)
        return FAILED;
    Object *answer = obj_call1(ce->registered, exc);
    DECREF(exc);
    if (!answer)
        return FAILED;
    bool ok = read_answer(answer, decoding, f->size, a);
    DECREF(answer);
    return ok ? HANDLED : FAILED;
}

static Outcome run_handler(CodecErrors *ce, const Fault *f, const char *reason, Answer *a)
{
    if (ce->handler == HANDLER_REGISTERED)
        return run_registered(ce, f, reason, a);
    return run_builtin(ce->handler, f, a);
}

/* Appends an encoding handler's replacement in the codec's bytes; false
   if the codec cannot write it (a character it cannot encode, bytes that
   are not whole code units), and then the original error stands. */
static bool put_encoded_replacement(const CodecForm *form, const Answer *a, Buf *out)
{
    const char *p = a->replacement.data, *end = p + a->replacement.len;
    if (a->is_bytes) {
        if (a->replacement.len % form->unit)
            return false;
        buf_append(out, p, a->replacement.len);
        return true;
    }
    for (const char *q = p; q < end;)
        if (utf8_decode(&q, end) >= form->limit)
            return false;
    while (p < end)
        put_unit(out, utf8_decode(&p, end), form);
    return true;
}

int64_t codec_encode_error(CodecErrors *ce, Object *s, size_t start, size_t end,
                           const char *reason, Buf *out)
{
    if (!resolve_handler(ce))
        return -1;
    if (ce->handler == HANDLER_STRICT) {
        err_unicode_encode(ce->form.name, s, start, end, reason);
        return -1;
    }
    Fault f = { .kind = &Exc_UnicodeEncodeError, .form = &ce->form, .text = s,
                .size = str_length(s), .start = start, .end = end };
    Answer a;
    Outcome outcome = run_handler(ce, &f, reason, &a);
    if (outcome == HANDLED && !put_encoded_replacement(&ce->form, &a, out))
        outcome = refuse_from(&a, start);
    buf_free(&a.replacement);
    if (outcome == REFUSED)
        err_unicode_encode(ce->form.name, s, a.refused_from, end, reason);
    return outcome == HANDLED ? (int64_t)a.resume : -1;
}

int64_t codec_decode_error(CodecErrors *ce, const char *data, size_t size, size_t start,
                           size_t end, const char *reason, Buf *out)
{
    if (!resolve_handler(ce))
        return -1;
    if (ce->handler == HANDLER_STRICT) {
        err_unicode_decode(ce->form.name, data, size, start, end, reason);
        return -1;
    }
    if (ce->handler == HANDLER_REGISTERED && !ce->input)
        ce->input = bytes_from(data, size);
    Fault f = { .kind = &Exc_UnicodeDecodeError, .form = &ce->form, .data = data, .size = size,
                .start = start, .end = end };
    Answer a;
    Outcome outcome = run_handler(ce, &f, reason, &a);
    if (outcome == HANDLED)
        buf_append(out, a.replacement.data, a.replacement.len);
    buf_free(&a.replacement);
    if (outcome == REFUSED)
        err_unicode_decode(ce->form.name, data, size, a.refused_from, end, reason);
    return outcome == HANDLED ? (int64_t)a.resume : -1;
}

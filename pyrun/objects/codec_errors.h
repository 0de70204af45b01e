/* codec_errors.h - what the codecs (bytes.c, codec_escape.c) do with text
 * they cannot encode or bytes they cannot decode: what the error handler
 * named by `errors` says.
 *
 * A codec meets an error, calls codec_encode_error or codec_decode_error
 * with the bad range and CPython's reason, gets the handler's replacement
 * appended to its output and the position to go on from.  The built-in
 * handlers ('strict', 'ignore', 'replace', 'backslashreplace',
 * 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass')
 * run natively, without an exception object; any other name is looked up
 * in the registry of codecs.register_error (the _codecs module) and its
 * handler called with a UnicodeEncodeError or UnicodeDecodeError, which
 * answers (replacement, position).  The name is looked up only when an
 * error happens: 'abc'.encode('ascii', 'bogus') is b'abc'. */
#ifndef PYRUN_OBJECTS_CODEC_ERRORS_H
#define PYRUN_OBJECTS_CODEC_ERRORS_H

#include "object.h"
#include "buf.h"

/* What the handlers need to know of a codec. */
typedef struct CodecForm {
    const char *name;       /* its name in its errors: "utf-16-le" */
    uint8_t unit;           /* bytes per code unit: 1, 2 (UTF-16) or 4 (UTF-32) */
    bool big_endian;
    bool utf;               /* UTF-8, -16 or -32: surrogatepass can write surrogates */
    uint32_t limit;         /* a str replacement's code points must be below this */
} CodecForm;

/* One encode or decode call's handler, resolved at its first error. */
typedef struct CodecErrors {
    CodecForm form;
    const char *errors;     /* the handler's name */
    int handler;            /* a built-in one (codec_errors.c), or not yet known */
    Object *registered;     /* a handler from the registry, owned */
    Object *input;          /* the bytes being decoded, for the exceptions (owned) */
} CodecErrors;

void codec_errors_init(CodecErrors *ce, CodecForm form, const char *errors);
void codec_errors_done(CodecErrors *ce);

/* The code points s[start:end] cannot be encoded (`reason`): appends the
 * replacement, in the codec's bytes, to out; returns the code-point index
 * to go on from, or -1 with the exception raised. */
int64_t codec_encode_error(CodecErrors *ce, Object *s, size_t start, size_t end,
                           const char *reason, Buf *out);
/* The bytes data[start:end] cannot be decoded: appends the replacement
 * (WTF-8) to out; returns the byte index to go on from, or -1. */
int64_t codec_decode_error(CodecErrors *ce, const char *data, size_t size, size_t start,
                           size_t end, const char *reason, Buf *out);

/* The registry (codecs.lookup_error, codecs.register_error): a new
 * reference, or NULL with LookupError "unknown error handler name". */
Object *codec_lookup_error(Object *name);
int codec_register_error(Object *name, Object *handler);

/* The form of the codec called `encoding` (any spelling str.encode takes,
 * bytes.c); false if there is none. */
bool codec_form_of(const char *encoding, CodecForm *form);

#endif

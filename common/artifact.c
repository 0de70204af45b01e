/* artifact.c - reading and writing the artifact envelope (see artifact.h). */
#include "artifact.h"
#include "diag.h"
#include "json.h"
#include "pipeline.h"
#include "xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *const kind_names[] = { "tokens", "ast", "code" };

/* The tool that consumes each kind, for hints in error messages. */
static const char *const kind_reader[] = { "pyparse", "pycomp", "pyrun" };

const char *artifact_kind_name(ArtifactKind kind)
{
    return kind_names[kind];
}

/* "a tokens", "an ast", "a code": for messages. */
static const char *a_kind(ArtifactKind kind)
{
    static const char *const with_article[] = { "a tokens", "an ast", "a code" };
    return with_article[kind];
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

int artifact_read(const char *path, ArtifactKind want, Artifact *a)
{
    Buf bytes;
    buf_init(&bytes);
    if (ends_with(path, ".py")) {
        int status = pipeline_from_source(path, want, &bytes);
        if (status != 0) {
            buf_free(&bytes);
            return status;
        }
    } else {
        int err = buf_read_file(&bytes, path);
        if (err) {
            diag_message("%s: %s", path, strerror(err));
            buf_free(&bytes);
            return EXIT_USAGE;
        }
    }
    return artifact_parse(&bytes, path, want, a);
}

/* Says what the bytes are when they are not an artifact at all. */
static int not_an_artifact(const Buf *b, const char *path, ArtifactKind want)
{
    if (b->len == 0) {
        diag_message("%s: empty input (expected %s artifact)", path, a_kind(want));
        return EXIT_USAGE;
    }
    size_t text = 0;
    for (size_t i = 0; i < b->len && i < 512; i++)
        text += (unsigned char)b->data[i] >= 0x20 || b->data[i] == '\n' || b->data[i] == '\t' ||
                b->data[i] == '\r';
    bool looks_textual = text == (b->len < 512 ? b->len : 512);
    if (looks_textual)
        diag_message("%s: not %s artifact: this looks like text%s", path, a_kind(want),
                     want == ARTIFACT_TOKENS ? " (Python source? run pytok on it first)" : "");
    else
        diag_message("%s: not %s artifact (neither MessagePack nor JSON)", path, a_kind(want));
    return EXIT_USAGE;
}

static bool is_msgpack_map_byte(unsigned char c)
{
    return (c >= 0x80 && c <= 0x8f) || c == 0xde || c == 0xdf;
}

/* Turns JSON input into MessagePack; MessagePack passes through. */
static int to_msgpack(Buf *bytes, const char *path, ArtifactKind want)
{
    size_t i = 0;
    while (i < bytes->len && (bytes->data[i] == ' ' || bytes->data[i] == '\t' ||
                              bytes->data[i] == '\r' || bytes->data[i] == '\n'))
        i++;
    if (i < bytes->len && bytes->data[i] == '{') {
        Buf mp;
        buf_init(&mp);
        char err[200];
        if (!json_to_msgpack(bytes->data, bytes->len, &mp, err, sizeof err)) {
            diag_message("%s: malformed %s artifact: %s", path, kind_names[want], err);
            buf_free(&mp);
            return EXIT_USAGE;
        }
        buf_free(bytes);
        *bytes = mp;
        return 0;
    }
    if (bytes->len > 0 && is_msgpack_map_byte((unsigned char)bytes->data[0]))
        return 0;
    return not_an_artifact(bytes, path, want);
}

static int envelope_error(Artifact *a, const char *fmt, const char *arg)
{
    char msg[300];
    snprintf(msg, sizeof msg, fmt, arg);
    diag_message("%s: %s", a->path, msg);
    return EXIT_USAGE;
}

int artifact_parse(Buf *bytes, const char *path, ArtifactKind want, Artifact *a)
{
    memset(a, 0, sizeof *a);
    a->path = path;
    a->kind = want;
    int status = to_msgpack(bytes, path, want);
    a->bytes = *bytes;
    buf_init(bytes);
    if (status)
        return status;

    MpReader r;
    mp_reader_init(&r, a->bytes.data, a->bytes.len);
    uint32_t n = mp_read_map(&r);
    MpStr kind = { NULL, 0 };
    bool have_kind = false, have_version = false, have_payload = false;
    int64_t major = 0;
    for (uint32_t i = 0; i < n && !mp_failed(&r); i++) {
        MpStr key = mp_read_str(&r);
        if (mp_str_eq(key, "kind")) {
            kind = mp_read_str(&r);
            have_kind = true;
        } else if (mp_str_eq(key, "version")) {
            if (mp_read_array(&r) != 2 && !mp_failed(&r))
                mp_fail(&r, "\"version\" must be [MAJOR, MINOR]");
            major = mp_read_int(&r);
            a->version_minor = (int)mp_read_int_in(&r, 0, 1 << 20, "minor version");
            have_version = true;
        } else if (mp_str_eq(key, "filename")) {
            MpStr f = mp_read_str(&r);
            free(a->filename);
            a->filename = xstrndup(f.ptr ? f.ptr : "", f.len);
        } else if (mp_str_eq(key, "source")) {
            free(a->source);
            a->source = NULL;
            if (!mp_try_nil(&r)) {
                MpStr s = mp_read_str(&r);
                a->source = xstrndup(s.ptr ? s.ptr : "", s.len);
                a->source_len = s.len;
            }
        } else if (mp_str_eq(key, kind_names[want])) {
            a->payload = r;
            have_payload = true;
            mp_skip(&r);
        } else {
            mp_skip(&r);
        }
    }
    if (mp_failed(&r))
        return envelope_error(a, "not a valid artifact: %s", r.error);
    if (!have_kind)
        return envelope_error(a, "not an artifact: the envelope has no \"kind\"%s", "");
    if (!mp_str_eq(kind, kind_names[want])) {
        char got[64];
        snprintf(got, sizeof got, "%.*s", (int)(kind.len < 40 ? kind.len : 40), kind.ptr);
        for (int k = 0; k < 3; k++)
            if (mp_str_eq(kind, kind_names[k])) {
                diag_message("%s: this is %s artifact, not %s artifact (%s reads it)",
                             path, a_kind((ArtifactKind)k), a_kind(want), kind_reader[k]);
                return EXIT_USAGE;
            }
        return envelope_error(a, "unknown artifact kind '%s'", got);
    }
    if (!have_version)
        return envelope_error(a, "the envelope has no \"version\"%s", "");
    if (major != ARTIFACT_VERSION_MAJOR) {
        diag_message("%s: %s format version %lld is not supported (this %s reads version %d)",
                     path, kind_names[want], (long long)major, diag_program(),
                     ARTIFACT_VERSION_MAJOR);
        return EXIT_USAGE;
    }
    if (!have_payload)
        return envelope_error(a, "the envelope has no \"%s\" payload", kind_names[want]);
    if (!a->filename)
        a->filename = xstrdup(strcmp(path, "-") == 0 ? "<stdin>" : path);
    if (!mp_at_end(&r))
        return envelope_error(a, "extra bytes after the artifact%s", "");
    return 0;
}

bool artifact_field(const Artifact *a, const char *key, MpReader *at)
{
    MpReader r;
    mp_reader_init(&r, a->bytes.data, a->bytes.len);
    uint32_t n = mp_read_map(&r);
    for (uint32_t i = 0; i < n && !mp_failed(&r); i++) {
        if (mp_read_str_eq(&r, key)) {
            *at = r;
            return true;
        }
        mp_skip(&r);
    }
    return false;
}

int artifact_malformed(const Artifact *a, const MpReader *r)
{
    diag_message("%s: malformed %s artifact: %s", a->path, kind_names[a->kind], r->error);
    return EXIT_USAGE;
}

void artifact_free(Artifact *a)
{
    buf_free(&a->bytes);
    free(a->filename);
    free(a->source);
    memset(a, 0, sizeof *a);
}

/* ---- writing -------------------------------------------------------------- */

static int open_output(const CliOptions *opt)
{
    if (!opt->output)
        return STDOUT_FILENO;
    int fd = open(opt->output, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        diag_message("%s: %s", opt->output, strerror(errno));
    return fd;
}

int artifact_begin(ArtifactOut *out, ArtifactKind kind, const CliOptions *opt,
                   const char *filename, const char *source, size_t source_len,
                   uint32_t extra_keys)
{
    out->kind = kind;
    out->opt = opt;
    out->json = opt->json;
    out->fd = open_output(opt);
    if (out->fd < 0)
        return EXIT_USAGE;
    if (out->json)
        mpw_init_memory(&out->w);
    else
        mpw_init_fd(&out->w, out->fd);
    msgpack_packer *pk = &out->w.pk;
    msgpack_pack_map(pk, 5 + extra_keys);
    mpw_str(&out->w, "kind");
    mpw_str(&out->w, kind_names[kind]);
    mpw_str(&out->w, "version");
    msgpack_pack_array(pk, 2);
    msgpack_pack_int(pk, ARTIFACT_VERSION_MAJOR);
    msgpack_pack_int(pk, ARTIFACT_VERSION_MINOR);
    mpw_str(&out->w, "filename");
    mpw_str(&out->w, filename);
    mpw_str(&out->w, "source");
    if (source)
        mpw_strn(&out->w, source, source_len);
    else
        msgpack_pack_nil(pk);
    return 0;
}

void artifact_payload(ArtifactOut *out)
{
    mpw_str(&out->w, kind_names[out->kind]);
}

static int write_fd(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t k = write(fd, p, n);
        if (k < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        p += k;
        n -= (size_t)k;
    }
    return 0;
}

int artifact_end(ArtifactOut *out)
{
    int err = 0;
    if (out->json) {
        Buf text;
        buf_init(&text);
        char msg[200];
        if (!msgpack_to_json(out->w.buf.data, out->w.buf.len, &text, msg, sizeof msg)) {
            diag_message("internal error: cannot write JSON: %s", msg);
            err = -1;
        } else {
            err = write_fd(out->fd, text.data, text.len);
        }
        buf_free(&text);
    } else {
        err = mpw_flush(&out->w);
    }
    mpw_free(&out->w);
    if (out->fd != STDOUT_FILENO && close(out->fd) != 0 && !err)
        err = errno;
    if (err > 0)
        diag_message("%s: %s", out->opt->output ? out->opt->output : "<stdout>", strerror(err));
    return err ? EXIT_USAGE : 0;
}

int artifact_write_text(const CliOptions *opt, const char *text, size_t len)
{
    int fd = open_output(opt);
    if (fd < 0)
        return EXIT_USAGE;
    int err = write_fd(fd, text, len);
    if (fd != STDOUT_FILENO)
        close(fd);
    if (err) {
        diag_message("%s: %s", opt->output ? opt->output : "<stdout>", strerror(err));
        return EXIT_USAGE;
    }
    return 0;
}

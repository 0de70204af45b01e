/* cache.c - compiled code kept under __pycache__ (see cache.h).
 *
 * `pyrun prog.py` runs pytok, pyparse and pycomp on prog.py, then keeps
 * pycomp's code artifact as __pycache__/prog.pyedu.code, adding one key to
 * its envelope: "pyrun_stages", the stage programs that made it.  The
 * envelope already holds the source text.  The cache is used again only if
 * both still match: the same source and the same stage programs (the same
 * commands, and for the built-in stage tools, the same files by size and
 * modification time), for the same file name.  A cache made from other
 * source or by other stages is never reused; it is made again. */
#include "runtime.h"
#include "vm/cache.h"
#include "diag.h"
#include "pipeline.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

static const char CACHE_KEY[] = "pyrun_stages";

/* The stage commands, with the size and time of each default tool file. */
static void describe_stages(Buf *out)
{
    static const char *const vars[] = { "PYTOK", "PYPARSE", "PYCOMP" };
    for (int stage = ARTIFACT_TOKENS; stage <= ARTIFACT_CODE; stage++) {
        char command[PATH_MAX + 256];
        pipeline_stage_command((ArtifactKind)stage, command, sizeof command);
        buf_puts(out, command);
        const char *env = getenv(vars[stage]);
        struct stat st;
        if (!(env && *env) && stat(command, &st) == 0)
            buf_printf(out, " [%lld %lld]", (long long)st.st_size, (long long)st.st_mtime);
        buf_putc(out, '\n');
    }
}

/* dir/__pycache__/stem.pyedu.code for dir/stem.py */
static bool cache_path(const char *source_path, char *out, size_t size)
{
    const char *slash = strrchr(source_path, '/');
    const char *name = slash ? slash + 1 : source_path;
    size_t dir_len = slash ? (size_t)(slash - source_path + 1) : 0;
    size_t name_len = strlen(name);
    if (name_len < 3 || strcmp(name + name_len - 3, ".py") != 0)
        return false;
    int n = snprintf(out, size, "%.*s__pycache__/%.*s.pyedu.code", (int)dir_len, source_path,
                     (int)(name_len - 3), name);
    return n > 0 && (size_t)n < size;
}

static bool read_whole(const char *path, Buf *b)
{
    buf_init(b);
    if (buf_read_file(b, path) != 0) {
        buf_free(b);
        return false;
    }
    return true;
}

/* Is the cached artifact still right for this source and these stages? */
static bool cache_matches(Buf *cached, const Buf *source, const char *stages, const char *path)
{
    Artifact a;
    Buf copy;
    buf_init(&copy);
    buf_append(&copy, cached->data, cached->len);
    /* (parse quietly: a damaged cache is simply made again) */
    int saved = dup(STDERR_FILENO);
    int null = open("/dev/null", O_WRONLY);
    if (null >= 0) {
        dup2(null, STDERR_FILENO);
        close(null);
    }
    int status = artifact_parse(&copy, "cache", ARTIFACT_CODE, &a);
    if (saved >= 0) {
        dup2(saved, STDERR_FILENO);
        close(saved);
    }
    if (status != 0) {
        artifact_free(&a);
        return false;
    }
    bool ok = false;
    MpReader r;
    if (artifact_field(&a, CACHE_KEY, &r)) {
        MpStr recorded = mp_read_str(&r);
        ok = !mp_failed(&r) && mp_str_eq(recorded, stages) && a.source && a.filename &&
             strcmp(a.filename, path) == 0 &&
             a.source_len == source->len && memcmp(a.source, source->data, source->len) == 0;
    }
    artifact_free(&a);
    return ok;
}

/* The artifact with one more envelope key: the map header is rewritten with
 * a count one larger, then the key and value follow the other pairs. */
static void add_stage_key(const Buf *artifact, const char *stages, Buf *out)
{
    const uint8_t *p = (const uint8_t *)artifact->data;
    size_t header, count;
    if (p[0] >= 0x80 && p[0] <= 0x8f) {
        count = p[0] & 0x0f;
        header = 1;
    } else if (p[0] == 0xde) {
        count = (size_t)p[1] << 8 | p[2];
        header = 3;
    } else {
        count = (size_t)p[1] << 24 | (size_t)p[2] << 16 | (size_t)p[3] << 8 | p[4];
        header = 5;
    }
    count++;
    buf_init(out);
    if (count < 16) {
        buf_putc(out, (char)(0x80 | count));
    } else {
        uint8_t h[5] = { 0xdf, (uint8_t)(count >> 24), (uint8_t)(count >> 16),
                         (uint8_t)(count >> 8), (uint8_t)count };
        buf_append(out, h, 5);
    }
    buf_append(out, artifact->data + header, artifact->len - header);
    size_t klen = strlen(CACHE_KEY), vlen = strlen(stages);
    buf_putc(out, (char)(0xa0 | klen));
    buf_append(out, CACHE_KEY, klen);
    uint8_t vh[5] = { 0xdb, (uint8_t)(vlen >> 24), (uint8_t)(vlen >> 16), (uint8_t)(vlen >> 8),
                      (uint8_t)vlen };
    buf_append(out, vh, 5);
    buf_append(out, stages, vlen);
}

/* Writes the cache file through a temporary name, so that a reader never
 * sees half of it.  Failing to write (a read-only directory) is no error. */
static void write_cache(const char *path, const Buf *bytes)
{
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (slash) {
        *slash = '\0';
        mkdir(dir, 0777);
    }
    char tmp[PATH_MAX + 32];
    snprintf(tmp, sizeof tmp, "%s.%ld.tmp", path, (long)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return;
    size_t done = 0;
    bool ok = true;
    while (done < bytes->len) {
        ssize_t k = write(fd, bytes->data + done, bytes->len - done);
        if (k <= 0) {
            ok = false;
            break;
        }
        done += (size_t)k;
    }
    ok = close(fd) == 0 && ok;
    if (!ok || rename(tmp, path) != 0)
        unlink(tmp);
}

int cache_run_stages(const char *path, Buf *produced, Buf *report)
{
    char err_path[] = "/tmp/pyrun-errors-XXXXXX";
    int err_fd = mkstemp(err_path);
    int saved_stderr = dup(STDERR_FILENO);
    int status = EXIT_USAGE;
    if (err_fd >= 0 && saved_stderr >= 0) {
        fflush(stderr);
        dup2(err_fd, STDERR_FILENO);
        status = pipeline_from_source(path, ARTIFACT_CODE, produced);
        fflush(stderr);
        dup2(saved_stderr, STDERR_FILENO);
        char chunk[4096];
        ssize_t k;
        lseek(err_fd, 0, SEEK_SET);
        while ((k = read(err_fd, chunk, sizeof chunk)) > 0)
            buf_append(report, chunk, (size_t)k);
    }
    buf_putc(report, '\0');
    report->len--;
    if (saved_stderr >= 0)
        close(saved_stderr);
    if (err_fd >= 0) {
        close(err_fd);
        unlink(err_path);
    }
    return status;
}

int cache_load_source(const char *path, Artifact *a, Buf *report)
{
    Buf source;
    if (!read_whole(path, &source)) {
        diag_message("%s: %s", path, strerror(errno));
        return EXIT_USAGE;
    }
    Buf stages;
    buf_init(&stages);
    describe_stages(&stages);
    char cpath[PATH_MAX];
    bool cacheable = cache_path(path, cpath, sizeof cpath);
    Buf cached;
    if (cacheable && read_whole(cpath, &cached)) {
        if (cache_matches(&cached, &source, stages.data, path)) {
            buf_free(&source);
            buf_free(&stages);
            return artifact_parse(&cached, path, ARTIFACT_CODE, a);
        }
        buf_free(&cached);
    }
    Buf produced;
    buf_init(&produced);
    int status = report ? cache_run_stages(path, &produced, report)
                        : pipeline_from_source(path, ARTIFACT_CODE, &produced);
    if (status != 0) {
        buf_free(&produced);
        buf_free(&source);
        buf_free(&stages);
        return status;
    }
    bool warned = report && report->len > 0;
    if (cacheable && !warned && produced.len > 5 && ((uint8_t)produced.data[0] >= 0x80 &&
                                          ((uint8_t)produced.data[0] <= 0x8f ||
                                           (uint8_t)produced.data[0] >= 0xde))) {
        Buf with_key;
        add_stage_key(&produced, stages.data, &with_key);
        write_cache(cpath, &with_key);
        buf_free(&with_key);
    }
    buf_free(&source);
    buf_free(&stages);
    return artifact_parse(&produced, path, ARTIFACT_CODE, a);
}

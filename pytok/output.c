/* output.c - streaming the token file or the text view, or holding it
 * (see output.h). */
#include "output.h"
#include "diag.h"
#include "mpbytes.h"
#include "xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- the destination ------------------------------------------------------- */

/* Can we write at an offset of fd, and come back to it?  Not for a pipe or
 * a terminal, nor in append mode (where Linux writes at the end anyway). */
static bool seekable(int fd)
{
    int flags = fcntl(fd, F_GETFL);
    return flags >= 0 && !(flags & O_APPEND) && !isatty(fd) && lseek(fd, 0, SEEK_CUR) >= 0;
}

/* A temporary file beside `path`, with the mode a new file would get. */
static char *temporary_beside(const char *path)
{
    size_t n = strlen(path) + 16;
    char *temp = xmalloc(n);
    snprintf(temp, n, "%s.pytok-XXXXXX", path);
    int fd = mkstemp(temp);
    if (fd < 0) {                               /* a folder we cannot write, say */
        free(temp);
        return NULL;
    }
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    close(fd);
    return temp;
}

/* Should the output stream, and where to: a temporary file beside OUT
 * (when OUT is a regular file or does not exist yet; not through a
 * symbolic link, which renaming would replace), OUT itself (a device such
 * as /dev/null), or a redirected standard output? */
static void choose(Destination *to, const CliOptions *opt)
{
    memset(to, 0, sizeof *to);
    to->opt = *opt;
    to->final = opt->output;
    to->stdout_start = -1;
    struct stat st;
    if (opt->json)
        return;
    if (!opt->output) {
        if (fstat(STDOUT_FILENO, &st) != 0 || S_ISFIFO(st.st_mode) || !seekable(STDOUT_FILENO))
            return;
        to->stdout_start = S_ISREG(st.st_mode) ? lseek(STDOUT_FILENO, 0, SEEK_CUR) : -1;
        to->streaming = true;
    } else if (lstat(opt->output, &st) != 0 ? errno == ENOENT : S_ISREG(st.st_mode)) {
        to->temp = temporary_beside(opt->output);
        to->opt.output = to->temp;
        to->streaming = to->temp != NULL;
    } else if (stat(opt->output, &st) == 0 && S_ISCHR(st.st_mode)) {
        int fd = open(opt->output, O_WRONLY);
        to->streaming = fd >= 0 && seekable(fd);
        if (fd >= 0)
            close(fd);
    }
}

/* The output is complete: the temporary file becomes OUT. */
static int commit(Destination *to, int status)
{
    if (to->temp) {
        if (status == 0 && rename(to->temp, to->final) != 0) {
            diag_message("%s: %s", to->final, strerror(errno));
            status = EXIT_USAGE;
        }
        if (status != 0)
            unlink(to->temp);
        free(to->temp);
        to->temp = NULL;
    }
    return status;
}

/* Takes back what was written to fd. */
static void abandon(Destination *to, int fd)
{
    if (to->streaming && fd >= 0) {
        if (fd != STDOUT_FILENO)
            close(fd);
        else if (to->stdout_start >= 0 && ftruncate(STDOUT_FILENO, to->stdout_start) == 0)
            lseek(STDOUT_FILENO, to->stdout_start, SEEK_SET);
    }
    if (to->temp) {
        unlink(to->temp);
        free(to->temp);
        to->temp = NULL;
    }
}

/* ---- the token file ----------------------------------------------------------- */

int token_output_begin(TokenOutput *o, const CliOptions *opt, const char *filename,
                       const Source *src, TokenList *tokens)
{
    memset(o, 0, sizeof *o);
    choose(&o->to, opt);
    o->filename = filename;
    o->src = src;
    o->count_at = -1;
    if (!o->to.streaming)
        return 0;
    int status = artifact_begin(&o->out, ARTIFACT_TOKENS, &o->to.opt, filename, src->text,
                                src->len, 0);
    if (status) {
        abandon(&o->to, -1);
        return status;
    }
    artifact_payload(&o->out);
    /* an array with a 32-bit length, filled in at the end */
    unsigned char header[5] = { 0xdd, 0, 0, 0, 0 };
    mpw_raw(&o->out.w, header, sizeof header);
    mpw_flush(&o->out.w);
    off_t at = lseek(o->out.fd, 0, SEEK_CUR);
    o->count_at = at >= 4 ? at - 4 : -1;        /* -1 on a device: nothing to fill in */
    tokens->stream = &o->out.w;
    return 0;
}

int token_output_end(TokenOutput *o, TokenList *tokens)
{
    if (!o->to.streaming) {
        int status = artifact_begin(&o->out, ARTIFACT_TOKENS, &o->to.opt, o->filename,
                                    o->src->text, o->src->len, 0);
        if (status)
            return status;
        artifact_payload(&o->out);
        msgpack_pack_array(&o->out.w.pk, tokens->count);
        mpw_raw(&o->out.w, tokens->bytes.data, tokens->bytes.len);
        return artifact_end(&o->out);
    }
    mpw_raw(&o->out.w, tokens->bytes.data, tokens->bytes.len);
    tokens->bytes.len = 0;
    int err = mpw_flush(&o->out.w);
    if (!err && o->count_at >= 0) {
        unsigned char count[4];
        mp_w_be32(count, tokens->count);
        if (pwrite(o->out.fd, count, sizeof count, o->count_at) != (ssize_t)sizeof count)
            err = errno ? errno : EIO;
    }
    if (err && !o->out.w.error)
        o->out.w.error = err;
    return commit(&o->to, artifact_end(&o->out));
}

void token_output_abandon(TokenOutput *o)
{
    if (o->to.streaming)
        mpw_free(&o->out.w);
    abandon(&o->to, o->to.streaming ? o->out.fd : -1);
}

/* ---- the text view -------------------------------------------------------------- */

int text_output_begin(TextOutput *o, const CliOptions *opt, TextView *view)
{
    choose(&o->to, opt);
    o->fd = -1;
    if (!o->to.streaming)
        return 0;
    o->fd = o->to.opt.output ? open(o->to.opt.output, O_WRONLY | O_TRUNC) : STDOUT_FILENO;
    if (o->fd < 0) {
        diag_message("%s: %s", o->to.final, strerror(errno));
        abandon(&o->to, -1);
        return EXIT_USAGE;
    }
    view->stream_fd = o->fd;
    return 0;
}

int text_output_end(TextOutput *o, TextView *view)
{
    if (!o->to.streaming)
        return artifact_write_text(&o->to.opt, view->out.data ? view->out.data : "",
                                   view->out.len);
    textview_flush(view);
    int err = view->stream_error;
    if (o->fd != STDOUT_FILENO && close(o->fd) != 0 && !err)
        err = errno;
    if (err)
        diag_message("%s: %s", o->to.final ? o->to.final : "<stdout>", strerror(err));
    return commit(&o->to, err ? EXIT_USAGE : 0);
}

void text_output_abandon(TextOutput *o)
{
    abandon(&o->to, o->fd);
}

/* output.c - streaming the token file, or holding it (see output.h). */
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

/* Can we write at an offset of fd, and come back to it?  Not for a pipe or
 * a terminal, nor in append mode (where Linux writes at the end anyway). */
static bool seekable(int fd)
{
    int flags = fcntl(fd, F_GETFL);
    return flags >= 0 && !(flags & O_APPEND) && !isatty(fd) && lseek(fd, 0, SEEK_CUR) >= 0;
}

/* Where the output should stream to: a temporary file beside OUT (when OUT
 * is a regular file or does not exist yet), OUT itself (a device such as
 * /dev/null), standard output; or nowhere, and then the tokens are held. */
static bool choose_stream(TokenOutput *to, const CliOptions *opt)
{
    if (opt->json)
        return false;
    if (!opt->output) {
        struct stat st;
        if (fstat(STDOUT_FILENO, &st) != 0 || S_ISFIFO(st.st_mode) || !seekable(STDOUT_FILENO))
            return false;
        to->stdout_start = S_ISREG(st.st_mode) ? lseek(STDOUT_FILENO, 0, SEEK_CUR) : -1;
        return true;
    }
    struct stat st;
    if (stat(opt->output, &st) != 0 ? errno == ENOENT : S_ISREG(st.st_mode)) {
        size_t n = strlen(opt->output) + 16;
        to->temp = xmalloc(n);
        snprintf(to->temp, n, "%s.pytok-XXXXXX", opt->output);
        int fd = mkstemp(to->temp);
        if (fd < 0) {                           /* e.g. a directory we cannot write */
            free(to->temp);
            to->temp = NULL;
            return false;
        }
        mode_t mask = umask(0);
        umask(mask);
        fchmod(fd, 0666 & ~mask);               /* as a new file would be */
        close(fd);
        to->opt.output = to->temp;
        return true;
    }
    if (!S_ISCHR(st.st_mode))
        return false;
    int fd = open(opt->output, O_WRONLY);
    bool ok = fd >= 0 && seekable(fd);
    if (fd >= 0)
        close(fd);
    return ok;
}

int token_output_begin(TokenOutput *to, const CliOptions *opt, const char *filename,
                       const Source *src, TokenList *tokens)
{
    memset(to, 0, sizeof *to);
    to->opt = *opt;
    to->filename = filename;
    to->src = src;
    to->final = opt->output;
    to->count_at = to->stdout_start = -1;
    if (!choose_stream(to, opt))
        return 0;
    int status = artifact_begin(&to->out, ARTIFACT_TOKENS, &to->opt, filename, src->text,
                                src->len, 0);
    if (status) {
        token_output_abandon(to);
        return status;
    }
    to->streaming = true;
    artifact_payload(&to->out);
    /* an array of 32-bit length, filled in at the end */
    unsigned char header[5] = { 0xdd, 0, 0, 0, 0 };
    mpw_raw(&to->out.w, header, sizeof header);
    mpw_flush(&to->out.w);
    off_t at = lseek(to->out.fd, 0, SEEK_CUR);
    to->count_at = at >= 4 ? at - 4 : -1;       /* -1 on a device: nothing to fill in */
    tokens->stream = &to->out.w;
    return 0;
}

int token_output_end(TokenOutput *to, TokenList *tokens)
{
    if (!to->streaming) {
        int status = artifact_begin(&to->out, ARTIFACT_TOKENS, &to->opt, to->filename,
                                    to->src->text, to->src->len, 0);
        if (status)
            return status;
        artifact_payload(&to->out);
        msgpack_pack_array(&to->out.w.pk, tokens->count);
        mpw_raw(&to->out.w, tokens->bytes.data, tokens->bytes.len);
        return artifact_end(&to->out);
    }
    mpw_raw(&to->out.w, tokens->bytes.data, tokens->bytes.len);
    tokens->bytes.len = 0;
    int err = mpw_flush(&to->out.w);
    if (!err && to->count_at >= 0) {
        unsigned char count[4];
        mp_w_be32(count, tokens->count);
        if (pwrite(to->out.fd, count, sizeof count, to->count_at) != (ssize_t)sizeof count)
            err = errno ? errno : EIO;
    }
    if (err && !to->out.w.error)
        to->out.w.error = err;
    int status = artifact_end(&to->out);
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

void token_output_abandon(TokenOutput *to)
{
    if (!to->streaming && !to->temp)
        return;
    if (to->streaming) {
        mpw_free(&to->out.w);
        if (to->out.fd != STDOUT_FILENO)
            close(to->out.fd);
        else if (to->stdout_start >= 0 && ftruncate(STDOUT_FILENO, to->stdout_start) == 0)
            lseek(STDOUT_FILENO, to->stdout_start, SEEK_SET);
    }
    if (to->temp) {
        unlink(to->temp);
        free(to->temp);
        to->temp = NULL;
    }
}

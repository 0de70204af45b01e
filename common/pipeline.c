/* pipeline.c - running earlier stages as child processes (see pipeline.h). */
#include "pipeline.h"
#include "diag.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *const stage_env[] = { "PYTOK", "PYPARSE", "PYCOMP" };
static const char *const stage_tool[] = { "pytok", "pyparse", "pycomp" };

/* The directory of the running executable, so that sibling tools are found
 * wherever bin/ is. */
static void own_directory(char *dir, size_t size)
{
    ssize_t n = readlink("/proc/self/exe", dir, size - 1);
    if (n <= 0) {
        snprintf(dir, size, ".");
        return;
    }
    dir[n] = '\0';
    char *slash = strrchr(dir, '/');
    if (slash)
        *slash = '\0';
}

const char *pipeline_stage_command(ArtifactKind produces, char *buf, size_t size)
{
    const char *env = getenv(stage_env[produces]);
    if (env && *env) {
        snprintf(buf, size, "%s", env);
        return buf;
    }
    char dir[PATH_MAX];
    own_directory(dir, sizeof dir);
    snprintf(buf, size, "%s/%s", dir, stage_tool[produces]);
    return buf;
}

/* Feeds `input` (may be NULL) to the child's stdin while collecting its
 * stdout into out; poll() keeps both pipes moving, so neither side blocks
 * on a full pipe. */
static int shuttle(int to_child, int from_child, const Buf *input, Buf *out)
{
    size_t sent = 0;
    if (!input && to_child >= 0) {
        close(to_child);
        to_child = -1;
    }
    while (from_child >= 0) {
        struct pollfd fds[2];
        int n = 0;
        fds[n++] = (struct pollfd){ from_child, POLLIN, 0 };
        if (to_child >= 0)
            fds[n++] = (struct pollfd){ to_child, POLLOUT, 0 };
        if (poll(fds, (nfds_t)n, -1) < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 2 && (fds[1].revents & (POLLOUT | POLLERR | POLLHUP))) {
            ssize_t k = write(to_child, input->data + sent, input->len - sent);
            if (k > 0)
                sent += (size_t)k;
            if (k < 0 || sent == input->len) {
                close(to_child);
                to_child = -1;
            }
        }
        if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            buf_reserve(out, 1 << 16);
            ssize_t k = read(from_child, out->data + out->len, out->cap - out->len - 1);
            if (k > 0) {
                out->len += (size_t)k;
                out->data[out->len] = '\0';
            } else if (k == 0 || errno != EINTR) {
                close(from_child);
                from_child = -1;
            }
        }
    }
    if (to_child >= 0)
        close(to_child);
    return 0;
}

/* Runs one stage: `command` (a path, or a shell command from the
 * environment) with `arg` as its argument, `input` on its stdin. */
static int run_stage(ArtifactKind stage, const char *arg, const Buf *input, Buf *out)
{
    char command[PATH_MAX + 256];
    pipeline_stage_command(stage, command, sizeof command);
    bool from_env = getenv(stage_env[stage]) && *getenv(stage_env[stage]);
    int in_pipe[2], out_pipe[2];
    if (pipe(in_pipe) != 0 || pipe(out_pipe) != 0) {
        diag_message("cannot run %s: %s", stage_tool[stage], strerror(errno));
        return EXIT_USAGE;
    }
    pid_t pid = fork();
    if (pid < 0) {
        diag_message("cannot run %s: %s", stage_tool[stage], strerror(errno));
        return EXIT_USAGE;
    }
    if (pid == 0) {
        dup2(in_pipe[0], STDIN_FILENO);
        dup2(out_pipe[1], STDOUT_FILENO);
        close(in_pipe[0]), close(in_pipe[1]), close(out_pipe[0]), close(out_pipe[1]);
        if (from_env) {
            char script[PATH_MAX + 300];
            snprintf(script, sizeof script, "exec %s \"$@\"", command);
            execl("/bin/sh", "sh", "-c", script, "sh", arg, (char *)NULL);
        } else {
            execl(command, stage_tool[stage], arg, (char *)NULL);
        }
        fprintf(stderr, "%s: cannot run %s (%s): %s\n", diag_program(), stage_tool[stage],
                command, strerror(errno));
        _exit(127);
    }
    close(in_pipe[0]);
    close(out_pipe[1]);
    void (*old)(int) = signal(SIGPIPE, SIG_IGN);     /* a child may stop reading early */
    shuttle(in_pipe[1], out_pipe[0], input, out);
    signal(SIGPIPE, old);
    int status;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    if (WIFEXITED(status)) {
        int code = WEXITSTATUS(status);
        if (code == 127 && from_env)
            diag_message("cannot run %s command '%s'", stage_env[stage], command);
        return code;
    }
    diag_message("%s (%s) was killed by signal %d", stage_tool[stage], command,
                 WTERMSIG(status));
    return EXIT_USAGE;
}

int pipeline_from_source(const char *path, ArtifactKind want, Buf *out)
{
    Buf previous;
    buf_init(&previous);
    int status = 0;
    for (int stage = ARTIFACT_TOKENS; stage <= (int)want && status == 0; stage++) {
        Buf produced;
        buf_init(&produced);
        if (stage == ARTIFACT_TOKENS)
            status = run_stage(ARTIFACT_TOKENS, path, NULL, &produced);
        else
            status = run_stage((ArtifactKind)stage, "-", &previous, &produced);
        buf_free(&previous);
        previous = produced;
    }
    if (status == 0)
        *out = previous;
    else
        buf_free(&previous);
    return status;
}

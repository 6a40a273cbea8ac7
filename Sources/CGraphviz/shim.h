// One call from DOT text to rendered bytes through libgvc, in C: Swift 6 cannot read Graphviz's C
// globals or macros, and keeping the context, graph and layout lifetimes in one function frees them in
// the order Graphviz needs (layout, graph, context). Not thread-safe: callers serialise (GraphRender).
// The same call can run in a forked child process, which the caller may stop at any moment.
#ifndef CLUSTERGRAPH_CGRAPHVIZ_SHIM_H
#define CLUSTERGRAPH_CGRAPHVIZ_SHIM_H

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// Why cg_render failed (0: it did not).
enum cg_render_status { CG_RENDER_OK = 0, CG_RENDER_PARSE = 1, CG_RENDER_LAYOUT = 2, CG_RENDER_OUTPUT = 3, CG_RENDER_CONTEXT = 4 };

enum { CG_MESSAGES_SIZE = 2048 };

/// The buffer Graphviz's messages are collected in (a function-local static: Swift emits the functions
/// of this header, not its global variables).
static inline char *cg_render_messages(void) {
    static char buffer[CG_MESSAGES_SIZE];
    return buffer;
}

static int cg_collect_message(char *message) {
    char *buffer = cg_render_messages();
    size_t used = strlen(buffer);
    if (used + 1 < CG_MESSAGES_SIZE) strncat(buffer, message, CG_MESSAGES_SIZE - used - 1);
    return 0;
}

/// Graphviz's own messages from the last failed cg_render (empty when it said nothing).
static inline const char *cg_render_last_messages(void) { return cg_render_messages(); }

/// Lays out `dot` with `engine` and renders it as `format`; on success *out holds *length bytes, to be
/// released with cg_render_free.
static inline int cg_render(const char *dot, const char *engine, const char *format, char **out, unsigned int *length) {
    cg_render_messages()[0] = '\0';
    agseterrf(cg_collect_message);
    *out = NULL;
    *length = 0;
    GVC_t *context = gvContext();
    if (!context) return CG_RENDER_CONTEXT;
    Agraph_t *graph = agmemread(dot);
    if (!graph) {
        gvFreeContext(context);
        return CG_RENDER_PARSE;
    }
    int status = CG_RENDER_OK;
    if (gvLayout(context, graph, engine) != 0) {
        status = CG_RENDER_LAYOUT;
    } else if (gvRenderData(context, graph, format, out, length) != 0) {
        status = CG_RENDER_OUTPUT;
    }
    gvFreeLayout(context, graph);
    agclose(graph);
    gvFreeContext(context);
    return status;
}

static inline void cg_render_free(char *data) { gvFreeRenderData(data); }

// ---- Rendering in a child process -------------------------------------------------------------------
// Graphviz has no way to stop a layout, and a crash in it would take the database with it. So a render
// forks: the child lays out and renders (only C code runs in it, then _exit) and sends back
//   int32 status | uint32 message length | messages | uint32 data length | data
// over a pipe; the parent polls for it and can kill the child at any moment (Ctrl-C, a time limit).

/// A render running in a child process.
typedef struct {
    pid_t pid;
    int fd;          // the read end of the pipe
    char *buffer;    // what the child sent so far
    size_t used, capacity;
} cg_render_job;

enum { CG_RENDER_CRASHED = 5 };

static inline int cg_write_all(int fd, const void *bytes, size_t count) {
    const char *p = (const char *)bytes;
    while (count > 0) {
        ssize_t n = write(fd, p, count);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return -1;
        p += n;
        count -= (size_t)n;
    }
    return 0;
}

/// In a forked child: closes every descriptor above standard error except `keep`. A fork copies all of
/// them, close-on-exec or not, and a copy keeps what the parent meant to release — the database's flock
/// above all, which the parent's `close` would then not free while the child lays out a graph.
static inline void cg_close_inherited_descriptors(int keep) {
#ifdef SYS_close_range
    if (keep > 3) syscall(SYS_close_range, 3u, (unsigned)keep - 1, 0u);
    if (syscall(SYS_close_range, (unsigned)keep + 1, ~0u, 0u) == 0) return;
#endif
    long limit = sysconf(_SC_OPEN_MAX);
    if (limit < 0 || limit > 65536) limit = 65536;
    for (int fd = 3; fd < limit; fd++) {
        if (fd != keep) close(fd);
    }
}

/// Starts rendering `dot` in a child process; 0, or -1 (errno set) when it could not start.
static inline int cg_render_start(const char *dot, const char *engine, const char *format, cg_render_job *job) {
    int ends[2];
    if (pipe(ends) != 0) return -1;
    pid_t pid = fork();
    if (pid < 0) {
        int saved = errno;
        close(ends[0]);
        close(ends[1]);
        errno = saved;
        return -1;
    }
    if (pid == 0) {
        cg_close_inherited_descriptors(ends[1]);
        // The child ignores Ctrl-C: the parent decides when it stops.
        signal(SIGINT, SIG_IGN);
        signal(SIGTERM, SIG_DFL);
        char *out = NULL;
        unsigned int length = 0;
        int32_t status = cg_render(dot, engine, format, &out, &length);
        const char *messages = cg_render_last_messages();
        uint32_t messageLength = (uint32_t)strlen(messages);
        uint32_t dataLength = out ? length : 0;
        int failed = cg_write_all(ends[1], &status, sizeof status) || cg_write_all(ends[1], &messageLength, sizeof messageLength)
            || cg_write_all(ends[1], messages, messageLength) || cg_write_all(ends[1], &dataLength, sizeof dataLength)
            || cg_write_all(ends[1], out, dataLength);
        _exit(failed ? 1 : 0);
    }
    close(ends[1]);
    fcntl(ends[0], F_SETFD, FD_CLOEXEC);
    job->pid = pid;
    job->fd = ends[0];
    job->buffer = NULL;
    job->used = 0;
    job->capacity = 0;
    return 0;
}

/// Reads what the child sent, waiting at most `milliseconds`: 1 when the child is done (its pipe
/// closed), 0 when it is still working, -1 on an error.
static inline int cg_render_poll(cg_render_job *job, int milliseconds) {
    struct pollfd watched = {.fd = job->fd, .events = POLLIN};
    int ready = poll(&watched, 1, milliseconds);
    if (ready < 0) return errno == EINTR ? 0 : -1;
    if (ready == 0) return 0;
    for (;;) {
        if (job->capacity - job->used < 65536) {
            size_t capacity = job->capacity ? job->capacity * 2 : 262144;
            char *grown = (char *)realloc(job->buffer, capacity);
            if (!grown) return -1;
            job->buffer = grown;
            job->capacity = capacity;
        }
        ssize_t n = read(job->fd, job->buffer + job->used, job->capacity - job->used);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return -1;
        if (n == 0) return 1;
        job->used += (size_t)n;
        struct pollfd more = {.fd = job->fd, .events = POLLIN};
        if (poll(&more, 1, 0) <= 0) return 0;
    }
}

/// Stops the child (if it still runs) and releases the job.
static inline void cg_render_cancel(cg_render_job *job) {
    kill(job->pid, SIGKILL);
    while (waitpid(job->pid, NULL, 0) < 0 && errno == EINTR) {
    }
    close(job->fd);
    free(job->buffer);
    job->buffer = NULL;
}

/// After cg_render_poll returned 1: the child's status (a cg_render_status, or CG_RENDER_CRASHED when it
/// died without answering), its messages (copied into cg_render_last_messages()) and the rendered bytes
/// (*out, *length; free with free()). Releases the job.
static inline int cg_render_finish(cg_render_job *job, char **out, unsigned int *length) {
    int raw = 0;
    while (waitpid(job->pid, &raw, 0) < 0 && errno == EINTR) {
    }
    close(job->fd);
    *out = NULL;
    *length = 0;
    char *messages = cg_render_messages();
    messages[0] = '\0';
    int status = CG_RENDER_CRASHED;
    const char *p = job->buffer;
    size_t left = job->used;
    int32_t childStatus;
    uint32_t messageLength, dataLength;
    if (WIFEXITED(raw) && WEXITSTATUS(raw) == 0 && left >= 8) {
        memcpy(&childStatus, p, 4);
        memcpy(&messageLength, p + 4, 4);
        p += 8;
        left -= 8;
        if (messageLength <= left) {
            size_t kept = messageLength < CG_MESSAGES_SIZE - 1 ? messageLength : CG_MESSAGES_SIZE - 1;
            memcpy(messages, p, kept);
            messages[kept] = '\0';
            p += messageLength;
            left -= messageLength;
            if (left >= 4) {
                memcpy(&dataLength, p, 4);
                p += 4;
                left -= 4;
                if (dataLength == left) {
                    status = childStatus;
                    if (dataLength > 0) {
                        *out = (char *)malloc(dataLength);
                        if (*out) {
                            memcpy(*out, p, dataLength);
                            *length = dataLength;
                        } else {
                            status = CG_RENDER_OUTPUT;
                        }
                    }
                }
            }
        }
    } else if (WIFSIGNALED(raw)) {
        snprintf(messages, CG_MESSAGES_SIZE, "Graphviz was stopped by signal %d", WTERMSIG(raw));
    }
    free(job->buffer);
    job->buffer = NULL;
    return status;
}

#endif

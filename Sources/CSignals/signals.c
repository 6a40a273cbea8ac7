// The one definition of the interruption flag, its handler and its wake-up pipe (see include/CSignals.h).
#include "CSignals.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t caught_signal = 0;

/// The self-pipe: the handler writes a byte to [1]; a read waiting for input also watches [0]. A signal is
/// delivered to whichever thread does not block it — often not the one reading — so an interrupted
/// system call cannot be relied on; a byte in a pipe wakes the reader whatever thread caught the signal.
static int wakeup[2] = {-1, -1};

static void record_signal(int signal_number) {
    int saved = errno;
    caught_signal = signal_number;
    if (wakeup[1] >= 0) (void)!write(wakeup[1], "!", 1);  // full pipe: a wake-up is already waiting
    errno = saved;
}

static int open_wakeup_pipe(void) {
    if (wakeup[0] >= 0) return 0;
    int ends[2];
    if (pipe(ends) != 0) return -1;
    for (int i = 0; i < 2; i++) {
        fcntl(ends[i], F_SETFD, FD_CLOEXEC);
        fcntl(ends[i], F_SETFL, fcntl(ends[i], F_GETFL) | O_NONBLOCK);
    }
    wakeup[0] = ends[0];
    wakeup[1] = ends[1];
    return 0;
}

int cg_catch_signal(int signal_number) {
    if (open_wakeup_pipe() != 0) return -1;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = record_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;  // no SA_RESTART: an interrupted read returns EINTR
    if (sigaction(signal_number, &action, NULL) != 0) return -1;
    // A process may start with the signal blocked (inherited from the thread that spawned it): unblock it,
    // or it would wait, pending, forever.
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, signal_number);
    return pthread_sigmask(SIG_UNBLOCK, &set, NULL) == 0 ? 0 : -1;
}

int cg_caught_signal(void) { return caught_signal; }

static void drain_wakeup_pipe(void) {
    if (wakeup[0] < 0) return;
    char drained[64];
    while (read(wakeup[0], drained, sizeof drained) > 0) {
    }
}

void cg_clear_caught_signal(void) {
    caught_signal = 0;
    drain_wakeup_pipe();
}

ssize_t cg_read_unless_signalled(int fd, void *buffer, size_t count) {
    for (;;) {
        if (caught_signal != 0) {
            errno = EINTR;
            return -1;
        }
        struct pollfd watched[2] = {{.fd = fd, .events = POLLIN}, {.fd = wakeup[0], .events = POLLIN}};
        int ready = poll(watched, wakeup[0] >= 0 ? 2 : 1, -1);
        if (ready < 0 && errno != EINTR) return -1;
        if (ready <= 0) continue;
        // A wake-up: the flag decides, above. (One left by a signal whose flag was already cleared is dropped.)
        if (watched[1].revents != 0 && caught_signal == 0) drain_wakeup_pipe();
        if (watched[0].revents == 0 || caught_signal != 0) continue;
        ssize_t n = read(fd, buffer, count);
        if (n >= 0 || (errno != EINTR && errno != EAGAIN)) return n;
    }
}

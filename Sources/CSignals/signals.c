// The one definition of the interruption flag and its handler (see include/CSignals.h).
#include "CSignals.h"

#include <pthread.h>
#include <signal.h>
#include <string.h>

static volatile sig_atomic_t caught_signal = 0;

static void record_signal(int signal_number) { caught_signal = signal_number; }

int cg_catch_signal(int signal_number) {
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

void cg_clear_caught_signal(void) { caught_signal = 0; }

// Interruption by signal for the command line: Ctrl-C (SIGINT) and SIGTERM set one flag that the engine
// polls while a statement runs, and wake a read waiting for input (the shell waiting for a line), so
// Ctrl-C drops the line being typed. The flag is defined once, in signals.c (a
// `static` variable in a header would be copied into every unit that includes it).
#ifndef CLUSTERGRAPH_CSIGNALS_H
#define CLUSTERGRAPH_CSIGNALS_H

#include <sys/types.h>

/// Catches `signal_number` (SIGINT or SIGTERM): the handler records it; system calls it interrupts fail
/// with EINTR. Returns 0, or -1 with errno set.
int cg_catch_signal(int signal_number);

/// The last signal caught since the flag was cleared, or 0.
int cg_caught_signal(void);

/// Clears the flag (before reading a line, before running a statement).
void cg_clear_caught_signal(void);

/// Reads up to `count` bytes of `fd` as read(2) does, except that a signal caught before or while it
/// waits — on any thread — makes it fail with EINTR, and an interruption by any other signal is retried.
ssize_t cg_read_unless_signalled(int fd, void *buffer, size_t count);

#endif

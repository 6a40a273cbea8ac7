// The part of libedit's readline API the shell uses, as plain functions: Swift 6 can neither assign
// libedit's global variables nor call its variadic functions, so these wrappers do it in C.
#ifndef CLUSTERGRAPH_CEDITLINE_SHIM_H
#define CLUSTERGRAPH_CEDITLINE_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <editline/readline.h>

/// From the CSignals module (signals.c): read(2) that fails with EINTR once Ctrl-C was caught.
ssize_t cg_read_unless_signalled(int fd, void *buffer, size_t count);

/// One byte of `fd`, or -1 at end of input, on an error, or once Ctrl-C was caught — even if it was
/// caught between two reads or by another thread. (libedit's own reader retries a read that a signal
/// interrupted, and a Ctrl-C delivered to another thread left it waiting: the line was not dropped.)
static inline int cg_read_byte(int fd) {
    unsigned char byte;
    return cg_read_unless_signalled(fd, &byte, 1) == 1 ? byte : -1;
}

/// libedit's character reader: one character typed, as its Unicode code point (a UTF-8 sequence is
/// decoded here, because libedit takes what this returns as a whole character), or -1 to end the line.
static inline int cg_read_character(FILE *stream) {
    int fd = fileno(stream);
    int lead = cg_read_byte(fd);
    if (lead < 0x80) return lead;  // ASCII, or -1
    int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    int point = length == 4 ? (lead & 0x07) : length == 3 ? (lead & 0x0F) : (lead & 0x1F);
    if (length == 1 || lead >= 0xF8) return 0xFFFD;  // a stray continuation byte or no UTF-8 at all
    for (int i = 1; i < length; i++) {
        int next = cg_read_byte(fd);
        if (next < 0) return -1;
        if ((next & 0xC0) != 0x80) return 0xFFFD;
        point = (point << 6) | (next & 0x3F);
    }
    return point;
}

/// Makes libedit read characters with `cg_read_character`; call before any other function here.
static inline void cg_use_interruptible_reader(void) { rl_getc_function = cg_read_character; }

/// Prompts and echo go to standard error (when standard output is redirected to a file).
static inline void cg_prompt_on_stderr(void) { rl_outstream = stderr; }

/// Reads one line with editing and history; NULL at end of input or on an interrupted read. Free it.
static inline char *cg_readline(const char *prompt) { return readline(prompt); }

static inline void cg_add_history(const char *line) { add_history(line); }
static inline int cg_read_history(const char *path) { return read_history(path); }
static inline int cg_write_history(const char *path) { return write_history(path); }
static inline void cg_stifle_history(int max) { stifle_history(max); }

/// The whole line being edited (for completion that depends on what comes before the word).
static inline const char *cg_line_buffer(void) { return rl_line_buffer; }

/// Installs the generator Tab completion asks for candidates (`state` 0 starts a new word); each
/// returned string must be malloc'ed. Words break at spaces and punctuation but not at `.`, so
/// procedure names like `algo.pageRank` complete whole.
static inline void cg_set_completion(rl_compentry_func_t *generator) {
    rl_completion_entry_function = generator;
    rl_basic_word_break_characters = " \t\n\"'`@$><=;|&{(,)}[]:";
    rl_completion_append_character = '\0';
}

#endif

// The part of libedit's readline API the shell uses, as plain functions: Swift 6 can neither assign
// libedit's global variables nor call its variadic functions, so these wrappers do it in C.
#ifndef CLUSTERGRAPH_CEDITLINE_SHIM_H
#define CLUSTERGRAPH_CEDITLINE_SHIM_H

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <editline/readline.h>

// (Ctrl-C is caught by the CSignals module, whose handler lets readline return NULL with EINTR.)

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

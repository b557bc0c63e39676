// Non-variadic wrappers around libedit's variadic calls (el_set, history), which Swift cannot call directly.
#ifndef FACTCHECK_CEDITLINE_SHIM_H
#define FACTCHECK_CEDITLINE_SHIM_H

#include <stdio.h>
#include <histedit.h>

typedef char *(*fc_prompt_fn)(EditLine *);
typedef unsigned char (*fc_key_fn)(EditLine *, int);

static inline EditLine *fc_el_init(const char *prog) { return el_init(prog, stdin, stdout, stderr); }
static inline int fc_el_set_prompt(EditLine *e, fc_prompt_fn f) { return el_set(e, EL_PROMPT, f); }
static inline int fc_el_set_editor(EditLine *e, const char *mode) { return el_set(e, EL_EDITOR, mode); }
static inline int fc_el_set_signal(EditLine *e, int on) { return el_set(e, EL_SIGNAL, on); }
static inline int fc_el_set_history(EditLine *e, History *h) { return el_set(e, EL_HIST, history, h); }
static inline int fc_el_add_function(EditLine *e, const char *name, const char *help, fc_key_fn f) {
    return el_set(e, EL_ADDFN, name, help, f);
}
static inline int fc_el_bind(EditLine *e, const char *key, const char *function) {
    return el_set(e, EL_BIND, key, function, NULL);
}
/// Changes one terminal mode of libedit's editing mode, e.g. "-isig" so that Ctrl-C reaches a key binding.
static inline int fc_el_setty_edit(EditLine *e, const char *mode) { return el_set(e, EL_SETTY, "-d", mode, NULL); }

static inline History *fc_history_init(void) { return history_init(); }
static inline int fc_history_set_size(History *h, int size) {
    HistEvent ev; return history(h, &ev, H_SETSIZE, size);
}
static inline int fc_history_set_unique(History *h, int unique) {
    HistEvent ev; return history(h, &ev, H_SETUNIQUE, unique);
}
static inline int fc_history_enter(History *h, const char *line) {
    HistEvent ev; return history(h, &ev, H_ENTER, line);
}
static inline int fc_history_load(History *h, const char *path) {
    HistEvent ev; return history(h, &ev, H_LOAD, path);
}
static inline int fc_history_save(History *h, const char *path) {
    HistEvent ev; return history(h, &ev, H_SAVE, path);
}

#endif

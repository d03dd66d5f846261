#ifndef BLITZ_CEDITLINE_SHIM_H
#define BLITZ_CEDITLINE_SHIM_H

#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

/* Swift cannot call C variadic functions, so each el_set, el_get and history
   call shape the shell uses gets a fixed-argument wrapper here. */

typedef char *(*blitz_el_prompt_function)(EditLine *);
typedef unsigned char (*blitz_el_command_function)(EditLine *, int);

/* Sets the prompt callback; characters between two `delimiter`s take no
   room on screen (for colour escape sequences). */
static inline int blitz_el_set_prompt(EditLine *el, blitz_el_prompt_function prompt, char delimiter) {
    return el_set(el, EL_PROMPT_ESC, prompt, delimiter);
}

/* EL_EDITOR, EL_TERMINAL: operations taking one string. */
static inline int blitz_el_set_string(EditLine *el, int operation, const char *value) {
    return el_set(el, operation, value);
}

/* EL_SIGNAL, EL_EDITMODE, EL_UNBUFFERED: operations taking one int. */
static inline int blitz_el_set_int(EditLine *el, int operation, int value) {
    return el_set(el, operation, value);
}

static inline int blitz_el_set_client_data(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *blitz_el_get_client_data(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) {
        return NULL;
    }
    return data;
}

/* Registers an editor command that key bindings can name. */
static inline int blitz_el_add_function(
    EditLine *el, const char *name, const char *help, blitz_el_command_function function) {
    return el_set(el, EL_ADDFN, name, help, function);
}

/* Binds one key sequence to one editor command, like `bind ^I name`. */
static inline int blitz_el_bind(EditLine *el, const char *keys, const char *command) {
    return el_set(el, EL_BIND, keys, command, (const char *)NULL);
}

static inline int blitz_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

static inline int blitz_history_set_size(History *h, int size) {
    HistEvent event;
    return history(h, &event, H_SETSIZE, size);
}

/* With `unique` set, a line equal to the previous entry is not added again. */
static inline int blitz_history_set_unique(History *h, int unique) {
    HistEvent event;
    return history(h, &event, H_SETUNIQUE, unique);
}

static inline int blitz_history_enter(History *h, const char *line) {
    HistEvent event;
    return history(h, &event, H_ENTER, line);
}

static inline int blitz_history_load(History *h, const char *path) {
    HistEvent event;
    return history(h, &event, H_LOAD, path);
}

static inline int blitz_history_save(History *h, const char *path) {
    HistEvent event;
    return history(h, &event, H_SAVE, path);
}

/* Number of entries held, or -1. */
static inline int blitz_history_count(History *h) {
    HistEvent event;
    if (history(h, &event, H_GETSIZE) != 0) {
        return -1;
    }
    return event.num;
}

/* Catches `signo` with `handler` and without SA_RESTART, so that a blocking
   read in progress returns EINTR instead of resuming. */
static inline int blitz_catch_signal(int signo, void (*handler)(int), struct sigaction *previous) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(signo, &action, previous);
}

static inline int blitz_restore_signal(int signo, const struct sigaction *previous) {
    return sigaction(signo, previous, NULL);
}

#endif

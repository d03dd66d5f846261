#ifndef BLITZ_CEDITLINE_SHIM_H
#define BLITZ_CEDITLINE_SHIM_H

#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <pthread.h>
#include <pty.h> /* openpty, for tests that need a terminal */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
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

/* Moves through the history with H_FIRST, H_LAST, H_NEXT or H_PREV and returns the entry
   reached, or NULL past either end. */
static inline const char *blitz_history_step(History *h, int operation) {
    HistEvent event;
    if (history(h, &event, operation) != 0) {
        return NULL;
    }
    return event.str;
}

/* Number of entries held, or -1. */
static inline int blitz_history_count(History *h) {
    HistEvent event;
    if (history(h, &event, H_GETSIZE) != 0) {
        return -1;
    }
    return event.num;
}

/* The handling of SIGINT, SIGTERM and SIGHUP before blitz_catch_signals changed it. */
typedef struct {
    struct sigaction actions[3];
} blitz_saved_signals;

/* Catches SIGINT, SIGTERM and SIGHUP with `handler` and without SA_RESTART, so that a
   blocking read in progress returns EINTR instead of resuming. Saves the previous handling
   in `saved` unless it is NULL. */
static inline int blitz_catch_signals(void (*handler)(int), blitz_saved_signals *saved) {
    const int signals[3] = {SIGINT, SIGTERM, SIGHUP};
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    for (int i = 0; i < 3; i++) {
        if (sigaction(signals[i], &action, saved ? &saved->actions[i] : NULL) != 0) {
            return -1;
        }
    }
    return 0;
}

/* Puts back handling saved by blitz_catch_signals. */
static inline void blitz_restore_signals(const blitz_saved_signals *saved) {
    const int signals[3] = {SIGINT, SIGTERM, SIGHUP};
    for (int i = 0; i < 3; i++) {
        sigaction(signals[i], &saved->actions[i], NULL);
    }
}

/* Lets SIGINT, SIGTERM and SIGHUP reach the calling thread (dispatch worker threads block
   them), saving the thread's previous mask in `previous`. */
static inline int blitz_unblock_signals(sigset_t *previous) {
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGHUP);
    return pthread_sigmask(SIG_UNBLOCK, &signals, previous);
}

static inline void blitz_set_signal_mask(const sigset_t *mask) {
    pthread_sigmask(SIG_SETMASK, mask, NULL);
}

/* Gives SIGINT, SIGTERM and SIGHUP their default action (ending the process) again. */
static inline void blitz_default_signals(void) {
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
}

/* The width in columns of the terminal on `fd`, or 0 when unknown. */
static inline int blitz_terminal_width(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) {
        return 0;
    }
    return size.ws_col;
}

#endif

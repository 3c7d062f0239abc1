#ifndef PARLEY_CNCURSESW_SHIM_H
#define PARLEY_CNCURSESW_SHIM_H

/* Wide-character curses: without these, cchar_t, setcchar and mvwadd_wch are not declared. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <fcntl.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

/* Macros built from bit expressions do not import into Swift, and Swift 6 rejects touching
   curses' mutable globals directly, so both are read through these functions. */

static inline attr_t parley_attr_normal(void) { return A_NORMAL; }
static inline attr_t parley_attr_bold(void) { return A_BOLD; }
static inline attr_t parley_attr_dim(void) { return A_DIM; }
static inline attr_t parley_attr_italic(void) { return A_ITALIC; }
static inline attr_t parley_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t parley_attr_reverse(void) { return A_REVERSE; }

static inline WINDOW *parley_stdscr(void) { return stdscr; }
static inline int parley_lines(void) { return LINES; }
static inline int parley_cols(void) { return COLS; }
static inline int parley_colors(void) { return COLORS; }
static inline FILE *parley_stdin(void) { return stdin; }
static inline FILE *parley_stdout(void) { return stdout; }

static inline mmask_t parley_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t parley_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t parley_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t parley_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }

static inline int parley_wcwidth(wchar_t c) { return wcwidth(c); }

/* The colour pair goes through setcchar's extension argument so pairs above 32767, which
   alloc_pair hands out on 256-colour terminals, are not truncated to a short. */
static inline int parley_setcchar(cchar_t *cell, const wchar_t *text, attr_t attributes, int pair) {
    return setcchar(cell, text, attributes, 0, &pair);
}

/* A terminfo string capability, or NULL when the terminal lacks it. */
static inline const char *parley_capability(const char *name) {
    char *value = tigetstr(name);
    return (value == NULL || value == (char *)-1) ? NULL : value;
}

/* ---- Putting the terminal back when the program is killed or crashes ----
   Signal handlers may only use async-signal-safe calls (tcsetattr, write, sigaction, raise) and
   plain memory, so the state they need lives here in C rather than in Swift globals, whose
   lazy initialisation and runtime are not safe to enter from a handler. */

enum { PARLEY_MAX_SIGNAL = 65, PARLEY_RESTORE_CAPACITY = 512 };

/* Explicit initialisers: Swift's importer emits C globals only when they are real definitions,
   not tentative ones. */
static struct termios parley_saved_termios = {0};
static volatile sig_atomic_t parley_has_saved_termios = 0;
static char parley_restore_bytes[PARLEY_RESTORE_CAPACITY] = {0};
static volatile sig_atomic_t parley_restore_length = 0;
static struct sigaction parley_previous_actions[PARLEY_MAX_SIGNAL] = {{{0}}};
static volatile sig_atomic_t parley_handler_installed[PARLEY_MAX_SIGNAL] = {0};

/* Remembers the terminal modes to go back to; call before curses changes them. */
static inline int parley_save_terminal_modes(void) {
    if (tcgetattr(STDIN_FILENO, &parley_saved_termios) != 0) return -1;
    parley_has_saved_termios = 1;
    return 0;
}

/* The escape sequences that undo what curses sent (alternate screen, hidden cursor, mouse
   reporting, keypad mode, attributes); written before the saved modes are restored. */
static inline void parley_set_restore_sequence(const char *bytes) {
    size_t length = strlen(bytes);
    if (length >= PARLEY_RESTORE_CAPACITY) length = PARLEY_RESTORE_CAPACITY - 1;
    parley_restore_length = 0;
    memcpy(parley_restore_bytes, bytes, length);
    parley_restore_length = (sig_atomic_t)length;
}

/* Async-signal-safe: puts the screen and the tty modes back as they were before curses. */
static inline void parley_restore_terminal(void) {
    sig_atomic_t length = parley_restore_length;
    const char *bytes = parley_restore_bytes;
    while (length > 0) {
        ssize_t written = write(STDOUT_FILENO, bytes, (size_t)length);
        if (written <= 0) break;
        bytes += written;
        length -= (sig_atomic_t)written;
    }
    if (parley_has_saved_termios) tcsetattr(STDIN_FILENO, TCSANOW, &parley_saved_termios);
}

static void parley_restoring_signal_handler(int number, siginfo_t *info, void *context) {
    (void)context;
    parley_restore_terminal();
    /* A request to end (Ctrl-C, Ctrl-\, kill, a hang-up) ends the process at once, by the default
       action: the runtime's crash reporter also catches SIGQUIT, and would hold the process, now in
       cooked mode, for half a minute reading keys meant for the shell. */
    if (number == SIGINT || number == SIGTERM || number == SIGHUP || number == SIGQUIT) {
        signal(number, SIG_DFL);
        if (number > 0 && number < PARLEY_MAX_SIGNAL) parley_handler_installed[number] = 0;
        raise(number);
        return;
    }
    if (number > 0 && number < PARLEY_MAX_SIGNAL) {
        /* Hand the signal to whoever had it before (the default action, or the runtime's crash
           reporter, which can now print to a sane terminal). */
        sigaction(number, &parley_previous_actions[number], NULL);
        parley_handler_installed[number] = 0;
    } else {
        signal(number, SIG_DFL);
    }
    /* A fault raised by an instruction happens again when the handler returns; any other signal
       (kill, raise, abort) has to be sent again. */
    int synchronous_fault = info != NULL && info->si_code > 0
        && (number == SIGSEGV || number == SIGBUS || number == SIGILL || number == SIGFPE || number == SIGTRAP);
    if (!synchronous_fault) raise(number);
}

/* Installs the restoring handler for one signal, remembering the previous action.
   Returns 0 when installed, 1 when the signal is ignored and left so, -1 on error. */
static inline int parley_install_restoring_handler(int number) {
    if (number <= 0 || number >= PARLEY_MAX_SIGNAL || parley_handler_installed[number]) return -1;
    struct sigaction current;
    /* A signal the program was started ignoring (nohup, a background job) stays ignored. */
    if (sigaction(number, NULL, &current) == 0 && !(current.sa_flags & SA_SIGINFO) && current.sa_handler == SIG_IGN)
        return 1;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = parley_restoring_signal_handler;
    action.sa_flags = SA_SIGINFO;
    sigemptyset(&action.sa_mask);
    if (sigaction(number, &action, &parley_previous_actions[number]) != 0) return -1;
    parley_handler_installed[number] = 1;
    return 0;
}

/* Puts back the action that was there before parley_install_restoring_handler. */
static inline void parley_uninstall_restoring_handler(int number) {
    if (number <= 0 || number >= PARLEY_MAX_SIGNAL || !parley_handler_installed[number]) return;
    sigaction(number, &parley_previous_actions[number], NULL);
    parley_handler_installed[number] = 0;
}

/* ---- Waking the input loop after Ctrl-Z and fg ----
   ncurses repaints on resume, but a resize that happened while the program was stopped is only
   reported at the next key press. A SIGCONT handler writes a byte to this pipe, which the input
   loop polls beside the terminal, so it asks curses for pending events straight away. */

static int parley_continue_pipe[2] = {-1, -1};
static struct sigaction parley_previous_continue_action = {{0}};

static void parley_continue_signal_handler(int number) {
    (void)number;
    char byte = 1;
    ssize_t ignored = write(parley_continue_pipe[1], &byte, 1);
    (void)ignored;
}

/* Returns the pipe's read end, or -1. */
static inline int parley_install_continue_notifier(void) {
    if (parley_continue_pipe[0] >= 0) return parley_continue_pipe[0];
    if (pipe(parley_continue_pipe) != 0) return -1;
    for (int i = 0; i < 2; i++) {
        fcntl(parley_continue_pipe[i], F_SETFL, fcntl(parley_continue_pipe[i], F_GETFL) | O_NONBLOCK);
        fcntl(parley_continue_pipe[i], F_SETFD, FD_CLOEXEC);
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = parley_continue_signal_handler;
    action.sa_flags = SA_RESTART;
    sigemptyset(&action.sa_mask);
    sigaction(SIGCONT, &action, &parley_previous_continue_action);
    return parley_continue_pipe[0];
}

static inline void parley_uninstall_continue_notifier(void) {
    if (parley_continue_pipe[0] < 0) return;
    sigaction(SIGCONT, &parley_previous_continue_action, NULL);
    close(parley_continue_pipe[0]);
    close(parley_continue_pipe[1]);
    parley_continue_pipe[0] = parley_continue_pipe[1] = -1;
}

static inline void parley_drain(int fd) {
    char buffer[64];
    while (read(fd, buffer, sizeof buffer) > 0) {}
}

/* Bytes waiting to be read on a terminal; 0 with poll reporting it readable means input has ended. */
static inline int parley_pending_input(int fd) {
    int count = 0;
    return ioctl(fd, FIONREAD, &count) == 0 ? count : 0;
}

#endif

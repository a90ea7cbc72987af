/* What several commands share: finding and loading the course, and deciding
 * how the terminal output looks (colour, width). */
#ifndef IDIOM_CMD_COMMON_H
#define IDIOM_CMD_COMMON_H
#include <stdarg.h>
#include <stdio.h>
#include "course/course.h"
#include "learn/learn.h"

/* Loads the course at DIR (NULL: the default one).  On problems prints them
 * as file:line: messages and returns NULL. */
struct course *cmd_load_course(const char *dir);

/* Finds LESSON in C; if there is none, prints a one-line message with the
 * nearest match and returns NULL (the caller exits with EXIT_USAGE). */
struct lesson *cmd_find_lesson(const struct course *c, const char *name);

/* The exercise name nearest to WORD when WORD is a near miss of one
 * ("rewrit": "rewrite"), else NULL (an exact name, a file, or far off). */
const char *cmd_exercise_typo(const char *word);

/* Colour only on a terminal, never with NO_COLOR set or when PLAIN. */
int cmd_use_colour(int plain);

/* The width to wrap at: REQUESTED if > 0, else $COLUMNS, else the
 * terminal's, else 80; clamped to 40..200. */
int cmd_width(int requested);

/* The width to wrap standard output at: cmd_width(0) on a terminal or with
 * $COLUMNS set; 0 when piped without $COLUMNS (scripts read whole lines). */
int cmd_out_width(void);

/* Prints the formatted text to OUT, learner bytes shown as text
 * (render/visible.h), wrapped to cmd_out_width() (not at all when that is
 * 0) with INDENT before the first line and HANG before every later one
 * (either may be NULL).  A '\n' in the text starts a new line. */
void cmd_sayf(FILE *out, const char *indent, const char *hang, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* The same to STYLE (width 0: not wrapped, STYLE->first still before it),
 * PREFIX (may be NULL) before the formatted text. */
struct wrap_style;
void cmd_vsayf(FILE *out, const struct wrap_style *style, const char *prefix, const char *fmt,
	       va_list ap) __attribute__((format(printf, 4, 0)));

/* Parses a whole positive number for option NAME; returns it, or -EINVAL
 * after printing a message. */
int cmd_parse_count(const char *name, const char *value);

/* Fills LR with the local learner: $IDIOM_HOME and its progress store.
 * CREATE: the folder and the store are made if missing; otherwise a learner
 * with no store yet gets LR->store NULL, so reading commands create nothing.
 * Returns 0, or EXIT_USAGE after printing why.  Release with
 * cmd_learner_close (also after a failure). */
int cmd_learner_open(struct learner *lr, int create);
/* For grading: as cmd_learner_open(LR, 1), but a store that cannot be
 * written (a read-only $IDIOM_HOME: -EACCES, -EROFS, -EPERM) is a warning
 * printed here, and LR->store stays NULL: the answers are graded, not
 * recorded.  Any other failure returns EXIT_USAGE after printing why. */
int cmd_learner_open_to_grade(struct learner *lr);
void cmd_learner_close(struct learner *lr);

/* How to call this very binary in a printed command: "idiom" when the
 * `idiom` found on $PATH is this binary, else "./idiom" when it sits in the
 * current folder, else its absolute path.  Computed once; never NULL. */
const char *cmd_self(void);

/* Prints "idiom: " and the formatted message to stderr, learner bytes in it
 * shown as text (render/visible.h), wrapped to the width. */
void cmd_errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Prints "idiom: PREFIX: message" to stderr when E holds an error. */
void cmd_warn(const struct error *e, const char *prefix);

#endif

/* What `check`, `watch` and `hint` share: printing a graded answer and a
 * hint.  The work itself is learn/'s (learn_check_file, learn_hint_next). */
#ifndef IDIOM_CHECKING_H
#define IDIOM_CHECKING_H
#include <stdio.h>
#include "learn/learn.h"

enum checking_format { CHECKING_TEXT, CHECKING_JSON };

/* Grades the file at PATH as exercise KIND of L for LR (learn_check_file
 * with OPT) and prints the verdict to OUT: the fixed JSON object on one
 * line, or text with each criterion, its messages, what the answer printed
 * and a summary.  Returns EXIT_OK when the answer passes, EXIT_PROBLEMS when
 * it fails or cannot run, EXIT_USAGE when the file cannot be read or the
 * grader itself failed (message on stderr).  A failure to record is printed
 * ("graded, but not recorded") and does not change it. */
int checking_run_file(const struct learner *lr, struct grader *a, const struct lesson *l,
		      enum exercise_kind kind, const char *path, enum checking_format format,
		      int colour, const struct learn_check_options *opt, FILE *out);

/* Prints the next hint for exercise KIND of L (learn_hint_next).  Returns
 * EXIT_OK, or EXIT_USAGE with a message on stderr. */
int checking_next_hint(const struct learner *lr, struct grader *a, const struct lesson *l,
		       enum exercise_kind kind, FILE *out);

#endif

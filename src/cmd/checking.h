/* Checking an answer for the terminal commands (check, watch, hint): loads
 * the exercise's grading files, grades, prints the human report. */
#ifndef IDIOM_CHECKING_H
#define IDIOM_CHECKING_H
#include <stdio.h>
#include "course/lesson.h"

/* Grades FILE as exercise KIND of L and prints each criterion with its
 * messages and a summary line to OUT.  Returns EXIT_OK when the answer
 * passes, EXIT_PROBLEMS when it fails or cannot run, EXIT_USAGE when the
 * grader itself could not run (the message says why). */
int checking_run_human(struct lesson *l, enum exercise_kind kind, const char *file,
		       int colour, FILE *out);

/* Prints the next hint for exercise KIND (one more each call, remembered in
 * the workspace) to OUT.  Returns EXIT_OK, or EXIT_USAGE with a message. */
int checking_next_hint(struct lesson *l, enum exercise_kind kind, FILE *out);

#endif

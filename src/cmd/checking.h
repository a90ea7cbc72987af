/* What `check`, `watch` and `hint` share: grading one workspace file and
 * printing the verdict, and handing out hints one at a time. */
#ifndef IDIOM_CHECKING_H
#define IDIOM_CHECKING_H
#include <stdio.h>
#include "course/lesson.h"
#include "grade/assess.h"

#define CHECKING_ANSWER_MAX (256 * 1024)

enum checking_format { CHECKING_TEXT, CHECKING_JSON };

/* Grades the file at PATH as exercise KIND of L and prints the verdict to
 * OUT: the fixed JSON object on one line, or text with each criterion, its
 * messages, what the answer printed and a summary.  Returns EXIT_OK when the
 * answer passes, EXIT_PROBLEMS when it fails or cannot run, EXIT_USAGE when
 * the file cannot be read or the grader itself failed (message on stderr). */
int checking_run_file(struct assessor *a, const struct lesson *l, enum exercise_kind kind,
		      const char *path, enum checking_format format, int colour, FILE *out);

/* Prints the next hint for exercise KIND of L (one more each call; how many
 * were shown is kept in the lesson's workspace folder).  Returns EXIT_OK, or
 * EXIT_USAGE with a message on stderr. */
int checking_next_hint(struct assessor *a, const struct lesson *l, enum exercise_kind kind,
		       FILE *out);

#endif

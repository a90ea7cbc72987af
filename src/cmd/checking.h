/* What `check`, `watch` and `hint` share: grading one workspace file and
 * printing the verdict, and handing out hints one at a time. */
#ifndef IDIOM_CHECKING_H
#define IDIOM_CHECKING_H
#include <stdio.h>
#include "course/lesson.h"
#include "grade/grade.h"
#include "store/store.h"

#define CHECKING_ANSWER_MAX (256 * 1024)

enum checking_format { CHECKING_TEXT, CHECKING_JSON };

/* Where a graded answer is recorded: STORE NULL records nothing; with
 * ONLY_CHANGED an answer identical to the exercise's latest recorded one is
 * not recorded again (watch: saves without edits do not flood history). */
struct checking_record {
	struct store *store;
	int only_changed;
};

/* Grades the file at PATH as exercise KIND of L, records the attempt per REC
 * (NULL: not at all) and prints the verdict to OUT: the fixed JSON object on
 * one line, or text with each criterion, its messages, what the answer
 * printed and a summary.  Returns EXIT_OK when the answer passes,
 * EXIT_PROBLEMS when it fails or cannot run, EXIT_USAGE when the file cannot
 * be read or the grader itself failed (message on stderr).  A failure to
 * record is printed ("graded, but not recorded") and does not change it. */
int checking_run_file(struct grader *a, const struct lesson *l, enum exercise_kind kind,
		      const char *path, enum checking_format format, int colour,
		      const struct checking_record *rec, FILE *out);

/* Prints the next hint for exercise KIND of L (one more each call; how many
 * were shown is kept in the lesson's workspace folder, .hints-EXERCISE,
 * because the store counts hint events but not per exercise since a reset)
 * and records a hint event in ST (NULL: none).  Returns EXIT_OK, or
 * EXIT_USAGE with a message on stderr. */
int checking_next_hint(struct grader *a, const struct lesson *l, enum exercise_kind kind,
		       struct store *st, FILE *out);

/* The hint counter's file for exercise KIND of L under HOME; you own it. */
char *checking_hint_path(const char *home, const struct lesson *l, enum exercise_kind kind);

#endif

/* Many answers at once: `idiom check LESSON EXERCISE F1 F2 ...` where no
 * FILE is a workspace answer (nothing is recorded), graded by one child
 * process per core, each with its own grader and warm sandbox, every Jth
 * file; the parent prints the verdicts in the files' order. */
#ifndef IDIOM_CMD_BATCH_H
#define IDIOM_CMD_BATCH_H
#include <stddef.h>
#include <stdio.h>
#include "cmd/checking.h"

struct batch_item {
	const char *path;
	enum exercise_kind kind;
};

/* Called in file order once item I's verdict (exit status RC) is printed. */
typedef void (*batch_done_fn)(size_t i, int rc, void *ctx);

/* How many processes grade N answers: the cores, at most
 * IDIOM_CHECK_JOBS_MAX, none beyond one per two answers; 1 means grade in
 * this process. */
int batch_jobs(size_t n);

/* Grades ITEMS[0..n) of L (course C) with JOBS processes, printing each
 * verdict to OUT as checking_run_file would (FORMAT, COLOUR), nothing
 * recorded.  Returns the worst exit status; a grading process that dies
 * leaves its remaining answers reported as internal errors (EXIT_USAGE). */
int batch_check(const struct course *c, const struct lesson *l, const struct batch_item *items,
		size_t n, int jobs, enum checking_format format, int colour, FILE *out,
		batch_done_fn done, void *ctx);

#endif

/* Graded example answers: each exercise's examples/expected.yaml names
 * answers and the verdict the whole grader must give them (overall status
 * and each criterion).  `idiom lint` and `make test` grade every one and
 * report each mismatch as a problem of the course. */
#ifndef IDIOM_EXAMPLES_H
#define IDIOM_EXAMPLES_H
#include <stddef.h>
#include "course/lesson.h"
#include "grade/grade.h"
#include "util/diag.h"

struct example_expectation {
	char *file;		/* relative to the examples folder */
	int line;		/* in expected.yaml */
	char *status;		/* "pass", "fail" or "error" */
	char **ids;		/* criterion ids as written ... */
	char **titles;		/* ... their titles ... */
	int *passes;		/* ... and whether each must pass */
	size_t ncriteria;
	char **behavioural;	/* what only a run decides: titles, or "status" */
	size_t nbehavioural;
};

/* 1 when E says only the behavioural run decides WHAT (a title or "status"). */
int example_is_behavioural(const struct example_expectation *e, const char *what);

struct example_set {
	char *path;		/* the expected.yaml */
	struct example_expectation *items;
	size_t count;
};

/* Reads DIR/expected.yaml, whose criteria are named by the ids of EX's
 * criteria, into SET (with each id's title).  Returns 0, -ENOENT when the
 * file does not exist (nothing added to DIAGS), or -EINVAL after adding
 * every problem to DIAGS (an unknown id with the nearest one).  Release SET
 * with example_set_release either way. */
int example_set_load(const char *dir, const struct exercise *ex, struct example_set *set,
		     struct diags *diags);
/* The same from the file PATH (any name); with TITLES_TOO a criterion may
 * also be named by its exact title (labels written from lesson.md alone). */
int example_set_load_file(const char *path, const struct exercise *ex, int titles_too,
			  struct example_set *set, struct diags *diags);
void example_set_release(struct example_set *set);

struct example_tally {
	size_t graded;
	size_t mismatched;
	size_t passing;		/* examples expected to pass */
	size_t failing;		/* expected to fail or error */
	size_t disputed;	/* criteria a static rule fails and the run passes */
	struct diags *warnings;	/* where each dispute is said (NULL: counted only) */
};

/* Grades every example of exercise KIND of L with A and compares; each
 * criterion a static rule fails while the harness's own checks on it all
 * pass (report_disputed) is counted and said in TALLY's warnings; each
 * mismatch is added to DIAGS as `expected.yaml:line: <file>: ...`.  Also
 * checks that the starter fails, the reference passes, and every criterion
 * id the harness names is the exercise's (harness_ids_check).  Adds to TALLY.
 * Returns 0 when everything matched, -EINVAL otherwise. */
int examples_verify(struct grader *a, const struct lesson *l, enum exercise_kind kind,
		    struct example_tally *tally, struct diags *diags);

#endif

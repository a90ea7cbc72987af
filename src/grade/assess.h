/* Grading one answer completely: the exercise's static and concept rules
 * (grader), then, for code exercises with a harness, the behavioural run in
 * the sandbox (runner), merged into one report.  One assessor serves many
 * answers: rules are compiled once per exercise and the warm Python is
 * started on first need and kept (`check` with several files, `watch`, the
 * web app). */
#ifndef IDIOM_ASSESS_H
#define IDIOM_ASSESS_H
#include <stddef.h>
#include "course/course.h"
#include "grade/report.h"
#include "util/diag.h"

struct assessor;

enum {
	ASSESS_STATIC_ONLY = 1,	/* skip the behavioural run (live hints) */
};

/* An assessor for COURSE (not owned; it must outlive the assessor). */
struct assessor *assessor_new(const struct course *course, int flags);
void assessor_free(struct assessor *a);

/* Grades SRC[0..len) as exercise KIND of lesson L; FILE names the answer in
 * the report.  Returns a new report (you own it), or NULL when the
 * exercise's grading files are broken or the sandbox cannot start: every
 * problem is then added to DIAGS.  An answer that cannot run is not a
 * failure here: its report has status error with what went wrong, and all
 * the static feedback.  *OUTPUT, when OUTPUT is not NULL, receives what the
 * answer printed (capped; "" when nothing ran); you own it. */
struct report *assessor_check(struct assessor *a, const struct lesson *l,
			      enum exercise_kind kind, const char *file,
			      const char *src, size_t len, char **output,
			      struct diags *diags);

/* The exercise's hints, gentlest first; NULL with DIAGS filled when its
 * rules cannot be loaded.  The array belongs to the assessor. */
const char *const *assessor_hints(struct assessor *a, const struct lesson *l,
				  enum exercise_kind kind, size_t *n, struct diags *diags);

/* Adds to DIAGS each criterion of exercise KIND of L that no check can
 * decide: no static or concept rule names it and no harness runs.  Returns
 * the number of such criteria, or -1 when the rules cannot be loaded. */
int assessor_unchecked(struct assessor *a, const struct lesson *l, enum exercise_kind kind,
		       struct diags *diags);

#endif

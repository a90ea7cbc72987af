/* How far the grader agrees with careful human labels on answers nobody
 * wrote for the course (issue 12's measurement; docs/ACCURACY.md).  A label
 * set is a folder NN-slug/EXERCISE/labels.yaml per exercise, in the
 * expected.yaml format, criteria named by id or exact title; answers sit
 * beside it.  Every criterion verdict the labels give is one comparison. */
#ifndef IDIOM_ACCURACY_H
#define IDIOM_ACCURACY_H
#include <stddef.h>
#include "course/course.h"
#include "grade/grade.h"
#include "util/diag.h"

struct accuracy_count {
	size_t verdicts;	/* criterion verdicts compared */
	size_t agree;
	size_t correct;		/* labelled pass */
	size_t false_fail;	/* labelled pass, graded fail */
	size_t wrong;		/* labelled fail */
	size_t false_pass;	/* labelled fail, graded pass */
};

struct accuracy_exercise {
	int lesson;
	enum exercise_kind kind;
	size_t answers;
	struct accuracy_count count;
};

/* One disagreement: the answer, the criterion, the label. */
struct accuracy_miss {
	char *file;		/* the answer's path */
	char *criterion;	/* its title */
	int labelled_pass;
};

struct accuracy {
	struct accuracy_exercise *exercises;	/* in lesson, then exercise order */
	size_t nexercises, exercises_cap;
	struct accuracy_miss *misses;
	size_t nmisses, misses_cap;
	struct accuracy_count all, text, code;
};

/* Grades every labelled answer under DIR with G (a full grader for COURSE)
 * and fills OUT.  A folder whose lesson COURSE lacks, an unreadable or
 * malformed labels file and an answer that cannot be graded are added to
 * DIAGS and skipped.  Returns 0 (the figures stand for what was read), or
 * -ENOENT when DIR holds no labels at all.  Release OUT with
 * accuracy_release. */
int accuracy_measure(struct grader *g, const struct course *course, const char *dir,
		     struct accuracy *out, struct diags *diags);
void accuracy_release(struct accuracy *a);

#endif

/* How the commands reach the progress store ($IDIOM_HOME/progress.db) and
 * what they compute from it together: the status a learner sees (locked
 * included, which the store does not keep) and the lesson to suggest next. */
#ifndef IDIOM_TRACKING_H
#define IDIOM_TRACKING_H
#include "course/course.h"
#include "store/store.h"

/* Opens the store, creating $IDIOM_HOME and the file if needed.  Returns it
 * (yours to store_close), or NULL after printing "idiom: <why>" to stderr. */
struct store *tracking_open(void);

/* Opens the store only if the file exists, so reading commands never create
 * it.  Returns 0 with *OUT NULL when there is no file yet, 0 with *OUT set,
 * or -1 after printing "idiom: <why>". */
int tracking_open_existing(struct store **out);

/* Records an event; a failure is printed as a warning, never fatal. */
void tracking_event(struct store *st, int lesson, enum store_event_kind kind);

/* What the learner sees of every lesson of a course, in course order. */
struct tracking_course {
	const struct course *course;
	struct store_summary *sums;	/* course->count of them */
	const char **status;		/* "open", "started", "done" or "locked" */
	size_t done;
	int next;			/* index of the suggested lesson; -1: none */
};

/* Fills OUT from ST (NULL: no history, every lesson open or locked).
 * Returns 0, or -1 after printing "idiom: <why>".  Release with
 * tracking_course_free. */
int tracking_course_load(struct store *st, const struct course *c, struct tracking_course *out);
void tracking_course_free(struct tracking_course *tc);

/* "1:05" for 3900 seconds. */
void tracking_hm(int64_t seconds, char out[32]);

#endif

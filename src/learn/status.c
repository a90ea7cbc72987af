/* Lesson status as the learner sees it: the store's (open, started, done)
 * plus locked, which the store does not keep; the lesson to suggest next;
 * and the progress view (time, attempts, the criteria that fail most).
 * See learn.h. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "learn/learn.h"
#include "util/xalloc.h"
#include "util/banned.h"

_Static_assert((int)LEARN_OPEN == (int)STORE_OPEN && (int)LEARN_STARTED == (int)STORE_STARTED &&
	       (int)LEARN_DONE == (int)STORE_DONE,
	       "enum learn_status starts as enum store_status");

const char *learn_status_name(enum learn_status st)
{
	static const char *const names[] = { "open", "started", "done", "locked" };

	return (int)st >= 0 && st <= LEARN_LOCKED ? names[st] : NULL;
}

/* The first started lesson not done, else the first open one. */
static int suggest(const struct learn_course *lc)
{
	for (size_t i = 0; i < lc->course->count; i++)
		if (lc->status[i] == LEARN_STARTED)
			return (int)i;
	for (size_t i = 0; i < lc->course->count; i++)
		if (lc->status[i] == LEARN_OPEN)
			return (int)i;
	return -1;
}

/* Lesson I's summary into SUMS[I]; no store or a failure leaves it open. */
static int summarise(const struct learner *lr, const struct course *c, size_t i,
		     struct store_summary *sums, struct error *err)
{
	struct store_summary *sum = &sums[i];
	int rc = 0;

	if (lr->store && (rc = store_summary(lr->store, c->lessons[i]->number, sum, err)) < 0)
		memset(sum, 0, sizeof(*sum));
	sum->lesson = c->lessons[i]->number;
	return rc;
}

int learn_course_load(const struct learner *lr, const struct course *c,
		      struct learn_course *out, struct error *err)
{
	int rc = 0;

	memset(out, 0, sizeof(*out));
	out->course = c;
	out->sums = xcalloc(c->count + 1, sizeof(*out->sums));
	out->status = xcalloc(c->count + 1, sizeof(*out->status));
	for (size_t i = 0; i < c->count; i++) {
		const struct store_summary *sum = &out->sums[i];

		/* after a failure the rest are not asked: they show no history */
		if (rc == 0)
			rc = summarise(lr, c, i, out->sums, err);
		else
			out->sums[i].lesson = c->lessons[i]->number;
		out->status[i] = (enum learn_status)sum->status;
		if (c->sequential && store_lesson_locked(sum->status, i == 0,
							 i ? out->sums[i - 1].status : STORE_OPEN))
			out->status[i] = LEARN_LOCKED;
		out->done += sum->status == STORE_DONE;
	}
	out->next = suggest(out);
	return rc;
}

void learn_course_free(struct learn_course *lc)
{
	if (lc->sums)
		for (size_t i = 0; i < lc->course->count; i++)
			store_summary_free(&lc->sums[i]);
	free(lc->sums);
	free(lc->status);
	memset(lc, 0, sizeof(*lc));
}

/* How many of LIST's attempts failed TITLE. */
static int times_failed(const struct store_attempt_list *list, const char *title)
{
	int n = 0;

	for (size_t i = 0; i < list->count; i++)
		for (size_t j = 0; j < list->items[i].failing_count; j++)
			if (strcmp(list->items[i].failing[j], title) == 0) {
				n++;
				break;
			}
	return n;
}

/* Each criterion LESSON's exercises still fail (in their newest attempt),
 * with how often every attempt failed it. */
static int count_failing(const struct learner *lr, int lesson, struct learn_progress *p,
			 size_t *cap, struct error *err)
{
	for (int k = 0; k < STORE_EXERCISE_COUNT; k++) {
		struct store_attempt_list list = { 0 };
		int rc = store_history(lr->store, lesson, (enum store_exercise)k, &list, err);

		for (size_t j = 0; rc == 0 && list.count && j < list.items[0].failing_count; j++) {
			const char *title = list.items[0].failing[j];

			p->failing = xgrow(p->failing, cap, p->failing_count + 1, sizeof(*p->failing));
			p->failing[p->failing_count++] = (struct learn_failing){
				.lesson = lesson, .exercise = (enum exercise_kind)k,
				.criterion = xstrdup(title), .count = times_failed(&list, title),
			};
		}
		store_attempt_list_free(&list);
		if (rc < 0)
			return rc;
	}
	return 0;
}

int learn_progress_load(const struct learner *lr, const struct course *c,
			struct learn_progress *out, struct error *err)
{
	size_t cap = 0;
	int rc;

	memset(out, 0, sizeof(*out));
	rc = learn_course_load(lr, c, &out->lessons, err);
	for (size_t i = 0; rc == 0 && lr->store && i < c->count; i++)
		rc = count_failing(lr, c->lessons[i]->number, out, &cap, err);
	return rc;
}

void learn_progress_free(struct learn_progress *p)
{
	learn_course_free(&p->lessons);
	for (size_t i = 0; i < p->failing_count; i++)
		free(p->failing[i].criterion);
	free(p->failing);
	memset(p, 0, sizeof(*p));
}

/* The progress store's rules, the same for every backend: checking what is
 * recorded, making ids, and computing status, time spent and history from a
 * lesson's records.  History is append-only; a reset is a record too.
 * Export and import are in transfer.c. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/random.h>
#include <jansson.h>
#include "store/store.h"
#include "store/backend.h"
#include "util/xalloc.h"
#include "util/banned.h"

static const char *const exercise_names[] = { "reflect", "rewrite", "practice" };
static const char *const verdict_names[] = { "pass", "fail", "error" };
static const char *const status_names[] = { "open", "started", "done" };
static const char *const event_names[] = { "start", "hint", "show" };

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* The enums are indexes into these tables (and stored by these names). */
_Static_assert(COUNT(exercise_names) == STORE_EXERCISE_COUNT, "a name per store_exercise");
_Static_assert(COUNT(verdict_names) == STORE_ERROR + 1, "a name per store_verdict");
_Static_assert(COUNT(status_names) == STORE_DONE + 1, "a name per store_status");
_Static_assert(COUNT(event_names) == STORE_EVENT_SHOW + 1, "a name per store_event_kind");

static const char *name_of(const char *const *names, int count, int v)
{
	return v >= 0 && v < count ? names[v] : NULL;
}

static int parse_name(const char *const *names, int count, const char *name, int *out)
{
	for (int i = 0; i < count && name; i++)
		if (strcmp(name, names[i]) == 0) {
			*out = i;
			return 0;
		}
	return -EINVAL;
}

const char *store_exercise_name(enum store_exercise e)
{
	return name_of(exercise_names, COUNT(exercise_names), (int)e);
}

const char *store_verdict_name(enum store_verdict v)
{
	return name_of(verdict_names, COUNT(verdict_names), (int)v);
}

const char *store_status_name(enum store_status st)
{
	return name_of(status_names, COUNT(status_names), (int)st);
}

const char *store_event_name(enum store_event_kind k)
{
	return name_of(event_names, COUNT(event_names), (int)k);
}

int store_exercise_parse(const char *name, enum store_exercise *out)
{
	int v, rc = parse_name(exercise_names, COUNT(exercise_names), name, &v);

	if (rc == 0)
		*out = (enum store_exercise)v;
	return rc;
}

int store_verdict_parse(const char *name, enum store_verdict *out)
{
	int v, rc = parse_name(verdict_names, COUNT(verdict_names), name, &v);

	if (rc == 0)
		*out = (enum store_verdict)v;
	return rc;
}

int store_lesson_locked(enum store_status own, int first, enum store_status previous)
{
	return !first && own == STORE_OPEN && previous != STORE_DONE;
}

/* ---- ids, time, validation ---- */

int store_make_id(char id[STORE_ID_SIZE], struct error *err)
{
	unsigned char raw[16];
	size_t got = 0;

	while (got < sizeof(raw)) {
		ssize_t n = getrandom(raw + got, sizeof(raw) - got, 0);

		if (n < 0 && errno != EINTR)
			return error_errno(err, "no random bytes for an id");
		got += n > 0 ? (size_t)n : 0;
	}
	for (size_t i = 0; i < sizeof(raw); i++)
		snprintf(id + 2 * i, 3, "%02x", raw[i]);
	return 0;
}

static int64_t now(void)
{
	return (int64_t)time(NULL);
}

/* Whether S is an id we accept: 8 to 64 lowercase hex digits. */
int store_id_ok(const char *s)
{
	size_t n = strnlen(s, STORE_ID_SIZE);

	if (n < 8 || n >= STORE_ID_SIZE)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return 1;
}

static int text_ok(const char *s, size_t max)
{
	size_t n = strnlen(s, max + 1);
	json_t *probe;

	if (n > max)
		return 0;
	/* jansson refuses a string that is not UTF-8; exports must be JSON. */
	probe = json_stringn(s, n);
	json_decref(probe);
	return probe != NULL;
}

int store_attempt_check(const struct store_attempt *a, struct error *err)
{
	if (a->id[0] && !store_id_ok(a->id))
		return error_set(err, -EINVAL, "attempt id '%.64s' is not 8 to 64 hex digits", a->id);
	if (a->lesson < 1)
		return error_set(err, -EINVAL, "attempt lesson %d: lessons are numbered from 1",
				  a->lesson);
	if (!store_exercise_name(a->exercise) || !store_verdict_name(a->verdict))
		return error_set(err, -EINVAL, "attempt exercise or verdict out of range");
	if (a->time < 0)
		return error_set(err, -EINVAL, "attempt time %lld is before 1970", (long long)a->time);
	if (!a->answer || !text_ok(a->answer, STORE_TEXT_MAX))
		return error_set(err, -EINVAL, "the answer is missing, not UTF-8, or over %d bytes",
				  STORE_TEXT_MAX);
	if (a->report && !text_ok(a->report, STORE_TEXT_MAX))
		return error_set(err, -EINVAL, "the report is not UTF-8 or over %d bytes",
				  STORE_TEXT_MAX);
	if (a->failing_count > STORE_FAILING_MAX)
		return error_set(err, -EINVAL, "%zu failing criteria: at most %d",
				  a->failing_count, STORE_FAILING_MAX);
	for (size_t i = 0; i < a->failing_count; i++)
		if (!a->failing[i] || !text_ok(a->failing[i], STORE_TITLE_MAX))
			return error_set(err, -EINVAL, "failing criterion %zu is missing, not "
					  "UTF-8, or over %d bytes", i + 1, STORE_TITLE_MAX);
	return 0;
}

/* ---- open, record ---- */

static const struct store_backend *backends[STORE_BACKENDS_MAX];
static size_t backend_count;

void store_backend_register(const struct store_backend *b)
{
	/* Registration runs before main, from our own objects only: a full
	 * table is a build mistake, not a user's. */
	if (backend_count < STORE_BACKENDS_MAX)
		backends[backend_count++] = b;
}

int store_open(const char *path, struct store **out, struct error *err)
{
	*out = NULL;
	if (!path || !*path)
		return error_set(err, -EINVAL, "no path for the progress database");
	for (size_t i = 0; i < backend_count; i++)
		if (backends[i]->accepts(path))
			return backends[i]->open(path, out, err);
	return error_set(err, -ENOTSUP, "no progress store for '%.200s' in this idiom", path);
}

void store_close(struct store *s)
{
	if (s)
		s->backend->close(s);
}

int store_record_attempt(struct store *s, struct store_attempt *a, struct error *err)
{
	int rc = store_attempt_check(a, err);

	if (rc < 0)
		return rc;
	if (!a->id[0] && (rc = store_make_id(a->id, err)) < 0)
		return rc;
	if (a->time == 0)
		a->time = now();
	a->seq = 0;
	return s->backend->put(s, a, 1, NULL, 0, NULL, err);
}

static int put_event(struct store *s, int lesson, int kind, int exercise, int64_t time,
		     struct error *err)
{
	struct store_event e;
	int rc;

	memset(&e, 0, sizeof(e));
	if (time < 0)
		return error_set(err, -EINVAL, "event time %lld is before 1970", (long long)time);
	if ((rc = store_make_id(e.id, err)) < 0)
		return rc;
	e.lesson = lesson;
	e.kind = kind;
	e.exercise = exercise;
	e.time = time ? time : now();
	return s->backend->put(s, NULL, 0, &e, 1, NULL, err);
}

int store_record_event(struct store *s, int lesson, enum store_event_kind kind,
		       int64_t time, struct error *err)
{
	if (lesson < 1)
		return error_set(err, -EINVAL, "lesson %d: lessons are numbered from 1", lesson);
	if (!store_event_name(kind))
		return error_set(err, -EINVAL, "unknown event kind %d", (int)kind);
	return put_event(s, lesson, (int)kind, -1, time, err);
}

int store_record_hint(struct store *s, int lesson, enum store_exercise exercise, int64_t time,
		      struct error *err)
{
	if (lesson < 1)
		return error_set(err, -EINVAL, "lesson %d: lessons are numbered from 1", lesson);
	if (!store_exercise_name(exercise))
		return error_set(err, -EINVAL, "unknown exercise %d", (int)exercise);
	return put_event(s, lesson, STORE_EVENT_HINT, (int)exercise, time, err);
}

int store_reset(struct store *s, int lesson, int exercise, int64_t time,
		struct error *err)
{
	if (lesson < 0)
		return error_set(err, -EINVAL, "lesson %d: lessons are numbered from 1", lesson);
	if (exercise < -1 || exercise >= STORE_EXERCISE_COUNT)
		return error_set(err, -EINVAL, "unknown exercise %d", exercise);
	return put_event(s, lesson, STORE_EVENT_RESET, exercise, time, err);
}

int store_draft_save(struct store *s, struct store_draft *d, struct error *err)
{
	if (d->lesson < 1)
		return error_set(err, -EINVAL, "draft lesson %d: lessons are numbered from 1",
				 d->lesson);
	if (!store_exercise_name(d->exercise))
		return error_set(err, -EINVAL, "draft exercise out of range");
	if (d->text && !text_ok(d->text, STORE_TEXT_MAX))
		return error_set(err, -EINVAL, "the draft is not UTF-8 or over %d bytes",
				 STORE_TEXT_MAX);
	if (d->time < 0)
		return error_set(err, -EINVAL, "draft time %lld is before 1970", (long long)d->time);
	if (d->time == 0)
		d->time = now();
	return s->backend->draft_put(s, d, err);
}

int store_draft_load(struct store *s, int lesson, enum store_exercise exercise,
		     struct store_draft *out, struct error *err)
{
	memset(out, 0, sizeof(*out));
	out->lesson = lesson;
	out->exercise = exercise;
	if (lesson < 1 || !store_exercise_name(exercise))
		return error_set(err, -EINVAL, "no draft for lesson %d, exercise %d", lesson,
				 (int)exercise);
	return s->backend->draft_get(s, lesson, exercise, out, err);
}

int store_lessons(struct store *s, int **out, size_t *count, struct error *err)
{
	return s->backend->lessons(s, out, count, err);
}

/* ---- computing from records ---- */

static void attempt_free_fields(struct store_attempt *a)
{
	for (size_t i = 0; i < a->failing_count; i++)
		free((void *)a->failing[i]);
	free((void *)a->failing);
	free((void *)a->answer);
	free((void *)a->report);
}

void store_attempt_list_free(struct store_attempt_list *list)
{
	for (size_t i = 0; i < list->count; i++)
		attempt_free_fields(&list->items[i]);
	free(list->items);
	list->items = NULL;
	list->count = 0;
}

void store_records_free(struct store_records *r)
{
	store_attempt_list_free(&r->attempts);
	free(r->events);
	r->events = NULL;
	r->event_count = 0;
}

/* A place in the lesson's history: time, then recording order. */
struct mark {
	int64_t time, seq;
};

static const struct mark NEVER = { INT64_MIN, INT64_MIN };

static int after(int64_t time, int64_t seq, struct mark m)
{
	return time > m.time || (time == m.time && seq > m.seq);
}

/* The latest resets that apply: of the whole lesson, and of each exercise
 * (a lesson reset counts as a reset of each exercise). */
struct resets {
	struct mark lesson;
	struct mark exercise[STORE_EXERCISE_COUNT];
};

static void find_resets(const struct store_records *r, struct resets *out)
{
	out->lesson = NEVER;
	for (int e = 0; e < STORE_EXERCISE_COUNT; e++)
		out->exercise[e] = NEVER;
	for (size_t i = 0; i < r->event_count; i++) {
		const struct store_event *ev = &r->events[i];
		struct mark m = { ev->time, ev->seq };

		if (ev->kind != STORE_EVENT_RESET)
			continue;
		if (ev->exercise < 0) {
			if (after(m.time, m.seq, out->lesson))
				out->lesson = m;
		} else if (after(m.time, m.seq, out->exercise[ev->exercise])) {
			out->exercise[ev->exercise] = m;
		}
	}
	for (int e = 0; e < STORE_EXERCISE_COUNT; e++)
		if (after(out->lesson.time, out->lesson.seq, out->exercise[e]))
			out->exercise[e] = out->lesson;
}

static void mark_cleared(struct store_attempt_list *list, const struct resets *rs)
{
	for (size_t i = 0; i < list->count; i++) {
		struct store_attempt *a = &list->items[i];

		a->cleared = !after(a->time, a->seq, rs->exercise[a->exercise]);
	}
}

/* Takes the earlier of the next activity in each list (attempts, and this
 * lesson's non-reset events), both ordered by time.  Returns 0 at the end. */
static int next_activity(const struct store_records *r, int lesson, size_t *i, size_t *j,
			 int64_t *t)
{
	while (*j < r->event_count && (r->events[*j].kind == STORE_EVENT_RESET ||
				       r->events[*j].lesson != lesson))
		(*j)++;
	if (*i < r->attempts.count &&
	    (*j == r->event_count || r->attempts.items[*i].time <= r->events[*j].time))
		*t = r->attempts.items[(*i)++].time;
	else if (*j < r->event_count)
		*t = r->events[(*j)++].time;
	else
		return 0;
	return 1;
}

/* Active time: the sum of the gaps between consecutive activities (attempts,
 * starts, hints, shows; not resets), each gap capped at STORE_GAP_CAP, so a
 * learner away for lunch between two checks counts the cap, not the lunch.
 * Sets *LAST to the latest activity (0: none). */
static int64_t time_spent(const struct store_records *r, int lesson, int64_t *last)
{
	size_t i = 0, j = 0;
	int64_t t, prev = -1, total = 0;

	while (next_activity(r, lesson, &i, &j, &t)) {
		if (prev >= 0)
			total += t - prev > STORE_GAP_CAP ? STORE_GAP_CAP : t - prev;
		prev = t;
	}
	*last = prev > 0 ? prev : 0;
	return total;
}

static int active_since(const struct store_records *r, int lesson, struct mark m)
{
	for (size_t i = 0; i < r->attempts.count; i++)
		if (after(r->attempts.items[i].time, r->attempts.items[i].seq, m))
			return 1;
	for (size_t i = 0; i < r->event_count; i++) {
		const struct store_event *ev = &r->events[i];

		/* Reading a lesson or asking a hint counts as time, not as
		 * beginning it: only a start (or a check) does. */
		if (ev->kind == STORE_EVENT_START && ev->lesson == lesson &&
		    after(ev->time, ev->seq, m))
			return 1;
	}
	return 0;
}

/* Hint events: every one of the lesson into SUM->hints; those naming an
 * exercise since that exercise's last reset into its summary. */
static void count_hints(const struct store_records *r, int lesson, const struct resets *rs,
			struct store_summary *sum)
{
	for (size_t i = 0; i < r->event_count; i++) {
		const struct store_event *ev = &r->events[i];

		if (ev->kind != STORE_EVENT_HINT || ev->lesson != lesson)
			continue;
		sum->hints++;
		if (ev->exercise >= 0 && ev->exercise < STORE_EXERCISE_COUNT &&
		    after(ev->time, ev->seq, rs->exercise[ev->exercise]))
			sum->exercises[ev->exercise].hints++;
	}
}

static void summarise_exercise(struct store_exercise_summary *ex, const struct store_attempt *a)
{
	ex->attempts++;
	if (a->cleared)
		return;
	ex->checked = 1;
	ex->passed |= a->verdict == STORE_PASS;
	ex->last_verdict = a->verdict;
	for (size_t k = 0; k < ex->failing_count; k++)
		free(ex->failing[k]);
	free(ex->failing);
	ex->failing = xcalloc(a->failing_count + 1, sizeof(*ex->failing));
	for (size_t k = 0; k < a->failing_count; k++)
		ex->failing[k] = xstrdup(a->failing[k]);
	ex->failing_count = a->failing_count;
}

int store_summary(struct store *s, int lesson, struct store_summary *out,
		  struct error *err)
{
	struct store_records r;
	struct resets rs;
	int rc, done = 1;

	memset(out, 0, sizeof(*out));
	out->lesson = lesson;
	if (lesson < 1)
		return error_set(err, -EINVAL, "lesson %d: lessons are numbered from 1", lesson);
	if ((rc = s->backend->load(s, lesson, &r, err)) < 0)
		return rc;
	find_resets(&r, &rs);
	mark_cleared(&r.attempts, &rs);
	for (size_t i = 0; i < r.attempts.count; i++) {
		const struct store_attempt *a = &r.attempts.items[i];

		summarise_exercise(&out->exercises[a->exercise], a);
	}
	out->attempts = (int)r.attempts.count;
	for (int e = 0; e < STORE_EXERCISE_COUNT; e++)
		done &= out->exercises[e].passed;
	out->status = done ? STORE_DONE
		    : active_since(&r, lesson, rs.lesson) ? STORE_STARTED : STORE_OPEN;
	out->seconds = time_spent(&r, lesson, &out->last_active);
	count_hints(&r, lesson, &rs, out);
	store_records_free(&r);
	return 0;
}

void store_summary_free(struct store_summary *sum)
{
	for (int e = 0; e < STORE_EXERCISE_COUNT; e++) {
		struct store_exercise_summary *ex = &sum->exercises[e];

		for (size_t k = 0; k < ex->failing_count; k++)
			free(ex->failing[k]);
		free(ex->failing);
		ex->failing = NULL;
		ex->failing_count = 0;
	}
}

int store_history(struct store *s, int lesson, enum store_exercise exercise,
		  struct store_attempt_list *out, struct error *err)
{
	struct store_records r;
	struct resets rs;
	size_t kept = 0;
	int rc;

	memset(out, 0, sizeof(*out));
	if (lesson < 1 || !store_exercise_name(exercise))
		return error_set(err, -EINVAL, "no such lesson or exercise");
	if ((rc = s->backend->load(s, lesson, &r, err)) < 0)
		return rc;
	find_resets(&r, &rs);
	mark_cleared(&r.attempts, &rs);
	out->items = xcalloc(r.attempts.count + 1, sizeof(*out->items));
	/* Oldest first in R; the list is newest first, numbered oldest = 1. */
	for (size_t i = r.attempts.count; i-- > 0;) {
		if (r.attempts.items[i].exercise == exercise)
			out->items[kept++] = r.attempts.items[i];
		else
			attempt_free_fields(&r.attempts.items[i]);
	}
	for (size_t i = 0; i < kept; i++)
		out->items[i].number = (int)(kept - i);
	out->count = kept;
	free(r.attempts.items);
	free(r.events);
	return 0;
}

int store_attempt_get(struct store *s, int lesson, enum store_exercise exercise, int n,
		      struct store_attempt_list *out, struct error *err)
{
	struct store_attempt_list all;
	int rc = store_history(s, lesson, exercise, &all, err);

	memset(out, 0, sizeof(*out));
	if (rc < 0)
		return rc;
	if (n < 1 || (size_t)n > all.count) {
		rc = error_set(err, -ENOENT, "lesson %d %s has no attempt %d (it has %zu)",
				lesson, store_exercise_name(exercise), n, all.count);
		store_attempt_list_free(&all);
		return rc;
	}
	size_t at = all.count - (size_t)n;

	out->items = xmalloc(sizeof(*out->items));
	out->items[0] = all.items[at];
	out->count = 1;
	/* The list keeps ownership of the others only. */
	all.items[at] = all.items[all.count - 1];
	all.count--;
	store_attempt_list_free(&all);
	return 0;
}

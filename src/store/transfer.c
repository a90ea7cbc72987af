/* Export and import of the progress store as one JSON document (format in
 * docs/progress.md), for moving progress between machines and backends.
 * Import checks the whole document before writing anything, then merges it
 * in one transaction: records are known by id, so nothing is duplicated. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "store/store.h"
#include "store/backend.h"
#include "util/xalloc.h"
#include "util/banned.h"

#define FORMAT_NAME "idiom-progress"
#define FORMAT_VERSION 1

static const char *const kind_names[STORE_EVENT_KINDS] = { "start", "hint", "show", "reset" };

static json_t *attempt_json(const struct store_attempt *a)
{
	json_t *failing = json_array();

	for (size_t i = 0; i < a->failing_count; i++)
		json_array_append_new(failing, json_string(a->failing[i]));
	return json_pack("{s:s, s:i, s:s, s:s, s:I, s:I, s:s, s:s?, s:o}",
			 "id", a->id, "lesson", a->lesson,
			 "exercise", store_exercise_name(a->exercise),
			 "verdict", store_verdict_name(a->verdict),
			 "time", (json_int_t)a->time, "seq", (json_int_t)a->seq,
			 "answer", a->answer, "report", a->report, "failing", failing);
}

static json_t *event_json(const struct store_event *e)
{
	return json_pack("{s:s, s:i, s:s, s:s?, s:I, s:I}",
			 "id", e->id, "lesson", e->lesson, "kind", kind_names[e->kind],
			 "exercise", e->exercise >= 0
				     ? store_exercise_name((enum store_exercise)e->exercise) : NULL,
			 "time", (json_int_t)e->time, "seq", (json_int_t)e->seq);
}

int store_export_json(struct store *s, char **out, struct error *err)
{
	struct store_records r;
	json_t *root = NULL, *attempts, *events;
	int rc;

	*out = NULL;
	if ((rc = s->backend->load(s, 0, &r, err)) < 0)
		return rc;
	attempts = json_array();
	events = json_array();
	/* A record jansson cannot encode (text that is not UTF-8, put there by
	 * hand) fails the export rather than silently leaving it out. */
	for (size_t i = 0; i < r.attempts.count && rc == 0; i++)
		if (json_array_append_new(attempts, attempt_json(&r.attempts.items[i])) < 0)
			rc = error_set(err, -EILSEQ, "attempt %s cannot be exported: its text "
					"is not UTF-8", r.attempts.items[i].id);
	for (size_t i = 0; i < r.event_count && rc == 0; i++)
		if (json_array_append_new(events, event_json(&r.events[i])) < 0)
			rc = error_set(err, -EILSEQ, "event %s cannot be exported", r.events[i].id);
	root = json_pack("{s:s, s:i, s:o, s:o}", "format", FORMAT_NAME,
			 "version", FORMAT_VERSION, "attempts", attempts, "events", events);
	if (rc == 0 && !(*out = root ? json_dumps(root, JSON_INDENT(1) | JSON_PRESERVE_ORDER)
				     : NULL))
		rc = error_set(err, -ENOMEM, "cannot build the export");
	json_decref(root);
	store_records_free(&r);
	return rc;
}

/* ---- import ---- */

/* Fails with "WHAT[I]: message". */
static int bad(struct error *err, const char *what, size_t i, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static int bad(struct error *err, const char *what, size_t i, const char *fmt, ...)
{
	char detail[400];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(detail, sizeof(detail), fmt, ap);
	va_end(ap);
	return error_set(err, -EINVAL, "%s[%zu]: %s", what, i, detail);
}

static int get_text(json_t *obj, const char *key, int optional, const char **out)
{
	json_t *v = json_object_get(obj, key);

	*out = NULL;
	if ((!v || json_is_null(v)) && optional)
		return 0;
	if (!json_is_string(v))
		return -EINVAL;
	*out = json_string_value(v);
	return 0;
}

static int get_int(json_t *obj, const char *key, int64_t min, int64_t max, int64_t *out)
{
	json_t *v = json_object_get(obj, key);

	if (!json_is_integer(v) || json_integer_value(v) < min || json_integer_value(v) > max)
		return -EINVAL;
	*out = json_integer_value(v);
	return 0;
}

/* Reads the common fields: id, lesson, time and the seq hint (0 if absent). */
static int get_head(json_t *obj, char id[STORE_ID_SIZE], int min_lesson, int *lesson,
		    int64_t *time, int64_t *seq)
{
	const char *text;
	int64_t n;

	if (get_text(obj, "id", 0, &text) < 0 || !store_id_ok(text))
		return -EINVAL;
	snprintf(id, STORE_ID_SIZE, "%s", text);
	if (get_int(obj, "lesson", min_lesson, 1000000, &n) < 0)
		return -EINVAL;
	*lesson = (int)n;
	if (get_int(obj, "time", 0, INT64_MAX, time) < 0)
		return -EINVAL;
	*seq = 0;
	if (json_object_get(obj, "seq") && get_int(obj, "seq", 0, INT64_MAX, seq) < 0)
		return -EINVAL;
	return 0;
}

static int get_failing(json_t *obj, struct store_attempt *a)
{
	json_t *arr = json_object_get(obj, "failing");
	const char **titles;

	if (!arr)
		return 0;
	if (!json_is_array(arr) || json_array_size(arr) > STORE_FAILING_MAX)
		return -EINVAL;
	titles = xcalloc(json_array_size(arr) + 1, sizeof(*titles));
	a->failing = titles;
	a->failing_count = json_array_size(arr);
	for (size_t i = 0; i < a->failing_count; i++)
		if (!(titles[i] = json_string_value(json_array_get(arr, i))))
			return -EINVAL;
	return 0;
}

/* Fills A from OBJ; the strings stay owned by the JSON document. */
static int read_attempt(json_t *obj, size_t i, struct store_attempt *a, struct error *err)
{
	const char *exercise, *verdict;
	struct error why = ERROR_INIT;

	if (!json_is_object(obj) ||
	    get_head(obj, a->id, 1, &a->lesson, &a->time, &a->seq) < 0)
		return bad(err, "attempts", i, "needs an 'id' (hex), a 'lesson' (from 1) and a "
			   "'time' (Unix seconds)");
	if (get_text(obj, "exercise", 0, &exercise) < 0 ||
	    store_exercise_parse(exercise, &a->exercise) < 0)
		return bad(err, "attempts", i, "'exercise' must be reflect, rewrite or practice");
	if (get_text(obj, "verdict", 0, &verdict) < 0 ||
	    store_verdict_parse(verdict, &a->verdict) < 0)
		return bad(err, "attempts", i, "'verdict' must be pass, fail or error");
	if (get_text(obj, "answer", 0, &a->answer) < 0 ||
	    get_text(obj, "report", 1, &a->report) < 0)
		return bad(err, "attempts", i, "'answer' and 'report' must be text");
	if (get_failing(obj, a) < 0)
		return bad(err, "attempts", i, "'failing' must be a list of criterion titles");
	if (store_attempt_check(a, &why) < 0)
		return bad(err, "attempts", i, "%s", why.message);
	return 0;
}

static int read_event(json_t *obj, size_t i, struct store_event *e, struct error *err)
{
	const char *kind, *exercise;
	enum store_exercise x;

	if (!json_is_object(obj) || get_head(obj, e->id, 0, &e->lesson, &e->time, &e->seq) < 0)
		return bad(err, "events", i, "needs an 'id' (hex), a 'lesson' and a 'time' "
			   "(Unix seconds)");
	e->kind = -1;
	if (get_text(obj, "kind", 0, &kind) == 0)
		for (int k = 0; k < STORE_EVENT_KINDS; k++)
			if (strcmp(kind, kind_names[k]) == 0)
				e->kind = k;
	if (e->kind < 0)
		return bad(err, "events", i, "'kind' must be start, hint, show or reset");
	if (e->lesson == 0 && e->kind != STORE_EVENT_RESET)
		return bad(err, "events", i, "only a reset may have lesson 0");
	e->exercise = -1;
	if (get_text(obj, "exercise", 1, &exercise) < 0 ||
	    (exercise && store_exercise_parse(exercise, &x) < 0))
		return bad(err, "events", i, "'exercise' must be reflect, rewrite, practice or null");
	if (exercise)
		e->exercise = (int)x;
	return 0;
}

static int cmp_mark(int64_t t1, int64_t s1, int64_t t2, int64_t s2)
{
	return t1 != t2 ? (t1 < t2 ? -1 : 1) : s1 != s2 ? (s1 < s2 ? -1 : 1) : 0;
}

static int cmp_attempt(const void *x, const void *y)
{
	const struct store_attempt *a = x, *b = y;

	return cmp_mark(a->time, a->seq, b->time, b->seq);
}

static int cmp_event(const void *x, const void *y)
{
	const struct store_event *a = x, *b = y;

	return cmp_mark(a->time, a->seq, b->time, b->seq);
}

/* Checks the document's envelope and finds its two lists. */
static int read_root(json_t *root, json_t **attempts, json_t **events, struct error *err)
{
	const char *format = json_string_value(json_object_get(root, "format"));
	json_t *version = json_object_get(root, "version");

	if (!format || strcmp(format, FORMAT_NAME) != 0)
		return error_set(err, -EINVAL, "not an idiom progress export (no \"format\": \"%s\")",
				  FORMAT_NAME);
	if (!json_is_integer(version) || json_integer_value(version) < 1)
		return error_set(err, -EINVAL, "the export has no valid \"version\"");
	if (json_integer_value(version) > FORMAT_VERSION)
		return error_set(err, -ENOTSUP, "the export was made by a newer idiom (format %lld); "
				  "this one reads up to %d", (long long)json_integer_value(version),
				  FORMAT_VERSION);
	*attempts = json_object_get(root, "attempts");
	*events = json_object_get(root, "events");
	if (!json_is_array(*attempts) || !json_is_array(*events))
		return error_set(err, -EINVAL, "the export needs \"attempts\" and \"events\" lists");
	return 0;
}

int store_import_json(struct store *s, const char *text, size_t len,
		      struct store_import_result *res, struct error *err)
{
	json_error_t jerr;
	json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
	json_t *ja = NULL, *je = NULL;
	struct store_attempt *a = NULL;
	struct store_event *e = NULL;
	size_t na = 0, ne = 0;
	int rc = 0;

	if (res)
		memset(res, 0, sizeof(*res));
	if (!root)
		return error_set(err, -EINVAL, "line %d: %s", jerr.line, jerr.text);
	if ((rc = read_root(root, &ja, &je, err)) < 0)
		goto cleanup;
	a = xcalloc(json_array_size(ja) + 1, sizeof(*a));
	e = xcalloc(json_array_size(je) + 1, sizeof(*e));
	for (; na < json_array_size(ja) && rc == 0; na++)
		rc = read_attempt(json_array_get(ja, na), na, &a[na], err);
	for (; ne < json_array_size(je) && rc == 0; ne++)
		rc = read_event(json_array_get(je, ne), ne, &e[ne], err);
	if (rc < 0)
		goto cleanup;
	/* The backend takes each list in history order; a hand-edited file may not be. */
	qsort(a, na, sizeof(*a), cmp_attempt);
	qsort(e, ne, sizeof(*e), cmp_event);
	rc = s->backend->put(s, a, na, e, ne, res, err);
cleanup:
	for (size_t i = 0; i < na; i++)
		free((void *)a[i].failing);
	free(a);
	free(e);
	json_decref(root);
	return rc;
}

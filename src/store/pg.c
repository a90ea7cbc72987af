/* The progress store on PostgreSQL for one learner of a shared database.
 * Every row carries learner_id and every statement filters on it; a
 * record's id is unique per learner, so a retried put records once.  The
 * order of records comes from one sequence shared by attempts and events.
 * Reads run in one REPEATABLE READ snapshot. */
#include "store/pg.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "store/backend.h"
#include "util/xalloc.h"
#include "util/banned.h"

/* Forward migrations of the "store" component: steps[v] takes version v to
 * v + 1.  Never edit a shipped step, only append one. */
static const char *const steps[] = {
	/* 1: attempts and events of every learner. */
	"CREATE SEQUENCE store_seq;"
	"CREATE TABLE store_attempt ("
	" learner_id bigint NOT NULL CHECK (learner_id > 0),"
	" seq bigint NOT NULL DEFAULT nextval('store_seq'),"
	" id text NOT NULL,"
	" lesson integer NOT NULL CHECK (lesson > 0),"
	" exercise text NOT NULL CHECK (exercise IN ('reflect', 'rewrite', 'practice')),"
	" verdict text NOT NULL CHECK (verdict IN ('pass', 'fail', 'error')),"
	" time bigint NOT NULL,"
	" answer text NOT NULL,"
	" report text,"
	" failing jsonb NOT NULL DEFAULT '[]',"
	" PRIMARY KEY (learner_id, id));"
	"CREATE INDEX store_attempt_lesson ON store_attempt (learner_id, lesson, time, seq);"
	"CREATE TABLE store_event ("
	" learner_id bigint NOT NULL CHECK (learner_id > 0),"
	" seq bigint NOT NULL DEFAULT nextval('store_seq'),"
	" id text NOT NULL,"
	" lesson integer NOT NULL CHECK (lesson >= 0),"
	" kind text NOT NULL CHECK (kind IN ('start', 'hint', 'show', 'reset')),"
	" exercise text CHECK (exercise IN ('reflect', 'rewrite', 'practice')),"
	" time bigint NOT NULL,"
	" PRIMARY KEY (learner_id, id));"
	"CREATE INDEX store_event_lesson ON store_event (learner_id, lesson, time, seq);",
	/* 2: drafts, the unsaved text of an editor, one per exercise. */
	"CREATE TABLE store_draft ("
	" learner_id bigint NOT NULL CHECK (learner_id > 0),"
	" lesson integer NOT NULL CHECK (lesson > 0),"
	" exercise text NOT NULL CHECK (exercise IN ('reflect', 'rewrite', 'practice')),"
	" text text NOT NULL,"
	" time bigint NOT NULL,"
	" PRIMARY KEY (learner_id, lesson, exercise));",
};
#define STEP_COUNT ((int)(sizeof(steps) / sizeof(steps[0])))

static const char *const event_kind_names[STORE_EVENT_KINDS] = {
	"start", "hint", "show", "reset"
};

struct pg_store {
	struct store base;
	struct pg_db *db;
	int owns_db;
	int64_t learner;
	char learner_text[24];
};

static const struct store_backend pg_backend;

int pg_store_migrate(struct pg_db *db, struct error *e)
{
	return pg_db_migrate(db, "store", steps, STEP_COUNT, e);
}

int pg_store_attach(struct pg_db *db, int64_t learner, struct store **out,
		    struct error *err)
{
	struct pg_store *s;

	*out = NULL;
	if (learner <= 0)
		return error_set(err, -EINVAL, "learner id %lld: ids start at 1", (long long)learner);
	s = xcalloc(1, sizeof(*s));
	s->base.backend = &pg_backend;
	s->db = db;
	s->learner = learner;
	pg_int(s->learner_text, learner);
	*out = &s->base;
	return 0;
}

int pg_store_open(const char *url, int64_t learner, struct store **out,
		  struct error *err)
{
	struct error e = ERROR_INIT;
	struct pg_db *db = NULL;
	int rc;

	*out = NULL;
	if (learner <= 0)
		return error_set(err, -EINVAL, "learner id %lld: ids start at 1", (long long)learner);
	if ((rc = pg_db_open(url, &db, &e)) < 0 || (rc = pg_store_migrate(db, &e)) < 0) {
		pg_db_close(db);
		return error_set(err, rc, "%s", e.message);
	}
	if ((rc = pg_store_attach(db, learner, out, err)) < 0) {
		pg_db_close(db);
		return rc;
	}
	((struct pg_store *)*out)->owns_db = 1;
	return 0;
}

static void pg_close(struct store *base)
{
	struct pg_store *s = (struct pg_store *)base;

	if (s->owns_db)
		pg_db_close(s->db);
	free(s);
}

/* ---- writing ---- */

static char *failing_json(const struct store_attempt *a)
{
	json_t *arr = json_array();
	char *text;

	for (size_t i = 0; i < a->failing_count; i++)
		json_array_append_new(arr, json_string(a->failing[i]));
	text = json_dumps(arr, JSON_COMPACT);
	json_decref(arr);
	return text;
}

/* Runs an INSERT ... ON CONFLICT DO NOTHING RETURNING; counts it in RES. */
static int insert(struct pg_store *s, const char *sql, int n, const char *const *params,
		  struct store_import_result *res, struct error *e)
{
	PGresult *r;
	int rc = pg_db_query(s->db, sql, n, params, &r, e);

	if (rc < 0)
		return rc;
	if (PQntuples(r) > 0)
		res->added++;
	else
		res->skipped++;
	PQclear(r);
	return 0;
}

static int put_attempt(struct pg_store *s, const struct store_attempt *a,
		       struct store_import_result *res, struct error *e)
{
	char lesson[24], time[24], *failing = failing_json(a);
	const char *params[] = {
		s->learner_text, a->id, pg_int(lesson, a->lesson),
		store_exercise_name(a->exercise), store_verdict_name(a->verdict),
		pg_int(time, a->time), a->answer, a->report, failing,
	};
	int rc;

	if (!failing)
		return error_set(e, -EINVAL, "a failing criterion title is not valid UTF-8");
	rc = insert(s, "INSERT INTO store_attempt (learner_id, id, lesson, exercise, verdict, "
		    "time, answer, report, failing) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, "
		    "$9::jsonb) ON CONFLICT (learner_id, id) DO NOTHING RETURNING seq",
		    9, params, res, e);
	free(failing);
	return rc;
}

static int put_event(struct pg_store *s, const struct store_event *ev,
		     struct store_import_result *res, struct error *e)
{
	char lesson[24], time[24];
	const char *params[] = {
		s->learner_text, ev->id, pg_int(lesson, ev->lesson), event_kind_names[ev->kind],
		ev->exercise >= 0 ? store_exercise_name((enum store_exercise)ev->exercise) : NULL,
		pg_int(time, ev->time),
	};

	return insert(s, "INSERT INTO store_event (learner_id, id, lesson, kind, exercise, "
		      "time) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (learner_id, id) "
		      "DO NOTHING RETURNING seq", 6, params, res, e);
}

static int put_all(struct pg_store *s, const struct store_attempt *a, size_t na,
		   const struct store_event *ev, size_t ne,
		   struct store_import_result *res, struct error *e)
{
	int rc = 0;

	/* Merged by (time, seq hint), as sqlite.c does, so the sequence keeps
	 * an import's order of an attempt and a reset within one second. */
	for (size_t i = 0, j = 0; (i < na || j < ne) && rc == 0;) {
		int take_a = j == ne || (i < na && (a[i].time < ev[j].time ||
			     (a[i].time == ev[j].time && a[i].seq <= ev[j].seq)));

		if (take_a)
			rc = put_attempt(s, &a[i++], res, e);
		else
			rc = put_event(s, &ev[j++], res, e);
	}
	return rc;
}

static int pg_put(struct store *base, const struct store_attempt *a, size_t na,
		  const struct store_event *ev, size_t ne,
		  struct store_import_result *res, struct error *err)
{
	struct pg_store *s = (struct pg_store *)base;
	struct store_import_result counts = { 0, 0 };
	struct error e = ERROR_INIT;
	int rc = pg_db_begin(s->db, NULL, &e);

	if (rc == 0)
		rc = put_all(s, a, na, ev, ne, &counts, &e);
	if (rc == 0)
		rc = pg_db_commit(s->db, &e);
	if (rc < 0) {
		pg_db_rollback(s->db);
		return error_set(err, rc, "%s", e.message);
	}
	if (res)
		*res = counts;
	return 0;
}

/* ---- reading ---- */

static int64_t int_at(const PGresult *r, int row, int col)
{
	return strtoll(PQgetvalue(r, row, col), NULL, 10);
}

static char *text_at(const PGresult *r, int row, int col)
{
	return PQgetisnull(r, row, col) ? NULL : xstrdup(PQgetvalue(r, row, col));
}

static int read_failing(const char *text, struct store_attempt *a)
{
	json_t *arr = json_loads(text, 0, NULL);
	char **titles;
	size_t i;

	if (!json_is_array(arr)) {
		json_decref(arr);
		return -EILSEQ;
	}
	titles = xcalloc(json_array_size(arr) + 1, sizeof(*titles));
	for (i = 0; i < json_array_size(arr); i++) {
		const char *title = json_string_value(json_array_get(arr, i));

		titles[i] = xstrdup(title ? title : "");
	}
	a->failing = (const char *const *)titles;
	a->failing_count = i;
	json_decref(arr);
	return 0;
}

/* Row ROW of (seq, id, lesson, exercise, verdict, time, answer, report, failing). */
static int read_attempt(const PGresult *r, int row, struct store_attempt *a)
{
	memset(a, 0, sizeof(*a));
	a->seq = int_at(r, row, 0);
	snprintf(a->id, sizeof(a->id), "%s", PQgetvalue(r, row, 1));
	a->lesson = (int)int_at(r, row, 2);
	a->time = int_at(r, row, 5);
	a->answer = text_at(r, row, 6);
	a->report = text_at(r, row, 7);
	if (store_exercise_parse(PQgetvalue(r, row, 3), &a->exercise) < 0 ||
	    store_verdict_parse(PQgetvalue(r, row, 4), &a->verdict) < 0)
		return -EILSEQ;
	return read_failing(PQgetvalue(r, row, 8), a);
}

/* Row ROW of (seq, id, lesson, kind, exercise, time). */
static int read_event(const PGresult *r, int row, struct store_event *ev)
{
	enum store_exercise x;

	memset(ev, 0, sizeof(*ev));
	ev->seq = int_at(r, row, 0);
	snprintf(ev->id, sizeof(ev->id), "%s", PQgetvalue(r, row, 1));
	ev->lesson = (int)int_at(r, row, 2);
	ev->time = int_at(r, row, 5);
	ev->kind = -1;
	for (int k = 0; k < STORE_EVENT_KINDS; k++)
		if (strcmp(PQgetvalue(r, row, 3), event_kind_names[k]) == 0)
			ev->kind = k;
	ev->exercise = -1;
	if (!PQgetisnull(r, row, 4)) {
		if (store_exercise_parse(PQgetvalue(r, row, 4), &x) < 0)
			return -EILSEQ;
		ev->exercise = (int)x;
	}
	return ev->kind < 0 ? -EILSEQ : 0;
}

static int load_attempts(struct pg_store *s, const char *lesson, struct store_attempt_list *out,
			 struct error *e)
{
	const char *params[] = { s->learner_text, lesson };
	PGresult *r;
	int rc = pg_db_query(s->db, "SELECT seq, id, lesson, exercise, verdict, time, answer, "
			     "report, failing FROM store_attempt WHERE learner_id = $1 AND "
			     "($2 = 0 OR lesson = $2) ORDER BY time, seq", 2, params, &r, e);

	if (rc < 0)
		return rc;
	out->count = (size_t)PQntuples(r);
	out->items = xcalloc(out->count + 1, sizeof(*out->items));
	for (size_t i = 0; i < out->count && rc == 0; i++)
		if (read_attempt(r, (int)i, &out->items[i]) < 0)
			rc = error_set(e, -EILSEQ, "attempt %s in PostgreSQL is damaged",
				       out->items[i].id);
	PQclear(r);
	return rc;
}

static int load_events(struct pg_store *s, const char *lesson, struct store_records *out,
		       struct error *e)
{
	const char *params[] = { s->learner_text, lesson };
	PGresult *r;
	int rc = pg_db_query(s->db, "SELECT seq, id, lesson, kind, exercise, time FROM "
			     "store_event WHERE learner_id = $1 AND ($2 = 0 OR lesson = $2 OR "
			     "lesson = 0) ORDER BY time, seq", 2, params, &r, e);

	if (rc < 0)
		return rc;
	out->event_count = (size_t)PQntuples(r);
	out->events = xcalloc(out->event_count + 1, sizeof(*out->events));
	for (size_t i = 0; i < out->event_count && rc == 0; i++)
		if (read_event(r, (int)i, &out->events[i]) < 0)
			rc = error_set(e, -EILSEQ, "event %s in PostgreSQL is damaged",
				       out->events[i].id);
	PQclear(r);
	return rc;
}

static int pg_load(struct store *base, int lesson, struct store_records *out,
		   struct error *err)
{
	struct pg_store *s = (struct pg_store *)base;
	struct error e = ERROR_INIT;
	char lesson_text[24];
	int rc;

	memset(out, 0, sizeof(*out));
	pg_int(lesson_text, lesson);
	/* Both lists from one snapshot. */
	rc = pg_db_begin(s->db, "ISOLATION LEVEL REPEATABLE READ READ ONLY", &e);
	if (rc == 0)
		rc = load_attempts(s, lesson_text, &out->attempts, &e);
	if (rc == 0)
		rc = load_events(s, lesson_text, out, &e);
	if (rc == 0)
		rc = pg_db_commit(s->db, &e);
	if (rc < 0) {
		pg_db_rollback(s->db);
		store_records_free(out);
		return error_set(err, rc, "%s", e.message);
	}
	return 0;
}

static int pg_lessons(struct store *base, int **out, size_t *count, struct error *err)
{
	struct pg_store *s = (struct pg_store *)base;
	const char *params[] = { s->learner_text };
	struct error e = ERROR_INIT;
	PGresult *r;
	int rc = pg_db_query(s->db, "SELECT lesson FROM store_attempt WHERE learner_id = $1 "
			     "UNION SELECT lesson FROM store_event WHERE learner_id = $1 AND "
			     "lesson > 0 ORDER BY 1", 1, params, &r, &e);

	*out = NULL;
	*count = 0;
	if (rc < 0)
		return error_set(err, rc, "%s", e.message);
	*count = (size_t)PQntuples(r);
	*out = xcalloc(*count + 1, sizeof(**out));
	for (size_t i = 0; i < *count; i++)
		(*out)[i] = (int)int_at(r, (int)i, 0);
	PQclear(r);
	return 0;
}

static int pg_draft_put(struct store *base, const struct store_draft *d, struct error *err)
{
	struct pg_store *s = (struct pg_store *)base;
	char lesson[24], time[24];
	const char *params[] = { s->learner_text, lesson, store_exercise_name(d->exercise),
				 d->text, time };
	PGresult *r = NULL;
	int rc;

	pg_int(lesson, d->lesson);
	pg_int(time, d->time);
	if (d->text)
		rc = pg_db_query(s->db, "INSERT INTO store_draft (learner_id, lesson, exercise, text, time) "
				 "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (learner_id, lesson, exercise) "
				 "DO UPDATE SET text = EXCLUDED.text, time = EXCLUDED.time",
				 5, params, &r, err);
	else
		rc = pg_db_query(s->db, "DELETE FROM store_draft WHERE learner_id = $1 AND lesson = $2 "
				 "AND exercise = $3", 3, params, &r, err);
	PQclear(r);
	return rc < 0 ? rc : 0;
}

static int pg_draft_get(struct store *base, int lesson, enum store_exercise exercise,
			struct store_draft *d, struct error *err)
{
	struct pg_store *s = (struct pg_store *)base;
	char lesson_text[24];
	const char *params[] = { s->learner_text, lesson_text, store_exercise_name(exercise) };
	PGresult *r;
	int rc;

	pg_int(lesson_text, lesson);
	d->text = NULL;
	d->time = 0;
	rc = pg_db_query(s->db, "SELECT text, time FROM store_draft WHERE learner_id = $1 AND "
			 "lesson = $2 AND exercise = $3", 3, params, &r, err);
	if (rc < 0)
		return rc;
	if (PQntuples(r) == 1) {
		d->text = xstrdup(PQgetvalue(r, 0, 0));
		d->time = int_at(r, 0, 1);
	}
	PQclear(r);
	return 0;
}

static const struct store_backend pg_backend = {
	.name = "postgresql",
	.put = pg_put,
	.load = pg_load,
	.lessons = pg_lessons,
	.draft_put = pg_draft_put,
	.draft_get = pg_draft_get,
	.close = pg_close,
};

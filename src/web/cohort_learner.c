/* The data behind a learner's page: the learner's attempts, per exercise,
 * from their progress store over this thread's connection, with each
 * attempt's stored report parsed back into JSON.  Nothing here trusts the
 * text: it is the learner's, and goes out as JSON strings or, on the page,
 * through web_escape.  See cohort_learner.h. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "cohort/accounts.h"
#include "store/pg.h"
#include "web/cohort_learner.h"
#include "web/session.h"
#include "util/banned.h"

/* The ids of LEARNER's attempts that came from a local export, as the keys
 * of an object. */
static int imported_ids(struct pg_db *db, int64_t learner, json_t *out, struct error *e)
{
	char l[24];
	const char *params[] = { pg_int(l, learner) };
	PGresult *r = NULL;
	int rc = pg_db_query(db, "SELECT attempt_id FROM imported_attempt WHERE learner_id = $1",
			     1, params, &r, e);

	for (int i = 0; rc == 0 && i < PQntuples(r); i++)
		json_object_set_new(out, PQgetvalue(r, i, 0), json_true());
	if (r)
		PQclear(r);
	return rc;
}

static json_t *attempt_json(const struct store_attempt *a, json_t *imported)
{
	json_t *report = a->report ? json_loads(a->report, 0, NULL) : NULL;

	return json_pack("{s:i, s:s, s:I, s:s, s:b, s:b, s:s, s:o}", "number", a->number, "id",
			 a->id, "time", (json_int_t)a->time, "verdict", store_verdict_name(a->verdict),
			 "cleared", a->cleared, "imported", json_object_get(imported, a->id) != NULL,
			 "answer", a->answer ? a->answer : "", "report",
			 json_is_object(report) ? report : json_null());
}

/* One exercise of LESSON: its attempts oldest first, its hints since its
 * last reset.  NULL when it has neither. */
static json_t *exercise_json(struct store *s, int lesson, enum store_exercise x,
			     const struct store_summary *sum, json_t *imported, struct error *e,
			     int *rc)
{
	struct store_attempt_list list;
	json_t *attempts, *out;
	char num[8];

	if ((*rc = store_history(s, lesson, x, &list, e)) < 0)
		return NULL;
	if (list.count == 0 && sum->exercises[x].hints == 0) {
		store_attempt_list_free(&list);
		return NULL;
	}
	attempts = json_array();
	for (size_t i = list.count; i-- > 0;)
		json_array_append_new(attempts, attempt_json(&list.items[i], imported));
	store_attempt_list_free(&list);
	snprintf(num, sizeof(num), "%02d", lesson);
	out = json_pack("{s:s, s:s, s:i, s:o}", "lesson", num, "exercise", store_exercise_name(x),
			"hints", sum->exercises[x].hints, "attempts", attempts);
	return out;
}

static int lesson_json(struct store *s, int lesson, json_t *imported, json_t *out,
		       struct error *e)
{
	struct store_summary sum;
	int rc = store_summary(s, lesson, &sum, e);

	for (int x = 0; rc == 0 && x < STORE_EXERCISE_COUNT; x++) {
		json_t *ex = exercise_json(s, lesson, (enum store_exercise)x, &sum, imported, e, &rc);

		if (ex)
			json_array_append_new(out, ex);
	}
	store_summary_free(&sum);
	return rc;
}

static int learner_fill(struct pg_db *db, const struct cohort_account *who, json_t *root,
			struct error *e)
{
	json_t *imported = json_object(), *exercises = json_array();
	struct store *s = NULL;
	int *lessons = NULL;
	size_t n = 0;
	int rc = imported_ids(db, who->id, imported, e);

	if (rc == 0)
		rc = pg_store_attach(db, who->id, &s, e);
	if (rc == 0)
		rc = store_lessons(s, &lessons, &n, e);
	for (size_t i = 0; rc == 0 && i < n; i++)
		rc = lesson_json(s, lessons[i], imported, exercises, e);
	json_object_set_new(root, "exercises", exercises);
	free(lessons);
	store_close(s);
	json_decref(imported);
	return rc;
}

/* The gradebook cell of lesson NUM of the row of LEARNER in ROWS, or NULL. */
static json_t *cell_of(json_t *rows, int64_t learner, const char *num)
{
	json_t *row, *cell;
	size_t i, j;

	json_array_foreach(rows, i, row) {
		if (json_integer_value(json_object_get(row, "id")) != learner)
			continue;
		json_array_foreach(json_object_get(row, "lessons"), j, cell)
			if (strcmp(json_string_value(json_object_get(cell, "lesson")), num) == 0)
				return cell;
	}
	return NULL;
}

int cohort_learner_imported_cells(struct pg_db *db, int64_t cohort, json_t *rows,
				  struct error *e)
{
	char c[24];
	const char *params[] = { pg_int(c, cohort) };
	PGresult *r = NULL;
	int rc = pg_db_query(db, "SELECT i.learner_id, a.lesson, count(*) FROM imported_attempt i "
			     "JOIN store_attempt a ON a.learner_id = i.learner_id AND a.id = "
			     "i.attempt_id JOIN cohort_member m ON m.learner_id = i.learner_id "
			     "WHERE m.cohort_id = $1 GROUP BY 1, 2", 1, params, &r, e);

	for (int i = 0; rc == 0 && i < PQntuples(r); i++) {
		char num[8];
		json_t *cell;

		snprintf(num, sizeof(num), "%02d", atoi(PQgetvalue(r, i, 1)));
		cell = cell_of(rows, strtoll(PQgetvalue(r, i, 0), NULL, 10), num);
		if (cell)
			json_object_set_new(cell, "imported",
					    json_integer(strtoll(PQgetvalue(r, i, 2), NULL, 10)));
	}
	if (r)
		PQclear(r);
	return rc;
}

/* 1 if the signed-in account may see LEARNER, 0 with RESP answered 403,
 * or a negative code with RESP answered. */
static int may_see(struct pg_db *db, int64_t learner, struct web_response *resp)
{
	struct error e = ERROR_INIT;
	int rc = cohort_may_see_learner(db, &web_session_current()->who, learner, &e);

	if (rc == 0)
		web_reply_error(resp, 403, "not a learner of yours");
	else if (rc < 0)
		web_reply_store_error(resp, rc, e.message);
	return rc;
}

json_t *cohort_learner_json(struct web *w, int64_t learner, struct web_response *resp)
{
	struct error e = ERROR_INIT;
	struct cohort_account who;
	struct pg_db *db = web_cohort_db(w, &e);
	json_t *root;
	int rc;

	if (!db) {
		web_reply_store_error(resp, -ENOTCONN, e.message);
		return NULL;
	}
	if (may_see(db, learner, resp) <= 0)
		return NULL;
	if ((rc = cohort_account_get(db, learner, &who, &e)) == -ENOENT) {
		/* Only an admin gets here for an id that is no account. */
		web_reply_error(resp, 404, "no such learner");
		return NULL;
	}
	root = json_pack("{s:I, s:s, s:s}", "id", (json_int_t)who.id, "username", who.username,
			 "role", cohort_role_name(who.role));
	if (rc == 0)
		rc = learner_fill(db, &who, root, &e);
	if (rc < 0) {
		json_decref(root);
		web_reply_store_error(resp, rc, e.message);
		return NULL;
	}
	return root;
}

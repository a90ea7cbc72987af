/* The cohort server's routes; see cohort_api.h.  Every handler answers a
 * store that cannot be reached with 503 + Retry-After (web_reply_store_error)
 * and never says more about an account or a cohort than its caller may
 * know: a cohort that is not yours is 403 whether or not it exists. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "cohort/schema.h"
#include "cohort/sessions.h"
#include "store/pg.h"
#include "util/buf.h"
#include "web/app.h"
#include "web/cohort_api.h"
#include "web/cohort_learner.h"
#include "web/session.h"
#include "util/banned.h"

/* The body as a JSON object, or NULL with RESP answered 400. */
static json_t *body_object(const struct web_request *req, struct web_response *resp)
{
	json_error_t jerr;
	json_t *root = json_loadb(req->body ? req->body : "", req->body_len,
				  JSON_REJECT_DUPLICATES, &jerr);

	if (!json_is_object(root)) {
		web_reply_error(resp, 400, "expected a JSON object (%s)", root ? "not an object" : jerr.text);
		json_decref(root);
		return NULL;
	}
	return root;
}

static const char *field(json_t *root, const char *key)
{
	return json_string_value(json_object_get(root, key));
}

/* This thread's connection, or NULL with RESP answered 503. */
static struct pg_db *db_or_503(struct web *w, struct web_response *resp)
{
	struct error e = ERROR_INIT;
	struct pg_db *db = web_cohort_db(w, &e);

	if (!db)
		web_reply_store_error(resp, -ENOTCONN, e.message);
	return db;
}

static json_t *account_json(const struct cohort_account *who)
{
	return json_pack("{s:s, s:s}", "username", who->username, "role", cohort_role_name(who->role));
}

void cohort_api_login(struct web *w, const struct web_request *req, struct web_response *resp)
{
	struct error e = ERROR_INIT;
	struct cohort_account who;
	char token[COHORT_TOKEN_SIZE];
	const char *user, *pass;
	json_t *root = body_object(req, resp);
	struct pg_db *db;
	int rc, retry = 0;

	if (!root || !(db = db_or_503(w, resp)))
		goto cleanup;
	user = field(root, "username");
	pass = field(root, "password");
	if (!user || !pass) {
		web_reply_error(resp, 400, "expected {\"username\": \"...\", \"password\": \"...\"}");
		goto cleanup;
	}
	rc = cohort_login(db, user, pass, req->address ? req->address : "unknown", 0, token, &who,
			  &retry, &e);
	if (rc == 0) {
		web_session_cookie(w, req, token, resp);
		web_reply_json(resp, 200, account_json(&who));
	} else if (rc == -EACCES || rc == -EINVAL) {
		web_reply_error(resp, 401, "wrong user name or password");
	} else if (rc == -EBUSY) {
		web_reply_error(resp, 429, "%s", e.message);
		resp->retry_after = retry > 0 ? retry : IDIOM_WEB_RETRY_AFTER_S;
	} else {
		web_reply_store_error(resp, rc, e.message);
	}
	memset(token, 0, sizeof(token));
cleanup:
	json_decref(root);
}

void cohort_api_logout(struct web *w, const struct web_request *req, struct web_response *resp)
{
	struct error e = ERROR_INIT;
	struct pg_db *db = db_or_503(w, resp);
	int rc;

	if (!db)
		return;
	if ((rc = cohort_session_revoke(db, web_session_current()->token, 0, &e)) < 0) {
		web_reply_store_error(resp, rc, e.message);
		return;
	}
	web_session_cookie(w, req, "", resp);
	web_reply_json(resp, 200, json_pack("{s:b}", "signed_out", 1));
}

static int signup_status(int rc)
{
	return rc == -EEXIST ? 409 : 400;
}

void cohort_api_signup(struct web *w, const struct web_request *req, struct web_response *resp)
{
	struct error e = ERROR_INIT;
	struct cohort_account who;
	char token[COHORT_TOKEN_SIZE];
	json_t *root = body_object(req, resp);
	const char *invite, *user, *pass;
	struct pg_db *db;
	int64_t id;
	int rc;

	if (!root || !(db = db_or_503(w, resp)))
		goto cleanup;
	invite = field(root, "invite");
	user = field(root, "username");
	pass = field(root, "password");
	if (!invite || !user || !pass) {
		web_reply_error(resp, 400, "expected {\"invite\", \"username\", \"password\"}");
		goto cleanup;
	}
	rc = cohort_signup(db, invite, user, pass, 0, &id, &e);
	if (rc == 0 && (rc = cohort_session_create(db, id, 0, token, &e)) == 0 &&
	    (rc = cohort_account_get(db, id, &who, &e)) == 0) {
		web_session_cookie(w, req, token, resp);
		web_reply_json(resp, 201, account_json(&who));
	} else if (rc == -EEXIST || rc == -EINVAL || rc == -ENOENT) {
		web_reply_error(resp, signup_status(rc), "%s", e.message);
	} else {
		web_reply_store_error(resp, rc, e.message);
	}
	memset(token, 0, sizeof(token));
cleanup:
	json_decref(root);
}

void cohort_api_create(struct web *w, const struct web_request *req, struct web_response *resp)
{
	struct error e = ERROR_INIT;
	char invite[COHORT_TOKEN_SIZE];
	json_t *root = body_object(req, resp);
	const char *name;
	struct pg_db *db;
	int64_t id;
	int rc;

	if (!root || !(db = db_or_503(w, resp)))
		goto cleanup;
	if (!(name = field(root, "name")) || !name[0] || strlen(name) > COHORT_NAME_MAX) {
		web_reply_error(resp, 400, "expected {\"name\": \"...\"} of 1 to %d bytes",
				COHORT_NAME_MAX);
		goto cleanup;
	}
	rc = cohort_create(db, &web_session_current()->who, name, 0, &id, invite, &e);
	if (rc == 0)
		web_reply_json(resp, 201, json_pack("{s:I, s:s}", "id", (json_int_t)id, "invite", invite));
	else if (rc == -EACCES)
		web_reply_error(resp, 403, "only instructors make cohorts");
	else if (rc == -EINVAL)
		web_reply_error(resp, 400, "%s", e.message);
	else
		web_reply_store_error(resp, rc, e.message);
cleanup:
	json_decref(root);
}

/* One learner's row: {"username", "lessons": [{"lesson", "status", "attempts"}]};
 * DETAIL adds the learner's "id" (their page's link), each lesson's
 * "seconds" spent, "minutes" estimated and "hints" taken, and (from
 * cohort_learner_imported_cells) "imported" attempts where there are any
 * (the instructor's page; the contract's JSON stays as it is). */
static int learner_row(struct web *w, struct pg_db *db, int64_t id, const char *name,
		       int detail, json_t *out, struct error *e)
{
	struct learner lr = { .id = id };
	struct learn_course lc;
	json_t *lessons = json_array();
	int rc;

	if ((rc = pg_store_attach(db, id, &lr.store, e)) < 0)
		goto cleanup;
	rc = learn_course_load(&lr, w->course, &lc, e);
	for (size_t i = 0; rc == 0 && i < w->course->count; i++) {
		char num[8];

		json_t *cell;

		lesson_number_text(w->course->lessons[i], num);
		cell = json_pack("{s:s, s:s, s:i}", "lesson", num, "status",
				 learn_status_name(lc.status[i]), "attempts", lc.sums[i].attempts);
		if (detail) {
			json_object_set_new(cell, "seconds", json_integer(lc.sums[i].seconds));
			json_object_set_new(cell, "hints", json_integer(lc.sums[i].hints));
			json_object_set_new(cell, "minutes",
					    json_integer(w->course->lessons[i]->minutes));
		}
		json_array_append_new(lessons, cell);
	}
	learn_course_free(&lc);
	if (rc == 0 && detail)
		json_array_append_new(out, json_pack("{s:I, s:s, s:O}", "id", (json_int_t)id,
						     "username", name, "lessons", lessons));
	else if (rc == 0)
		json_array_append_new(out, json_pack("{s:s, s:O}", "username", name, "lessons", lessons));
cleanup:
	json_decref(lessons);
	store_close(lr.store);
	return rc;
}

static int gradebook_rows(struct web *w, struct pg_db *db, int64_t cohort, int detail,
			  json_t *out, struct error *e)
{
	char c[24];
	const char *params[] = { pg_int(c, cohort) };
	PGresult *r = NULL;
	int rc = pg_db_query(db, "SELECT a.id, a.username FROM cohort_member m JOIN account a "
			     "ON a.id = m.learner_id WHERE m.cohort_id = $1 ORDER BY a.username",
			     1, params, &r, e);

	for (int i = 0; rc == 0 && i < PQntuples(r); i++)
		rc = learner_row(w, db, strtoll(PQgetvalue(r, i, 0), NULL, 10), PQgetvalue(r, i, 1),
				 detail, out, e);
	if (r)
		PQclear(r);
	return rc;
}

/* The criteria COHORT's learners fail most, per exercise, from every
 * attempt's failing list: [{"lesson", "exercise", "criterion", "count"}],
 * by lesson and exercise, then most failed first.  COUNT is attempts. */
static int failing_rows(struct pg_db *db, int64_t cohort, json_t *out, struct error *e)
{
	char c[24];
	const char *params[] = { pg_int(c, cohort) };
	PGresult *r = NULL;
	int rc = pg_db_query(db, "SELECT a.lesson, a.exercise, f.title, count(*) AS n "
			     "FROM cohort_member m JOIN store_attempt a ON a.learner_id = m.learner_id "
			     "CROSS JOIN LATERAL jsonb_array_elements_text(a.failing) AS f(title) "
			     "WHERE m.cohort_id = $1 GROUP BY 1, 2, 3 ORDER BY 1, 2, 4 DESC, 3",
			     1, params, &r, e);

	for (int i = 0; rc == 0 && i < PQntuples(r); i++) {
		char num[8];

		snprintf(num, sizeof(num), "%02d", atoi(PQgetvalue(r, i, 0)));
		json_array_append_new(out, json_pack("{s:s, s:s, s:s, s:I}", "lesson", num,
						     "exercise", PQgetvalue(r, i, 1), "criterion",
						     PQgetvalue(r, i, 2), "count",
						     (json_int_t)strtoll(PQgetvalue(r, i, 3), NULL, 10)));
	}
	if (r)
		PQclear(r);
	return rc;
}

static int cohort_name(struct pg_db *db, int64_t cohort, json_t *book, struct error *e)
{
	char c[24];
	const char *params[] = { pg_int(c, cohort) };
	PGresult *r = NULL;
	int rc = pg_db_query(db, "SELECT name FROM cohort WHERE id = $1", 1, params, &r, e);

	if (rc == 0 && PQntuples(r) == 1)
		json_object_set_new(book, "name", json_string(PQgetvalue(r, 0, 0)));
	if (r)
		PQclear(r);
	return rc;
}

/* DETAIL: the page's extras (see the header). */
static int gradebook_fill(struct web *w, struct pg_db *db, int64_t cohort, int detail,
			  json_t *book, struct error *e)
{
	json_t *rows = json_array(), *failing = json_array();
	int rc = gradebook_rows(w, db, cohort, detail, rows, e);

	json_object_set_new(book, "learners", rows);
	if (rc == 0 && detail && (rc = failing_rows(db, cohort, failing, e)) == 0 &&
	    (rc = cohort_learner_imported_cells(db, cohort, rows, e)) == 0)
		rc = cohort_name(db, cohort, book, e);
	if (detail)
		json_object_set(book, "failing", failing);
	json_decref(failing);
	return rc;
}

json_t *cohort_api_gradebook_json(struct web *w, int64_t cohort, int detail,
				  struct web_response *resp)
{
	struct error e = ERROR_INIT;
	struct pg_db *db = db_or_503(w, resp);
	json_t *book;
	int rc;

	if (!db)
		return NULL;
	rc = cohort_may_see_cohort(db, &web_session_current()->who, cohort, &e);
	if (rc == 0)
		web_reply_error(resp, 403, "not your cohort");
	if (rc <= 0) {
		if (rc < 0)
			web_reply_store_error(resp, rc, e.message);
		return NULL;
	}
	book = json_object();
	if ((rc = gradebook_fill(w, db, cohort, detail, book, &e)) < 0) {
		json_decref(book);
		web_reply_store_error(resp, rc, e.message);
		return NULL;
	}
	return book;
}

/* A CSV field, quoted when it must be (RFC 4180), with a leading = + - @
 * defused so a spreadsheet never runs it as a formula. */
static void csv_field(struct buf *b, const char *s)
{
	int formula = strchr("=+-@", s[0]) && s[0];

	buf_putc(b, '"');
	if (formula)
		buf_putc(b, '\'');
	for (; *s; s++) {
		if (*s == '"')
			buf_putc(b, '"');
		buf_putc(b, *s);
	}
	buf_putc(b, '"');
}

static void gradebook_csv(json_t *book, struct buf *b)
{
	size_t i, j;
	json_t *row, *cell;

	buf_puts(b, "username,lesson,status,attempts\r\n");
	json_array_foreach(json_object_get(book, "learners"), i, row) {
		json_array_foreach(json_object_get(row, "lessons"), j, cell) {
			csv_field(b, field(row, "username"));
			buf_putc(b, ',');
			csv_field(b, field(cell, "lesson"));
			buf_putc(b, ',');
			csv_field(b, field(cell, "status"));
			buf_printf(b, ",%lld\r\n",
				   (long long)json_integer_value(json_object_get(cell, "attempts")));
		}
	}
}

/* POST /api/cohorts/ID/invites: a new invite; POST .../revoke: every live
 * invite of the cohort revoked.  Both 403 for a cohort that is not yours,
 * whether or not it exists. */
static void cohort_action(struct web *w, int64_t id, const char *action,
			  struct web_response *resp)
{
	const struct cohort_account *me = &web_session_current()->who;
	struct error e = ERROR_INIT;
	char invite[COHORT_TOKEN_SIZE];
	struct pg_db *db = db_or_503(w, resp);
	int rc;

	if (!db)
		return;
	if (strcmp(action, "/invites") == 0)
		rc = cohort_invite_create(db, me, id, 0, 0, invite, &e);
	else
		rc = cohort_invite_revoke(db, me, id, 0, &e);
	if (rc == -EACCES || rc == -ENOENT)
		web_reply_error(resp, 403, "not your cohort");
	else if (rc < 0)
		web_reply_store_error(resp, rc, e.message);
	else if (strcmp(action, "/invites") == 0)
		web_reply_json(resp, 201, json_pack("{s:s}", "invite", invite));
	else
		web_reply_json(resp, 200, json_pack("{s:i}", "revoked", rc));
	memset(invite, 0, sizeof(invite));
}

void cohort_api_cohort(struct web *w, const struct web_request *req, const char *param,
		       struct web_response *resp)
{
	char *end;
	long long id = strtoll(param, &end, 10);
	int post = web_method_of(req->method) == WEB_POST;
	struct buf b = BUF_INIT;
	json_t *book;
	int csv;

	if (end == param || id <= 0 || (!post && strcmp(end, "/gradebook") != 0 &&
					strcmp(end, "/gradebook.csv") != 0) ||
	    (post && strcmp(end, "/invites") != 0 && strcmp(end, "/revoke") != 0)) {
		web_reply_error(resp, 404, "no API at %.200s", req->path);
		return;
	}
	if (post) {
		cohort_action(w, id, end, resp);
		return;
	}
	csv = strcmp(end, "/gradebook.csv") == 0;
	if (!(book = cohort_api_gradebook_json(w, id, 0, resp)))
		return;
	if (!csv) {
		web_reply_json(resp, 200, book);
		return;
	}
	gradebook_csv(book, &b);
	json_decref(book);
	web_reply(resp, 200, "text/csv; charset=utf-8", &b);
}

json_t *cohort_api_cohorts_json(struct web *w, struct web_response *resp)
{
	const struct web_session *s = web_session_current();
	struct error e = ERROR_INIT;
	struct pg_db *db = db_or_503(w, resp);
	char me[24], all[2] = { s->who.role == COHORT_ADMIN ? '1' : '0', 0 };
	const char *params[] = { pg_int(me, s->who.id), all };
	json_t *list;
	PGresult *r;
	int rc;

	if (!db)
		return NULL;
	rc = pg_db_query(db, "SELECT c.id, c.name, (SELECT count(*) FROM cohort_member m WHERE "
			 "m.cohort_id = c.id) FROM cohort c WHERE c.instructor_id = $1 OR $2 = '1' "
			 "ORDER BY c.id", 2, params, &r, &e);
	if (rc < 0) {
		web_reply_store_error(resp, rc, e.message);
		return NULL;
	}
	list = json_array();
	for (int i = 0; i < PQntuples(r); i++)
		json_array_append_new(list, json_pack("{s:I, s:s, s:I}", "id",
						      (json_int_t)strtoll(PQgetvalue(r, i, 0), NULL, 10),
						      "name", PQgetvalue(r, i, 1), "learners",
						      (json_int_t)strtoll(PQgetvalue(r, i, 2), NULL, 10)));
	PQclear(r);
	return list;
}

void cohort_api_health(struct web *w, struct web_response *resp)
{
	struct error e = ERROR_INIT;
	struct pg_db *db = db_or_503(w, resp);
	int rc;

	if (!db)
		return;
	/* A connection lost in an outage fails once, then pgdb re-opens it:
	 * try that second time before saying the store is down. */
	if ((rc = pg_db_query(db, "SELECT 1", 0, NULL, NULL, &e)) == -ENOTCONN)
		rc = pg_db_query(db, "SELECT 1", 0, NULL, NULL, &e);
	if (rc < 0)
		web_reply_store_error(resp, rc, e.message);
	else
		web_reply_json(resp, 200, json_pack("{s:s}", "status", "ok"));
}

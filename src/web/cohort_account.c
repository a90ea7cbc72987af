/* The routes that act on one learner's account: GET /api/learners/ID/attempts
 * (cohort_learner.c's JSON), POST /api/learners/ID/reset (a one-time
 * password-reset link, for the learner's instructor or an admin), POST
 * /api/reset (using such a link), POST /api/import (a learner merging their
 * local export into their cohort history) and the pages of the last two.
 * A POST made by a signed-in account carries the page's CSRF token
 * (web/csrf.h).  See cohort_learner.h and docs/cohort.md. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "cohort/schema.h"
#include "cohort/sessions.h"
#include "store/backend.h"
#include "store/pg.h"
#include "util/buf.h"
#include "web/cohort_learner.h"
#include "web/csrf.h"
#include "web/page.h"
#include "web/session.h"
#include "util/banned.h"

static struct pg_db *db_or_503(struct web *w, struct web_response *resp)
{
	struct error e = ERROR_INIT;
	struct pg_db *db = web_cohort_db(w, &e);

	if (!db)
		web_reply_store_error(resp, -ENOTCONN, e.message);
	return db;
}

/* POST /api/learners/ID/reset.  -EACCES covers "not your learner" and "not
 * an instructor", whether or not the learner exists. */
static void make_reset(struct web *w, const struct web_request *req, int64_t learner,
		       struct web_response *resp)
{
	const struct cohort_account *me = &web_session_current()->who;
	struct error e = ERROR_INIT;
	char token[COHORT_TOKEN_SIZE], link[COHORT_TOKEN_SIZE + 32];
	struct cohort_account who;
	struct pg_db *db;
	int rc;

	if (!web_csrf_check(req, resp) || !(db = db_or_503(w, resp)))
		return;
	/* Only an admin may learn that an account does not exist. */
	rc = cohort_account_get(db, learner, &who, &e);
	if (rc == -ENOENT && me->role == COHORT_ADMIN) {
		web_reply_error(resp, 404, "no such learner");
		return;
	}
	if (rc == 0)
		rc = cohort_reset_create(db, me, learner, 0, token, &e);
	if (rc == -EACCES || rc == -ENOENT) {
		web_reply_error(resp, 403, "not a learner of yours");
	} else if (rc < 0) {
		web_reply_store_error(resp, rc, e.message);
	} else {
		snprintf(link, sizeof(link), "/reset?token=%s", token);
		web_reply_json(resp, 201, json_pack("{s:s, s:s, s:i}", "link", link, "token", token,
						    "expires_in", COHORT_RESET_TTL_S));
	}
	memset(token, 0, sizeof(token));
	memset(link, 0, sizeof(link));
}

void cohort_learner_api(struct web *w, const struct web_request *req, const char *param,
			struct web_response *resp)
{
	char *end;
	long long id = strtoll(param, &end, 10);
	int post = web_method_of(req->method) == WEB_POST;
	json_t *root;

	if (end == param || id <= 0 || strcmp(end, post ? "/reset" : "/attempts") != 0) {
		web_reply_error(resp, 404, "no API at %.200s", req->path);
		return;
	}
	if (post) {
		make_reset(w, req, id, resp);
		return;
	}
	if ((root = cohort_learner_json(w, id, resp)))
		web_reply_json(resp, 200, root);
}

/* ---- using a reset link ---- */

void cohort_reset_api(struct web *w, const struct web_request *req, struct web_response *resp)
{
	struct error e = ERROR_INIT;
	json_error_t jerr;
	json_t *root = json_loadb(req->body ? req->body : "", req->body_len, JSON_REJECT_DUPLICATES,
				  &jerr);
	const char *token = json_string_value(json_object_get(root, "token"));
	const char *password = json_string_value(json_object_get(root, "password"));
	struct pg_db *db;
	int rc;

	if (!token || !password) {
		web_reply_error(resp, 400, "expected {\"token\": \"...\", \"password\": \"...\"}");
	} else if ((db = db_or_503(w, resp))) {
		rc = cohort_reset_use(db, token, password, 0, &e);
		if (rc == 0)
			web_reply_json(resp, 200, json_pack("{s:b}", "reset", 1));
		else if (rc == -ENOENT || rc == -EINVAL)
			web_reply_error(resp, 400, "%s", e.message);
		else
			web_reply_store_error(resp, rc, e.message);
	}
	json_decref(root);
}

void cohort_reset_page(struct web *w, struct web_response *resp)
{
	struct buf b = BUF_INIT;

	if (page_nonce(resp) < 0)
		return;
	page_open(w, 0, &b, "New password", "auth", resp->nonce);
	buf_printf(&b, "<h1>Choose a new password</h1><form class=\"auth\" id=\"reset\" "
		   "method=\"post\" action=\"/api/reset\" data-api=\"/api/reset\"><p class=\"rules\">"
		   "At least %d characters; not a common password or a variation of one, and not "
		   "mostly your user name. The link works once; setting the password signs you out "
		   "everywhere.</p><label for=\"password\">New password</label><input id=\"password\" "
		   "name=\"password\" type=\"password\" autocomplete=\"new-password\" required>"
		   "<label for=\"password2\">New password again</label><input id=\"password2\" "
		   "name=\"password2\" type=\"password\" autocomplete=\"new-password\" required>"
		   "<input type=\"hidden\" name=\"token\" id=\"token\"><p class=\"form-error\" "
		   "role=\"alert\" hidden></p><button type=\"submit\">Set the password</button></form>",
		   COHORT_PASSWORD_MIN);
	page_close(&b);
	page_reply(resp, &b);
}

/* ---- importing a local export ---- */

/* The export's attempt ids (those of an id's shape) as a PostgreSQL array
 * literal into B; the ids are hex, so nothing needs quoting. */
static void export_ids(json_t *root, struct buf *b)
{
	json_t *a;
	size_t i;
	int first = 1;

	buf_putc(b, '{');
	json_array_foreach(json_object_get(root, "attempts"), i, a) {
		const char *id = json_string_value(json_object_get(a, "id"));

		if (!id || !store_id_ok(id))
			continue;
		buf_printf(b, "%s%s", first ? "" : ",", id);
		first = 0;
	}
	buf_putc(b, '}');
}

/* Marks the attempts of IDS that are stored for LEARNER and were not
 * before (NOT_BEFORE: the ids already there) as imported. */
static int mark_imported(struct pg_db *db, int64_t learner, const char *ids, const char *before,
			 struct error *e)
{
	char l[24], t[24];
	const char *params[] = { pg_int(l, learner), ids, before, pg_int(t, cohort_now(0)) };

	return pg_db_query(db, "INSERT INTO imported_attempt (learner_id, attempt_id, imported) "
			   "SELECT $1, a.id, $4 FROM store_attempt a WHERE a.learner_id = $1 AND "
			   "a.id = ANY ($2::text[]) AND NOT a.id = ANY ($3::text[]) "
			   "ON CONFLICT DO NOTHING", 4, params, NULL, e);
}

/* The ids of IDS already stored for LEARNER, as an array literal. */
static int stored_ids(struct pg_db *db, int64_t learner, const char *ids, struct buf *out,
		      struct error *e)
{
	char l[24];
	const char *params[] = { pg_int(l, learner), ids };
	PGresult *r = NULL;
	int rc = pg_db_query(db, "SELECT coalesce(array_agg(id)::text, '{}') FROM store_attempt "
			     "WHERE learner_id = $1 AND id = ANY ($2::text[])", 2, params, &r, e);

	if (rc == 0)
		buf_puts(out, PQgetvalue(r, 0, 0));
	if (r)
		PQclear(r);
	return rc;
}

static int import_into(struct pg_db *db, const struct web_request *req,
		       struct store_import_result *res, struct error *e)
{
	const struct web_session *s = web_session_current();
	struct buf ids = BUF_INIT, before = BUF_INIT;
	json_t *root = json_loadb(req->body ? req->body : "", req->body_len, 0, NULL);
	int rc;

	export_ids(root, &ids);
	json_decref(root);
	rc = stored_ids(db, s->who.id, buf_str(&ids), &before, e);
	if (rc == 0)
		rc = store_import_json(s->store, req->body ? req->body : "", req->body_len, res, e);
	if (rc == 0 && res->added)
		rc = mark_imported(db, s->who.id, buf_str(&ids), buf_str(&before), e);
	buf_free(&ids);
	buf_free(&before);
	return rc;
}

void cohort_import_api(struct web *w, const struct web_request *req, struct web_response *resp)
{
	struct store_import_result res;
	struct error e = ERROR_INIT;
	struct pg_db *db;
	int rc;

	if (web_session_current()->who.role != COHORT_LEARNER) {
		web_reply_error(resp, 403, "only a learner imports their own progress");
		return;
	}
	if (!web_csrf_check(req, resp) || !(db = db_or_503(w, resp)))
		return;
	rc = import_into(db, req, &res, &e);
	if (rc == -EINVAL)
		web_reply_error(resp, 400, "cannot import this file: %s", e.message);
	else if (rc < 0)
		web_reply_store_error(resp, rc, e.message);
	else
		web_reply_json(resp, 200, json_pack("{s:I, s:I}", "added", (json_int_t)res.added,
						    "skipped", (json_int_t)res.skipped));
}

void cohort_import_page(struct web *w, struct web_response *resp)
{
	struct buf b = BUF_INIT;
	char csrf[COHORT_TOKEN_HASH_SIZE];

	if (web_session_current()->who.role != COHORT_LEARNER) {
		web_reply_error(resp, 303, "only a learner imports their own progress");
		resp->location = "/cohorts";
		return;
	}
	if (page_nonce(resp) < 0)
		return;
	web_csrf_token(csrf);
	page_open(w, 1, &b, "Import your progress", "import-page", resp->nonce);
	buf_printf(&b, "<h1>Import your progress</h1><p>Worked through lessons with idiom on your "
		   "own machine? Bring that history here: run <code>idiom progress --export "
		   "&gt; progress.json</code> there and choose the file. Importing the same file "
		   "twice adds nothing twice. Your instructor sees imported attempts marked as "
		   "graded on your machine.</p><form class=\"auth\" id=\"import\" method=\"post\" "
		   "action=\"/api/import\" data-api=\"/api/import\" data-csrf=\"%s\"><label "
		   "for=\"file\">Export file</label><input id=\"file\" name=\"file\" type=\"file\" "
		   "accept=\".json,application/json\" required><p class=\"aside\">At most %d KiB."
		   "</p><p class=\"form-error\" role=\"alert\" hidden></p><button type=\"submit\">"
		   "Import</button></form><p class=\"import-out\" role=\"status\"></p>",
		   csrf, IDIOM_BODY_MAX / 1024);
	page_close(&b);
	page_reply(resp, &b);
}

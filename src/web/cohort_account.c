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
#include "cohort/import.h"
#include "cohort/sessions.h"
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
	rc = cohort_import(db, web_session_current()->store, web_session_current()->who.id,
			   req->body ? req->body : "", req->body_len, &res, &e);
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

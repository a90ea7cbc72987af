/* Cohort sessions and per-thread PostgreSQL connections; see session.h. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cohort/schema.h"
#include "cohort/sessions.h"
#include "store/pg.h"
#include "util/limits.h"
#include "web/app.h"
#include "web/session.h"
#include "util/banned.h"

static _Thread_local struct web_session current;

struct pg_db *web_cohort_db(struct web *w, struct error *e)
{
	struct pg_db *db = pthread_getspecific(w->cohort->db_key);

	if (db)
		return db;
	/* The schema was migrated at start; a plain connection is enough. */
	if (pg_db_open(w->cohort->url, &db, e) < 0)
		return NULL;
	if (pthread_setspecific(w->cohort->db_key, db) != 0) {
		pg_db_close(db);
		error_set(e, -ENOMEM, "cannot keep a connection for this thread");
		return NULL;
	}
	return db;
}

const struct web_session *web_session_current(void)
{
	return &current;
}

struct learner web_learner(struct web *w)
{
	struct learner lr = { .store = w->store, .id = LEARN_LOCAL_ID, .home = w->home };

	if (w->cohort) {
		lr.store = current.store;
		lr.id = current.signed_in ? current.who.id : 0;
		lr.home = NULL;
	}
	return lr;
}

void web_reply_store_error(struct web_response *resp, int rc, const char *message)
{
	if (rc == -ENOTCONN || rc == -ETIMEDOUT || rc == -EAGAIN) {
		web_reply_error(resp, 503, "the progress store is unavailable; try again shortly (%s)",
				message);
		resp->retry_after = IDIOM_WEB_RETRY_AFTER_S;
	} else {
		web_reply_error(resp, 500, "%s", message);
	}
}

static int wants_tls(struct web *w, const struct web_request *req)
{
	return w->cohort->secure ||
	       (w->cohort->trust_proxy && req->forwarded_proto &&
		strcmp(req->forwarded_proto, "https") == 0);
}

void web_session_cookie(struct web *w, const struct web_request *req, const char *token,
			struct web_response *resp)
{
	snprintf(resp->set_cookie, sizeof(resp->set_cookie),
		 "%s=%s; Path=/; HttpOnly; SameSite=Lax; Max-Age=%d%s", WEB_SESSION_COOKIE, token,
		 token[0] ? COHORT_SESSION_ABSOLUTE_S : 0, wants_tls(w, req) ? "; Secure" : "");
}

static int is_page(const struct web_request *req)
{
	return strncmp(req->path, "/api/", 5) != 0;
}

/* Who holds REQ's cookie, into CURRENT; 0 (signed in or not) or a store
 * error with RESP answered. */
static int find_session(struct web *w, const struct web_request *req, struct web_response *resp)
{
	struct error e = ERROR_INIT;
	struct pg_db *db;
	int rc;

	if (web_request_cookie(req, WEB_SESSION_COOKIE, current.token, sizeof(current.token)) < 0 ||
	    !cohort_token_ok(current.token))
		return 0;
	if (!(db = web_cohort_db(w, &e))) {
		web_reply_store_error(resp, -ENOTCONN, e.message);
		return -ENOTCONN;
	}
	rc = cohort_session_check(db, current.token, 0, &current.who, &e);
	if (rc == -EACCES)
		return 0;
	if (rc < 0) {
		web_reply_store_error(resp, rc, e.message);
		return rc;
	}
	current.signed_in = 1;
	return 0;
}

/* A learner's store over this thread's connection. */
static int attach_store(struct web *w, struct web_response *resp)
{
	struct error e = ERROR_INIT;
	struct pg_db *db = web_cohort_db(w, &e);
	int rc;

	if (!db) {
		web_reply_store_error(resp, -ENOTCONN, e.message);
		return -ENOTCONN;
	}
	if ((rc = pg_store_attach(db, current.who.id, &current.store, &e)) < 0)
		web_reply_store_error(resp, rc, e.message);
	return rc;
}

static int refuse(const struct web_request *req, int status, const char *why,
		  struct web_response *resp)
{
	if (status == 401 && is_page(req) && web_method_of(req->method) != WEB_POST) {
		web_reply_error(resp, 303, "sign in first");
		resp->location = "/login";
	} else {
		web_reply_error(resp, status, "%s", why);
	}
	return 1;
}

int web_session_open(struct web *w, const struct web_request *req, enum web_access access,
		     struct web_response *resp)
{
	memset(&current, 0, sizeof(current));
	if (!w->cohort) {
		if (access >= WEB_COHORT_ANYONE)
			return refuse(req, 404, "this server has no accounts (see idiom serve --cohort)",
				      resp);
		return 0;
	}
	if (access == WEB_ANYONE || access == WEB_COHORT_ANYONE)
		return 0;
	if (find_session(w, req, resp) < 0)
		return 1;
	/* The gradebook API says 403 to anyone but its owner (the contract). */
	if (!current.signed_in)
		return refuse(req, access == WEB_COHORT_TEACHER && !is_page(req) ? 403 : 401,
			      "sign in first", resp);
	/* An instructor following a learner's link (the header's "idiom") is
	 * taken to their own pages; the API still says 403. */
	if (access == WEB_LEARNER && current.who.role != COHORT_LEARNER && is_page(req) &&
	    web_method_of(req->method) != WEB_POST) {
		web_reply_error(resp, 303, "a learner's page; yours are at /cohorts");
		resp->location = "/cohorts";
		return 1;
	}
	if (access == WEB_LEARNER && current.who.role != COHORT_LEARNER)
		return refuse(req, 403, "this is a learner's page; yours are at /cohorts", resp);
	if (access == WEB_COHORT_TEACHER && current.who.role == COHORT_LEARNER)
		return refuse(req, 403, "only instructors may see this", resp);
	if (current.who.role == COHORT_LEARNER && attach_store(w, resp) < 0)
		return 1;
	return 0;
}

void web_session_close(void)
{
	store_close(current.store);
	memset(&current, 0, sizeof(current));
}

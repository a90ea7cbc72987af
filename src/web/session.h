/* The cohort side of the web app (idiom serve --cohort): one PostgreSQL
 * connection per server thread (made on first use, re-opened by pgdb after
 * an outage), and the session of the request in hand: who signed in, and,
 * for a learner, their progress store.  A request is answered whole on one
 * thread, so "the request in hand" is kept per thread; web_handle opens it
 * before the route's handler and closes it after.  Uses src/cohort and
 * src/store; the route handlers read it through web_learner and
 * web_session_current. */
#ifndef IDIOM_WEB_SESSION_H
#define IDIOM_WEB_SESSION_H
#include <pthread.h>
#include "cohort/accounts.h"
#include "learn/learn.h"
#include "web/reply.h"
#include "web/request.h"

struct web;

/* The session cookie's name. */
#define WEB_SESSION_COOKIE "idiom_session"

struct web_cohort {
	char *url;		/* the store's libpq URL */
	pthread_key_t db_key;	/* each thread's struct pg_db */
	int secure;		/* --secure: cookies always Secure */
	int trust_proxy;	/* --trust-proxy: X-Forwarded-Proto says https */
};

/* Who may use a route (web_session_open answers the rest). */
enum web_access {
	WEB_ANYONE,		/* both modes, no sign-in */
	WEB_SIGNED_IN,		/* local: open; cohort: any signed-in account */
	WEB_LEARNER,		/* local: open; cohort: a signed-in learner */
	WEB_COHORT_ANYONE,	/* cohort only (404 locally), no sign-in */
	WEB_COHORT_SIGNED_IN,	/* cohort only, any signed-in account */
	WEB_COHORT_TEACHER,	/* cohort only, an instructor or admin */
};

/* The request in hand on this thread. */
struct web_session {
	int signed_in;
	struct cohort_account who;
	char token[COHORT_TOKEN_SIZE];
	struct store *store;	/* a learner's progress; NULL otherwise */
};


/* This thread's connection, made on first use; NULL (E set, -ENOTCONN)
 * when PostgreSQL cannot be reached now. */
struct pg_db *web_cohort_db(struct web *w, struct error *e);

/* Lets REQ through ACCESS: 0 with the session open (close it with
 * web_session_close), or 1 with RESP answered (401, 403, 404, 303 to the
 * sign-in page, 503 + Retry-After when the store is down). */
int web_session_open(struct web *w, const struct web_request *req, enum web_access access,
		     struct web_response *resp);
void web_session_close(void);

/* The session of the request in hand (signed_in 0 when none). */
const struct web_session *web_session_current(void);

/* The learner the request in hand works for: locally the one learner of the
 * store and workspace; on a cohort server the signed-in learner, with their
 * store and no workspace folder. */
struct learner web_learner(struct web *w);

/* Answers a store error RC: 503 + Retry-After for -ENOTCONN (or -EAGAIN),
 * else 500, with MESSAGE. */
void web_reply_store_error(struct web_response *resp, int rc, const char *message);

/* Sets RESP's Set-Cookie: the session TOKEN ("" signs out), Secure when REQ
 * came over TLS as far as W can tell. */
void web_session_cookie(struct web *w, const struct web_request *req, const char *token,
			struct web_response *resp);

#endif

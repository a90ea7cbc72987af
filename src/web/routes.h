/* Every route of the web app in one table: method(s), path pattern,
 * handler, and which thread may run it.  One lookup gives the handler, the
 * methods the path allows (405 with Allow) and the thread.
 *
 * The thread: the server's pool answers requests that only read the course
 * (lesson pages, assets, live hints), several at once; the lane, one thread,
 * answers in turn everything that touches the store, the sandboxed runner
 * or the workspace (see server.c). */
#ifndef IDIOM_WEB_ROUTES_H
#define IDIOM_WEB_ROUTES_H
#include <stddef.h>
#include "web/session.h"

struct web;
struct web_request;
struct web_response;

enum web_thread {
	WEB_POOL,	/* any of the pool's threads, while others are answered */
	WEB_LANE,	/* the one lane thread, one request at a time */
	WEB_PASSWORDS,	/* the password lane: Argon2id (sign-up, sign-in) one at a
			 * time, so a wave of sign-ins never holds the pool's
			 * hints and pages */
	WEB_STORE_READ,	/* reads the learner's records, nothing else: the lane for
			 * the one learner's SQLite store; the pool in a cohort
			 * server, whose threads each have their own PostgreSQL
			 * connection (web_thread_for decides) */
};

/* Answers REQ into RESP.  PARAM is what the pattern's '*' matched ("" when
 * nothing; NULL for an exact pattern). */
typedef void route_handler(struct web *w, const struct web_request *req, const char *param,
			   struct web_response *resp);


struct route {
	unsigned methods;	/* enum web_method bits */
	const char *pattern;	/* "/progress" exactly; one ending in * matches its prefix and any rest */
	route_handler *handle;
	enum web_thread thread;
	enum web_access access;
};

struct route_match {
	const struct route *route;	/* NULL: no route for this method and path */
	const char *param;		/* see route_handler */
	unsigned allow;			/* methods any route of the path allows; 0: no such path */
};

/* Finds the route for METHOD and PATH into M (always filled). */
void routes_find(const char *method, const char *path, struct route_match *m);

/* The table itself, COUNT routes (for the tests). */
const struct route *routes_table(size_t *count);

#endif

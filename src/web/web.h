/* The course in the browser: one HTTP request answered with a page, an API
 * answer or a static asset, independent of the HTTP library (server.c feeds
 * it from libmicrohttpd; the tests and the fuzz target call web_handle
 * directly).  The routes are one table (routes.h), which also says which
 * thread may answer each: the pool answers what only reads the course
 * (lesson pages, assets, live hints) several at once; the lane answers what
 * touches the store, the sandboxed runner or the workspace, one at a time.
 *
 * Out of memory fails the request, never the process.  The web layer's own
 * allocations on the request path (a connection's state and body, the copy
 * of a cached page, a thread's grader) are checked (xtry_* in
 * util/xalloc.h) and a failure answers 503 through web_reply_no_memory; the
 * server then goes on serving.  The library code a request calls (grader,
 * store, cmark, jansson, buf) allocates only amounts bounded by the request
 * caps (IDIOM_BODY_MAX, IDIOM_ANSWER_MAX in util/limits.h) and the course,
 * and still uses xmalloc: see docs/ARCHITECTURE.md, "web/". */
#ifndef IDIOM_WEB_H
#define IDIOM_WEB_H
#include <stddef.h>
#include "course/course.h"
#include "store/store.h"
#include "util/error.h"
#include "web/reply.h"
#include "web/request.h"
#include "web/routes.h"

struct web;

/* A web app for COURSE (not owned; must outlive it) into *OUT (you own it;
 * web_free).  STORE (not owned, may be NULL: nothing recorded) receives
 * every check; HOME is the workspace ($IDIOM_HOME) where answers are saved,
 * copied.  Returns 0, or a negative errno code with E set. */
int web_new(const struct course *course, struct store *store, const char *home,
	    struct web **out, struct error *e);
void web_free(struct web *w);

/* Makes W a cohort server (idiom serve --cohort) on the PostgreSQL at URL:
 * connects once and migrates both schemas (so a store that is down at
 * start is an error), then each server thread keeps a connection of its
 * own.  Sessions and progress live in PostgreSQL; W's STORE and HOME are
 * not used.  Returns 0, or a store error (store/pgdb.h) with E set. */
struct web_cohort_options {
	int secure;		/* cookies always Secure (TLS in front of us) */
	int trust_proxy;	/* Secure when X-Forwarded-Proto says https */
};
int web_cohort_enable(struct web *w, const char *url, const struct web_cohort_options *opt,
		      struct error *e);

/* The port the server listens on, for the Host and Origin checks. */
void web_set_port(struct web *w, int port);

/* The thread that must answer REQ on W (its route's; WEB_POOL for a request
 * no route takes, whose 404 or 405 reads nothing).  Never WEB_STORE_READ:
 * that is the lane for the single-learner app, the pool for a cohort
 * server. */
enum web_thread web_thread_for(const struct web *w, const struct web_request *req);

/* Answers REQ into RESP (always filled; release with web_response_release).
 * RESP's previous content is overwritten, not released. */
void web_handle(struct web *w, const struct web_request *req, struct web_response *resp);

/* Serves W on HOST:PORT (PORT 0: any free port) with THREADS threads in the
 * pool and the lane beside them, until SIGINT or SIGTERM; prints the URL to
 * stdout once listening.  Returns 0, or a negative errno code with E set
 * when it cannot listen or start. */
int web_serve(struct web *w, const char *host, int port, unsigned threads, struct error *e);

#endif

/* The course in the browser: routing one HTTP request to a page, an API
 * answer or a static asset, independent of the HTTP library (server.c feeds
 * it from libmicrohttpd; the tests and the fuzz target call it directly).
 * Requests that only read the course (pages, assets, live hints) may be
 * answered on several threads at once; the rest touch the store, the
 * sandboxed runner and the workspace, and one thread at a time answers them
 * (web_concurrent says which).  Out of memory still exits through xmalloc
 * (src/util/xalloc.h); every other failure fails the request only. */
#ifndef IDIOM_WEB_H
#define IDIOM_WEB_H
#include <stddef.h>
#include "course/course.h"
#include "store/store.h"

/* Largest request body: an answer (256 KiB) plus its JSON envelope. */
#define WEB_BODY_MAX (320 * 1024)

struct web;

struct web_request {
	const char *method;		/* "GET", "POST"... */
	const char *path;		/* "/lessons/04", without the query */
	const char *host;		/* Host header; NULL when absent */
	const char *origin;		/* Origin header; NULL when absent */
	const char *fetch_site;		/* Sec-Fetch-Site; NULL when absent */
	const char *content_type;	/* NULL when absent */
	const char *body;		/* NULL when none */
	size_t body_len;
	int body_too_large;		/* the body passed WEB_BODY_MAX (413) */
};

/* A page's Content-Security-Policy nonce: 18 random bytes in base64. */
#define WEB_NONCE_LEN 24

struct web_response {
	int status;
	const char *type;	/* Content-Type */
	char *body;		/* owned unless STATIC_BODY */
	size_t len;
	int static_body;
	const char *allow;	/* Allow header for 405, else NULL */
	/* An HTML page's own nonce: its <style> elements (CodeMirror's theme)
	 * carry it and its CSP allows them; "" for anything else. */
	char nonce[WEB_NONCE_LEN + 1];
};

/* A web app for COURSE (not owned; must outlive it).  STORE (not owned, may
 * be NULL: nothing recorded) receives every check; HOME is the workspace
 * ($IDIOM_HOME) where answers are saved, copied.  You own the result. */
struct web *web_new(const struct course *course, struct store *store, const char *home);
void web_free(struct web *w);

/* The port the server listens on, for the Host and Origin checks. */
void web_set_port(struct web *w, int port);

/* 1 when web_handle may answer REQ on any thread while others are answered
 * (lesson pages, assets, POST /api/hints, refused methods); 0 when REQ
 * touches the store, the runner or the workspace, so that all such requests
 * must be answered by one thread at a time. */
int web_concurrent(const struct web_request *req);

/* Answers REQ into RESP (always filled; release with web_response_release). */
void web_handle(struct web *w, const struct web_request *req, struct web_response *resp);
void web_response_release(struct web_response *resp);

/* Headers every response carries besides its CSP: NULL-terminated name,
 * value pairs. */
extern const char *const web_security_headers[];

/* RESP's Content-Security-Policy, written into OUT[len]: scripts only from
 * this server, styles from it and, on a page, those with the page's nonce;
 * no inline styles otherwise.  Returns OUT. */
const char *web_csp(const struct web_response *resp, char *out, size_t len);

/* Appends S HTML-escaped (& < > " ') to OUT. */
struct buf;
void web_escape(struct buf *out, const char *s);

/* Serves W on HOST:PORT (PORT 0: any free port) with THREADS threads
 * answering the concurrent requests and one more answering the others in
 * turn, until SIGINT or SIGTERM; prints the URL to stdout once listening.
 * Returns 0, or -errno with a message on stderr when it cannot listen. */
int web_serve(struct web *w, const char *host, int port, unsigned threads);

#endif

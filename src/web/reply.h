/* What every answer of the web app is made of: the response struct, the
 * helpers that fill it (a body, a JSON error, a page's HTML), the headers
 * every response carries (Content-Security-Policy with a page's nonce) and
 * HTML escaping.  The route handlers (api.c, page.c) and the server glue
 * (server.c) use it; it uses nothing else of src/web. */
#ifndef IDIOM_WEB_REPLY_H
#define IDIOM_WEB_REPLY_H
#include <stddef.h>
#include "util/buf.h"

/* A page's Content-Security-Policy nonce: 18 random bytes in base64. */
#define WEB_NONCE_LEN 24
/* A Set-Cookie value: the session's 43-character token and its attributes. */
#define WEB_COOKIE_MAX 192

struct web_response {
	int status;
	const char *type;	/* Content-Type */
	char *body;		/* owned unless static_body */
	size_t len;
	int static_body;
	char allow[32];		/* Allow header for 405 ("GET, HEAD"), else "" */
	/* An HTML page's own nonce: its <style> elements (CodeMirror's theme)
	 * carry it and its CSP allows them; "" for anything else. */
	char nonce[WEB_NONCE_LEN + 1];
	/* Cohort servers: a Set-Cookie value ("" none), a redirect target
	 * (static; NULL none) and Retry-After seconds (0 none). */
	char set_cookie[WEB_COOKIE_MAX];
	const char *location;
	int retry_after;
};

/* Fills RESP with BODY's bytes (taken: BODY is left empty) as TYPE and
 * STATUS. */
void web_reply(struct web_response *resp, int status, const char *type, struct buf *body);

/* {"error": MESSAGE} with STATUS. */
void web_reply_error(struct web_response *resp, int status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* The answer when memory ran out on the request path: 503 with a static
 * body, so giving it allocates nothing.  Any body RESP held is released. */
void web_reply_no_memory(struct web_response *resp);

/* Releases RESP's body (unless static) and leaves RESP answerable again. */
void web_response_release(struct web_response *resp);

/* Fills OUT with a fresh random nonce for a page's CSP (see web_csp).
 * Returns 0, or -EIO when the system has no randomness to give. */
int web_nonce(char out[WEB_NONCE_LEN + 1]);

/* Headers every response carries besides its CSP: NULL-terminated name,
 * value pairs. */
extern const char *const web_security_headers[];

/* RESP's Content-Security-Policy, written into OUT[len]: scripts only from
 * this server, styles from it and, on a page, those with the page's nonce;
 * no inline styles otherwise.  Returns OUT. */
const char *web_csp(const struct web_response *resp, char *out, size_t len);

/* Appends S HTML-escaped (& < > " ') to OUT. */
void web_escape(struct buf *out, const char *s);

/* Fills RESP with J as compact JSON and STATUS; takes J. */
typedef struct json_t json_t;
void web_reply_json(struct web_response *resp, int status, json_t *j);

#endif

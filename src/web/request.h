/* A request as the web app sees it, independent of the HTTP library, and
 * the checks every request passes before any route sees it: Host and Origin
 * (no cross-site or DNS-rebinding request reaches the API) and the JSON
 * content type of a POST.  Uses nothing else of src/web. */
#ifndef IDIOM_WEB_REQUEST_H
#define IDIOM_WEB_REQUEST_H
#include <stddef.h>

struct web_request {
	const char *method;		/* "GET", "POST"... */
	const char *path;		/* "/lessons/04", without the query */
	const char *sort;		/* the query's sort= argument; NULL when absent */
	const char *host;		/* Host header; NULL when absent */
	const char *origin;		/* Origin header; NULL when absent */
	const char *fetch_site;		/* Sec-Fetch-Site; NULL when absent */
	const char *content_type;	/* NULL when absent */
	const char *cookie;		/* Cookie header; NULL when absent */
	const char *forwarded_proto;	/* X-Forwarded-Proto; NULL when absent */
	const char *csrf;		/* X-CSRF-Token; NULL when absent (web/csrf.h) */
	const char *address;		/* the client's address as text; NULL: unknown */
	const char *body;		/* NULL when none */
	size_t body_len;
	int body_too_large;		/* the body passed IDIOM_BODY_MAX (413) */
	int out_of_memory;		/* the server could not hold the body (503) */
};

/* The methods the web app knows, as bits so a route can allow several. */
enum web_method {
	WEB_GET = 1 << 0,
	WEB_HEAD = 1 << 1,
	WEB_POST = 1 << 2,
};

/* The bit of METHOD ("GET"...), or 0 for any other method. */
unsigned web_method_of(const char *method);

/* Writes the methods of MASK as an Allow header ("GET, HEAD, POST") into
 * OUT[len]; returns OUT. */
const char *web_methods_text(unsigned mask, char *out, size_t len);

/* NULL when REQ may proceed to a server on PORT, else the sentence that
 * says why it is refused (a static string).  ANY_HOST (a cohort server,
 * reached by its public name): any Host is accepted, and Origin, when sent,
 * must be that Host over http or https. */
const char *web_request_refusal(const struct web_request *req, int port, int any_host);

/* The value of cookie NAME in REQ's Cookie header into OUT[len]; returns 0,
 * or -ENOENT when absent or longer than LEN - 1. */
int web_request_cookie(const struct web_request *req, const char *name, char *out, size_t len);

#endif

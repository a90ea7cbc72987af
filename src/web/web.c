/* Routing and the request checks every route shares: method, Host and
 * Origin (no cross-site or DNS-rebinding requests reach the API), body cap,
 * and the static assets baked into the binary.  See web.h. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include "embedded.h"
#include "util/jsonw.h"
#include "util/xalloc.h"
#include "web/routes.h"
#include "util/banned.h"

const char *const web_security_headers[] = {
	"X-Content-Type-Options", "nosniff",
	"X-Frame-Options", "DENY",
	"Referrer-Policy", "no-referrer",
	"Cross-Origin-Resource-Policy", "same-origin",
	NULL,
};

const char *web_csp(const struct web_response *resp, char *out, size_t len)
{
	snprintf(out, len, "default-src 'none'; script-src 'self'; style-src 'self'%s%s%s; "
		 "img-src 'self' data:; connect-src 'self'; font-src 'self'; "
		 "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
		 resp->nonce[0] ? " 'nonce-" : "", resp->nonce, resp->nonce[0] ? "'" : "");
	return out;
}

int web_nonce(char out[WEB_NONCE_LEN + 1])
{
	static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	unsigned char raw[WEB_NONCE_LEN / 4 * 3];

	if (getrandom(raw, sizeof(raw), 0) != (ssize_t)sizeof(raw))
		return -EIO;
	for (size_t i = 0, o = 0; i < sizeof(raw); i += 3) {
		unsigned v = (unsigned)raw[i] << 16 | (unsigned)raw[i + 1] << 8 | raw[i + 2];

		out[o++] = b64[v >> 18 & 63];
		out[o++] = b64[v >> 12 & 63];
		out[o++] = b64[v >> 6 & 63];
		out[o++] = b64[v & 63];
	}
	out[WEB_NONCE_LEN] = '\0';
	return 0;
}

static void quick_free(void *a)
{
	grader_free(a);
}

/* As xmalloc does for memory: the process cannot go on without these. */
static void thread_state_failed(const char *what)
{
	fprintf(stderr, "idiom: cannot create %s for the web server's threads\n", what);
	exit(2);
}

struct web *web_new(const struct course *course, struct store *store, const char *home)
{
	struct web *w = xcalloc(1, sizeof(*w));

	w->course = course;
	w->store = store;
	w->home = home ? xstrdup(home) : NULL;
	w->full = grader_new(course, 0);
	if (pthread_key_create(&w->quick_key, quick_free) != 0)
		thread_state_failed("a thread-local key");
	pthread_mutex_init(&w->pages_lock, NULL);
	w->lesson_pages = xcalloc(course->count + 1, sizeof(*w->lesson_pages));
	return w;
}

void web_free(struct web *w)
{
	if (!w)
		return;
	grader_free(w->full);
	/* Other threads' assessors went with their threads (quick_free). */
	grader_free(pthread_getspecific(w->quick_key));
	pthread_key_delete(w->quick_key);
	pthread_mutex_destroy(&w->pages_lock);
	for (size_t i = 0; i < w->course->count; i++)
		free(w->lesson_pages[i].html);
	free(w->lesson_pages);
	free(w->home);
	free(w);
}

struct grader *web_quick_assessor(struct web *w)
{
	struct grader *a = pthread_getspecific(w->quick_key);

	if (!a) {
		a = grader_new(w->course, GRADER_STATIC_ONLY);
		if (pthread_setspecific(w->quick_key, a) != 0)
			thread_state_failed("a thread's assessor");
	}
	return a;
}

void web_set_port(struct web *w, int port)
{
	w->port = port;
}

void web_escape(struct buf *out, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': buf_puts(out, "&amp;"); break;
		case '<': buf_puts(out, "&lt;"); break;
		case '>': buf_puts(out, "&gt;"); break;
		case '"': buf_puts(out, "&quot;"); break;
		case '\'': buf_puts(out, "&#39;"); break;
		default: buf_putc(out, *s);
		}
	}
}

void web_reply(struct web_response *resp, int status, const char *type, struct buf *body)
{
	resp->status = status;
	resp->type = type;
	resp->len = body->len;
	resp->body = buf_detach(body);
	resp->static_body = 0;
}

void web_reply_error(struct web_response *resp, int status, const char *fmt, ...)
{
	struct buf b = BUF_INIT, msg = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(&msg, fmt, ap);
	va_end(ap);
	buf_puts(&b, "{\"error\":");
	jsonw_string(&b, buf_str(&msg));
	buf_putc(&b, '}');
	buf_free(&msg);
	web_reply(resp, status, "application/json", &b);
}

void web_response_release(struct web_response *resp)
{
	if (!resp->static_body)
		free(resp->body);
	resp->body = NULL;
}

struct lesson *web_find_lesson(struct web *w, const char *name)
{
	if (!name[0] || strlen(name) > 64 || strchr(name, '/'))
		return NULL;
	return course_find(w->course, name);
}

/* Host must name this server: a page from another site that resolves its
 * own name to 127.0.0.1 (DNS rebinding) sends its own name. */
static int host_allowed(const struct web *w, const char *host)
{
	static const char *const names[] = { "127.0.0.1", "localhost", "[::1]", NULL };
	char want[64];

	if (!host)
		return 0;
	for (int i = 0; names[i]; i++) {
		snprintf(want, sizeof(want), "%s:%d", names[i], w->port);
		if (strcmp(host, want) == 0 || (w->port == 80 && strcmp(host, names[i]) == 0))
			return 1;
	}
	return 0;
}

/* Returns NULL when REQ may proceed, else why it is refused. */
static const char *refusal(const struct web *w, const struct web_request *req, int is_post)
{
	char want[300];

	if (!host_allowed(w, req->host))
		return "this server answers only to 127.0.0.1 and localhost";
	if (req->fetch_site && strcmp(req->fetch_site, "cross-site") == 0)
		return "cross-site requests are refused";
	if (req->origin) {
		snprintf(want, sizeof(want), "http://%s", req->host);
		if (strcmp(req->origin, want) != 0)
			return "cross-origin requests are refused";
	}
	/* A cross-site form cannot send application/json without a CORS
	 * preflight, which this server never grants. */
	if (is_post && (!req->content_type ||
			strncmp(req->content_type, "application/json", 16) != 0))
		return "POST bodies must be application/json";
	return NULL;
}

static const struct {
	const char *path;	/* under /assets/ */
	const char *name;	/* embedded name */
	const char *type;
} assets[] = {
	{ "app.js", "build/web/app.js", "text/javascript; charset=utf-8" },
	{ "app.css", "src/web/app.css", "text/css; charset=utf-8" },
};

/* Assets are looked up by exact name in a fixed table: no path ever reaches
 * the file system, so there is nothing to traverse. */
static void serve_asset(const char *name, struct web_response *resp)
{
	for (size_t i = 0; i < sizeof(assets) / sizeof(assets[0]); i++) {
		const struct embedded_file *f;

		if (strcmp(name, assets[i].path) != 0 || !(f = embedded_find(assets[i].name)))
			continue;
		resp->status = 200;
		resp->type = assets[i].type;
		resp->body = (char *)f->data;
		resp->len = f->len;
		resp->static_body = 1;
		return;
	}
	web_reply_error(resp, 404, "no such asset");
}

static int lesson_index(const struct web *w, const struct lesson *l)
{
	for (size_t i = 0; i < w->course->count; i++)
		if (w->course->lessons[i] == l)
			return (int)i;
	return -1;
}

static void route_get(struct web *w, const char *path, struct web_response *resp)
{
	struct lesson *l;

	if (strcmp(path, "/") == 0)
		page_catalogue(w, resp);
	else if (strcmp(path, "/progress") == 0)
		page_progress(w, resp);
	else if (strncmp(path, "/assets/", 8) == 0)
		serve_asset(path + 8, resp);
	else if (strcmp(path, "/api/lessons") == 0)
		api_lessons(w, resp);
	else if (strcmp(path, "/api/progress") == 0)
		api_progress(w, resp);
	else if (strncmp(path, "/api/lessons/", 13) == 0)
		(l = web_find_lesson(w, path + 13)) ? api_lesson(w, l, resp)
			: web_reply_error(resp, 404, "no lesson '%.64s'", path + 13);
	else if (strncmp(path, "/lessons/", 9) == 0 && (l = web_find_lesson(w, path + 9)))
		page_lesson(w, (size_t)lesson_index(w, l), resp);
	else
		web_reply_error(resp, 404, "no page at %.200s", path);
}

static void route_post(struct web *w, const struct web_request *req, struct web_response *resp)
{
	if (strcmp(req->path, "/api/check") == 0)
		api_check(w, req, 0, resp);
	else if (strcmp(req->path, "/api/hints") == 0)
		api_check(w, req, 1, resp);
	else if (strcmp(req->path, "/api/hint") == 0)
		api_hint(w, req, resp);
	else
		web_reply_error(resp, 404, "no API at %.200s", req->path);
}

int web_concurrent(const struct web_request *req)
{
	if (strcmp(req->method, "GET") == 0 || strcmp(req->method, "HEAD") == 0)
		return strncmp(req->path, "/assets/", 8) == 0 || strncmp(req->path, "/lessons/", 9) == 0;
	if (strcmp(req->method, "POST") == 0)
		return strcmp(req->path, "/api/hints") == 0;
	return 1;
}

void web_handle(struct web *w, const struct web_request *req, struct web_response *resp)
{
	int get = strcmp(req->method, "GET") == 0 || strcmp(req->method, "HEAD") == 0;
	int post = strcmp(req->method, "POST") == 0;
	const char *why;

	memset(resp, 0, sizeof(*resp));
	if (!get && !post) {
		web_reply_error(resp, 405, "method %.16s not allowed", req->method);
		resp->allow = "GET, HEAD, POST";
	} else if ((why = refusal(w, req, post)) != NULL) {
		web_reply_error(resp, 403, "%s", why);
	} else if (req->body_too_large) {
		web_reply_error(resp, 413, "request body larger than %d KiB", WEB_BODY_MAX / 1024);
	} else if (get) {
		route_get(w, req->path, resp);
	} else {
		route_post(w, req, resp);
	}
}

/* The web app's front door: creates and frees its state, and answers one
 * request: the route table's lookup (404, 405 with Allow), the checks every
 * request passes (Host, Origin, content type: 403), the body cap (413) and
 * out of memory (503), then the route's handler.  See web.h. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "util/limits.h"
#include "util/xalloc.h"
#include "web/app.h"
#include "web/web.h"
#include "util/banned.h"

static void quick_free(void *a)
{
	grader_free(a);
}

int web_new(const struct course *course, struct store *store, const char *home,
	    struct web **out, struct error *e)
{
	struct web *w = xcalloc(1, sizeof(*w));
	int rc;

	*out = NULL;
	if ((rc = pthread_key_create(&w->quick_key, quick_free)) != 0) {
		free(w);
		return error_set(e, -rc, "cannot make a thread-local key for the web server: %s",
				 strerror(rc));
	}
	w->course = course;
	w->store = store;
	w->home = home ? xstrdup(home) : NULL;
	w->full = grader_new(course, 0);
	pthread_mutex_init(&w->pages_lock, NULL);
	w->lesson_pages = xcalloc(course->count + 1, sizeof(*w->lesson_pages));
	*out = w;
	return 0;
}

void web_free(struct web *w)
{
	if (!w)
		return;
	grader_free(w->full);
	/* Other threads' graders went with their threads (quick_free). */
	grader_free(pthread_getspecific(w->quick_key));
	pthread_key_delete(w->quick_key);
	pthread_mutex_destroy(&w->pages_lock);
	for (size_t i = 0; i < w->course->count; i++)
		free(w->lesson_pages[i].html);
	free(w->lesson_pages);
	free(w->home);
	free(w);
}

void web_set_port(struct web *w, int port)
{
	w->port = port;
}

enum web_thread web_thread_for(const struct web_request *req)
{
	struct route_match m;

	routes_find(req->method, req->path, &m);
	return m.route ? m.route->thread : WEB_POOL;
}

/* No route for the method and path: 404, or 405 naming the methods the
 * path allows. */
static void no_route(const struct web_request *req, const struct route_match *m,
		     struct web_response *resp)
{
	if (!m->allow) {
		web_reply_error(resp, 404, "no %s at %.200s",
				strncmp(req->path, "/api/", 5) == 0 ? "API" : "page", req->path);
		return;
	}
	web_reply_error(resp, 405, "method %.16s not allowed here", req->method);
	web_methods_text(m->allow, resp->allow, sizeof(resp->allow));
}

void web_handle(struct web *w, const struct web_request *req, struct web_response *resp)
{
	struct route_match m;
	const char *why;

	memset(resp, 0, sizeof(*resp));
	routes_find(req->method, req->path, &m);
	if (!m.route && m.allow)
		no_route(req, &m, resp);
	else if ((why = web_request_refusal(req, w->port)) != NULL)
		web_reply_error(resp, 403, "%s", why);
	else if (req->out_of_memory)
		web_reply_no_memory(resp);
	else if (req->body_too_large)
		web_reply_error(resp, 413, "request body larger than %d KiB", IDIOM_BODY_MAX / 1024);
	else if (!m.route)
		no_route(req, &m, resp);
	else
		m.route->handle(w, req, m.param, resp);
}

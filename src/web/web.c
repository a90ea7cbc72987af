/* The web app's front door: creates and frees its state, and answers one
 * request: the route table's lookup (404, 405 with Allow), the checks every
 * request passes (Host, Origin, content type: 403), the body cap (413) and
 * out of memory (503), then the route's handler.  See web.h. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "util/limits.h"
#include "util/xalloc.h"
#include "cohort/schema.h"
#include "web/app.h"
#include "web/page.h"
#include "web/session.h"
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

static void db_free(void *db)
{
	pg_db_close(db);
}

int web_cohort_enable(struct web *w, const char *url, const struct web_cohort_options *opt,
		      struct error *e)
{
	struct web_cohort *c;
	struct pg_db *db;
	int rc;

	/* Connects and migrates both schemas once, before serving. */
	if ((rc = cohort_db_open(url, &db, e)) < 0)
		return rc;
	pg_db_close(db);
	c = xcalloc(1, sizeof(*c));
	if ((rc = pthread_key_create(&c->db_key, db_free)) != 0) {
		free(c);
		return error_set(e, -rc, "cannot make a thread-local key: %s", strerror(rc));
	}
	c->url = xstrdup(url);
	c->secure = opt && opt->secure;
	c->trust_proxy = opt && opt->trust_proxy;
	w->cohort = c;
	return 0;
}

static void cohort_free(struct web_cohort *c)
{
	if (!c)
		return;
	pg_db_close(pthread_getspecific(c->db_key));
	pthread_key_delete(c->db_key);
	free(c->url);
	free(c);
}

void web_free(struct web *w)
{
	if (!w)
		return;
	cohort_free(w->cohort);
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

enum web_thread web_thread_for(const struct web *w, const struct web_request *req)
{
	struct route_match m;

	routes_find(req->method, req->path, &m);
	if (!m.route)
		return WEB_POOL;
	if (m.route->thread == WEB_STORE_READ)
		return w->cohort ? WEB_POOL : WEB_LANE;
	return m.route->thread;
}

/* No route for the method and path: 404, or 405 naming the methods the
 * path allows. */
static void no_route(struct web *w, const struct web_request *req, const struct route_match *m,
		     struct web_response *resp)
{
	int page = strncmp(req->path, "/api/", 5) != 0 &&
		   (strcmp(req->method, "GET") == 0 || strcmp(req->method, "HEAD") == 0);

	if (!m->allow && page) {
		page_not_found(w, req->path, resp);
		return;
	}
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
		no_route(w, req, &m, resp);
	else if ((why = web_request_refusal(req, w->port, w->cohort != NULL)) != NULL)
		web_reply_error(resp, 403, "%s", why);
	else if (req->out_of_memory)
		web_reply_no_memory(resp);
	else if (req->body_too_large)
		web_reply_error(resp, 413, "request body larger than %d KiB", IDIOM_BODY_MAX / 1024);
	else if (!m.route)
		no_route(w, req, &m, resp);
	else if (web_session_open(w, req, m.route->access, resp) == 0) {
		m.route->handle(w, req, m.param, resp);
		web_session_close();
	}
}

/* The route table and the small handlers that adapt a route's parameter
 * (a lesson name, an asset name) to the page and API handlers.  See
 * routes.h. */
#include <string.h>
#include "embedded.h"
#include "web/api.h"
#include "web/app.h"
#include "web/cohort_api.h"
#include "web/cohort_learner.h"
#include "web/cohort_page.h"
#include "web/cohort_review.h"
#include "web/cohort_review_page.h"
#include "web/page.h"
#include "web/reply.h"
#include "web/request.h"
#include "web/routes.h"
#include "util/banned.h"

#define READ (WEB_GET | WEB_HEAD)

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
static void get_asset(struct web *w, const struct web_request *req, const char *name,
		      struct web_response *resp)
{
	for (size_t i = 0; i < sizeof(assets) / sizeof(assets[0]); i++) {
		const struct embedded_file *f;

		if (strcmp(name, assets[i].path) != 0 || !(f = embedded_find(assets[i].name)))
			continue;
		web_response_release(resp);
		resp->status = 200;
		resp->type = assets[i].type;
		resp->body = (char *)f->data;
		resp->len = f->len;
		resp->static_body = 1;
		return;
	}
	web_reply_error(resp, 404, "no such asset");
}

static void get_catalogue(struct web *w, const struct web_request *req, const char *param,
			  struct web_response *resp)
{
	page_catalogue(w, resp);
}

static void get_progress_page(struct web *w, const struct web_request *req, const char *param,
			      struct web_response *resp)
{
	page_progress(w, resp);
}

static void get_lesson_page(struct web *w, const struct web_request *req, const char *name,
			    struct web_response *resp)
{
	struct lesson *l = web_find_lesson(w, name);

	if (l)
		page_lesson(w, (size_t)web_lesson_index(w, l), resp);
	else
		page_not_found(w, req->path, resp);
}

static void get_lessons(struct web *w, const struct web_request *req, const char *param,
			struct web_response *resp)
{
	api_lessons(w, resp);
}

static void get_lesson(struct web *w, const struct web_request *req, const char *name,
		       struct web_response *resp)
{
	struct lesson *l = web_find_lesson(w, name);

	if (l)
		api_lesson(w, l, resp);
	else
		web_reply_error(resp, 404, "no lesson '%.64s'", name);
}

static void get_progress(struct web *w, const struct web_request *req, const char *param,
			 struct web_response *resp)
{
	api_progress(w, resp);
}

static void post_check(struct web *w, const struct web_request *req, const char *param,
		       struct web_response *resp)
{
	api_check(w, req, API_CHECK_RECORD, resp);
}

/* The full check while the learner types: nothing recorded or saved. */
static void post_preview(struct web *w, const struct web_request *req, const char *param,
			 struct web_response *resp)
{
	api_check(w, req, API_CHECK_PREVIEW, resp);
}

/* The thread's own grader is made here first, so that a thread that
 * cannot keep one fails this request only. */
static void post_hints(struct web *w, const struct web_request *req, const char *param,
		       struct web_response *resp)
{
	if (!web_quick_grader(w))
		web_reply_no_memory(resp);
	else
		api_check(w, req, API_CHECK_STATIC, resp);
}

static void post_hint(struct web *w, const struct web_request *req, const char *param,
		      struct web_response *resp)
{
	api_hint(w, req, resp);
}

static void post_draft(struct web *w, const struct web_request *req, const char *param,
		       struct web_response *resp)
{
	api_draft(w, req, resp);
}

static void post_run(struct web *w, const struct web_request *req, const char *param,
		     struct web_response *resp)
{
	api_run(w, req, resp);
}

static void post_login(struct web *w, const struct web_request *req, const char *param,
		       struct web_response *resp)
{
	cohort_api_login(w, req, resp);
}

static void post_logout(struct web *w, const struct web_request *req, const char *param,
			struct web_response *resp)
{
	cohort_api_logout(w, req, resp);
}

static void post_signup(struct web *w, const struct web_request *req, const char *param,
			struct web_response *resp)
{
	cohort_api_signup(w, req, resp);
}

static void post_cohorts(struct web *w, const struct web_request *req, const char *param,
			 struct web_response *resp)
{
	cohort_api_create(w, req, resp);
}

static void get_cohort(struct web *w, const struct web_request *req, const char *param,
		       struct web_response *resp)
{
	cohort_api_cohort(w, req, param, resp);
}

static void get_login_page(struct web *w, const struct web_request *req, const char *param,
			   struct web_response *resp)
{
	cohort_page_login(w, resp);
}

static void get_signup_page(struct web *w, const struct web_request *req, const char *param,
			    struct web_response *resp)
{
	cohort_page_signup(w, resp);
}

static void get_cohorts_page(struct web *w, const struct web_request *req, const char *param,
			     struct web_response *resp)
{
	cohort_page_cohorts(w, resp);
}

static void get_cohort_page(struct web *w, const struct web_request *req, const char *param,
			    struct web_response *resp)
{
	cohort_page_gradebook(w, req, param, resp);
}

/* ---- a learner's page, reset links, import (cohort_learner.h) ---- */

static void learner_api(struct web *w, const struct web_request *req, const char *param,
			struct web_response *resp)
{
	cohort_learner_api(w, req, param, resp);
}

static void get_learner_page(struct web *w, const struct web_request *req, const char *param,
			     struct web_response *resp)
{
	cohort_learner_page(w, req, param, resp);
}

static void post_reset(struct web *w, const struct web_request *req, const char *param,
		       struct web_response *resp)
{
	cohort_reset_api(w, req, resp);
}

static void get_reset_page(struct web *w, const struct web_request *req, const char *param,
			   struct web_response *resp)
{
	cohort_reset_page(w, resp);
}

static void post_import(struct web *w, const struct web_request *req, const char *param,
			struct web_response *resp)
{
	cohort_import_api(w, req, resp);
}

static void get_import_page(struct web *w, const struct web_request *req, const char *param,
			    struct web_response *resp)
{
	cohort_import_page(w, resp);
}

static void get_health(struct web *w, const struct web_request *req, const char *param,
		       struct web_response *resp)
{
	cohort_api_health(w, resp);
}

/* ---- answer review (cohort_review.h): shapes, comments, overrides ---- */

static void review_shapes(struct web *w, const struct web_request *req, const char *param,
			  struct web_response *resp)
{
	cohort_review_shapes(w, req, param, resp);
}

static void review_override(struct web *w, const struct web_request *req, const char *param,
			    struct web_response *resp)
{
	cohort_review_override(w, req, resp);
}

static void review_export(struct web *w, const struct web_request *req, const char *param,
			  struct web_response *resp)
{
	cohort_review_export(w, req, resp);
}

static void review_mine(struct web *w, const struct web_request *req, const char *param,
			struct web_response *resp)
{
	cohort_review_mine(w, req, param, resp);
}

static void review_shapes_page(struct web *w, const struct web_request *req, const char *param,
			       struct web_response *resp)
{
	cohort_review_page(w, req, param, resp);
}

/* The pool answers whatever does not run the grader or write the local
 * store, so pages and the gradebook never wait behind checks; sign-up and
 * sign-in (Argon2id: 0.1-0.2 s each, seconds in a wave) have a lane of
 * their own, so hints never wait behind them either.  Each thread has its
 * own PostgreSQL connection, so a cohort server answers what only reads a
 * learner's records (WEB_STORE_READ) on the pool too: the lesson API in an
 * arrival wave never waits behind checks. */
static const struct route table[] = {
	{ READ, "/", get_catalogue, WEB_STORE_READ, WEB_LEARNER },
	{ READ, "/progress", get_progress_page, WEB_STORE_READ, WEB_LEARNER },
	{ READ, "/lessons/*", get_lesson_page, WEB_POOL, WEB_SIGNED_IN },
	{ READ, "/assets/*", get_asset, WEB_POOL, WEB_ANYONE },
	{ READ, "/api/lessons", get_lessons, WEB_STORE_READ, WEB_LEARNER },
	{ READ, "/api/lessons/*", get_lesson, WEB_STORE_READ, WEB_LEARNER },
	{ READ, "/api/progress", get_progress, WEB_STORE_READ, WEB_LEARNER },
	{ WEB_POST, "/api/check", post_check, WEB_LANE, WEB_LEARNER },
	{ WEB_POST, "/api/hints", post_hints, WEB_POOL, WEB_SIGNED_IN },
	{ WEB_POST, "/api/preview", post_preview, WEB_LANE, WEB_LEARNER },
	{ WEB_POST, "/api/hint", post_hint, WEB_LANE, WEB_LEARNER },
	{ WEB_POST, "/api/draft", post_draft, WEB_LANE, WEB_LEARNER },
	{ WEB_POST, "/api/run", post_run, WEB_LANE, WEB_LEARNER },
	{ WEB_POST, "/api/login", post_login, WEB_PASSWORDS, WEB_COHORT_ANYONE },
	{ WEB_POST, "/api/logout", post_logout, WEB_POOL, WEB_COHORT_SIGNED_IN },
	{ WEB_POST, "/api/signup", post_signup, WEB_PASSWORDS, WEB_COHORT_ANYONE },
	{ WEB_POST, "/api/cohorts", post_cohorts, WEB_POOL, WEB_COHORT_TEACHER },
	{ READ | WEB_POST, "/api/cohorts/*", get_cohort, WEB_POOL, WEB_COHORT_TEACHER },
	{ READ, "/login", get_login_page, WEB_POOL, WEB_COHORT_ANYONE },
	{ READ, "/signup", get_signup_page, WEB_POOL, WEB_COHORT_ANYONE },
	{ READ, "/cohorts", get_cohorts_page, WEB_POOL, WEB_COHORT_TEACHER },
	{ READ, "/cohorts/*", get_cohort_page, WEB_POOL, WEB_COHORT_TEACHER },
	{ READ, "/healthz", get_health, WEB_POOL, WEB_COHORT_ANYONE },
	/* A learner's page, reset links, import: each handler checks whose. */
	{ READ | WEB_POST, "/api/learners/*", learner_api, WEB_POOL, WEB_COHORT_SIGNED_IN },
	{ READ, "/learners/*", get_learner_page, WEB_POOL, WEB_COHORT_SIGNED_IN },
	{ WEB_POST, "/api/reset", post_reset, WEB_PASSWORDS, WEB_COHORT_ANYONE },
	{ READ, "/reset", get_reset_page, WEB_POOL, WEB_COHORT_ANYONE },
	{ WEB_POST, "/api/import", post_import, WEB_POOL, WEB_COHORT_SIGNED_IN },
	{ READ, "/import", get_import_page, WEB_POOL, WEB_COHORT_SIGNED_IN },
	/* answer review */
	{ READ | WEB_POST, "/api/shapes/*", review_shapes, WEB_POOL, WEB_COHORT_TEACHER },
	{ WEB_POST, "/api/overrides", review_override, WEB_POOL, WEB_COHORT_TEACHER },
	{ WEB_POST, "/api/examples/export", review_export, WEB_POOL, WEB_COHORT_TEACHER },
	{ READ, "/api/review/*", review_mine, WEB_POOL, WEB_LEARNER },
	{ READ, "/shapes/*", review_shapes_page, WEB_POOL, WEB_COHORT_TEACHER },
};

#define ROUTE_COUNT (sizeof(table) / sizeof(table[0]))

/* What PATH gives the '*' of PATTERN; NULL when PATH does not match. */
static const char *match(const char *pattern, const char *path, int *matched)
{
	size_t n = strlen(pattern);

	*matched = 0;
	if (n && pattern[n - 1] == '*') {
		if (strncmp(path, pattern, n - 1) != 0)
			return NULL;
		*matched = 1;
		return path + n - 1;
	}
	*matched = strcmp(path, pattern) == 0;
	return NULL;
}

void routes_find(const char *method, const char *path, struct route_match *m)
{
	unsigned bit = web_method_of(method);

	memset(m, 0, sizeof(*m));
	for (size_t i = 0; path && i < ROUTE_COUNT; i++) {
		int matched;
		const char *param = match(table[i].pattern, path, &matched);

		if (!matched)
			continue;
		m->allow |= table[i].methods;
		if (!m->route && (table[i].methods & bit)) {
			m->route = &table[i];
			m->param = param;
		}
	}
}

const struct route *routes_table(size_t *count)
{
	*count = ROUTE_COUNT;
	return table;
}

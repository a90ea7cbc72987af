/* What the route handlers of the web app share (web.c routes, api.c answers
 * JSON, page.c renders HTML).  Internal to src/web/. */
#ifndef IDIOM_WEB_ROUTES_H
#define IDIOM_WEB_ROUTES_H
#include <pthread.h>
#include "grade/grade.h"
#include "util/buf.h"
#include "web/web.h"

/* A lesson page as rendered once: each response copies it and writes its
 * own nonce over the placeholder at NONCE_AT. */
struct cached_page {
	char *html;	/* NULL until first asked for */
	size_t len;
	size_t nonce_at;
};

struct web {
	const struct course *course;
	struct store *store;
	char *home;
	int port;
	struct grader *full;		/* Check: static, concepts, behaviour */
	pthread_key_t quick_key;	/* live hints: each thread's static-only assessor */
	pthread_mutex_t pages_lock;	/* guards lesson_pages */
	struct cached_page *lesson_pages;	/* rendered once per lesson, by index */
};

/* This thread's static-only assessor for live hints (see web_concurrent). */
struct grader *web_quick_assessor(struct web *w);

/* Fills RESP with BODY (taken) as TYPE and STATUS. */
void web_reply(struct web_response *resp, int status, const char *type, struct buf *body);
/* {"error": MESSAGE} with STATUS. */
void web_reply_error(struct web_response *resp, int status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Fills OUT with a fresh random nonce for a page's CSP (see web_csp).
 * Returns 0, or -errno when the system has no randomness to give. */
int web_nonce(char out[WEB_NONCE_LEN + 1]);

/* The lesson named by NAME ("04", "4", "async"), or NULL. */
struct lesson *web_find_lesson(struct web *w, const char *name);

/* JSON API (api.c). */
void api_lessons(struct web *w, struct web_response *resp);
void api_lesson(struct web *w, const struct lesson *l, struct web_response *resp);
void api_check(struct web *w, const struct web_request *req, int quick, struct web_response *resp);
void api_hint(struct web *w, const struct web_request *req, struct web_response *resp);
void api_progress(struct web *w, struct web_response *resp);
/* {"lessons": [...], "failing": [{"criterion", "count"}]}; you own it. */
typedef struct json_t json_t;
json_t *api_progress_json(struct web *w);

/* HTML pages (page.c). */
void page_catalogue(struct web *w, struct web_response *resp);
void page_lesson(struct web *w, size_t index, struct web_response *resp);
void page_progress(struct web *w, struct web_response *resp);

/* The learner's current answer for exercise KIND of L: the workspace file,
 * else the starter, else "".  You own it. */
char *web_current_answer(struct web *w, const struct lesson *l, enum exercise_kind kind);

#endif

/* The JSON API's handlers (api.c): each answers one route of routes.c into
 * RESP.  The router calls them; they call nothing of the router. */
#ifndef IDIOM_WEB_API_H
#define IDIOM_WEB_API_H
#include "web/app.h"
#include "web/reply.h"
#include "web/request.h"

void api_lessons(struct web *w, struct web_response *resp);
void api_lesson(struct web *w, const struct lesson *l, struct web_response *resp);
/* What a POST of an answer does: API_CHECK_RECORD grades fully, records the
 * attempt and saves the answer (POST /api/check); API_CHECK_STATIC runs the
 * static rules only (live hints, POST /api/hints); API_CHECK_PREVIEW grades
 * fully, behaviour included, and records and saves nothing (the verdict
 * while typing, POST /api/preview).  The reply is the report either way. */
enum api_check_mode { API_CHECK_RECORD, API_CHECK_STATIC, API_CHECK_PREVIEW };

void api_check(struct web *w, const struct web_request *req, enum api_check_mode mode,
	       struct web_response *resp);
void api_hint(struct web *w, const struct web_request *req, struct web_response *resp);
void api_progress(struct web *w, struct web_response *resp);
/* POST /api/draft: keeps the editor's unsaved text (not an attempt). */
void api_draft(struct web *w, const struct web_request *req, struct web_response *resp);
/* POST /api/run: runs the answer's __main__ block in the sandbox; nothing
 * is graded or recorded.  {"ran", "output", "truncated", "message", "line", "ms"} */
void api_run(struct web *w, const struct web_request *req, struct web_response *resp);
/* {"lessons": [...], "failing": [{"criterion", "count"}]}; you own it. */
typedef struct json_t json_t;
json_t *api_progress_json(struct web *w);

/* The learner's current answer for exercise KIND of L: the workspace file,
 * else the starter, else "".  You own it. */
char *web_current_answer(struct web *w, const struct lesson *l, enum exercise_kind kind);

#endif

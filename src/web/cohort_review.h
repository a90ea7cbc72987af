/* The cohort server's answer-review routes (issue 14; docs/cohort.md,
 * "Answer shapes, comments and overrides"):
 *   GET  /api/shapes/ID/LL/EXERCISE   instructor of cohort ID: the shapes
 *   POST /api/shapes/ID/LL/EXERCISE   {"shape", "comment", "csrf"}: comment
 *   POST /api/overrides               {"learner", "attempt", "criterion",
 *                                      "verdict", "comment", "csrf"}
 *   POST /api/examples/export         {"learner", "attempt", "csrf"}
 *   GET  /api/review/LL/EXERCISE      the signed-in learner: comments on
 *                                      their shape, overrides of their attempts
 *                                      (the local app: always none)
 * The router lets only instructors and admins reach the first four and
 * only learners the last; these handlers check ownership (a cohort, a
 * learner of the instructor's cohorts) and answer 403 alike whether or not
 * the cohort, learner or attempt exists. */
#ifndef IDIOM_WEB_COHORT_REVIEW_H
#define IDIOM_WEB_COHORT_REVIEW_H
#include "web/reply.h"
#include "web/request.h"

struct web;
struct lesson;
typedef struct json_t json_t;

/* The review forms send the session's CSRF token (web/csrf.h) back as
 * "csrf" in their JSON body. */

void cohort_review_shapes(struct web *w, const struct web_request *req, const char *param,
			  struct web_response *resp);
void cohort_review_override(struct web *w, const struct web_request *req,
			    struct web_response *resp);
void cohort_review_export(struct web *w, const struct web_request *req,
			  struct web_response *resp);
void cohort_review_mine(struct web *w, const struct web_request *req, const char *param,
			struct web_response *resp);

/* Where a shapes route or page points: "ID/LL/EXERCISE". */
struct review_target {
	long long cohort;
	struct lesson *lesson;
	int kind;		/* enum exercise_kind */
};
/* 0, or -1 with RESP answered 404 (a path that names nothing). */
int cohort_review_target(struct web *w, const struct web_request *req, const char *param,
			 struct review_target *t, struct web_response *resp);

/* {"cohort", "lesson", "exercise", "shapes": [{"shape", "text", "learners",
 * "verdict" (pass, fail, error or mixed), "comment"?, "answers":
 * [{"username", "attempt", "verdict", "criteria": [{"title", "status",
 * "override"?: {"verdict", "comment", "author"}}]}]}]}, the shapes most
 * learners share first; NULL with RESP answered (403, 503). */
json_t *cohort_review_shapes_json(struct web *w, const struct review_target *t,
				  struct web_response *resp);

#endif

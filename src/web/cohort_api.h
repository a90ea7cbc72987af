/* The cohort server's own routes (design.md, "Contract: cohort server"):
 * sign-in, sign-out, sign-up through an invite, cohorts, the gradebook
 * (JSON and CSV) and /healthz.  The router calls them after
 * web_session_open let the request through; they check what is theirs to
 * check (a cohort's owner).  See docs/cohort.md. */
#ifndef IDIOM_WEB_COHORT_API_H
#define IDIOM_WEB_COHORT_API_H
#include "web/reply.h"
#include "web/request.h"

struct web;

void cohort_api_login(struct web *w, const struct web_request *req, struct web_response *resp);
void cohort_api_logout(struct web *w, const struct web_request *req, struct web_response *resp);
void cohort_api_signup(struct web *w, const struct web_request *req, struct web_response *resp);
void cohort_api_create(struct web *w, const struct web_request *req, struct web_response *resp);
/* GET with PARAM "ID/gradebook" (JSON) or "ID/gradebook.csv"; POST with
 * "ID/invites" (201 {"invite"}: a new invite) or "ID/revoke" (200
 * {"revoked": N}: every live invite revoked). */
void cohort_api_cohort(struct web *w, const struct web_request *req, const char *param,
		       struct web_response *resp);
void cohort_api_health(struct web *w, struct web_response *resp);

/* The cohorts the signed-in instructor owns (an admin: every one), as
 * [{"id", "name", "learners"}]; NULL with RESP answered on a store error. */
typedef struct json_t json_t;
json_t *cohort_api_cohorts_json(struct web *w, struct web_response *resp);

/* The gradebook of COHORT as the contract's JSON; NULL with RESP answered
 * (403 when the signed-in account may not see it).  DETAIL (the
 * instructor's page) adds "name", each learner's "id", each lesson's
 * "seconds", "minutes" and "hints", and
 * "failing": [{"lesson", "exercise", "criterion", "count"}] (attempts that
 * failed it, most first per exercise). */
json_t *cohort_api_gradebook_json(struct web *w, int64_t cohort, int detail,
				  struct web_response *resp);

#endif

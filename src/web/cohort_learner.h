/* A learner's page for their instructor (issue 14): every attempt with its
 * report, oldest first per exercise, the diff between consecutive attempts,
 * the hints taken; and the routes that act on one learner's account
 * (password-reset links) or on the signed-in learner's (importing a local
 * export).  Who may see a learner is cohort_may_see_learner's answer: the
 * learner, the instructor of one of their cohorts, an admin; anyone else
 * gets 403 whether or not the learner exists.  See docs/cohort.md. */
#ifndef IDIOM_WEB_COHORT_LEARNER_H
#define IDIOM_WEB_COHORT_LEARNER_H
#include <stdint.h>
#include "web/reply.h"
#include "web/request.h"

struct web;
typedef struct json_t json_t;

/* GET "ID/attempts": the learner's attempts as JSON (see docs/cohort.md);
 * POST "ID/reset": a one-time password-reset link for the learner (201
 * {"link", "token", "expires"}), for their instructor or an admin, with
 * the page's CSRF token. */
void cohort_learner_api(struct web *w, const struct web_request *req, const char *param,
			struct web_response *resp);

/* GET /learners/ID: the page. */
void cohort_learner_page(struct web *w, const struct web_request *req, const char *param,
			 struct web_response *resp);

/* The JSON of GET /api/learners/ID/attempts, or NULL with RESP answered
 * (403 when the signed-in account may not see LEARNER). */
json_t *cohort_learner_json(struct web *w, int64_t learner, struct web_response *resp);

/* Adds "imported": N (attempts from a local export, graded on the
 * learner's machine) to the gradebook cells of ROWS (the detailed rows of
 * COHORT, with each learner's "id") that have any. */
struct pg_db;
struct error;
int cohort_learner_imported_cells(struct pg_db *db, int64_t cohort, json_t *rows,
				  struct error *e);

/* POST /api/reset {"token", "password"}: uses a reset link (anyone). */
void cohort_reset_api(struct web *w, const struct web_request *req, struct web_response *resp);
/* GET /reset?token=...: the page that sets the new password. */
void cohort_reset_page(struct web *w, struct web_response *resp);

/* POST /api/import (a signed-in learner, with the CSRF token): the body is
 * an `idiom progress --export` file, merged into the learner's history. */
void cohort_import_api(struct web *w, const struct web_request *req, struct web_response *resp);
/* GET /import: the page with the form. */
void cohort_import_page(struct web *w, struct web_response *resp);

#endif

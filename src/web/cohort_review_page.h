/* The instructor's answer-shapes page and the gradebook's links to it
 * (cohort_review_page.c); the data come from cohort_review.h. */
#ifndef IDIOM_WEB_COHORT_REVIEW_PAGE_H
#define IDIOM_WEB_COHORT_REVIEW_PAGE_H
#include "util/buf.h"
#include "web/reply.h"
#include "web/request.h"

struct web;

/* GET /shapes/COHORT/LESSON/EXERCISE: 404 for a path that names nothing,
 * 403 for a cohort that is not the signed-in instructor's. */
void cohort_review_page(struct web *w, const struct web_request *req, const char *param,
			struct web_response *resp);
/* The links to every exercise's shapes page of COHORT, for the gradebook. */
void cohort_review_links(struct web *w, long long cohort, struct buf *b);

#endif

/* The cohort server's HTML pages (cohort_page.c): sign-in and sign-up
 * (open to anyone; web/main.js posts their forms as JSON to the API), the
 * instructor's cohorts and one cohort's gradebook (an instructor or admin;
 * the gradebook 403 to anyone but the cohort's owner).  The router calls
 * them after web_session_open let the request through. */
#ifndef IDIOM_WEB_COHORT_PAGE_H
#define IDIOM_WEB_COHORT_PAGE_H
#include "web/reply.h"
#include "web/request.h"

struct web;

void cohort_page_login(struct web *w, struct web_response *resp);
void cohort_page_signup(struct web *w, struct web_response *resp);
void cohort_page_cohorts(struct web *w, struct web_response *resp);
/* PARAM: the cohort's id; REQ->sort: "name" (the default) or a lesson
 * number ("04": furthest along first). */
void cohort_page_gradebook(struct web *w, const struct web_request *req, const char *param,
			   struct web_response *resp);

#endif

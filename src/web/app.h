/* The web app's state as its route handlers see it: the course, the store,
 * the workspace, the graders (one full one for checks, one static-only
 * one per thread for live hints) and the lesson pages rendered so far.
 * web.c creates and frees it (web_new); api.c and page.c read it.  Uses
 * nothing else of src/web. */
#ifndef IDIOM_WEB_APP_H
#define IDIOM_WEB_APP_H
#include <pthread.h>
#include <stddef.h>
#include "course/course.h"
#include "grade/grade.h"
#include "store/store.h"

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
	struct web_cohort *cohort;	/* NULL: the single-learner app */
	struct grader *full;		/* Check: static, concepts, behaviour */
	pthread_key_t quick_key;	/* live hints: each thread's static-only grader */
	pthread_mutex_t pages_lock;	/* guards lesson_pages */
	struct cached_page *lesson_pages;	/* rendered once per lesson, by index */
};

/* This thread's static-only grader for live hints, made on its first
 * call; NULL when the thread cannot keep one (out of memory). */
struct grader *web_quick_grader(struct web *w);

/* The lesson named by NAME ("04", "4", "async"), or NULL. */
struct lesson *web_find_lesson(struct web *w, const char *name);

/* The index of L in the course, or -1. */
int web_lesson_index(const struct web *w, const struct lesson *l);

#endif

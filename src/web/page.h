/* The HTML pages' handlers (page.c): the catalogue, a lesson (rendered from
 * the lesson model once, then copied with each response's nonce) and the
 * progress page.  The router calls them; they call nothing of the router. */
#ifndef IDIOM_WEB_PAGE_H
#define IDIOM_WEB_PAGE_H
#include <stddef.h>
#include "web/app.h"
#include "web/reply.h"

/* Opens an HTML page in B: head, the header (on a cohort server with a
 * sign-out button; PERSONAL: the page is made for the signed-in account,
 * which the header names, else it may be kept and shown to anyone), then
 * <main>.  NONCE goes on the script; returns where in B it stands. */
size_t page_open(struct web *w, int personal, struct buf *b, const char *title,
		 const char *body_class, const char *nonce);
void page_close(struct buf *b);
/* Gives RESP, a page, its fresh nonce and returns 0; else answers 500 and
 * returns web_nonce's negative code. */
int page_nonce(struct web_response *resp);
/* Answers RESP with B's HTML, 200. */
void page_reply(struct web_response *resp, struct buf *b);

void page_catalogue(struct web *w, struct web_response *resp);
/* Lesson INDEX of the course.  Out of memory for the response's copy of the
 * page: 503 (web_reply_no_memory), the page kept for the next request. */
void page_lesson(struct web *w, size_t index, struct web_response *resp);
void page_progress(struct web *w, struct web_response *resp);

/* A 404 page for PATH (a page, not an API: the API answers JSON), with a
 * way back; the lessons' numbering for a /lessons/ path. */
void page_not_found(struct web *w, const char *path, struct web_response *resp);

#endif

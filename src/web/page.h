/* The HTML pages' handlers (page.c): the catalogue, a lesson (rendered from
 * the lesson model once, then copied with each response's nonce) and the
 * progress page.  The router calls them; they call nothing of the router. */
#ifndef IDIOM_WEB_PAGE_H
#define IDIOM_WEB_PAGE_H
#include <stddef.h>
#include "web/app.h"
#include "web/reply.h"

void page_catalogue(struct web *w, struct web_response *resp);
/* Lesson INDEX of the course.  Out of memory for the response's copy of the
 * page: 503 (web_reply_no_memory), the page kept for the next request. */
void page_lesson(struct web *w, size_t index, struct web_response *resp);
void page_progress(struct web *w, struct web_response *resp);

#endif

/* Allocation that cannot fail: on out-of-memory the CLI reports and exits.
 * (The server will use checked allocation per request instead.) */
#ifndef IDIOM_XALLOC_H
#define IDIOM_XALLOC_H
#include <stddef.h>

void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *ptr, size_t size);
/* Grows an array of N items of SIZE to hold at least NEED; updates *cap. */
void *xgrow(void *ptr, size_t *cap, size_t need, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* Returns a newly allocated formatted string; the caller owns it. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif

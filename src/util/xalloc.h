/* Allocation, with out-of-memory decided once:
 * - The CLI and everything the server's library code calls use the x*
 *   functions, which report and exit (status 2) when memory runs out.
 * - The web server must fail a request, never the process: its own
 *   allocations on the request path use the checked xtry_* functions, which
 *   return NULL, and the request is answered 503 (web.h says where).  What
 *   the library code allocates for one request is bounded by the request
 *   caps of util/limits.h.
 * A test can make checked allocations fail on purpose: xalloc_fail_after. */
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

/* Checked allocation: NULL when memory ran out (or a test said so); a
 * failed xtry_realloc leaves PTR as it was. */
void *xtry_malloc(size_t size);
void *xtry_calloc(size_t n, size_t size);
void *xtry_realloc(void *ptr, size_t size);

/* Test hook: after N more checked allocations succeed, the next one fails
 * (once; N = 0: the very next).  A negative N turns the hook off.  Safe to
 * call while other threads allocate. */
void xalloc_fail_after(long n);

#endif

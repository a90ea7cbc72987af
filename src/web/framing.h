/* What the server refuses before a request is routed: framing a proxy in
 * front could read differently from us (request smuggling), and a request
 * line or header past our own size limits.  libmicrohttpd is given a
 * larger memory pool per connection (IDIOM_WEB_MHD_POOL) than these
 * limits, so such requests reach us and get our answer, security headers
 * included; see docs/SCALING.md for those the library still answers itself. */
#ifndef IDIOM_WEB_FRAMING_H
#define IDIOM_WEB_FRAMING_H

#include <stddef.h>
#include <microhttpd.h>

/* Returns 0 when C's request (path URL) may go on, else the HTTP status to
 * answer (400, 414 or 431) with *WHY saying why (static text). */
int framing_refusal(struct MHD_Connection *c, const char *url, const char **why);

#endif

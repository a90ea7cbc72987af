/* CSRF tokens for the cohort server's forms and buttons that change state.
 * A token is derived from the session (the hex SHA-256 of a fixed label and
 * the session's token), so nothing is stored and it dies with the session;
 * a page puts it in the form (data-csrf), web/main.js sends it as the
 * X-CSRF-Token header, and the route compares it in constant time.  It is
 * a second guard: the Origin and Content-Type checks already stand. */
#ifndef IDIOM_WEB_CSRF_H
#define IDIOM_WEB_CSRF_H
#include "cohort/token.h"
#include "web/reply.h"
#include "web/request.h"

/* The signed-in session's token into OUT ("" when nobody is signed in). */
void web_csrf_token(char out[COHORT_TOKEN_HASH_SIZE]);

/* 1 if REQ carries the session's token; else 0 with RESP answered 403. */
int web_csrf_check(const struct web_request *req, struct web_response *resp);

#endif

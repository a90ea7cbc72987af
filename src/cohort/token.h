/* Secret tokens for sessions, invites and password resets: 256 random bits
 * from getrandom, written as 43 characters of URL-safe base64.  Only a
 * token's SHA-256 (as 64 hex digits) is ever stored, so a copy of the
 * database signs nobody in.  Looking a hash up by equality leaks nothing an
 * attacker can use: they cannot choose a token whose hash they want. */
#ifndef IDIOM_COHORT_TOKEN_H
#define IDIOM_COHORT_TOKEN_H
#include "util/error.h"

#define COHORT_TOKEN_BYTES 32
#define COHORT_TOKEN_SIZE 44	/* 43 characters and a NUL */
#define COHORT_TOKEN_HASH_SIZE 65

/* Fills TOKEN with a new random token.  Returns 0 or -errno. */
int cohort_token_new(char token[COHORT_TOKEN_SIZE], struct error *e);

/* 1 if TOKEN has a token's shape (43 URL-safe base64 characters). */
int cohort_token_ok(const char *token);

/* HASH = hex SHA-256 of TOKEN's text. */
void cohort_token_hash(const char *token, char hash[COHORT_TOKEN_HASH_SIZE]);

/* Constant-time equality of two NUL-terminated secrets of any length. */
int cohort_secret_equal(const char *a, const char *b);

#endif

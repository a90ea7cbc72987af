/* Sign-in, sessions and password changes for cohort accounts.
 * - Sessions: a 256-bit token goes to the browser (an HttpOnly cookie); only
 *   its SHA-256 is stored.  A session ends after COHORT_SESSION_IDLE_S
 *   without use, COHORT_SESSION_ABSOLUTE_S after sign-in, on sign-out, and
 *   (all of an account's) when its password changes.
 * - Sign-in answers the same for an unknown name and a wrong password, after
 *   the same Argon2id work (a dummy hash for unknown names), and is refused
 *   once COHORT_LOGIN_MAX_PER_ACCOUNT failures for the name or
 *   COHORT_LOGIN_MAX_PER_ADDRESS for the client address fall within
 *   COHORT_LOGIN_WINDOW_S; failures live in PostgreSQL so every node counts
 *   them.
 * - Password resets: one-time tokens (hashed, single use, expiring after
 *   COHORT_RESET_TTL_S) that an instructor hands to a learner of theirs.
 * NOW 0 means the current time.  Errors as in accounts.h, plus -EACCES for
 * a failed sign-in or no valid session and -EBUSY when rate-limited. */
#ifndef IDIOM_COHORT_SESSIONS_H
#define IDIOM_COHORT_SESSIONS_H
#include "cohort/accounts.h"

/* Signs USERNAME in from ADDRESS (the client's address, as text).  On
 * success TOKEN holds the new session's token and WHO the account.  On
 * -EBUSY, *RETRY_AFTER (may be NULL) gets the seconds to wait. */
int cohort_login(struct pg_db *db, const char *username, const char *password,
		 const char *address, int64_t now, char token[COHORT_TOKEN_SIZE],
		 struct cohort_account *who, int *retry_after, struct error *e);

/* A new session for ACCOUNT (after a sign-up, for instance). */
int cohort_session_create(struct pg_db *db, int64_t account, int64_t now,
			  char token[COHORT_TOKEN_SIZE], struct error *e);

/* The account signed in with TOKEN; -EACCES if the token is unknown,
 * revoked or expired.  Marks the session used (at most every
 * COHORT_SESSION_TOUCH_S seconds). */
int cohort_session_check(struct pg_db *db, const char *token, int64_t now,
			 struct cohort_account *who, struct error *e);

/* Signs out TOKEN's session (unknown tokens are fine: already out). */
int cohort_session_revoke(struct pg_db *db, const char *token, int64_t now, struct error *e);

/* Signs out every session of ACCOUNT; returns how many, or a negative code. */
int cohort_sessions_revoke_all(struct pg_db *db, int64_t account, int64_t now,
			       struct error *e);

/* Sets ACCOUNT's password (policy applies) and signs out all its sessions,
 * in one transaction. */
int cohort_password_set(struct pg_db *db, int64_t account, const char *password, int64_t now,
			struct error *e);

/* The same after checking OLD (-EACCES if wrong). */
int cohort_password_change(struct pg_db *db, int64_t account, const char *old,
			   const char *password, int64_t now, struct error *e);

/* A one-time reset token for LEARNER, made by BY (who must be allowed to see
 * the learner and be an instructor or admin; -EACCES otherwise). */
int cohort_reset_create(struct pg_db *db, const struct cohort_account *by, int64_t learner,
			int64_t now, char token[COHORT_TOKEN_SIZE], struct error *e);

/* Uses reset TOKEN to set PASSWORD: once, before it expires (-ENOENT
 * otherwise).  Signs out the account's sessions. */
int cohort_reset_use(struct pg_db *db, const char *token, const char *password, int64_t now,
		     struct error *e);

#endif

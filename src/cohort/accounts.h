/* Accounts, cohorts, invites and who may see what.  Roles: a learner sees
 * their own work; an instructor sees the cohorts they own and those cohorts'
 * learners; an admin sees everything.  The HTTP layer asks
 * cohort_may_see_learner / cohort_may_see_cohort on every route.
 * Times are Unix seconds; NOW 0 means the current time.  Errors: -EINVAL a
 * bad name or password (the reason in E), -EEXIST a name taken, -ENOENT no
 * such account or cohort or no valid invite, -EACCES not allowed, and the
 * store/pgdb.h codes (-ENOTCONN when PostgreSQL is down). */
#ifndef IDIOM_COHORT_ACCOUNTS_H
#define IDIOM_COHORT_ACCOUNTS_H
#include <stdint.h>
#include "cohort/password.h"
#include "cohort/token.h"
#include "store/pgdb.h"
#include "util/limits.h"

enum cohort_role { COHORT_LEARNER, COHORT_INSTRUCTOR, COHORT_ADMIN };

struct cohort_account {
	int64_t id;
	char username[COHORT_USERNAME_MAX + 1];
	enum cohort_role role;
};

/* "learner", "instructor", "admin"; NULL out of range. */
const char *cohort_role_name(enum cohort_role role);
int cohort_role_parse(const char *name, enum cohort_role *out);

/* 0 if NAME is COHORT_USERNAME_MIN..MAX of [a-z0-9._-] (any case; names are
 * kept lowercase), else -EINVAL with the reason. */
int cohort_username_check(const char *name, struct error *e);

/* Creates an account with PASSWORD (the policy of password.h applies);
 * *ID gets its id. */
int cohort_account_create(struct pg_db *db, const char *username, const char *password,
			  enum cohort_role role, int64_t now, int64_t *id, struct error *e);

/* The account called USERNAME (any case); HASH (may be NULL) gets its
 * password hash.  -ENOENT if there is none. */
int cohort_account_find(struct pg_db *db, const char *username, struct cohort_account *out,
			char hash[COHORT_HASH_SIZE], struct error *e);
int cohort_account_get(struct pg_db *db, int64_t id, struct cohort_account *out,
		       struct error *e);

/* Creates cohort NAME owned by OWNER (an instructor or admin, else -EACCES)
 * with a first invite valid COHORT_INVITE_TTL_S; *ID and INVITE get them. */
int cohort_create(struct pg_db *db, const struct cohort_account *owner, const char *name,
		  int64_t now, int64_t *id, char invite[COHORT_TOKEN_SIZE], struct error *e);

/* A new invite to COHORT valid TTL seconds (0: COHORT_INVITE_TTL_S).  BY must
 * be allowed to see the cohort (-EACCES otherwise). */
int cohort_invite_create(struct pg_db *db, const struct cohort_account *by, int64_t cohort,
			 int64_t now, int64_t ttl, char invite[COHORT_TOKEN_SIZE], struct error *e);

/* Revokes every live invite of COHORT; returns how many, or a negative code. */
int cohort_invite_revoke(struct pg_db *db, const struct cohort_account *by, int64_t cohort,
			 int64_t now, struct error *e);

/* Signs a learner up through INVITE: one transaction creates the account and
 * its membership.  -ENOENT (unknown, expired or revoked invite: the message
 * says which), -EINVAL, -EEXIST. */
int cohort_signup(struct pg_db *db, const char *invite, const char *username,
		  const char *password, int64_t now, int64_t *learner, struct error *e);

/* 1 if VIEWER may see LEARNER's answers, attempts and progress, 0 if not. */
int cohort_may_see_learner(struct pg_db *db, const struct cohort_account *viewer,
			   int64_t learner, struct error *e);

/* 1 if VIEWER may see COHORT's instructor pages (its owner, or an admin). */
int cohort_may_see_cohort(struct pg_db *db, const struct cohort_account *viewer,
			  int64_t cohort, struct error *e);

#endif

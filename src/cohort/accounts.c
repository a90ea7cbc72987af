/* Accounts, cohorts, invites and access checks (accounts.h).  Passwords are
 * checked and hashed before any transaction opens, so no lock is held while
 * Argon2id runs. */
#include "cohort/accounts.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cohort/schema.h"
#include "util/banned.h"

static const char *const role_names[] = { "learner", "instructor", "admin" };

const char *cohort_role_name(enum cohort_role role)
{
	return (int)role >= 0 && role <= COHORT_ADMIN ? role_names[role] : NULL;
}

int cohort_role_parse(const char *name, enum cohort_role *out)
{
	for (int r = COHORT_LEARNER; r <= COHORT_ADMIN; r++)
		if (name && strcmp(name, role_names[r]) == 0) {
			*out = (enum cohort_role)r;
			return 0;
		}
	return -EINVAL;
}

int cohort_username_check(const char *name, struct error *e)
{
	size_t n = name ? strnlen(name, COHORT_USERNAME_MAX + 1) : 0;

	if (n < COHORT_USERNAME_MIN || n > COHORT_USERNAME_MAX)
		return error_set(e, -EINVAL, "a user name has %d to %d characters",
				 COHORT_USERNAME_MIN, COHORT_USERNAME_MAX);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)name[i];

		if (!isalnum(c) && c != '.' && c != '_' && c != '-')
			return error_set(e, -EINVAL, "a user name may hold letters, digits, '.', "
					 "'_' and '-' only");
	}
	return 0;
}

static void lowercase(const char *in, char out[COHORT_USERNAME_MAX + 1])
{
	size_t i = 0;

	for (; in[i] && i < COHORT_USERNAME_MAX; i++)
		out[i] = (char)tolower((unsigned char)in[i]);
	out[i] = 0;
}

/* Checks NAME and PASSWORD and hashes the password: everything slow or
 * refusable before a transaction. */
static int prepare_account(const char *name, const char *password,
			   char lowered[COHORT_USERNAME_MAX + 1], char hash[COHORT_HASH_SIZE],
			   struct error *e)
{
	int rc = cohort_username_check(name, e);

	if (rc < 0)
		return rc;
	lowercase(name, lowered);
	if ((rc = cohort_password_check(password, lowered, e)) < 0)
		return rc;
	return cohort_password_hash(password, hash, e);
}

static int insert_account(struct pg_db *db, const char *lowered, const char *hash,
			  enum cohort_role role, int64_t now, int64_t *id, struct error *e)
{
	char t[24];
	const char *params[] = { lowered, cohort_role_name(role), hash, pg_int(t, now) };
	PGresult *r;
	int rc = pg_db_query(db, "INSERT INTO account (username, role, password_hash, created, "
			     "password_changed) VALUES ($1, $2, $3, $4, $4) RETURNING id",
			     4, params, &r, e);

	if (rc == -EEXIST)
		return error_set(e, -EEXIST, "the name '%s' is taken", lowered);
	if (rc < 0)
		return rc;
	*id = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
	PQclear(r);
	return 0;
}

int cohort_account_create(struct pg_db *db, const char *username, const char *password,
			  enum cohort_role role, int64_t now, int64_t *id, struct error *e)
{
	char lowered[COHORT_USERNAME_MAX + 1], hash[COHORT_HASH_SIZE];
	int rc;

	if (!cohort_role_name(role))
		return error_set(e, -EINVAL, "no such role");
	if ((rc = prepare_account(username, password, lowered, hash, e)) < 0)
		return rc;
	return insert_account(db, lowered, hash, role, cohort_now(now), id, e);
}

/* Fills OUT (and HASH) from row 0 of (id, username, role, password_hash). */
static int read_account(PGresult *r, struct cohort_account *out, char hash[COHORT_HASH_SIZE],
			struct error *e)
{
	out->id = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
	snprintf(out->username, sizeof(out->username), "%s", PQgetvalue(r, 0, 1));
	if (cohort_role_parse(PQgetvalue(r, 0, 2), &out->role) < 0)
		return error_set(e, -EILSEQ, "account %s has an unknown role", out->username);
	if (hash)
		snprintf(hash, COHORT_HASH_SIZE, "%s", PQgetvalue(r, 0, 3));
	return 0;
}

static int fetch_account(struct pg_db *db, const char *sql, const char *key,
			 struct cohort_account *out, char hash[COHORT_HASH_SIZE], struct error *e)
{
	const char *params[] = { key };
	PGresult *r;
	int rc = pg_db_query(db, sql, 1, params, &r, e);

	if (rc < 0)
		return rc;
	if (PQntuples(r) == 0)
		rc = error_set(e, -ENOENT, "no account '%.64s'", key);
	else
		rc = read_account(r, out, hash, e);
	PQclear(r);
	return rc;
}

int cohort_account_find(struct pg_db *db, const char *username, struct cohort_account *out,
			char hash[COHORT_HASH_SIZE], struct error *e)
{
	char lowered[COHORT_USERNAME_MAX + 1];

	if (!username || strnlen(username, COHORT_USERNAME_MAX + 1) > COHORT_USERNAME_MAX)
		return error_set(e, -ENOENT, "no such account");
	lowercase(username, lowered);
	return fetch_account(db, "SELECT id, username, role, password_hash FROM account "
			     "WHERE username = $1", lowered, out, hash, e);
}

int cohort_account_get(struct pg_db *db, int64_t id, struct cohort_account *out,
		       struct error *e)
{
	char key[24];

	return fetch_account(db, "SELECT id, username, role, password_hash FROM account "
			     "WHERE id = $1", pg_int(key, id), out, NULL, e);
}

/* ---- cohorts and invites ---- */

static int insert_invite(struct pg_db *db, int64_t cohort, int64_t now, int64_t ttl,
			 char invite[COHORT_TOKEN_SIZE], struct error *e)
{
	char hash[COHORT_TOKEN_HASH_SIZE], c[24], t[24], x[24];
	const char *params[] = { hash, pg_int(c, cohort), pg_int(t, now), pg_int(x, now + ttl) };
	int rc = cohort_token_new(invite, e);

	if (rc < 0)
		return rc;
	cohort_token_hash(invite, hash);
	return pg_db_query(db, "INSERT INTO invite (token_hash, cohort_id, created, expires) "
			   "VALUES ($1, $2, $3, $4)", 4, params, NULL, e);
}

int cohort_create(struct pg_db *db, const struct cohort_account *owner, const char *name,
		  int64_t now, int64_t *id, char invite[COHORT_TOKEN_SIZE], struct error *e)
{
	char o[24], t[24];
	const char *params[] = { name, pg_int(o, owner->id), pg_int(t, cohort_now(now)) };
	PGresult *r;
	int rc;

	if (owner->role != COHORT_INSTRUCTOR && owner->role != COHORT_ADMIN)
		return error_set(e, -EACCES, "only an instructor may create a cohort");
	if (!name || !*name || strnlen(name, COHORT_NAME_MAX + 1) > COHORT_NAME_MAX)
		return error_set(e, -EINVAL, "a cohort's name has 1 to %d bytes", COHORT_NAME_MAX);
	if ((rc = pg_db_begin(db, NULL, e)) < 0)
		return rc;
	rc = pg_db_query(db, "INSERT INTO cohort (name, instructor_id, created) VALUES "
			 "($1, $2, $3) RETURNING id", 3, params, &r, e);
	if (rc == 0) {
		*id = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
		PQclear(r);
		rc = insert_invite(db, *id, cohort_now(now), COHORT_INVITE_TTL_S, invite, e);
	}
	if (rc == 0)
		rc = pg_db_commit(db, e);
	if (rc < 0)
		pg_db_rollback(db);
	return rc;
}

int cohort_invite_create(struct pg_db *db, const struct cohort_account *by, int64_t cohort,
			 int64_t now, int64_t ttl, char invite[COHORT_TOKEN_SIZE], struct error *e)
{
	int rc = cohort_may_see_cohort(db, by, cohort, e);

	if (rc < 0)
		return rc;
	if (rc == 0)
		return error_set(e, -EACCES, "not your cohort");
	return insert_invite(db, cohort, cohort_now(now), ttl > 0 ? ttl : COHORT_INVITE_TTL_S,
			     invite, e);
}

int cohort_invite_revoke(struct pg_db *db, const struct cohort_account *by, int64_t cohort,
			 int64_t now, struct error *e)
{
	char c[24], t[24];
	const char *params[] = { pg_int(c, cohort), pg_int(t, cohort_now(now)) };
	PGresult *r;
	int rc = cohort_may_see_cohort(db, by, cohort, e);

	if (rc < 0)
		return rc;
	if (rc == 0)
		return error_set(e, -EACCES, "not your cohort");
	rc = pg_db_query(db, "UPDATE invite SET revoked = $2 WHERE cohort_id = $1 AND "
			 "revoked IS NULL AND expires > $2", 2, params, &r, e);
	if (rc < 0)
		return rc;
	rc = atoi(PQcmdTuples(r));
	PQclear(r);
	return rc;
}

/* Inside the signup transaction: the cohort INVITE admits to, or -ENOENT. */
static int admit(struct pg_db *db, const char *invite, int64_t now, int64_t *cohort,
		 struct error *e)
{
	char hash[COHORT_TOKEN_HASH_SIZE];
	const char *params[] = { hash };
	PGresult *r;
	int rc;

	if (!cohort_token_ok(invite))
		return error_set(e, -ENOENT, "that is not an invite link");
	cohort_token_hash(invite, hash);
	rc = pg_db_query(db, "SELECT cohort_id, expires, revoked IS NOT NULL FROM invite "
			 "WHERE token_hash = $1 FOR SHARE", 1, params, &r, e);
	if (rc < 0)
		return rc;
	if (PQntuples(r) == 0)
		rc = error_set(e, -ENOENT, "this invite link is unknown: ask your instructor "
			       "for the current one");
	else if (strcmp(PQgetvalue(r, 0, 2), "t") == 0)
		rc = error_set(e, -ENOENT, "this invite link was revoked: ask your instructor "
			       "for a new one");
	else if (strtoll(PQgetvalue(r, 0, 1), NULL, 10) <= now)
		rc = error_set(e, -ENOENT, "this invite link has expired: ask your instructor "
			       "for a new one");
	else
		*cohort = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
	PQclear(r);
	return rc;
}

int cohort_signup(struct pg_db *db, const char *invite, const char *username,
		  const char *password, int64_t now, int64_t *learner, struct error *e)
{
	char lowered[COHORT_USERNAME_MAX + 1], hash[COHORT_HASH_SIZE], c[24], l[24], t[24];
	int64_t cohort = 0;
	int rc;

	now = cohort_now(now);
	if ((rc = prepare_account(username, password, lowered, hash, e)) < 0)
		return rc;
	if ((rc = pg_db_begin(db, NULL, e)) < 0)
		return rc;
	rc = admit(db, invite, now, &cohort, e);
	if (rc == 0)
		rc = insert_account(db, lowered, hash, COHORT_LEARNER, now, learner, e);
	if (rc == 0) {
		const char *params[] = { pg_int(c, cohort), pg_int(l, *learner), pg_int(t, now) };

		rc = pg_db_query(db, "INSERT INTO cohort_member (cohort_id, learner_id, joined) "
				 "VALUES ($1, $2, $3)", 3, params, NULL, e);
	}
	if (rc == 0)
		rc = pg_db_commit(db, e);
	if (rc < 0)
		pg_db_rollback(db);
	return rc;
}

/* ---- who may see what ---- */

static int exists(struct pg_db *db, const char *sql, int64_t a, int64_t b, struct error *e)
{
	char x[24], y[24];
	const char *params[] = { pg_int(x, a), pg_int(y, b) };
	PGresult *r;
	int rc = pg_db_query(db, sql, 2, params, &r, e);

	if (rc < 0)
		return rc;
	rc = PQntuples(r) > 0;
	PQclear(r);
	return rc;
}

int cohort_may_see_learner(struct pg_db *db, const struct cohort_account *viewer,
			   int64_t learner, struct error *e)
{
	if (!viewer || viewer->id <= 0)
		return 0;
	if (viewer->id == learner || viewer->role == COHORT_ADMIN)
		return 1;
	if (viewer->role != COHORT_INSTRUCTOR)
		return 0;
	return exists(db, "SELECT 1 FROM cohort_member m JOIN cohort c ON c.id = m.cohort_id "
		      "WHERE c.instructor_id = $1 AND m.learner_id = $2", viewer->id, learner, e);
}

int cohort_may_see_cohort(struct pg_db *db, const struct cohort_account *viewer,
			  int64_t cohort, struct error *e)
{
	if (!viewer || viewer->id <= 0)
		return 0;
	if (viewer->role == COHORT_ADMIN)
		return exists(db, "SELECT 1 FROM cohort WHERE id = $2 AND $1 > 0", viewer->id,
			      cohort, e);
	if (viewer->role != COHORT_INSTRUCTOR)
		return 0;
	return exists(db, "SELECT 1 FROM cohort WHERE instructor_id = $1 AND id = $2",
		      viewer->id, cohort, e);
}

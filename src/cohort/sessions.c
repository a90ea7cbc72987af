/* Sign-in with rate limits, sessions, password changes and resets
 * (sessions.h).  Tokens are looked up by their hash; the tables never hold a
 * token itself. */
#include "cohort/sessions.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cohort/schema.h"
#include "util/banned.h"

#define WRONG_LOGIN "wrong user name or password"

/* ---- sign-in rate limits ---- */

/* A failure's key for NAME: lowercase and cut, so any spelling counts once. */
static void failure_key(const char *name, char key[COHORT_USERNAME_MAX + 1])
{
	size_t i = 0;

	for (; name && name[i] && i < COHORT_USERNAME_MAX; i++)
		key[i] = (char)tolower((unsigned char)name[i]);
	key[i] = 0;
}

/* -EBUSY (with *RETRY_AFTER) if NAME or ADDRESS has too many recent failures. */
static int rate_check(struct pg_db *db, const char *key, const char *address, int64_t now,
		      int *retry_after, struct error *e)
{
	char since[24];
	const char *params[] = { key, address, pg_int(since, now - COHORT_LOGIN_WINDOW_S) };
	PGresult *r;
	long by_name, by_address;
	int64_t oldest;
	int rc = pg_db_query(db, "SELECT (SELECT count(*) FROM login_failure WHERE username = $1 "
			     "AND time > $3), (SELECT count(*) FROM login_failure WHERE address = $2 "
			     "AND time > $3), (SELECT coalesce(min(time), 0) FROM login_failure "
			     "WHERE (username = $1 OR address = $2) AND time > $3)",
			     3, params, &r, e);

	if (rc < 0)
		return rc;
	by_name = atol(PQgetvalue(r, 0, 0));
	by_address = atol(PQgetvalue(r, 0, 1));
	oldest = strtoll(PQgetvalue(r, 0, 2), NULL, 10);
	PQclear(r);
	if (by_name < COHORT_LOGIN_MAX_PER_ACCOUNT && by_address < COHORT_LOGIN_MAX_PER_ADDRESS)
		return 0;
	if (retry_after)
		*retry_after = (int)(oldest + COHORT_LOGIN_WINDOW_S - now);
	return error_set(e, -EBUSY, "too many failed sign-ins for this account or from this "
			 "address: try again in %d minutes",
			 (int)((oldest + COHORT_LOGIN_WINDOW_S - now + 59) / 60));
}

static int record_failure(struct pg_db *db, const char *key, const char *address, int64_t now,
			  struct error *e)
{
	char t[24], old[24];
	const char *params[] = { key, address, pg_int(t, now) };
	const char *prune[] = { pg_int(old, now - COHORT_LOGIN_WINDOW_S) };
	int rc = pg_db_query(db, "INSERT INTO login_failure (username, address, time) "
			     "VALUES ($1, $2, $3)", 3, params, NULL, e);

	/* Failures past the window count for nothing: keep the table small. */
	if (rc == 0)
		rc = pg_db_query(db, "DELETE FROM login_failure WHERE time <= $1", 1, prune, NULL, e);
	return rc;
}

int cohort_login(struct pg_db *db, const char *username, const char *password,
		 const char *address, int64_t now, char token[COHORT_TOKEN_SIZE],
		 struct cohort_account *who, int *retry_after, struct error *e)
{
	char key[COHORT_USERNAME_MAX + 1], hash[COHORT_HASH_SIZE];
	const char *pw = password ? password : "";
	int rc, ok;

	now = cohort_now(now);
	failure_key(username, key);
	address = address ? address : "";
	if ((rc = rate_check(db, key, address, now, retry_after, e)) < 0)
		return rc;
	if (strnlen(pw, COHORT_PASSWORD_MAX + 1) > COHORT_PASSWORD_MAX)
		pw = "";	/* no stored password is that long: bounded work, a refusal */
	rc = cohort_account_find(db, key, who, hash, e);
	if (rc == -ENOENT)
		ok = cohort_password_verify_dummy(pw);
	else if (rc < 0)
		return rc;
	else
		ok = cohort_password_verify(hash, pw) && pw[0];
	if (!ok) {
		if ((rc = record_failure(db, key, address, now, e)) < 0)
			return rc;
		memset(who, 0, sizeof(*who));
		return error_set(e, -EACCES, WRONG_LOGIN);
	}
	{
		const char *params[] = { key };

		/* A success forgives the name's failures, not the address's. */
		if ((rc = pg_db_query(db, "DELETE FROM login_failure WHERE username = $1", 1,
				      params, NULL, e)) < 0)
			return rc;
	}
	return cohort_session_create(db, who->id, now, token, e);
}

/* ---- sessions ---- */

int cohort_session_create(struct pg_db *db, int64_t account, int64_t now,
			  char token[COHORT_TOKEN_SIZE], struct error *e)
{
	char hash[COHORT_TOKEN_HASH_SIZE], a[24], t[24];
	const char *params[] = { hash, pg_int(a, account), pg_int(t, cohort_now(now)) };
	int rc = cohort_token_new(token, e);

	if (rc < 0)
		return rc;
	cohort_token_hash(token, hash);
	return pg_db_query(db, "INSERT INTO session (token_hash, account_id, created, last_seen) "
			   "VALUES ($1, $2, $3, $3)", 3, params, NULL, e);
}

static int touch(struct pg_db *db, const char *hash, int64_t now, struct error *e)
{
	char t[24];
	const char *params[] = { hash, pg_int(t, now) };

	return pg_db_query(db, "UPDATE session SET last_seen = $2 WHERE token_hash = $1", 2,
			   params, NULL, e);
}

int cohort_session_check(struct pg_db *db, const char *token, int64_t now,
			 struct cohort_account *who, struct error *e)
{
	char hash[COHORT_TOKEN_HASH_SIZE];
	const char *params[] = { hash };
	int64_t created, seen;
	PGresult *r;
	int rc;

	memset(who, 0, sizeof(*who));
	if (!cohort_token_ok(token))
		return error_set(e, -EACCES, "not signed in");
	now = cohort_now(now);
	cohort_token_hash(token, hash);
	rc = pg_db_query(db, "SELECT a.id, a.username, a.role, s.created, s.last_seen FROM "
			 "session s JOIN account a ON a.id = s.account_id WHERE "
			 "s.token_hash = $1 AND s.revoked IS NULL", 1, params, &r, e);
	if (rc < 0)
		return rc;
	if (PQntuples(r) == 0) {
		PQclear(r);
		return error_set(e, -EACCES, "not signed in");
	}
	created = strtoll(PQgetvalue(r, 0, 3), NULL, 10);
	seen = strtoll(PQgetvalue(r, 0, 4), NULL, 10);
	who->id = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
	snprintf(who->username, sizeof(who->username), "%s", PQgetvalue(r, 0, 1));
	rc = cohort_role_parse(PQgetvalue(r, 0, 2), &who->role);
	PQclear(r);
	if (rc < 0 || now - seen > COHORT_SESSION_IDLE_S || now - created > COHORT_SESSION_ABSOLUTE_S) {
		memset(who, 0, sizeof(*who));
		return error_set(e, -EACCES, "the session has expired: sign in again");
	}
	if (now - seen >= COHORT_SESSION_TOUCH_S && (rc = touch(db, hash, now, e)) < 0)
		return rc;
	return 0;
}

int cohort_session_revoke(struct pg_db *db, const char *token, int64_t now, struct error *e)
{
	char hash[COHORT_TOKEN_HASH_SIZE], t[24];
	const char *params[] = { hash, pg_int(t, cohort_now(now)) };

	if (!cohort_token_ok(token))
		return 0;
	cohort_token_hash(token, hash);
	return pg_db_query(db, "UPDATE session SET revoked = $2 WHERE token_hash = $1 AND "
			   "revoked IS NULL", 2, params, NULL, e);
}

int cohort_sessions_revoke_all(struct pg_db *db, int64_t account, int64_t now,
			       struct error *e)
{
	char a[24], t[24];
	const char *params[] = { pg_int(a, account), pg_int(t, cohort_now(now)) };
	PGresult *r;
	int rc = pg_db_query(db, "UPDATE session SET revoked = $2 WHERE account_id = $1 AND "
			     "revoked IS NULL", 2, params, &r, e);

	if (rc < 0)
		return rc;
	rc = atoi(PQcmdTuples(r));
	PQclear(r);
	return rc;
}

/* ---- passwords ---- */

/* Inside a transaction: stores HASH for ACCOUNT and revokes its sessions. */
static int store_password(struct pg_db *db, int64_t account, const char *hash, int64_t now,
			  struct error *e)
{
	char a[24], t[24];
	const char *params[] = { pg_int(a, account), hash, pg_int(t, now) };
	PGresult *r;
	int rc = pg_db_query(db, "UPDATE account SET password_hash = $2, password_changed = $3 "
			     "WHERE id = $1", 3, params, &r, e);

	if (rc < 0)
		return rc;
	rc = atoi(PQcmdTuples(r)) == 1 ? 0 : error_set(e, -ENOENT, "no such account");
	PQclear(r);
	if (rc == 0)
		rc = cohort_sessions_revoke_all(db, account, now, e);
	return rc < 0 ? rc : 0;
}

/* Checks PASSWORD against ACCOUNT's name and hashes it. */
static int prepare_password(struct pg_db *db, int64_t account, const char *password,
			    char hash[COHORT_HASH_SIZE], struct error *e)
{
	struct cohort_account who;
	int rc = cohort_account_get(db, account, &who, e);

	if (rc == 0)
		rc = cohort_password_check(password, who.username, e);
	if (rc == 0)
		rc = cohort_password_hash(password, hash, e);
	return rc;
}

int cohort_password_set(struct pg_db *db, int64_t account, const char *password, int64_t now,
			struct error *e)
{
	char hash[COHORT_HASH_SIZE];
	int rc = prepare_password(db, account, password, hash, e);

	if (rc < 0)
		return rc;
	if ((rc = pg_db_begin(db, NULL, e)) < 0)
		return rc;
	rc = store_password(db, account, hash, cohort_now(now), e);
	if (rc == 0)
		rc = pg_db_commit(db, e);
	if (rc < 0)
		pg_db_rollback(db);
	return rc;
}

int cohort_password_change(struct pg_db *db, int64_t account, const char *old,
			   const char *password, int64_t now, struct error *e)
{
	struct cohort_account who;
	char hash[COHORT_HASH_SIZE];
	int rc = cohort_account_get(db, account, &who, e);

	if (rc == 0)
		rc = cohort_account_find(db, who.username, &who, hash, e);
	if (rc < 0)
		return rc;
	if (!old || !cohort_password_verify(hash, old))
		return error_set(e, -EACCES, "the current password is wrong");
	return cohort_password_set(db, account, password, now, e);
}

int cohort_reset_create(struct pg_db *db, const struct cohort_account *by, int64_t learner,
			int64_t now, char token[COHORT_TOKEN_SIZE], struct error *e)
{
	char hash[COHORT_TOKEN_HASH_SIZE], a[24], t[24], x[24];
	int rc;

	if (!by || (by->role != COHORT_INSTRUCTOR && by->role != COHORT_ADMIN))
		return error_set(e, -EACCES, "only an instructor or an admin may reset a password");
	rc = cohort_may_see_learner(db, by, learner, e);
	if (rc < 0)
		return rc;
	if (rc == 0)
		return error_set(e, -EACCES, "not a learner of your cohorts");
	if ((rc = cohort_token_new(token, e)) < 0)
		return rc;
	now = cohort_now(now);
	cohort_token_hash(token, hash);
	{
		const char *params[] = { hash, pg_int(a, learner), pg_int(t, now),
					 pg_int(x, now + COHORT_RESET_TTL_S) };

		return pg_db_query(db, "INSERT INTO password_reset (token_hash, account_id, "
				   "created, expires) VALUES ($1, $2, $3, $4)", 4, params, NULL, e);
	}
}

/* Inside a transaction: claims reset TOKEN (hash HASH) for good. */
static int claim_reset(struct pg_db *db, const char *hash, int64_t now, int64_t *account,
		       struct error *e)
{
	char t[24];
	const char *params[] = { hash, pg_int(t, now) };
	PGresult *r;
	int rc = pg_db_query(db, "UPDATE password_reset SET used = $2 WHERE token_hash = $1 AND "
			     "used IS NULL AND expires > $2 RETURNING account_id", 2, params, &r, e);

	if (rc < 0)
		return rc;
	if (PQntuples(r) == 0)
		rc = error_set(e, -ENOENT, "this reset link is used, expired or unknown: ask "
			       "your instructor for a new one");
	else
		*account = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
	PQclear(r);
	return rc;
}

int cohort_reset_use(struct pg_db *db, const char *token, const char *password, int64_t now,
		     struct error *e)
{
	char token_hash[COHORT_TOKEN_HASH_SIZE], hash[COHORT_HASH_SIZE];
	const char *params[] = { token_hash };
	int64_t account = 0;
	PGresult *r;
	int rc;

	if (!cohort_token_ok(token))
		return error_set(e, -ENOENT, "that is not a reset link");
	now = cohort_now(now);
	cohort_token_hash(token, token_hash);
	/* Whose it is, to check the password against their name before hashing
	 * (outside the transaction: Argon2id is slow). */
	rc = pg_db_query(db, "SELECT account_id FROM password_reset WHERE token_hash = $1",
			 1, params, &r, e);
	if (rc < 0)
		return rc;
	if (PQntuples(r) > 0)
		account = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
	PQclear(r);
	if (account == 0)
		return error_set(e, -ENOENT, "this reset link is used, expired or unknown: ask "
				 "your instructor for a new one");
	if ((rc = prepare_password(db, account, password, hash, e)) < 0)
		return rc;
	if ((rc = pg_db_begin(db, NULL, e)) < 0)
		return rc;
	rc = claim_reset(db, token_hash, now, &account, e);
	if (rc == 0)
		rc = store_password(db, account, hash, now, e);
	if (rc == 0)
		rc = pg_db_commit(db, e);
	if (rc < 0)
		pg_db_rollback(db);
	return rc;
}

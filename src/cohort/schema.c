/* The cohort schema's migrations (never edit a shipped step; append one). */
#include "cohort/schema.h"

#include <time.h>
#include "store/pg.h"
#include "util/banned.h"

/* Answer review (issue 14, docs/cohort.md "Answer shapes, comments,
 * overrides"): an instructor's comment on one answer shape of an exercise
 * in a cohort (one per shape: a new one replaces it), and an override of
 * the grader's verdict on one criterion (by its title) of one attempt. */
#define STEP_REVIEW \
	"CREATE TABLE shape_comment (" \
	" cohort_id bigint NOT NULL REFERENCES cohort (id)," \
	" lesson integer NOT NULL CHECK (lesson > 0)," \
	" exercise text NOT NULL CHECK (exercise IN ('reflect', 'rewrite', 'practice'))," \
	" shape text NOT NULL," \
	" author_id bigint NOT NULL REFERENCES account (id)," \
	" body text NOT NULL," \
	" time bigint NOT NULL," \
	" PRIMARY KEY (cohort_id, lesson, exercise, shape));" \
	"CREATE TABLE verdict_override (" \
	" learner_id bigint NOT NULL REFERENCES account (id)," \
	" attempt_id text NOT NULL," \
	" criterion text NOT NULL," \
	" verdict text NOT NULL CHECK (verdict IN ('pass', 'fail'))," \
	" body text NOT NULL," \
	" author_id bigint NOT NULL REFERENCES account (id)," \
	" time bigint NOT NULL," \
	" PRIMARY KEY (learner_id, attempt_id, criterion));"

static const char *const steps[] = {
	/* 1: accounts, cohorts, invites, sessions, resets, sign-in failures.
	 * Secrets are stored as the hex SHA-256 of the token (cohort/token.h)
	 * and passwords as Argon2id strings (cohort/password.h). */
	"CREATE TABLE account ("
	" id bigserial PRIMARY KEY,"
	" username text NOT NULL UNIQUE,"
	" role text NOT NULL CHECK (role IN ('learner', 'instructor', 'admin')),"
	" password_hash text NOT NULL,"
	" created bigint NOT NULL,"
	" password_changed bigint NOT NULL);"
	"CREATE TABLE cohort ("
	" id bigserial PRIMARY KEY,"
	" name text NOT NULL,"
	" instructor_id bigint NOT NULL REFERENCES account (id),"
	" created bigint NOT NULL);"
	"CREATE INDEX cohort_instructor ON cohort (instructor_id);"
	"CREATE TABLE cohort_member ("
	" cohort_id bigint NOT NULL REFERENCES cohort (id),"
	" learner_id bigint NOT NULL REFERENCES account (id),"
	" joined bigint NOT NULL,"
	" PRIMARY KEY (cohort_id, learner_id));"
	"CREATE INDEX cohort_member_learner ON cohort_member (learner_id);"
	"CREATE TABLE invite ("
	" token_hash text PRIMARY KEY,"
	" cohort_id bigint NOT NULL REFERENCES cohort (id),"
	" created bigint NOT NULL,"
	" expires bigint NOT NULL,"
	" revoked bigint);"
	"CREATE INDEX invite_cohort ON invite (cohort_id);"
	"CREATE TABLE session ("
	" token_hash text PRIMARY KEY,"
	" account_id bigint NOT NULL REFERENCES account (id),"
	" created bigint NOT NULL,"
	" last_seen bigint NOT NULL,"
	" revoked bigint);"
	"CREATE INDEX session_account ON session (account_id);"
	"CREATE TABLE password_reset ("
	" token_hash text PRIMARY KEY,"
	" account_id bigint NOT NULL REFERENCES account (id),"
	" created bigint NOT NULL,"
	" expires bigint NOT NULL,"
	" used bigint);"
	"CREATE TABLE login_failure ("
	" id bigserial PRIMARY KEY,"
	" username text NOT NULL,"
	" address text NOT NULL,"
	" time bigint NOT NULL);"
	"CREATE INDEX login_failure_username ON login_failure (username, time);"
	"CREATE INDEX login_failure_address ON login_failure (address, time);",
	/* 2 (learner's page and import): which of a learner's attempts came
	 * from their local export (graded on their machine, not by a server):
	 * the learner's page marks them. */
	"CREATE TABLE imported_attempt ("
	" learner_id bigint NOT NULL REFERENCES account (id),"
	" attempt_id text NOT NULL,"
	" imported bigint NOT NULL,"
	" PRIMARY KEY (learner_id, attempt_id));",
	/* 3: answer review (see STEP_REVIEW). */
	STEP_REVIEW,
};

int cohort_migrate(struct pg_db *db, struct error *e)
{
	return pg_db_migrate(db, "cohort", steps, (int)(sizeof(steps) / sizeof(steps[0])), e);
}

int cohort_db_open(const char *url, struct pg_db **out, struct error *e)
{
	struct pg_db *db = NULL;
	int rc = pg_db_open(url, &db, e);

	if (rc == 0)
		rc = pg_store_migrate(db, e);
	if (rc == 0)
		rc = cohort_migrate(db, e);
	if (rc < 0) {
		pg_db_close(db);
		db = NULL;
	}
	*out = db;
	return rc;
}

int64_t cohort_now(int64_t t)
{
	return t ? t : (int64_t)time(NULL);
}

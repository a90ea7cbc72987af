/* Cohort accounts against a real PostgreSQL (pg_support.h): the password
 * policy and Argon2id strings, accounts, sign-in (the same answer and work
 * for an unknown name), rate limits, sessions (expiry, sign-out, password
 * change, hashed at rest), invites, password resets, and who may see what. */
#include <errno.h>
#include "pg_support.h"
#include "cohort/accounts.h"
#include "cohort/schema.h"
#include "cohort/sessions.h"

#define T0 1700000000
#define GOOD_PW "glass otter quietly sings"
#define OTHER_PW "lantern under seven bridges"

static char dbname[40];
static char *url;
static struct pg_db *db;

static void setup(void)
{
	struct error e = ERROR_INIT;

	url = pgt_create_db(dbname);
	cr_assert_eq(cohort_db_open(url, &db, &e), 0, "%s", e.message);
}

static void teardown(void)
{
	pg_db_close(db);
	pgt_drop_db(dbname);
	free(url);
}

TestSuite(cohort, .init = setup, .fini = teardown, .timeout = 240);

static int64_t make_account(const char *name, enum cohort_role role)
{
	struct error e = ERROR_INIT;
	int64_t id = 0;

	cr_assert_eq(cohort_account_create(db, name, GOOD_PW, role, T0, &id, &e), 0, "%s: %s",
		     name, e.message);
	cr_assert_gt(id, 0);
	return id;
}

static struct cohort_account account(int64_t id)
{
	struct cohort_account a;
	struct error e = ERROR_INIT;

	cr_assert_eq(cohort_account_get(db, id, &a, &e), 0, "%s", e.message);
	return a;
}

static long count_rows(const char *sql)
{
	char *v = pgt_value(url, sql);
	long n = v ? atol(v) : -1;

	free(v);
	return n;
}

/* A cohort of INSTRUCTOR with one learner signed up through its invite. */
static int64_t cohort_with_learner(int64_t instructor, const char *learner_name,
				   int64_t *cohort)
{
	struct cohort_account owner = account(instructor);
	char invite[COHORT_TOKEN_SIZE];
	struct error e = ERROR_INIT;
	int64_t learner = 0;

	cr_assert_eq(cohort_create(db, &owner, "Node to Python, spring", T0, cohort, invite, &e),
		     0, "%s", e.message);
	cr_assert_eq(cohort_signup(db, invite, learner_name, GOOD_PW, T0 + 10, &learner, &e), 0,
		     "%s", e.message);
	return learner;
}

/* ---- passwords (no database needed, but the suite's setup is harmless) ---- */

Test(cohort, password_policy)
{
	struct error e = ERROR_INIT;
	static const char *const refused[] = {
		"short", "elevenchars", "Password2024!", "p@ssw0rd1234", "P4SSW0RD!!!!",
		"qwertyuiop12", "aaaaaaaaaaaa", "abcabcabcabc", "123456789012", "7890123456789",
		"zyxwvutsrqponm", "Correct Horse Battery Staple", "iloveyou 2024!",
		"Welcome12345", "letmeinletmein", "JavaScript2025",
	};

	for (size_t i = 0; i < sizeof(refused) / sizeof(refused[0]); i++)
		cr_assert_eq(cohort_password_check(refused[i], "someone", &e), -EINVAL,
			     "'%s' should be refused", refused[i]);
	cr_assert_eq(cohort_password_check(GOOD_PW, "someone", &e), 0, "%s", e.message);
	cr_assert_eq(cohort_password_check("twelve chars", NULL, &e), 0, "exactly 12: %s", e.message);
	cr_assert_eq(cohort_password_check("élan vital ok", NULL, &e), 0, "%s", e.message);
	cr_assert_eq(cohort_password_check("élan vîtæl", NULL, &e), -EINVAL,
		     "10 characters in 13 bytes is too short");
	cr_assert(strstr(e.message, "at least 12"), "%s", e.message);
	cr_assert_eq(cohort_password_check("margaret.hopper!", "margaret.hopper", &e), -EINVAL,
		     "the account's own name");
	cr_assert_eq(cohort_password_check("MARGARET.HOPPER!", "Margaret.Hopper", &e), -EINVAL,
		     "in any case");
	cr_assert_eq(cohort_password_check("abc\xff\xfe defghijklm", NULL, &e), -EINVAL);
}

Test(cohort, password_hash_is_argon2id_with_our_limits)
{
	char hash[COHORT_HASH_SIZE];
	struct error e = ERROR_INIT;

	cr_assert_eq(cohort_password_hash(GOOD_PW, hash, &e), 0, "%s", e.message);
	cr_assert_eq(strncmp(hash, "$argon2id$", 10), 0, "%s", hash);
	cr_assert(strstr(hash, "m=65536,t=3"), "64 MiB, 3 passes: %s", hash);
	cr_assert(cohort_password_verify(hash, GOOD_PW));
	cr_assert_not(cohort_password_verify(hash, OTHER_PW));
	cr_assert_not(cohort_password_verify("not a hash", GOOD_PW));
}

/* ---- accounts ---- */

Test(cohort, accounts_names_and_roles)
{
	struct cohort_account a;
	struct error e = ERROR_INIT;
	int64_t id;

	id = make_account("Ada.Lovelace", COHORT_INSTRUCTOR);
	cr_assert_eq(cohort_account_find(db, "ada.LOVELACE", &a, NULL, &e), 0, "%s", e.message);
	cr_assert_eq(a.id, id);
	cr_assert_str_eq(a.username, "ada.lovelace");
	cr_assert_eq(a.role, COHORT_INSTRUCTOR);
	cr_assert_eq(cohort_account_create(db, "ADA.lovelace", OTHER_PW, COHORT_LEARNER, T0, &id,
					   &e), -EEXIST);
	cr_assert(strstr(e.message, "taken"), "%s", e.message);
	cr_assert_eq(cohort_account_create(db, "no spaces", GOOD_PW, COHORT_LEARNER, T0, &id, &e),
		     -EINVAL);
	cr_assert_eq(cohort_account_create(db, "ab", GOOD_PW, COHORT_LEARNER, T0, &id, &e), -EINVAL);
	cr_assert_eq(cohort_account_create(db, "grace", "password1234", COHORT_LEARNER, T0, &id,
					   &e), -EINVAL);
	cr_assert_eq(cohort_account_find(db, "nobody", &a, NULL, &e), -ENOENT);
	cr_assert_eq(count_rows("SELECT count(*) FROM account"), 1);
	cr_assert_eq(count_rows("SELECT count(*) FROM account WHERE password_hash LIKE "
				"'$argon2id$%'"), 1, "passwords are stored as Argon2id strings");
}

/* ---- sign-in ---- */

Test(cohort, login_unknown_name_and_wrong_password_look_the_same)
{
	char token[COHORT_TOKEN_SIZE], wrong_msg[ERROR_MESSAGE_MAX];
	struct cohort_account who;
	struct error e = ERROR_INIT;
	unsigned long before;
	int64_t id = make_account("grace", COHORT_LEARNER);

	cr_assert_eq(cohort_login(db, "Grace", GOOD_PW, "10.0.0.1", T0, token, &who, NULL, &e), 0,
		     "%s", e.message);
	cr_assert_eq(who.id, id);
	cr_assert(cohort_token_ok(token));

	before = cohort_password_verifications();
	cr_assert_eq(cohort_login(db, "grace", OTHER_PW, "10.0.0.1", T0, token, &who, NULL, &e),
		     -EACCES);
	cr_assert_eq(cohort_password_verifications(), before + 1, "a wrong password is verified");
	snprintf(wrong_msg, sizeof(wrong_msg), "%s", e.message);
	cr_assert_eq(who.id, 0);

	before = cohort_password_verifications();
	cr_assert_eq(cohort_login(db, "nobody-here", OTHER_PW, "10.0.0.1", T0, token, &who, NULL,
				  &e), -EACCES);
	cr_assert_eq(cohort_password_verifications(), before + 1,
		     "an unknown name costs one Argon2id verification too (the dummy hash)");
	cr_assert_str_eq(e.message, wrong_msg, "the same answer");
	cr_assert_eq(count_rows("SELECT count(*) FROM login_failure"), 2,
		     "both failures count toward the limits");
}

Test(cohort, login_rate_limited_per_account)
{
	char token[COHORT_TOKEN_SIZE];
	struct cohort_account who;
	struct error e = ERROR_INIT;
	int retry = 0;
	char sql[256];

	make_account("linus", COHORT_LEARNER);
	/* Nine failures already in the window (from other nodes, say)... */
	for (int i = 0; i < COHORT_LOGIN_MAX_PER_ACCOUNT - 1; i++) {
		snprintf(sql, sizeof(sql), "INSERT INTO login_failure (username, address, time) "
			 "VALUES ('linus', '192.0.2.%d', %d)", i, T0 - 60 + i);
		free(pgt_value(url, sql));
	}
	/* ...the tenth here... */
	cr_assert_eq(cohort_login(db, "linus", OTHER_PW, "198.51.100.7", T0, token, &who, &retry,
				  &e), -EACCES);
	/* ...and now even the right password waits. */
	cr_assert_eq(cohort_login(db, "LINUS", GOOD_PW, "198.51.100.8", T0 + 1, token, &who,
				  &retry, &e), -EBUSY, "%s", e.message);
	cr_assert_eq(retry, COHORT_LOGIN_WINDOW_S - 61, "the oldest failure leaves the window then");
	cr_assert(strstr(e.message, "try again"), "%s", e.message);
	/* Once the window has passed, the right password works. */
	cr_assert_eq(cohort_login(db, "linus", GOOD_PW, "198.51.100.8", T0 + COHORT_LOGIN_WINDOW_S,
				  token, &who, &retry, &e), 0, "%s", e.message);
}

Test(cohort, login_rate_limited_per_address)
{
	char token[COHORT_TOKEN_SIZE], sql[256];
	struct cohort_account who;
	struct error e = ERROR_INIT;

	make_account("barbara", COHORT_LEARNER);
	for (int i = 0; i < COHORT_LOGIN_MAX_PER_ADDRESS - 1; i++) {
		snprintf(sql, sizeof(sql), "INSERT INTO login_failure (username, address, time) "
			 "VALUES ('guess%d', '203.0.113.9', %d)", i, T0 - 100);
		free(pgt_value(url, sql));
	}
	cr_assert_eq(cohort_login(db, "guess-last", OTHER_PW, "203.0.113.9", T0, token, &who, NULL,
				  &e), -EACCES);
	cr_assert_eq(cohort_login(db, "barbara", GOOD_PW, "203.0.113.9", T0 + 1, token, &who, NULL,
				  &e), -EBUSY, "this address has used up its failures");
	cr_assert_eq(cohort_login(db, "barbara", GOOD_PW, "203.0.113.10", T0 + 1, token, &who,
				  NULL, &e), 0, "another address is not held back: %s", e.message);
}

/* ---- sessions ---- */

Test(cohort, sessions_are_hashed_at_rest)
{
	char token[COHORT_TOKEN_SIZE], sql[256], hash[COHORT_TOKEN_HASH_SIZE];
	struct cohort_account who;
	struct error e = ERROR_INIT;

	make_account("edsger", COHORT_LEARNER);
	cr_assert_eq(cohort_login(db, "edsger", GOOD_PW, "::1", T0, token, &who, NULL, &e), 0);
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM session s WHERE position('%s' in "
		 "s::text) > 0", token);
	cr_assert_eq(count_rows(sql), 0, "no column of the session row holds the token");
	cohort_token_hash(token, hash);
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM session WHERE token_hash = '%s'", hash);
	cr_assert_eq(count_rows(sql), 1, "its SHA-256 is what is stored");
	cr_assert_eq(cohort_session_check(db, token, T0 + 5, &who, &e), 0, "%s", e.message);
	cr_assert_str_eq(who.username, "edsger");
	token[0] = token[0] == 'A' ? 'B' : 'A';
	cr_assert_eq(cohort_session_check(db, token, T0 + 5, &who, &e), -EACCES);
	cr_assert_eq(cohort_session_check(db, "nonsense", T0 + 5, &who, &e), -EACCES);
}

Test(cohort, sessions_expire_idle_and_absolute)
{
	char token[COHORT_TOKEN_SIZE];
	struct cohort_account who;
	struct error e = ERROR_INIT;
	int64_t id = make_account("barbara", COHORT_LEARNER), t;

	cr_assert_eq(cohort_session_create(db, id, T0, token, &e), 0);
	cr_assert_eq(cohort_session_check(db, token, T0 + COHORT_SESSION_IDLE_S + 1, &who, &e),
		     -EACCES, "idle too long");
	cr_assert(strstr(e.message, "expired"), "%s", e.message);

	cr_assert_eq(cohort_session_create(db, id, T0, token, &e), 0);
	/* Used every half idle period, it lives until the absolute limit. */
	for (t = T0 + COHORT_SESSION_IDLE_S / 2; t <= T0 + COHORT_SESSION_ABSOLUTE_S;
	     t += COHORT_SESSION_IDLE_S / 2)
		cr_assert_eq(cohort_session_check(db, token, t, &who, &e), 0, "at +%lld: %s",
			     (long long)(t - T0), e.message);
	cr_assert_eq(cohort_session_check(db, token, T0 + COHORT_SESSION_ABSOLUTE_S + 1, &who, &e),
		     -EACCES, "past the absolute limit, however active");
}

Test(cohort, logout_and_password_change_revoke)
{
	char one[COHORT_TOKEN_SIZE], two[COHORT_TOKEN_SIZE], three[COHORT_TOKEN_SIZE];
	struct cohort_account who;
	struct error e = ERROR_INIT;
	int64_t id = make_account("margaret", COHORT_LEARNER);

	cr_assert_eq(cohort_session_create(db, id, T0, one, &e), 0);
	cr_assert_eq(cohort_session_create(db, id, T0, two, &e), 0);
	cr_assert_eq(cohort_session_create(db, id, T0, three, &e), 0);
	cr_assert_eq(cohort_session_revoke(db, one, T0 + 1, &e), 0);
	cr_assert_eq(cohort_session_check(db, one, T0 + 2, &who, &e), -EACCES, "signed out");
	cr_assert_eq(cohort_session_check(db, two, T0 + 2, &who, &e), 0, "others stay");

	cr_assert_eq(cohort_password_change(db, id, OTHER_PW, "a brand new phrase", T0 + 3, &e),
		     -EACCES, "the old password must be right");
	cr_assert_eq(cohort_session_check(db, two, T0 + 4, &who, &e), 0);
	cr_assert_eq(cohort_password_change(db, id, GOOD_PW, OTHER_PW, T0 + 5, &e), 0, "%s",
		     e.message);
	cr_assert_eq(cohort_session_check(db, two, T0 + 6, &who, &e), -EACCES);
	cr_assert_eq(cohort_session_check(db, three, T0 + 6, &who, &e), -EACCES);
	cr_assert_eq(cohort_login(db, "margaret", GOOD_PW, "::1", T0 + 7, one, &who, NULL, &e),
		     -EACCES, "the old password is gone");
	cr_assert_eq(cohort_login(db, "margaret", OTHER_PW, "::1", T0 + 7, one, &who, NULL, &e), 0);
	cr_assert_eq(cohort_password_change(db, id, OTHER_PW, "password12345", T0 + 8, &e),
		     -EINVAL, "the policy applies to changes");
}

/* ---- cohorts, invites ---- */

Test(cohort, invites_admit_until_expired_or_revoked)
{
	int64_t instructor = make_account("ada", COHORT_INSTRUCTOR), cohort = 0, learner = 0;
	struct cohort_account owner = account(instructor);
	char invite[COHORT_TOKEN_SIZE], second[COHORT_TOKEN_SIZE], sql[256];
	struct error e = ERROR_INIT;

	cr_assert_eq(cohort_create(db, &owner, "Spring", T0, &cohort, invite, &e), 0, "%s",
		     e.message);
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM invite i WHERE position('%s' in "
		 "i::text) > 0", invite);
	cr_assert_eq(count_rows(sql), 0, "invites are hashed at rest too");
	cr_assert_eq(cohort_signup(db, invite, "learner1", GOOD_PW, T0 + 1, &learner, &e), 0, "%s",
		     e.message);
	cr_assert_eq(count_rows("SELECT count(*) FROM cohort_member"), 1);
	cr_assert_eq(account(learner).role, COHORT_LEARNER);

	cr_assert_eq(cohort_signup(db, invite, "learner1", OTHER_PW, T0 + 2, &learner, &e), -EEXIST);
	cr_assert_eq(cohort_signup(db, invite, "learner2", GOOD_PW,
				   T0 + COHORT_INVITE_TTL_S + 1, &learner, &e), -ENOENT);
	cr_assert(strstr(e.message, "expired"), "%s", e.message);
	cr_assert_eq(count_rows("SELECT count(*) FROM account"), 2, "nothing half-made");

	cr_assert_eq(cohort_invite_create(db, &owner, cohort, T0 + 3, 3600, second, &e), 0);
	cr_assert_eq(cohort_invite_revoke(db, &owner, cohort, T0 + 4, &e), 2, "both live invites");
	cr_assert_eq(cohort_signup(db, second, "learner3", GOOD_PW, T0 + 5, &learner, &e), -ENOENT);
	cr_assert(strstr(e.message, "revoked"), "%s", e.message);
	second[3] = second[3] == 'x' ? 'y' : 'x';
	cr_assert_eq(cohort_signup(db, second, "learner3", GOOD_PW, T0 + 5, &learner, &e), -ENOENT);
	cr_assert(strstr(e.message, "unknown"), "%s", e.message);
	cr_assert_eq(count_rows("SELECT count(*) FROM cohort_member"), 1);
}

Test(cohort, only_instructors_make_cohorts_and_invites)
{
	int64_t a = make_account("ada", COHORT_INSTRUCTOR), b = make_account("bob", COHORT_INSTRUCTOR);
	int64_t cohort = 0, learner = cohort_with_learner(a, "lea", &cohort);
	struct cohort_account as_learner = account(learner), as_b = account(b);
	char invite[COHORT_TOKEN_SIZE];
	struct error e = ERROR_INIT;
	int64_t other;

	cr_assert_eq(cohort_create(db, &as_learner, "Mine", T0, &other, invite, &e), -EACCES);
	cr_assert_eq(cohort_invite_create(db, &as_b, cohort, T0, 0, invite, &e), -EACCES);
	cr_assert_eq(cohort_invite_revoke(db, &as_b, cohort, T0, &e), -EACCES);
	cr_assert_eq(cohort_invite_create(db, &as_learner, cohort, T0, 0, invite, &e), -EACCES);
}

/* ---- roles ---- */

Test(cohort, who_may_see_what)
{
	int64_t a = make_account("ada", COHORT_INSTRUCTOR), b = make_account("bob", COHORT_INSTRUCTOR);
	int64_t admin = make_account("root-admin", COHORT_ADMIN);
	int64_t ca = 0, cb = 0;
	int64_t la = cohort_with_learner(a, "lea", &ca), lb = cohort_with_learner(b, "leb", &cb);
	struct cohort_account as_a = account(a), as_b = account(b), as_la = account(la);
	struct cohort_account as_admin = account(admin), nobody = { 0 };
	struct error e = ERROR_INIT;

	cr_assert_eq(cohort_may_see_learner(db, &as_a, la, &e), 1, "an instructor, their learner");
	cr_assert_eq(cohort_may_see_learner(db, &as_a, lb, &e), 0, "not another cohort's");
	cr_assert_eq(cohort_may_see_learner(db, &as_b, la, &e), 0);
	cr_assert_eq(cohort_may_see_learner(db, &as_la, la, &e), 1, "a learner, themselves");
	cr_assert_eq(cohort_may_see_learner(db, &as_la, lb, &e), 0, "never another learner");
	cr_assert_eq(cohort_may_see_learner(db, &as_admin, lb, &e), 1);
	cr_assert_eq(cohort_may_see_learner(db, &nobody, la, &e), 0);
	cr_assert_eq(cohort_may_see_learner(db, NULL, la, &e), 0);

	cr_assert_eq(cohort_may_see_cohort(db, &as_a, ca, &e), 1);
	cr_assert_eq(cohort_may_see_cohort(db, &as_a, cb, &e), 0);
	cr_assert_eq(cohort_may_see_cohort(db, &as_la, ca, &e), 0, "no instructor page for learners");
	cr_assert_eq(cohort_may_see_cohort(db, &as_admin, cb, &e), 1);
	cr_assert_eq(cohort_may_see_cohort(db, &as_admin, cb + 100, &e), 0, "no such cohort");
	cr_assert_eq(cohort_may_see_cohort(db, &nobody, ca, &e), 0);
}

/* ---- password resets ---- */

Test(cohort, reset_links_work_once_and_expire)
{
	int64_t a = make_account("ada", COHORT_INSTRUCTOR), b = make_account("bob", COHORT_INSTRUCTOR);
	int64_t cohort = 0, learner = cohort_with_learner(a, "lea", &cohort);
	struct cohort_account as_a = account(a), as_b = account(b), as_learner = account(learner);
	char token[COHORT_TOKEN_SIZE], session[COHORT_TOKEN_SIZE], sql[256];
	struct cohort_account who;
	struct error e = ERROR_INIT;

	cr_assert_eq(cohort_reset_create(db, &as_b, learner, T0, token, &e), -EACCES,
		     "not bob's learner");
	cr_assert_eq(cohort_reset_create(db, &as_learner, learner, T0, token, &e), -EACCES);
	cr_assert_eq(cohort_session_create(db, learner, T0, session, &e), 0);
	cr_assert_eq(cohort_reset_create(db, &as_a, learner, T0, token, &e), 0, "%s", e.message);
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM password_reset r WHERE position('%s' in "
		 "r::text) > 0", token);
	cr_assert_eq(count_rows(sql), 0, "reset tokens are hashed at rest");
	cr_assert_eq(cohort_reset_use(db, token, "short", T0 + 60, &e), -EINVAL);
	cr_assert_eq(cohort_reset_use(db, token, OTHER_PW, T0 + 60, &e), 0, "%s", e.message);
	cr_assert_eq(cohort_session_check(db, session, T0 + 61, &who, &e), -EACCES,
		     "a reset signs the account out");
	cr_assert_eq(cohort_login(db, "lea", OTHER_PW, "::1", T0 + 62, session, &who, NULL, &e), 0);
	cr_assert_eq(cohort_reset_use(db, token, "yet another phrase", T0 + 63, &e), -ENOENT,
		     "single use");

	cr_assert_eq(cohort_reset_create(db, &as_a, learner, T0, token, &e), 0);
	cr_assert_eq(cohort_reset_use(db, token, "yet another phrase", T0 + COHORT_RESET_TTL_S + 1,
				      &e), -ENOENT, "expired");
	cr_assert_eq(cohort_login(db, "lea", OTHER_PW, "::1", T0 + 64, session, &who, NULL, &e), 0,
		     "an expired link changed nothing");
}

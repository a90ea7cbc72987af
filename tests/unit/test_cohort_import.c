/* Importing a local export into a cohort learner's account (cohort/import.h)
 * and the hints of a learner without a workspace, against a real PostgreSQL
 * (pg_support.h): idempotent imports, only the attempts an import added are
 * marked imported, a bad file adds nothing, one learner's import never
 * touches another's history. */
#include <errno.h>
#include <stdarg.h>
#include "pg_support.h"
#include "cohort/accounts.h"
#include "cohort/import.h"
#include "cohort/schema.h"
#include "store/pg.h"

#define T0 1700000000
#define GOOD_PW "glass otter quietly sings"

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

TestSuite(cohort_import, .init = setup, .fini = teardown, .timeout = 240);

static int64_t learner(const char *name)
{
	struct error e = ERROR_INIT;
	int64_t id = 0;

	cr_assert_eq(cohort_account_create(db, name, GOOD_PW, COHORT_LEARNER, T0, &id, &e), 0,
		     "%s", e.message);
	return id;
}

static struct store *store_of(int64_t id)
{
	struct error e = ERROR_INIT;
	struct store *s = NULL;

	cr_assert_eq(pg_store_attach(db, id, &s, &e), 0, "%s", e.message);
	return s;
}

__attribute__((format(printf, 1, 2))) static long count_rows(const char *fmt, ...)
{
	char sql[256], *v;
	va_list ap;
	long n;

	va_start(ap, fmt);
	vsnprintf(sql, sizeof(sql), fmt, ap);
	va_end(ap);
	v = pgt_value(url, sql);
	n = v ? atol(v) : -1;
	free(v);
	return n;
}

/* An export of two attempts (ids ...a1 and ...a2) and a hint of 04's
 * rewrite, as `idiom progress --export` writes it. */
static const char EXPORT[] =
	"{\"format\": \"idiom-progress\", \"version\": 1, \"attempts\": ["
	"{\"id\": \"00000000000000000000000000000a1\", \"lesson\": 4, \"exercise\": \"rewrite\","
	" \"verdict\": \"fail\", \"time\": 1700000100, \"answer\": \"x = 1\\n\", \"report\": null,"
	" \"failing\": [\"Uses async\"]},"
	"{\"id\": \"00000000000000000000000000000a2\", \"lesson\": 4, \"exercise\": \"rewrite\","
	" \"verdict\": \"pass\", \"time\": 1700000200, \"answer\": \"x = 2\\n\", \"report\": null,"
	" \"failing\": []}],"
	" \"events\": [{\"id\": \"00000000000000000000000000000e1\", \"lesson\": 4, \"kind\": \"hint\","
	" \"exercise\": \"rewrite\", \"time\": 1700000150}]}";

Test(cohort_import, adds_once_and_marks_what_it_added)
{
	struct store_import_result res;
	struct error e = ERROR_INIT;
	int64_t bob = learner("bob");
	struct store *s = store_of(bob);

	cr_assert_eq(cohort_import(db, s, bob, EXPORT, sizeof(EXPORT) - 1, &res, &e), 0, "%s",
		     e.message);
	cr_expect_eq(res.added, 3);
	cr_expect_eq(res.skipped, 0);
	cr_expect_eq(count_rows("SELECT count(*) FROM imported_attempt WHERE learner_id = %lld",
				(long long)bob), 2);
	cr_assert_eq(cohort_import(db, s, bob, EXPORT, sizeof(EXPORT) - 1, &res, &e), 0, "%s",
		     e.message);
	cr_expect_eq(res.added, 0, "the second import added %zu", res.added);
	cr_expect_eq(res.skipped, 3);
	cr_expect_eq(count_rows("SELECT count(*) FROM store_attempt WHERE learner_id = %lld",
				(long long)bob), 2);
	store_close(s);
}

/* An attempt the server recorded first, whose id a file repeats, stays the
 * server's: not replaced, not marked imported. */
Test(cohort_import, an_attempt_already_here_is_not_marked)
{
	struct store_import_result res;
	struct error e = ERROR_INIT;
	int64_t bob = learner("bob");
	struct store *s = store_of(bob);
	struct store_attempt a = { .id = "00000000000000000000000000000a1", .lesson = 4,
				   .exercise = STORE_REWRITE, .verdict = STORE_FAIL,
				   .time = T0 + 50, .answer = "graded here\n" };

	cr_assert_eq(store_record_attempt(s, &a, &e), 0, "%s", e.message);
	cr_assert_eq(cohort_import(db, s, bob, EXPORT, sizeof(EXPORT) - 1, &res, &e), 0, "%s",
		     e.message);
	cr_expect_eq(res.added, 2);
	cr_expect_eq(count_rows("SELECT count(*) FROM imported_attempt WHERE learner_id = %lld "
				"AND attempt_id LIKE '%%a1'", (long long)bob), 0);
	cr_expect_eq(count_rows("SELECT count(*) FROM imported_attempt WHERE learner_id = %lld "
				"AND attempt_id LIKE '%%a2'", (long long)bob), 1);
	cr_expect_eq(count_rows("SELECT count(*) FROM store_attempt WHERE learner_id = %lld AND "
				"answer = 'graded here\n'", (long long)bob), 1);
	store_close(s);
}

Test(cohort_import, a_bad_file_adds_nothing)
{
	static const char bad[] = "{\"format\": \"idiom-progress\", \"version\": 1, \"attempts\": "
				  "[{\"id\": \"zz\"}], \"events\": []}";
	struct store_import_result res;
	struct error e = ERROR_INIT;
	int64_t bob = learner("bob");
	struct store *s = store_of(bob);

	cr_expect_eq(cohort_import(db, s, bob, bad, sizeof(bad) - 1, &res, &e), -EINVAL);
	cr_expect(strstr(e.message, "attempts"), "%s", e.message);
	cr_expect_eq(cohort_import(db, s, bob, "not json", 8, &res, &e), -EINVAL);
	cr_expect_eq(count_rows("SELECT count(*) FROM store_attempt WHERE learner_id = %lld",
				(long long)bob), 0);
	cr_expect_eq(count_rows("SELECT count(*) FROM imported_attempt WHERE learner_id = %lld",
				(long long)bob), 0);
	store_close(s);
}

/* The same file imported by two learners: two histories, each marked as
 * its own, neither seeing the other's. */
Test(cohort_import, learners_never_share_an_import)
{
	struct store_import_result res;
	struct store_summary sum;
	struct error e = ERROR_INIT;
	int64_t bob = learner("bob"), dan = learner("dan");
	struct store *sb = store_of(bob), *sd = store_of(dan);

	cr_assert_eq(cohort_import(db, sb, bob, EXPORT, sizeof(EXPORT) - 1, &res, &e), 0, "%s",
		     e.message);
	cr_assert_eq(cohort_import(db, sd, dan, EXPORT, sizeof(EXPORT) - 1, &res, &e), 0, "%s",
		     e.message);
	cr_expect_eq(res.added, 3, "dan's import skipped bob's records");
	cr_expect_eq(count_rows("SELECT count(*) FROM imported_attempt WHERE learner_id = %lld",
				(long long)dan), 2);
	/* The imported hint names its exercise: it counts in dan's summary. */
	cr_assert_eq(store_summary(sd, 4, &sum, &e), 0, "%s", e.message);
	cr_expect_eq(sum.attempts, 2);
	cr_expect_eq(sum.hints, 1);
	cr_expect_eq(sum.exercises[STORE_REWRITE].hints, 1);
	store_summary_free(&sum);
	store_close(sb);
	store_close(sd);
}

/* Hints of a learner without a workspace live in PostgreSQL, per exercise,
 * cleared for the next hint's count by a reset of that exercise. */
Test(cohort_import, hints_are_counted_per_exercise_since_a_reset)
{
	struct store_summary sum;
	struct error e = ERROR_INIT;
	int64_t bob = learner("bob");
	struct store *s = store_of(bob);

	cr_assert_eq(store_record_hint(s, 4, STORE_REWRITE, T0 + 1, &e), 0, "%s", e.message);
	cr_assert_eq(store_record_hint(s, 4, STORE_REWRITE, T0 + 2, &e), 0, "%s", e.message);
	cr_assert_eq(store_record_hint(s, 4, STORE_PRACTICE, T0 + 3, &e), 0, "%s", e.message);
	cr_assert_eq(store_reset(s, 4, STORE_PRACTICE, T0 + 4, &e), 0, "%s", e.message);
	cr_assert_eq(store_summary(s, 4, &sum, &e), 0, "%s", e.message);
	cr_expect_eq(sum.hints, 3);
	cr_expect_eq(sum.exercises[STORE_REWRITE].hints, 2);
	cr_expect_eq(sum.exercises[STORE_PRACTICE].hints, 0, "the reset cleared practice's");
	store_summary_free(&sum);
	cr_expect_eq(store_record_hint(s, 4, (enum store_exercise)7, 0, &e), -EINVAL);
	cr_expect_eq(count_rows("SELECT count(*) FROM store_event WHERE learner_id = %lld AND "
				"kind = 'hint' AND exercise = 'rewrite'", (long long)bob), 2);
	store_close(s);
}

/* Answer review against a real PostgreSQL (pg_support.h): the latest answer
 * of each member only, comments on a shape (set, replaced, removed, seen
 * by the learners of that shape only), overrides (checked against the
 * attempt's report, kept to their learner), and an attempt exported as a
 * graded example with the instructor's verdicts. */
#include <errno.h>
#include "pg_support.h"
#include "cohort/accounts.h"
#include "cohort/review.h"
#include "cohort/schema.h"

#define T0 1700000000
#define PW "glass otter quietly sings"
#define REPORT "{\"status\":\"fail\",\"criteria\":[{\"title\":\"Uses async\",\"status\":\"pass\"}," \
	       "{\"title\":\"Stays sequential\",\"status\":\"fail\"}]}"

static char dbname[40];
static char *url;
static struct pg_db *db;
static int64_t cohort, ann, ben, out;	/* ann and ben in COHORT, out not */

static int64_t learner_in(const char *name, const char *invite)
{
	struct error e = ERROR_INIT;
	int64_t id = 0;

	cr_assert_eq(cohort_signup(db, invite, name, PW, T0, &id, &e), 0, "%s", e.message);
	return id;
}

static void attempt(int64_t who, const char *id, int64_t time, const char *answer)
{
	struct error e = ERROR_INIT;
	char w[24], t[24];
	const char *params[] = { pg_int(w, who), id, pg_int(t, time), answer, REPORT };

	cr_assert_eq(pg_db_query(db, "INSERT INTO store_attempt (learner_id, id, lesson, exercise, "
				 "verdict, time, answer, report) VALUES ($1, $2, 4, 'rewrite', 'fail', "
				 "$3, $4, $5)", 5, params, NULL, &e), 0, "%s", e.message);
}

static void setup(void)
{
	struct error e = ERROR_INIT;
	struct cohort_account owner;
	char invite[COHORT_TOKEN_SIZE], other_invite[COHORT_TOKEN_SIZE];
	int64_t teacher = 0, other;

	url = pgt_create_db(dbname);
	cr_assert_eq(cohort_db_open(url, &db, &e), 0, "%s", e.message);
	cr_assert_eq(cohort_account_create(db, "ada", PW, COHORT_INSTRUCTOR, T0, &teacher, &e), 0);
	cr_assert_eq(cohort_account_get(db, teacher, &owner, &e), 0);
	cr_assert_eq(cohort_create(db, &owner, "Spring", T0, &cohort, invite, &e), 0, "%s", e.message);
	cr_assert_eq(cohort_create(db, &owner, "Autumn", T0, &other, other_invite, &e), 0);
	ann = learner_in("ann", invite);
	ben = learner_in("ben", invite);
	out = learner_in("out", other_invite);
	attempt(ann, "a1", T0 + 1, "x = 1\n");
	attempt(ann, "a2", T0 + 2, "y = 2\n");
	attempt(ben, "b1", T0 + 1, "z = 3\n");
	attempt(out, "o1", T0 + 1, "w = 4\n");
}

static void teardown(void)
{
	pg_db_close(db);
	pgt_drop_db(dbname);
	free(url);
}

TestSuite(review, .init = setup, .fini = teardown, .timeout = 240);

Test(review, latest_answer_of_each_member_only)
{
	struct error e = ERROR_INIT;
	json_t *list = NULL;

	cr_assert_eq(review_latest(db, cohort, 4, "rewrite", &list, &e), 0, "%s", e.message);
	cr_assert_eq(json_array_size(list), 2);
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(list, 0), "username")), "ann");
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(list, 0), "attempt")), "a2");
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(list, 1), "attempt")), "b1");
	cr_assert(json_is_object(json_object_get(json_array_get(list, 0), "report")));
	json_decref(list);
	cr_assert_eq(review_latest(db, cohort, 4, "nonsense", &list, &e), -EINVAL);
}

Test(review, a_comment_is_set_replaced_and_removed)
{
	struct error e = ERROR_INIT;
	const char *shape = "0123456789abcdef";
	json_t *list = NULL;

	cr_assert_eq(review_comment_set(db, cohort, 4, "rewrite", shape, ann, "first", T0, &e), 0,
		     "%s", e.message);
	cr_assert_eq(review_comment_set(db, cohort, 4, "rewrite", shape, ann, "second", T0, &e), 0);
	cr_assert_eq(review_comments(db, cohort, 4, "rewrite", &list, &e), 0);
	cr_assert_eq(json_array_size(list), 1);
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(list, 0), "comment")), "second");
	json_decref(list);
	/* ann (of that cohort) sees it on that shape; out (another cohort) not. */
	cr_assert_eq(review_comments_for(db, ann, 4, "rewrite", shape, &list, &e), 0);
	cr_assert_eq(json_array_size(list), 1);
	json_decref(list);
	cr_assert_eq(review_comments_for(db, ann, 4, "rewrite", "fedcba9876543210", &list, &e), 0);
	cr_assert_eq(json_array_size(list), 0);
	json_decref(list);
	cr_assert_eq(review_comments_for(db, out, 4, "rewrite", shape, &list, &e), 0);
	cr_assert_eq(json_array_size(list), 0);
	json_decref(list);
	cr_assert_eq(review_comment_set(db, cohort, 4, "rewrite", shape, ann, "", T0, &e), 0);
	cr_assert_eq(review_comments(db, cohort, 4, "rewrite", &list, &e), 0);
	cr_assert_eq(json_array_size(list), 0);
	json_decref(list);
	cr_assert_eq(review_comment_set(db, cohort, 4, "rewrite", "not-a-key", ann, "x", T0, &e), -EINVAL);
}

Test(review, an_override_is_checked_and_kept_to_its_learner)
{
	struct error e = ERROR_INIT;
	json_t *list = NULL;

	cr_assert_eq(review_override_set(db, ann, "b1", "Stays sequential", "pass", "ok", ben, T0, &e),
		     -ENOENT, "ben's attempt taken for ann's");
	cr_assert_eq(review_override_set(db, ann, "a2", "No such title", "pass", "ok", ben, T0, &e),
		     -EINVAL);
	cr_assert_eq(review_override_set(db, ann, "a2", "Stays sequential", "maybe", "ok", ben, T0, &e),
		     -EINVAL);
	cr_assert_eq(review_override_set(db, ann, "a2", "Stays sequential", "pass", "", ben, T0, &e),
		     -EINVAL);
	cr_assert_eq(review_override_set(db, ann, "a2", "Stays sequential", "pass", "first", ben, T0,
					 &e), 0, "%s", e.message);
	cr_assert_eq(review_override_set(db, ann, "a2", "Stays sequential", "pass", "why", ben, T0 + 1,
					 &e), 0, "%s", e.message);
	cr_assert_eq(review_overrides(db, ann, 4, "rewrite", NULL, &list, &e), 0, "%s", e.message);
	cr_assert_eq(json_array_size(list), 1, "replaced, not added");
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(list, 0), "grader")), "fail");
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(list, 0), "comment")), "why");
	json_decref(list);
	cr_assert_eq(review_overrides(db, ben, 4, "rewrite", NULL, &list, &e), 0);
	cr_assert_eq(json_array_size(list), 0, "ann's override shown to ben");
	json_decref(list);
}

Test(review, an_attempt_becomes_a_graded_example)
{
	struct error e = ERROR_INIT;
	struct criterion crit[2] = { { "async-await", "Uses async", 1 },
				     { "sequential", "Stays sequential", 2 } };
	struct exercise ex = { .kind = EXERCISE_REWRITE, .name = "rewrite", .criteria = crit,
			       .ncriteria = 2 };
	char file[REVIEW_FILE_SIZE];
	struct buf yaml = BUF_INIT;
	json_t *at = NULL, *overrides = NULL;

	cr_assert_eq(review_attempt(db, ann, "a2", &at, &e), 0, "%s", e.message);
	cr_assert_eq(review_example(&ex, "ann", at, NULL, file, &yaml, &e), 0, "%s", e.message);
	cr_assert_str_eq(file, "cohort-ann-a2.py");
	cr_assert(strstr(yaml.data, "  cohort-ann-a2.py:\n    note: 'from a cohort: ann''s attempt a2"),
		  "%s", yaml.data);
	cr_assert(strstr(yaml.data, "    status: fail\n    criteria:\n      async-await: pass\n"
			 "      sequential: fail\n"), "%s", yaml.data);
	buf_reset(&yaml);
	cr_assert_eq(review_override_set(db, ann, "a2", "Stays sequential", "pass", "it's fine", ben,
					 T0, &e), 0);
	cr_assert_eq(review_overrides(db, ann, 4, "rewrite", "a2", &overrides, &e), 0);
	cr_assert_eq(review_example(&ex, "ann", at, overrides, file, &yaml, &e), 0);
	cr_assert(strstr(yaml.data, "    status: pass\n"), "%s", yaml.data);
	cr_assert(strstr(yaml.data, "      sequential: pass\n"), "%s", yaml.data);
	cr_assert(strstr(yaml.data, "ben overrode \"Stays sequential\" to pass: it''s fine"), "%s",
		  yaml.data);
	ex.ncriteria = 1;	/* the course lost a criterion since */
	cr_assert_eq(review_example(&ex, "ann", at, overrides, file, &yaml, &e), -EINVAL);
	json_decref(at);
	json_decref(overrides);
	buf_free(&yaml);
}

/* What a cohort server needs of learn/: a learner with no workspace folder
 * (home NULL) whose current answer is the latest one recorded, and a
 * client's attempt id that makes a retried check record once. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "learn/learn.h"
#include "util/fsutil.h"

#define COURSE "tests/fixtures/learn-course"
#define ANSWER_ONE "def greet():\n    return 1\n"
#define ANSWER_TWO "def greet():\n    return 2\n"

static struct course *course;
static struct store *store;
static struct grader *grader;
static struct learner lr;
static char home[] = "/tmp/idiom-web-learner-XXXXXX";

static void setup(void)
{
	struct diags d;
	struct error err = ERROR_INIT;

	diags_init(&d);
	course = course_load(COURSE, &d);
	diags_free(&d);
	cr_assert(course);
	cr_assert(mkdtemp(home));
	cr_assert_eq(learn_store_open(home, 1, &store, &err), 0, "%s", err.message);
	grader = grader_new(course, GRADER_STATIC_ONLY);
	/* The store lives somewhere, but the learner has no workspace. */
	lr = (struct learner){ .store = store, .id = LEARN_LOCAL_ID, .home = NULL };
}

static void teardown(void)
{
	char cmd[128];

	grader_free(grader);
	store_close(store);
	course_free(course);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", home);
	cr_assert_eq(system(cmd), 0);
}

TestSuite(web_learner, .init = setup, .fini = teardown, .timeout = 60);

static void check(const char *answer, const char *id)
{
	struct learn_check_options opt = { .record = 1, .save = 1, .attempt_id = id };
	struct learn_result res;
	struct error err = ERROR_INIT;

	cr_assert_eq(learn_check(&lr, grader, course->lessons[0], EXERCISE_REWRITE, "rewrite.py",
				 answer, strlen(answer), &opt, &res, &err), 0, "%s", err.message);
	cr_expect(res.recorded, "%s", res.not_recorded.message);
	cr_expect_eq(res.not_saved.code, 0, "no home: nothing to save, no warning");
	learn_result_free(&res);
}

static size_t attempts(void)
{
	struct store_attempt_list list = { 0 };
	size_t n;

	cr_assert_eq(store_history(store, course->lessons[0]->number, STORE_REWRITE, &list, NULL), 0);
	n = list.count;
	store_attempt_list_free(&list);
	return n;
}

Test(web_learner, without_a_home_the_current_answer_is_the_latest_recorded)
{
	char *text = learn_answer_current(&lr, course->lessons[0], EXERCISE_REWRITE);
	char *path = learn_starter_path(&course->lessons[0]->exercises[EXERCISE_REWRITE]);
	char *starter = NULL;

	cr_assert_eq(fs_read_file(path, 1 << 20, &starter, NULL), 0);
	cr_expect_str_eq(text, starter, "nothing recorded yet: the starter");
	free(text);
	check(ANSWER_ONE, NULL);
	check(ANSWER_TWO, NULL);
	text = learn_answer_current(&lr, course->lessons[0], EXERCISE_REWRITE);
	cr_expect_str_eq(text, ANSWER_TWO);
	free(text);
	free(starter);
	free(path);
}

Test(web_learner, an_attempt_id_records_a_retry_once)
{
	check(ANSWER_ONE, "550e8400e29b41d4a716446655440000");
	check(ANSWER_ONE, "550e8400e29b41d4a716446655440000");
	cr_expect_eq(attempts(), 1);
	check(ANSWER_ONE, "650e8400e29b41d4a716446655440000");
	cr_expect_eq(attempts(), 2);
}

/* The application layer (src/learn/) for one learner on a two-lesson
 * fixture course (tests/fixtures/learn-course, unlock: sequential), with a
 * real store and workspace in a temporary folder: check-and-record, the hint
 * counter, status and locking, start and reset, drafts, and a store that
 * cannot record. */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "grade/report.h"
#include "learn/learn.h"
#include "store/backend.h"
#include "util/fsutil.h"
#include "util/limits.h"

#define COURSE "tests/fixtures/learn-course"
#define GOOD_REWRITE \
	"def format_greeting(user_name, unread_messages):\n" \
	"    if user_name is None:\n" \
	"        return \"Hello, guest\"\n" \
	"    if not unread_messages:\n" \
	"        return f\"Hello, {user_name}. No new messages.\"\n" \
	"    return f\"Hello, {user_name}. You have {len(unread_messages)} new messages.\"\n"

static struct course *course;
static struct store *store;
static struct grader *grader;
static struct learner lr;
static char home[] = "/tmp/idiom-learn-test-XXXXXX";

static void setup(void)
{
	struct diags d;
	struct error err = ERROR_INIT;

	diags_init(&d);
	course = course_load(COURSE, &d);
	diags_print(&d, stderr);
	diags_free(&d);
	cr_assert(course, "the fixture course did not load");
	cr_assert_eq(course->count, 2);
	cr_assert(mkdtemp(home));
	cr_assert_eq(learn_store_open(home, 1, &store, &err), 0, "%s", err.message);
	grader = grader_new(course, GRADER_STATIC_ONLY);
	lr = (struct learner){ .store = store, .id = LEARN_LOCAL_ID, .home = home };
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

TestSuite(learn, .init = setup, .fini = teardown, .timeout = 60);

static struct lesson *lesson(int i)
{
	return course->lessons[i];
}

static size_t attempts_of(int lesson_number, enum store_exercise ex, int *cleared)
{
	struct store_attempt_list list = { 0 };
	struct error err = ERROR_INIT;
	size_t n;

	cr_assert_eq(store_history(store, lesson_number, ex, &list, &err), 0, "%s", err.message);
	n = list.count;
	if (cleared)
		*cleared = n ? list.items[0].cleared : 0;
	store_attempt_list_free(&list);
	return n;
}

static char *read_text(const char *path)
{
	char *text = NULL;

	cr_assert_eq(fs_read_file(path, IDIOM_ANSWER_MAX, &text, NULL), 0, "cannot read %s", path);
	return text;
}

static char *starter_text(enum exercise_kind k)
{
	char *path = learn_starter_path(&lesson(0)->exercises[k]);
	char *text = read_text(path);

	free(path);
	return text;
}

Test(learn, check_grades_records_and_saves)
{
	struct learn_check_options opt = { .record = 1, .save = 1 };
	struct learn_result res;
	struct error err = ERROR_INIT;
	char *path, *saved;

	cr_assert_eq(learn_check(&lr, grader, lesson(0), EXERCISE_REWRITE, "rewrite.py",
				 GOOD_REWRITE, strlen(GOOD_REWRITE), &opt, &res, &err), 0,
		     "%s", err.message);
	cr_assert_not_null(res.report);
	cr_expect_eq(report_status(res.report), REPORT_PASS);
	cr_expect(res.recorded);
	cr_expect_eq(res.not_recorded.code, 0);
	learn_result_free(&res);
	cr_expect_eq(attempts_of(1, STORE_REWRITE, NULL), 1);

	path = learn_answer_path(&lr, lesson(0), EXERCISE_REWRITE);
	saved = read_text(path);
	cr_expect_str_eq(saved, GOOD_REWRITE);
	free(saved);

	/* A failing answer is recorded with its verdict and failing criteria. */
	cr_assert_eq(learn_check_file(&lr, grader, lesson(0), EXERCISE_REWRITE, path,
				      &(struct learn_check_options){ .record = 1 }, &res, &err), 0);
	learn_result_free(&res);
	cr_expect_eq(attempts_of(1, STORE_REWRITE, NULL), 2);
	free(path);
}

Test(learn, check_only_changed_skips_the_same_answer)
{
	struct learn_check_options opt = { .record = 1, .only_changed = 1 };
	struct learn_result res;
	const char *other = "def formatGreeting(userName, unread):\n    return userName\n";

	for (int i = 0; i < 2; i++) {
		cr_assert_eq(learn_check(&lr, grader, lesson(0), EXERCISE_REWRITE, "rewrite.py",
					 GOOD_REWRITE, strlen(GOOD_REWRITE), &opt, &res, NULL), 0);
		cr_expect_eq(res.recorded, i == 0);
		learn_result_free(&res);
	}
	cr_assert_eq(learn_check(&lr, grader, lesson(0), EXERCISE_REWRITE, "rewrite.py",
				 other, strlen(other), &opt, &res, NULL), 0);
	cr_expect_neq(report_status(res.report), REPORT_PASS, "camelCase fails the naming criterion");
	cr_expect(res.recorded);
	learn_result_free(&res);
	cr_expect_eq(attempts_of(1, STORE_REWRITE, NULL), 2);
}

Test(learn, check_refuses_a_missing_file_and_an_oversized_answer)
{
	struct learn_result res;
	struct error err = ERROR_INIT;
	char *big = calloc(IDIOM_ANSWER_MAX + 2, 1);

	cr_assert_eq(learn_check_file(&lr, grader, lesson(0), EXERCISE_REWRITE,
				      "/nonexistent/rewrite.py", NULL, &res, &err), -ENOENT);
	cr_expect(strstr(err.message, "idiom start"), "%s", err.message);
	learn_result_free(&res);
	memset(big, 'x', IDIOM_ANSWER_MAX + 1);
	cr_assert_eq(learn_check(&lr, grader, lesson(0), EXERCISE_REWRITE, "rewrite.py", big,
				 IDIOM_ANSWER_MAX + 1, NULL, &res, &err), -EFBIG);
	cr_expect(strstr(err.message, "256 KiB"), "%s", err.message);
	learn_result_free(&res);
	free(big);
	cr_expect_eq(attempts_of(1, STORE_REWRITE, NULL), 0);
}

Test(learn, hints_come_one_more_each_time_and_reset_forgets_them)
{
	struct learn_hint h;
	struct diags d;
	struct learn_files files;
	size_t count;

	diags_init(&d);
	cr_assert_eq(learn_hint_next(&lr, grader, lesson(0), EXERCISE_REWRITE, &h, &d, NULL), 0);
	count = h.count;
	/* The fixture's 01 Rewrite has four hints, the gentlest first. */
	cr_assert_eq(count, 4);
	cr_assert(!strncmp(h.hints[0], "Start from the shape: `def format_greeting", 42), "%s",
		  h.hints[0]);
	cr_expect_eq(h.shown, 1);
	cr_expect_not(h.again);
	for (size_t i = 2; i <= count; i++) {
		cr_assert_eq(learn_hint_next(&lr, grader, lesson(0), EXERCISE_REWRITE, &h, &d, NULL), 0);
		cr_expect_eq(h.shown, i);
		cr_expect_eq(h.warning.code, 0, "%s", h.warning.message);
	}
	cr_assert_eq(learn_hint_next(&lr, grader, lesson(0), EXERCISE_REWRITE, &h, &d, NULL), 0);
	cr_expect_eq(h.shown, count);
	cr_expect(h.again, "past the last, the last again");
	/* Another exercise counts on its own. */
	cr_assert_eq(learn_hint_next(&lr, grader, lesson(0), EXERCISE_PRACTICE, &h, &d, NULL), 0);
	cr_expect_eq(h.count, 4);
	cr_expect_eq(h.shown, 1);

	cr_assert_eq(learn_reset(&lr, lesson(0), EXERCISE_REWRITE, &files, NULL), 0);
	learn_files_free(&files);
	cr_assert_eq(learn_hint_next(&lr, grader, lesson(0), EXERCISE_REWRITE, &h, &d, NULL), 0);
	cr_expect_eq(h.shown, 1, "reset starts the hints again");
	diags_free(&d);
}

/* A cohort learner has no workspace folder: the store's hint events of the
 * exercise are the count, so hints still come one more each time (issue
 * 14: they used to restart at the first), and a reset of the exercise in
 * the store starts them again. */
Test(learn, hints_without_a_workspace_are_counted_in_the_store)
{
	struct learner cohort = { .store = store, .id = 7, .home = NULL };
	struct store_summary sum;
	struct learn_hint h;
	struct diags d;

	diags_init(&d);
	for (size_t i = 1; i <= 4; i++) {
		cr_assert_eq(learn_hint_next(&cohort, grader, lesson(0), EXERCISE_REWRITE, &h, &d,
					     NULL), 0);
		cr_expect_eq(h.shown, i);
		cr_expect_eq(h.warning.code, 0, "%s", h.warning.message);
	}
	cr_assert_eq(learn_hint_next(&cohort, grader, lesson(0), EXERCISE_REWRITE, &h, &d, NULL), 0);
	cr_expect(h.again);
	cr_assert_eq(learn_hint_next(&cohort, grader, lesson(0), EXERCISE_PRACTICE, &h, &d, NULL), 0);
	cr_expect_eq(h.shown, 1);
	cr_assert_eq(store_summary(store, 1, &sum, NULL), 0);
	cr_expect_eq(sum.hints, 6);
	cr_expect_eq(sum.exercises[STORE_REWRITE].hints, 5);
	cr_expect_eq(sum.exercises[STORE_PRACTICE].hints, 1);
	store_summary_free(&sum);
	cr_assert_eq(store_reset(store, 1, STORE_REWRITE, 0, NULL), 0);
	cr_assert_eq(learn_hint_next(&cohort, grader, lesson(0), EXERCISE_REWRITE, &h, &d, NULL), 0);
	cr_expect_eq(h.shown, 1, "a reset starts the hints again");
	diags_free(&d);
}

static void load(struct learn_course *lc)
{
	struct error err = ERROR_INIT;

	cr_assert_eq(learn_course_load(&lr, course, lc, &err), 0, "%s", err.message);
}

static void pass_all(int lesson_number)
{
	struct error err = ERROR_INIT;

	for (int k = 0; k < STORE_EXERCISE_COUNT; k++) {
		struct store_attempt a = { .lesson = lesson_number, .exercise = (enum store_exercise)k,
					   .verdict = STORE_PASS, .answer = "x" };

		cr_assert_eq(store_record_attempt(store, &a, &err), 0, "%s", err.message);
	}
}

Test(learn, status_locks_the_next_lesson_until_this_one_is_done)
{
	struct learn_course lc;
	struct learn_files files;

	load(&lc);
	cr_expect_eq(lc.status[0], LEARN_OPEN);
	cr_expect_eq(lc.status[1], LEARN_LOCKED);
	cr_expect_eq(lc.next, 0);
	cr_expect_eq(lc.done, 0);
	learn_course_free(&lc);

	cr_assert_eq(learn_start(&lr, lesson(0), &files, NULL), 0);
	learn_files_free(&files);
	load(&lc);
	cr_expect_eq(lc.status[0], LEARN_STARTED);
	cr_expect_eq(lc.status[1], LEARN_LOCKED);
	cr_expect_eq(lc.next, 0);
	learn_course_free(&lc);

	pass_all(1);
	load(&lc);
	cr_expect_eq(lc.status[0], LEARN_DONE);
	cr_expect_eq(lc.status[1], LEARN_OPEN);
	cr_expect_eq(lc.next, 1);
	cr_expect_eq(lc.done, 1);
	cr_expect_str_eq(learn_status_name(lc.status[0]), "done");
	learn_course_free(&lc);

	pass_all(2);
	load(&lc);
	cr_expect_eq(lc.next, -1, "nothing left to suggest");
	cr_expect_eq(lc.done, 2);
	learn_course_free(&lc);
}

/* Per lesson and exercise: what the newest attempt still fails, counted
 * over every attempt; a criterion that passes now is left out. */
Test(learn, progress_counts_failing_criteria_over_attempts)
{
	struct learn_progress p;
	struct error err = ERROR_INIT;
	const char *const fail1[] = { "A", "B" }, *const fail2[] = { "B" };
	struct store_attempt a = { .lesson = 1, .exercise = STORE_REWRITE, .verdict = STORE_FAIL,
				   .answer = "x", .failing = fail1, .failing_count = 2, .time = 100 };

	cr_assert_eq(store_record_attempt(store, &a, &err), 0, "%s", err.message);
	memset(a.id, 0, sizeof(a.id));
	a.lesson = 2;
	a.failing = fail2;
	a.failing_count = 1;
	cr_assert_eq(store_record_attempt(store, &a, &err), 0, "%s", err.message);
	memset(a.id, 0, sizeof(a.id));
	a.lesson = 1;	/* lesson 1's newest: A passes now */
	a.time = 200;
	cr_assert_eq(store_record_attempt(store, &a, &err), 0, "%s", err.message);
	cr_assert_eq(learn_progress_load(&lr, course, &p, &err), 0, "%s", err.message);
	cr_assert_eq(p.failing_count, 2);
	cr_expect_eq(p.failing[0].lesson, 1);
	cr_expect_eq(p.failing[0].exercise, EXERCISE_REWRITE);
	cr_expect_str_eq(p.failing[0].criterion, "B");
	cr_expect_eq(p.failing[0].count, 2, "both of lesson 1's attempts failed B");
	cr_expect_eq(p.failing[1].lesson, 2);
	cr_expect_str_eq(p.failing[1].criterion, "B");
	cr_expect_eq(p.failing[1].count, 1);
	cr_expect_eq(p.lessons.sums[0].attempts, 2);
	cr_expect_eq(p.lessons.sums[1].attempts, 1);
	learn_progress_free(&p);
}

Test(learn, start_never_overwrites_the_learners_work)
{
	struct learn_files files;
	struct error err = ERROR_INIT;
	char *dir = NULL, *text, *starter;
	const char *mine = "# my own work\n";

	cr_assert_eq(learn_lesson_dir_make(&lr, lesson(0), &dir, &err), 0, "%s", err.message);
	free(dir);
	cr_assert_eq(learn_answer_save(&lr, lesson(0), EXERCISE_REWRITE, mine, strlen(mine), &err), 0,
		     "%s", err.message);
	cr_assert_eq(learn_start(&lr, lesson(0), &files, &err), 0, "%s", err.message);
	cr_expect_eq(files.state[EXERCISE_REWRITE], LEARN_FILE_KEPT);
	cr_expect_eq(files.state[EXERCISE_REFLECT], LEARN_FILE_WRITTEN);
	cr_expect_eq(files.state[EXERCISE_PRACTICE], LEARN_FILE_WRITTEN);
	text = read_text(files.path[EXERCISE_REWRITE]);
	cr_expect_str_eq(text, mine);
	free(text);
	text = read_text(files.path[EXERCISE_PRACTICE]);
	starter = starter_text(EXERCISE_PRACTICE);
	cr_expect_str_eq(text, starter);
	free(text);
	free(starter);
	learn_files_free(&files);

	/* A second start keeps all three. */
	cr_assert_eq(learn_start(&lr, lesson(0), &files, &err), 0, "%s", err.message);
	for (int k = 0; k < EXERCISE_COUNT; k++)
		cr_expect_eq(files.state[k], LEARN_FILE_KEPT);
	learn_files_free(&files);
	text = learn_answer_current(&lr, lesson(0), EXERCISE_REWRITE);
	cr_expect_str_eq(text, mine);
	free(text);
}

Test(learn, reset_restores_the_starter_and_keeps_history)
{
	struct learn_check_options opt = { .record = 1, .save = 1 };
	struct learn_result res;
	struct learn_files files;
	struct learn_course lc;
	struct error err = ERROR_INIT;
	char *text, *starter;
	int cleared = 0;

	cr_assert_eq(learn_check(&lr, grader, lesson(0), EXERCISE_REWRITE, "rewrite.py",
				 GOOD_REWRITE, strlen(GOOD_REWRITE), &opt, &res, &err), 0);
	learn_result_free(&res);
	cr_assert_eq(learn_draft_save(&lr, lesson(0), EXERCISE_REWRITE, "draft", 5, &err), 0);
	cr_assert_eq(learn_reset(&lr, lesson(0), -1, &files, &err), 0, "%s", err.message);
	for (int k = 0; k < EXERCISE_COUNT; k++)
		cr_expect_eq(files.state[k], LEARN_FILE_WRITTEN);
	text = read_text(files.path[EXERCISE_REWRITE]);
	starter = starter_text(EXERCISE_REWRITE);
	cr_expect_str_eq(text, starter);
	free(text);
	free(starter);
	learn_files_free(&files);
	cr_expect_eq(attempts_of(1, STORE_REWRITE, &cleared), 1, "history is kept");
	cr_expect(cleared, "the attempt is marked as before the reset");
	load(&lc);
	cr_expect_eq(lc.status[0], LEARN_OPEN);
	learn_course_free(&lc);
	cr_assert_eq(learn_draft_load(&lr, lesson(0), EXERCISE_REWRITE, &text, &err), 0);
	cr_expect_null(text, "reset drops the draft");
}

Test(learn, drafts_round_trip_per_exercise)
{
	struct error err = ERROR_INIT;
	struct learner none = { .id = LEARN_LOCAL_ID, .home = home };
	char *text;

	cr_assert_eq(learn_draft_load(&lr, lesson(0), EXERCISE_PRACTICE, &text, &err), 0);
	cr_expect_null(text);
	cr_assert_eq(learn_draft_save(&lr, lesson(0), EXERCISE_PRACTICE, "def f():\n    pa", 15,
				      &err), 0, "%s", err.message);
	cr_assert_eq(learn_draft_save(&lr, lesson(1), EXERCISE_PRACTICE, "other", 5, &err), 0);
	cr_assert_eq(learn_draft_load(&lr, lesson(0), EXERCISE_PRACTICE, &text, &err), 0);
	cr_expect_str_eq(text, "def f():\n    pa");
	free(text);
	cr_assert_eq(learn_draft_load(&lr, lesson(0), EXERCISE_REWRITE, &text, &err), 0);
	cr_expect_null(text, "drafts are per exercise");
	/* No draft is an answer: the workspace file is untouched. */
	text = learn_answer_current(&lr, lesson(0), EXERCISE_PRACTICE);
	cr_expect(strstr(text, "def f():\n    pa") == NULL);
	free(text);
	cr_assert_eq(learn_draft_save(&lr, lesson(0), EXERCISE_PRACTICE, NULL, 0, &err), 0);
	cr_assert_eq(learn_draft_load(&lr, lesson(0), EXERCISE_PRACTICE, &text, &err), 0);
	cr_expect_null(text, "removed");
	cr_expect_eq(learn_draft_save(&lr, lesson(0), EXERCISE_PRACTICE, "a\0b", 3, &err), -EINVAL);
	cr_expect_eq(learn_draft_save(&none, lesson(0), EXERCISE_PRACTICE, "x", 1, &err), -ENOENT);
	cr_assert_eq(learn_draft_load(&none, lesson(0), EXERCISE_PRACTICE, &text, &err), 0);
	cr_expect_null(text);
}

/* A store that refuses every write, as a read-only disk would. */
static int refuse_put(struct store *s, const struct store_attempt *a, size_t na,
		      const struct store_event *ev, size_t ne, struct store_import_result *res,
		      struct error *err)
{
	return error_set(err, -EROFS, "the progress database is read-only");
}

static int empty_load(struct store *s, int lesson_number, struct store_records *out,
		      struct error *err)
{
	memset(out, 0, sizeof(*out));
	return 0;
}

static void no_close(struct store *s)
{
}

static const struct store_backend read_only = {
	.name = "read-only", .put = refuse_put, .load = empty_load, .close = no_close,
};

Test(learn, a_store_that_cannot_record_still_grades_and_says_so)
{
	struct store ro = { .backend = &read_only };
	struct learner cannot = { .store = &ro, .id = LEARN_LOCAL_ID, .home = home };
	struct learn_check_options opt = { .record = 1, .save = 1 };
	struct learn_result res;
	struct learn_hint h;
	struct diags d;
	struct error err = ERROR_INIT;

	cr_assert_eq(learn_check(&cannot, grader, lesson(0), EXERCISE_REWRITE, "rewrite.py",
				 GOOD_REWRITE, strlen(GOOD_REWRITE), &opt, &res, &err), 0,
		     "%s", err.message);
	cr_assert_not_null(res.report, "graded all the same");
	cr_expect_eq(report_status(res.report), REPORT_PASS);
	cr_expect_not(res.recorded);
	cr_expect_eq(res.not_recorded.code, -EROFS);
	cr_expect(strstr(res.not_recorded.message, "read-only"), "%s", res.not_recorded.message);
	cr_expect_eq(res.not_saved.code, 0, "the workspace is writable: %s", res.not_saved.message);
	learn_result_free(&res);

	diags_init(&d);
	cr_assert_eq(learn_hint_next(&cannot, grader, lesson(0), EXERCISE_REWRITE, &h, &d, &err), 0);
	cr_expect_eq(h.shown, 1, "the hint is given");
	cr_expect_eq(h.warning.code, -EROFS, "%s", h.warning.message);
	diags_free(&d);
}

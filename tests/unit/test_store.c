/* The progress store end to end on a temporary directory: recording, status
 * (open, started, done, reset), time spent with capped gaps, history,
 * export and import. */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "store/store.h"

#define T0 1700000000	/* a fixed "now" for tests that count time */

static char dir[64];
static char path[128];

static void make_dir(void)
{
	snprintf(dir, sizeof(dir), "/tmp/idiom-store-XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/%s", dir, STORE_DEFAULT_NAME);
}

static void remove_dir(void)
{
	char p[160];
	static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };

	for (size_t i = 0; i < sizeof(suffixes) / sizeof(suffixes[0]); i++) {
		snprintf(p, sizeof(p), "%s%s", path, suffixes[i]);
		unlink(p);
	}
	rmdir(dir);
}

TestSuite(store, .init = make_dir, .fini = remove_dir);

static struct store *open_store(void)
{
	struct store *s;
	struct error err = ERROR_INIT;
	int rc = store_open(path, &s, &err);

	cr_assert_eq(rc, 0, "store_open: %s", err.message);
	return s;
}

/* Records an attempt with the given verdict and failing titles. */
static void record(struct store *s, int lesson, enum store_exercise ex, enum store_verdict v,
		   int64_t time, const char *answer, const char *const *failing, size_t nfailing)
{
	struct store_attempt a;
	struct error err = ERROR_INIT;
	int rc;

	memset(&a, 0, sizeof(a));
	a.lesson = lesson;
	a.exercise = ex;
	a.verdict = v;
	a.time = time;
	a.answer = answer;
	a.report = "{\"status\": \"x\"}";
	a.failing = failing;
	a.failing_count = nfailing;
	rc = store_record_attempt(s, &a, &err);
	cr_assert_eq(rc, 0, "record: %s", err.message);
	cr_assert_eq(strlen(a.id), 32);
	cr_assert_gt(a.time, 0);
}

static void pass(struct store *s, int lesson, enum store_exercise ex, int64_t time)
{
	record(s, lesson, ex, STORE_PASS, time, "ok", NULL, 0);
}

static enum store_status status_of(struct store *s, int lesson)
{
	struct store_summary sum;
	struct error err = ERROR_INIT;

	cr_assert_eq(store_summary(s, lesson, &sum, &err), 0, "%s", err.message);
	store_summary_free(&sum);
	return sum.status;
}

Test(store, new_database_is_empty_and_open)
{
	struct store *s = open_store();
	struct store_summary sum;
	struct error err = ERROR_INIT;
	int *lessons;
	size_t n;

	cr_assert_eq(store_summary(s, 4, &sum, &err), 0);
	cr_assert_eq(sum.status, STORE_OPEN);
	cr_assert_eq(sum.attempts, 0);
	cr_assert_eq(sum.seconds, 0);
	cr_assert_eq(sum.last_active, 0);
	store_summary_free(&sum);
	cr_assert_eq(store_lessons(s, &lessons, &n, &err), 0);
	cr_assert_eq(n, 0);
	free(lessons);
	store_close(s);
	/* Reopening a current database works and keeps it. */
	s = open_store();
	store_close(s);
}

Test(store, status_open_started_done)
{
	struct store *s = open_store();
	struct error err = ERROR_INIT;

	cr_assert_eq(status_of(s, 4), STORE_OPEN);
	cr_assert_eq(store_record_event(s, 4, STORE_EVENT_START, T0, &err), 0, "%s", err.message);
	cr_assert_eq(status_of(s, 4), STORE_STARTED);
	cr_assert_eq(status_of(s, 5), STORE_OPEN, "other lessons are untouched");
	pass(s, 4, STORE_REFLECT, T0 + 10);
	pass(s, 4, STORE_REWRITE, T0 + 20);
	cr_assert_eq(status_of(s, 4), STORE_STARTED);
	record(s, 4, STORE_PRACTICE, STORE_FAIL, T0 + 30, "x", NULL, 0);
	cr_assert_eq(status_of(s, 4), STORE_STARTED);
	pass(s, 4, STORE_PRACTICE, T0 + 40);
	cr_assert_eq(status_of(s, 4), STORE_DONE);
	/* A later failure does not undo a pass. */
	record(s, 4, STORE_PRACTICE, STORE_ERROR, T0 + 50, "x", NULL, 0);
	cr_assert_eq(status_of(s, 4), STORE_DONE);
	store_close(s);
}

Test(store, a_check_alone_starts_a_lesson)
{
	struct store *s = open_store();

	record(s, 2, STORE_REWRITE, STORE_FAIL, T0, "const x = 1", NULL, 0);
	cr_assert_eq(status_of(s, 2), STORE_STARTED);
	store_close(s);
}

Test(store, show_and_hint_count_time_but_do_not_start_a_lesson)
{
	struct store *s = open_store();
	struct store_summary sum;
	struct error err = ERROR_INIT;

	cr_assert_eq(store_record_event(s, 3, STORE_EVENT_SHOW, T0, &err), 0, "%s", err.message);
	cr_assert_eq(store_record_event(s, 3, STORE_EVENT_HINT, T0 + 60, &err), 0, "%s", err.message);
	cr_assert_eq(store_summary(s, 3, &sum, &err), 0, "%s", err.message);
	cr_assert_eq(sum.status, STORE_OPEN);
	cr_assert_eq(sum.seconds, 60);
	store_summary_free(&sum);
	cr_assert_eq(store_record_event(s, 3, STORE_EVENT_START, T0 + 90, &err), 0);
	cr_assert_eq(status_of(s, 3), STORE_STARTED);
	store_close(s);
}

static void finish(struct store *s, int lesson, int64_t t)
{
	pass(s, lesson, STORE_REFLECT, t);
	pass(s, lesson, STORE_REWRITE, t + 1);
	pass(s, lesson, STORE_PRACTICE, t + 2);
}

Test(store, reset_exercise_keeps_history_and_needs_a_new_pass)
{
	struct store *s = open_store();
	struct store_summary sum;
	struct store_attempt_list h;
	struct error err = ERROR_INIT;

	finish(s, 4, T0);
	cr_assert_eq(status_of(s, 4), STORE_DONE);
	cr_assert_eq(store_reset(s, 4, STORE_REWRITE, T0 + 100, &err), 0, "%s", err.message);
	cr_assert_eq(status_of(s, 4), STORE_STARTED);
	cr_assert_eq(store_summary(s, 4, &sum, &err), 0);
	cr_assert_eq(sum.attempts, 3, "history is kept");
	cr_assert(sum.exercises[STORE_REFLECT].passed);
	cr_assert_not(sum.exercises[STORE_REWRITE].passed);
	cr_assert_not(sum.exercises[STORE_REWRITE].checked);
	cr_assert_eq(sum.exercises[STORE_REWRITE].attempts, 1);
	store_summary_free(&sum);
	cr_assert_eq(store_history(s, 4, STORE_REWRITE, &h, &err), 0);
	cr_assert_eq(h.count, 1);
	cr_assert(h.items[0].cleared);
	store_attempt_list_free(&h);
	pass(s, 4, STORE_REWRITE, T0 + 200);
	cr_assert_eq(status_of(s, 4), STORE_DONE);
	store_close(s);
}

Test(store, reset_lesson_reopens_until_next_activity)
{
	struct store *s = open_store();
	struct error err = ERROR_INIT;

	finish(s, 4, T0);
	cr_assert_eq(store_reset(s, 4, -1, T0 + 100, &err), 0, "%s", err.message);
	cr_assert_eq(status_of(s, 4), STORE_OPEN);
	cr_assert_eq(store_record_event(s, 4, STORE_EVENT_START, T0 + 200, &err), 0);
	cr_assert_eq(status_of(s, 4), STORE_STARTED);
	finish(s, 4, T0 + 300);
	cr_assert_eq(status_of(s, 4), STORE_DONE);
	store_close(s);
}

Test(store, reset_all_and_same_second_order)
{
	struct store *s = open_store();
	struct error err = ERROR_INIT;

	finish(s, 1, T0);
	finish(s, 2, T0);
	/* Same second as the passes: recording order decides, the reset is later. */
	cr_assert_eq(store_reset(s, 0, -1, T0 + 2, &err), 0, "%s", err.message);
	cr_assert_eq(status_of(s, 1), STORE_OPEN);
	cr_assert_eq(status_of(s, 2), STORE_OPEN);
	/* A pass in that same second but recorded after the reset counts. */
	finish(s, 1, T0 + 2);
	cr_assert_eq(status_of(s, 1), STORE_DONE);
	store_close(s);
}

Test(store, time_spent_caps_long_gaps)
{
	struct store *s = open_store();
	struct store_summary sum;
	struct error err = ERROR_INIT;

	cr_assert_eq(store_record_event(s, 4, STORE_EVENT_START, T0, &err), 0);
	record(s, 4, STORE_REWRITE, STORE_FAIL, T0 + 120, "a", NULL, 0);	/* +120 */
	cr_assert_eq(store_record_event(s, 4, STORE_EVENT_HINT, T0 + 180, &err), 0);	/* +60 */
	/* Lunch: three hours count as the cap. */
	pass(s, 4, STORE_REWRITE, T0 + 180 + 3 * 3600);	/* +600 */
	pass(s, 4, STORE_REFLECT, T0 + 180 + 3 * 3600 + 30);	/* +30 */
	/* Another lesson's activity and resets do not count here. */
	cr_assert_eq(store_record_event(s, 5, STORE_EVENT_START, T0 + 150, &err), 0);
	cr_assert_eq(store_reset(s, 4, -1, T0 + 99999, &err), 0);
	cr_assert_eq(store_summary(s, 4, &sum, &err), 0);
	cr_assert_eq(sum.seconds, 120 + 60 + STORE_GAP_CAP + 30, "got %lld",
		     (long long)sum.seconds);
	cr_assert_eq(sum.last_active, T0 + 180 + 3 * 3600 + 30);
	store_summary_free(&sum);
	store_close(s);
}

Test(store, failing_criteria_come_from_the_latest_attempt)
{
	struct store *s = open_store();
	static const char *const first[] = { "Uses async/await clearly", "Names in snake_case" };
	static const char *const second[] = { "Names in snake_case" };
	struct store_summary sum;
	struct error err = ERROR_INIT;

	record(s, 4, STORE_REWRITE, STORE_FAIL, T0, "a", first, 2);
	record(s, 4, STORE_REWRITE, STORE_FAIL, T0 + 5, "b", second, 1);
	cr_assert_eq(store_summary(s, 4, &sum, &err), 0);
	cr_assert_eq(sum.attempts, 2);
	cr_assert_eq(sum.exercises[STORE_REWRITE].attempts, 2);
	cr_assert_eq(sum.exercises[STORE_REWRITE].last_verdict, STORE_FAIL);
	cr_assert_eq(sum.exercises[STORE_REWRITE].failing_count, 1);
	cr_assert_str_eq(sum.exercises[STORE_REWRITE].failing[0], "Names in snake_case");
	cr_assert_eq(sum.exercises[STORE_REFLECT].failing_count, 0);
	store_summary_free(&sum);
	store_close(s);
}

Test(store, history_newest_first_and_get_by_number)
{
	struct store *s = open_store();
	static const char *const f[] = { "Handles errors" };
	struct store_attempt_list h, one;
	struct error err = ERROR_INIT;

	record(s, 4, STORE_PRACTICE, STORE_FAIL, T0, "first", f, 1);
	record(s, 4, STORE_PRACTICE, STORE_ERROR, T0 + 10, "second", NULL, 0);
	record(s, 4, STORE_REWRITE, STORE_PASS, T0 + 15, "other", NULL, 0);
	record(s, 4, STORE_PRACTICE, STORE_PASS, T0 + 20, "third", NULL, 0);
	cr_assert_eq(store_history(s, 4, STORE_PRACTICE, &h, &err), 0, "%s", err.message);
	cr_assert_eq(h.count, 3);
	cr_assert_str_eq(h.items[0].answer, "third");
	cr_assert_eq(h.items[0].number, 3);
	cr_assert_str_eq(h.items[2].answer, "first");
	cr_assert_eq(h.items[2].number, 1);
	cr_assert_eq(h.items[2].failing_count, 1);
	cr_assert_str_eq(h.items[2].failing[0], "Handles errors");
	cr_assert_str_eq(h.items[2].report, "{\"status\": \"x\"}");
	cr_assert_eq(h.items[1].verdict, STORE_ERROR);
	cr_assert_eq(h.items[0].cleared, 0);
	store_attempt_list_free(&h);

	cr_assert_eq(store_attempt_get(s, 4, STORE_PRACTICE, 2, &one, &err), 0, "%s", err.message);
	cr_assert_eq(one.count, 1);
	cr_assert_str_eq(one.items[0].answer, "second");
	cr_assert_eq(one.items[0].number, 2);
	store_attempt_list_free(&one);
	cr_assert_eq(store_attempt_get(s, 4, STORE_PRACTICE, 4, &one, &err), -ENOENT);
	cr_assert(strstr(err.message, "no attempt 4"), "%s", err.message);
	cr_assert_eq(store_attempt_get(s, 4, STORE_PRACTICE, 0, &one, &err), -ENOENT);
	cr_assert_eq(store_attempt_get(s, 9, STORE_REFLECT, 1, &one, &err), -ENOENT);
	store_close(s);
}

Test(store, bad_arguments_are_refused_with_a_message)
{
	struct store *s = open_store(), *t;
	struct store_attempt a;
	struct error err = ERROR_INIT;
	char bad_utf8[] = { 'a', (char)0xff, 0 };

	memset(&a, 0, sizeof(a));
	a.lesson = 0;
	a.answer = "x";
	cr_assert_eq(store_record_attempt(s, &a, &err), -EINVAL);
	cr_assert(strstr(err.message, "lesson"), "%s", err.message);
	a.lesson = 1;
	a.answer = bad_utf8;
	cr_assert_eq(store_record_attempt(s, &a, &err), -EINVAL);
	a.answer = NULL;
	cr_assert_eq(store_record_attempt(s, &a, &err), -EINVAL);
	a.answer = "x";
	snprintf(a.id, sizeof(a.id), "NOT-HEX");
	cr_assert_eq(store_record_attempt(s, &a, &err), -EINVAL);
	cr_assert_eq(store_record_event(s, 0, STORE_EVENT_START, 0, &err), -EINVAL);
	cr_assert_eq(store_reset(s, 1, 7, 0, &err), -EINVAL);
	cr_assert_eq(store_open("", &t, &err), -EINVAL);
	cr_assert_null(t);
	cr_assert_eq(store_open("/nonexistent-idiom-dir/progress.db", &t, &err), -ENOENT);
	cr_assert(strstr(err.message, "does it exist"), "%s", err.message);
	cr_assert_null(t);
	store_close(NULL);
	store_close(s);
}

Test(store, same_id_is_recorded_once)
{
	struct store *s = open_store();
	struct store_attempt a;
	struct store_summary sum;
	struct error err = ERROR_INIT;

	memset(&a, 0, sizeof(a));
	snprintf(a.id, sizeof(a.id), "0123456789abcdef0123456789abcdef");
	a.lesson = 3;
	a.answer = "x";
	cr_assert_eq(store_record_attempt(s, &a, &err), 0);
	cr_assert_eq(store_record_attempt(s, &a, &err), 0);
	cr_assert_eq(store_summary(s, 3, &sum, &err), 0);
	cr_assert_eq(sum.attempts, 1);
	store_summary_free(&sum);
	store_close(s);
}

static char *export_all(struct store *s)
{
	struct error err = ERROR_INIT;
	char *json;

	cr_assert_eq(store_export_json(s, &json, &err), 0, "%s", err.message);
	return json;
}

Test(store, export_import_round_trip_and_merge)
{
	struct store *s = open_store();
	static const char *const f[] = { "Uses \"gather\"", "Ünïcode title" };
	struct store_import_result res;
	struct store_summary sum;
	struct error err = ERROR_INIT;
	char *json, *again, *merged;
	char other[160];
	struct store *t;

	cr_assert_eq(store_record_event(s, 4, STORE_EVENT_START, T0, &err), 0);
	record(s, 4, STORE_REWRITE, STORE_FAIL, T0 + 5, "line1\nline2\t\"q\"", f, 2);
	finish(s, 4, T0 + 10);
	cr_assert_eq(store_reset(s, 4, STORE_REFLECT, T0 + 12, &err), 0);
	cr_assert_eq(store_reset(s, 0, -1, T0 + 500, &err), 0);
	finish(s, 6, T0 + 600);
	json = export_all(s);

	/* Into an empty store: the same history, the same export. */
	snprintf(other, sizeof(other), "%s/other.db", dir);
	cr_assert_eq(store_open(other, &t, &err), 0, "%s", err.message);
	cr_assert_eq(store_import_json(t, json, strlen(json), &res, &err), 0, "%s", err.message);
	cr_assert_eq(res.added, 7 + 3, "added %zu", res.added);
	cr_assert_eq(res.skipped, 0);
	again = export_all(t);
	cr_assert_str_eq(again, json);
	cr_assert_eq(status_of(t, 4), STORE_OPEN);
	cr_assert_eq(status_of(t, 6), STORE_DONE);

	/* Importing again adds nothing; new local work survives a merge. */
	pass(t, 7, STORE_REFLECT, T0 + 700);
	cr_assert_eq(store_import_json(t, json, strlen(json), &res, &err), 0);
	cr_assert_eq(res.added, 0);
	cr_assert_eq(res.skipped, 10);
	merged = export_all(t);
	cr_assert_eq(store_import_json(s, merged, strlen(merged), &res, &err), 0);
	cr_assert_eq(res.added, 1, "only lesson 7's attempt is new");
	cr_assert_eq(store_summary(s, 7, &sum, &err), 0);
	cr_assert_eq(sum.attempts, 1);
	store_summary_free(&sum);
	free(json);
	free(again);
	free(merged);
	store_close(t);
	unlink(other);
	snprintf(other, sizeof(other), "%s/other.db-wal", dir);
	unlink(other);
	snprintf(other, sizeof(other), "%s/other.db-shm", dir);
	unlink(other);
	store_close(s);
}

Test(store, malformed_import_adds_nothing)
{
	struct store *s = open_store();
	struct store_import_result res;
	struct error err = ERROR_INIT;
	int *lessons;
	size_t n;
	static const char *const bad[] = {
		"not json",
		"{\"format\": \"something-else\", \"version\": 1, \"attempts\": [], \"events\": []}",
		"{\"format\": \"idiom-progress\", \"version\": 9, \"attempts\": [], \"events\": []}",
		"{\"format\": \"idiom-progress\", \"version\": 1, \"attempts\": ["
		"{\"id\": \"aaaaaaaaaaaaaaaa\", \"lesson\": 1, \"exercise\": \"reflect\", "
		"\"verdict\": \"pass\", \"time\": 5, \"answer\": \"x\"},"
		"{\"id\": \"bbbbbbbbbbbbbbbb\", \"lesson\": 1, \"exercise\": \"dance\", "
		"\"verdict\": \"pass\", \"time\": 5, \"answer\": \"x\"}], \"events\": []}",
		"{\"format\": \"idiom-progress\", \"version\": 1, \"attempts\": [], \"events\": ["
		"{\"id\": \"cccccccccccccccc\", \"lesson\": 0, \"kind\": \"start\", \"time\": 1}]}",
	};
	static const char *const words[] = { "line 1", "not an idiom progress export",
		"newer idiom", "attempts[1]: 'exercise'", "events[0]: only a reset" };

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		int rc = store_import_json(s, bad[i], strlen(bad[i]), &res, &err);

		cr_assert_lt(rc, 0, "case %zu was accepted", i);
		cr_assert(strstr(err.message, words[i]), "case %zu: %s", i, err.message);
	}
	cr_assert_eq(store_lessons(s, &lessons, &n, &err), 0);
	cr_assert_eq(n, 0, "a rejected import wrote something");
	free(lessons);
	store_close(s);
}

Test(store, lessons_lists_lessons_with_history)
{
	struct store *s = open_store();
	struct error err = ERROR_INIT;
	int *lessons;
	size_t n;

	pass(s, 7, STORE_REFLECT, T0);
	cr_assert_eq(store_record_event(s, 2, STORE_EVENT_SHOW, T0, &err), 0);
	cr_assert_eq(store_reset(s, 0, -1, T0, &err), 0);
	cr_assert_eq(store_lessons(s, &lessons, &n, &err), 0);
	cr_assert_eq(n, 2);
	cr_assert_eq(lessons[0], 2);
	cr_assert_eq(lessons[1], 7);
	free(lessons);
	store_close(s);
}

Test(store_helpers, names_and_locking)
{
	enum store_exercise e;
	enum store_verdict v;

	cr_assert_str_eq(store_exercise_name(STORE_PRACTICE), "practice");
	cr_assert_null(store_exercise_name((enum store_exercise)9));
	cr_assert_str_eq(store_verdict_name(STORE_ERROR), "error");
	cr_assert_str_eq(store_status_name(STORE_STARTED), "started");
	cr_assert_str_eq(store_event_name(STORE_EVENT_HINT), "hint");
	cr_assert_eq(store_exercise_parse("rewrite", &e), 0);
	cr_assert_eq(e, STORE_REWRITE);
	cr_assert_eq(store_exercise_parse("Rewrite", &e), -EINVAL);
	cr_assert_eq(store_verdict_parse("fail", &v), 0);
	cr_assert_eq(v, STORE_FAIL);

	cr_assert_not(store_lesson_locked(STORE_OPEN, 1, STORE_OPEN), "the first is never locked");
	cr_assert(store_lesson_locked(STORE_OPEN, 0, STORE_STARTED));
	cr_assert_not(store_lesson_locked(STORE_OPEN, 0, STORE_DONE));
	cr_assert_not(store_lesson_locked(STORE_STARTED, 0, STORE_OPEN),
		      "a lesson already begun stays open to the learner");
}

Test(store, drafts_are_kept_per_exercise_replaced_and_removed)
{
	struct store *s = open_store();
	struct error err = ERROR_INIT;
	struct store_draft d = { .lesson = 4, .exercise = STORE_REWRITE, .text = (char *)"one",
				 .time = T0 };
	struct store_draft got;

	cr_assert_eq(store_draft_load(s, 4, STORE_REWRITE, &got, &err), 0, "%s", err.message);
	cr_assert_null(got.text, "no draft yet");
	cr_assert_eq(store_draft_save(s, &d, &err), 0, "%s", err.message);
	d.text = (char *)"two";
	d.time = T0 + 5;
	cr_assert_eq(store_draft_save(s, &d, &err), 0, "%s", err.message);
	cr_assert_eq(store_draft_load(s, 4, STORE_REWRITE, &got, &err), 0, "%s", err.message);
	cr_assert_str_eq(got.text, "two");
	cr_assert_eq(got.time, T0 + 5);
	free(got.text);
	/* another exercise and another lesson have none */
	cr_assert_eq(store_draft_load(s, 4, STORE_PRACTICE, &got, &err), 0);
	cr_assert_null(got.text);
	cr_assert_eq(store_draft_load(s, 5, STORE_REWRITE, &got, &err), 0);
	cr_assert_null(got.text);
	/* drafts are not history */
	int *lessons = NULL;
	size_t nlessons = 5;
	cr_assert_eq(store_lessons(s, &lessons, &nlessons, &err), 0);
	cr_assert_eq(nlessons, 0);
	free(lessons);
	d.text = NULL;
	cr_assert_eq(store_draft_save(s, &d, &err), 0, "%s", err.message);
	cr_assert_eq(store_draft_load(s, 4, STORE_REWRITE, &got, &err), 0);
	cr_assert_null(got.text, "removed");
	store_close(s);
}

Test(store, drafts_refuse_bad_arguments)
{
	struct store *s = open_store();
	struct error err = ERROR_INIT;
	struct store_draft d = { .lesson = 0, .exercise = STORE_REWRITE, .text = (char *)"x" };
	struct store_draft got;

	cr_assert_eq(store_draft_save(s, &d, &err), -EINVAL);
	cr_assert(strstr(err.message, "lesson"), "%s", err.message);
	d.lesson = 1;
	d.text = (char *)"\xff\xfe";
	cr_assert_eq(store_draft_save(s, &d, &err), -EINVAL);
	cr_assert(strstr(err.message, "UTF-8"), "%s", err.message);
	cr_assert_eq(store_draft_load(s, 1, (enum store_exercise)7, &got, &err), -EINVAL);
	store_close(s);
}

Test(store, unknown_scheme_has_no_backend)
{
	struct store *s = (struct store *)1;
	struct error err = ERROR_INIT;

	cr_assert_eq(store_open("postgresql://localhost/idiom", &s, &err), -ENOTSUP);
	cr_assert_null(s);
	cr_assert(strstr(err.message, "postgresql://"), "%s", err.message);
}

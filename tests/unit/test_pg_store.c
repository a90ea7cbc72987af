/* The PostgreSQL progress store against a real server (pg_support.h): schema
 * migrations (fresh, again, several openers at once, a newer schema
 * refused), idempotent puts, load order, learners isolated from each other,
 * and reconnection after the server restarts. */
#include <errno.h>
#include <pthread.h>
#include <time.h>
#include <unistd.h>
#include "pg_support.h"
#include "store/backend.h"
#include "store/pg.h"
#include "util/limits.h"

#define T0 1700000000

static char dbname[40];
static char *url;

static void setup(void)
{
	url = pgt_create_db(dbname);
}

/* A cluster of a test's own (own_cluster), destroyed here even when the
 * test failed half-way, so no PostgreSQL outlives the run. */
static char own_dir[64];

static void teardown(void)
{
	pgt_drop_db(dbname);
	free(url);
	if (own_dir[0] && access(own_dir, F_OK) == 0)
		pgt_script("destroy", own_dir);
	own_dir[0] = '\0';
}

TestSuite(pg_store, .init = setup, .fini = teardown, .timeout = 240);

static struct store *open_learner(int64_t learner)
{
	struct store *s = NULL;
	struct error err = ERROR_INIT;
	int rc = pg_store_open(url, learner, &s, &err);

	cr_assert_eq(rc, 0, "pg_store_open: %s", err.message);
	return s;
}

static void record_id(struct store *s, const char *id, int lesson, enum store_verdict v,
		      int64_t time, const char *answer)
{
	static const char *const failing[] = { "Uses async/await", "Names \"it\" well" };
	struct store_attempt a;
	struct error err = ERROR_INIT;
	int rc;

	memset(&a, 0, sizeof(a));
	snprintf(a.id, sizeof(a.id), "%s", id ? id : "");
	a.lesson = lesson;
	a.exercise = STORE_REWRITE;
	a.verdict = v;
	a.time = time;
	a.answer = answer;
	a.report = "{\"status\": \"fail\"}";
	a.failing = v == STORE_PASS ? NULL : failing;
	a.failing_count = v == STORE_PASS ? 0 : 2;
	rc = store_record_attempt(s, &a, &err);
	cr_assert_eq(rc, 0, "record: %s", err.message);
}

static size_t history_count(struct store *s, int lesson)
{
	struct store_attempt_list list;
	struct error err = ERROR_INIT;
	size_t n;

	cr_assert_eq(store_history(s, lesson, STORE_REWRITE, &list, &err), 0, "%s", err.message);
	n = list.count;
	store_attempt_list_free(&list);
	return n;
}

Test(pg_store, fresh_database_is_migrated_and_empty)
{
	struct store *s = open_learner(1);
	struct store_summary sum;
	struct error err = ERROR_INIT;
	char *v;

	v = pgt_value(url, "SELECT version FROM idiom_schema WHERE component = 'store'");
	cr_assert_str_eq(v, "2");
	free(v);
	cr_assert_eq(store_summary(s, 4, &sum, &err), 0, "%s", err.message);
	cr_assert_eq(sum.status, STORE_OPEN);
	cr_assert_eq(sum.attempts, 0);
	store_summary_free(&sum);
	store_close(s);
}

Test(pg_store, reopening_keeps_schema_and_data)
{
	struct store *s = open_learner(1);
	char *v;

	record_id(s, "aaaaaaaa01", 4, STORE_FAIL, T0, "first");
	store_close(s);
	s = open_learner(1);
	cr_assert_eq(history_count(s, 4), 1);
	store_close(s);
	v = pgt_value(url, "SELECT count(*) FROM idiom_schema");
	cr_assert_str_eq(v, "1", "one row per component, not one per open");
	free(v);
}

struct opener {
	pthread_t thread;
	int rc;
	char message[512];
};

static void *open_one(void *arg)
{
	struct opener *o = arg;
	struct error err = ERROR_INIT;
	struct store *s = NULL;

	o->rc = pg_store_open(url, 7, &s, &err);
	snprintf(o->message, sizeof(o->message), "%s", err.message);
	store_close(s);
	return NULL;
}

Test(pg_store, openers_at_once_migrate_once)
{
	struct opener openers[6];
	char *v;

	for (size_t i = 0; i < 6; i++)
		cr_assert_eq(pthread_create(&openers[i].thread, NULL, open_one, &openers[i]), 0);
	for (size_t i = 0; i < 6; i++) {
		pthread_join(openers[i].thread, NULL);
		cr_assert_eq(openers[i].rc, 0, "opener %zu: %s", i, openers[i].message);
	}
	v = pgt_value(url, "SELECT version FROM idiom_schema WHERE component = 'store'");
	cr_assert_str_eq(v, "2");
	free(v);
}

Test(pg_store, newer_schema_is_refused_and_left_alone)
{
	struct store *s = open_learner(1);
	struct error err = ERROR_INIT;
	char *v;

	store_close(s);
	free(pgt_value(url, "UPDATE idiom_schema SET version = 99 WHERE component = 'store'"));
	cr_assert_eq(pg_store_open(url, 1, &s, &err), -ENOTSUP);
	cr_assert_null(s);
	cr_assert(strstr(err.message, "newer idiom"), "%s", err.message);
	v = pgt_value(url, "SELECT version FROM idiom_schema WHERE component = 'store'");
	cr_assert_str_eq(v, "99");
	free(v);
}

Test(pg_store, a_retried_put_records_once)
{
	struct store *s = open_learner(3);
	struct store_attempt_list list;
	struct error err = ERROR_INIT;

	record_id(s, "0123456789abcdef", 4, STORE_FAIL, T0, "try");
	record_id(s, "0123456789abcdef", 4, STORE_FAIL, T0, "try");
	cr_assert_eq(history_count(s, 4), 1);
	cr_assert_eq(store_history(s, 4, STORE_REWRITE, &list, &err), 0);
	cr_assert_str_eq(list.items[0].answer, "try");
	cr_assert_eq(list.items[0].failing_count, 2);
	cr_assert_str_eq(list.items[0].failing[1], "Names \"it\" well");
	cr_assert_str_eq(list.items[0].report, "{\"status\": \"fail\"}");
	store_attempt_list_free(&list);
	store_close(s);
}

Test(pg_store, put_counts_added_and_skipped_and_is_all_or_nothing)
{
	struct store *s = open_learner(3);
	struct store_attempt a;
	struct store_event ev;
	struct store_import_result res = { 0, 0 };
	struct error err = ERROR_INIT;

	memset(&a, 0, sizeof(a));
	snprintf(a.id, sizeof(a.id), "bbbbbbbb01");
	a.lesson = 2;
	a.exercise = STORE_REFLECT;
	a.verdict = STORE_PASS;
	a.time = T0;
	a.answer = "x";
	memset(&ev, 0, sizeof(ev));
	snprintf(ev.id, sizeof(ev.id), "cccccccc01");
	ev.lesson = -5;		/* refused by the table's CHECK */
	ev.kind = STORE_EVENT_START;
	ev.exercise = -1;
	ev.time = T0 + 1;
	cr_assert_lt(s->backend->put(s, &a, 1, &ev, 1, &res, &err), 0);
	cr_assert_eq(history_count(s, 2), 0, "the attempt before the failure was rolled back");
	ev.lesson = 2;
	cr_assert_eq(s->backend->put(s, &a, 1, &ev, 1, &res, &err), 0, "%s", err.message);
	cr_assert_eq(res.added, 2);
	cr_assert_eq(res.skipped, 0);
	cr_assert_eq(s->backend->put(s, &a, 1, &ev, 1, &res, &err), 0, "%s", err.message);
	cr_assert_eq(res.added, 0);
	cr_assert_eq(res.skipped, 2);
	store_close(s);
}

Test(pg_store, load_orders_by_time_then_recording)
{
	struct store *s = open_learner(5);
	struct store_records recs;
	struct error err = ERROR_INIT;

	record_id(s, "dddddddd03", 4, STORE_FAIL, T0 + 30, "third");
	record_id(s, "dddddddd01", 4, STORE_FAIL, T0 + 10, "first");
	record_id(s, "dddddddd02", 4, STORE_FAIL, T0 + 10, "second (same second, later)");
	cr_assert_eq(store_record_event(s, 4, STORE_EVENT_START, T0, &err), 0, "%s", err.message);
	cr_assert_eq(store_reset(s, 0, -1, T0 + 5, &err), 0, "%s", err.message);
	cr_assert_eq(store_record_event(s, 6, STORE_EVENT_HINT, T0 + 5, &err), 0);
	cr_assert_eq(s->backend->load(s, 4, &recs, &err), 0, "%s", err.message);
	cr_assert_eq(recs.attempts.count, 3);
	cr_assert_str_eq(recs.attempts.items[0].answer, "first");
	cr_assert_str_eq(recs.attempts.items[1].answer, "second (same second, later)");
	cr_assert_str_eq(recs.attempts.items[2].answer, "third");
	cr_assert_lt(recs.attempts.items[0].seq, recs.attempts.items[1].seq);
	cr_assert_eq(recs.event_count, 2, "lesson 4's start and the lesson-0 event, not lesson 6's");
	cr_assert_eq(recs.events[0].kind, STORE_EVENT_START);
	cr_assert_eq(recs.events[1].lesson, 0);
	cr_assert_eq(recs.events[1].kind, STORE_EVENT_RESET);
	store_records_free(&recs);
	store_close(s);
}

Test(pg_store, learners_do_not_see_each_other)
{
	struct store *a = open_learner(11), *b = open_learner(12);
	struct error err = ERROR_INIT;
	int *lessons;
	size_t n;

	record_id(a, "eeeeeeee01", 4, STORE_PASS, T0, "a's answer");
	record_id(b, "eeeeeeee01", 4, STORE_FAIL, T0, "b's answer, same id");
	record_id(b, "eeeeeeee02", 5, STORE_FAIL, T0, "b only");
	cr_assert_eq(history_count(a, 4), 1, "the same id is another record for another learner");
	cr_assert_eq(history_count(a, 5), 0);
	cr_assert_eq(store_lessons(a, &lessons, &n, &err), 0);
	cr_assert_eq(n, 1);
	cr_assert_eq(lessons[0], 4);
	free(lessons);
	cr_assert_eq(store_lessons(b, &lessons, &n, &err), 0);
	cr_assert_eq(n, 2);
	free(lessons);
	store_close(a);
	store_close(b);
}

Test(pg_store, bad_url_and_unreachable_server)
{
	struct store *s = NULL;
	struct error err = ERROR_INIT;

	cr_assert_eq(pg_store_open("postgresql://[nonsense", 1, &s, &err), -EINVAL);
	cr_assert(strstr(err.message, "not a PostgreSQL URL"), "%s", err.message);
	cr_assert_eq(pg_store_open("postgresql:///idiom?host=/nonexistent/dir", 1, &s, &err),
		     -ENOTCONN);
	cr_assert(strstr(err.message, "cannot reach PostgreSQL"), "%s", err.message);
	cr_assert_eq(pg_store_open(url, 0, &s, &err), -EINVAL);
	cr_assert_null(s);
}

/* Stops and starts a cluster of the test's own (the shared one serves other
 * tests running at the same time). */
Test(pg_store, reconnects_after_the_server_restarts)
{
	char dir[] = "/tmp/idiom-pgr-XXXXXX", own_url[256];
	struct store *s = NULL;
	struct error err = ERROR_INIT;

	cr_assert_not_null(mkdtemp(dir));
	rmdir(dir);		/* pg.sh makes it, owned by the server's user */
	snprintf(own_dir, sizeof(own_dir), "%s", dir);
	cr_assert_eq(pgt_script("start", dir), 0, "scripts/pg.sh start %s", dir);
	snprintf(own_url, sizeof(own_url), "postgresql:///idiom?host=%s&user=postgres", dir);
	cr_assert_eq(pg_store_open(own_url, 1, &s, &err), 0, "%s", err.message);
	record_id(s, "ffffffff01", 4, STORE_FAIL, T0, "before");

	cr_assert_eq(pgt_script("stop", dir), 0);
	{
		struct store_attempt a = { .lesson = 4, .exercise = STORE_REWRITE,
					   .verdict = STORE_FAIL, .time = T0 + 1, .answer = "down" };

		cr_assert_eq(store_record_attempt(s, &a, &err), -ENOTCONN,
			     "a store that is down says so: %s", err.message);
		cr_assert_eq(store_record_attempt(s, &a, &err), -ENOTCONN, "and again");
	}
	cr_assert_eq(pgt_script("start", dir), 0);
	record_id(s, "ffffffff02", 4, STORE_FAIL, T0 + 2, "after");
	cr_assert_eq(history_count(s, 4), 2, "nothing lost, nothing recorded while down");
	/* A restart while idle: the first call after it already works. */
	cr_assert_eq(pgt_script("stop", dir), 0);
	cr_assert_eq(pgt_script("start", dir), 0);
	cr_assert_eq(history_count(s, 4), 2);
	record_id(s, "ffffffff03", 4, STORE_PASS, T0 + 3, "after again");
	store_close(s);
	cr_assert_eq(pgt_script("destroy", dir), 0);
	cr_assert_neq(access(dir, F_OK), 0, "the cluster's directory is gone");
}

/* Sends SIG ("STOP" or "CONT") to the postmaster of the cluster in DIR and
 * to its children. */
static int signal_cluster(const char *dir, const char *sig)
{
	char cmd[512];

	snprintf(cmd, sizeof(cmd), "main=$(head -1 %s/data/postmaster.pid) && "
		 "kill -%s $main $(pgrep -P $main)", dir, sig);
	return system(cmd);
}

static double seconds_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A server that stops answering (SIGSTOP) holds a call no longer than
 * PG_QUERY_TIMEOUT_S, which then says -ETIMEDOUT; further calls fail at
 * once while it is away, and the first call after SIGCONT works. */
Test(pg_store, a_frozen_server_times_out_and_is_found_again)
{
	char dir[] = "/tmp/idiom-pgf-XXXXXX", own_url[256];
	struct store_attempt a = { .lesson = 4, .exercise = STORE_REWRITE,
				   .verdict = STORE_FAIL, .time = T0 + 1, .answer = "frozen" };
	struct store *s = NULL;
	struct error err = ERROR_INIT;
	double start, took;
	int rc;

	cr_assert_not_null(mkdtemp(dir));
	rmdir(dir);
	snprintf(own_dir, sizeof(own_dir), "%s", dir);
	cr_assert_eq(pgt_script("start", dir), 0, "scripts/pg.sh start %s", dir);
	snprintf(own_url, sizeof(own_url), "postgresql:///idiom?host=%s&user=postgres", dir);
	cr_assert_eq(pg_store_open(own_url, 1, &s, &err), 0, "%s", err.message);
	record_id(s, "eeeeeeee01", 4, STORE_FAIL, T0, "before");

	cr_assert_eq(signal_cluster(dir, "STOP"), 0);
	start = seconds_now();
	rc = store_record_attempt(s, &a, &err);
	took = seconds_now() - start;
	cr_expect_eq(rc, -ETIMEDOUT, "a frozen server times out: %d %s", rc, err.message);
	cr_expect(took < PG_QUERY_TIMEOUT_S + 2, "waited %.1f s", took);
	start = seconds_now();
	rc = store_record_attempt(s, &a, &err);
	took = seconds_now() - start;
	cr_expect(rc == -ENOTCONN || rc == -ETIMEDOUT, "still away: %d %s", rc, err.message);
	cr_expect(took < PG_CONNECT_TIMEOUT_S + 2, "the next call waited %.1f s", took);
	cr_assert_eq(signal_cluster(dir, "CONT"), 0);

	/* Found again by itself once PG_RETRY_QUIET_S has passed. */
	snprintf(a.id, sizeof(a.id), "eeeeeeee02");
	a.answer = "after";
	a.time = T0 + 2;
	start = seconds_now();
	while ((rc = store_record_attempt(s, &a, &err)) < 0 &&
	       seconds_now() - start < PG_RETRY_QUIET_S + 3)
		usleep(100 * 1000);
	cr_assert_eq(rc, 0, "not found again: %s", err.message);
	cr_assert_eq(history_count(s, 4), 2, "nothing recorded while frozen, nothing lost");
	store_close(s);
	cr_assert_eq(pgt_script("destroy", dir), 0);
}

Test(pg_store, drafts_round_trip_per_learner_and_are_removed)
{
	struct store *a = open_learner(1), *b = open_learner(2);
	struct store_draft d = { .lesson = 4, .exercise = STORE_REWRITE, .text = "x = 1\n", .time = T0 };
	struct store_draft got;
	struct error err = ERROR_INIT;

	cr_assert_eq(store_draft_save(a, &d, &err), 0, "%s", err.message);
	d.text = "x = 2\n";
	d.time = T0 + 5;
	cr_assert_eq(store_draft_save(a, &d, &err), 0, "%s", err.message);
	cr_assert_eq(store_draft_load(a, 4, STORE_REWRITE, &got, &err), 0, "%s", err.message);
	cr_assert_str_eq(got.text, "x = 2\n");
	cr_assert_eq(got.time, T0 + 5);
	free(got.text);
	/* another learner sees nothing of it */
	cr_assert_eq(store_draft_load(b, 4, STORE_REWRITE, &got, &err), 0, "%s", err.message);
	cr_assert_null(got.text);
	/* NULL text removes it */
	d.text = NULL;
	cr_assert_eq(store_draft_save(a, &d, &err), 0, "%s", err.message);
	cr_assert_eq(store_draft_load(a, 4, STORE_REWRITE, &got, &err), 0, "%s", err.message);
	cr_assert_null(got.text);
	store_close(a);
	store_close(b);
}

/* The web app's routes, driven through web_handle without a socket: pages,
 * the JSON API (the same report as `idiom check --json`, recorded in the
 * store and saved to the workspace) and every bad request the server must
 * answer without falling over. */
#include <criterion/criterion.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "course/course.h"
#include "store/store.h"
#include "util/buf.h"
#include "util/fsutil.h"
#include "web/web.h"

#define COURSE "courses/js-to-python"
#define HOST "127.0.0.1:8604"
#define SEQUENTIAL "Does not assume concurrency where plain sequential async work is enough"

static struct course *course;
static struct store *store;
static struct web *web;
static char home[] = "/tmp/idiom-web-test-XXXXXX";

static void setup(void)
{
	struct diags d;
	struct store_error err;
	char *db;

	diags_init(&d);
	course = course_load(COURSE, &d);
	diags_free(&d);
	cr_assert(course, "course did not load");
	cr_assert(mkdtemp(home));
	db = fs_join(home, "progress.db");
	cr_assert_eq(store_open(db, &store, &err), 0, "%s", err.message);
	free(db);
	web = web_new(course, store, home);
	web_set_port(web, 8604);
}

static void teardown(void)
{
	char cmd[128];

	web_free(web);
	store_close(store);
	course_free(course);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", home);
	cr_assert_eq(system(cmd), 0);
}

TestSuite(web, .init = setup, .fini = teardown, .timeout = 60);

static void request(const char *method, const char *path, const char *body,
		    struct web_response *resp)
{
	struct web_request req = { .method = method, .path = path, .host = HOST,
				   .content_type = "application/json", .body = body,
				   .body_len = body ? strlen(body) : 0 };

	web_handle(web, &req, resp);
}

static int has(const struct web_response *r, const char *needle)
{
	return r->body && memmem(r->body, r->len, needle, strlen(needle)) != NULL;
}

Test(web, catalogue_lists_every_lesson_with_minutes_and_status)
{
	struct web_response r;

	request("GET", "/", NULL, &r);
	cr_assert_eq(r.status, 200);
	cr_expect(strncmp(r.type, "text/html", 9) == 0);
	cr_expect(has(&r, "href=\"/lessons/04\""));
	cr_expect(has(&r, "25 min"));
	cr_expect(has(&r, "badge open"));
	web_response_release(&r);
}

Test(web, lesson_page_renders_every_section_highlighted_and_side_by_side)
{
	struct web_response r;

	request("GET", "/lessons/04", NULL, &r);
	cr_assert_eq(r.status, 200);
	cr_expect(has(&r, "<section class=\"sec sec-overview\">"));
	cr_expect(has(&r, "<section class=\"sec sec-takeaways\">"));
	cr_expect(has(&r, "<div class=\"pair\"><div class=\"side js\">"));
	cr_expect(has(&r, "<span class=\"kw\">await</span>"));
	cr_expect(has(&r, "id=\"exercise-reflect\""));
	cr_expect(has(&r, "id=\"exercise-rewrite\""));
	cr_expect(has(&r, "id=\"exercise-practice\""));
	cr_expect(has(&r, "What a strong answer says"));
	cr_expect(!has(&r, "<h3>What a strong answer notices</h3>"), "the note waits for an answer");
	web_response_release(&r);
	request("GET", "/lessons/async", NULL, &r);	/* by slug too */
	cr_expect_eq(r.status, 200);
	web_response_release(&r);
}

Test(web, every_lesson_page_renders)
{
	for (size_t i = 0; i < course->count; i++) {
		struct web_response r;
		char path[32];

		snprintf(path, sizeof(path), "/lessons/%02d", course->lessons[i]->number);
		request("GET", path, NULL, &r);
		cr_expect_eq(r.status, 200, "%s", path);
		cr_expect(has(&r, "id=\"exercise-rewrite\""), "%s", path);
		web_response_release(&r);
	}
}

Test(web, api_lessons_and_lesson)
{
	struct web_response r;

	request("GET", "/api/lessons", NULL, &r);
	cr_assert_eq(r.status, 200);
	cr_expect(has(&r, "\"number\":\"04\""));
	web_response_release(&r);
	request("GET", "/api/lessons/04", NULL, &r);
	cr_assert_eq(r.status, 200);
	cr_expect(has(&r, "\"name\":\"rewrite\""));
	cr_expect(has(&r, "async def load_config_and_user"), "the starter is the answer at first");
	web_response_release(&r);
}

static char *answer_body(const char *exercise, const char *file)
{
	char *src, *body;
	size_t len;
	struct buf b = BUF_INIT;

	cr_assert_eq(fs_read_file(file, 1 << 20, &src, &len), 0, "%s", file);
	buf_printf(&b, "{\"lesson\": \"04\", \"exercise\": \"%s\", \"answer\": \"", exercise);
	for (size_t i = 0; i < len; i++) {
		if (src[i] == '\n')
			buf_puts(&b, "\\n");
		else if (src[i] == '"' || src[i] == '\\')
			buf_printf(&b, "\\%c", src[i]);
		else
			buf_putc(&b, src[i]);
	}
	buf_puts(&b, "\"}");
	body = buf_detach(&b);
	free(src);
	return body;
}

Test(web, check_records_in_the_store_and_saves_the_workspace_file)
{
	struct web_response r;
	struct store_summary sum;
	struct store_error err;
	char *body = answer_body("rewrite", "tests/fixtures/run/lesson04/rewrite-sequential.py");
	char *saved, *path;

	request("POST", "/api/check", body, &r);
	cr_assert_eq(r.status, 200, "%.*s", (int)r.len, r.body);
	cr_expect(has(&r, "\"status\": \"pass\""), "%.*s", (int)r.len, r.body);
	cr_expect(has(&r, "\"exercise\": \"rewrite\""));
	web_response_release(&r);
	cr_assert_eq(store_summary(store, 4, &sum, &err), 0);
	cr_expect_eq(sum.attempts, 1);
	cr_expect(sum.exercises[STORE_REWRITE].passed);
	store_summary_free(&sum);
	path = fs_join(home, "04-async/rewrite.py");
	cr_assert_eq(fs_read_file(path, 1 << 20, &saved, NULL), 0, "%s not saved", path);
	cr_expect(strstr(saved, "config = await load_config()"));
	free(saved);
	free(path);
	free(body);
	request("GET", "/api/progress", NULL, &r);
	cr_expect(has(&r, "\"status\":\"started\""), "%.*s", (int)r.len, r.body);
	web_response_release(&r);
}

Test(web, gather_fails_the_concurrency_criterion_on_its_line)
{
	struct web_response r;
	char *body = answer_body("rewrite", "tests/fixtures/run/lesson04/rewrite-gather.py");

	request("POST", "/api/check", body, &r);
	cr_assert_eq(r.status, 200);
	cr_expect(has(&r, "{\"title\": \"" SEQUENTIAL "\", \"id\": \"sequential-not-concurrent\", \"status\": \"fail\""), "%.*s", (int)r.len, r.body);
	cr_expect(has(&r, "\"line\": 13"));
	web_response_release(&r);
	free(body);
	request("GET", "/progress", NULL, &r);
	cr_expect_eq(r.status, 200);
	cr_expect(has(&r, SEQUENTIAL), "the most failed criterion is listed");
	web_response_release(&r);
}

Test(web, hints_use_the_static_rules_and_record_nothing)
{
	struct web_response r;
	struct store_summary sum;
	struct store_error err;

	request("POST", "/api/hints", "{\"lesson\":\"04\",\"exercise\":\"rewrite\",\"answer\":\"x = 1\\n\"}", &r);
	cr_assert_eq(r.status, 200);
	cr_expect(has(&r, "\"status\": \"fail\""));
	web_response_release(&r);
	cr_assert_eq(store_summary(store, 4, &sum, &err), 0);
	cr_expect_eq(sum.attempts, 0);
	store_summary_free(&sum);
	request("POST", "/api/hint", "{\"lesson\":\"04\",\"exercise\":\"rewrite\"}", &r);
	cr_assert_eq(r.status, 200);
	cr_expect(has(&r, "\"hints\":[\""), "%.*s", (int)r.len, r.body);
	web_response_release(&r);
}

Test(web, reflect_answer_gets_feedback)
{
	struct web_response r;

	request("POST", "/api/check", "{\"lesson\":\"04\",\"exercise\":\"reflect\",\"answer\":"
		"\"Use asyncio.gather only when the calls are independent; sequential awaits are "
		"simpler when each step needs the previous one.\"}", &r);
	cr_assert_eq(r.status, 200, "%.*s", (int)r.len, r.body);
	cr_expect(has(&r, "\"exercise\": \"reflect\""));
	web_response_release(&r);
}

static void expect_error(const char *method, const char *path, const char *body, int status,
			 const char *message)
{
	struct web_response r;

	request(method, path, body, &r);
	cr_expect_eq(r.status, status, "%s %s: %d %.*s", method, path, r.status, (int)r.len, r.body);
	cr_expect(has(&r, message), "%s %s: %.*s", method, path, (int)r.len, r.body);
	cr_expect(strcmp(r.type, "application/json") == 0);
	web_response_release(&r);
}

Test(web, bad_requests_get_their_status_and_a_message)
{
	expect_error("POST", "/api/check", "{\"lesson\": \"04\",", 400, "malformed JSON");
	expect_error("POST", "/api/check", "[1, 2]", 400, "expected {");
	expect_error("POST", "/api/check", "{\"lesson\":4,\"exercise\":\"rewrite\",\"answer\":\"\"}", 400, "expected {");
	expect_error("POST", "/api/check", "{\"lesson\":\"99\",\"exercise\":\"rewrite\",\"answer\":\"\"}", 404, "no lesson");
	expect_error("POST", "/api/check", "{\"lesson\":\"04\",\"exercise\":\"essay\",\"answer\":\"\"}", 400, "no exercise");
	expect_error("POST", "/api/check", "{\"lesson\":\"04\",\"exercise\":\"rewrite\",\"answer\":\"a\\u0000b\"}", 400, "NUL");
	expect_error("POST", "/api/check", "", 400, "malformed JSON");
	expect_error("POST", "/api/hints", NULL, 400, "malformed JSON");	/* no body at all */
	expect_error("GET", "/api/lessons/99", NULL, 404, "no lesson");
	expect_error("GET", "/lessons/99", NULL, 404, "no page");
	expect_error("GET", "/lessons/../../etc/passwd", NULL, 404, "no page");
	expect_error("GET", "/assets/../../etc/passwd", NULL, 404, "no such asset");
	expect_error("GET", "/assets/", NULL, 404, "no such asset");
	expect_error("DELETE", "/api/check", NULL, 405, "not allowed");
	expect_error("POST", "/api/nothing", "{}", 404, "no API");
}

Test(web, body_over_the_cap_is_413)
{
	struct web_response r;
	struct web_request req = { .method = "POST", .path = "/api/check", .host = HOST,
				   .content_type = "application/json", .body_too_large = 1 };

	web_handle(web, &req, &r);
	cr_expect_eq(r.status, 413);
	web_response_release(&r);
}

Test(web, an_answer_over_256_kib_is_413)
{
	size_t n = 300 * 1024;
	char *body = malloc(n + 100);
	struct web_response r;
	int len = snprintf(body, 100, "{\"lesson\":\"04\",\"exercise\":\"rewrite\",\"answer\":\"");

	memset(body + len, 'a', n - (size_t)len);
	memcpy(body + n, "\"}", 3);
	request("POST", "/api/check", body, &r);
	cr_expect_eq(r.status, 413);
	web_response_release(&r);
	free(body);
}

static int status_of(struct web_request *req)
{
	struct web_response r;
	int status;

	web_handle(web, req, &r);
	status = r.status;
	web_response_release(&r);
	return status;
}

Test(web, cross_site_requests_are_refused)
{
	const char *body = "{\"lesson\":\"04\",\"exercise\":\"rewrite\",\"answer\":\"x\"}";
	struct web_request req = { .method = "POST", .path = "/api/hints", .host = HOST,
				   .content_type = "application/json", .body = body,
				   .body_len = strlen(body) };

	cr_expect_eq(status_of(&req), 200);
	req.origin = "http://" HOST;
	cr_expect_eq(status_of(&req), 200, "same origin");
	req.origin = "http://evil.example";
	cr_expect_eq(status_of(&req), 403);
	req.origin = "null";
	cr_expect_eq(status_of(&req), 403);
	req.origin = NULL;
	req.fetch_site = "cross-site";
	cr_expect_eq(status_of(&req), 403);
	req.fetch_site = NULL;
	req.content_type = "text/plain";
	cr_expect_eq(status_of(&req), 403, "a form post is refused");
	req.content_type = "application/json";
	req.host = "evil.example:8604";
	cr_expect_eq(status_of(&req), 403, "DNS rebinding");
	req.host = NULL;
	cr_expect_eq(status_of(&req), 403);
	req.host = "localhost:8604";
	cr_expect_eq(status_of(&req), 200);
}

Test(web, learner_and_lesson_text_is_escaped)
{
	struct buf b = BUF_INIT;
	struct web_response r;

	web_escape(&b, "<script>alert('x') & \"y\"</script>");
	cr_expect_str_eq(buf_str(&b), "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
	buf_free(&b);
	/* A failing criterion title saved in the store comes back escaped on
	 * the progress page; the message of a 404 is JSON, never HTML. */
	request("GET", "/lessons/<script>", NULL, &r);
	cr_expect_eq(r.status, 404);
	cr_expect(!has(&r, "text/html"));
	web_response_release(&r);
}

Test(web, security_headers_include_a_csp)
{
	struct web_response r;
	char csp[512];
	int nosniff = 0;

	for (int i = 0; web_security_headers[i]; i += 2)
		nosniff |= strcmp(web_security_headers[i], "X-Content-Type-Options") == 0;
	cr_expect(nosniff);
	request("GET", "/api/lessons", NULL, &r);
	web_csp(&r, csp, sizeof(csp));
	cr_expect(strstr(csp, "script-src 'self';"), "%s", csp);
	cr_expect(strstr(csp, "style-src 'self';"), "no nonce for JSON: %s", csp);
	cr_expect(!strstr(csp, "unsafe-inline"), "%s", csp);
	web_response_release(&r);
}

/* Every page has its own nonce, on its script and in its CSP, and nothing
 * else may add styles: no 'unsafe-inline', no style attributes. */
Test(web, pages_carry_a_fresh_nonce_and_no_inline_style)
{
	static const char *const pages[] = { "/", "/lessons/04", "/lessons/04", "/progress" };
	char seen[4][WEB_NONCE_LEN + 1];

	for (int i = 0; i < 4; i++) {
		struct web_response r;
		char csp[512], attr[64], want[64];

		request("GET", pages[i], NULL, &r);
		cr_assert_eq(r.status, 200, "%s", pages[i]);
		cr_assert_eq(strlen(r.nonce), WEB_NONCE_LEN, "%s", pages[i]);
		snprintf(attr, sizeof(attr), "nonce=\"%s\"", r.nonce);
		snprintf(want, sizeof(want), "style-src 'self' 'nonce-%s';", r.nonce);
		cr_expect(has(&r, attr), "%s: the script lacks %s", pages[i], attr);
		cr_expect(strstr(web_csp(&r, csp, sizeof(csp)), want), "%s: %s", pages[i], csp);
		cr_expect(!has(&r, "style=") && !has(&r, "@@@@"), "%s", pages[i]);
		for (int j = 0; j < i; j++)
			cr_expect_str_neq(seen[j], r.nonce, "%s reused a nonce", pages[i]);
		memcpy(seen[i], r.nonce, sizeof(seen[i]));
		web_response_release(&r);
	}
}

Test(web, assets_are_embedded)
{
	struct web_response r;

	request("GET", "/assets/app.js", NULL, &r);
	cr_expect_eq(r.status, 200);
	cr_expect(strncmp(r.type, "text/javascript", 15) == 0);
	cr_expect_gt(r.len, 1000);
	web_response_release(&r);
	request("GET", "/assets/app.css", NULL, &r);
	cr_expect_eq(r.status, 200);
	web_response_release(&r);
}

/* Which requests the server may answer on any thread (reading only the
 * course) and which go to the one thread that owns the store and runner. */
Test(web, concurrent_requests_are_the_ones_that_read_only_the_course)
{
	static const struct {
		const char *method, *path;
		int concurrent;
	} cases[] = {
		{ "GET", "/lessons/04", 1 }, { "HEAD", "/lessons/nope", 1 },
		{ "GET", "/assets/app.js", 1 }, { "POST", "/api/hints", 1 },
		{ "DELETE", "/api/check", 1 },
		{ "GET", "/", 0 }, { "GET", "/progress", 0 }, { "GET", "/api/lessons", 0 },
		{ "GET", "/api/lessons/04", 0 }, { "GET", "/api/progress", 0 },
		{ "POST", "/api/check", 0 }, { "POST", "/api/hint", 0 },
		{ "POST", "/lessons/04", 0 }, { "GET", "/api/hints", 0 },
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct web_request req = { .method = cases[i].method, .path = cases[i].path };

		cr_expect_eq(web_concurrent(&req), cases[i].concurrent, "%s %s", cases[i].method,
			     cases[i].path);
	}
}

/* The report without its timing, which differs from call to call. */
static char *strip_ms(const char *report)
{
	char *copy = strdup(report), *ms = strstr(copy, "\"ms\": ");

	if (ms)
		*ms = '\0';
	return copy;
}

/* Live hints from several threads at once, as the server's pool answers
 * them: each thread has its own parser and assessor, so every report is the
 * one a single thread gives. */
struct hint_worker {
	pthread_t thread;
	const char *body;
	char *first;	/* the first report this thread got, without "ms" */
	int same;	/* every later report equalled the first */
};

static void *hint_worker_main(void *arg)
{
	struct hint_worker *hw = arg;

	hw->same = 1;
	for (int i = 0; i < 50; i++) {
		struct web_response r;

		request("POST", "/api/hints", hw->body, &r);
		if (r.status != 200) {
			hw->same = 0;
		} else {
			char *got = strip_ms(r.body);

			if (!hw->first) {
				hw->first = got;
			} else {
				hw->same &= strcmp(hw->first, got) == 0;
				free(got);
			}
		}
		web_response_release(&r);
		if (i == 25) {	/* pages are rendered once, under a lock, meanwhile */
			request("GET", "/lessons/05", NULL, &r);
			hw->same &= r.status == 200;
			web_response_release(&r);
		}
	}
	return NULL;
}

Test(web, hints_from_several_threads_agree_with_one_thread)
{
	const char *body = "{\"lesson\": \"04\", \"exercise\": \"rewrite\", \"answer\": "
		"\"const config = await loadConfig();\\nasync def f(userId):\\n    return None\\n\"}";
	struct hint_worker workers[4] = { { 0 } };
	struct web_response alone;
	char *expected;

	request("POST", "/api/hints", body, &alone);
	cr_assert_eq(alone.status, 200);
	expected = strip_ms(alone.body);
	cr_assert(strstr(expected, "const"), "%s", expected);
	web_response_release(&alone);
	for (int i = 0; i < 4; i++) {
		workers[i].body = body;
		cr_assert_eq(pthread_create(&workers[i].thread, NULL, hint_worker_main, &workers[i]), 0);
	}
	for (int i = 0; i < 4; i++) {
		pthread_join(workers[i].thread, NULL);
		cr_assert(workers[i].first, "thread %d got no report", i);
		cr_expect(workers[i].same, "thread %d: reports differed between calls", i);
		cr_expect_str_eq(workers[i].first, expected, "thread %d", i);
		free(workers[i].first);
	}
	free(expected);
}

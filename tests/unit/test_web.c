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
#include "util/xalloc.h"
#include "web/app.h"
#include "web/session.h"
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
	struct error err = ERROR_INIT;
	char *db;

	diags_init(&d);
	course = course_load(COURSE, &d);
	diags_free(&d);
	cr_assert(course, "course did not load");
	cr_assert(mkdtemp(home));
	db = fs_join(home, "progress.db");
	cr_assert_eq(store_open(db, &store, &err), 0, "%s", err.message);
	free(db);
	cr_assert_eq(web_new(course, store, home, &web, NULL), 0);
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

/* Where NEEDLE first stands in R at or after FROM; -1 when it does not. */
static long find_from(const struct web_response *r, long from, const char *needle)
{
	const char *at;

	if (from < 0 || (size_t)from > r->len)
		return -1;
	at = memmem(r->body + from, r->len - (size_t)from, needle, strlen(needle));
	return at ? at - r->body : -1;
}

/* TEXT escaped as the page escapes it, PREFIX and SUFFIX around it; each
 * `span` of a criterion's title as <code> when CODE. */
static char *html_of(const char *prefix, const char *text, int code, const char *suffix)
{
	struct buf b = BUF_INIT, part = BUF_INIT;
	int in_code = 0;

	buf_puts(&b, prefix);
	for (const char *p = text; *p; p++) {
		if (*p != '`' || !code) {
			buf_putc(&part, *p);
			continue;
		}
		web_escape(&b, buf_str(&part));
		buf_reset(&part);
		buf_puts(&b, in_code ? "</code>" : "<code>");
		in_code = !in_code;
	}
	web_escape(&b, buf_str(&part));
	buf_puts(&b, in_code ? "</code>" : "");
	buf_puts(&b, suffix);
	buf_free(&part);
	return buf_detach(&b);
}

/* Expects NEEDLE in R after *AT (and before LIMIT when LIMIT >= 0); moves
 * *AT to it. */
static void expect_after(const struct web_response *r, long *at, long limit, char *needle,
			 const char *where)
{
	long found = find_from(r, *at, needle);

	cr_expect(found >= 0 && (limit < 0 || found < limit), "%s: %s not where it belongs",
		  where, needle);
	if (found >= 0)
		*at = found;
	free(needle);
}

/* The criteria of exercise K stand in its section, before its widget. */
static void expect_criteria(const struct web_response *r, const struct lesson *l,
			    enum exercise_kind k, long *at, const char *where)
{
	const struct exercise *ex = &l->exercises[k];
	char id[64];
	long widget;

	snprintf(id, sizeof(id), "<div class=\"exercise\" id=\"exercise-%s\"", ex->name);
	widget = find_from(r, *at, id);
	cr_expect_geq(widget, 0, "%s: no widget for %s", where, ex->name);
	if (k == EXERCISE_REFLECT) {
		expect_after(r, at, -1, html_of("<div class=\"note\" hidden><h4>What a strong answer "
						"says</h4><p>", ex->criteria[0].title, 0, "</p>"), where);
		return;
	}
	cr_expect_geq(ex->ncriteria, 1, "%s: %s has no criteria", where, ex->name);
	for (size_t c = 0; c < ex->ncriteria; c++)
		expect_after(r, at, widget, html_of("<li class=\"criterion\">", ex->criteria[c].title,
						    1, "</li>"), where);
}

/* Every lesson page shows what the lesson model holds: each section with
 * its heading in order, each subsection's heading, and each exercise's
 * criteria (the titles a check reports) in its own section, before its
 * widget; Reflect's strong answer only in the hidden note. */
Test(web, lesson_pages_show_the_models_sections_exercises_and_criteria)
{
	for (size_t i = 0; i < course->count; i++) {
		const struct lesson *l = course->lessons[i];
		struct web_response r;
		char path[32], where[64];
		long at = 0;

		snprintf(path, sizeof(path), "/lessons/%02d", l->number);
		request("GET", path, NULL, &r);
		cr_assert_eq(r.status, 200, "%s", path);
		for (int id = 0; id < SEC_COUNT; id++) {
			const struct section_spec *spec = &section_specs[id];
			char open[96];

			snprintf(where, sizeof(where), "%s, section %s", path, spec->key);
			snprintf(open, sizeof(open), "<section class=\"sec sec-%s\"><h2>", spec->key);
			expect_after(&r, &at, -1, html_of(open, spec->title, 0, "</h2>"), where);
			for (size_t s = 0; id != SEC_REFLECT && s < spec->nsubs; s++)
				expect_after(&r, &at, -1, html_of("<h3>", spec->subs[s].title, 0, "</h3>"), where);
			if (id == SEC_REFLECT || id == SEC_REWRITE || id == SEC_PRACTICE)
				expect_criteria(&r, l, id == SEC_REFLECT ? EXERCISE_REFLECT
						: id == SEC_REWRITE ? EXERCISE_REWRITE : EXERCISE_PRACTICE,
						&at, where);
		}
		cr_expect(!has(&r, "<h3>What a strong answer notices</h3>"), "%s shows the note", path);
		web_response_release(&r);
	}
}

/* Out of memory on the request path fails that request with 503, and the
 * next request is answered as if nothing happened. */
Test(web, out_of_memory_fails_the_request_not_the_server)
{
	struct web_response r;
	struct web_request req = { .method = "POST", .path = "/api/check", .host = HOST,
				   .content_type = "application/json", .out_of_memory = 1 };

	request("GET", "/lessons/05", NULL, &r);	/* rendered and cached */
	cr_assert_eq(r.status, 200);
	web_response_release(&r);
	for (int round = 0; round < 2; round++) {
		xalloc_fail_after(0);	/* the response's copy of the page */
		request("GET", "/lessons/05", NULL, &r);
		cr_expect_eq(r.status, 503, "round %d: %d", round, r.status);
		cr_expect(has(&r, "out of memory"));
		cr_expect_str_eq(r.type, "application/json");
		cr_expect_str_eq(r.nonce, "", "an error carries no page nonce");
		web_response_release(&r);
		request("GET", "/lessons/05", NULL, &r);
		cr_expect_eq(r.status, 200, "round %d: not serving after the failure", round);
		cr_expect(has(&r, "id=\"exercise-rewrite\""));
		web_response_release(&r);
	}
	xalloc_fail_after(-1);
	/* The server could not hold a request's body (server.c): 503 too. */
	web_handle(web, &req, &r);
	cr_expect_eq(r.status, 503);
	web_response_release(&r);
	request("GET", "/api/lessons", NULL, &r);
	cr_expect_eq(r.status, 200);
	web_response_release(&r);
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
	struct error err = ERROR_INIT;
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
	struct error err = ERROR_INIT;

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

/* A page that does not exist is an HTML page (with a way back), not JSON. */
static void expect_page_404(const char *path, const char *text)
{
	struct web_response r;

	request("GET", path, NULL, &r);
	cr_expect_eq(r.status, 404, "GET %s: %d", path, r.status);
	cr_expect(strncmp(r.type, "text/html", 9) == 0, "GET %s: %s", path, r.type);
	cr_expect(has(&r, text), "GET %s: %.*s", path, (int)r.len, r.body);
	cr_expect(has(&r, "<a href=\"/\">All lessons</a>"), "GET %s: no way back", path);
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
	expect_page_404("/lessons/99", "numbered 01 to 12");
	expect_page_404("/lessons/../../etc/passwd", "There is no page at <code>/lessons/../../etc/passwd</code>");
	expect_error("GET", "/assets/../../etc/passwd", NULL, 404, "no such asset");
	expect_error("GET", "/assets/", NULL, 404, "no such asset");
	expect_error("DELETE", "/api/check", NULL, 405, "not allowed");
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

/* Which thread answers each route: the pool (reads only the course) or
 * the lane (the store, the runner, the workspace).  Every route of the
 * table is listed here, so a route added without a decision fails. */
Test(web, each_route_runs_on_its_thread)
{
	static const struct {
		const char *method, *path;
		enum web_thread thread;
	} cases[] = {
		{ "GET", "/lessons/04", WEB_POOL }, { "HEAD", "/lessons/nope", WEB_POOL },
		{ "GET", "/assets/app.js", WEB_POOL }, { "POST", "/api/hints", WEB_POOL },
		{ "GET", "/", WEB_LANE }, { "GET", "/progress", WEB_LANE },
		{ "GET", "/api/lessons", WEB_LANE }, { "GET", "/api/lessons/04", WEB_LANE },
		{ "GET", "/api/progress", WEB_LANE }, { "POST", "/api/check", WEB_LANE },
		{ "POST", "/api/hint", WEB_LANE },
		/* The full check while typing runs the runner: the lane. */
		{ "POST", "/api/preview", WEB_LANE }, { "POST", "/api/draft", WEB_LANE },
		{ "POST", "/api/run", WEB_LANE },
		/* The cohort server's own routes never wait behind checks. */
		{ "POST", "/api/login", WEB_PASSWORDS }, { "POST", "/api/logout", WEB_POOL },
		{ "POST", "/api/signup", WEB_PASSWORDS }, { "POST", "/api/cohorts", WEB_POOL },
		{ "GET", "/api/cohorts/1/gradebook", WEB_POOL }, { "GET", "/healthz", WEB_POOL },
		{ "GET", "/login", WEB_POOL }, { "GET", "/signup", WEB_POOL },
		{ "GET", "/cohorts", WEB_POOL }, { "GET", "/cohorts/1", WEB_POOL },
		{ "GET", "/api/learners/1/attempts", WEB_POOL }, { "GET", "/learners/1", WEB_POOL },
		{ "POST", "/api/reset", WEB_PASSWORDS }, { "GET", "/reset", WEB_POOL },
		{ "POST", "/api/import", WEB_POOL }, { "GET", "/import", WEB_POOL },
		/* Answer review (cohort_review.h). */
		{ "GET", "/api/shapes/1/04/rewrite", WEB_POOL }, { "POST", "/api/overrides", WEB_POOL },
		{ "POST", "/api/examples/export", WEB_POOL }, { "GET", "/api/review/04/rewrite", WEB_POOL },
		{ "GET", "/shapes/1/04/rewrite", WEB_POOL },
		/* No route: a 404 or 405 reads nothing, so the pool answers it. */
		{ "DELETE", "/api/check", WEB_POOL }, { "POST", "/lessons/04", WEB_POOL },
		{ "GET", "/api/hints", WEB_POOL }, { "GET", "/nothing", WEB_POOL },
	};
	size_t n, covered = 0;
	const struct route *table = routes_table(&n);
	int seen[64] = { 0 };
	struct web local = { 0 };

	cr_assert_leq(n, 64);

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct web_request req = { .method = cases[i].method, .path = cases[i].path };
		struct route_match m;

		cr_expect_eq(web_thread_for(&local, &req), cases[i].thread, "%s %s", cases[i].method,
			     cases[i].path);
		routes_find(cases[i].method, cases[i].path, &m);
		if (m.route && !seen[m.route - table]++)
			covered++;
	}
	cr_expect_eq(covered, n, "every route of the table has its case above");
}

/* A cohort server's threads each have their own PostgreSQL connection, so
 * what only reads a learner's records is answered on the pool there, never
 * behind checks; what runs the sandbox or writes stays on the lane. */
Test(web, a_cohort_server_answers_store_reads_on_the_pool)
{
	static const struct {
		const char *method, *path;
		enum web_thread thread;
	} cases[] = {
		{ "GET", "/", WEB_POOL }, { "GET", "/progress", WEB_POOL },
		{ "GET", "/api/lessons", WEB_POOL }, { "GET", "/api/lessons/04", WEB_POOL },
		{ "HEAD", "/api/progress", WEB_POOL }, { "POST", "/api/check", WEB_LANE },
		{ "POST", "/api/preview", WEB_LANE }, { "POST", "/api/draft", WEB_LANE },
		{ "POST", "/api/run", WEB_LANE }, { "POST", "/api/hint", WEB_LANE },
		{ "POST", "/api/signup", WEB_PASSWORDS },
	};
	struct web_cohort cohort = { 0 };
	struct web w = { .cohort = &cohort };

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct web_request req = { .method = cases[i].method, .path = cases[i].path };

		cr_expect_eq(web_thread_for(&w, &req), cases[i].thread, "%s %s", cases[i].method,
			     cases[i].path);
	}
}

/* A path that reaches route R: its '*' filled with something that exists. */
static void route_path(const struct route *r, char *out, size_t len)
{
	size_t n = strlen(r->pattern);

	if (r->pattern[n - 1] != '*')
		snprintf(out, len, "%s", r->pattern);
	else
		snprintf(out, len, "%.*s%s", (int)(n - 1), r->pattern,
			 strcmp(r->pattern, "/assets/*") == 0 ? "app.css" :
			 strcmp(r->pattern, "/api/review/*") == 0 ? "04/rewrite" : "04");
}

Test(web, every_route_is_reachable_through_web_handle)
{
	static const char *const methods[] = { "GET", "HEAD", "POST" };
	/* Code, so that Run has something to run. */
	const char *body = "{\"lesson\":\"04\",\"exercise\":\"rewrite\",\"answer\":\"x = 1\\n\"}";
	size_t n;
	const struct route *table = routes_table(&n);

	cr_assert_geq(n, 1);
	for (size_t i = 0; i < n; i++) {
		char path[64];

		route_path(&table[i], path, sizeof(path));
		for (size_t k = 0; k < 3; k++) {
			struct route_match m;
			struct web_response r;

			if (!(table[i].methods & web_method_of(methods[k])))
				continue;
			routes_find(methods[k], path, &m);
			cr_expect_eq(m.route, &table[i], "%s %s finds another route", methods[k], path);
			request(methods[k], path, k == 2 ? body : NULL, &r);
			/* The cohort server's routes do not exist in the local app
			 * (tests/e2e/cohort.sh drives them). */
			if (table[i].access >= WEB_COHORT_ANYONE)
				cr_expect(r.status == 404 && has(&r, "no accounts"), "%s %s: %d",
					  methods[k], path, r.status);
			else
				cr_expect_eq(r.status, 200, "%s %s: %d %.*s", methods[k], path,
					     r.status, (int)r.len, r.body);
			web_response_release(&r);
		}
	}
}

Test(web, unknown_paths_are_404)
{
	static const char *const paths[] = { "/nothing", "/lessons", "/api", "/api/", "/assets",
					     "/progress/", "", "/API/lessons" };

	for (size_t i = 0; i < sizeof(paths) / sizeof(paths[0]); i++) {
		struct route_match m;

		routes_find("GET", paths[i], &m);
		cr_expect(!m.route && !m.allow, "'%s' has a route", paths[i]);
		if (strncmp(paths[i], "/api/", 5) == 0)
			expect_error("GET", paths[i], NULL, 404, "no ");
		else
			expect_page_404(paths[i], "No such page");
	}
	expect_error("POST", "/api/nothing", "{}", 404, "no API at /api/nothing");
	expect_error("GET", "/api/nothing", NULL, 404, "no API at /api/nothing");
	expect_page_404("/nothing", "There is no page at <code>/nothing</code>");
}

/* A path some route has, asked with another method: 405, and Allow names
 * the methods that path takes. */
Test(web, wrong_method_is_405_with_the_allowed_methods)
{
	static const struct {
		const char *method, *path, *allow;
	} cases[] = {
		{ "DELETE", "/api/check", "POST" }, { "GET", "/api/check", "POST" },
		{ "GET", "/api/hints", "POST" }, { "PUT", "/api/hint", "POST" },
		{ "POST", "/lessons/04", "GET, HEAD" }, { "POST", "/", "GET, HEAD" },
		{ "DELETE", "/assets/app.js", "GET, HEAD" }, { "POST", "/api/lessons/04", "GET, HEAD" },
		{ "OPTIONS", "/progress", "GET, HEAD" },
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct web_response r;

		request(cases[i].method, cases[i].path, "{}", &r);
		cr_expect_eq(r.status, 405, "%s %s: %d", cases[i].method, cases[i].path, r.status);
		cr_expect_str_eq(r.allow, cases[i].allow, "%s %s", cases[i].method, cases[i].path);
		cr_expect(has(&r, "not allowed"), "%s %s", cases[i].method, cases[i].path);
		web_response_release(&r);
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
 * them: each thread has its own parser and grader, so every report is the
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

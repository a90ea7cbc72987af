/* The learner's page (GET /learners/ID): every attempt of every exercise,
 * oldest first, with its report (criteria, statuses, feedback), the whole
 * answer of the first and, for each later one, the line diff from the one
 * before (util/linediff.h), lines marked + and -.  Every piece of text on
 * it is the learner's or comes from their report: all of it goes through
 * web_escape.  See cohort_learner.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <jansson.h>
#include "util/linediff.h"
#include "util/xalloc.h"
#include "web/cohort_learner.h"
#include "web/csrf.h"
#include "web/page.h"
#include "web/session.h"
#include "util/banned.h"

static const char *text_of(json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));

	return s ? s : "";
}

static void escape_n(struct buf *b, const char *s, size_t n)
{
	char *copy = xstrndup(s, n);

	web_escape(b, copy);
	free(copy);
}

static void when(struct buf *b, json_int_t t)
{
	time_t secs = (time_t)t;
	struct tm tm;
	char text[32];

	if (gmtime_r(&secs, &tm) && strftime(text, sizeof(text), "%Y-%m-%d %H:%M UTC", &tm))
		buf_printf(b, "<time datetime=\"%lld\">%s</time>", (long long)t, text);
}

/* The report's criteria, each with its status and feedback lines. */
static void criteria(struct buf *b, json_t *report)
{
	json_t *list = json_object_get(report, "criteria"), *c, *f;
	size_t i, j;

	if (!json_is_object(report)) {
		buf_puts(b, "<p class=\"aside\">No report was kept for this attempt.</p>");
		return;
	}
	if (text_of(report, "message")[0]) {
		buf_puts(b, "<p class=\"report-message\">");
		web_escape(b, text_of(report, "message"));
		buf_puts(b, "</p>");
	}
	buf_puts(b, "<ul class=\"criteria\">");
	json_array_foreach(list, i, c) {
		int pass = strcmp(text_of(c, "status"), "pass") == 0;

		buf_printf(b, "<li class=\"%s\"><span class=\"mark\" aria-label=\"%s\">%s</span> ",
			   pass ? "pass" : "fail", pass ? "passed" : "failed", pass ? "✓" : "✗");
		web_escape(b, text_of(c, "title"));
		if (json_array_size(json_object_get(c, "feedback")))
			buf_puts(b, "<ul class=\"feedback\">");
		json_array_foreach(json_object_get(c, "feedback"), j, f) {
			json_int_t line = json_integer_value(json_object_get(f, "line"));

			buf_puts(b, "<li>");
			if (line > 0)
				buf_printf(b, "<span class=\"line-no\">line %lld:</span> ", (long long)line);
			web_escape(b, text_of(f, "message"));
			buf_puts(b, "</li>");
		}
		if (json_array_size(json_object_get(c, "feedback")))
			buf_puts(b, "</ul>");
		buf_puts(b, "</li>");
	}
	buf_puts(b, "</ul>");
}

static void diff_line(struct buf *b, const struct linediff_line *l)
{
	static const char *const cls[] = { "same", "add", "del" };
	static const char *const sign[] = { " ", "+", "-" };

	buf_printf(b, "<span class=\"%s\">", cls[l->op]);
	if (l->old_no)
		buf_printf(b, "<span class=\"no\">%zu</span>", l->old_no);
	else
		buf_puts(b, "<span class=\"no\"></span>");
	if (l->new_no)
		buf_printf(b, "<span class=\"no\">%zu</span>", l->new_no);
	else
		buf_puts(b, "<span class=\"no\"></span>");
	buf_printf(b, "%s ", sign[l->op]);
	escape_n(b, l->text, l->len);
	buf_puts(b, "</span>");
}

/* Unchanged lines shown around a change; longer unchanged runs fold. */
#define DIFF_CONTEXT 3

/* D's lines, each run of unchanged lines longer than the context around
 * it folded into one line that says how many it stands for. */
static void diff_lines(struct buf *b, const struct linediff *d)
{
	size_t i = 0, j, head, tail;

	while (i < d->count) {
		if (d->lines[i].op != LINEDIFF_SAME) {
			diff_line(b, &d->lines[i++]);
			continue;
		}
		for (j = i; j < d->count && d->lines[j].op == LINEDIFF_SAME; j++)
			;
		head = i == 0 ? 0 : DIFF_CONTEXT;
		tail = j == d->count ? 0 : DIFF_CONTEXT;
		if (j - i <= head + tail + 1) {
			for (; i < j; i++)
				diff_line(b, &d->lines[i]);
			continue;
		}
		for (size_t k = i; k < i + head; k++)
			diff_line(b, &d->lines[k]);
		buf_printf(b, "<span class=\"fold\">⋯ %zu unchanged line%s</span>", j - i - head - tail,
			   j - i - head - tail == 1 ? "" : "s");
		for (size_t k = j - tail; k < j; k++)
			diff_line(b, &d->lines[k]);
		i = j;
	}
}

/* The diff from PREV's answer to A's, or the whole answer of the first. */
static void answer_or_diff(struct buf *b, json_t *prev, json_t *a)
{
	const char *now = text_of(a, "answer"), *before;
	struct linediff d;

	if (!prev) {
		buf_puts(b, "<details class=\"answer\"><summary>Answer</summary><pre class=\"answer\">");
		web_escape(b, now);
		buf_puts(b, "</pre></details>");
		return;
	}
	before = text_of(prev, "answer");
	if (linediff_compute(before, strlen(before), now, strlen(now), &d) < 0) {
		buf_puts(b, "<p class=\"aside\">The changes are too large to show.</p>");
		return;
	}
	buf_printf(b, "<details class=\"changes\" open><summary>Changes from attempt %lld: "
		   "<span class=\"added\">+%zu</span> <span class=\"removed\">-%zu</span>%s"
		   "</summary><pre class=\"diff\">",
		   (long long)json_integer_value(json_object_get(prev, "number")), d.added,
		   d.removed, d.coarse ? " (too many changed lines to align them)" : "");
	diff_lines(b, &d);
	if (d.added + d.removed == 0)
		buf_puts(b, "<span class=\"same\">(the same answer again)</span>");
	buf_puts(b, "</pre></details>");
	linediff_free(&d);
}

static void attempt(struct buf *b, json_t *ex, json_t *prev, json_t *a)
{
	const char *verdict = text_of(a, "verdict");
	long long n = (long long)json_integer_value(json_object_get(a, "number"));

	buf_printf(b, "<article class=\"attempt %s\" id=\"a-%s-%s-%lld\"><h3>Attempt %lld "
		   "<span class=\"badge %s\">%s</span> ", verdict, text_of(ex, "lesson"),
		   text_of(ex, "exercise"), n, n, verdict, verdict);
	when(b, json_integer_value(json_object_get(a, "time")));
	if (json_is_true(json_object_get(a, "cleared")))
		buf_puts(b, " <span class=\"tag\">before a reset</span>");
	if (json_is_true(json_object_get(a, "imported")))
		buf_puts(b, " <span class=\"tag imported\" title=\"graded on the learner's machine, "
			 "not by this server\">imported</span>");
	buf_puts(b, "</h3>");
	criteria(b, json_object_get(a, "report"));
	answer_or_diff(b, prev, a);
	buf_puts(b, "</article>");
}

static void exercise(struct buf *b, json_t *ex)
{
	json_t *list = json_object_get(ex, "attempts"), *a, *prev = NULL;
	long long hints = (long long)json_integer_value(json_object_get(ex, "hints"));
	size_t i, n = json_array_size(list);

	buf_printf(b, "<section class=\"exercise-attempts\" data-exercise=\"%s-%s\"><h2>Lesson %s, "
		   "%s</h2><p class=\"meta\">%zu attempt%s · %lld hint%s taken</p>",
		   text_of(ex, "lesson"), text_of(ex, "exercise"), text_of(ex, "lesson"),
		   text_of(ex, "exercise"), n, n == 1 ? "" : "s", hints, hints == 1 ? "" : "s");
	json_array_foreach(list, i, a) {
		attempt(b, ex, prev, a);
		prev = a;
	}
	buf_puts(b, "</section>");
}

/* An instructor's or admin's tools for this learner: a reset link. */
static void tools(struct buf *b, long long id)
{
	char csrf[COHORT_TOKEN_HASH_SIZE];

	web_csrf_token(csrf);
	buf_printf(b, "<section class=\"learner-tools\" data-learner=\"%lld\" data-csrf=\"%s\">"
		   "<button type=\"button\" class=\"make-reset\">Make a password-reset link</button>"
		   "<span class=\"reset-out\"></span><p class=\"aside\">The link works once, for "
		   "%d hours; using it signs the learner out everywhere.</p></section>",
		   id, csrf, COHORT_RESET_TTL_S / 3600);
}

static void body(struct buf *b, json_t *root)
{
	json_t *list = json_object_get(root, "exercises"), *ex;
	size_t i;

	int learner = web_session_current()->who.role == COHORT_LEARNER;

	buf_puts(b, learner ? "<p class=\"crumbs\"><a href=\"/progress\">Progress</a> ›</p><h1>"
			    : "<p class=\"crumbs\"><a href=\"/cohorts\">Cohorts</a> ›</p><h1>");
	web_escape(b, text_of(root, "username"));
	buf_puts(b, "</h1>");
	if (!learner)
		tools(b, (long long)json_integer_value(json_object_get(root, "id")));
	if (json_array_size(list) == 0)
		buf_puts(b, "<p class=\"empty\">No attempts yet.</p>");
	json_array_foreach(list, i, ex)
		exercise(b, ex);
}

void cohort_learner_page(struct web *w, const struct web_request *req, const char *param,
			 struct web_response *resp)
{
	struct buf b = BUF_INIT;
	char *end;
	long long id = strtoll(param, &end, 10);
	json_t *root;

	if (end == param || id <= 0 || *end) {
		web_reply_error(resp, 404, "no page at %.200s", req->path);
		return;
	}
	if (!(root = cohort_learner_json(w, id, resp)) || page_nonce(resp) < 0) {
		json_decref(root);
		return;
	}
	page_open(w, 1, &b, text_of(root, "username"), "learner-page", resp->nonce);
	body(&b, root);
	page_close(&b);
	json_decref(root);
	page_reply(resp, &b);
}

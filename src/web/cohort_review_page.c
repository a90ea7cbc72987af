/* The instructor's answer-shapes page (/shapes/COHORT/LESSON/EXERCISE)
 * and the gradebook's links to it.  Per shape: how many learners, its
 * verdict, the normalised text, the instructor's comment (a form), and
 * each learner's latest answer with its criteria, where a verdict can be
 * overridden with a comment and the answer added to the course as a
 * graded example.  The forms are posted as JSON by web/main.js with the
 * session's CSRF token (the <main data-csrf>); everything a learner or an
 * instructor wrote goes through web_escape. */
#include <stdio.h>
#include <string.h>
#include <jansson.h>
#include "web/cohort_review.h"
#include "web/csrf.h"
#include "web/cohort_review_page.h"
#include "web/page.h"
#include "util/banned.h"

static const char *str(json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));

	return s ? s : "";
}

/* An attribute value: escaped, between the quotes the caller wrote. */
static void attr(struct buf *b, const char *name, const char *value)
{
	buf_printf(b, " %s=\"", name);
	web_escape(b, value);
	buf_putc(b, '"');
}

static void override_form(struct buf *b, json_t *c)
{
	json_t *o = json_object_get(c, "override");
	int passed = strcmp(str(c, "status"), "pass") == 0;

	buf_puts(b, "<li class=\"criterion\"");
	attr(b, "data-criterion", str(c, "title"));
	buf_printf(b, "><span class=\"badge %s\">%s</span> ", str(c, "status"), str(c, "status"));
	web_escape(b, str(c, "title"));
	if (o) {
		buf_printf(b, "<p class=\"override-now\">Overridden to <span class=\"badge %s\">%s"
			   "</span> by ", str(o, "verdict"), str(o, "verdict"));
		web_escape(b, str(o, "author"));
		buf_puts(b, ": ");
		web_escape(b, str(o, "comment"));
		buf_puts(b, "</p>");
	}
	/* The verdict offered first is the one the grader did not give. */
	buf_printf(b, "<form class=\"override\"><select name=\"verdict\" aria-label=\"Verdict\">"
		   "<option value=\"%s\">%s</option><option value=\"%s\">%s</option></select>",
		   passed ? "fail" : "pass", passed ? "fail" : "pass", passed ? "pass" : "fail",
		   passed ? "pass" : "fail");
	buf_puts(b, ""
		 "<input name=\"comment\" required placeholder=\"Why (the learner reads it)\" "
		 "aria-label=\"Comment\"><button type=\"submit\">Override</button>"
		 "<span class=\"form-error\" role=\"alert\" hidden></span></form></li>");
}

static void answer_row(struct buf *b, json_t *a)
{
	json_t *c;
	size_t i;

	buf_puts(b, "<li class=\"answer\"");
	attr(b, "data-learner", str(a, "username"));
	attr(b, "data-attempt", str(a, "attempt"));
	buf_puts(b, "><p><strong>");
	web_escape(b, str(a, "username"));
	buf_printf(b, "</strong> <span class=\"badge %s\">%s</span> <button type=\"button\" "
		   "class=\"export\">Add to the course</button></p><ul class=\"criteria\">",
		   str(a, "verdict"), str(a, "verdict"));
	json_array_foreach(json_object_get(a, "criteria"), i, c)
		override_form(b, c);
	buf_puts(b, "</ul><pre class=\"exported\" hidden></pre></li>");
}

static void shape_section(struct buf *b, json_t *s)
{
	json_int_t n = json_integer_value(json_object_get(s, "learners"));
	json_t *comment = json_object_get(s, "comment"), *a;
	size_t i;

	buf_printf(b, "<section class=\"shape\" data-shape=\"%s\"><h2>%lld learner%s "
		   "<span class=\"badge %s\">%s</span></h2><pre class=\"shape-text\"><code>",
		   str(s, "shape"), (long long)n, n == 1 ? "" : "s", str(s, "verdict"),
		   str(s, "verdict"));
	web_escape(b, str(s, "text"));
	buf_puts(b, "</code></pre><form class=\"shape-comment\"><label>Comment for every learner "
		 "with this shape<textarea name=\"comment\" rows=\"3\" maxlength=\"4000\">");
	web_escape(b, str(comment, "comment"));
	buf_puts(b, "</textarea></label><button type=\"submit\">Save comment</button>"
		 "<span class=\"form-error\" role=\"alert\" hidden></span>"
		 "<span class=\"saved\" hidden>Saved.</span></form><ul class=\"answers\">");
	json_array_foreach(json_object_get(s, "answers"), i, a)
		answer_row(b, a);
	buf_puts(b, "</ul></section>");
}

void cohort_review_page(struct web *w, const struct web_request *req, const char *param,
			struct web_response *resp)
{
	struct review_target t;
	struct buf b = BUF_INIT;
	char csrf[COHORT_TOKEN_HASH_SIZE], title[64];
	json_t *shapes, *s;
	size_t i;

	if (cohort_review_target(w, req, param, &t, resp) < 0)
		return;
	if (!(shapes = cohort_review_shapes_json(w, &t, resp)) || page_nonce(resp) < 0) {
		json_decref(shapes);
		return;
	}
	web_csrf_token(csrf);
	snprintf(title, sizeof(title), "Lesson %s, %s: answer shapes", str(shapes, "lesson"),
		 str(shapes, "exercise"));
	page_open(w, 1, &b, title, "shapes-page", resp->nonce);
	buf_printf(&b, "<p class=\"crumbs\"><a href=\"/cohorts\">Cohorts</a> › <a href=\"/cohorts/%lld\">"
		   "Gradebook</a> ›</p><h1>%s</h1><div class=\"shapes\" data-csrf=\"%s\" "
		   "data-api=\"/api/shapes/%lld/%s/%s\"><p class=\"aside\">Each learner's latest answer, "
		   "normalised: comments, docstrings and layout dropped, their own names made "
		   "<code>v1</code>, <code>v2</code>... Answers with the same text share a shape.</p>",
		   t.cohort, title, csrf, t.cohort, str(shapes, "lesson"), str(shapes, "exercise"));
	if (json_array_size(json_object_get(shapes, "shapes")) == 0)
		buf_puts(&b, "<p class=\"empty\">No answers yet.</p>");
	json_array_foreach(json_object_get(shapes, "shapes"), i, s)
		shape_section(&b, s);
	buf_puts(&b, "</div>");
	page_close(&b);
	json_decref(shapes);
	page_reply(resp, &b);
}

void cohort_review_links(struct web *w, long long cohort, struct buf *b)
{
	buf_puts(b, "<h2>Answer shapes</h2><ul class=\"shape-links\">");
	for (size_t i = 0; i < w->course->count; i++) {
		const struct lesson *l = w->course->lessons[i];
		char num[8];

		lesson_number_text(l, num);
		buf_printf(b, "<li>Lesson %s:", num);
		for (int k = 0; k < EXERCISE_COUNT; k++)
			buf_printf(b, " <a href=\"/shapes/%lld/%s/%s\">%s</a>", cohort, num,
				   exercise_kind_name((enum exercise_kind)k),
				   exercise_kind_name((enum exercise_kind)k));
		buf_puts(b, "</li>");
	}
	buf_puts(b, "</ul>");
}

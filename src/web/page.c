/* HTML pages: the catalogue, each lesson and the progress page.  A lesson
 * page is rendered from the lesson model as render/term.c renders it for the
 * terminal: its sections in order (lesson->sections[], headings from
 * section_specs), JavaScript and Python side by side, each exercise's
 * criteria from lesson->exercises[] (the titles a check reports) and its
 * widget.  Markdown blocks go through cmark-gfm's HTML renderer (which drops
 * raw HTML: CMARK_OPT_SAFE is the default unless CMARK_OPT_UNSAFE is given),
 * code through the tree-sitter highlighter, every other string through
 * web_escape.  Lesson pages hold no learner data, so each is rendered once
 * and kept; the front end fetches answers from the API. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include <cmark-gfm.h>
#include "learn/learn.h"
#include "render/highlight.h"
#include "util/xalloc.h"
#include "web/api.h"
#include "web/page.h"
#include "web/session.h"
#include "util/banned.h"

/* Stands where a cached lesson page gets each response's nonce. */
static const char nonce_slot[WEB_NONCE_LEN + 1] = "@@@@@@@@@@@@@@@@@@@@@@@@";

/* The header's links and, on a cohort server, the sign-out button (and,
 * when PERSONAL, who is signed in and their role's links). */
static void page_nav(struct web *w, int personal, struct buf *b)
{
	const struct web_session *s = web_session_current();
	int teacher = w && w->cohort && personal && s->signed_in && s->who.role != COHORT_LEARNER;

	buf_puts(b, "<nav>");
	if (teacher)
		buf_puts(b, "<a href=\"/cohorts\">Cohorts</a>");
	else
		buf_puts(b, "<a href=\"/\">Lessons</a><a href=\"/progress\">Progress</a>");
	/* A cohort learner may bring their local history (cohort_learner.h). */
	if (w && w->cohort && personal && s->signed_in && !teacher)
		buf_puts(b, "<a href=\"/import\">Import</a>");
	buf_puts(b, "</nav>");
	if (!w || !w->cohort || (personal && !s->signed_in))
		return;
	buf_puts(b, "<div class=\"account\">");
	if (personal) {
		buf_puts(b, "<span class=\"who\">");
		web_escape(b, s->who.username);
		buf_puts(b, "</span>");
	}
	buf_puts(b, "<button type=\"button\" class=\"signout\">Sign out</button></div>");
}

size_t page_open(struct web *w, int personal, struct buf *b, const char *title,
		 const char *body_class, const char *nonce)
{
	size_t nonce_at;

	buf_puts(b, "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
		 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"icon\" href=\"data:,\"><title>");
	web_escape(b, title);
	buf_puts(b, " · idiom</title><link rel=\"stylesheet\" href=\"/assets/app.css\">"
		 "<script src=\"/assets/app.js\" defer nonce=\"");
	nonce_at = b->len;
	buf_puts(b, nonce);
	buf_puts(b, "\"></script></head>");
	buf_printf(b, "<body class=\"%s\"><header class=\"top\"><a class=\"brand\" href=\"/\">idiom</a>",
		   body_class);
	page_nav(w, personal, b);
	buf_puts(b, "</header><main>");
	return nonce_at;
}

int page_nonce(struct web_response *resp)
{
	int rc = web_nonce(resp->nonce);

	if (rc < 0)
		web_reply_error(resp, 500, "no randomness for the page's nonce");
	return rc;
}

void page_close(struct buf *b)
{
	buf_puts(b, "</main></body></html>\n");
}

void page_reply(struct web_response *resp, struct buf *b)
{
	web_reply(resp, 200, "text/html; charset=utf-8", b);
}

void page_not_found(struct web *w, const char *path, struct web_response *resp)
{
	struct buf b = BUF_INIT;
	size_t n = w && w->course ? w->course->count : 0;

	if (page_nonce(resp) < 0)
		return;
	page_open(NULL, 0, &b, "Not found", "not-found", resp->nonce);
	buf_puts(&b, "<h1>No such page</h1><p>There is no page at <code>");
	web_escape(&b, path);
	buf_puts(&b, "</code>.</p>");
	if (n && strncmp(path, "/lessons/", 9) == 0) {
		char first[8], last[8];

		lesson_number_text(w->course->lessons[0], first);
		lesson_number_text(w->course->lessons[n - 1], last);
		buf_printf(&b, "<p>The lessons of this course are numbered %s to %s.</p>", first, last);
	}
	buf_puts(&b, "<p><a href=\"/\">All lessons</a></p>");
	page_close(&b);
	web_reply(resp, 404, "text/html; charset=utf-8", &b);
}

static void duration(struct buf *b, int64_t seconds)
{
	buf_printf(b, "%lld:%02lld", (long long)(seconds / 3600), (long long)(seconds / 60 % 60));
}

/* The learner's progress (learn/): status, time and attempts per lesson.
 * A store that cannot be read shows every lesson without history. */
static void progress_of(struct web *w, struct learn_progress *p)
{
	struct learner lr = web_learner(w);
	struct error err = ERROR_INIT;

	if (learn_progress_load(&lr, w->course, p, &err) < 0)
		fprintf(stderr, "idiom serve: progress not read: %s\n", err.message);
}

static void catalogue_row(const struct lesson *l, enum learn_status st,
			  const struct store_summary *sum, struct buf *b)
{
	const char *status = learn_status_name(st);
	char num[8];

	lesson_number_text(l, num);
	buf_printf(b, "<li class=\"lesson %s\"><span class=\"num\">%s</span>"
		   "<a class=\"title\" href=\"/lessons/%s\">", status, num, num);
	web_escape(b, l->title);
	buf_puts(b, "</a><span class=\"summary\">");
	web_escape(b, l->summary ? l->summary : "");
	buf_printf(b, "</span><span class=\"meta\"><span class=\"badge %s\">%s</span> "
		   "%d min", status, status, l->minutes);
	if (sum->seconds > 0) {
		buf_puts(b, " · spent ");
		duration(b, sum->seconds);
	}
	buf_puts(b, "</span></li>");
}

void page_catalogue(struct web *w, struct web_response *resp)
{
	struct buf b = BUF_INIT;
	struct learn_progress p;
	const struct learn_course *lc = &p.lessons;
	size_t n = w->course->count;

	if (page_nonce(resp) < 0)
		return;
	progress_of(w, &p);
	page_open(w, 1, &b, w->course->title ? w->course->title : "Lessons", "catalogue", resp->nonce);
	buf_puts(&b, "<h1>");
	web_escape(&b, w->course->title ? w->course->title : "Lessons");
	buf_printf(&b, "</h1><p class=\"overall\"><progress max=\"%zu\" value=\"%zu\"></progress> "
		   "%zu of %zu lessons done</p><ol class=\"lessons\">", n, lc->done, lc->done, n);
	for (size_t i = 0; i < n; i++)
		catalogue_row(w->course->lessons[i], lc->status[i], &lc->sums[i], &b);
	buf_puts(&b, "</ol><p class=\"terminal\">The same course in the terminal: <code>idiom list</code>, "
		 "<code>idiom start 04</code>, <code>idiom check 04</code>.</p>");
	page_close(&b);
	learn_progress_free(&p);
	page_reply(resp, &b);
}

static void render_code(cmark_node *node, struct buf *b)
{
	const char *lang = md_code_language(node);
	const char *code = cmark_node_get_literal(node);
	enum syntax_lang sl;

	buf_printf(b, "<pre class=\"code lang-%s\"><code>", lang ? lang : "text");
	if (lang && syntax_lang_from_name(lang, &sl) == 0)
		highlight_html(sl, code ? code : "", code ? strlen(code) : 0, b);
	else
		web_escape(b, code);
	buf_puts(b, "</code></pre>");
}

/* The blocks of R: code through the highlighter, the rest through cmark. */
static void render_range(const struct block_range *r, struct buf *b)
{
	for (cmark_node *n = r->first; n && n != r->end; n = cmark_node_next(n)) {
		char *html;

		if (cmark_node_get_type(n) == CMARK_NODE_CODE_BLOCK) {
			render_code(n, b);
			continue;
		}
		html = cmark_render_html(n, CMARK_OPT_DEFAULT, NULL);
		buf_puts(b, html);
		free(html);
	}
}

/* A criterion's title as the model holds it (code spans in backticks),
 * escaped, each `span` as <code>. */
static void criterion_html(const char *title, struct buf *b)
{
	int in_code = 0;

	for (const char *p = title; *p; ) {
		size_t run = strcspn(p, "`");
		char *part = xstrndup(p, run);

		web_escape(b, part);
		free(part);
		p += run;
		if (*p == '`') {
			buf_puts(b, in_code ? "</code>" : "<code>");
			in_code = !in_code;
			p++;
		}
	}
	if (in_code)
		buf_puts(b, "</code>");
}

/* The exercise's criteria from the model: the titles its checks report. */
static void criteria_list(const struct exercise *ex, struct buf *b)
{
	buf_puts(b, "<ul class=\"criteria\">");
	for (size_t i = 0; i < ex->ncriteria; i++) {
		buf_puts(b, "<li class=\"criterion\">");
		criterion_html(ex->criteria[i].title, b);
		buf_puts(b, "</li>");
	}
	buf_puts(b, "</ul>");
}

static void exercise_widget(const struct lesson *l, enum exercise_kind k, struct buf *b)
{
	const struct exercise *ex = &l->exercises[k];
	char num[8];

	lesson_number_text(l, num);
	buf_printf(b, "<div class=\"exercise\" id=\"exercise-%s\" data-lesson=\"%s\" data-exercise=\"%s\">"
		   "<label class=\"answer-label\" for=\"answer-%s\">Your answer</label>"
		   "<textarea class=\"answer %s\" id=\"answer-%s\" spellcheck=\"false\" rows=\"%d\"></textarea>"
		   "<p class=\"draft-note\" hidden></p>"
		   "<div class=\"actions\"><button type=\"button\" class=\"check\">Check</button>"
		   "%s<button type=\"button\" class=\"hint\">Hint</button>"
		   "<span class=\"live\" aria-live=\"polite\"></span></div>"
		   "<ol class=\"hints\"></ol>%s<div class=\"results\" aria-live=\"polite\"></div>",
		   ex->name, num, ex->name, ex->name, k == EXERCISE_REFLECT ? "prose" : "python",
		   ex->name, k == EXERCISE_REFLECT ? 6 : 14,
		   k == EXERCISE_REFLECT ? "" : "<button type=\"button\" class=\"run\" "
		   "title=\"Run the file as python3 would: its __main__ block\">Run</button>",
		   k == EXERCISE_REFLECT ? "" : "<div class=\"run-output\" aria-live=\"polite\" hidden></div>");
	if (k == EXERCISE_REFLECT && ex->ncriteria) {
		buf_puts(b, "<div class=\"note\" hidden><h4>What a strong answer says</h4><p>");
		web_escape(b, ex->criteria[0].title);
		buf_puts(b, "</p></div>");
	}
	buf_puts(b, "</div>");
}

static void subsection_heading(const char *title, struct buf *b)
{
	buf_puts(b, "<h3>");
	web_escape(b, title);
	buf_puts(b, "</h3>\n");
}

/* At a glance and Deeper comparison: JavaScript and Python side by side. */
static void render_pair(const struct section *sec, const struct section_spec *spec, struct buf *b)
{
	static const char *const sides[2] = { "js", "py" };

	buf_puts(b, "<div class=\"pair\">");
	for (int s = 0; s < 2; s++) {
		buf_printf(b, "<div class=\"side %s\">", sides[s]);
		subsection_heading(spec->subs[s].title, b);
		render_range(&sec->subs[s].body, b);
		buf_puts(b, "</div>");
	}
	buf_puts(b, "</div>");
}

/* Which exercise section ID holds, or -1. */
static int exercise_of(enum section_id id)
{
	return id == SEC_REFLECT ? EXERCISE_REFLECT : id == SEC_REWRITE ? EXERCISE_REWRITE
		: id == SEC_PRACTICE ? EXERCISE_PRACTICE : -1;
}

/* A subsection's body: the criteria of an exercise come from the model (the
 * titles a check reports); Reflect's strong answer waits in the widget's
 * note until the learner has answered. */
static void render_subsection(const struct lesson *l, enum section_id id, size_t s,
			      struct buf *b)
{
	const struct section_spec *spec = &section_specs[id];
	int k = exercise_of(id);

	if (id == SEC_REFLECT)
		return;
	subsection_heading(spec->subs[s].title, b);
	if (k >= 0 && spec->subs[s].content == CONTENT_LIST)
		criteria_list(&l->exercises[k], b);
	else
		render_range(&l->sections[id].subs[s].body, b);
}

static void render_section(const struct lesson *l, enum section_id id, struct buf *b)
{
	const struct section_spec *spec = &section_specs[id];
	const struct section *sec = &l->sections[id];
	int k = exercise_of(id);

	buf_printf(b, "<section class=\"sec sec-%s\"><h2>", spec->key);
	web_escape(b, spec->title);
	buf_puts(b, "</h2>\n");
	render_range(&sec->intro, b);
	if (id == SEC_GLANCE || id == SEC_DEEPER)
		render_pair(sec, spec, b);
	else
		for (size_t s = 0; s < spec->nsubs; s++)
			render_subsection(l, id, s, b);
	if (k >= 0)
		exercise_widget(l, (enum exercise_kind)k, b);
	buf_puts(b, "</section>");
}

static void render_lesson_body(const struct lesson *l, struct buf *b)
{
	for (int id = 0; id < SEC_COUNT; id++)
		render_section(l, (enum section_id)id, b);
}

static void render_lesson(struct web *w, size_t index, struct cached_page *page)
{
	const struct lesson *l = w->course->lessons[index];
	struct buf b = BUF_INIT;
	char num[8];

	lesson_number_text(l, num);
	page->nonce_at = page_open(w, 0, &b, l->title, "lesson", nonce_slot);
	buf_printf(&b, "<article class=\"lesson-page\" data-lesson=\"%s\"><p class=\"crumbs\">"
		   "<a href=\"/\">Lessons</a> › Lesson %s · %d min</p><h1>", num, num, l->minutes);
	web_escape(&b, l->title);
	buf_puts(&b, "</h1>");
	render_lesson_body(l, &b);
	buf_puts(&b, "<nav class=\"next\">");
	if (index > 0)
		buf_printf(&b, "<a href=\"/lessons/%02d\">← previous lesson</a>", w->course->lessons[index - 1]->number);
	if (index + 1 < w->course->count)
		buf_printf(&b, "<a href=\"/lessons/%02d\">next lesson →</a>", w->course->lessons[index + 1]->number);
	buf_puts(&b, "</nav></article>");
	page_close(&b);
	page->len = b.len;
	page->html = buf_detach(&b);
}

/* Rendered once under the lock, then only read (pages are answered on any
 * of the server's threads); each response is a copy with its own nonce. */
void page_lesson(struct web *w, size_t index, struct web_response *resp)
{
	struct cached_page *page = &w->lesson_pages[index];
	char *html;

	pthread_mutex_lock(&w->pages_lock);
	if (!page->html)
		render_lesson(w, index, page);
	pthread_mutex_unlock(&w->pages_lock);
	if (page_nonce(resp) < 0)
		return;
	if (!(html = xtry_malloc(page->len))) {
		web_reply_no_memory(resp);
		return;
	}
	memcpy(html, page->html, page->len);
	memcpy(html + page->nonce_at, resp->nonce, WEB_NONCE_LEN);
	resp->status = 200;
	resp->type = "text/html; charset=utf-8";
	resp->body = html;
	resp->len = page->len;
	resp->static_body = 0;
}

/* A bar PERCENT long: an SVG rectangle, so no inline style is needed (the
 * CSP allows none). */
static void bar(struct buf *b, const char *kind, double percent, double minutes, const char *what)
{
	buf_printf(b, "<div class=\"bar %s\"><svg viewBox=\"0 0 100 1\" preserveAspectRatio=\"none\" "
		   "aria-hidden=\"true\"><rect width=\"%.1f\" height=\"1\"/></svg>"
		   "<span>%.0f min %s</span></div>", kind, percent > 0.5 ? percent : 0.5, minutes, what);
}

/* One row of the time chart: spent against the estimate, both as bars
 * scaled to the longest of all. */
static void chart_row(const struct lesson *l, const struct store_summary *sum, double scale,
		      struct buf *b)
{
	double spent = (double)sum->seconds / 60.0;
	double est = (double)l->minutes;
	char num[8];

	lesson_number_text(l, num);
	buf_printf(b, "<div class=\"row\"><a href=\"/lessons/%s\" class=\"label\">%s ", num, num);
	web_escape(b, l->slug);
	buf_puts(b, "</a><div class=\"bars\">");
	bar(b, "est", est * scale, est, "estimated");
	bar(b, spent > est ? "spent over" : "spent", spent * scale, spent, "spent");
	buf_puts(b, "</div></div>");
}

/* Largest count first; equal counts in the order first met. */
static int by_count(const void *x, const void *y)
{
	const struct learn_failing *a = *(const struct learn_failing *const *)x;
	const struct learn_failing *b = *(const struct learn_failing *const *)y;

	if (a->count != b->count)
		return a->count < b->count ? 1 : -1;
	return a < b ? -1 : a > b;
}

static void failing_table(const struct learn_progress *p, struct buf *b)
{
	const struct learn_failing **order;
	size_t n = p->failing_count;

	buf_puts(b, "<h2>Criteria most often failed</h2>");
	if (n == 0) {
		buf_puts(b, "<p class=\"empty\">Nothing failing now.</p>");
		return;
	}
	buf_puts(b, "<p class=\"aside\">Criteria your latest answers still fail, by how many "
		 "of your checks failed them.</p><table class=\"failing\"><thead><tr><th>Lesson</th>"
		 "<th>Criterion</th><th>Failed checks</th></tr></thead><tbody>");
	order = xcalloc(n, sizeof(*order));
	for (size_t i = 0; i < n; i++)
		order[i] = &p->failing[i];
	qsort(order, n, sizeof(*order), by_count);
	for (size_t i = 0; i < n && i < 10; i++) {	/* at most ten rows */
		buf_printf(b, "<tr><td><a href=\"/lessons/%02d#exercise-%s\">%02d %s</a></td><td>",
			   order[i]->lesson, exercise_kind_name(order[i]->exercise), order[i]->lesson,
			   exercise_kind_name(order[i]->exercise));
		criterion_html(order[i]->criterion, b);
		buf_printf(b, "</td><td>%d</td></tr>", order[i]->count);
	}
	free(order);
	buf_puts(b, "</tbody></table>");
}

void page_progress(struct web *w, struct web_response *resp)
{
	struct buf b = BUF_INIT;
	struct learn_progress p;
	double longest = 1;

	if (page_nonce(resp) < 0)
		return;
	progress_of(w, &p);
	for (size_t i = 0; i < w->course->count; i++) {
		double spent = (double)p.lessons.sums[i].seconds / 60.0;
		double est = (double)w->course->lessons[i]->minutes;

		longest = spent > longest ? spent : longest;
		longest = est > longest ? est : longest;
	}
	page_open(w, 1, &b, "Progress", "progress", resp->nonce);
	buf_puts(&b, "<h1>Progress</h1><h2>Time spent against the estimate</h2><div class=\"chart\">");
	for (size_t i = 0; i < w->course->count; i++)
		chart_row(w->course->lessons[i], &p.lessons.sums[i], 100.0 / longest, &b);
	buf_puts(&b, "</div>");
	failing_table(&p, &b);
	page_close(&b);
	learn_progress_free(&p);
	page_reply(resp, &b);
}

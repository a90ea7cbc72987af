/* Per-answer verdicts; see report.h.  Reports are small (a handful of
 * criteria, tens of messages), so plain arrays and linear lookups. */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "grade/report.h"
#include "grade/report_int.h"
#include "render/visible.h"
#include "render/wrap.h"
#include "util/buf.h"
#include "util/jsonw.h"
#include "util/xalloc.h"
#include "util/banned.h"

static struct crit *crit_add(struct report *r, const char *title)
{
	struct crit *c;

	r->crits = xgrow(r->crits, &r->cap, r->count + 1, sizeof(*r->crits));
	c = &r->crits[r->count++];
	memset(c, 0, sizeof(*c));
	c->title = xstrdup(title);
	return c;
}

static struct crit *crit_find(const struct report *r, const char *title)
{
	for (size_t i = 0; i < r->count; i++)
		if (strcmp(r->crits[i].title, title) == 0)
			return &r->crits[i];
	return NULL;
}

struct report *report_new(const char *lesson, const char *exercise, const char *file,
			  const char *const *criteria, size_t n)
{
	struct report *r = xcalloc(1, sizeof(*r));

	r->lesson = xstrdup(lesson ? lesson : "");
	r->exercise = xstrdup(exercise ? exercise : "");
	r->file = xstrdup(file ? file : "");
	for (size_t i = 0; i < n; i++)
		if (!crit_find(r, criteria[i]))
			crit_add(r, criteria[i]);
	return r;
}

void report_free(struct report *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->count; i++) {
		for (size_t j = 0; j < r->crits[i].count; j++)
		{
			free(r->crits[i].items[j].message);
			free(r->crits[i].items[j].rule);
		}
		free(r->crits[i].items);
		free(r->crits[i].title);
		free(r->crits[i].id);
	}
	free(r->crits);
	free(r->lesson);
	free(r->exercise);
	free(r->file);
	free(r->error);
	free(r->note);
	free(r);
}

static int feedback_known(const struct crit *c, int line, const char *message)
{
	for (size_t i = 0; i < c->count; i++)
		if (c->items[i].line == line && strcmp(c->items[i].message, message) == 0)
			return 1;
	return 0;
}

void report_add_finding(struct report *r, const struct report_finding *in)
{
	struct crit *c = crit_find(r, in->criterion);
	struct feedback *f;

	if (!c)
		c = crit_add(r, in->criterion);
	if (in->source == REPORT_FROM_HARNESS)
		*(in->pass ? &c->harness_pass : &c->harness_fail) += 1;
	if (!in->pass && !in->advisory) {
		c->failed = 1;
		/* A static guess the run may overrule, or a failure that stands. */
		if (in->provisional)
			c->provisional = 1;
		else if (in->source != REPORT_FROM_HARNESS)
			c->hard_failed = 1;
	}
	if (!in->message || !*in->message || feedback_known(c, in->line, in->message))
		return;
	c->items = xgrow(c->items, &c->cap, c->count + 1, sizeof(*c->items));
	f = &c->items[c->count++];
	memset(f, 0, sizeof(*f));
	f->line = in->line < 0 ? 0 : in->line;
	f->pass = in->pass;
	f->advisory = in->advisory && !in->pass;
	f->missing = in->missing && !in->pass;
	f->provisional = in->provisional && !in->pass && !in->advisory;
	f->source = in->source;
	f->start = in->start;
	f->end = in->end > in->start ? in->end : 0;
	f->order = r->added++;
	f->message = xstrdup(in->message);
	f->rule = in->rule ? xstrdup(in->rule) : NULL;
}

void report_add_check(struct report *r, const char *criterion, int pass, int line,
		      const char *message)
{
	report_add_finding(r, &(struct report_finding){ .criterion = criterion, .pass = pass,
		.line = line, .message = message, .source = REPORT_FROM_EXERCISE });
}

void report_set_ids(struct report *r, const char *const *ids, size_t n)
{
	for (size_t i = 0; i < n && i < r->count; i++) {
		free(r->crits[i].id);
		r->crits[i].id = ids[i] && *ids[i] ? xstrdup(ids[i]) : NULL;
	}
}

/* The criterion a harness names: by id, or by title for one without. */
static struct crit *crit_named(const struct report *r, const char *name)
{
	for (size_t i = 0; i < r->count; i++)
		if (r->crits[i].id ? strcmp(r->crits[i].id, name) == 0
				   : strcmp(r->crits[i].title, name) == 0)
			return &r->crits[i];
	return NULL;
}

void report_set_error(struct report *r, const char *fmt, ...)
{
	va_list ap;
	struct buf b;

	buf_init(&b, 4096);
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	free(r->error);
	r->error = buf_detach(&b);
	/* An answer that could not run earns no criterion (design.md, "Grading
	 * model"): each one still passing is failed, and says why. */
	for (size_t i = 0; i < r->count; i++) {
		if (r->crits[i].failed)
			continue;
		report_add_finding(r, &(struct report_finding){ .criterion = r->crits[i].title,
			.message = REPORT_NOT_JUDGED, .source = REPORT_FROM_GENERIC });
	}
}

void report_set_note(struct report *r, const char *note)
{
	free(r->note);
	r->note = note ? xstrdup(note) : NULL;
}

void report_set_ms(struct report *r, double ms)
{
	r->ms = ms;
}

enum report_status report_status(const struct report *r)
{
	if (r->error)
		return REPORT_ERROR;
	for (size_t i = 0; i < r->count; i++)
		if (r->crits[i].failed)
			return REPORT_FAIL;
	return REPORT_PASS;
}

const char *report_status_name(enum report_status s)
{
	static const char *const names[] = { "pass", "fail", "error" };

	return names[s];
}

int report_criterion_passed(const struct report *r, const char *title)
{
	const struct crit *c = crit_find(r, title);

	return c ? !c->failed : -ENOENT;
}

size_t report_criterion_count(const struct report *r)
{
	return r->count;
}

const char *report_criterion_title(const struct report *r, size_t i)
{
	return i < r->count ? r->crits[i].title : NULL;
}

static void crit_json(const struct crit *c, const struct ranked_crit *k, struct buf *b)
{
	buf_putc(b, '{');
	jsonw_key(b, "title", 1);
	jsonw_string(b, c->title);
	if (c->id) {
		jsonw_key(b, "id", 0);
		jsonw_string(b, c->id);
	}
	jsonw_key(b, "status", 0);
	jsonw_string(b, c->failed ? "fail" : "pass");
	jsonw_key(b, "feedback", 0);
	buf_putc(b, '[');
	for (size_t i = 0; i < k->count; i++) {
		buf_printf(b, "%s{\"line\": %d, ", i ? ", " : "", k->items[i].f->line);
		jsonw_key(b, "message", 1);
		jsonw_string(b, ranked_message(&k->items[i]));
		jsonw_key(b, "level", 0);
		jsonw_string(b, report_level_name(k->items[i].level));
		buf_putc(b, '}');
	}
	buf_printf(b, "], \"shown\": %zu}", k->shown);
}

/* As jansson prints a real with JSON_REAL_PRECISION(4) (it knows the
 * locale's decimal point and the exponent's form). */
static void real_json(struct buf *b, double x)
{
	json_t *v = json_real(x);
	char *text = v ? json_dumps(v, JSON_ENCODE_ANY | JSON_REAL_PRECISION(4)) : NULL;

	buf_puts(b, text ? text : "0.0");
	free(text);
	json_decref(v);
}

/* Written straight into a buffer (it is built for every live hint), with
 * the keys in the contract's order; the same text json_dumps would give. */
char *report_json(const struct report *r)
{
	struct buf b = BUF_INIT;
	struct ranking k;

	ranking_build(r, &k);
	buf_putc(&b, '{');
	jsonw_key(&b, "lesson", 1);
	jsonw_string(&b, r->lesson);
	jsonw_key(&b, "exercise", 0);
	jsonw_string(&b, r->exercise);
	jsonw_key(&b, "file", 0);
	jsonw_string(&b, r->file);
	jsonw_key(&b, "status", 0);
	jsonw_string(&b, report_status_name(report_status(r)));
	jsonw_key(&b, "criteria", 0);
	buf_putc(&b, '[');
	for (size_t i = 0; i < r->count; i++) {
		if (i)
			buf_puts(&b, ", ");
		crit_json(&r->crits[i], &k.crits[i], &b);
	}
	ranking_release(&k);
	buf_putc(&b, ']');
	jsonw_key(&b, "message", 0);
	jsonw_string(&b, r->error ? r->error : "");
	jsonw_key(&b, "ms", 0);
	real_json(&b, r->ms);
	buf_putc(&b, '}');
	return buf_detach(&b);
}

static int merge_check(struct report *r, json_t *check, size_t index, struct error *e)
{
	const char *title = NULL, *message = "";
	const struct crit *crit;
	int pass = 0, line = 0;

	/* A harness that knows no line may say "line": null: the whole answer. */
	if (json_is_object(check) && json_is_null(json_object_get(check, "line")))
		json_object_del(check, "line");
	if (json_unpack(check, "{s:s, s:b, s?:i, s?:s}", "criterion", &title, "pass", &pass,
			"line", &line, "message", &message) < 0) {
		return error_set(e, -EINVAL, "checks[%zu]: needs \"criterion\" (string), \"pass\" "
				 "(bool), optional \"line\" (integer or null) and \"message\" (string)",
				 index);
	}
	crit = crit_named(r, title);
	if (!crit) {
		/* The course's fault, not the answer's: grade no further, say so,
		 * and never let the check's verdict land elsewhere. */
		report_set_error(r, "the exercise's harness names a criterion \"%s\" that the "
				 "lesson does not have; this is a fault in the course, not in your "
				 "answer (`idiom lint` finds it)", title);
		return 0;
	}
	report_add_finding(r, &(struct report_finding){ .criterion = crit->title, .pass = pass,
		.line = line, .message = message, .source = REPORT_FROM_HARNESS });
	return 0;
}

/* Where the run proved a criterion (its checks on it all passed) and only
 * static guesses marked `overruled-by: harness` failed it, the guesses stay
 * as advice and the criterion passes (design.md: a static guess does not
 * override what a run proves). */
static void settle_provisional(struct report *r)
{
	for (size_t i = 0; i < r->count && !r->error; i++) {
		struct crit *c = &r->crits[i];

		if (!c->provisional || c->hard_failed || c->harness_fail || !c->harness_pass)
			continue;
		c->failed = 0;
		for (size_t j = 0; j < c->count; j++)
			if (c->items[j].provisional)
				c->items[j].advisory = 1;	/* advice now: shown, not failing */
	}
}

int report_disputed(const struct report *r, size_t i)
{
	const struct crit *c = i < r->count ? &r->crits[i] : NULL;

	return c && !r->error && c->hard_failed && c->harness_pass && !c->harness_fail;
}

int report_merge_json(struct report *r, const char *json, size_t len, struct error *e)
{
	json_error_t jerr;
	json_t *root = json_loadb(json, len, 0, &jerr);
	json_t *checks, *error;
	size_t i;
	int rc = 0;

	if (!root)
		return error_set(e, -EINVAL, "line %d, column %d: %s", jerr.line, jerr.column, jerr.text);
	checks = json_object_get(root, "checks");
	error = json_object_get(root, "error");
	if (!json_is_array(checks) || (error && !json_is_string(error) && !json_is_null(error))) {
		rc = error_set(e, -EINVAL, "expected {\"checks\": [...], \"error\": \"...\" (optional)}");
		goto cleanup;
	}
	for (i = 0; i < json_array_size(checks) && rc == 0; i++)
		rc = merge_check(r, json_array_get(checks, i), i, e);
	if (json_is_string(error) && *json_string_value(error))
		report_set_error(r, "%s", json_string_value(error));
	settle_provisional(r);
cleanup:
	json_decref(root);
	return rc;
}

struct marks {
	const char *pass, *fail, *green, *red, *dim, *bold, *reset;
};

static struct marks marks_for(int flags)
{
	struct marks m = { "✓", "✗", "", "", "", "", "" };

	if (flags & REPORT_ASCII) {
		m.pass = "PASS";
		m.fail = "FAIL";
	}
	if (flags & REPORT_COLOR) {
		m.green = "\033[32m";
		m.red = "\033[31m";
		m.dim = "\033[2m";
		m.bold = "\033[1m";
		m.reset = "\033[0m";
	}
	return m;
}

/* Prints TEXT after FIRST, wrapped to WIDTH with HANG before later lines
 * (WIDTH 0: one line, as it comes). */
static void print_wrapped(FILE *out, const char *first, const char *hang, const char *text,
			  size_t width)
{
	struct wrap_style style = { width, first, hang };
	struct buf b = BUF_INIT;

	if (width == 0) {
		fprintf(out, "%s%s\n", first, text);
		return;
	}
	wrap_text(text, strlen(text), &style, &b);
	fputs(buf_str(&b), out);
	buf_free(&b);
}

/* The mark before a message under a failing criterion: what already
 * passes says so (dim alone is lost without colour); advice that fails
 * nothing gets a dash. */
static const char *item_mark(const struct ranked *it, const struct marks *m)
{
	if (it->f->pass)
		return m->pass;
	return it->f->advisory ? "-" : m->fail;
}

static void print_item(const struct ranked *it, int failed, FILE *out, const struct marks *m,
		       size_t width)
{
	const char *colour = it->f->pass ? m->dim : "";
	const char *mark = failed ? item_mark(it, m) : "";
	const char *space = *mark ? " " : "";
	/* Messages quote the answer's source and exceptions: learner bytes. */
	char *message = visible_dup(ranked_message(it));
	char *line;

	if (it->f->line > 0)
		line = xasprintf("%s%s%sline %d: %s%s", colour, mark, space, it->f->line, message,
				 m->reset);
	else
		line = xasprintf("%s%s%s%s%s", colour, mark, space, message, m->reset);
	print_wrapped(out, "      ", "        ", line, width);
	free(message);
	free(line);
}

static void print_crit(const struct crit *c, const struct ranked_crit *k, FILE *out,
		       const struct marks *m, int flags, size_t width)
{
	char *line;

	line = xasprintf("%s%s%s %s", c->failed ? m->red : m->green, c->failed ? m->fail : m->pass,
			 m->reset, c->title);
	print_wrapped(out, "  ", "    ", line, width);
	free(line);
	if (!c->failed && (flags & REPORT_QUIET_PASS))
		return;
	for (size_t i = 0; i < k->shown; i++)
		print_item(&k->items[i], c->failed, out, m, width);
	if (k->count > k->shown)
		fprintf(out, "      %sand %zu more (idiom check --json lists them all)%s\n", m->dim,
			k->count - k->shown, m->reset);
}

void report_print(const struct report *r, FILE *out, int flags)
{
	report_print_width(r, out, flags, 0);
}

void report_print_width(const struct report *r, FILE *out, int flags, size_t width)
{
	struct marks m = marks_for(flags);
	enum report_status st = report_status(r);
	size_t passed = 0;
	char *file = visible_dup(r->file);	/* the learner named it */
	struct ranking k;

	fprintf(out, "%s%s%s (lesson %s, %s)\n", m.bold, file, m.reset, r->lesson, r->exercise);
	free(file);
	/* The error first: nothing below counts until the answer runs. */
	if (r->error) {
		char *clean = visible_dup(r->error);
		char *error = xasprintf("%serror:%s %s", m.red, m.reset, clean);

		print_wrapped(out, "  ", "    ", error, width);
		free(clean);
		free(error);
	}
	ranking_build(r, &k);
	for (size_t i = 0; i < r->count; i++) {
		print_crit(&r->crits[i], &k.crits[i], out, &m, flags, width);
		passed += !r->crits[i].failed;
	}
	ranking_release(&k);
	if (r->note) {
		char *clean = visible_dup(r->note);
		char *note = xasprintf("%sWhat a strong answer notices:%s %s", m.bold, m.reset, clean);

		free(clean);

		fputc('\n', out);
		print_wrapped(out, "  ", "  ", note, width);
		free(note);
	}
	fprintf(out, "%s%s%s: %zu of %zu criteria met (%.1f ms)\n",
		st == REPORT_PASS ? m.green : m.red,
		st == REPORT_PASS ? "pass" : st == REPORT_FAIL ? "fail" : "error",
		m.reset, passed, r->count, r->ms);
}

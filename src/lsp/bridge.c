/* The language server's adapter to grading and progress; see bridge.h.
 * Two graders: a static-only one answers every keystroke, the full one
 * (warm Python, sandbox) answers saves.  Quick fixes use the static-only
 * grader's compiled rules, so nothing is loaded twice. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "grade/static.h"
#include "lsp/bridge.h"
#include "lsp/document.h"
#include "lsp/quickfix.h"
#include "util/limits.h"
#include "util/xalloc.h"
#include "util/banned.h"

struct bridge {
	struct course *course;
	char *home;		/* as given, and resolved (symlinks) when it exists */
	char *real_home;
	struct learner learner;	/* the workspace and the store (if any) */
	struct grader *live, *full;
};

struct bridge *bridge_new(const char *course_dir, const char *home, struct store *store,
			  struct error *e)
{
	struct bridge *b;
	struct diags diags;
	char *dir = course_dir ? xstrdup(course_dir) : course_default_dir();
	char real[PATH_MAX];

	diags_init(&diags);
	b = xcalloc(1, sizeof(*b));
	b->course = course_load(dir, &diags);
	if (home)
		b->home = xstrdup(home);
	else if (learn_home(&b->home, e) < 0)
		b->home = NULL;
	if (!b->course || !b->home) {
		if (!b->course && diags.count)
			error_set(e, -EINVAL, "%s:%d: %s", diags.items[0].file, diags.items[0].line,
				  diags.items[0].message);
		else if (!b->course)
			error_set(e, -EINVAL, "the course cannot be loaded");
		diags_free(&diags);
		free(dir);
		bridge_free(b);
		return NULL;
	}
	b->real_home = xstrdup(realpath(b->home, real) ? real : b->home);
	b->learner = (struct learner){ .store = store, .id = LEARN_LOCAL_ID, .home = b->home };
	b->live = grader_new(b->course, GRADER_STATIC_ONLY);
	b->full = grader_new(b->course, 0);
	diags_free(&diags);
	free(dir);
	return b;
}

void bridge_free(struct bridge *b)
{
	if (!b)
		return;
	grader_free(b->live);
	grader_free(b->full);
	course_free(b->course);
	free(b->home);
	free(b->real_home);
	free(b);
}

const char *bridge_file_name(const struct bridge_target *t)
{
	return learn_file_name(t->kind);
}

/* Splits PATH into its folder (resolved) and file name.  Returns 0 or -ENOENT. */
static int split_path(const char *path, char dir[PATH_MAX], const char **base)
{
	const char *slash = strrchr(path, '/');
	char parent[PATH_MAX];

	if (!slash || (size_t)(slash - path) >= sizeof(parent))
		return -ENOENT;
	memcpy(parent, path, (size_t)(slash - path));
	parent[slash - path] = '\0';
	if (!realpath(parent, dir))
		snprintf(dir, PATH_MAX, "%s", parent);
	*base = slash + 1;
	return 0;
}

int bridge_locate(struct bridge *b, const char *path, struct bridge_target *out)
{
	char dir[PATH_MAX];
	const char *base, *folder;
	size_t hl = strlen(b->real_home);

	if (split_path(path, dir, &base) < 0)
		return -ENOENT;
	if (strncmp(dir, b->real_home, hl) != 0 || dir[hl] != '/' || strchr(dir + hl + 1, '/'))
		return -ENOENT;
	folder = dir + hl + 1;
	for (size_t i = 0; i < b->course->count; i++) {
		const struct lesson *l = b->course->lessons[i];
		char name[256];

		snprintf(name, sizeof(name), "%02d-%s", l->number, l->slug);
		if (strcmp(folder, name) != 0)
			continue;
		for (int k = 0; k < EXERCISE_COUNT; k++) {
			if (strcmp(base, learn_file_name((enum exercise_kind)k)) == 0) {
				out->lesson = l;
				out->kind = (enum exercise_kind)k;
				return 0;
			}
		}
	}
	return -ENOENT;
}

static char *grade(struct grader *a, const struct bridge_target *t, const char *src,
		   size_t len, struct error *e)
{
	struct diags diags;
	struct report *r;
	char *json = NULL;

	if (len > IDIOM_ANSWER_MAX) {
		error_set(e, -EFBIG, "the answer is larger than %d KiB, the most idiom grades",
			  IDIOM_ANSWER_MAX / 1024);
		return NULL;
	}
	diags_init(&diags);
	r = grader_check(a, t->lesson, t->kind, bridge_file_name(t), src, len, NULL, &diags);
	if (r)
		json = report_json(r);
	else if (diags.count)
		error_set(e, -EINVAL, "%s:%d: %s", diags.items[0].file, diags.items[0].line,
			  diags.items[0].message);
	else
		error_set(e, -EIO, "the exercise could not be graded");
	report_free(r);
	diags_free(&diags);
	return json;
}

char *bridge_grade_static(struct bridge *b, const struct bridge_target *t,
			  const char *src, size_t len, struct error *e)
{
	return grade(b->live, t, src, len, e);
}

char *bridge_grade_full(struct bridge *b, const struct bridge_target *t,
			const char *src, size_t len, struct error *e)
{
	return grade(b->full, t, src, len, e);
}

/* E from the first of DIAGS (the grader's problems), or a plain failure. */
static void grader_failed(const struct diags *diags, struct error *e)
{
	if (diags->count)
		error_set(e, -EINVAL, "%s:%d: %s", diags->items[0].file, diags->items[0].line,
			  diags->items[0].message);
	else
		error_set(e, -EIO, "the exercise could not be graded");
}

char *bridge_check_saved(struct bridge *b, const struct bridge_target *t, const char *path,
			 const char *src, size_t len, struct error *e)
{
	struct learn_check_options opt = { .record = b->learner.store != NULL };
	struct learn_result res;
	char *json = NULL;

	if (!b->learner.store)
		return grade(b->full, t, src, len, e);
	if (learn_check_file(&b->learner, b->full, t->lesson, t->kind, path, &opt, &res, e) < 0)
		return NULL;
	if (res.report)
		json = report_json(res.report);
	else
		grader_failed(&res.diags, e);
	learn_result_free(&res);
	return json;
}

char *bridge_next_hint(struct bridge *b, const struct bridge_target *t, struct error *e)
{
	struct learn_hint h;
	struct diags diags;
	char *text = NULL;

	diags_init(&diags);
	if (learn_hint_next(&b->learner, b->live, t->lesson, t->kind, &h, &diags, e) < 0) {
		if (diags.count)
			grader_failed(&diags, e);
	} else if (h.count == 0) {
		text = xasprintf("No hints for %s in lesson %02d.", exercise_kind_name(t->kind),
				 t->lesson->number);
	} else if (h.again) {
		text = xasprintf("That was the last hint for %s (%zu of %zu). Hint %zu again: %s",
				 exercise_kind_name(t->kind), h.count, h.count, h.count,
				 h.hints[h.count - 1]);
	} else {
		text = xasprintf("Hint %zu of %zu for %s: %s", h.shown, h.count,
				 exercise_kind_name(t->kind), h.hints[h.shown - 1]);
	}
	diags_free(&diags);
	return text;
}

struct fix_scan {
	const char *src;
	long first, last;
	struct bridge_fix *fixes;
	size_t count, cap;
};

/* A span of a static rule becomes a fix when quickfix knows the rule and
 * the exact text, and the span's line is in range. */
static void add_fix(const struct static_span *span, void *ctx)
{
	struct fix_scan *s = ctx;
	const char *with = quickfix_replacement(span->rule, s->src + span->start,
						span->end - span->start);
	long line = 0;

	if (!with)
		return;
	for (size_t i = 0; i < span->start; i++)
		line += s->src[i] == '\n';
	if (line < s->first || line > s->last)
		return;
	s->fixes = xgrow(s->fixes, &s->cap, s->count + 1, sizeof(*s->fixes));
	s->fixes[s->count++] = (struct bridge_fix){ .line = line, .start = span->start,
		.end = span->end, .replacement = with, .rule = span->rule,
		.criterion = span->criterion };
}

long bridge_quick_fixes(struct bridge *b, const struct bridge_target *t, const char *src,
			size_t len, long first, long last, struct bridge_fix **out, struct error *e)
{
	struct fix_scan s = { .src = src, .first = first, .last = last };
	const struct grading *g;
	struct diags diags;
	int rc;

	*out = NULL;
	diags_init(&diags);
	g = grader_grading(b->live, t->lesson, t->kind, &diags);
	if (!g) {
		grader_failed(&diags, e);
		diags_free(&diags);
		return e ? e->code : -EINVAL;
	}
	diags_free(&diags);
	if (!grading_is_code(g) || len > IDIOM_ANSWER_MAX)
		return 0;
	rc = static_rules_spans(grading_static(g), src, len, add_fix, &s);
	if (rc < 0) {
		free(s.fixes);
		return error_set(e, rc, "the parser cannot be created");
	}
	*out = s.fixes;
	return (long)s.count;
}

void bridge_describe(struct bridge *b, const struct bridge_target *t, const char *title,
		     struct buf *out)
{
	const struct lesson *l = t->lesson;
	const struct exercise *ex = &l->exercises[t->kind];
	enum section_id sec = t->kind == EXERCISE_REFLECT ? SEC_REFLECT
			    : t->kind == EXERCISE_REWRITE ? SEC_REWRITE : SEC_PRACTICE;
	int line = l->sections[sec].line;

	for (size_t i = 0; i < ex->ncriteria; i++)
		if (strcmp(ex->criteria[i].title, title) == 0)
			line = ex->criteria[i].line;
	buf_printf(out, "**%s**\n\nA criterion of the %s exercise, lesson %02d: %s.\n\n"
		   "From the lesson's section \"%s\" (%s:%d); read it with "
		   "`idiom show %02d --section %s`.",
		   title, exercise_kind_name(t->kind), l->number, l->title,
		   section_specs[sec].title, l->path, line, l->number, section_specs[sec].key);
}

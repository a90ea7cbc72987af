/* The language server's adapter to grading and progress; see bridge.h.
 * Two assessors: a static-only one answers every keystroke, the full one
 * (warm Python, sandbox) answers saves.  The quick-fix rulesets are loaded
 * once per exercise, like the assessors' graders. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "grade/rules.h"
#include "grade/static.h"
#include "lsp/bridge.h"
#include "lsp/document.h"
#include "lsp/quickfix.h"
#include "syntax/syntax.h"
#include "util/fsutil.h"
#include "util/limits.h"
#include "util/xalloc.h"
#include "work/workspace.h"
#include "util/banned.h"

struct bridge {
	struct course *course;
	char *home;		/* as given, and resolved (symlinks) when it exists */
	char *real_home;
	struct bridge_hooks hooks;
	int has_hooks;
	struct assessor *live, *full;
	struct ruleset **rules;	/* [lesson index * EXERCISE_COUNT + kind] */
};

struct bridge *bridge_new(const char *course_dir, const char *home,
			  const struct bridge_hooks *hooks, struct error *e)
{
	struct bridge *b;
	struct diags diags;
	char *dir = course_dir ? xstrdup(course_dir) : course_default_dir();
	char real[PATH_MAX];

	diags_init(&diags);
	b = xcalloc(1, sizeof(*b));
	b->course = course_load(dir, &diags);
	b->home = home ? xstrdup(home) : workspace_home();
	if (!b->course || !b->home) {
		error_set(e, -EINVAL, "%s", !b->home ? "neither IDIOM_HOME nor HOME is set"
			  : diags.count ? diags.items[0].message : "the course cannot be loaded");
		if (b->course && diags.count)
			error_wrap(e, "%s:%d", diags.items[0].file, diags.items[0].line);
		diags_free(&diags);
		free(dir);
		bridge_free(b);
		return NULL;
	}
	b->real_home = xstrdup(realpath(b->home, real) ? real : b->home);
	if (hooks) {
		b->hooks = *hooks;
		b->has_hooks = 1;
	}
	b->rules = xcalloc(b->course->count * EXERCISE_COUNT + 1, sizeof(*b->rules));
	b->live = assessor_new(b->course, ASSESS_STATIC_ONLY);
	b->full = assessor_new(b->course, 0);
	diags_free(&diags);
	free(dir);
	return b;
}

void bridge_free(struct bridge *b)
{
	if (!b)
		return;
	for (size_t i = 0; b->rules && i < b->course->count * EXERCISE_COUNT; i++)
		rules_free(b->rules[i]);
	free(b->rules);
	assessor_free(b->live);
	assessor_free(b->full);
	course_free(b->course);
	free(b->home);
	free(b->real_home);
	free(b);
}

const char *bridge_file_name(const struct bridge_target *t)
{
	return workspace_file_name(t->kind);
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
			if (strcmp(base, workspace_file_name((enum exercise_kind)k)) == 0) {
				out->lesson = l;
				out->kind = (enum exercise_kind)k;
				return 0;
			}
		}
	}
	return -ENOENT;
}

static char *grade(struct assessor *a, const struct bridge_target *t, const char *src,
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
	r = assessor_check(a, t->lesson, t->kind, bridge_file_name(t), src, len, NULL, &diags);
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

char *bridge_check_saved(struct bridge *b, const struct bridge_target *t, const char *path,
			 const char *src, size_t len, struct error *e)
{
	if (b->has_hooks && b->hooks.check_and_record)
		return b->hooks.check_and_record(b->hooks.ctx, b->full, t->lesson, t->kind, path, e);
	return grade(b->full, t, src, len, e);
}

char *bridge_next_hint(struct bridge *b, const struct bridge_target *t, struct error *e)
{
	if (b->has_hooks && b->hooks.next_hint)
		return b->hooks.next_hint(b->hooks.ctx, b->live, t->lesson, t->kind, e);
	error_set(e, -ENOTSUP, "hints are not available here; run 'idiom hint %02d %s'",
		  t->lesson->number, exercise_kind_name(t->kind));
	return NULL;
}

/* The exercise's ruleset for quick fixes, loaded on first use (the same
 * files the assessors' graders load). */
static struct ruleset *ruleset_for(struct bridge *b, const struct bridge_target *t,
				   struct error *e)
{
	const struct exercise *ex = &t->lesson->exercises[t->kind];
	struct ruleset **slot = NULL;
	struct diags diags;
	const char **titles;
	char *rules, *habits;
	int rc;

	for (size_t i = 0; i < b->course->count; i++)
		if (b->course->lessons[i] == t->lesson)
			slot = &b->rules[i * EXERCISE_COUNT + t->kind];
	if (!slot)
		return error_set(e, -ENOENT, "not a lesson of this course"), NULL;
	if (*slot)
		return *slot;
	rules = fs_join(ex->dir, "rules.yaml");
	habits = fs_join(b->course->dir, "rules/habits.yaml");
	titles = xcalloc(ex->ncriteria + 1, sizeof(*titles));
	for (size_t i = 0; i < ex->ncriteria; i++)
		titles[i] = ex->criteria[i].title;
	diags_init(&diags);
	rc = rules_load(slot, rules, access(habits, R_OK) == 0 ? habits : NULL, titles,
			ex->ncriteria, &diags);
	if (rc < 0)
		error_set(e, rc, "%s", diags.count ? diags.items[0].message : "the rules cannot be loaded");
	diags_free(&diags);
	free(titles);
	free(habits);
	free(rules);
	return rc < 0 ? NULL : *slot;
}

struct fix_scan {
	const struct ruleset *rs;
	const char *src;
	size_t len;
	long first, last;
	struct bridge_fix *fixes;
	size_t count, cap;
};

static void add_fix(struct fix_scan *s, const struct rule *rule, size_t start, size_t end)
{
	const char *with = quickfix_replacement(rule->id, s->src + start, end - start);
	long line = 0;

	if (!with || !rule->criterion)
		return;
	for (size_t i = 0; i < start; i++)
		line += s->src[i] == '\n';
	if (line < s->first || line > s->last)
		return;
	s->fixes = xgrow(s->fixes, &s->cap, s->count + 1, sizeof(*s->fixes));
	s->fixes[s->count++] = (struct bridge_fix){ .line = line, .start = start, .end = end,
		.replacement = with, .rule = rule->id, .criterion = rule->criterion };
}

/* Rules with placement conditions are left out: their matches are not all
 * findings, and a fix must only ever follow a finding. */
static int fixable(const struct rule *rule)
{
	return rule->mode == RULE_FORBID && !rule->ninside && !rule->nnot_inside &&
	       rule->criterion && quickfix_known(rule->id);
}

static int fix_query_match(const TSQueryMatch *m, void *ctx)
{
	struct fix_scan *s = ctx;
	const struct rule *rule;
	TSNode node;

	if (m->pattern_index == s->rs->blank_pattern || m->capture_count == 0)
		return 0;
	rule = &s->rs->rules[s->rs->pattern_rule[m->pattern_index]];
	if (!fixable(rule))
		return 0;
	node = m->captures[0].node;
	for (uint16_t i = 0; rule->at >= 0 && i < m->capture_count; i++)
		if (m->captures[i].index == (uint32_t)rule->at)
			node = m->captures[i].node;
	add_fix(s, rule, ts_node_start_byte(node), ts_node_end_byte(node));
	return 0;
}

/* A regex rule reads the code view one line at a time, as static_check does. */
static void fix_regex(struct fix_scan *s, const struct rule *rule, const char *view, size_t vlen)
{
	size_t off = 0;

	while (off < vlen) {
		const char *nl = memchr(view + off, '\n', vlen - off);
		size_t n = nl ? (size_t)(nl - view) - off : vlen - off;
		char *line = xstrndup(view + off, n);
		regmatch_t g[10];
		size_t ng = rule->regex.re_nsub + 1 < 10 ? rule->regex.re_nsub + 1 : 10;
		int gi;

		if (regexec(&rule->regex, line, ng, g, 0) == 0) {
			gi = rule->at > 0 && (size_t)rule->at < ng && g[rule->at].rm_so >= 0 ? rule->at : 0;
			add_fix(s, rule, off + (size_t)g[gi].rm_so, off + (size_t)g[gi].rm_eo);
		}
		free(line);
		off += n + 1;
	}
}

long bridge_quick_fixes(struct bridge *b, const struct bridge_target *t, const char *src,
			size_t len, long first, long last, struct bridge_fix **out, struct error *e)
{
	struct fix_scan s = { .src = src, .len = len, .first = first, .last = last };
	TSTree *tree;
	char *view;

	*out = NULL;
	if (!(s.rs = ruleset_for(b, t, e)))
		return e ? e->code : -EINVAL;
	if (!s.rs->code || len > IDIOM_ANSWER_MAX)
		return 0;
	if (!(tree = syntax_parse(LANG_PYTHON, src, len)))
		return error_set(e, -ENOMEM, "the parser cannot be created");
	if (s.rs->combined)
		syntax_query_matches(s.rs->combined, ts_tree_root_node(tree), src, fix_query_match, &s);
	view = static_rules_view(s.rs, ts_tree_root_node(tree), src, len);
	for (size_t i = 0; i < s.rs->nrules; i++)
		if (s.rs->rules[i].has_regex && fixable(&s.rs->rules[i]))
			fix_regex(&s, &s.rs->rules[i], view, strlen(view));
	free(view);
	ts_tree_delete(tree);
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

/* Reading an exercise's rule file and the course habits; see rulefile.h.
 * The top-level keys are read here; rules, concepts and habits have their
 * own readers, which share one struct rule_reader (reader.h). */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "grade/concepts.h"
#include "grade/habits.h"
#include "grade/names.h"
#include "grade/reader.h"
#include "grade/rulefile.h"
#include "grade/static.h"
#include "util/fsutil.h"
#include "util/limits.h"
#include "util/text.h"
#include "util/xalloc.h"
#include "util/banned.h"

int reader_errors(const struct rule_reader *r)
{
	return r->errors + r->doc.problems;
}

void reader_problem_at(struct rule_reader *r, const char *path, int line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diags_vadd(r->diags, path, line, fmt, ap);
	va_end(ap);
	r->errors++;
}

int reader_open(struct rule_reader *r, const char *path, const char *text, size_t len)
{
	reader_close(r);
	return yamldoc_load(&r->doc, path, 1, text, len, r->diags);
}

void reader_close(struct rule_reader *r)
{
	yamldoc_free(&r->doc);
	/* Keep the count; the document's own goes with it. */
	r->errors += r->doc.problems;
	r->doc.problems = 0;
}

int reader_line(const struct rule_reader *r, const yaml_node_t *node)
{
	return yamldoc_line(&r->doc, node);
}

/* NODE names a criterion by its id ({#id} in lesson.md).  Returns the
 * exercise's copy of its title, or NULL after reporting it. */
char *criterion_title(struct rule_reader *r, yaml_node_t *node)
{
	const char *id = yamldoc_string(&r->doc, node, "criterion");
	const char *near;

	if (!id)
		return NULL;
	for (size_t i = 0; i < r->ncriteria; i++)
		if (strcmp(r->ids[i], id) == 0)
			return r->criteria[i];
	near = text_nearest(id, (const char *const *)r->ids);
	if (near)
		yamldoc_problem(&r->doc, node, "no criterion with id `%s` in this exercise; did you "
				"mean `%s`? (a criterion's id is the {#id} that ends its line in "
				"lesson.md)", id, near);
	else
		yamldoc_problem(&r->doc, node, "no criterion with id `%s` in this exercise; name one "
				"by the {#id} that ends its line in lesson.md", id);
	return NULL;
}

struct file_ctx {
	struct rule_reader *r;
	struct rulefile *rf;
};

static void top_key(void *ctx, const char *key, yaml_node_t *value)
{
	static const char *const langs[] = { "python", "text", NULL };
	static const char *const sources[] = { "answer", "comments", NULL };
	struct file_ctx *f = ctx;
	struct rulefile *rf = f->rf;
	struct yamldoc *d = &f->r->doc;
	int v;

	if (!strcmp(key, "exercise")) {
		yamldoc_string(d, value, key);
	} else if (!strcmp(key, "language")) {
		if ((v = yamldoc_enum(d, value, key, langs)) >= 0)
			rf->code = v == 0;
	} else if (!strcmp(key, "text")) {
		if ((v = yamldoc_enum(d, value, key, sources)) >= 0)
			rf->text = v ? TEXT_COMMENTS : TEXT_ANSWER;
	} else if (!strcmp(key, "anchor")) {
		static_rules_read_anchor(rf->statics, f->r, value);
	} else if (!strcmp(key, "habits")) {
		habits_map_read(f->r, value);
	} else if (!strcmp(key, "hints")) {
		yamldoc_strings_free(rf->hints);
		rf->hints = yamldoc_strings(d, value, key, &rf->nhints);
	} else if (!strcmp(key, "rules")) {
		static_rules_read(rf->statics, f->r, value);
	} else if (!strcmp(key, "names")) {
		required_names_read(rf->names, f->r, value);
	} else if (!strcmp(key, "ideas") || !strcmp(key, "contradictions")) {
		concept_rules_read(rf->concepts, f->r, value, key[0] == 'c');
	} else {
		concept_rules_read_min_words(rf->concepts, f->r, value);
	}
}

static void read_exercise_file(struct rule_reader *r, struct rulefile *rf, const char *text,
			       size_t len)
{
	static const char *const keys[] = { "exercise", "language", "text", "anchor", "habits",
		"names", "hints", "rules", "ideas", "contradictions", "min-words", NULL };
	struct file_ctx f = { r, rf };

	if (reader_open(r, rf->path, text, len) == 0)
		yamldoc_each_key(&r->doc, yamldoc_root(&r->doc), "the rule file", keys, top_key, &f);
	if (r->doc.loaded && !rf->code && rf->text == TEXT_NONE)
		rf->text = TEXT_ANSWER;
	if (r->doc.loaded && !rf->code && static_rules_count(rf->statics))
		yamldoc_problem(&r->doc, NULL, "`rules` (code patterns) need `language: python`; a "
				"free-text exercise uses `ideas` and `contradictions`");
	reader_close(r);
}

void rulefile_release(struct rulefile *rf)
{
	static_rules_free(rf->statics);
	concept_rules_free(rf->concepts);
	required_names_free(rf->names);
	yamldoc_strings_free(rf->hints);
	yamldoc_strings_free(rf->criteria);
	yamldoc_strings_free(rf->ids);
	free(rf->path);
	memset(rf, 0, sizeof(*rf));
}

static void rulefile_init(struct rulefile *rf, const char *rules_path,
			  const struct criterion *criteria, size_t n)
{
	memset(rf, 0, sizeof(*rf));
	rf->path = xstrdup(rules_path);
	rf->criteria = xcalloc(n + 1, sizeof(*rf->criteria));
	rf->ids = xcalloc(n + 1, sizeof(*rf->ids));
	for (size_t i = 0; i < n; i++) {
		rf->criteria[rf->ncriteria] = xstrdup(criteria[i].title);
		rf->ids[rf->ncriteria++] = xstrdup(criteria[i].id ? criteria[i].id : "");
	}
	rf->statics = static_rules_new();
	rf->concepts = concept_rules_new();
	rf->names = required_names_new();
}

int rulefile_parse(struct rulefile *rf, const char *text, size_t len, const char *rules_path,
		   const char *habits_text, size_t habits_len, const char *habits_path,
		   const struct criterion *criteria, size_t n, struct diags *diags)
{
	struct rule_reader r = { .diags = diags, .rules_path = rules_path };
	size_t before = diags->count;

	rulefile_init(rf, rules_path, criteria, n);
	r.criteria = rf->criteria;
	r.ids = rf->ids;
	r.ncriteria = rf->ncriteria;
	r.habit_map = habits_new();
	read_exercise_file(&r, rf, text, len);
	if (habits_text && rf->code && reader_errors(&r) == 0)
		habits_read_file(&r, habits_text, habits_len, habits_path, rf->statics);
	/* Past other errors the habits were not read: nothing to check. */
	habits_check_replaced(&r, habits_text ? habits_path : NULL, reader_errors(&r) == 0);
	habits_free(r.habit_map);
	static_rules_compile(rf->statics, &r);	/* also after other problems: report them all */
	if (reader_errors(&r) || diags->count > before) {
		rulefile_release(rf);
		return -EINVAL;
	}
	return 0;
}

int rulefile_load(struct rulefile *rf, const char *rules_path, const char *habits_path,
		  const struct criterion *criteria, size_t n, struct diags *diags)
{
	char *text = NULL, *habits = NULL;
	size_t len = 0, hlen = 0;
	int rc;

	memset(rf, 0, sizeof(*rf));
	rc = fs_read_file(rules_path, IDIOM_RULES_FILE_MAX, &text, &len);
	if (rc < 0) {
		diags_add(diags, rules_path, 0, "cannot read the rule file: %s", strerror(-rc));
		goto cleanup;
	}
	if (habits_path) {
		rc = fs_read_file(habits_path, IDIOM_RULES_FILE_MAX, &habits, &hlen);
		if (rc < 0) {
			diags_add(diags, habits_path, 0, "cannot read the habits file: %s", strerror(-rc));
			goto cleanup;
		}
	}
	rc = rulefile_parse(rf, text, len, rules_path, habits, hlen, habits_path, criteria, n, diags);
cleanup:
	free(text);
	free(habits);
	return rc;
}

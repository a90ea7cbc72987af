/* Graded example answers; see examples.h.  expected.yaml:
 *   examples:
 *     FILE: {status: pass|fail|error, criteria: {ID: pass|fail},
 *            behavioural: [ID or status, ...], note: ...}
 * IDs are the criteria's {#id} markers in lesson.md; they are resolved to
 * titles on loading, and an unknown one is reported with the nearest.
 * FILE is relative to the examples folder (../reference.py is the reference);
 * `behavioural` names what only the sandboxed run decides, so tests of the
 * static rules alone know what to skip; `note` is for readers. */
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "grade/examples.h"
#include "grade/harness_ids.h"
#include "util/fsutil.h"
#include "util/limits.h"
#include "util/xalloc.h"
#include "util/yamldoc.h"
#include "util/banned.h"

struct reader {
	struct yamldoc doc;
	const struct exercise *ex;
	int titles_too;		/* criteria may also be named by their exact title */
};

/* ID names a criterion of the exercise: its title, or NULL after reporting
 * the unknown id at NODE with the nearest one. */
static const char *resolve(struct reader *rd, yaml_node_t *node, const char *file, const char *id)
{
	const struct criterion *c = exercise_criterion(rd->ex, id);
	const char *near;

	if (c)
		return c->title;
	/* A label file written by a reviewer who read only lesson.md may name a
	 * criterion by its exact title (idiom lint --accuracy). */
	for (size_t i = 0; rd->titles_too && i < rd->ex->ncriteria; i++)
		if (strcmp(rd->ex->criteria[i].title, id) == 0)
			return rd->ex->criteria[i].title;
	near = exercise_nearest_id(rd->ex, id);
	yamldoc_problem(&rd->doc, node, "%s: no criterion with id `%s` in %s%s%s%s (ids are the "
			"{#id} markers of lesson.md)", file, id, rd->ex->name,
			near ? "; did you mean `" : "", near ? near : "", near ? "`?" : "");
	return NULL;
}

static void read_criteria(struct reader *rd, yaml_node_t *map, struct example_expectation *e)
{
	size_t n = (size_t)(map->data.mapping.pairs.top - map->data.mapping.pairs.start);

	e->ids = xcalloc(n + 1, sizeof(*e->ids));
	e->titles = xcalloc(n + 1, sizeof(*e->titles));
	e->passes = xcalloc(n + 1, sizeof(*e->passes));
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top; p++) {
		yaml_node_t *key = yamldoc_node(&rd->doc, p->key);
		const char *id = yamldoc_scalar(key);
		const char *verdict = yamldoc_scalar(yamldoc_node(&rd->doc, p->value));
		const char *title;

		if (!id || !verdict || (strcmp(verdict, "pass") && strcmp(verdict, "fail"))) {
			yamldoc_problem(&rd->doc, key, "%s: each criterion's verdict is pass or fail",
					e->file);
			continue;
		}
		title = resolve(rd, key, e->file, id);
		if (!title)
			continue;
		e->ids[e->ncriteria] = xstrdup(id);
		e->titles[e->ncriteria] = xstrdup(title);
		e->passes[e->ncriteria++] = strcmp(verdict, "pass") == 0;
	}
}

static void read_behavioural(struct reader *rd, yaml_node_t *body, struct example_expectation *e)
{
	yaml_node_t *seq = yamldoc_get(&rd->doc, body, "behavioural");

	if (!seq)
		return;
	if (seq->type != YAML_SEQUENCE_NODE) {
		yamldoc_problem(&rd->doc, seq, "%s: 'behavioural' is a list of criterion ids "
				"(or status)", e->file);
		return;
	}
	e->behavioural = xcalloc((size_t)(seq->data.sequence.items.top - seq->data.sequence.items.start) + 1,
				 sizeof(*e->behavioural));
	for (yaml_node_item_t *it = seq->data.sequence.items.start; it < seq->data.sequence.items.top; it++) {
		yaml_node_t *node = yamldoc_node(&rd->doc, *it);
		const char *what = yamldoc_scalar(node);

		if (what && strcmp(what, "status") != 0)
			what = resolve(rd, node, e->file, what);
		if (what)
			e->behavioural[e->nbehavioural++] = xstrdup(what);
	}
}

int example_is_behavioural(const struct example_expectation *e, const char *what)
{
	for (size_t i = 0; i < e->nbehavioural; i++)
		if (strcmp(e->behavioural[i], what) == 0)
			return 1;
	return 0;
}

static void read_example(struct reader *rd, yaml_node_pair_t *pair, struct example_expectation *e)
{
	yaml_node_t *key = yamldoc_node(&rd->doc, pair->key);
	yaml_node_t *body = yamldoc_node(&rd->doc, pair->value);
	const char *file = yamldoc_scalar(key);
	const char *status = yamldoc_scalar(yamldoc_get(&rd->doc, body, "status"));
	yaml_node_t *cmap = yamldoc_get(&rd->doc, body, "criteria");

	e->line = yamldoc_line(&rd->doc, key);
	e->file = xstrdup(file ? file : "");
	if (!file || !body || body->type != YAML_MAPPING_NODE) {
		yamldoc_problem(&rd->doc, key, "each example is 'FILE: {status: ..., criteria: {...}}'");
		return;
	}
	if (!status || (strcmp(status, "pass") && strcmp(status, "fail") && strcmp(status, "error"))) {
		yamldoc_problem(&rd->doc, key, "%s: 'status' must be pass, fail or error", file);
		return;
	}
	e->status = xstrdup(status);
	if (!cmap || cmap->type != YAML_MAPPING_NODE) {
		yamldoc_problem(&rd->doc, key, "%s: 'criteria' must map each criterion's id to pass "
				"or fail", file);
		return;
	}
	read_criteria(rd, cmap, e);
	read_behavioural(rd, body, e);
}

static void read_document(struct reader *rd, struct example_set *set)
{
	yaml_node_t *map = yamldoc_get(&rd->doc, yamldoc_root(&rd->doc), "examples");

	if (!map || map->type != YAML_MAPPING_NODE) {
		diags_add(rd->doc.diags, set->path, 1, "expected.yaml holds 'examples:', a mapping "
			  "of file names to verdicts");
		rd->doc.problems++;
		return;
	}
	set->items = xcalloc((size_t)(map->data.mapping.pairs.top - map->data.mapping.pairs.start) + 1,
			     sizeof(*set->items));
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top; p++)
		read_example(rd, p, &set->items[set->count++]);
}

int example_set_load(const char *dir, const struct exercise *ex, struct example_set *set,
		     struct diags *diags)
{
	char *path = fs_join(dir, "expected.yaml");
	int rc = example_set_load_file(path, ex, 0, set, diags);

	free(path);
	return rc;
}

int example_set_load_file(const char *path, const struct exercise *ex, int titles_too,
			  struct example_set *set, struct diags *diags)
{
	struct reader rd = { .ex = ex, .titles_too = titles_too };
	char *text;
	size_t len;
	int rc;

	memset(set, 0, sizeof(*set));
	set->path = xstrdup(path);
	rc = fs_read_file(set->path, IDIOM_EXAMPLES_FILE_MAX, &text, &len);
	if (rc == -ENOENT)
		return rc;
	if (rc < 0) {
		diags_add(diags, set->path, 0, "cannot be read: %s", strerror(-rc));
		return rc;
	}
	rc = yamldoc_load(&rd.doc, set->path, 1, text, len, diags);
	if (rc == 0) {
		read_document(&rd, set);
		rc = rd.doc.problems ? -EINVAL : 0;
	}
	yamldoc_free(&rd.doc);
	free(text);
	return rc;
}

void example_set_release(struct example_set *set)
{
	for (size_t i = 0; i < set->count; i++) {
		struct example_expectation *e = &set->items[i];

		for (size_t j = 0; j < e->ncriteria; j++) {
			free(e->titles[j]);
			free(e->ids[j]);
		}
		for (size_t j = 0; j < e->nbehavioural; j++)
			free(e->behavioural[j]);
		free(e->behavioural);
		free(e->titles);
		free(e->ids);
		free(e->passes);
		free(e->file);
		free(e->status);
	}
	free(set->items);
	free(set->path);
	memset(set, 0, sizeof(*set));
}

static struct report *grade_file(struct grader *a, const struct lesson *l, enum exercise_kind kind,
				 const char *path, const char *name, struct diags *diags)
{
	struct report *r;
	char *src;
	size_t len;
	int rc = fs_read_file(path, IDIOM_EXAMPLES_FILE_MAX, &src, &len);

	if (rc < 0) {
		diags_add(diags, path, 0, "cannot be read: %s", strerror(-rc));
		return NULL;
	}
	r = grader_check(a, l, kind, name, src, len, NULL, diags);
	free(src);
	return r;
}

static int compare(const struct example_expectation *e, const struct report *r,
		   const char *path, struct diags *diags)
{
	const char *got = report_status_name(report_status(r));
	int bad = 0;

	if (strcmp(got, e->status) != 0) {
		diags_add(diags, path, e->line, "%s: expected status %s, the grader says %s",
			  e->file, e->status, got);
		bad = 1;
	}
	for (size_t i = 0; i < e->ncriteria; i++) {
		int passed = report_criterion_passed(r, e->titles[i]);

		if (passed < 0) {
			diags_add(diags, path, e->line, "%s: the report has no criterion `%s`",
				  e->file, e->ids[i]);
			bad = 1;
		} else if (passed != e->passes[i]) {
			diags_add(diags, path, e->line, "%s: `%s` expected %s, the grader says %s",
				  e->file, e->ids[i], e->passes[i] ? "pass" : "fail",
				  passed ? "pass" : "fail");
			bad = 1;
		}
	}
	return bad;
}

/* A static rule and the harness's run disagree about a criterion: the run
 * passed every check it made on it, a rule failed it.  Either the rule sees
 * what the probe misses, or it guesses what the run proves. */
static void note_disputes(const struct report *r, const struct example_expectation *e,
			  const char *path, struct example_tally *tally)
{
	for (size_t i = 0; i < report_criterion_count(r); i++) {
		if (!report_disputed(r, i))
			continue;
		tally->disputed++;
		if (tally->warnings)
			diags_add(tally->warnings, path, e->line, "%s: \"%s\": a static rule fails it "
				  "while the harness's checks on it all pass; if the run proves the "
				  "property, mark the rule `overruled-by: harness`, else make the probe "
				  "catch what the rule sees", e->file, report_criterion_title(r, i));
	}
}

/* The starter must fail, the reference must pass. */
static int verify_ends(struct grader *a, const struct lesson *l, enum exercise_kind kind,
		       struct diags *diags)
{
	const struct exercise *ex = &l->exercises[kind];
	const char *ext = kind == EXERCISE_REFLECT ? "md" : "py";
	int bad = 0;

	for (int want_pass = 0; want_pass < 2; want_pass++) {
		char *name = xasprintf("%s.%s", want_pass ? "reference" : "starter", ext);
		char *path = fs_join(ex->dir, name);
		struct report *r = grade_file(a, l, kind, path, name, diags);

		if (!r) {
			bad = 1;
		} else if ((report_status(r) == REPORT_PASS) != want_pass) {
			diags_add(diags, path, 0, want_pass ? "the reference answer must pass, and the grader says %s"
				  : "the untouched starter must not pass, and the grader says %s",
				  report_status_name(report_status(r)));
			bad = 1;
		}
		report_free(r);
		free(path);
		free(name);
	}
	return bad;
}

/* Where TEXT's `if __name__ == "__main__":` block starts (a line at column
 * 0), or NULL when it has none. */
static const char *main_block(const char *text)
{
	for (const char *p = text; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL) {
		static const char *const forms[] = {
			"if __name__ == \"__main__\":", "if __name__ == '__main__':",
		};

		for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++)
			if (strncmp(p, forms[i], strlen(forms[i])) == 0)
				return p;
	}
	return NULL;
}

static int count_lines(const char *from, const char *to)
{
	int n = 0;

	for (; from < to; from++)
		n += *from == '\n';
	return n;
}

/* The starter's main block, run under the reference's definitions, must run
 * to its end: a learner who writes a correct answer and runs the file must
 * not meet a crash the course put there. */
static int verify_main_block(struct grader *a, const struct exercise *ex, struct diags *diags)
{
	char *starter_path = fs_join(ex->dir, "starter.py");
	char *ref_path = fs_join(ex->dir, "reference.py");
	char *starter = NULL, *ref = NULL, *both;
	const char *block, *ref_block;
	struct script_run run;
	size_t len;
	int bad = 0, before;

	if (fs_read_file(starter_path, IDIOM_ANSWER_MAX, &starter, &len) < 0 ||
	    fs_read_file(ref_path, IDIOM_ANSWER_MAX, &ref, &len) < 0 || !(block = main_block(starter)))
		goto out;
	ref_block = main_block(ref);
	before = count_lines(ref, ref_block ? ref_block : ref + strlen(ref));
	both = xasprintf("%.*s%s%s", (int)(ref_block ? ref_block - ref : (ptrdiff_t)strlen(ref)), ref,
			 ref_block || !*ref || ref[strlen(ref) - 1] == '\n' ? "" : "\n", block);
	if (grader_run_script(a, "starter.py", both, strlen(both), &run, diags) < 0) {
		bad = 1;
	} else if (!run.ran) {
		int line = count_lines(starter, block) + 1 +
			   (run.line > before ? run.line - before - 1 : 0);

		diags_add(diags, starter_path, line, "its `if __name__ == \"__main__\":` block "
			  "fails when the answer above it is reference.py: %s; make the block run "
			  "with a correct answer", run.message);
		bad = 1;
	}
	script_run_free(&run);
	free(both);
out:
	free(starter);
	free(ref);
	free(starter_path);
	free(ref_path);
	return bad;
}

/* The ids the exercise's harness names (when it has one) must be its own. */
static int verify_harness_ids(const struct exercise *ex, struct diags *diags)
{
	char *path = fs_join(ex->dir, "harness.py");
	char *src = NULL;
	size_t len;
	int unknown = 0;

	if (fs_read_file(path, IDIOM_ANSWER_MAX, &src, &len) == 0)
		unknown = harness_ids_check(path, src, len, ex, diags);
	free(src);
	free(path);
	return unknown > 0;
}

int examples_verify(struct grader *a, const struct lesson *l, enum exercise_kind kind,
		    struct example_tally *tally, struct diags *diags)
{
	const struct exercise *ex = &l->exercises[kind];
	char *dir = fs_join(ex->dir, "examples");
	struct example_set set;
	int bad = verify_harness_ids(ex, diags) | verify_ends(a, l, kind, diags);
	int rc = example_set_load(dir, ex, &set, diags);

	if (kind != EXERCISE_REFLECT)
		bad |= verify_main_block(a, ex, diags);
	if (rc == -ENOENT)
		diags_add(diags, set.path, 0, "missing: every exercise ships graded example answers "
			  "with their expected verdicts (see docs/rules.md)");
	bad |= rc < 0;
	for (size_t i = 0; rc == 0 && i < set.count; i++) {
		const struct example_expectation *e = &set.items[i];
		char *path = fs_join(dir, e->file);
		struct report *r = grade_file(a, l, kind, path, e->file, diags);

		tally->graded++;
		*(strcmp(e->status, "pass") == 0 ? &tally->passing : &tally->failing) += 1;
		if (!r || compare(e, r, set.path, diags)) {
			tally->mismatched++;
			bad = 1;
		}
		if (r)
			note_disputes(r, e, set.path, tally);
		report_free(r);
		free(path);
	}
	example_set_release(&set);
	free(dir);
	return bad ? -EINVAL : 0;
}

/* Graded example answers; see examples.h.  expected.yaml:
 *   examples:
 *     FILE: {status: pass|fail|error, criteria: {TITLE: pass|fail},
 *            behavioural: [TITLE or status, ...], note: ...}
 * FILE is relative to the examples folder (../reference.py is the reference);
 * `behavioural` names what only the sandboxed run decides, so tests of the
 * static rules alone know what to skip; `note` is for readers. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>
#include "grade/examples.h"
#include "util/fsutil.h"
#include "util/xalloc.h"
#include "util/banned.h"

#define EXPECTED_MAX (1u << 20)

static const char *scalar(yaml_document_t *doc, int id)
{
	yaml_node_t *n = yaml_document_get_node(doc, id);

	return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

static int node_line(yaml_document_t *doc, int id)
{
	yaml_node_t *n = yaml_document_get_node(doc, id);

	return n ? (int)n->start_mark.line + 1 : 0;
}

/* Finds KEY in mapping node MAP; returns the value's id or 0. */
static int map_get(yaml_document_t *doc, yaml_node_t *map, const char *key)
{
	if (!map || map->type != YAML_MAPPING_NODE)
		return 0;
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top; p++) {
		const char *k = scalar(doc, p->key);

		if (k && strcmp(k, key) == 0)
			return p->value;
	}
	return 0;
}

static int read_criteria(yaml_document_t *doc, yaml_node_t *map, struct example_expectation *e,
			 const char *path, struct diags *diags)
{
	int bad = 0;

	e->titles = xcalloc(map->data.mapping.pairs.top - map->data.mapping.pairs.start + 1,
			    sizeof(*e->titles));
	e->passes = xcalloc(map->data.mapping.pairs.top - map->data.mapping.pairs.start + 1,
			    sizeof(*e->passes));
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top; p++) {
		const char *title = scalar(doc, p->key);
		const char *verdict = scalar(doc, p->value);

		if (!title || !verdict || (strcmp(verdict, "pass") && strcmp(verdict, "fail"))) {
			diags_add(diags, path, node_line(doc, p->key), "%s: each criterion's verdict is pass or fail",
				  e->file);
			bad = 1;
			continue;
		}
		e->titles[e->ncriteria] = xstrdup(title);
		e->passes[e->ncriteria++] = strcmp(verdict, "pass") == 0;
	}
	return bad ? -EINVAL : 0;
}

static int read_behavioural(yaml_document_t *doc, yaml_node_t *body, struct example_expectation *e,
			    const char *path, struct diags *diags)
{
	int id = map_get(doc, body, "behavioural");
	yaml_node_t *seq = id ? yaml_document_get_node(doc, id) : NULL;

	if (!seq)
		return 0;
	if (seq->type != YAML_SEQUENCE_NODE) {
		diags_add(diags, path, node_line(doc, id), "%s: 'behavioural' is a list of criterion titles "
			  "(or status)", e->file);
		return -EINVAL;
	}
	e->behavioural = xcalloc((size_t)(seq->data.sequence.items.top - seq->data.sequence.items.start) + 1,
				 sizeof(*e->behavioural));
	for (yaml_node_item_t *it = seq->data.sequence.items.start; it < seq->data.sequence.items.top; it++) {
		const char *what = scalar(doc, *it);

		if (what)
			e->behavioural[e->nbehavioural++] = xstrdup(what);
	}
	return 0;
}

int example_is_behavioural(const struct example_expectation *e, const char *what)
{
	for (size_t i = 0; i < e->nbehavioural; i++)
		if (strcmp(e->behavioural[i], what) == 0)
			return 1;
	return 0;
}

static int read_example(yaml_document_t *doc, yaml_node_pair_t *pair, struct example_expectation *e,
			const char *path, struct diags *diags)
{
	yaml_node_t *body = yaml_document_get_node(doc, pair->value);
	const char *file = scalar(doc, pair->key);
	const char *status = scalar(doc, map_get(doc, body, "status"));
	int criteria = map_get(doc, body, "criteria");
	yaml_node_t *cmap = criteria ? yaml_document_get_node(doc, criteria) : NULL;

	e->line = node_line(doc, pair->key);
	e->file = xstrdup(file ? file : "");
	if (!file || !body || body->type != YAML_MAPPING_NODE) {
		diags_add(diags, path, e->line, "each example is 'FILE: {status: ..., criteria: {...}}'");
		return -EINVAL;
	}
	if (!status || (strcmp(status, "pass") && strcmp(status, "fail") && strcmp(status, "error"))) {
		diags_add(diags, path, e->line, "%s: 'status' must be pass, fail or error", file);
		return -EINVAL;
	}
	e->status = xstrdup(status);
	if (!cmap || cmap->type != YAML_MAPPING_NODE) {
		diags_add(diags, path, e->line, "%s: 'criteria' must map each criterion's title to pass or fail",
			  file);
		return -EINVAL;
	}
	return read_criteria(doc, cmap, e, path, diags) | read_behavioural(doc, body, e, path, diags);
}

static int read_document(yaml_document_t *doc, struct example_set *set, struct diags *diags)
{
	yaml_node_t *root = yaml_document_get_root_node(doc);
	int examples = map_get(doc, root, "examples");
	yaml_node_t *map = examples ? yaml_document_get_node(doc, examples) : NULL;
	int rc = 0;

	if (!map || map->type != YAML_MAPPING_NODE) {
		diags_add(diags, set->path, 1, "expected.yaml holds 'examples:', a mapping of file names to verdicts");
		return -EINVAL;
	}
	set->items = xcalloc((size_t)(map->data.mapping.pairs.top - map->data.mapping.pairs.start) + 1,
			     sizeof(*set->items));
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top; p++)
		if (read_example(doc, p, &set->items[set->count++], set->path, diags) < 0)
			rc = -EINVAL;
	return rc;
}

int example_set_load(const char *dir, struct example_set *set, struct diags *diags)
{
	yaml_parser_t parser;
	yaml_document_t doc;
	char *text;
	size_t len;
	int rc;

	memset(set, 0, sizeof(*set));
	set->path = fs_join(dir, "expected.yaml");
	rc = fs_read_file(set->path, EXPECTED_MAX, &text, &len);
	if (rc == -ENOENT)
		return rc;
	if (rc < 0) {
		diags_add(diags, set->path, 0, "cannot be read: %s", strerror(-rc));
		return rc;
	}
	yaml_parser_initialize(&parser);
	yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
	if (!yaml_parser_load(&parser, &doc)) {
		diags_add(diags, set->path, (int)parser.problem_mark.line + 1, "not valid YAML: %s",
			  parser.problem ? parser.problem : "error");
		rc = -EINVAL;
	} else {
		rc = read_document(&doc, set, diags);
		yaml_document_delete(&doc);
	}
	yaml_parser_delete(&parser);
	free(text);
	return rc;
}

void example_set_release(struct example_set *set)
{
	for (size_t i = 0; i < set->count; i++) {
		struct example_expectation *e = &set->items[i];

		for (size_t j = 0; j < e->ncriteria; j++)
			free(e->titles[j]);
		for (size_t j = 0; j < e->nbehavioural; j++)
			free(e->behavioural[j]);
		free(e->behavioural);
		free(e->titles);
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
	int rc = fs_read_file(path, EXPECTED_MAX, &src, &len);

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
			diags_add(diags, path, e->line, "%s: no criterion \"%s\" in this exercise",
				  e->file, e->titles[i]);
			bad = 1;
		} else if (passed != e->passes[i]) {
			diags_add(diags, path, e->line, "%s: \"%s\" expected %s, the grader says %s",
				  e->file, e->titles[i], e->passes[i] ? "pass" : "fail",
				  passed ? "pass" : "fail");
			bad = 1;
		}
	}
	return bad;
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

int examples_verify(struct grader *a, const struct lesson *l, enum exercise_kind kind,
		    struct example_tally *tally, struct diags *diags)
{
	const struct exercise *ex = &l->exercises[kind];
	char *dir = fs_join(ex->dir, "examples");
	struct example_set set;
	int bad = verify_ends(a, l, kind, diags);
	int rc = example_set_load(dir, &set, diags);

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
		report_free(r);
		free(path);
	}
	example_set_release(&set);
	free(dir);
	return bad ? -EINVAL : 0;
}

/* Grades every lesson 04 example answer with the static and concept rules
 * and compares with examples/expected.yaml, for what those rules decide
 * alone: every criterion not listed under `behavioural`, and the status
 * unless `status` is listed there (a crash only a run can see). */
#include <criterion/criterion.h>
#include <string.h>
#include <yaml.h>
#include "grade/grader.h"
#include "grade/static.h"
#include "syntax/syntax.h"
#include "util/fsutil.h"
#include "util/xalloc.h"

#define LESSON "courses/js-to-python/04-async/"
#define HABITS "courses/js-to-python/rules/habits.yaml"
#define MAXC 8

struct expected {
	const char *file, *status;
	const char *titles[MAXC], *verdicts[MAXC];
	size_t n;
	const char *behavioural[MAXC + 1];
	size_t nb;
};

static yaml_node_t *get(yaml_document_t *doc, yaml_node_t *map, const char *key)
{
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top; p++)
		if (strcmp((char *)yaml_document_get_node(doc, p->key)->data.scalar.value, key) == 0)
			return yaml_document_get_node(doc, p->value);
	return NULL;
}

static const char *scalar(yaml_node_t *n)
{
	return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

static void read_example(yaml_document_t *doc, const char *file, yaml_node_t *node, struct expected *e)
{
	yaml_node_t *crit = get(doc, node, "criteria"), *beh = get(doc, node, "behavioural");

	memset(e, 0, sizeof(*e));
	e->file = file;
	e->status = scalar(get(doc, node, "status"));
	cr_assert_not_null(crit, "%s: no criteria", file);
	for (yaml_node_pair_t *p = crit->data.mapping.pairs.start; p < crit->data.mapping.pairs.top && e->n < MAXC; p++) {
		e->titles[e->n] = scalar(yaml_document_get_node(doc, p->key));
		e->verdicts[e->n++] = scalar(yaml_document_get_node(doc, p->value));
	}
	for (yaml_node_item_t *it = beh ? beh->data.sequence.items.start : NULL;
	     beh && it < beh->data.sequence.items.top && e->nb < MAXC; it++)
		e->behavioural[e->nb++] = scalar(yaml_document_get_node(doc, *it));
}

static int behavioural(const struct expected *e, const char *what)
{
	for (size_t i = 0; i < e->nb; i++)
		if (strcmp(e->behavioural[i], what) == 0)
			return 1;
	return 0;
}

static int has_syntax_error(const char *src, size_t len)
{
	TSTree *t = syntax_parse(LANG_PYTHON, src, len);
	int line = static_first_error_line(ts_tree_root_node(t));

	ts_tree_delete(t);
	return line > 0;
}

/* Returns the number of mismatches, each printed. */
static int check_example(const char *exercise, const struct expected *e, int code)
{
	char *path = NULL, *src;
	size_t len;
	struct grader *g;
	struct diags d;
	struct report *r;
	int bad = 0, any_fail = 0;
	const char *habits = code ? HABITS : NULL;
	char rules[256];

	snprintf(rules, sizeof(rules), LESSON "%s/rules.yaml", exercise);
	diags_init(&d);
	cr_assert_eq(grader_load_files(&g, rules, habits, e->titles, e->n, &d), 0);
	path = xasprintf(LESSON "%s/examples/%s", exercise, e->file);
	cr_assert_eq(fs_read_file(path, 1 << 20, &src, &len), 0, "cannot read %s", path);
	r = grader_check(g, "04", exercise, e->file, src, len, 0);
	for (size_t i = 0; i < e->n; i++) {
		int got = report_criterion_passed(r, e->titles[i]);
		int want = strcmp(e->verdicts[i], "pass") == 0;

		any_fail |= !got;
		if (got == want || (behavioural(e, e->titles[i]) && !want))
			continue;
		fprintf(stderr, "%s: \"%s\": static rules say %s, expected %s\n", path, e->titles[i],
			got ? "pass" : "fail", e->verdicts[i]);
		bad++;
	}
	if (code && has_syntax_error(src, len) != (strcmp(e->status, "error") == 0 && !behavioural(e, "status"))) {
		fprintf(stderr, "%s: expected status %s, but the code %s\n", path, e->status,
			has_syntax_error(src, len) ? "does not parse" : "parses");
		bad++;
	}
	if (strcmp(e->status, "error") != 0 && e->nb == 0 &&
	    strcmp(e->status, any_fail ? "fail" : "pass") != 0) {
		fprintf(stderr, "%s: expected status %s, static rules say %s\n", path, e->status,
			any_fail ? "fail" : "pass");
		bad++;
	}
	if (bad)
		report_print(r, stderr, REPORT_ASCII);
	report_free(r);
	grader_free(g);
	diags_free(&d);
	free(src);
	free(path);
	return bad;
}

static void check_exercise(const char *exercise, int code, size_t min_examples,
			   const char *reference, const char *starter)
{
	char path[256], *text;
	size_t len, count = 0;
	int bad = 0, seen_ref = 0, seen_starter = 0;
	yaml_parser_t parser;
	yaml_document_t doc;
	yaml_node_t *root, *examples;

	snprintf(path, sizeof(path), LESSON "%s/examples/expected.yaml", exercise);
	cr_assert_eq(fs_read_file(path, 1 << 20, &text, &len), 0);
	yaml_parser_initialize(&parser);
	yaml_parser_set_input_string(&parser, (unsigned char *)text, len);
	cr_assert(yaml_parser_load(&parser, &doc), "%s: bad YAML", path);
	root = yaml_document_get_root_node(&doc);
	examples = get(&doc, root, "examples");
	cr_assert_not_null(examples);
	for (yaml_node_pair_t *p = examples->data.mapping.pairs.start; p < examples->data.mapping.pairs.top; p++) {
		struct expected e;
		const char *file = scalar(yaml_document_get_node(&doc, p->key));

		read_example(&doc, file, yaml_document_get_node(&doc, p->value), &e);
		bad += check_example(exercise, &e, code);
		seen_ref |= strcmp(file, reference) == 0 && strcmp(e.status, "pass") == 0;
		seen_starter |= strcmp(file, starter) == 0 && strcmp(e.status, "fail") == 0;
		count++;
	}
	yaml_document_delete(&doc);
	yaml_parser_delete(&parser);
	free(text);
	cr_assert_eq(bad, 0, "%d mismatches in %s", bad, exercise);
	cr_assert_geq(count, min_examples, "%s: only %zu examples", exercise, count);
	cr_assert(seen_ref, "%s: the reference must be an example that passes", exercise);
	cr_assert(seen_starter, "%s: the untouched starter must be an example that fails", exercise);
}

Test(examples, rewrite)
{
	check_exercise("rewrite", 1, 10, "reference.py", "untouched_starter.py");
}

Test(examples, practice)
{
	check_exercise("practice", 1, 10, "reference.py", "untouched_starter.py");
}

Test(examples, reflect)
{
	check_exercise("reflect", 0, 6, "reference.md", "untouched_starter.md");
}

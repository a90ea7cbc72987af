/* Reading static rules from a rule file (see static.h, docs/rules.md): each
 * rule's keys, its query or regex, placement and message template.  Every
 * problem is reported at its line and reading goes on, so an author sees
 * all of them at once. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "grade/habits.h"
#include "grade/reader.h"
#include "grade/static.h"
#include "grade/static_int.h"
#include "util/xalloc.h"
#include "util/banned.h"

struct static_rules *static_rules_new(void)
{
	struct static_rules *sr = xcalloc(1, sizeof(*sr));

	sr->blank_pattern = STATIC_NO_PATTERN;
	return sr;
}

static void rule_free(struct rule *r)
{
	free(r->id);
	free(r->source);
	free(r->query_source);
	free(r->at_name);
	if (r->has_regex)
		regfree(&r->regex);
	literals_free(&r->literals);
	yamldoc_strings_free(r->inside);
	yamldoc_strings_free(r->not_inside);
	template_free(&r->message);
}

void static_rules_free(struct static_rules *sr)
{
	if (!sr)
		return;
	for (size_t i = 0; i < sr->nrules; i++)
		rule_free(&sr->rules[i]);
	free(sr->rules);
	syntax_query_free(sr->anchor);
	syntax_query_free(sr->combined);
	free(sr->pattern_rule);
	free(sr);
}

struct syntax_query *static_query_compile(struct rule_reader *r, const char *path,
					  const char *src, int first_line, const char *what)
{
	struct syntax_query *q = NULL;
	struct error err = ERROR_INIT;
	int qline = 1, qcol = 1, used = 0;

	if (syntax_query_new(&q, LANG_PYTHON, src, strlen(src), &err) == 0)
		return q;
	if (sscanf(err.message, "line %d, column %d: %n", &qline, &qcol, &used) == 2 && used > 0)
		reader_problem_at(r, path, first_line + qline - 1,
				  "%s: %s (query line %d, column %d); check the parentheses and the "
				  "node and field names against tree-sitter-python's grammar", what,
				  err.message + used, qline, qcol);
	else
		reader_problem_at(r, path, first_line, "%s: %s in the query", what, err.message);
	return NULL;
}

/* First line of a scalar's text in the file: block scalars (| and >) start
 * on the line after their indicator. */
static int scalar_first_line(const struct rule_reader *r, const yaml_node_t *node)
{
	int style = node->data.scalar.style;

	return reader_line(r, node) + (style == YAML_LITERAL_SCALAR_STYLE ||
				       style == YAML_FOLDED_SCALAR_STYLE);
}

void static_rules_read_anchor(struct static_rules *sr, struct rule_reader *r, yaml_node_t *node)
{
	const char *src = yamldoc_string(&r->doc, node, "query");

	syntax_query_free(sr->anchor);
	sr->anchor = src ? static_query_compile(r, r->doc.path, src, scalar_first_line(r, node),
						"anchor") : NULL;
}

struct rule_nodes {
	yaml_node_t *id, *criterion, *category, *mode, *query, *regex, *at, *inside,
		*not_inside, *replaces, *advice, *overruled_by, *message;
};

static void rule_key(void *ctx, const char *key, yaml_node_t *value)
{
	struct rule_nodes *n = ctx;

	if (!strcmp(key, "id")) n->id = value;
	else if (!strcmp(key, "criterion")) n->criterion = value;
	else if (!strcmp(key, "category")) n->category = value;
	else if (!strcmp(key, "mode")) n->mode = value;
	else if (!strcmp(key, "query")) n->query = value;
	else if (!strcmp(key, "regex")) n->regex = value;
	else if (!strcmp(key, "at")) n->at = value;
	else if (!strcmp(key, "inside")) n->inside = value;
	else if (!strcmp(key, "not-inside")) n->not_inside = value;
	else if (!strcmp(key, "replaces")) n->replaces = value;
	else if (!strcmp(key, "advice")) n->advice = value;
	else if (!strcmp(key, "overruled-by")) n->overruled_by = value;
	else n->message = value;
}

/* POSIX ERE has no \t, and inside brackets `[ \t]` would mean space,
 * backslash or t; authors mean a tab, so `\t` becomes one.  You own it. */
static char *regex_tabs(const char *src)
{
	char *out = xstrdup(src);
	char *w = out;

	for (const char *p = src; *p; p++) {
		if (p[0] == '\\' && p[1] == '\\') {
			*w++ = *p++;
			*w++ = *p;
		} else if (p[0] == '\\' && p[1] == 't') {
			*w++ = '\t';
			p++;
		} else {
			*w++ = *p;
		}
	}
	*w = '\0';
	return out;
}

static void regex_compile(struct rule_reader *l, yaml_node_t *node, struct rule *r)
{
	const char *text = yamldoc_string(&l->doc, node, "regex");
	char *src;
	int rc;

	if (!text)
		return;
	src = regex_tabs(text);
	rc = regcomp(&r->regex, src, REG_EXTENDED | REG_NEWLINE);
	if (rc == 0)
		literals_of_regex(src, &r->literals);
	free(src);
	if (rc != 0) {
		char msg[128];

		regerror(rc, &r->regex, msg, sizeof(msg));
		yamldoc_problem(&l->doc, node, "rule `%s`: bad regular expression: %s (POSIX extended "
				"syntax: escape ( ) . * + ? [ with a backslash to match them literally)",
				r->id, msg);
		return;
	}
	r->has_regex = 1;
}

static void rule_at(struct rule_reader *l, yaml_node_t *node, struct rule *r)
{
	const char *s = yamldoc_string(&l->doc, node, "at");

	r->at = -1;
	r->at_line = reader_line(l, node);
	if (!s || (!r->has_query && !r->has_regex))
		return;
	if (r->has_query) {
		r->at_name = xstrdup(s[0] == '@' ? s + 1 : s);	/* resolved with the query */
		return;
	}
	r->at = template_group_index(s, r->regex.re_nsub);
	if (r->at < 0)
		yamldoc_problem(&l->doc, node, "rule `%s`: `at: %s` names no group of the regex "
				"(use 1, 2, ...)", r->id, s);
}

/* Sets R's criterion; returns 1 when the exercise leaves the rule out. */
static int rule_criterion(struct rule_reader *l, const struct rule_nodes *n, struct rule *r)
{
	if (l->habits) {
		int advice = 0, skip = habits_rule_criterion(l, n->id, n->category, r->id,
							     &r->criterion, &advice);

		if (advice)
			r->weight = RULE_ADVICE;
		return skip;
	}
	if (n->category)
		yamldoc_problem(&l->doc, n->category, "rule `%s`: `category` belongs in the course "
				"habits file; an exercise rule names its `criterion`", r->id);
	if (!n->criterion)
		yamldoc_problem(&l->doc, n->id, "rule `%s` needs `criterion:` (a title of the exercise)",
				r->id);
	else
		r->criterion = criterion_title(l, n->criterion);
	return 0;
}

/* `advice: true` and `overruled-by: harness`: what a finding does. */
static void rule_weight(struct rule_reader *l, const struct rule_nodes *n, struct rule *r)
{
	const char *advice = n->advice ? yamldoc_scalar(n->advice) : NULL;
	const char *by = n->overruled_by ? yamldoc_scalar(n->overruled_by) : NULL;

	if (n->advice && (!advice || (strcmp(advice, "true") && strcmp(advice, "false"))))
		yamldoc_problem(&l->doc, n->advice, "rule `%s`: `advice` is true (shown, never "
				"failing) or false", r->id);
	else if (advice && !strcmp(advice, "true"))
		r->weight = RULE_ADVICE;
	if (n->overruled_by && (!by || strcmp(by, "harness")))
		yamldoc_problem(&l->doc, n->overruled_by, "rule `%s`: `overruled-by` takes `harness` "
				"(the run decides the criterion when it proves it)", r->id);
	else if (by && r->weight == RULE_ADVICE)
		yamldoc_problem(&l->doc, n->overruled_by, "rule `%s`: advice never fails, so "
				"`overruled-by` has nothing to overrule; keep one of the two", r->id);
	else if (by)
		r->weight = RULE_OVERRULED_BY_HARNESS;
}

static int rule_id_taken(const struct static_rules *sr, const char *id)
{
	for (size_t i = 0; i < sr->nrules; i++)
		if (strcmp(sr->rules[i].id, id) == 0)
			return 1;
	return 0;
}

static void rule_mode(struct rule_reader *l, yaml_node_t *node, struct rule *r)
{
	const char *m = yamldoc_string(&l->doc, node, "mode");

	if (m && strcmp(m, "require") == 0)
		r->mode = RULE_REQUIRE;
	else if (m && strcmp(m, "forbid") != 0)
		yamldoc_problem(&l->doc, node, "rule `%s`: `mode` is `forbid` (a match fails) or "
				"`require` (no match fails), not `%s`", r->id, m);
}

/* Keeps a query for the combined compilation (static_rules_compile). */
static void rule_query(struct rule_reader *l, struct rule *r, yaml_node_t *node)
{
	r->has_query = 1;
	r->query_source = xstrdup(yamldoc_scalar(node));
	r->query_line = scalar_first_line(l, node);
}

/* The match: exactly one of a query and a regex, `at`, and placement. */
static void rule_match(struct rule_reader *l, const struct rule_nodes *n, yaml_node_t *node,
		       struct rule *r)
{
	if (!!n->query == !!n->regex)
		yamldoc_problem(&l->doc, node, "rule `%s` needs exactly one of `query:` (tree-sitter) "
				"and `regex:` (on code lines, strings and comments blanked)", r->id);
	else if (n->query && yamldoc_string(&l->doc, n->query, "query"))
		rule_query(l, r, n->query);
	else if (n->regex)
		regex_compile(l, n->regex, r);
	if (n->at)
		rule_at(l, n->at, r);
	if ((n->inside || n->not_inside) && n->regex)
		yamldoc_problem(&l->doc, n->inside ? n->inside : n->not_inside, "rule `%s`: `inside` "
				"and `not-inside` need a `query:` (a regex sees lines, not the tree)", r->id);
	if (n->inside)
		r->inside = yamldoc_strings(&l->doc, n->inside, "inside", &r->ninside);
	if (n->not_inside)
		r->not_inside = yamldoc_strings(&l->doc, n->not_inside, "not-inside", &r->nnot_inside);
}

static void rule_message(struct rule_reader *l, const struct rule_nodes *n, yaml_node_t *node,
			 struct rule *r)
{
	if (!n->message)
		yamldoc_problem(&l->doc, node, "rule `%s` needs a `message:` saying what a Python "
				"developer writes instead", r->id);
	else if (yamldoc_string(&l->doc, n->message, "message") && (r->has_query || r->has_regex))
		template_compile(&r->message, yamldoc_scalar(n->message),
				 r->has_regex ? (long)r->regex.re_nsub : -1, r->id, &l->doc, n->message);
	r->message_line = reader_line(l, n->message);
}

static void read_rule(struct static_rules *sr, struct rule_reader *l, yaml_node_t *node)
{
	static const char *const keys[] = { "id", "criterion", "category", "mode", "query",
		"regex", "at", "inside", "not-inside", "replaces", "advice", "overruled-by",
		"message", NULL };
	struct rule_nodes n = { 0 };
	struct rule r = { .at = -1, .line = reader_line(l, node) };
	int errors = reader_errors(l), skip;
	const char *id;

	yamldoc_each_key(&l->doc, node, "a rule", keys, rule_key, &n);
	if (reader_errors(l) > errors)
		return;
	id = n.id ? yamldoc_string(&l->doc, n.id, "id") : NULL;
	if (!id) {
		yamldoc_problem(&l->doc, node, "a rule needs an `id:` (short, unique: e.g. `no-gather`)");
		return;
	}
	if (rule_id_taken(sr, id))
		yamldoc_problem(&l->doc, n.id, "rule id `%s` is used twice; ids must be unique across "
				"the exercise and the habits file", id);
	r.id = xstrdup(id);
	r.source = xstrdup(l->doc.path);
	skip = rule_criterion(l, &n, &r);
	if (n.replaces)
		habits_replaces(l, n.replaces, id);
	if (l->habits && habits_replaced(l, id))
		skip = 1;
	if (n.mode)
		rule_mode(l, n.mode, &r);
	rule_weight(l, &n, &r);
	r.habit = l->habits;
	rule_match(l, &n, node, &r);
	rule_message(l, &n, node, &r);
	if (reader_errors(l) > errors || skip) {
		rule_free(&r);
		return;
	}
	sr->rules = xrealloc(sr->rules, (sr->nrules + 1) * sizeof(*sr->rules));
	sr->rules[sr->nrules++] = r;
}

void static_rules_read(struct static_rules *sr, struct rule_reader *r, yaml_node_t *node)
{
	if (!node || node->type != YAML_SEQUENCE_NODE) {
		yamldoc_problem(&r->doc, node, "`rules` must be a list of rules (lines starting with "
				"`- id: ...`)");
		return;
	}
	for (yaml_node_item_t *it = node->data.sequence.items.start; it < node->data.sequence.items.top; it++)
		read_rule(sr, r, yamldoc_node(&r->doc, *it));
}

size_t static_rules_count(const struct static_rules *sr)
{
	return sr->nrules;
}

const char *static_rule_id(const struct static_rules *sr, size_t i)
{
	return sr->rules[i].id;
}

const char *static_rule_criterion(const struct static_rules *sr, size_t i)
{
	return sr->rules[i].criterion;
}

int static_rule_required(const struct static_rules *sr, size_t i)
{
	return sr->rules[i].mode == RULE_REQUIRE;
}

const regex_t *static_rule_regex(const struct static_rules *sr, size_t i,
				 const struct literals **literals)
{
	if (!sr->rules[i].has_regex)
		return NULL;
	if (literals)
		*literals = &sr->rules[i].literals;
	return &sr->rules[i].regex;
}

int static_rules_has_anchor(const struct static_rules *sr)
{
	return sr->anchor != NULL;
}

size_t static_rules_checks_for(const struct static_rules *sr, const char *criterion)
{
	size_t n = 0;

	for (size_t i = 0; i < sr->nrules; i++)
		n += sr->rules[i].criterion && strcmp(sr->rules[i].criterion, criterion) == 0;
	return n;
}

/* The static engine: an exercise's code rules (tree-sitter queries and line
 * regexes, its own and the course habits it maps), compiled once when the
 * rule files are read, run on each Python answer to add a check per
 * finding to a report.  Works on code that does not parse: tree-sitter
 * recovers, and the regexes read the source with strings and comments
 * blanked out.  struct static_rules is opaque: readers add rules through
 * this API, graders run them, lint counts them. */
#ifndef IDIOM_STATIC_H
#define IDIOM_STATIC_H
#include <regex.h>
#include <stddef.h>
#include <tree_sitter/api.h>
#include <yaml.h>
#include "grade/literals.h"
#include "grade/report.h"

struct static_rules;
struct rule_reader;

/* Building (the rule-file readers, inside src/grade). */

struct static_rules *static_rules_new(void);
void static_rules_free(struct static_rules *sr);

/* Reads a `rules:` list at NODE of R's document into SR (an exercise's
 * rules, or the habits file's when R->habits).  Problems go to R. */
void static_rules_read(struct static_rules *sr, struct rule_reader *r, yaml_node_t *node);

/* Reads the `anchor:` query at NODE: where a missing required pattern is
 * reported (its first match's line). */
void static_rules_read_anchor(struct static_rules *sr, struct rule_reader *r, yaml_node_t *node);

/* Compiles every query rule into one query and resolves the captures their
 * messages and `at:` name; problems go to R at each rule's own file and
 * line.  Call once, after every rule is read (also after other problems,
 * to report them all). */
void static_rules_compile(struct static_rules *sr, struct rule_reader *r);

/* Running. */

/* Runs SR on SRC[0..len).  TREE is SRC's parse (syntax_parse with
 * LANG_PYTHON) or NULL to parse here.  Forbidden matches and missing required
 * patterns become failing checks with line numbers; nothing else is added.
 * Returns 0, or -ENOMEM when the parser cannot be created. */
int static_check(const struct static_rules *sr, const char *src, size_t len, TSTree *tree,
		 struct report *r);

/* Copies SRC[0..len) into a NUL-terminated string with every string literal
 * and comment replaced by spaces (newlines kept, so lines and columns stay
 * put).  You own the result. */
char *static_code_view(TSNode root, const char *src, size_t len);

/* The same view as SR's regexes get it in static_check: blanked by the last
 * pattern of SR's combined query, in the pass that runs the query rules
 * (static_code_view without one).  You own the result. */
char *static_rules_view(const struct static_rules *sr, TSNode root, const char *src, size_t len);

/* A match of a forbidding rule without placement conditions, by byte
 * range in the source: where an exact replacement may be offered. */
struct static_span {
	const char *rule;	/* the rule's id; SR's */
	const char *criterion;	/* the criterion it reports under; SR's */
	size_t start, end;
};
typedef void (*static_span_fn)(const struct static_span *span, void *ctx);

/* Calls FN for each such match of SR in SRC[0..len) (static_spans.c).
 * Returns 0, or -ENOMEM when the parser cannot be created. */
int static_rules_spans(const struct static_rules *sr, const char *src, size_t len,
		       static_span_fn fn, void *ctx);

/* Queries (lint, tests).  I counts from 0 below static_rules_count. */

size_t static_rules_count(const struct static_rules *sr);
const char *static_rule_id(const struct static_rules *sr, size_t i);
const char *static_rule_criterion(const struct static_rules *sr, size_t i);
int static_rule_required(const struct static_rules *sr, size_t i);	/* mode: require */
/* Rule I's regex and its prefilter, or NULL for a query rule. */
const regex_t *static_rule_regex(const struct static_rules *sr, size_t i,
				 const struct literals **literals);
int static_rules_has_anchor(const struct static_rules *sr);
/* How many rules speak about CRITERION (a title of the exercise). */
size_t static_rules_checks_for(const struct static_rules *sr, const char *criterion);

#endif

/* Compiling every query rule of an exercise into one tree-sitter query:
 * compilation costs about a millisecond per query whatever its size, and
 * one pass over the tree then serves every rule and finds what the regexes
 * must not see.  Captures named by messages and `at:` are resolved against
 * the combined query, and problems are reported at each rule's own line. */
#include <stdlib.h>
#include <string.h>
#include "grade/reader.h"
#include "grade/static.h"
#include "grade/static_int.h"
#include "util/buf.h"
#include "util/xalloc.h"
#include "util/banned.h"

/* The id of capture NAME if one of R's patterns in Q has it, else -1. */
static int rule_capture(const TSQuery *q, const struct rule *r, const char *name)
{
	for (uint32_t id = 0; id < ts_query_capture_count(q); id++) {
		uint32_t len;
		const char *cap = ts_query_capture_name_for_id(q, id, &len);

		if (len != strlen(name) || strncmp(cap, name, len) != 0)
			continue;
		for (size_t p = r->first_pattern; p < r->first_pattern + r->npatterns; p++)
			if (ts_query_capture_quantifier_for_id(q, (uint32_t)p, id) != TSQuantifierZero)
				return (int)id;
	}
	return -1;
}

static int rule_has_captures(const TSQuery *q, const struct rule *r)
{
	for (uint32_t id = 0; id < ts_query_capture_count(q); id++)
		for (size_t p = r->first_pattern; p < r->first_pattern + r->npatterns; p++)
			if (ts_query_capture_quantifier_for_id(q, (uint32_t)p, id) != TSQuantifierZero)
				return 1;
	return 0;
}

/* Resolves R's placeholders and `at` against the combined query Q. */
static void resolve_captures(struct rule_reader *l, struct rule *r, const TSQuery *q)
{
	if (!rule_has_captures(q, r))
		reader_problem_at(l, r->source, r->query_line, "rule `%s`: the query captures "
				  "nothing; name the node the message is about, e.g. `(call) @call`", r->id);
	for (size_t i = 0; i < r->message.count; i++) {
		struct piece *p = &r->message.pieces[i];
		int id;

		if (p->kind != PIECE_CAPTURE)
			continue;
		id = rule_capture(q, r, p->text);
		if (id < 0)
			reader_problem_at(l, r->source, r->message_line, "rule `%s`: {%s} names no "
					  "capture of the query; add `@%s` to the query or write {{ for "
					  "a literal brace", r->id, p->text, p->text);
		p->index = id < 0 ? 0 : (uint32_t)id;
	}
	if (r->at_name) {
		r->at = rule_capture(q, r, r->at_name);
		if (r->at < 0)
			reader_problem_at(l, r->source, r->at_line, "rule `%s`: `at: %s` names no "
					  "capture of the query (use @name)", r->id, r->at_name);
	}
}

/* After a failed combined compilation: compiles each query alone, which
 * reports the faulty ones at their lines. */
static void report_queries(struct static_rules *sr, struct rule_reader *l)
{
	int errors = reader_errors(l);

	for (size_t i = 0; i < sr->nrules; i++) {
		struct rule *r = &sr->rules[i];

		if (r->has_query)
			syntax_query_free(static_query_compile(l, r->source, r->query_source,
							       r->query_line, r->id));
	}
	if (reader_errors(l) == errors)
		reader_problem_at(l, l->rules_path, 0, "the queries compile one by one but not "
				  "together; please report this");
}

/* Assigns each pattern of Q to the rule whose text holds it (patterns are
 * numbered in the order of the text, rules' texts are laid end to end). */
static void assign_patterns(struct static_rules *sr, const TSQuery *q, const size_t *ends)
{
	uint32_t n = ts_query_pattern_count(q);

	sr->pattern_rule = xcalloc(n + 1, sizeof(*sr->pattern_rule));
	for (uint32_t p = 0, k = 0; p < n; p++) {
		uint32_t at = ts_query_start_byte_for_pattern(q, p);

		while (k < sr->nrules && (!sr->rules[k].has_query || at >= ends[k]))
			k++;
		if (k == sr->nrules)
			break;
		if (sr->rules[k].npatterns++ == 0)
			sr->rules[k].first_pattern = p;
		sr->pattern_rule[p] = k;
	}
}

/* Lays every rule's query end to end (ENDS[i]: where rule i's text ends),
 * then the blank pattern when there are regexes.  Returns 1 with regexes. */
static int combined_source(const struct static_rules *sr, struct buf *src, size_t *ends)
{
	int regexes = 0;

	for (size_t i = 0; i < sr->nrules; i++) {
		if (sr->rules[i].has_query) {
			buf_puts(src, sr->rules[i].query_source);
			buf_putc(src, '\n');
		}
		regexes |= sr->rules[i].has_regex;
		ends[i] = src->len;
	}
	/* Last, so the rules' pattern numbers do not move. */
	if (regexes)
		buf_puts(src, STATIC_BLANK_PATTERN "\n");
	return regexes;
}

void static_rules_compile(struct static_rules *sr, struct rule_reader *l)
{
	size_t *ends = xcalloc(sr->nrules + 1, sizeof(*ends));
	struct buf src;
	int regexes;

	buf_init(&src, 0);
	regexes = combined_source(sr, &src, ends);
	if (src.len == 0)
		goto cleanup;
	if (syntax_query_new(&sr->combined, LANG_PYTHON, buf_str(&src), src.len, NULL) < 0) {
		report_queries(sr, l);
		goto cleanup;
	}
	assign_patterns(sr, syntax_query_ts(sr->combined), ends);
	if (regexes)
		sr->blank_pattern = ts_query_pattern_count(syntax_query_ts(sr->combined)) - 1;
	for (size_t i = 0; i < sr->nrules; i++) {
		struct rule *r = &sr->rules[i];

		if (!r->has_query)
			continue;
		if (r->npatterns == 0)
			reader_problem_at(l, r->source, r->query_line, "rule `%s`: the query holds no "
					  "pattern", r->id);
		else
			resolve_captures(l, r, syntax_query_ts(sr->combined));
	}
cleanup:
	buf_free(&src);
	free(ends);
}

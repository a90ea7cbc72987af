/* Where a static rule matched, by byte range: what an editor needs to offer
 * an exact replacement (idiom lsp's quick fixes).  Only forbidding rules
 * without placement conditions (inside / not-inside) take part: each of
 * their matches is a finding, and a fix must only ever follow a finding. */
#include <errno.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include "grade/static.h"
#include "grade/static_int.h"
#include "util/xalloc.h"
#include "util/banned.h"

struct span_scan {
	const struct static_rules *sr;
	static_span_fn fn;
	void *ctx;
};

static int spans_rule(const struct rule *rule)
{
	return rule->mode == RULE_FORBID && !rule->ninside && !rule->nnot_inside && rule->criterion;
}

static void emit(struct span_scan *s, const struct rule *rule, size_t start, size_t end)
{
	struct static_span span = { rule->id, rule->criterion, start, end };

	s->fn(&span, s->ctx);
}

static int query_match(const TSQueryMatch *m, void *ctx)
{
	struct span_scan *s = ctx;
	const struct rule *rule;
	TSNode node;

	if (m->pattern_index == s->sr->blank_pattern || m->capture_count == 0)
		return 0;
	rule = &s->sr->rules[s->sr->pattern_rule[m->pattern_index]];
	if (!spans_rule(rule))
		return 0;
	node = m->captures[0].node;
	for (uint16_t i = 0; rule->at >= 0 && i < m->capture_count; i++)
		if (m->captures[i].index == (uint32_t)rule->at)
			node = m->captures[i].node;
	emit(s, rule, ts_node_start_byte(node), ts_node_end_byte(node));
	return 0;
}

/* A regex rule reads the code view one line at a time, as static_check does. */
static void regex_spans(struct span_scan *s, const struct rule *rule, const char *view, size_t vlen)
{
	size_t off = 0;

	while (off < vlen) {
		const char *nl = memchr(view + off, '\n', vlen - off);
		size_t n = nl ? (size_t)(nl - view) - off : vlen - off;
		char *line = xstrndup(view + off, n);
		regmatch_t g[10];
		size_t ng = rule->regex.re_nsub + 1 < 10 ? rule->regex.re_nsub + 1 : 10;

		if (regexec(&rule->regex, line, ng, g, 0) == 0) {
			int gi = rule->at > 0 && (size_t)rule->at < ng && g[rule->at].rm_so >= 0 ? rule->at : 0;

			emit(s, rule, off + (size_t)g[gi].rm_so, off + (size_t)g[gi].rm_eo);
		}
		free(line);
		off += n + 1;
	}
}

int static_rules_spans(const struct static_rules *sr, const char *src, size_t len,
		       static_span_fn fn, void *ctx)
{
	struct span_scan s = { sr, fn, ctx };
	TSTree *tree = syntax_parse(LANG_PYTHON, src, len);
	char *view;

	if (!tree)
		return -ENOMEM;
	if (sr->combined)
		syntax_query_matches(sr->combined, ts_tree_root_node(tree), src, query_match, &s);
	view = static_rules_view(sr, ts_tree_root_node(tree), src, len);
	for (size_t i = 0; i < sr->nrules; i++)
		if (sr->rules[i].has_regex && spans_rule(&sr->rules[i]))
			regex_spans(&s, &sr->rules[i], view, strlen(view));
	free(view);
	ts_tree_delete(tree);
	return 0;
}

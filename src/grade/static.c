/* Static rules on one answer; see static.h.  Everything costly (query and
 * regex compilation) happened when the rules were read: a check is one
 * parse, one pass of the combined query (which also blanks strings and
 * comments for the regexes), then one loop over the rules.  The pass hands
 * the loop what it found as its result; neither writes the other's state. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "grade/static.h"
#include "grade/static_int.h"
#include "util/buf.h"
#include "util/limits.h"
#include "util/xalloc.h"
#include "util/banned.h"

/* The answer being checked: read-only for everything but the report. */
struct answer {
	const struct static_rules *sr;
	const char *src;
	TSNode root;
	struct report *report;
};

/* What the combined pass leaves for the per-rule loop. */
struct pass {
	char *found;		/* per rule: a required pattern matched */
	char *view;		/* the regexes' view (static_code_view), blanked
				 * by the pass; NULL without regexes */
	size_t view_len;	/* shorter than the source if it holds a NUL */
};

static int node_line(TSNode node)
{
	return (int)ts_node_start_point(node).row + 1;
}

static int is_blanked(const char *type)
{
	return strcmp(type, "string") == 0 || strcmp(type, "comment") == 0;
}

static void blank(char *view, uint32_t start, uint32_t end)
{
	for (uint32_t i = start; i < end; i++)
		if (view[i] != '\n')
			view[i] = ' ';
}

static int blank_strings(TSNode node, void *view)
{
	if (!is_blanked(ts_node_type(node)))
		return 1;
	blank(view, ts_node_start_byte(node), ts_node_end_byte(node));
	return 0;
}

char *static_code_view(TSNode root, const char *src, size_t len)
{
	char *view = xstrndup(src, len);

	syntax_walk(root, blank_strings, view);
	return view;
}

static int type_in(const char *type, char *const *types, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(type, types[i]) == 0)
			return 1;
	return 0;
}

/* Does NODE have an ancestor whose type is one of TYPES? */
static int has_ancestor(TSNode node, char *const *types, size_t n)
{
	for (TSNode p = ts_node_parent(node); !ts_node_is_null(p); p = ts_node_parent(p))
		if (type_in(ts_node_type(p), types, n))
			return 1;
	return 0;
}

static int placement_ok(const struct rule *rule, TSNode node)
{
	if (rule->ninside && !has_ancestor(node, rule->inside, rule->ninside))
		return 0;
	return !(rule->nnot_inside && has_ancestor(node, rule->not_inside, rule->nnot_inside));
}

static int anchor_match(const TSQueryMatch *m, void *ctx)
{
	int *line = ctx;

	*line = m->capture_count ? node_line(m->captures[0].node) : 0;
	return 1;
}

/* Where a missing required pattern is reported: the anchor's first match
 * (e.g. the exercise's function), else the whole answer (line 0). */
static int anchor_line(const struct answer *a)
{
	int line = 0;

	if (a->sr->anchor)
		syntax_query_matches(a->sr->anchor, a->root, a->src, anchor_match, &line);
	return line;
}

/* A finding of RULE at LINE about the bytes [START, END) (END 0: none): it
 * fails the rule's criterion, unless the rule is advice (shown under the
 * criterion, never failing it) or a guess the harness's run may overrule
 * (`overruled-by: harness`: report.c settles it once the run is in). */
static void fail(const struct answer *a, const struct rule *rule, int line, size_t start,
		 size_t end, const char *message)
{
	report_add_finding(a->report, &(struct report_finding){
		.criterion = rule->criterion, .advisory = rule->weight == RULE_ADVICE,
		.provisional = rule->weight == RULE_OVERRULED_BY_HARNESS, .line = line,
		.message = message, .start = start, .end = end, .rule = rule->id,
		.source = rule->habit ? REPORT_FROM_HABIT : REPORT_FROM_EXERCISE });
}

/* The bytes a match speaks about: from its first capture's start to its
 * last one's end, so two rules capturing the same code agree. */
static void match_span(const TSQueryMatch *m, size_t *start, size_t *end)
{
	*start = SIZE_MAX;
	*end = 0;
	for (uint16_t i = 0; i < m->capture_count; i++) {
		size_t s = ts_node_start_byte(m->captures[i].node);
		size_t e = ts_node_end_byte(m->captures[i].node);

		*start = s < *start ? s : *start;
		*end = e > *end ? e : *end;
	}
}

/* Query rules. */

struct query_texts {
	const TSQueryMatch *match;
	const char *src;
	char *owned[8];
	size_t nowned;
};

static const char *capture_text(uint32_t index, void *ctx)
{
	struct query_texts *t = ctx;

	for (uint16_t i = 0; t->match && i < t->match->capture_count; i++) {
		TSNode n = t->match->captures[i].node;
		uint32_t start = ts_node_start_byte(n);
		char *text;

		if (t->match->captures[i].index != index)
			continue;
		if (t->nowned == sizeof(t->owned) / sizeof(t->owned[0]))
			return NULL;
		text = xstrndup(t->src + start, ts_node_end_byte(n) - start);
		t->owned[t->nowned++] = text;
		return text;
	}
	return NULL;
}

static TSNode match_node(const struct rule *rule, const TSQueryMatch *m)
{
	for (uint16_t i = 0; rule->at >= 0 && i < m->capture_count; i++)
		if (m->captures[i].index == (uint32_t)rule->at)
			return m->captures[i].node;
	return m->captures[0].node;
}

/* One match of RULE's patterns: a finding for a forbidden pattern.
 * Returns 1 when it is a required pattern's match (well placed). */
static int query_match(const struct answer *a, const struct rule *rule, const TSQueryMatch *m)
{
	struct query_texts texts = { .match = m, .src = a->src };
	struct buf msg;
	size_t start, end;
	TSNode node;

	if (m->capture_count == 0)
		return 0;
	node = match_node(rule, m);
	if (!placement_ok(rule, node))
		return 0;
	if (rule->mode == RULE_REQUIRE)
		return 1;
	buf_init(&msg, IDIOM_FINDING_MESSAGE_MAX);
	template_render(&rule->message, capture_text, &texts, &msg);
	match_span(m, &start, &end);
	fail(a, rule, node_line(node), start, end, buf_str(&msg));
	buf_free(&msg);
	for (size_t i = 0; i < texts.nowned; i++)
		free(texts.owned[i]);
	return 0;
}

/* Regex rules: one finding per line at most. */

struct regex_texts {
	const char *line_src;	/* the original source (not the blanked view) */
	const regmatch_t *groups;
	size_t ngroups;
	char *owned[10];
	size_t nowned;
};

static const char *group_text(uint32_t index, void *ctx)
{
	struct regex_texts *t = ctx;
	const regmatch_t *g;

	if (index >= t->ngroups || t->nowned == sizeof(t->owned) / sizeof(t->owned[0]))
		return NULL;
	g = &t->groups[index];
	if (g->rm_so < 0)
		return "";	/* an optional group that took no part */
	t->owned[t->nowned] = xstrndup(t->line_src + g->rm_so, (size_t)(g->rm_eo - g->rm_so));
	return t->owned[t->nowned++];
}

static int line_at(const char *text, size_t offset, size_t *cache_off, int *cache_line)
{
	for (size_t i = *cache_off; i < offset; i++)
		if (text[i] == '\n')
			(*cache_line)++;
	*cache_off = offset;
	return *cache_line;
}

/* Runs regex RULE on the view; returns 1 when a required one matched. */
static int regex_rule(const struct answer *a, const struct rule *rule, const struct pass *p)
{
	const char *view = p->view;
	regmatch_t groups[10];
	size_t ngroups = rule->regex.re_nsub + 1 < 10 ? rule->regex.re_nsub + 1 : 10;
	size_t off = 0, line_off = 0;
	int line = 1;

	/* Most habits look for text a Python answer lacks: skip the scan. */
	if (!literals_may_match(&rule->literals, view, p->view_len))
		return 0;
	while (view[off] && regexec(&rule->regex, view + off, ngroups, groups, 0) == 0) {
		struct regex_texts texts = { .line_src = a->src + off, .groups = groups, .ngroups = ngroups };
		size_t at = off + (size_t)groups[rule->at > 0 && groups[rule->at].rm_so >= 0 ? rule->at : 0].rm_so;
		const char *eol = strchr(view + off + groups[0].rm_so, '\n');
		struct buf msg;

		if (rule->mode == RULE_REQUIRE)
			return 1;
		buf_init(&msg, IDIOM_FINDING_MESSAGE_MAX);
		template_render(&rule->message, group_text, &texts, &msg);
		fail(a, rule, line_at(view, at, &line_off, &line), off + (size_t)groups[0].rm_so,
		     off + (size_t)groups[0].rm_eo, buf_str(&msg));
		buf_free(&msg);
		for (size_t i = 0; i < texts.nowned; i++)
			free(texts.owned[i]);
		if (!eol)
			break;
		off = (size_t)(eol - view) + 1;
	}
	return 0;
}

/* The combined pass's state: the answer (read-only), what it fills. */
struct pass_ctx {
	const struct answer *a;
	struct pass *out;
};

static void blank_match(const TSQueryMatch *m, struct pass *out)
{
	TSNode n = m->captures[0].node;
	uint32_t end = ts_node_end_byte(n);

	blank(out->view, ts_node_start_byte(n), end < out->view_len ? end : (uint32_t)out->view_len);
}

/* One match of the combined query: it goes to its rule, or blanks a
 * string or comment in the regexes' view. */
static int combined_match(const TSQueryMatch *m, void *ctx)
{
	struct pass_ctx *c = ctx;
	const struct static_rules *sr = c->a->sr;
	size_t rule;

	if (m->pattern_index == sr->blank_pattern) {
		blank_match(m, c->out);
		return 0;
	}
	rule = sr->pattern_rule[m->pattern_index];
	if (query_match(c->a, &sr->rules[rule], m))
		c->out->found[rule] = 1;
	return 0;
}

static int blank_only(const TSQueryMatch *m, void *ctx)
{
	struct pass_ctx *c = ctx;

	if (m->pattern_index == c->a->sr->blank_pattern)
		blank_match(m, c->out);
	return 0;
}

/* The regexes' view of SRC, unblanked yet: the combined pass blanks it (a
 * set of rules with regex rules always has the blank pattern). */
static void view_start(struct pass *p, const char *src, size_t len)
{
	p->view = xstrndup(src, len);
	p->view_len = strlen(p->view);
}

char *static_rules_view(const struct static_rules *sr, TSNode root, const char *src, size_t len)
{
	struct answer a = { .sr = sr, .src = src, .root = root };
	struct pass p = { 0 };
	struct pass_ctx c = { &a, &p };

	if (sr->blank_pattern == STATIC_NO_PATTERN)
		return static_code_view(root, src, len);
	view_start(&p, src, len);
	syntax_query_matches(sr->combined, root, src, blank_only, &c);
	return p.view;
}

static void report_missing(const struct answer *a, const struct rule *rule, int *anchor)
{
	struct buf msg;

	buf_init(&msg, IDIOM_FINDING_MESSAGE_MAX);
	template_render(&rule->message, capture_text, &(struct query_texts){ 0 }, &msg);
	if (*anchor < 0)
		*anchor = anchor_line(a);	/* once, and only when needed */
	report_add_finding(a->report, &(struct report_finding){
		.criterion = rule->criterion, .advisory = rule->weight == RULE_ADVICE,
		.provisional = rule->weight == RULE_OVERRULED_BY_HARNESS, .missing = 1,
		.line = *anchor, .message = buf_str(&msg), .rule = rule->id,
		.source = rule->habit ? REPORT_FROM_HABIT : REPORT_FROM_EXERCISE });
	buf_free(&msg);
}

/* The pass: every query rule's matches, and the view blanked. */
static void combined_pass(const struct answer *a, size_t len, struct pass *p)
{
	struct pass_ctx c = { a, p };

	p->found = xcalloc(a->sr->nrules + 1, 1);
	if (a->sr->blank_pattern != STATIC_NO_PATTERN)
		view_start(p, a->src, len);
	if (a->sr->combined)
		syntax_query_matches(a->sr->combined, a->root, a->src, combined_match, &c);
}

/* The loop: regex rules on the view, then each required rule not found. */
static void rule_loop(const struct answer *a, const struct pass *p)
{
	int anchor = -1;

	for (size_t i = 0; i < a->sr->nrules; i++) {
		const struct rule *rule = &a->sr->rules[i];
		int found = p->found[i];

		if (rule->has_regex && p->view)	/* a view: see view_start */
			found |= regex_rule(a, rule, p);
		if (rule->mode == RULE_REQUIRE && !found)
			report_missing(a, rule, &anchor);
	}
}

int static_check(const struct static_rules *sr, const char *src, size_t len, TSTree *tree,
		 struct report *r)
{
	TSTree *own = NULL;
	struct answer a = { .sr = sr, .src = src, .report = r };
	struct pass p = { 0 };

	if (!tree) {
		tree = own = syntax_parse(LANG_PYTHON, src, len);
		if (!tree)
			return -ENOMEM;
	}
	a.root = ts_tree_root_node(tree);
	combined_pass(&a, len, &p);
	rule_loop(&a, &p);
	free(p.found);
	free(p.view);
	if (own)
		ts_tree_delete(own);
	return 0;
}

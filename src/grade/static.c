/* Static rules on one answer; see static.h.  Everything costly (query and
 * regex compilation) happened when the ruleset was loaded: a check is one
 * parse, one walk to blank strings and comments, and the matching. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "grade/static.h"
#include "util/buf.h"
#include "util/xalloc.h"
#include "util/banned.h"

#define MESSAGE_MAX 2048

struct check {
	const struct ruleset *rs;
	const struct rule *rule;
	char *found_rule;	/* combined pass: which required rules matched */
	const char *src;
	char *view;		/* the regexes' view (static_code_view), blanked
				 * by the combined pass; NULL without regexes */
	size_t view_len;	/* shorter than the source if it holds a NUL */
	struct report *report;
	int found;		/* a required pattern matched */
	int anchor_line;	/* -1: not computed yet */
	TSNode root;
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
	struct check *c = ctx;

	c->anchor_line = m->capture_count ? node_line(m->captures[0].node) : 0;
	return 1;
}

/* Where a missing required pattern is reported: the anchor's first match
 * (e.g. the exercise's function), else the whole answer (line 0). */
static int anchor_line(struct check *c)
{
	if (c->anchor_line >= 0)
		return c->anchor_line;
	c->anchor_line = 0;
	if (c->rs->anchor)
		syntax_query_matches(c->rs->anchor, c->root, c->src, anchor_match, c);
	return c->anchor_line;
}

static void fail(struct check *c, int line, const char *message)
{
	report_add_check(c->report, c->rule->criterion, 0, line, message);
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

static int query_match(const TSQueryMatch *m, void *ctx)
{
	struct check *c = ctx;
	struct query_texts texts = { .match = m, .src = c->src };
	struct buf msg;
	TSNode node;

	if (m->capture_count == 0)
		return 0;
	node = match_node(c->rule, m);
	if (!placement_ok(c->rule, node))
		return 0;
	if (c->rule->mode == RULE_REQUIRE) {
		c->found = 1;
		return 1;
	}
	buf_init(&msg, MESSAGE_MAX);
	template_render(&c->rule->message, capture_text, &texts, &msg);
	fail(c, node_line(node), buf_str(&msg));
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

static void regex_rule(struct check *c)
{
	const struct rule *rule = c->rule;
	const char *view = c->view;
	regmatch_t groups[10];
	size_t ngroups = rule->regex.re_nsub + 1 < 10 ? rule->regex.re_nsub + 1 : 10;
	size_t off = 0, line_off = 0;
	int line = 1;

	/* Most habits look for text a Python answer lacks: skip the scan. */
	if (!literals_may_match(&rule->literals, view, c->view_len))
		return;
	while (view[off] && regexec(&rule->regex, view + off, ngroups, groups, 0) == 0) {
		struct regex_texts texts = { .line_src = c->src + off, .groups = groups, .ngroups = ngroups };
		size_t at = off + (size_t)groups[rule->at > 0 && groups[rule->at].rm_so >= 0 ? rule->at : 0].rm_so;
		const char *eol = strchr(view + off + groups[0].rm_so, '\n');
		struct buf msg;

		if (rule->mode == RULE_REQUIRE) {
			c->found = 1;
			return;
		}
		buf_init(&msg, MESSAGE_MAX);
		template_render(&rule->message, group_text, &texts, &msg);
		fail(c, line_at(view, at, &line_off, &line), buf_str(&msg));
		buf_free(&msg);
		for (size_t i = 0; i < texts.nowned; i++)
			free(texts.owned[i]);
		if (!eol)
			break;
		off = (size_t)(eol - view) + 1;
	}
}

/* One pass of the combined query: each match goes to its rule, or blanks a
 * string or comment in the regexes' view. */
static int combined_match(const TSQueryMatch *m, void *ctx)
{
	struct check *c = ctx;
	size_t rule;

	if (m->pattern_index == c->rs->blank_pattern) {
		TSNode n = m->captures[0].node;
		uint32_t end = ts_node_end_byte(n);

		blank(c->view, ts_node_start_byte(n), end < c->view_len ? end : (uint32_t)c->view_len);
		return 0;
	}
	rule = c->rs->pattern_rule[m->pattern_index];

	c->rule = &c->rs->rules[rule];
	c->found = 0;
	query_match(m, c);
	if (c->found)
		c->found_rule[rule] = 1;
	return 0;
}

static void report_missing(struct check *c)
{
	struct buf msg;

	buf_init(&msg, MESSAGE_MAX);
	template_render(&c->rule->message, capture_text, &(struct query_texts){ 0 }, &msg);
	fail(c, anchor_line(c), buf_str(&msg));
	buf_free(&msg);
}

static int blank_match(const TSQueryMatch *m, void *ctx)
{
	struct check *c = ctx;

	if (m->pattern_index == c->rs->blank_pattern)
		combined_match(m, c);
	return 0;
}

/* The regexes' view of SRC, unblanked yet: the combined pass blanks it (a
 * loaded ruleset with regex rules always has the blank pattern). */
static void view_start(struct check *c, const char *src, size_t len)
{
	c->view = xstrndup(src, len);
	c->view_len = strlen(c->view);
}

char *static_rules_view(const struct ruleset *rs, TSNode root, const char *src, size_t len)
{
	struct check c = { .rs = rs, .src = src, .root = root };

	if (rs->blank_pattern == RULES_NO_PATTERN)
		return static_code_view(root, src, len);
	view_start(&c, src, len);
	syntax_query_matches(rs->combined, root, src, blank_match, &c);
	return c.view;
}

int static_check(const struct ruleset *rs, const char *src, size_t len, TSTree *tree,
		 struct report *r)
{
	TSTree *own = NULL;
	struct check c = { .rs = rs, .src = src, .report = r, .anchor_line = -1 };

	if (!tree) {
		tree = own = syntax_parse(LANG_PYTHON, src, len);
		if (!tree)
			return -ENOMEM;
	}
	c.root = ts_tree_root_node(tree);
	c.found_rule = xcalloc(rs->nrules + 1, 1);
	if (rs->blank_pattern != RULES_NO_PATTERN)
		view_start(&c, src, len);
	if (rs->combined)
		syntax_query_matches(rs->combined, c.root, src, combined_match, &c);
	for (size_t i = 0; i < rs->nrules; i++) {
		c.rule = &rs->rules[i];
		c.found = c.found_rule[i];
		if (c.rule->has_regex && c.view)	/* a view: see view_start */
			regex_rule(&c);
		if (c.rule->mode == RULE_REQUIRE && !c.found)
			report_missing(&c);
	}
	free(c.found_rule);
	free(c.view);
	if (own)
		ts_tree_delete(own);
	return 0;
}

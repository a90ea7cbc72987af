/* Compiled tree-sitter queries with their text predicates.  Predicates are
 * compiled once (regexes included) so running a query on every keystroke
 * costs only the match itself. */
#include <errno.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "syntax/syntax.h"
#include "util/xalloc.h"
#include "util/banned.h"

enum pred_kind { PRED_EQ, PRED_MATCH, PRED_ANY_OF };

struct predicate {
	enum pred_kind kind;
	int negate;
	uint32_t capture;
	int other_capture;	/* #eq? @a @b: compare two captures; -1 if none */
	char **strings;		/* #eq? and #any-of? values */
	size_t nstrings;
	regex_t regex;		/* #match? */
};

struct pattern_preds {
	struct predicate *items;
	size_t count;
};

struct syntax_query {
	TSQuery *query;
	struct pattern_preds *patterns;
	uint32_t npatterns;
};

static const char *step_text(const TSQuery *q, const TSQueryPredicateStep *s)
{
	uint32_t len;

	if (s->type == TSQueryPredicateStepTypeCapture)
		return ts_query_capture_name_for_id(q, s->value_id, &len);
	return ts_query_string_value_for_id(q, s->value_id, &len);
}

static int parse_kind(const char *name, struct predicate *p)
{
	p->negate = strncmp(name, "not-", 4) == 0;
	if (p->negate)
		name += 4;
	if (strcmp(name, "eq?") == 0)
		p->kind = PRED_EQ;
	else if (strcmp(name, "match?") == 0)
		p->kind = PRED_MATCH;
	else if (strcmp(name, "any-of?") == 0)
		p->kind = PRED_ANY_OF;
	else
		return -ENOENT;
	return 0;
}

/* Compiles one predicate from STEPS[0..n) (without its Done step).  Unknown
 * predicates that only carry properties (#is?, #is-not?, #set!) are skipped:
 * returns 1.  Returns 0 when compiled, -EINVAL with ERR set when malformed. */
static int compile_predicate(const TSQuery *q, const TSQueryPredicateStep *steps,
			     uint32_t n, struct predicate *p, struct error *err)
{
	const char *name = step_text(q, &steps[0]);

	memset(p, 0, sizeof(*p));
	p->other_capture = -1;
	if (parse_kind(name, p) < 0) {
		if (!strcmp(name, "is?") || !strcmp(name, "is-not?") || !strcmp(name, "set!"))
			return 1;
		return error_set(err, -EINVAL, "unknown predicate #%s", name);
	}
	if (n < 3 || steps[1].type != TSQueryPredicateStepTypeCapture) {
		return error_set(err, -EINVAL, "#%s needs a capture and a value", name);
	}
	p->capture = steps[1].value_id;
	if (p->kind == PRED_EQ && steps[2].type == TSQueryPredicateStepTypeCapture) {
		p->other_capture = (int)steps[2].value_id;
		return 0;
	}
	if (p->kind == PRED_MATCH) {
		int rc = regcomp(&p->regex, step_text(q, &steps[2]), REG_EXTENDED | REG_NOSUB);

		if (rc != 0)
			return error_set(err, -EINVAL, "bad regular expression \"%s\" in #%s",
					 step_text(q, &steps[2]), name);
		return 0;
	}
	p->nstrings = n - 2;
	p->strings = xcalloc(p->nstrings, sizeof(*p->strings));
	for (uint32_t i = 2; i < n; i++)
		p->strings[i - 2] = xstrdup(step_text(q, &steps[i]));
	return 0;
}

static int compile_pattern(struct syntax_query *sq, uint32_t index, struct error *err)
{
	uint32_t nsteps;
	const TSQueryPredicateStep *steps =
		ts_query_predicates_for_pattern(sq->query, index, &nsteps);
	struct pattern_preds *pp = &sq->patterns[index];
	uint32_t start = 0;

	pp->items = xcalloc(nsteps / 2 + 1, sizeof(*pp->items));
	for (uint32_t i = 0; i < nsteps; i++) {
		if (steps[i].type != TSQueryPredicateStepTypeDone)
			continue;
		int rc = compile_predicate(sq->query, steps + start, i - start,
					   &pp->items[pp->count], err);

		if (rc < 0)
			return rc;
		if (rc == 0)
			pp->count++;
		start = i + 1;
	}
	return 0;
}

static int describe_error(const char *source, uint32_t offset, TSQueryError kind,
			  struct error *err)
{
	static const char *const what[] = {
		"no error", "syntax error", "unknown node type", "unknown field name",
		"unknown capture name", "impossible pattern structure", "bad pattern structure",
		"unknown language",
	};
	int line = 1, column = 1;

	for (uint32_t i = 0; i < offset && source[i]; i++) {
		if (source[i] == '\n') {
			line++;
			column = 1;
		} else {
			column++;
		}
	}
	return error_set(err, -EINVAL, "line %d, column %d: %s in query", line, column,
			 kind < sizeof(what) / sizeof(what[0]) ? what[kind] : "error");
}

int syntax_query_new(struct syntax_query **out, enum syntax_lang lang,
		     const char *source, size_t len, struct error *err)
{
	struct syntax_query *sq = xcalloc(1, sizeof(*sq));
	uint32_t offset;
	TSQueryError kind;

	*out = NULL;
	sq->query = ts_query_new(syntax_language(lang), source, (uint32_t)len, &offset, &kind);
	if (!sq->query) {
		free(sq);
		return describe_error(source, offset, kind, err);
	}
	sq->npatterns = ts_query_pattern_count(sq->query);
	sq->patterns = xcalloc(sq->npatterns, sizeof(*sq->patterns));
	for (uint32_t i = 0; i < sq->npatterns; i++) {
		int rc = compile_pattern(sq, i, err);

		if (rc < 0) {
			syntax_query_free(sq);
			return rc;
		}
	}
	*out = sq;
	return 0;
}

static void predicate_free(struct predicate *p)
{
	if (p->kind == PRED_MATCH && p->other_capture < 0)
		regfree(&p->regex);
	for (size_t i = 0; i < p->nstrings; i++)
		free(p->strings[i]);
	free(p->strings);
}

void syntax_query_free(struct syntax_query *q)
{
	if (!q)
		return;
	for (uint32_t i = 0; i < q->npatterns; i++) {
		for (size_t j = 0; j < q->patterns[i].count; j++)
			predicate_free(&q->patterns[i].items[j]);
		free(q->patterns[i].items);
	}
	free(q->patterns);
	ts_query_delete(q->query);
	free(q);
}

const TSQuery *syntax_query_ts(const struct syntax_query *q)
{
	return q->query;
}

/* The text of a node, as a slice of the source: no copy. */
struct slice {
	const char *text;
	size_t len;
};

static struct slice node_slice(TSNode node, const char *src)
{
	uint32_t start = ts_node_start_byte(node);

	return (struct slice){ src + start, ts_node_end_byte(node) - start };
}

static int slice_is(struct slice s, const char *text, size_t len)
{
	return s.len == len && memcmp(s.text, text, len) == 0;
}

static int capture_node(const TSQueryMatch *m, uint32_t capture, TSNode *node)
{
	for (uint16_t i = 0; i < m->capture_count; i++) {
		if (m->captures[i].index == capture) {
			*node = m->captures[i].node;
			return 1;
		}
	}
	return 0;
}

/* #match? on a slice: REG_STARTEND reads exactly [0, len) of the text, so
 * ^ and $ anchor at the node's ends without a NUL-terminated copy. */
static int slice_matches(const regex_t *re, struct slice s)
{
	regmatch_t range = { .rm_so = 0, .rm_eo = (regoff_t)s.len };

	return regexec(re, s.text, 1, &range, REG_STARTEND) == 0;
}

static int predicate_holds_text(const struct predicate *p, const TSQueryMatch *m,
				struct slice text, const char *src)
{
	TSNode other;
	struct slice o;

	if (p->kind == PRED_MATCH)
		return slice_matches(&p->regex, text);
	if (p->other_capture >= 0) {
		if (!capture_node(m, (uint32_t)p->other_capture, &other))
			return 0;
		o = node_slice(other, src);
		return slice_is(text, o.text, o.len);
	}
	for (size_t i = 0; i < p->nstrings; i++)
		if (slice_is(text, p->strings[i], strlen(p->strings[i])))
			return 1;
	return 0;
}

static int predicates_hold(const struct pattern_preds *pp, const TSQueryMatch *m, const char *src)
{
	for (size_t i = 0; i < pp->count; i++) {
		const struct predicate *p = &pp->items[i];
		TSNode node;

		if (!capture_node(m, p->capture, &node))
			continue;	/* optional capture absent: nothing to test */
		if (predicate_holds_text(p, m, node_slice(node, src), src) == p->negate)
			return 0;
	}
	return 1;
}

int syntax_query_matches(const struct syntax_query *q, TSNode root,
			 const char *src, syntax_match_fn fn, void *ctx)
{
	TSQueryCursor *cursor = ts_query_cursor_new();
	TSQueryMatch match;
	int rc = 0;

	ts_query_cursor_exec(cursor, q->query, root);
	while (rc == 0 && ts_query_cursor_next_match(cursor, &match)) {
		if (predicates_hold(&q->patterns[match.pattern_index], &match, src))
			rc = fn(&match, ctx);
	}
	ts_query_cursor_delete(cursor);
	return rc;
}

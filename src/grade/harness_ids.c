/* Static scan of a harness for the criterion ids it names (harness_ids.h).
 * Harnesses are small, so names are kept in plain arrays and looked up
 * linearly; only what the source spells out literally can be checked, and
 * the runtime check in report_merge_json covers the rest. */
#include "grade/harness_ids.h"

#include <stdlib.h>
#include <string.h>
#include "syntax/syntax.h"
#include "util/xalloc.h"
#include "util/banned.h"

struct name {
	char *text;
	TSNode value;	/* a constant's string, or a loop's collection */
};

struct scan {
	const char *path, *src;
	const struct exercise *ex;
	struct diags *diags;
	struct name *consts, *loops, *used;
	size_t nconsts, nloops, nused, cap_consts, cap_loops, cap_used;
	int unknown;
};

static char *node_text(const struct scan *s, TSNode n)
{
	uint32_t a = ts_node_start_byte(n), b = ts_node_end_byte(n);

	return xstrndup(s->src + a, b - a);
}

static int node_is(TSNode n, const char *type)
{
	return !ts_node_is_null(n) && strcmp(ts_node_type(n), type) == 0;
}

static void add(struct name **v, size_t *n, size_t *cap, char *text, TSNode value)
{
	*v = xgrow(*v, cap, *n + 1, sizeof(**v));
	(*v)[(*n)++] = (struct name){ .text = text, .value = value };
}

static int has(const struct name *v, size_t n, const char *text)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i].text, text) == 0)
			return 1;
	return 0;
}

/* A plain "..." or '...' literal's text, or NULL (f-strings, escapes and
 * concatenations are not ids). */
static char *literal(const struct scan *s, TSNode n)
{
	char *t = node_is(n, "string") ? node_text(s, n) : NULL;
	size_t len = t ? strlen(t) : 0;

	if (t && len >= 2 && (t[0] == '"' || t[0] == '\'') && t[len - 1] == t[0] &&
	    !strchr(t, '\\')) {
		memmove(t, t + 1, len - 2);
		t[len - 2] = '\0';
		return t;
	}
	free(t);
	return NULL;
}

static void verify(struct scan *s, TSNode n)
{
	char *id = literal(s, n);
	const char *near;

	if (!id || exercise_criterion(s->ex, id)) {
		free(id);
		return;
	}
	near = exercise_nearest_id(s->ex, id);
	diags_add(s->diags, s->path, (int)ts_node_start_point(n).row + 1,
		  "the harness names criterion `%s`, which %s does not have%s%s%s (a harness names "
		  "criteria by the {#id} that ends their line in lesson.md)", id, s->ex->name,
		  near ? "; did you mean `" : "", near ? near : "", near ? "`?" : "");
	s->unknown++;
	free(id);
}

/* Something passed as a criterion: a literal is checked now, a name once
 * every constant and loop is known. */
static void criterion_arg(struct scan *s, TSNode arg)
{
	if (node_is(arg, "string"))
		verify(s, arg);
	else if (node_is(arg, "identifier"))
		add(&s->used, &s->nused, &s->cap_used, node_text(s, arg), arg);
}

static void visit_call(struct scan *s, TSNode call)
{
	TSNode fn = ts_node_child_by_field_name(call, "function", 8);
	TSNode args = ts_node_child_by_field_name(call, "arguments", 9);
	TSNode attr = node_is(fn, "attribute") ? ts_node_child_by_field_name(fn, "attribute", 9)
					       : fn;
	char *name;

	if (!node_is(attr, "identifier") || !node_is(args, "argument_list") ||
	    ts_node_named_child_count(args) == 0)
		return;
	name = node_text(s, attr);
	if (strcmp(name, "check") == 0)
		criterion_arg(s, ts_node_named_child(args, 0));
	free(name);
}

static int visit(TSNode n, void *ctx)
{
	struct scan *s = ctx;

	if (node_is(n, "call")) {
		visit_call(s, n);
	} else if (node_is(n, "for_statement")) {
		TSNode left = ts_node_child_by_field_name(n, "left", 4);

		if (node_is(left, "identifier"))
			add(&s->loops, &s->nloops, &s->cap_loops, node_text(s, left),
			    ts_node_child_by_field_name(n, "right", 5));
	} else if (node_is(n, "assignment") && node_is(ts_node_parent(ts_node_parent(n)), "module")) {
		TSNode left = ts_node_child_by_field_name(n, "left", 4);
		TSNode right = ts_node_child_by_field_name(n, "right", 5);

		if (node_is(left, "identifier") && node_is(right, "string"))
			add(&s->consts, &s->nconsts, &s->cap_consts, node_text(s, left), right);
	}
	return 1;
}

/* Loops whose variable is passed as a criterion pass their elements too. */
static void expand_loops(struct scan *s)
{
	for (size_t i = 0; i < s->nloops; i++) {
		TSNode coll = s->loops[i].value;

		if (!has(s->used, s->nused, s->loops[i].text) ||
		    !(node_is(coll, "tuple") || node_is(coll, "list")))
			continue;
		for (uint32_t k = 0; k < ts_node_named_child_count(coll); k++)
			criterion_arg(s, ts_node_named_child(coll, k));
	}
}

static void free_names(struct name *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i].text);
	free(v);
}

int harness_ids_check(const char *path, const char *src, size_t len, const struct exercise *ex,
		      struct diags *diags)
{
	struct scan s = { .path = path, .src = src, .ex = ex, .diags = diags };
	TSTree *tree = syntax_parse(LANG_PYTHON, src, len);

	if (!tree)
		return 0;
	syntax_walk(ts_tree_root_node(tree), visit, &s);
	expand_loops(&s);
	for (size_t i = 0; i < s.nconsts; i++)
		if (has(s.used, s.nused, s.consts[i].text))
			verify(&s, s.consts[i].value);
	ts_tree_delete(tree);
	free_names(s.consts, s.nconsts);
	free_names(s.loops, s.nloops);
	free_names(s.used, s.nused);
	return s.unknown;
}

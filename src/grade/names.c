/* Required names; see names.h.  Only module-level bindings count (and
 * those inside a module-level if/try), as an importer sees them. */
#include <stdlib.h>
#include <string.h>
#include "grade/names.h"
#include "grade/reader.h"
#include "grade/report.h"
#include "grade/template.h"
#include "util/buf.h"
#include "util/xalloc.h"
#include "util/banned.h"

struct required_name {
	char *name;
	int is_class;
	char **criteria;	/* titles (the exercise's copies, not owned) */
	size_t ncriteria;
};

struct required_names {
	struct required_name *items;
	size_t count;
};

struct required_names *required_names_new(void)
{
	return xcalloc(1, sizeof(struct required_names));
}

void required_names_free(struct required_names *n)
{
	if (!n)
		return;
	for (size_t i = 0; i < n->count; i++) {
		free(n->items[i].name);
		free(n->items[i].criteria);
	}
	free(n->items);
	free(n);
}

struct entry_nodes {
	yaml_node_t *name, *kind, *criteria;
};

static void entry_key(void *ctx, const char *key, yaml_node_t *value)
{
	struct entry_nodes *e = ctx;

	if (!strcmp(key, "name")) e->name = value;
	else if (!strcmp(key, "kind")) e->kind = value;
	else e->criteria = value;
}

static void read_entry(struct required_names *n, struct rule_reader *r, yaml_node_t *node)
{
	static const char *const keys[] = { "name", "kind", "criteria", NULL };
	static const char *const kinds[] = { "def", "class", NULL };
	struct entry_nodes e = { 0 };
	struct required_name x = { 0 };
	const char *name;

	yamldoc_each_key(&r->doc, node, "a required name", keys, entry_key, &e);
	name = e.name ? yamldoc_string(&r->doc, e.name, "name") : NULL;
	if (!name || !e.criteria || e.criteria->type != YAML_SEQUENCE_NODE ||
	    e.criteria->data.sequence.items.top == e.criteria->data.sequence.items.start) {
		yamldoc_problem(&r->doc, node, "a required name needs `name:` and `criteria:` (a list "
				"of criterion ids; the first is charged when the name is only an alias)");
		return;
	}
	x.is_class = e.kind && yamldoc_enum(&r->doc, e.kind, "kind", kinds) == 1;
	x.criteria = xcalloc((size_t)(e.criteria->data.sequence.items.top -
				      e.criteria->data.sequence.items.start) + 1, sizeof(char *));
	for (yaml_node_item_t *it = e.criteria->data.sequence.items.start;
	     it < e.criteria->data.sequence.items.top; it++) {
		char *title = criterion_title(r, yamldoc_node(&r->doc, *it));

		if (title)
			x.criteria[x.ncriteria++] = title;
	}
	x.name = xstrdup(name);
	n->items = xrealloc(n->items, (n->count + 1) * sizeof(*n->items));
	n->items[n->count++] = x;
}

void required_names_read(struct required_names *n, struct rule_reader *r, yaml_node_t *node)
{
	if (!node || node->type != YAML_SEQUENCE_NODE) {
		yamldoc_problem(&r->doc, node, "`names` is a list: `- {name: total_paid, criteria: "
				"[importable-function, main-guard]}`");
		return;
	}
	for (yaml_node_item_t *it = node->data.sequence.items.start; it < node->data.sequence.items.top; it++)
		read_entry(n, r, yamldoc_node(&r->doc, *it));
}

/* What the module binds under one name. */
struct binding {
	TSNode def;		/* def/class with the name (null: none) */
	TSNode alias;		/* `name = other` (null: none) */
	TSNode camel;		/* a def/class whose snake_case spelling is the name */
};

static int text_is(TSNode node, const char *src, const char *text)
{
	uint32_t start = ts_node_start_byte(node), len = ts_node_end_byte(node) - start;

	return strlen(text) == len && memcmp(src + start, text, len) == 0;
}

static int snake_is(TSNode node, const char *src, const char *text)
{
	uint32_t start = ts_node_start_byte(node);
	char *raw = xstrndup(src + start, ts_node_end_byte(node) - start);
	struct buf b = BUF_INIT;
	int same;

	text_snake_case(raw, &b);
	same = strcmp(buf_str(&b), text) == 0 && strcmp(raw, text) != 0;
	buf_free(&b);
	free(raw);
	return same;
}

static void see_definition(TSNode node, const char *src, const struct required_name *want,
			   struct binding *b)
{
	TSNode name = ts_node_child_by_field_name(node, "name", 4);
	const char *type = ts_node_type(node);

	/* A class stands for an asked function (callers call it the same way:
	 * an iterator class for a generator function); a def never for a class. */
	if (ts_node_is_null(name) || (strcmp(type, "class_definition") &&
				      (want->is_class || strcmp(type, "function_definition"))))
		return;
	if (text_is(name, src, want->name))
		b->def = node;
	else if (ts_node_is_null(b->camel) && snake_is(name, src, want->name))
		b->camel = node;
}

static void see_assignment(TSNode stmt, const char *src, const struct required_name *want,
			   struct binding *b)
{
	TSNode a = ts_node_named_child(stmt, 0);
	TSNode left, right;

	if (ts_node_is_null(a) || strcmp(ts_node_type(a), "assignment"))
		return;
	left = ts_node_child_by_field_name(a, "left", 4);
	right = ts_node_child_by_field_name(a, "right", 5);
	if (ts_node_is_null(left) || ts_node_is_null(right) ||
	    strcmp(ts_node_type(left), "identifier") || !text_is(left, src, want->name))
		return;
	/* A lambda bound to the name is the function's own definition: no
	 * other name is kept (a style habit, `assigned-lambda`, says `def`). */
	if (!want->is_class && !strcmp(ts_node_type(right), "lambda"))
		b->def = stmt;
	else
		b->alias = stmt;
}

/* Module-level statements, and those of module-level if/try/with blocks. */
static void scan(TSNode parent, const char *src, const struct required_name *want,
		 struct binding *b, int depth)
{
	uint32_t n = ts_node_named_child_count(parent);

	for (uint32_t i = 0; i < n; i++) {
		TSNode c = ts_node_named_child(parent, i);
		const char *type = ts_node_type(c);

		if (!strcmp(type, "decorated_definition"))
			c = ts_node_child_by_field_name(c, "definition", 10);
		if (ts_node_is_null(c))
			continue;
		type = ts_node_type(c);
		if (!strcmp(type, "function_definition") || !strcmp(type, "class_definition"))
			see_definition(c, src, want, b);
		else if (!strcmp(type, "expression_statement"))
			see_assignment(c, src, want, b);
		else if (depth < 4 && strcmp(type, "comment"))
			scan(c, src, want, b, depth + 1);
	}
}

static int line_of(TSNode node)
{
	return ts_node_is_null(node) ? 0 : (int)ts_node_start_point(node).row + 1;
}

static char *node_text(TSNode node, const char *src)
{
	uint32_t start = ts_node_start_byte(node);

	return xstrndup(src + start, ts_node_end_byte(node) - start);
}

static void check_one(const struct required_name *want, TSNode root, const char *src,
		      struct report *report)
{
	const char *kw = want->is_class ? "class" : "def";
	const char *args = want->is_class ? ":" : "(...)";
	struct binding b;
	struct buf msg = BUF_INIT;
	char *other;

	memset(&b, 0, sizeof(b));
	scan(root, src, want, &b, 0);
	if (!ts_node_is_null(b.def))
		return;
	if (!ts_node_is_null(b.alias)) {
		other = node_text(b.alias, src);
		buf_printf(&msg, "`%s` keeps another name as the %s's own; define it under the name "
			   "the exercise asks for, `%s %s%s`, and drop the alias", other,
			   want->is_class ? "class" : "function", kw, want->name, args);
		report_add_check(report, want->criteria[0], 0, line_of(b.alias), buf_str(&msg));
		free(other);
		buf_free(&msg);
		return;
	}
	if (!ts_node_is_null(b.camel)) {
		other = node_text(ts_node_child_by_field_name(b.camel, "name", 4), src);
		buf_printf(&msg, "not judged: `%s` is the JavaScript spelling, and callers (and these "
			   "checks) use `%s`; rename it: `%s %s%s`", other, want->name, kw,
			   want->name, args);
		free(other);
	} else {
		buf_printf(&msg, "not judged: the answer defines no `%s`, the name the exercise asks "
			   "for; write `%s %s%s`", want->name, kw, want->name, args);
	}
	for (size_t i = 0; i < want->ncriteria; i++)
		report_add_check(report, want->criteria[i], 0, line_of(b.camel), buf_str(&msg));
	buf_free(&msg);
}

void required_names_check(const struct required_names *n, TSNode root, const char *src,
			  struct report *report)
{
	for (size_t i = 0; n && i < n->count; i++)
		check_one(&n->items[i], root, src, report);
}

size_t required_names_checks_for(const struct required_names *n, const char *criterion)
{
	size_t count = 0;

	for (size_t i = 0; n && i < n->count; i++)
		for (size_t j = 0; j < n->items[i].ncriteria; j++)
			count += strcmp(n->items[i].criteria[j], criterion) == 0;
	return count;
}

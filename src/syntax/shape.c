/* Answer shapes; see shape.h.  Two walks over the tree, both iterative (a
 * learner's answer may nest thousands deep): the first finds the names the
 * answer binds, the second prints the tokens with those names replaced.
 * Names live in one table for the whole file, not per scope: renaming is
 * consistent, which is all that grouping needs. */
#include "syntax/shape.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <ctype.h>
#include <string.h>
#include <sodium.h>
#include "syntax/syntax.h"
#include "util/xalloc.h"
#include "util/banned.h"

/* ---- names: an open-addressing table of slices of the source ---- */

struct name {
	const char *s;		/* NULL: empty slot */
	size_t len;
	unsigned number;	/* placeholder number once printed, else 0 */
};

struct names {
	struct name *slot;
	size_t cap;		/* a power of two */
	size_t count;
	unsigned next;		/* the last placeholder number given */
};

static uint64_t name_hash(const char *s, size_t len)
{
	uint64_t h = 1469598103934665603ull;

	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return h;
}

static struct name *names_find(struct names *t, const char *s, size_t len)
{
	size_t i;

	if (!t->cap)
		return NULL;
	for (i = name_hash(s, len) & (t->cap - 1); t->slot[i].s; i = (i + 1) & (t->cap - 1))
		if (t->slot[i].len == len && memcmp(t->slot[i].s, s, len) == 0)
			return &t->slot[i];
	return &t->slot[i];
}

static void names_grow(struct names *t)
{
	struct names bigger = { xcalloc(t->cap ? t->cap * 2 : 64, sizeof(struct name)),
				t->cap ? t->cap * 2 : 64, t->count, t->next };

	for (size_t i = 0; i < t->cap; i++)
		if (t->slot[i].s)
			*names_find(&bigger, t->slot[i].s, t->slot[i].len) = t->slot[i];
	free(t->slot);
	*t = bigger;
}

static void names_add(struct names *t, const char *s, size_t len)
{
	struct name *n;

	if ((t->count + 1) * 2 > t->cap)
		names_grow(t);
	n = names_find(t, s, len);
	if (n->s)
		return;
	n->s = s;
	n->len = len;
	t->count++;
}

/* ---- an iterative walk that knows each ancestor's type and field ---- */

struct frame {
	const char *type;
	const char *field;	/* this node's field in its parent, or NULL */
};

struct walk {
	const char *src;
	struct frame *stack;
	size_t depth, cap;
	/* ENTER returns 1 to go into the node's children; LEAVE may be NULL. */
	int (*enter)(struct walk *wk, TSNode node);
	void (*leave)(struct walk *wk, TSNode node);
	void *ctx;
};

static void walk_push(struct walk *wk, TSTreeCursor *cur)
{
	wk->stack = xgrow(wk->stack, &wk->cap, wk->depth + 1, sizeof(*wk->stack));
	wk->stack[wk->depth].type = ts_node_type(ts_tree_cursor_current_node(cur));
	wk->stack[wk->depth].field = ts_tree_cursor_current_field_name(cur);
	wk->depth++;
}

static void walk_pop(struct walk *wk, TSTreeCursor *cur)
{
	if (wk->leave)
		wk->leave(wk, ts_tree_cursor_current_node(cur));
	wk->depth--;
}

static void walk_run(struct walk *wk, TSNode root)
{
	TSTreeCursor cur = ts_tree_cursor_new(root);
	int down;

	walk_push(wk, &cur);
	down = wk->enter(wk, root);
	for (;;) {
		if (down && ts_tree_cursor_goto_first_child(&cur)) {
			walk_push(wk, &cur);
			down = wk->enter(wk, ts_tree_cursor_current_node(&cur));
			continue;
		}
		walk_pop(wk, &cur);
		while (!ts_tree_cursor_goto_next_sibling(&cur)) {
			if (!ts_tree_cursor_goto_parent(&cur))
				goto done;
			walk_pop(wk, &cur);
		}
		walk_push(wk, &cur);
		down = wk->enter(wk, ts_tree_cursor_current_node(&cur));
	}
done:
	ts_tree_cursor_delete(&cur);
}

/* The frame N levels above the current node (0: the node itself). */
static const struct frame *up(const struct walk *wk, size_t n)
{
	return n < wk->depth ? &wk->stack[wk->depth - 1 - n] : NULL;
}

static int is(const char *s, const char *t)
{
	return s && strcmp(s, t) == 0;
}

static int is_any(const char *s, const char *const *set)
{
	for (; *set; set++)
		if (is(s, *set))
			return 1;
	return 0;
}

/* ---- pass 1: the names the answer binds ---- */

/* Nodes that a bound name may sit inside of (`a, *b = ...`, `(x, y)`). */
static const char *const destructuring[] = {
	"pattern_list", "tuple_pattern", "list_pattern", "list_splat_pattern",
	"dictionary_splat_pattern", "tuple", "list", "parenthesized_expression",
	"expression_list", NULL
};

static const char *const parameter_lists[] = {
	"parameters", "lambda_parameters", "typed_parameter", "as_pattern_target", NULL
};

/* 1 when the identifier on top of WK's stack is bound where it stands. */
static int binds_here(const struct walk *wk)
{
	const char *field = up(wk, 0)->field;
	const struct frame *p;
	size_t i = 1;

	while ((p = up(wk, i)) && is_any(p->type, destructuring)) {
		field = p->field;
		i++;
	}
	if (!p)
		return 0;
	if (is_any(p->type, parameter_lists))
		return 1;
	if (is(p->type, "function_definition") || is(p->type, "class_definition") ||
	    is(p->type, "default_parameter") || is(p->type, "typed_default_parameter") ||
	    is(p->type, "named_expression"))
		return is(field, "name");
	if (is(p->type, "assignment") || is(p->type, "augmented_assignment") ||
	    is(p->type, "for_statement") || is(p->type, "for_in_clause"))
		return is(field, "left");
	return is(p->type, "except_clause") && is(field, "alias");
}

struct bind_ctx {
	struct names *bound;
	const char *const *keep;
};

static int kept(const char *const *keep, const char *s, size_t len)
{
	for (; keep && *keep; keep++)
		if (strlen(*keep) == len && memcmp(*keep, s, len) == 0)
			return 1;
	return 0;
}

static int bind_enter(struct walk *wk, TSNode node)
{
	struct bind_ctx *c = wk->ctx;
	uint32_t a = ts_node_start_byte(node), b = ts_node_end_byte(node);

	if (is(up(wk, 0)->type, "identifier") && b > a && binds_here(wk) &&
	    !kept(c->keep, wk->src + a, b - a))
		names_add(c->bound, wk->src + a, b - a);
	return 1;
}

/* ---- pass 2: the tokens ---- */

struct print_ctx {
	struct names *bound;
	struct buf *out;
	int blocks;		/* "block" nodes around the current one */
	int strings;		/* string nodes around the current one */
	int newline;		/* the next token starts a line */
	int started;		/* anything printed yet */
	int prev_string;	/* the last token was inside a string */
	int prev_named;		/* ... was a named leaf (a name, a number) */
	int glue;		/* ... was a keyword argument's '=' or a splat's star */
	char prev[4];		/* ... its first bytes */
	uint32_t prev_end;	/* ... where it ended in the source */
};

static const char *const own_line[] = {
	"elif_clause", "else_clause", "except_clause", "except_group_clause",
	"finally_clause", "case_clause", "decorator", NULL
};

static int starts_line(const struct walk *wk, TSNode node)
{
	const struct frame *p = up(wk, 1);

	if (!ts_node_is_named(node) || !p)
		return 0;
	return is(p->type, "module") || is(p->type, "block") || is_any(up(wk, 0)->type, own_line) ||
	       (is(p->type, "decorated_definition") && is(up(wk, 0)->field, "definition"));
}

/* A statement that is only a string: a docstring, or one that does nothing. */
static int is_docstring(TSNode node)
{
	const char *t;

	if (!is(ts_node_type(node), "expression_statement") || ts_node_named_child_count(node) != 1)
		return 0;
	t = ts_node_type(ts_node_named_child(node, 0));
	return is(t, "string") || is(t, "concatenated_string");
}

static int tight_after(const char *prev)
{
	static const char *const set[] = { "(", "[", "{", ".", "~", "@", NULL };

	return is_any(prev, set);
}

static int tight_before(const struct print_ctx *c, const char *tok)
{
	static const char *const set[] = { ")", "]", "}", ",", ":", ".", ";", NULL };

	if (is_any(tok, set))
		return 1;
	/* A call or a subscript: `f(x)`, `a[0]`, not `if (x)`. */
	return (is(tok, "(") || is(tok, "[")) &&
	       (c->prev_named || is(c->prev, ")") || is(c->prev, "]") || c->prev_string);
}

static void print_space(struct print_ctx *c, const char *tok, int glue)
{
	if (c->newline) {
		if (c->started)
			buf_putc(c->out, '\n');
		buf_pad(c->out, ' ', (size_t)c->blocks * 4);
		c->newline = 0;
	} else if (c->started && !glue && !c->glue && !(c->strings && c->prev_string) &&
		   !tight_after(c->prev) && !tight_before(c, tok)) {
		buf_putc(c->out, ' ');
	}
}

/* Text inside a string that no token holds (an f-string's format spec,
 * `{x:>10}`), printed as it is; blanks alone are layout, not text. */
static void string_gap(struct print_ctx *c, const char *src, uint32_t start)
{
	uint32_t from = c->prev_end;

	if (!c->strings || !c->prev_string || start <= from)
		return;
	for (uint32_t i = from; i < start; i++)
		if (src[i] != ' ' && src[i] != '\t') {
			buf_add(c->out, src + from, start - from);
			return;
		}
}

static const char *const splats[] = {
	"list_splat_pattern", "dictionary_splat_pattern", "list_splat", "dictionary_splat", NULL
};

static void print_token(struct walk *wk, TSNode node, const char *s, size_t len)
{
	struct print_ctx *c = wk->ctx;
	const char *type = up(wk, 0)->type, *parent = up(wk, 1) ? up(wk, 1)->type : NULL;
	const char *field = up(wk, 0)->field;
	struct name *n = NULL;
	char tok[4] = "";
	int glue;

	if (!ts_node_is_named(node))
		memcpy(tok, s, len < 3 ? len : 3);
	/* `f(key=value)`, `def f(x=1)`: no spaces around that '=' (PEP 8). */
	glue = is(tok, "=") && (is(parent, "keyword_argument") || is(parent, "default_parameter"));
	print_space(c, tok, glue);
	string_gap(c, wk->src, ts_node_start_byte(node));
	/* `*args`, `**kwargs`: nothing after the star. */
	glue |= (is(tok, "*") || is(tok, "**")) && is_any(parent, splats);
	if (is(type, "identifier") && !(is(parent, "attribute") && is(field, "attribute")) &&
	    !(is(parent, "keyword_argument") && is(field, "name")))
		n = names_find(c->bound, s, len);
	if (n && n->s) {
		if (!n->number)
			n->number = ++c->bound->next;
		buf_printf(c->out, "v%u", n->number);
	} else if (is(type, "string_start") || is(type, "string_end")) {
		for (size_t i = 0; i < len; i++)
			buf_putc(c->out, s[i] == '\'' ? '"' : s[i]);
	} else {
		buf_add(c->out, s, len);
	}
	c->started = 1;
	c->prev_string = c->strings > 0;
	c->prev_named = ts_node_is_named(node) && !c->strings;
	c->glue = glue;
	c->prev_end = ts_node_end_byte(node);
	memcpy(c->prev, tok, sizeof(c->prev));
}

static int print_enter(struct walk *wk, TSNode node)
{
	struct print_ctx *c = wk->ctx;
	const char *type = up(wk, 0)->type;
	uint32_t a = ts_node_start_byte(node), b = ts_node_end_byte(node);

	if (is(type, "comment") || is(type, "line_continuation") || is_docstring(node))
		return 0;
	if (starts_line(wk, node))
		c->newline = 1;
	c->blocks += is(type, "block");
	c->strings += is(type, "string");
	if (ts_node_child_count(node) == 0 && b > a)
		print_token(wk, node, wk->src + a, b - a);
	return 1;
}

static void print_leave(struct walk *wk, TSNode node)
{
	struct print_ctx *c = wk->ctx;
	const char *type = up(wk, 0)->type;

	/* A skipped node never entered: only count what print_enter counted. */
	if (is(type, "comment") || is(type, "line_continuation") || is_docstring(node))
		return;
	c->blocks -= is(type, "block");
	c->strings -= is(type, "string");
}

int shape_normalise(const char *src, size_t len, const char *const *keep, struct buf *out)
{
	TSTree *tree = syntax_parse(LANG_PYTHON, src, len);
	struct names bound = { 0 };
	struct bind_ctx bc = { &bound, keep };
	struct print_ctx pc = { .bound = &bound, .out = out };
	struct walk wk = { .src = src, .enter = bind_enter, .ctx = &bc };

	if (!tree)
		return -ENOMEM;
	walk_run(&wk, ts_tree_root_node(tree));
	wk.enter = print_enter;
	wk.leave = print_leave;
	wk.ctx = &pc;
	wk.depth = 0;
	walk_run(&wk, ts_tree_root_node(tree));
	if (pc.started)
		buf_putc(out, '\n');
	free(wk.stack);
	free(bound.slot);
	ts_tree_delete(tree);
	return out->overflow ? -ENOMEM : 0;
}

void shape_key(const char *text, size_t len, char out[SHAPE_KEY_SIZE])
{
	unsigned char h[crypto_hash_sha256_BYTES];

	crypto_hash_sha256(h, (const unsigned char *)text, len);
	for (int i = 0; i < 8; i++) {
		out[2 * i] = "0123456789abcdef"[h[i] >> 4];
		out[2 * i + 1] = "0123456789abcdef"[h[i] & 15];
	}
	out[SHAPE_KEY_SIZE - 1] = '\0';
}

int shape_of(const char *src, size_t len, const char *const *keep, char key[SHAPE_KEY_SIZE],
	     struct buf *text)
{
	struct buf mine = BUF_INIT;
	struct buf *b = text ? text : &mine;
	size_t from = b->len;
	int rc = shape_normalise(src, len, keep, b);

	if (rc == 0)
		shape_key(b->data ? b->data + from : "", b->len - from, key);
	buf_free(&mine);
	return rc;
}

int shape_normalise_prose(const char *src, size_t len, struct buf *out)
{
	int word = 0, any = 0;

	for (size_t i = 0; i < len; i++) {
		unsigned char ch = (unsigned char)src[i];

		if (isalnum(ch) || ch >= 0x80 || ch == '\'') {
			if (!word && any)
				buf_putc(out, ' ');
			buf_putc(out, (char)tolower(ch));
			word = any = 1;
		} else {
			word = 0;
		}
	}
	if (any)
		buf_putc(out, '\n');
	return out->overflow ? -ENOMEM : 0;
}

/* The name a top-level statement defines, if it is one we keep. */
static TSNode defined_name(TSNode stmt)
{
	const char *t = ts_node_type(stmt);
	TSNode none = { 0 };

	if (is(t, "decorated_definition"))
		return defined_name(ts_node_child_by_field_name(stmt, "definition", 10));
	if (is(t, "function_definition") || is(t, "class_definition"))
		return ts_node_child_by_field_name(stmt, "name", 4);
	if (is(t, "expression_statement") && ts_node_named_child_count(stmt) == 1) {
		TSNode a = ts_node_named_child(stmt, 0);
		TSNode left = ts_node_child_by_field_name(a, "left", 4);

		if (is(ts_node_type(a), "assignment") && is(ts_node_type(left), "identifier"))
			return left;
	}
	return none;
}

char **shape_module_names(const char *src, size_t len)
{
	TSTree *tree = syntax_parse(LANG_PYTHON, src, len);
	TSNode root;
	char **names;
	uint32_t n, k = 0;

	if (!tree)
		return NULL;
	root = ts_tree_root_node(tree);
	n = ts_node_named_child_count(root);
	names = xcalloc((size_t)n + 1, sizeof(*names));
	for (uint32_t i = 0; i < n; i++) {
		TSNode name = defined_name(ts_node_named_child(root, i));

		if (!ts_node_is_null(name) && ts_node_end_byte(name) > ts_node_start_byte(name))
			names[k++] = xstrndup(src + ts_node_start_byte(name),
					      ts_node_end_byte(name) - ts_node_start_byte(name));
	}
	ts_tree_delete(tree);
	return names;
}

void shape_names_free(char **names)
{
	for (size_t i = 0; names && names[i]; i++)
		free(names[i]);
	free(names);
}

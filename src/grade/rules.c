/* Loading rule files (see rules.h, docs/rules.md).  libyaml's document API
 * keeps every node's line, so each problem is reported where the author can
 * fix it; the loader goes on after a problem to report all of them. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>
#include "grade/rules.h"
#include "util/buf.h"
#include "util/fsutil.h"
#include "util/text.h"
#include "util/xalloc.h"
#include "util/banned.h"

#define RULES_FILE_MAX (1u << 20)
#define CATEGORY_MAX 16

struct category {
	char *name;
	char *criterion;	/* NULL: "off", the exercise ignores this habit */
	int line;
	int used;
};

/* A habit an exercise rule stands in for (`replaces:`), so one finding is
 * not reported twice in two wordings. */
struct replaced {
	char *habit;
	char *by;	/* the exercise rule's id */
	int line;
	int found;	/* the habits file has it */
};

struct loader {
	yaml_document_t doc;
	const char *path;
	struct diags *diags;
	struct ruleset *rs;
	int errors;
	int habits;		/* loading the habits file */
	struct category cats[CATEGORY_MAX];
	size_t ncats;
	struct replaced *replaced;	/* habits the exercise's rules replace */
	size_t nreplaced;
};

static void problem(struct loader *l, const yaml_node_t *node, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int node_line(const yaml_node_t *node)
{
	return node ? (int)node->start_mark.line + 1 : 0;
}

static void problem(struct loader *l, const yaml_node_t *node, const char *fmt, ...)
{
	struct buf b;
	va_list ap;

	buf_init(&b, 4096);
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	diags_add(l->diags, l->path, node_line(node), "%s", buf_str(&b));
	buf_free(&b);
	l->errors++;
}

static yaml_node_t *ynode(struct loader *l, int id)
{
	return yaml_document_get_node(&l->doc, id);
}

static const char *yscalar(const yaml_node_t *node)
{
	return node && node->type == YAML_SCALAR_NODE ? (const char *)node->data.scalar.value : NULL;
}

static const char *ystring(struct loader *l, yaml_node_t *node, const char *key)
{
	const char *s = yscalar(node);

	if (!s || !*s)
		problem(l, node, "`%s` must be a non-empty text", key);
	return s && *s ? s : NULL;
}

/* Does a pair of MAP before P have the key NAME? */
static int key_seen(struct loader *l, yaml_node_t *map, yaml_node_pair_t *p, const char *name)
{
	for (yaml_node_pair_t *q = map->data.mapping.pairs.start; q < p; q++) {
		const char *other = yscalar(ynode(l, q->key));

		if (other && strcmp(other, name) == 0)
			return 1;
	}
	return 0;
}

/* Calls FN for each key of a mapping; KEYS lists the known ones. */
typedef void (*key_fn)(struct loader *l, const char *key, yaml_node_t *value, void *ctx);

static void each_key(struct loader *l, yaml_node_t *map, const char *what,
		     const char *const *keys, key_fn fn, void *ctx)
{
	if (!map || map->type != YAML_MAPPING_NODE) {
		problem(l, map, "%s must be a mapping (`key: value` lines)", what);
		return;
	}
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top; p++) {
		yaml_node_t *k = ynode(l, p->key);
		const char *name = yscalar(k);
		size_t i;

		if (name && key_seen(l, map, p, name)) {
			problem(l, k, "`%s` is given twice in %s; keep one", name, what);
			continue;
		}

		for (i = 0; name && keys[i]; i++)
			if (strcmp(keys[i], name) == 0)
				break;
		if (!name || !keys[i]) {
			const char *near = name ? text_nearest(name, keys) : NULL;

			problem(l, k, "unknown key `%s` in %s%s%s%s", name ? name : "?", what,
				near ? "; did you mean `" : "", near ? near : "", near ? "`?" : "");
			continue;
		}
		fn(l, name, ynode(l, p->value), ctx);
	}
}

static char **string_list(struct loader *l, yaml_node_t *node, const char *key, size_t *n)
{
	char **out;

	*n = 0;
	if (!node || node->type != YAML_SEQUENCE_NODE) {
		if (yscalar(node)) {
			out = xcalloc(1, sizeof(*out));
			out[(*n)++] = xstrdup(yscalar(node));
			return out;
		}
		problem(l, node, "`%s` must be a list of texts", key);
		return NULL;
	}
	out = xcalloc((size_t)(node->data.sequence.items.top - node->data.sequence.items.start) + 1,
		      sizeof(*out));
	for (yaml_node_item_t *it = node->data.sequence.items.start; it < node->data.sequence.items.top; it++) {
		const char *s = ystring(l, ynode(l, *it), key);

		if (s)
			out[(*n)++] = xstrdup(s);
	}
	return out;
}

static void free_strings(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* NODE names a criterion by its id ({#id} in lesson.md).  Returns the
 * exercise's copy of its title, or NULL after reporting it. */
static char *criterion_title(struct loader *l, yaml_node_t *node)
{
	const char *id = ystring(l, node, "criterion");
	const char *near;

	if (!id)
		return NULL;
	for (size_t i = 0; i < l->rs->ncriteria; i++)
		if (strcmp(l->rs->ids[i], id) == 0)
			return l->rs->criteria[i];
	near = text_nearest(id, (const char *const *)l->rs->ids);
	if (near)
		problem(l, node, "no criterion with id `%s` in this exercise; did you mean `%s`? "
			"(a criterion's id is the {#id} that ends its line in lesson.md)", id, near);
	else
		problem(l, node, "no criterion with id `%s` in this exercise; name one by the {#id} "
			"that ends its line in lesson.md", id);
	return NULL;
}

/* Templates. */

static void piece_add(struct template *t, struct piece p)
{
	t->pieces = xrealloc(t->pieces, (t->count + 1) * sizeof(*t->pieces));
	t->pieces[t->count++] = p;
}

static void text_piece(struct template *t, struct buf *lit)
{
	if (lit->len == 0)
		return;
	piece_add(t, (struct piece){ .kind = PIECE_TEXT, .text = xstrdup(buf_str(lit)) });
	buf_reset(lit);
}

static int is_name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || c == '-' || c == '.';
}

/* Length of a placeholder "{name}" or "{name|filter}" at S, or 0. */
static size_t placeholder_len(const char *s)
{
	size_t i = 1;

	while (is_name_char(s[i]))
		i++;
	if (i == 1)
		return 0;
	if (s[i] == '|') {
		size_t j = ++i;

		while (is_name_char(s[i]))
			i++;
		if (i == j)
			return 0;
	}
	return s[i] == '}' ? i + 1 : 0;
}

/* Resolves NAME to a group number of R's regex; -1 if none. */
static int group_index(const struct rule *r, const char *name)
{
	char *end;
	long g = strtol(name, &end, 10);

	/* The engine keeps groups 0-9 of a match. */
	return *end || end == name || g < 0 || g > 9 || (size_t)g > r->regex.re_nsub ? -1 : (int)g;
}

static void template_placeholder(struct loader *l, yaml_node_t *node, struct rule *r,
				 const char *s, size_t len)
{
	char *name = xstrndup(s + 1, len - 2);
	char *bar = strchr(name, '|');
	struct piece p = { .kind = r->has_regex ? PIECE_GROUP : PIECE_CAPTURE };
	int index;

	if (bar) {
		*bar++ = '\0';
		if (strcmp(bar, "snake") == 0)
			p.filter = FILTER_SNAKE;
		else if (strcmp(bar, "py") == 0)
			p.filter = FILTER_PY;
		else
			problem(l, node, "rule `%s`: unknown filter `|%s` in {%s|%s}; use `|snake` "
				"(camelCase to snake_case) or `|py` (null/true/false to None/True/False)",
				r->id, bar, name, bar);
	}
	if (!r->has_regex) {
		p.text = name;	/* resolved once the queries are compiled */
		piece_add(&r->message, p);
		return;
	}
	index = group_index(r, name);
	if (index < 0)
		problem(l, node, "rule `%s`: {%s} is not a group of the regex; use {0} for the "
			"whole match or {1}..{%zu}", r->id, name,
			r->regex.re_nsub < 9 ? r->regex.re_nsub : (size_t)9);
	p.index = index < 0 ? 0 : (uint32_t)index;
	piece_add(&r->message, p);
	free(name);
}

static void template_compile(struct loader *l, yaml_node_t *node, struct rule *r, const char *s)
{
	struct buf lit;

	buf_init(&lit, 0);
	while (*s) {
		size_t n = *s == '{' ? placeholder_len(s) : 0;

		if (s[0] == '{' && s[1] == '{') {
			buf_putc(&lit, '{');
			s += 2;
		} else if (n) {
			text_piece(&r->message, &lit);
			template_placeholder(l, node, r, s, n);
			s += n;
		} else {
			buf_putc(&lit, *s++);
		}
	}
	text_piece(&r->message, &lit);
	buf_free(&lit);
}

/* Rules. */

struct rule_nodes {
	yaml_node_t *id, *criterion, *category, *mode, *query, *regex, *at, *inside,
		*not_inside, *replaces, *message;
};

static void rule_key(struct loader *l, const char *key, yaml_node_t *value, void *ctx)
{
	struct rule_nodes *n = ctx;

	(void)l;
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
	else n->message = value;
}

/* First line of a scalar's text in the file: block scalars (| and >) start
 * on the line after their indicator. */
static int scalar_first_line(const yaml_node_t *node)
{
	int style = node->data.scalar.style;

	return node_line(node) + (style == YAML_LITERAL_SCALAR_STYLE ||
				  style == YAML_FOLDED_SCALAR_STYLE);
}

/* Compiles SRC, a query whose first line is line FIRST_LINE of the file;
 * reports a mistake at its line in the file.  Returns NULL on error. */
static struct syntax_query *query_compile_text(struct loader *l, const char *src, int first_line,
					       const char *what)
{
	struct syntax_query *q = NULL;
	char err[256];
	int qline = 1, qcol = 1, used = 0;

	if (syntax_query_new(&q, LANG_PYTHON, src, strlen(src), err, sizeof(err)) == 0)
		return q;
	if (sscanf(err, "line %d, column %d: %n", &qline, &qcol, &used) == 2 && used > 0)
		diags_add(l->diags, l->path, first_line + qline - 1,
			  "%s: %s (query line %d, column %d); check the parentheses and the node "
			  "and field names against tree-sitter-python's grammar", what,
			  err + used, qline, qcol);
	else
		diags_add(l->diags, l->path, first_line, "%s: %s in the query", what, err);
	l->errors++;
	return NULL;
}

static struct syntax_query *query_compile(struct loader *l, yaml_node_t *node, const char *what)
{
	const char *src = ystring(l, node, "query");

	return src ? query_compile_text(l, src, scalar_first_line(node), what) : NULL;
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

static void regex_compile(struct loader *l, yaml_node_t *node, struct rule *r)
{
	const char *text = ystring(l, node, "regex");
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
		problem(l, node, "rule `%s`: bad regular expression: %s (POSIX extended syntax: "
			"escape ( ) . * + ? [ with a backslash to match them literally)", r->id, msg);
		return;
	}
	r->has_regex = 1;
}

static void rule_at(struct loader *l, yaml_node_t *node, struct rule *r)
{
	const char *s = ystring(l, node, "at");

	r->at = -1;
	r->at_line = node_line(node);
	if (!s || (!r->has_query && !r->has_regex))
		return;
	if (r->has_query) {
		r->at_name = xstrdup(s[0] == '@' ? s + 1 : s);	/* resolved with the query */
		return;
	}
	r->at = group_index(r, s);
	if (r->at < 0)
		problem(l, node, "rule `%s`: `at: %s` names no group of the regex (use 1, 2, ...)",
			r->id, s);
}

static void rule_criterion(struct loader *l, const struct rule_nodes *n, struct rule *r, int *skip)
{
	const char *cat;

	if (!l->habits) {
		if (n->category)
			problem(l, n->category, "rule `%s`: `category` belongs in the course habits "
				"file; an exercise rule names its `criterion`", r->id);
		if (!n->criterion)
			problem(l, n->id, "rule `%s` needs `criterion:` (a title of the exercise)", r->id);
		else
			r->criterion = criterion_title(l, n->criterion);
		return;
	}
	cat = n->category ? ystring(l, n->category, "category") : NULL;
	if (!cat) {
		problem(l, n->id, "habit `%s` needs `category:` (e.g. naming, syntax)", r->id);
		return;
	}
	for (size_t i = 0; i < l->ncats; i++) {
		if (strcmp(l->cats[i].name, cat) == 0) {
			l->cats[i].used = 1;
			r->criterion = l->cats[i].criterion;
			*skip = !r->criterion;
			return;
		}
	}
	diags_add(l->diags, l->rs->path, 0, "`habits:` does not map category `%s` (used by "
		  "habit `%s`, %s:%d, and maybe more); add `%s: <criterion title>` or `%s: off`",
		  cat, r->id, l->path, node_line(n->category), cat, cat);
	l->errors++;
	*skip = 1;
	if (l->ncats < CATEGORY_MAX) {
		/* Said once: later habits of the category are skipped quietly. */
		struct category *c = &l->cats[l->ncats++];

		c->name = xstrdup(cat);
		c->criterion = NULL;
		c->used = 1;
	}
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
	free_strings(r->inside, r->ninside);
	free_strings(r->not_inside, r->nnot_inside);
	template_free(&r->message);
}

static int rule_id_taken(const struct ruleset *rs, const char *id)
{
	for (size_t i = 0; i < rs->nrules; i++)
		if (strcmp(rs->rules[i].id, id) == 0)
			return 1;
	return 0;
}

static void rule_mode(struct loader *l, yaml_node_t *node, struct rule *r)
{
	const char *m = ystring(l, node, "mode");

	if (m && strcmp(m, "require") == 0)
		r->mode = RULE_REQUIRE;
	else if (m && strcmp(m, "forbid") != 0)
		problem(l, node, "rule `%s`: `mode` is `forbid` (a match fails) or `require` "
			"(no match fails), not `%s`", r->id, m);
}

/* Keeps a query for the combined compilation (combine_queries). */
static void rule_query(struct rule *r, yaml_node_t *node)
{
	r->has_query = 1;
	r->query_source = xstrdup(yscalar(node));
	r->query_line = scalar_first_line(node);
}

/* `replaces: [habit-id, ...]` on an exercise rule: those habits are left
 * out of this exercise (checked against the habits file once it is read). */
static void rule_replaces(struct loader *l, yaml_node_t *node, const char *id)
{
	size_t n = 0;
	char **ids;

	if (l->habits) {
		problem(l, node, "habit `%s`: only an exercise's rules can say `replaces:`", id);
		return;
	}
	ids = string_list(l, node, "replaces", &n);
	l->replaced = xrealloc(l->replaced, (l->nreplaced + n + 1) * sizeof(*l->replaced));
	for (size_t i = 0; i < n; i++)
		l->replaced[l->nreplaced++] = (struct replaced){ ids[i], xstrdup(id), node_line(node), 0 };
	free(ids);
}

static int habit_replaced(struct loader *l, const char *id)
{
	int hit = 0;

	for (size_t i = 0; i < l->nreplaced; i++)
		if (strcmp(l->replaced[i].habit, id) == 0)
			hit = l->replaced[i].found = 1;
	return hit;
}

/* Every replaced habit must exist: a typo would silently report both.
 * Frees the list; says nothing unless REPORT. */
static void check_replaced(struct loader *l, const char *habits_path, int report)
{
	for (size_t i = 0; i < l->nreplaced; i++) {
		if (report && !l->replaced[i].found && habits_path)
			diags_add(l->diags, l->rs->path, l->replaced[i].line, "rule `%s` replaces `%s`, "
				  "but %s has no habit with that id", l->replaced[i].by, l->replaced[i].habit,
				  habits_path);
		else if (report && !l->replaced[i].found)
			diags_add(l->diags, l->rs->path, l->replaced[i].line, "rule `%s` replaces `%s`, "
				  "but the course has no habits file", l->replaced[i].by, l->replaced[i].habit);
		free(l->replaced[i].habit);
		free(l->replaced[i].by);
	}
	free(l->replaced);
}

static void parse_rule(struct loader *l, yaml_node_t *node)
{
	static const char *const keys[] = { "id", "criterion", "category", "mode", "query",
		"regex", "at", "inside", "not-inside", "replaces", "message", NULL };
	struct rule_nodes n = { 0 };
	struct rule r = { .at = -1, .line = node_line(node) };
	int errors = l->errors, skip = 0;
	const char *id;

	each_key(l, node, "a rule", keys, rule_key, &n);
	if (l->errors > errors)
		return;
	id = n.id ? ystring(l, n.id, "id") : NULL;
	if (!id) {
		problem(l, node, "a rule needs an `id:` (short, unique: e.g. `no-gather`)");
		return;
	}
	if (rule_id_taken(l->rs, id))
		problem(l, n.id, "rule id `%s` is used twice; ids must be unique across the "
			"exercise and the habits file", id);
	r.id = xstrdup(id);
	r.source = xstrdup(l->path);
	rule_criterion(l, &n, &r, &skip);
	if (n.replaces)
		rule_replaces(l, n.replaces, id);
	if (l->habits && habit_replaced(l, id))
		skip = 1;
	if (n.mode)
		rule_mode(l, n.mode, &r);
	if (!!n.query == !!n.regex)
		problem(l, node, "rule `%s` needs exactly one of `query:` (tree-sitter) and "
			"`regex:` (on code lines, strings and comments blanked)", r.id);
	else if (n.query && ystring(l, n.query, "query"))
		rule_query(&r, n.query);
	else if (n.regex)
		regex_compile(l, n.regex, &r);
	if (n.at)
		rule_at(l, n.at, &r);
	if ((n.inside || n.not_inside) && n.regex)
		problem(l, n.inside ? n.inside : n.not_inside, "rule `%s`: `inside` and `not-inside` "
			"need a `query:` (a regex sees lines, not the tree)", r.id);
	if (n.inside)
		r.inside = string_list(l, n.inside, "inside", &r.ninside);
	if (n.not_inside)
		r.not_inside = string_list(l, n.not_inside, "not-inside", &r.nnot_inside);
	if (!n.message)
		problem(l, node, "rule `%s` needs a `message:` saying what a Python developer "
			"writes instead", r.id);
	else if (ystring(l, n.message, "message") && (r.has_query || r.has_regex))
		template_compile(l, n.message, &r, yscalar(n.message));
	r.message_line = node_line(n.message);
	if (l->errors > errors || skip) {
		rule_free(&r);
		return;
	}
	l->rs->rules = xrealloc(l->rs->rules, (l->rs->nrules + 1) * sizeof(*l->rs->rules));
	l->rs->rules[l->rs->nrules++] = r;
}

static void parse_rules(struct loader *l, yaml_node_t *node)
{
	if (!node || node->type != YAML_SEQUENCE_NODE) {
		problem(l, node, "`rules` must be a list of rules (lines starting with `- id: ...`)");
		return;
	}
	for (yaml_node_item_t *it = node->data.sequence.items.start; it < node->data.sequence.items.top; it++)
		parse_rule(l, ynode(l, *it));
}

/* Concept rules (free text). */

static void phrase_word_add(struct phrase *p, const char *text, size_t len, int prefix, int gap)
{
	struct phrase_word *w;

	p->words = xrealloc(p->words, (p->count + 1) * sizeof(*p->words));
	w = &p->words[p->count++];
	w->text = gap ? NULL : xstrndup(text, len);
	w->prefix = prefix;
	w->gap = gap;
}

static int word_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* Splits one whitespace-separated word of a phrase the way answers are
 * split (letters and digits; apostrophes dropped), "*" kept on the last. */
static void phrase_split_word(struct phrase *p, const char *w, size_t len)
{
	char tok[64];
	size_t n = 0;

	for (size_t i = 0; i <= len; i++) {
		char c = i < len ? w[i] : ' ';

		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c == '\'')
			continue;
		if (word_char(c) && n < sizeof(tok) - 1) {
			tok[n++] = c;
			continue;
		}
		if (n)
			phrase_word_add(p, tok, n, c == '*', 0);
		n = 0;
	}
}

static int phrase_compile(struct phrase *p, const char *src)
{
	const char *s = src;

	memset(p, 0, sizeof(*p));
	p->source = xstrdup(src);
	while (*s) {
		size_t len = strcspn(s, " \t\n");

		if (len == 3 && strncmp(s, "...", 3) == 0)
			phrase_word_add(p, NULL, 0, 0, 1);
		else if (len)
			phrase_split_word(p, s, len);
		s += len;
		s += strspn(s, " \t\n");
	}
	if (p->count == 0 || p->words[0].gap || p->words[p->count - 1].gap)
		return -EINVAL;
	return 0;
}

static void phrase_free(struct phrase *p)
{
	for (size_t i = 0; i < p->count; i++)
		free(p->words[i].text);
	free(p->words);
	free(p->source);
}

static void concept_free(struct concept *c)
{
	free(c->id);
	free(c->label);
	free(c->missing);
	for (size_t i = 0; i < c->nphrases; i++)
		phrase_free(&c->phrases[i]);
	free(c->phrases);
}

struct concept_nodes {
	yaml_node_t *id, *criterion, *label, *phrases, *message;
};

static void concept_key(struct loader *l, const char *key, yaml_node_t *value, void *ctx)
{
	struct concept_nodes *n = ctx;

	(void)l;
	if (!strcmp(key, "id")) n->id = value;
	else if (!strcmp(key, "criterion")) n->criterion = value;
	else if (!strcmp(key, "label")) n->label = value;
	else if (!strcmp(key, "phrases")) n->phrases = value;
	else n->message = value;
}

static void concept_phrases(struct loader *l, yaml_node_t *node, struct concept *c)
{
	size_t n;
	char **texts = string_list(l, node, "phrases", &n);

	c->phrases = xcalloc(n + 1, sizeof(*c->phrases));
	for (size_t i = 0; i < n; i++) {
		if (phrase_compile(&c->phrases[c->nphrases], texts[i]) < 0) {
			problem(l, node, "`%s`: phrase \"%s\" has no words, or starts or ends with "
				"`...` (a gap goes between words: \"always ... async\")", c->id, texts[i]);
			phrase_free(&c->phrases[c->nphrases]);
			continue;
		}
		c->nphrases++;
	}
	if (n == 0)
		problem(l, node, "`%s` needs at least one phrase", c->id);
	free_strings(texts, n);
}

static void parse_concept(struct loader *l, yaml_node_t *node, int contradiction)
{
	static const char *const idea_keys[] = { "id", "criterion", "label", "phrases", "missing", NULL };
	static const char *const contra_keys[] = { "id", "criterion", "label", "phrases", "message", NULL };
	struct concept_nodes n = { 0 };
	struct concept c = { .contradiction = contradiction, .line = node_line(node) };
	const char *what = contradiction ? "a contradiction" : "an idea";
	int errors = l->errors;

	each_key(l, node, what, contradiction ? contra_keys : idea_keys, concept_key, &n);
	if (l->errors > errors)
		return;
	if (!n.id || !n.criterion || !n.phrases || !n.message || (!contradiction && !n.label)) {
		problem(l, node, "%s needs `id`, `criterion`, %s`phrases` and `%s`", what,
			contradiction ? "" : "`label`, ", contradiction ? "message" : "missing");
		return;
	}
	c.id = xstrdup(ystring(l, n.id, "id") ? yscalar(n.id) : "?");
	c.criterion = criterion_title(l, n.criterion);
	if (n.label && ystring(l, n.label, "label"))
		c.label = xstrdup(yscalar(n.label));
	if (ystring(l, n.message, contradiction ? "message" : "missing"))
		c.missing = xstrdup(yscalar(n.message));
	concept_phrases(l, n.phrases, &c);
	if (l->errors > errors) {
		concept_free(&c);
		return;
	}
	l->rs->concepts = xrealloc(l->rs->concepts, (l->rs->nconcepts + 1) * sizeof(*l->rs->concepts));
	l->rs->concepts[l->rs->nconcepts++] = c;
}

static void parse_concepts(struct loader *l, yaml_node_t *node, int contradiction)
{
	if (!node || node->type != YAML_SEQUENCE_NODE) {
		problem(l, node, "`%s` must be a list", contradiction ? "contradictions" : "ideas");
		return;
	}
	for (yaml_node_item_t *it = node->data.sequence.items.start; it < node->data.sequence.items.top; it++)
		parse_concept(l, ynode(l, *it), contradiction);
}

static void min_words_key(struct loader *l, const char *key, yaml_node_t *value, void *ctx)
{
	const char *s = ystring(l, value, key);

	(void)ctx;
	if (!s)
		return;
	if (!strcmp(key, "words")) {
		char *end;
		long n = strtol(s, &end, 10);

		if (*end || n < 1 || n > 10000)
			problem(l, value, "`words` must be a whole number from 1 to 10000");
		else
			l->rs->min_words = (int)n;
	} else if (!strcmp(key, "criterion")) {
		l->rs->min_words_criterion = criterion_title(l, value);
	} else {
		free(l->rs->min_words_message);
		l->rs->min_words_message = xstrdup(s);
	}
}

static void parse_min_words(struct loader *l, yaml_node_t *node)
{
	static const char *const keys[] = { "words", "criterion", "message", NULL };

	each_key(l, node, "`min-words`", keys, min_words_key, NULL);
	if (l->rs->min_words && (!l->rs->min_words_criterion || !l->rs->min_words_message))
		problem(l, node, "`min-words` needs `words`, `criterion` and `message`");
}

/* The files. */

static void habits_map_key(struct loader *l, yaml_node_t *k, yaml_node_t *v)
{
	struct category *c;
	const char *name = yscalar(k), *title = yscalar(v);

	if (!name || !title) {
		problem(l, k, "`habits` maps a category name to a criterion title or `off`");
		return;
	}
	if (l->ncats == CATEGORY_MAX) {
		problem(l, k, "more than %d habit categories", CATEGORY_MAX);
		return;
	}
	c = &l->cats[l->ncats++];
	c->name = xstrdup(name);
	c->line = node_line(k);
	c->criterion = strcmp(title, "off") == 0 ? NULL : criterion_title(l, v);
	if (strcmp(title, "off") != 0 && !c->criterion)
		c->name[0] = '\0';	/* reported; keep habits of it from piling up messages */
}

static void parse_habits_map(struct loader *l, yaml_node_t *node)
{
	if (!node || node->type != YAML_MAPPING_NODE) {
		problem(l, node, "`habits` must map each habit category to a criterion title, "
			"e.g. `naming: \"Keeps names and return shapes Pythonic\"`");
		return;
	}
	for (yaml_node_pair_t *p = node->data.mapping.pairs.start; p < node->data.mapping.pairs.top; p++)
		habits_map_key(l, ynode(l, p->key), ynode(l, p->value));
}

static void parse_enum(struct loader *l, yaml_node_t *node, const char *key,
		       const char *const *names, const int *values, int *out)
{
	const char *s = ystring(l, node, key);

	for (size_t i = 0; s && names[i]; i++) {
		if (strcmp(s, names[i]) == 0) {
			*out = values[i];
			return;
		}
	}
	if (s)
		problem(l, node, "`%s: %s` is not one of: %s%s%s", key, s, names[0],
			names[1] ? ", " : "", names[1] ? names[1] : "");
}

static void top_key(struct loader *l, const char *key, yaml_node_t *value, void *ctx)
{
	static const char *const langs[] = { "python", "text", NULL };
	static const int lang_values[] = { 1, 0 };
	static const char *const sources[] = { "answer", "comments", NULL };
	static const int source_values[] = { TEXT_ANSWER, TEXT_COMMENTS };
	struct ruleset *rs = l->rs;
	int v;

	(void)ctx;
	if (!strcmp(key, "exercise")) {
		ystring(l, value, key);
	} else if (!strcmp(key, "language")) {
		v = rs->code;
		parse_enum(l, value, key, langs, lang_values, &v);
		rs->code = v;
	} else if (!strcmp(key, "text")) {
		v = (int)rs->text;
		parse_enum(l, value, key, sources, source_values, &v);
		rs->text = (enum text_source)v;
	} else if (!strcmp(key, "anchor")) {
		rs->anchor = query_compile(l, value, "anchor");
	} else if (!strcmp(key, "habits")) {
		parse_habits_map(l, value);
	} else if (!strcmp(key, "hints")) {
		free_strings(rs->hints, rs->nhints);
		rs->hints = string_list(l, value, key, &rs->nhints);
	} else if (!strcmp(key, "rules")) {
		parse_rules(l, value);
	} else if (!strcmp(key, "ideas") || !strcmp(key, "contradictions")) {
		parse_concepts(l, value, key[0] == 'c');
	} else {
		parse_min_words(l, value);
	}
}

static void habits_top_key(struct loader *l, const char *key, yaml_node_t *value, void *ctx)
{
	(void)key;
	(void)ctx;
	parse_rules(l, value);
}

/* Parses TEXT as one YAML document into L->doc.  Returns 0 or -EINVAL. */
static int load_document(struct loader *l, const char *text, size_t len)
{
	yaml_parser_t parser;
	int rc = 0;

	yaml_parser_initialize(&parser);
	yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
	if (!yaml_parser_load(&parser, &l->doc)) {
		diags_add(l->diags, l->path, (int)parser.problem_mark.line + 1,
			  "not valid YAML: %s%s%s (check indentation, and quote texts holding "
			  "`: ` or starting with a backtick or `{`)", parser.problem ? parser.problem : "error",
			  parser.context ? " " : "", parser.context ? parser.context : "");
		l->errors++;
		rc = -EINVAL;
	} else if (!yaml_document_get_root_node(&l->doc)) {
		diags_add(l->diags, l->path, 0, "the file is empty");
		yaml_document_delete(&l->doc);
		l->errors++;
		rc = -EINVAL;
	}
	yaml_parser_delete(&parser);
	return rc;
}

static void parse_exercise_file(struct loader *l, const char *text, size_t len)
{
	static const char *const keys[] = { "exercise", "language", "text", "anchor", "habits",
		"hints", "rules", "ideas", "contradictions", "min-words", NULL };

	l->path = l->rs->path;
	if (load_document(l, text, len) < 0)
		return;
	each_key(l, yaml_document_get_root_node(&l->doc), "the rule file", keys, top_key, NULL);
	yaml_document_delete(&l->doc);
	if (!l->rs->code && l->rs->text == TEXT_NONE)
		l->rs->text = TEXT_ANSWER;
	if (!l->rs->code && l->rs->nrules)
		problem(l, NULL, "`rules` (code patterns) need `language: python`; a free-text "
			"exercise uses `ideas` and `contradictions`");
}

static void parse_habits_file(struct loader *l, const char *text, size_t len, const char *path)
{
	static const char *const keys[] = { "rules", NULL };

	l->path = path;
	l->habits = 1;
	if (load_document(l, text, len) < 0)
		return;
	each_key(l, yaml_document_get_root_node(&l->doc), "the habits file", keys, habits_top_key, NULL);
	yaml_document_delete(&l->doc);
	l->path = l->rs->path;
	for (size_t i = 0; i < l->ncats; i++)
		if (!l->cats[i].used && l->cats[i].name[0])
			diags_add(l->diags, l->rs->path, l->cats[i].line, "`habits:` maps `%s`, but "
				  "no habit in %s has that category", l->cats[i].name, path);
}

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
static void resolve_captures(struct loader *l, struct rule *r, const TSQuery *q)
{
	const char *path = l->path;

	l->path = r->source;
	if (!rule_has_captures(q, r))
		diags_add(l->diags, l->path, r->query_line, "rule `%s`: the query captures nothing; "
			  "name the node the message is about, e.g. `(call) @call`", r->id), l->errors++;
	for (size_t i = 0; i < r->message.count; i++) {
		struct piece *p = &r->message.pieces[i];
		int id;

		if (p->kind != PIECE_CAPTURE)
			continue;
		id = rule_capture(q, r, p->text);
		if (id < 0)
			diags_add(l->diags, l->path, r->message_line, "rule `%s`: {%s} names no capture "
				  "of the query; add `@%s` to the query or write {{ for a literal brace",
				  r->id, p->text, p->text), l->errors++;
		p->index = id < 0 ? 0 : (uint32_t)id;
	}
	if (r->at_name) {
		r->at = rule_capture(q, r, r->at_name);
		if (r->at < 0)
			diags_add(l->diags, l->path, r->at_line, "rule `%s`: `at: %s` names no capture "
				  "of the query (use @name)", r->id, r->at_name), l->errors++;
	}
	l->path = path;
}

/* After a failed combined compilation: compiles each query alone, which
 * reports the faulty ones at their lines. */
static void report_queries(struct loader *l)
{
	const char *path = l->path;
	size_t errors = (size_t)l->errors;

	for (size_t i = 0; i < l->rs->nrules; i++) {
		struct rule *r = &l->rs->rules[i];

		if (!r->has_query)
			continue;
		l->path = r->source;
		syntax_query_free(query_compile_text(l, r->query_source, r->query_line, r->id));
	}
	l->path = path;
	if ((size_t)l->errors == errors)
		problem(l, NULL, "the queries compile one by one but not together; please report this");
}

/* Assigns each pattern of Q to the rule whose text holds it (patterns are
 * numbered in the order of the text, rules' texts are laid end to end). */
static void assign_patterns(struct ruleset *rs, const TSQuery *q, const size_t *ends)
{
	uint32_t n = ts_query_pattern_count(q);

	rs->pattern_rule = xcalloc(n + 1, sizeof(*rs->pattern_rule));
	for (uint32_t p = 0, k = 0; p < n; p++) {
		uint32_t at = ts_query_start_byte_for_pattern(q, p);

		while (k < rs->nrules && (!rs->rules[k].has_query || at >= ends[k]))
			k++;
		if (k == rs->nrules)
			break;
		if (rs->rules[k].npatterns++ == 0)
			rs->rules[k].first_pattern = p;
		rs->pattern_rule[p] = k;
	}
}

/* What the regexes must not see (static_code_view blanks the same nodes). */
#define BLANK_PATTERN "[(string) (comment)] @idiom.blank"

/* Compiles every query rule as one query: tree-sitter's query compilation
 * costs about a millisecond per query whatever its size, and one pass over
 * the tree serves every rule and finds what the regexes must not see. */
static void combine_queries(struct loader *l)
{
	struct ruleset *rs = l->rs;
	size_t *ends = xcalloc(rs->nrules + 1, sizeof(*ends));
	struct buf src;
	char err[256];

	int regexes = 0;

	buf_init(&src, 0);
	for (size_t i = 0; i < rs->nrules; i++) {
		if (rs->rules[i].has_query) {
			buf_puts(&src, rs->rules[i].query_source);
			buf_putc(&src, '\n');
		}
		regexes |= rs->rules[i].has_regex;
		ends[i] = src.len;
	}
	/* Last, so the rules' pattern numbers do not move. */
	if (regexes)
		buf_puts(&src, BLANK_PATTERN "\n");
	if (src.len == 0)
		goto cleanup;
	if (syntax_query_new(&rs->combined, LANG_PYTHON, buf_str(&src), src.len, err, sizeof(err)) < 0) {
		report_queries(l);
		goto cleanup;
	}
	assign_patterns(rs, syntax_query_ts(rs->combined), ends);
	if (regexes)
		rs->blank_pattern = ts_query_pattern_count(syntax_query_ts(rs->combined)) - 1;
	for (size_t i = 0; i < rs->nrules; i++) {
		if (!rs->rules[i].has_query)
			continue;
		if (rs->rules[i].npatterns == 0) {
			diags_add(l->diags, rs->rules[i].source, rs->rules[i].query_line,
				  "rule `%s`: the query holds no pattern", rs->rules[i].id);
			l->errors++;
			continue;
		}
		resolve_captures(l, &rs->rules[i], syntax_query_ts(rs->combined));
	}
cleanup:
	buf_free(&src);
	free(ends);
}

void rules_free(struct ruleset *rs)
{
	if (!rs)
		return;
	for (size_t i = 0; i < rs->nrules; i++)
		rule_free(&rs->rules[i]);
	free(rs->rules);
	for (size_t i = 0; i < rs->nconcepts; i++)
		concept_free(&rs->concepts[i]);
	free(rs->concepts);
	syntax_query_free(rs->anchor);
	syntax_query_free(rs->combined);
	free(rs->pattern_rule);
	free(rs->min_words_message);
	free_strings(rs->hints, rs->nhints);
	free_strings(rs->criteria, rs->ncriteria);
	free_strings(rs->ids, rs->ncriteria);
	free(rs->path);
	free(rs);
}

int rules_parse(struct ruleset **out, const char *text, size_t len, const char *rules_path,
		const char *habits_text, size_t habits_len, const char *habits_path,
		const struct criterion *criteria, size_t n, struct diags *diags)
{
	struct loader l = { .diags = diags };
	struct ruleset *rs = xcalloc(1, sizeof(*rs));
	size_t before = diags->count;

	rs->path = xstrdup(rules_path);
	rs->blank_pattern = RULES_NO_PATTERN;
	rs->criteria = xcalloc(n + 1, sizeof(*rs->criteria));
	rs->ids = xcalloc(n + 1, sizeof(*rs->ids));
	for (size_t i = 0; i < n; i++) {
		rs->criteria[rs->ncriteria] = xstrdup(criteria[i].title);
		rs->ids[rs->ncriteria++] = xstrdup(criteria[i].id ? criteria[i].id : "");
	}
	l.rs = rs;
	parse_exercise_file(&l, text, len);
	if (habits_text && rs->code && l.errors == 0)
		parse_habits_file(&l, habits_text, habits_len, habits_path);
	/* Past other errors the habits were not read: nothing to check. */
	check_replaced(&l, habits_text ? habits_path : NULL, l.errors == 0);
	for (size_t i = 0; i < l.ncats; i++)
		free(l.cats[i].name);
	*out = NULL;
	combine_queries(&l);	/* also when other problems were found: report them all */
	if (l.errors || diags->count > before) {
		rules_free(rs);
		return -EINVAL;
	}
	*out = rs;
	return 0;
}

int rules_load(struct ruleset **out, const char *rules_path, const char *habits_path,
	       const struct criterion *criteria, size_t n, struct diags *diags)
{
	char *text = NULL, *habits = NULL;
	size_t len = 0, hlen = 0;
	int rc;

	*out = NULL;
	rc = fs_read_file(rules_path, RULES_FILE_MAX, &text, &len);
	if (rc < 0) {
		diags_add(diags, rules_path, 0, "cannot read the rule file: %s", strerror(-rc));
		goto cleanup;
	}
	if (habits_path) {
		rc = fs_read_file(habits_path, RULES_FILE_MAX, &habits, &hlen);
		if (rc < 0) {
			diags_add(diags, habits_path, 0, "cannot read the habits file: %s", strerror(-rc));
			goto cleanup;
		}
	}
	rc = rules_parse(out, text, len, rules_path, habits, hlen, habits_path, criteria, n, diags);
cleanup:
	free(text);
	free(habits);
	return rc;
}

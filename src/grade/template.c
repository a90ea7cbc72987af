/* Message templates (see template.h): compiled once from a rule's
 * `message:`, rendered per finding; placeholders take capture or group
 * text, optionally through a filter that turns the JavaScript spelling into
 * the Python one. */
#include <stdlib.h>
#include <string.h>
#include "grade/template.h"
#include "util/buf.h"
#include "util/xalloc.h"
#include "util/banned.h"

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

int template_group_index(const char *name, size_t nsub)
{
	char *end;
	long g = strtol(name, &end, 10);

	/* The engine keeps groups 0-9 of a match. */
	return *end || end == name || g < 0 || g > 9 || (size_t)g > nsub ? -1 : (int)g;
}

static void placeholder(struct template *t, const char *s, size_t len, long groups,
			const char *id, struct yamldoc *d, yaml_node_t *node)
{
	char *name = xstrndup(s + 1, len - 2);
	char *bar = strchr(name, '|');
	struct piece p = { .kind = groups >= 0 ? PIECE_GROUP : PIECE_CAPTURE };
	int index;

	if (bar) {
		*bar++ = '\0';
		if (strcmp(bar, "snake") == 0)
			p.filter = FILTER_SNAKE;
		else if (strcmp(bar, "py") == 0)
			p.filter = FILTER_PY;
		else
			yamldoc_problem(d, node, "rule `%s`: unknown filter `|%s` in {%s|%s}; use `|snake` "
				"(camelCase to snake_case) or `|py` (null/true/false to None/True/False)",
				id, bar, name, bar);
	}
	if (groups < 0) {
		p.text = name;	/* resolved once the queries are compiled */
		piece_add(t, p);
		return;
	}
	index = template_group_index(name, (size_t)groups);
	if (index < 0)
		yamldoc_problem(d, node, "rule `%s`: {%s} is not a group of the regex; use {0} for the "
			"whole match or {1}..{%ld}", id, name, groups < 9 ? groups : 9L);
	p.index = index < 0 ? 0 : (uint32_t)index;
	piece_add(t, p);
	free(name);
}

void template_compile(struct template *t, const char *s, long groups, const char *id,
		      struct yamldoc *d, yaml_node_t *node)
{
	struct buf lit;

	buf_init(&lit, 0);
	while (*s) {
		size_t n = *s == '{' ? placeholder_len(s) : 0;

		if (s[0] == '{' && s[1] == '{') {
			buf_putc(&lit, '{');
			s += 2;
		} else if (n) {
			text_piece(t, &lit);
			placeholder(t, s, n, groups, id, d, node);
			s += n;
		} else {
			buf_putc(&lit, *s++);
		}
	}
	text_piece(t, &lit);
	buf_free(&lit);
}

void template_free(struct template *t)
{
	for (size_t i = 0; i < t->count; i++)
		free(t->pieces[i].text);
	free(t->pieces);
}

void text_snake_case(const char *in, struct buf *out)
{
	for (size_t i = 0; in[i]; i++) {
		char c = in[i];

		if (c >= 'A' && c <= 'Z') {
			int after_lower = i > 0 && ((in[i - 1] >= 'a' && in[i - 1] <= 'z') ||
						    (in[i - 1] >= '0' && in[i - 1] <= '9'));
			int before_lower = i > 0 && in[i + 1] >= 'a' && in[i + 1] <= 'z' &&
					   in[i - 1] >= 'A' && in[i - 1] <= 'Z';

			if (after_lower || before_lower)
				buf_putc(out, '_');
			c = (char)(c - 'A' + 'a');
		}
		buf_putc(out, c);
	}
}

static void render_py(const char *text, struct buf *out)
{
	static const char *const map[][2] = {
		{ "null", "None" }, { "undefined", "None" }, { "true", "True" }, { "false", "False" },
		{ "NaN", "float(\"nan\")" }, { "this", "self" },
	};

	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
		if (strcmp(text, map[i][0]) == 0) {
			buf_puts(out, map[i][1]);
			return;
		}
	}
	buf_puts(out, text);
}

void template_render(const struct template *t, template_get_fn get, void *ctx, struct buf *out)
{
	for (size_t i = 0; i < t->count; i++) {
		const struct piece *p = &t->pieces[i];
		const char *text;

		if (p->kind == PIECE_TEXT) {
			buf_puts(out, p->text);
			continue;
		}
		text = get(p->index, ctx);
		if (!text)
			buf_puts(out, "…");
		else if (p->filter == FILTER_SNAKE)
			text_snake_case(text, out);
		else if (p->filter == FILTER_PY)
			render_py(text, out);
		else
			buf_puts(out, text);
	}
}

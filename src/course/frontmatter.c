/* Lesson front matter; see frontmatter.h.  Every field is required and typed,
 * and unknown fields are refused, so a typo is reported rather than ignored. */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "course/frontmatter.h"
#include "util/text.h"
#include "util/yamldoc.h"
#include "util/xalloc.h"
#include "util/banned.h"

enum field { F_NUMBER, F_SLUG, F_TITLE, F_MINUTES, F_SUMMARY, F_COUNT };

static const char *const field_names[F_COUNT + 1] = {
	"number", "slug", "title", "minutes", "summary", NULL
};

static const char *const field_hints[F_COUNT] = {
	"number: 4", "slug: async", "title: \"...\"", "minutes: 25", "summary: ...",
};

struct fm_state {
	struct yamldoc doc;
	struct frontmatter *fm;
	int seen[F_COUNT];	/* line of each field met, 0 when not met */
	int bad;
};

/* Finds the closing `---` line.  Returns the offset of its start, or -1. */
static long find_closing(const char *text, size_t len, size_t from)
{
	size_t i = from;

	while (i < len) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - text) : len;
		size_t n = end - i;

		if (n > 0 && text[end - 1] == '\r')
			n--;
		if (n == 3 && memcmp(text + i, "---", 3) == 0)
			return (long)i;
		i = end + 1;
	}
	return -1;
}

static int count_lines(const char *text, size_t len)
{
	int n = 0;

	for (size_t i = 0; i < len; i++)
		n += text[i] == '\n';
	return n;
}

static int parse_int(const char *s, int lo, int hi, int *out)
{
	char *end;
	long v;

	if (!isdigit((unsigned char)s[0]))
		return -EINVAL;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || *end || v < lo || v > hi)
		return -EINVAL;
	*out = (int)v;
	return 0;
}

static int valid_slug(const char *s)
{
	if (!s[0] || s[0] == '-')
		return 0;
	for (; *s; s++)
		if (!islower((unsigned char)*s) && !isdigit((unsigned char)*s) && *s != '-')
			return 0;
	return 1;
}

static void set_field(struct fm_state *st, enum field f, yaml_node_t *node)
{
	struct frontmatter *fm = st->fm;
	const char *value = yamldoc_scalar(node);

	switch (f) {
	case F_NUMBER:
		if (parse_int(value, 1, 99, &fm->number) == 0)
			return;
		yamldoc_problem(&st->doc, node,
				"'number' must be a whole number from 1 to 99, not '%s'", value);
		break;
	case F_MINUTES:
		if (parse_int(value, 1, 240, &fm->minutes) == 0)
			return;
		yamldoc_problem(&st->doc, node, "'minutes' must be the estimated minutes, a whole "
				"number from 1 to 240, not '%s'", value);
		break;
	case F_SLUG:
		if (valid_slug(value)) {
			fm->slug = xstrdup(value);
			return;
		}
		yamldoc_problem(&st->doc, node, "'slug' must be lower-case letters, digits and "
				"dashes (like 'async'), not '%s'", value);
		break;
	case F_TITLE:
	case F_SUMMARY:
		if (value[0]) {
			*(f == F_TITLE ? &fm->title : &fm->summary) = xstrdup(value);
			return;
		}
		yamldoc_problem(&st->doc, node, "'%s' is empty; write the lesson's %s",
				field_names[f], field_names[f]);
		break;
	case F_COUNT:
		break;
	}
	st->bad = 1;
}

/* The field KEY names, or F_COUNT after reporting why it names none.  Not
 * yamldoc_each_key: these messages predate it and authors know them. */
static int field_of(struct fm_state *st, yaml_node_t *key)
{
	const char *name = yamldoc_scalar(key);
	const char *near;
	int f;

	if (!name) {
		yamldoc_problem(&st->doc, key, "front-matter keys must be plain words");
		return F_COUNT;
	}
	for (f = 0; f < F_COUNT && strcmp(name, field_names[f]) != 0; f++)
		;
	if (f == F_COUNT) {
		near = text_nearest(name, field_names);
		yamldoc_problem(&st->doc, key, "unknown front-matter field '%s'%s%s%s; the fields "
				"are number, slug, title, minutes and summary",
				name, near ? " (did you mean '" : "", near ? near : "", near ? "'?)" : "");
	} else if (st->seen[f]) {
		yamldoc_problem(&st->doc, key, "front-matter field '%s' is given twice (first at "
				"line %d); keep one", name, st->seen[f]);
		f = F_COUNT;
	}
	return f;
}

static void take_pair(struct fm_state *st, yaml_node_pair_t *pair)
{
	yaml_node_t *key = yamldoc_node(&st->doc, pair->key);
	yaml_node_t *value = yamldoc_node(&st->doc, pair->value);
	int f = field_of(st, key);

	if (f == F_COUNT) {
		st->bad = 1;
		return;
	}
	st->seen[f] = yamldoc_line(&st->doc, key);
	if (!yamldoc_scalar(value)) {
		yamldoc_problem(&st->doc, key, "front-matter field '%s' must be a single value, not "
				"a list or mapping", field_names[f]);
		st->bad = 1;
		return;
	}
	set_field(st, (enum field)f, value);
}

static void read_mapping(struct fm_state *st, int close_line)
{
	yaml_node_t *root = yamldoc_root(&st->doc);

	if (root->type != YAML_MAPPING_NODE) {
		diags_add(st->doc.diags, st->doc.path, st->doc.first_line, "front matter must be "
			  "'field: value' lines (number, slug, title, minutes, summary)");
		st->bad = 1;
		return;
	}
	for (yaml_node_pair_t *p = root->data.mapping.pairs.start;
	     p < root->data.mapping.pairs.top; p++)
		take_pair(st, p);
	for (int f = 0; f < F_COUNT; f++) {
		if (!st->seen[f]) {
			diags_add(st->doc.diags, st->doc.path, close_line,
				  "front matter lacks '%s'; add a line like '%s' before the closing '---'",
				  field_names[f], field_hints[f]);
			st->bad = 1;
		}
	}
}

static void parse_yaml(struct fm_state *st, const char *path, const char *yaml, size_t len,
		       int close_line, struct diags *diags)
{
	if (yamldoc_load_as(&st->doc, "front matter", path, 2, yaml, len, diags) < 0)
		st->bad = 1;
	else
		read_mapping(st, close_line);
	if (st->doc.problems)
		st->bad = 1;
	yamldoc_free(&st->doc);
}

int frontmatter_parse(const char *text, size_t len, const char *path,
		      struct frontmatter *fm, struct diags *diags)
{
	struct fm_state st = { .fm = fm };
	size_t open_len = len >= 4 && memcmp(text, "---\n", 4) == 0 ? 4
			  : len >= 5 && memcmp(text, "---\r\n", 5) == 0 ? 5 : 0;
	long close;
	size_t body;

	memset(fm, 0, sizeof(*fm));
	if (!open_len) {
		diags_add(diags, path, 1, "a lesson starts with front matter: a '---' line, the fields "
			  "number, slug, title, minutes and summary, then another '---' line");
		return -EINVAL;
	}
	close = find_closing(text, len, open_len);
	if (close < 0) {
		diags_add(diags, path, 1, "front matter is not closed; add a '---' line after its last field");
		return -EINVAL;
	}
	body = (size_t)close + 3;
	while (body < len && (text[body] == '\r' || text[body] == '\n'))
		body++;
	parse_yaml(&st, path, text + open_len, (size_t)close - open_len,
		   count_lines(text, (size_t)close) + 1, diags);
	fm->body_offset = body;
	fm->body_line = count_lines(text, body) + 1;
	if (st.bad) {
		frontmatter_release(fm);
		return -EINVAL;
	}
	return 0;
}

void frontmatter_release(struct frontmatter *fm)
{
	free(fm->slug);
	free(fm->title);
	free(fm->summary);
	fm->slug = fm->title = fm->summary = NULL;
}

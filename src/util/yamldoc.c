/* YAML documents with line-numbered problems (see yamldoc.h).  libyaml's
 * document API keeps every node's start mark, which is what lets each
 * problem name the line an author must fix. */
#include "util/yamldoc.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "util/buf.h"
#include "util/text.h"
#include "util/xalloc.h"
#include "util/banned.h"

int yamldoc_load(struct yamldoc *d, const char *path, int first_line,
		 const char *text, size_t len, struct diags *diags)
{
	return yamldoc_load_as(d, NULL, path, first_line, text, len, diags);
}

int yamldoc_load_as(struct yamldoc *d, const char *what, const char *path, int first_line,
		    const char *text, size_t len, struct diags *diags)
{
	yaml_parser_t parser;
	int rc = 0;

	memset(d, 0, sizeof(*d));
	d->path = path;
	d->first_line = first_line > 0 ? first_line : 1;
	d->diags = diags;
	yaml_parser_initialize(&parser);
	yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
	if (!yaml_parser_load(&parser, &d->doc)) {
		diags_add(diags, path, (int)parser.problem_mark.line + d->first_line,
			  "%s%snot valid YAML: %s%s%s (check indentation, and quote texts holding "
			  "`: ` or starting with a backtick or `{`)",
			  what ? what : "", what ? " is " : "", parser.problem ? parser.problem : "error",
			  parser.context ? " " : "", parser.context ? parser.context : "");
		d->problems++;
		rc = -EINVAL;
	} else {
		d->loaded = 1;
		if (!yaml_document_get_root_node(&d->doc)) {
			if (what)
				diags_add(diags, path, d->first_line, "%s is empty", what);
			else
				diags_add(diags, path, 0, "the file is empty");
			d->problems++;
			rc = -EINVAL;
		}
	}
	yaml_parser_delete(&parser);
	return rc;
}

void yamldoc_free(struct yamldoc *d)
{
	if (d->loaded)
		yaml_document_delete(&d->doc);
	d->loaded = 0;
}

yaml_node_t *yamldoc_root(struct yamldoc *d)
{
	return d->loaded ? yaml_document_get_root_node(&d->doc) : NULL;
}

yaml_node_t *yamldoc_node(struct yamldoc *d, int id)
{
	return d->loaded ? yaml_document_get_node(&d->doc, id) : NULL;
}

int yamldoc_line(const struct yamldoc *d, const yaml_node_t *node)
{
	return node ? (int)node->start_mark.line + d->first_line : 0;
}

void yamldoc_problem(struct yamldoc *d, const yaml_node_t *node, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diags_vadd(d->diags, d->path, yamldoc_line(d, node), fmt, ap);
	va_end(ap);
	d->problems++;
}

const char *yamldoc_scalar(const yaml_node_t *node)
{
	return node && node->type == YAML_SCALAR_NODE ? (const char *)node->data.scalar.value : NULL;
}

const char *yamldoc_string(struct yamldoc *d, yaml_node_t *node, const char *key)
{
	const char *s = yamldoc_scalar(node);

	if (s && *s)
		return s;
	yamldoc_problem(d, node, "`%s` must be a non-empty text", key);
	return NULL;
}

yaml_node_t *yamldoc_get(struct yamldoc *d, yaml_node_t *map, const char *key)
{
	if (!map || map->type != YAML_MAPPING_NODE)
		return NULL;
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top; p++) {
		const char *k = yamldoc_scalar(yamldoc_node(d, p->key));

		if (k && strcmp(k, key) == 0)
			return yamldoc_node(d, p->value);
	}
	return NULL;
}

/* Does a pair of MAP before P have the key NAME? */
static int key_seen(struct yamldoc *d, yaml_node_t *map, yaml_node_pair_t *p, const char *name)
{
	for (yaml_node_pair_t *q = map->data.mapping.pairs.start; q < p; q++) {
		const char *other = yamldoc_scalar(yamldoc_node(d, q->key));

		if (other && strcmp(other, name) == 0)
			return 1;
	}
	return 0;
}

static int known(const char *name, const char *const *keys)
{
	for (size_t i = 0; keys[i]; i++)
		if (strcmp(keys[i], name) == 0)
			return 1;
	return 0;
}

static void unknown_key(struct yamldoc *d, yaml_node_t *k, const char *name, const char *what,
			const char *const *keys)
{
	const char *near = name ? text_nearest(name, keys) : NULL;

	yamldoc_problem(d, k, "unknown key `%s` in %s%s%s%s", name ? name : "?", what,
			near ? "; did you mean `" : "", near ? near : "", near ? "`?" : "");
}

void yamldoc_each_key(struct yamldoc *d, yaml_node_t *map, const char *what,
		      const char *const *keys, yamldoc_key_fn fn, void *ctx)
{
	if (!map || map->type != YAML_MAPPING_NODE) {
		yamldoc_problem(d, map, "%s must be a mapping (`key: value` lines)", what);
		return;
	}
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yamldoc_node(d, p->key);
		const char *name = yamldoc_scalar(k);

		if (name && key_seen(d, map, p, name)) {
			yamldoc_problem(d, k, "`%s` is given twice in %s; keep one", name, what);
			continue;
		}
		if (!name || !known(name, keys)) {
			unknown_key(d, k, name, what, keys);
			continue;
		}
		fn(ctx, name, yamldoc_node(d, p->value));
	}
}

char **yamldoc_strings(struct yamldoc *d, yaml_node_t *node, const char *key, size_t *n)
{
	char **out;

	*n = 0;
	if (yamldoc_scalar(node) && *yamldoc_scalar(node)) {
		out = xcalloc(2, sizeof(*out));
		out[(*n)++] = xstrdup(yamldoc_scalar(node));
		return out;
	}
	if (!node || node->type != YAML_SEQUENCE_NODE) {
		yamldoc_problem(d, node, "`%s` must be a list of texts", key);
		return NULL;
	}
	out = xcalloc((size_t)(node->data.sequence.items.top - node->data.sequence.items.start) + 1,
		      sizeof(*out));
	for (yaml_node_item_t *it = node->data.sequence.items.start; it < node->data.sequence.items.top; it++) {
		const char *s = yamldoc_string(d, yamldoc_node(d, *it), key);

		if (s)
			out[(*n)++] = xstrdup(s);
	}
	return out;
}

void yamldoc_strings_free(char **v)
{
	if (!v)
		return;
	for (size_t i = 0; v[i]; i++)
		free(v[i]);
	free(v);
}

int yamldoc_enum(struct yamldoc *d, yaml_node_t *node, const char *key, const char *const *names)
{
	const char *s = yamldoc_string(d, node, key);
	struct buf list;

	if (!s)
		return -EINVAL;	/* yamldoc_string reported it */
	for (int i = 0; names[i]; i++)
		if (strcmp(names[i], s) == 0)
			return i;
	buf_init(&list, 4096);
	for (size_t i = 0; names[i]; i++)
		buf_printf(&list, "%s%s", i ? ", " : "", names[i]);
	yamldoc_problem(d, node, "`%s: %s` is not one of: %s", key, s, buf_str(&list));
	buf_free(&list);
	return -EINVAL;
}

int yamldoc_int(struct yamldoc *d, yaml_node_t *node, const char *key, long min, long max,
		long *out)
{
	const char *s = yamldoc_scalar(node);
	char *end;
	long v;

	if (s && *s) {
		errno = 0;
		v = strtol(s, &end, 10);
		if (!errno && !*end && v >= min && v <= max) {
			*out = v;
			return 0;
		}
	}
	yamldoc_problem(d, node, "`%s` must be a whole number from %ld to %ld", key, min, max);
	return -EINVAL;
}

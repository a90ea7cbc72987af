/* Criterion id markers (see criterion_id.h).  cmark-gfm leaves `{#id}` as
 * plain text, so the marker is found in the block's last text node and cut
 * from it; an emptied node and the line break before it go too. */
#include "course/criterion_id.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "util/limits.h"
#include "util/xalloc.h"
#include "util/banned.h"

int criterion_id_valid(const char *id)
{
	size_t n = strlen(id);

	if (n == 0 || n > IDIOM_CRITERION_ID_MAX || id[0] == '-' || id[n - 1] == '-')
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (id[i] == '-' && id[i + 1] == '-')
			return 0;
		if (id[i] != '-' && !islower((unsigned char)id[i]) && !isdigit((unsigned char)id[i]))
			return 0;
	}
	return 1;
}

/* The last leaf of BLOCK's inline content (descending into the last child
 * of lists, items, paragraphs and emphasis), or NULL. */
static cmark_node *last_leaf(cmark_node *block)
{
	cmark_node *n = block;

	while (cmark_node_last_child(n))
		n = cmark_node_last_child(n);
	return n == block ? NULL : n;
}

/* Drops NODE when the cut left it empty, then a soft break before it and
 * the spaces that ended the text before that. */
static void tidy_after_cut(cmark_node *node)
{
	const char *lit = cmark_node_get_literal(node);
	cmark_node *prev;
	size_t n;
	char *copy;

	if (lit && *lit)
		return;
	prev = cmark_node_previous(node);
	cmark_node_free(node);
	if (prev && (cmark_node_get_type(prev) == CMARK_NODE_SOFTBREAK ||
		     cmark_node_get_type(prev) == CMARK_NODE_LINEBREAK)) {
		cmark_node *before = cmark_node_previous(prev);

		cmark_node_free(prev);
		prev = before;
	}
	if (!prev || cmark_node_get_type(prev) != CMARK_NODE_TEXT)
		return;
	lit = cmark_node_get_literal(prev);
	n = strlen(lit);
	while (n > 0 && lit[n - 1] == ' ')
		n--;
	copy = xstrndup(lit, n);
	cmark_node_set_literal(prev, copy);
	free(copy);
}

int criterion_id_take(cmark_node *block, char **id)
{
	cmark_node *leaf = last_leaf(block);
	const char *lit = leaf && cmark_node_get_type(leaf) == CMARK_NODE_TEXT
			  ? cmark_node_get_literal(leaf) : NULL;
	const char *open = lit ? strstr(lit, "{#") : NULL;
	const char *close;
	size_t keep;
	char *rest;
	int rc;

	*id = NULL;
	if (!open)
		return -ENOENT;
	close = strchr(open, '}');
	*id = xstrndup(open + 2, close ? (size_t)(close - open - 2) : strlen(open + 2));
	rc = close && close[1] != '\0' ? -ERANGE : close && criterion_id_valid(*id) ? 0 : -EINVAL;
	keep = (size_t)(open - lit);
	while (keep > 0 && lit[keep - 1] == ' ')
		keep--;
	rest = xstrndup(lit, keep);
	cmark_node_set_literal(leaf, rest);
	free(rest);
	tidy_after_cut(leaf);
	return rc;
}

void criterion_id_suggest(const char *title, char *out, size_t size)
{
	size_t n = 0;
	int words = 0, in_word = 0;

	for (const char *p = title; *p && words <= 3 && n + 2 < size; p++) {
		if (isalnum((unsigned char)*p)) {
			if (!in_word && words == 3)
				break;
			if (!in_word && n)
				out[n++] = '-';
			words += !in_word;
			in_word = 1;
			out[n++] = (char)tolower((unsigned char)*p);
		} else {
			in_word = 0;
		}
	}
	out[n] = '\0';
	if (n == 0)
		snprintf(out, size, "criterion");
}

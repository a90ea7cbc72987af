/* The grammars idiom knows, their parsers and their highlight queries. */
#include <errno.h>
#include <string.h>
#include "syntax/syntax.h"
#include "embedded.h"
#include "util/banned.h"

const TSLanguage *tree_sitter_python(void);
const TSLanguage *tree_sitter_javascript(void);

static const struct {
	const char *name;
	const char *alias;
	const char *highlights;
} langs[LANG_COUNT] = {
	[LANG_PYTHON] = { "python", "py", "tree-sitter-python/queries/highlights.scm" },
	[LANG_JAVASCRIPT] = { "javascript", "js", "tree-sitter-javascript/queries/highlights.scm" },
};

/* One parser per language, kept for the life of the process: creating one
 * costs more than parsing a short answer. */
static TSParser *parsers[LANG_COUNT];

int syntax_lang_from_name(const char *name, enum syntax_lang *out)
{
	for (int i = 0; i < LANG_COUNT; i++) {
		if (strcmp(name, langs[i].name) == 0 || strcmp(name, langs[i].alias) == 0) {
			*out = (enum syntax_lang)i;
			return 0;
		}
	}
	return -ENOENT;
}

const char *syntax_lang_name(enum syntax_lang lang)
{
	return langs[lang].name;
}

const TSLanguage *syntax_language(enum syntax_lang lang)
{
	return lang == LANG_PYTHON ? tree_sitter_python() : tree_sitter_javascript();
}

TSTree *syntax_parse(enum syntax_lang lang, const char *src, size_t len)
{
	if (!parsers[lang]) {
		parsers[lang] = ts_parser_new();
		if (!parsers[lang] || !ts_parser_set_language(parsers[lang], syntax_language(lang)))
			return NULL;
	}
	return ts_parser_parse_string(parsers[lang], NULL, src, (uint32_t)len);
}

const char *syntax_highlight_source(enum syntax_lang lang)
{
	const struct embedded_file *f = embedded_find(langs[lang].highlights);

	return f ? f->data : "";
}

void syntax_walk(TSNode root, syntax_visit_fn fn, void *ctx)
{
	TSTreeCursor cur = ts_tree_cursor_new(root);
	int down = fn(root, ctx);

	/* Pre-order with a cursor: no recursion, no parent look-ups. */
	for (;;) {
		if (down && ts_tree_cursor_goto_first_child(&cur)) {
			down = fn(ts_tree_cursor_current_node(&cur), ctx);
			continue;
		}
		while (!ts_tree_cursor_goto_next_sibling(&cur)) {
			if (!ts_tree_cursor_goto_parent(&cur)) {
				ts_tree_cursor_delete(&cur);
				return;
			}
		}
		down = fn(ts_tree_cursor_current_node(&cur), ctx);
	}
}

int syntax_first_error_line(TSNode root)
{
	TSNode node = root;

	if (!ts_node_has_error(root))
		return 0;
	for (;;) {
		uint32_t n = ts_node_child_count(node);
		uint32_t i;

		if (ts_node_is_error(node) || ts_node_is_missing(node))
			break;
		for (i = 0; i < n; i++)
			if (ts_node_has_error(ts_node_child(node, i)))
				break;
		if (i == n)
			break;
		node = ts_node_child(node, i);
	}
	return (int)ts_node_start_point(node).row + 1;
}

/* The grammars idiom knows, their parsers and their highlight queries. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
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

/* One parser per language per thread, kept for the life of the thread:
 * creating one costs more than parsing a short answer, and a TSParser must
 * not be shared between threads (the web server grades on several). */
struct parsers {
	TSParser *of[LANG_COUNT];
};

static pthread_key_t parsers_key;
static pthread_once_t parsers_once = PTHREAD_ONCE_INIT;
static int parsers_key_ok;

static void parsers_free(void *p)
{
	struct parsers *ps = p;

	for (int i = 0; i < LANG_COUNT; i++)
		if (ps->of[i])
			ts_parser_delete(ps->of[i]);
	free(ps);
}

static void parsers_key_create(void)
{
	parsers_key_ok = pthread_key_create(&parsers_key, parsers_free) == 0;
}

/* This thread's parser for LANG, created on first use; NULL when out of
 * memory. */
static TSParser *parser_for(enum syntax_lang lang)
{
	struct parsers *ps;

	pthread_once(&parsers_once, parsers_key_create);
	if (!parsers_key_ok)
		return NULL;
	ps = pthread_getspecific(parsers_key);
	if (!ps) {
		if (!(ps = calloc(1, sizeof(*ps))) || pthread_setspecific(parsers_key, ps) != 0) {
			free(ps);
			return NULL;
		}
	}
	if (!ps->of[lang]) {
		ps->of[lang] = ts_parser_new();
		if (ps->of[lang] && !ts_parser_set_language(ps->of[lang], syntax_language(lang))) {
			ts_parser_delete(ps->of[lang]);
			ps->of[lang] = NULL;
		}
	}
	return ps->of[lang];
}

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
	TSParser *parser = parser_for(lang);

	return parser ? ts_parser_parse_string(parser, NULL, src, (uint32_t)len) : NULL;
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

/* The first ERROR or MISSING node under ROOT (ROOT itself when none). */
static TSNode first_error(TSNode root)
{
	TSNode node = root;

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
	return node;
}

int syntax_first_error_line(TSNode root)
{
	if (!ts_node_has_error(root))
		return 0;
	return (int)ts_node_start_point(first_error(root)).row + 1;
}

int syntax_first_error(TSNode root, char *detail, size_t cap)
{
	TSNode node;

	if (!ts_node_has_error(root))
		return 0;
	node = first_error(root);
	if (ts_node_is_missing(node) && ts_node_is_named(node))
		snprintf(detail, cap, "expected %s", ts_node_type(node));
	else if (ts_node_is_missing(node))
		snprintf(detail, cap, "expected '%s'", ts_node_type(node));
	else
		snprintf(detail, cap, "invalid syntax");
	return (int)ts_node_start_point(node).row + 1;
}

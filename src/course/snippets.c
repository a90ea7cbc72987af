/* Lesson code blocks that do not parse; see snippets.h. */
#include <string.h>
#include "course/snippets.h"
#include "syntax/syntax.h"
#include "util/banned.h"

static int check_block(const struct lesson *l, cmark_node *block, struct diags *diags)
{
	const char *name = md_code_language(block);
	const char *code = cmark_node_get_literal(block);
	enum syntax_lang lang;
	TSTree *tree;
	int line;

	if (!name || !code || syntax_lang_from_name(name, &lang) < 0)
		return 0;
	tree = syntax_parse(lang, code, strlen(code));
	line = tree ? syntax_first_error_line(ts_tree_root_node(tree)) : 0;
	ts_tree_delete(tree);
	if (line == 0)
		return 0;
	/* The fence is the block's first line; its code starts on the next. */
	diags_add(diags, l->path, cmark_node_get_start_line(block) + l->body_line - 1 + line,
		  "this %s does not parse; fix the code (a fragment must still be valid %s)",
		  name, name);
	return 1;
}

int snippets_check(const struct lesson *l, struct diags *diags)
{
	cmark_iter *it = cmark_iter_new(l->doc);
	cmark_event_type ev;
	int bad = 0;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);

		if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_CODE_BLOCK)
			bad += check_block(l, n, diags);
	}
	cmark_iter_free(it);
	return bad;
}

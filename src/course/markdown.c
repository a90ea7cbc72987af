/* Small readers over cmark-gfm nodes shared by the loader and the renderers. */
#include <string.h>
#include "course/lesson.h"
#include "util/buf.h"
#include "util/banned.h"

void md_inline_text(cmark_node *node, struct buf *out)
{
	for (cmark_node *c = cmark_node_first_child(node); c; c = cmark_node_next(c)) {
		const char *literal = cmark_node_get_literal(c);

		switch (cmark_node_get_type(c)) {
		case CMARK_NODE_TEXT:
		case CMARK_NODE_HTML_INLINE:
			buf_puts(out, literal ? literal : "");
			break;
		case CMARK_NODE_CODE:
			buf_putc(out, '`');
			buf_puts(out, literal ? literal : "");
			buf_putc(out, '`');
			break;
		case CMARK_NODE_SOFTBREAK:
		case CMARK_NODE_LINEBREAK:
			buf_putc(out, ' ');
			break;
		default:
			md_inline_text(c, out);
			break;
		}
	}
}

const char *md_code_language(cmark_node *code_block)
{
	static const char *const known[][2] = {
		{ "python", "python" }, { "py", "python" },
		{ "javascript", "javascript" }, { "js", "javascript" },
		{ "text", "text" },
	};
	const char *info = cmark_node_get_fence_info(code_block);
	size_t n;

	if (!info)
		return NULL;
	n = strcspn(info, " \t");
	for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		if (strlen(known[i][0]) == n && strncmp(info, known[i][0], n) == 0)
			return known[i][1];
	return NULL;
}

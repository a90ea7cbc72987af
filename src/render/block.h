/* Markdown blocks (cmark-gfm nodes) as terminal text: paragraphs wrapped,
 * lists with hanging indents, code highlighted and cut with a visible marker
 * instead of wrapped.  With colour off the output holds no escape codes at
 * all: control characters in the lesson's own text are replaced too. */
#ifndef IDIOM_BLOCK_H
#define IDIOM_BLOCK_H
#include <stddef.h>
#include <cmark-gfm.h>
#include "course/lesson.h"

struct buf;

struct block_style {
	size_t width;		/* columns of a whole line, indents included */
	const char *indent;	/* before every line of prose */
	const char *code_indent;	/* before every line of code */
	int colour;		/* non-zero: escape codes for styles */
};

/* The mark that opens the rest of a code line too long for its column. */
#define BLOCK_CONTINUATION "\xe2\x86\xaa "	/* "↪ " */

/* Appends the blocks of RANGE, one blank line between blocks; every line
 * ends with '\n', none with spaces.  An empty range appends nothing. */
void block_render_range(const struct block_range *range, const struct block_style *style,
			struct buf *out);

/* Appends one block node (paragraph, list, code block...) the same way. */
void block_render(cmark_node *node, const struct block_style *style, struct buf *out);

/* Appends the inline content of NODE (a paragraph, heading, item...) as one
 * line of text for wrap_text: code spans keep their backticks, links read
 * "text (url)", emphasis and strong show as styles only with COLOUR. */
void block_render_inline(cmark_node *node, int colour, struct buf *out);

/* Appends CODE[0..len) as code lines: tabs expanded, highlighted when COLOUR
 * and LANG ("python", "javascript") allow, each line prefixed with
 * STYLE->code_indent, and lines wider than STYLE->width cut (at a space when
 * one is near) with the rest on lines opened by BLOCK_CONTINUATION. */
void block_render_code(const char *code, size_t len, const char *lang,
		       const struct block_style *style, struct buf *out);

/* Appends TEXT[0..len) with every control character (C0, DEL and C1, ESC
 * included) replaced by a space, so a lesson's own text cannot send the
 * terminal commands. */
void block_put_clean(const char *text, size_t len, struct buf *out);

#endif

/* Markdown blocks as terminal text; see block.h.  Each block is rendered on
 * its own into a scratch buffer, so lists can put their marker on whatever
 * their item's first line turned out to be, and empty blocks (HTML comments)
 * leave no blank line behind. */
#include <stdio.h>
#include <string.h>
#include "render/block.h"
#include "render/highlight.h"
#include "render/wrap.h"
#include "syntax/syntax.h"
#include "util/buf.h"
#include "util/text.h"
#include "util/xalloc.h"
#include "util/banned.h"

#define SGR_RESET "\033[0m"
#define SGR_STRONG "\033[1m"
#define SGR_EMPH "\033[3m"
#define SGR_CODE "\033[36m"
#define SGR_LINK "\033[4m"
#define SGR_DIM "\033[2m"
#define SGR_STRIKE "\033[9m"
#define SGR_MARK "\033[36m"	/* bullets and list numbers */

#define BULLET "\xe2\x80\xa2"	/* "•" */
#define QUOTE_BAR "\xe2\x94\x82 "	/* "│ " */
#define CODE_MIN_ROOM 8	/* columns a code line keeps however narrow */
#define TAB_STOP 4

/* ---- text cleaning ---------------------------------------------------- */

void block_put_clean(const char *text, size_t len, struct buf *out)
{
	size_t i = 0;

	while (i < len) {
		unsigned char c = (unsigned char)text[i];

		if (c < 0x20 || c == 0x7f) {
			buf_putc(out, ' ');
			i++;
		} else if (c == 0xc2 && i + 1 < len && (unsigned char)text[i + 1] >= 0x80 &&
			   (unsigned char)text[i + 1] <= 0x9f) {
			buf_putc(out, ' ');	/* C1 control: CSI is one of them */
			i += 2;
		} else {
			buf_putc(out, (char)c);
			i++;
		}
	}
}

/* Code with tabs expanded to TAB_STOP, CRs dropped and other control
 * characters made spaces (newlines kept). */
static void code_clean(const char *code, size_t len, struct buf *out)
{
	size_t col = 0;

	for (size_t i = 0; i < len;) {
		size_t n;

		if (code[i] == '\n') {
			buf_putc(out, '\n');
			col = 0;
			i++;
		} else if (code[i] == '\t') {
			buf_pad(out, ' ', TAB_STOP - col % TAB_STOP);
			col += TAB_STOP - col % TAB_STOP;
			i++;
		} else if (code[i] == '\r') {
			i++;
		} else {
			n = text_utf8_len(code + i);
			n = n > len - i ? len - i : n;
			block_put_clean(code + i, n, out);
			col++;
			i += n;
		}
	}
}

/* Drops the spaces at the end of each line of B from byte FROM on. */
static void trim_lines(struct buf *b, size_t from)
{
	struct buf lines = BUF_INIT;
	size_t start = from;

	if (from >= b->len)
		return;
	for (size_t i = from; i < b->len; i++) {
		if (b->data[i] != '\n')
			continue;
		wrap_put_trimmed(b->data + start, i - start, &lines);
		buf_putc(&lines, '\n');
		start = i + 1;
	}
	buf_add(&lines, b->data + start, b->len - start);
	b->len = from;
	buf_add(b, buf_str(&lines), lines.len);
	buf_free(&lines);
}

/* ---- inlines ---------------------------------------------------------- */

#define STYLE_DEPTH 16

struct inline_ctx {
	int colour;
	struct buf *out;
	const char *stack[STYLE_DEPTH];
	int depth;
};

static void style_push(struct inline_ctx *c, const char *sgr)
{
	if (!c->colour)
		return;
	if (c->depth < STYLE_DEPTH)
		c->stack[c->depth] = sgr;
	c->depth++;
	buf_puts(c->out, sgr);
}

/* Closes the innermost style and reopens the ones around it. */
static void style_pop(struct inline_ctx *c)
{
	if (!c->colour)
		return;
	c->depth--;
	buf_puts(c->out, SGR_RESET);
	for (int i = 0; i < c->depth && i < STYLE_DEPTH; i++)
		buf_puts(c->out, c->stack[i]);
}

static void put_literal(struct inline_ctx *c, cmark_node *node)
{
	const char *s = cmark_node_get_literal(node);

	if (s)
		block_put_clean(s, strlen(s), c->out);
}

static void inline_children(struct inline_ctx *c, cmark_node *node);

/* "text (url)", or the url alone when the text is the url (autolinks). */
static void inline_link(struct inline_ctx *c, cmark_node *node)
{
	const char *url = cmark_node_get_url(node);
	struct buf text = BUF_INIT;
	int same;

	md_inline_text(node, &text);
	same = url && (strcmp(url, buf_str(&text)) == 0 ||
		       (strncmp(url, "mailto:", 7) == 0 && strcmp(url + 7, buf_str(&text)) == 0));
	buf_free(&text);
	style_push(c, SGR_LINK);
	inline_children(c, node);
	style_pop(c);
	if (!url || !*url || same)
		return;
	buf_puts(c->out, " (");
	style_push(c, SGR_DIM);
	block_put_clean(url, strlen(url), c->out);
	style_pop(c);
	buf_putc(c->out, ')');
}

static void inline_styled(struct inline_ctx *c, cmark_node *node, const char *sgr)
{
	style_push(c, sgr);
	inline_children(c, node);
	style_pop(c);
}

static void inline_node(struct inline_ctx *c, cmark_node *node)
{
	const char *ext = cmark_node_get_type_string(node);

	switch (cmark_node_get_type(node)) {
	case CMARK_NODE_TEXT:
	case CMARK_NODE_HTML_INLINE:
		put_literal(c, node);
		break;
	case CMARK_NODE_CODE:
		style_push(c, SGR_CODE);
		buf_putc(c->out, '`');
		put_literal(c, node);
		buf_putc(c->out, '`');
		style_pop(c);
		break;
	case CMARK_NODE_SOFTBREAK:
		buf_putc(c->out, ' ');
		break;
	case CMARK_NODE_LINEBREAK:
		buf_putc(c->out, '\n');
		break;
	case CMARK_NODE_EMPH:
		inline_styled(c, node, SGR_EMPH);
		break;
	case CMARK_NODE_STRONG:
		inline_styled(c, node, SGR_STRONG);
		break;
	case CMARK_NODE_LINK:
	case CMARK_NODE_IMAGE:
		inline_link(c, node);
		break;
	default:
		if (ext && strcmp(ext, "strikethrough") == 0)
			inline_styled(c, node, SGR_STRIKE);
		else if (cmark_node_first_child(node))
			inline_children(c, node);
		else
			put_literal(c, node);
		break;
	}
}

static void inline_children(struct inline_ctx *c, cmark_node *node)
{
	for (cmark_node *n = cmark_node_first_child(node); n; n = cmark_node_next(n))
		inline_node(c, n);
}

void block_render_inline(cmark_node *node, int colour, struct buf *out)
{
	struct inline_ctx c = { colour, out, { 0 }, 0 };

	inline_children(&c, node);
}

/* ---- code ------------------------------------------------------------- */

/* Bytes of S[0..n) to keep on a line of COLS columns: after the last space
 * in the second half of the line, else exactly COLS columns. */
static size_t code_cut(const char *s, size_t n, size_t cols)
{
	size_t cut = wrap_cut(s, n, cols);
	size_t p = cut;

	while (p > 0 && s[p - 1] != ' ')
		p--;
	if (p == 0 || text_width(s, p) < cols / 2)
		return cut;
	for (size_t i = 0; i < p; i++)	/* not only indentation before it */
		if (s[i] != ' ')
			return p;
	return cut;
}

static void put_marker(const struct block_style *st, struct buf *out)
{
	if (st->colour)
		buf_puts(out, SGR_DIM BLOCK_CONTINUATION SGR_RESET);
	else
		buf_puts(out, BLOCK_CONTINUATION);
}

static void put_code_line(const char *s, size_t n, size_t room,
			  const struct block_style *st, struct buf *out)
{
	struct wrap_sgr sgr = WRAP_SGR_INIT;
	size_t avail = room;

	if (n == 0) {
		buf_putc(out, '\n');
		return;
	}
	buf_puts(out, st->code_indent);
	while (text_width(s, n) > avail) {
		size_t cut = code_cut(s, n, avail);
		size_t keep = cut;

		while (keep > 0 && s[keep - 1] == ' ')
			keep--;
		buf_add(out, s, keep);
		wrap_sgr_scan(&sgr, s, cut);
		if (sgr.len)
			buf_puts(out, SGR_RESET);
		buf_putc(out, '\n');
		buf_puts(out, st->code_indent);
		put_marker(st, out);
		buf_add(out, sgr.active, sgr.len);
		s += cut;
		n -= cut;
		avail = room - text_width(BLOCK_CONTINUATION, strlen(BLOCK_CONTINUATION));
	}
	buf_add(out, s, n);
	buf_putc(out, '\n');
}

void block_render_code(const char *code, size_t len, const char *lang,
		       const struct block_style *style, struct buf *out)
{
	struct buf clean = BUF_INIT;
	struct highlight_lines lines;
	enum syntax_lang sl = LANG_PYTHON;
	int known = lang && syntax_lang_from_name(lang, &sl) == 0;
	size_t used = text_width(style->code_indent, strlen(style->code_indent));
	size_t room = style->width > used + CODE_MIN_ROOM ? style->width - used : CODE_MIN_ROOM;
	size_t from = out->len;

	code_clean(code, len, &clean);
	highlight_lines(sl, buf_str(&clean), clean.len, style->colour && known, &lines);
	for (size_t i = 0; i < lines.count; i++)
		put_code_line(lines.items[i].text, lines.items[i].len, room, style, out);
	highlight_lines_release(&lines);
	buf_free(&clean);
	trim_lines(out, from);
}

/* ---- blocks ----------------------------------------------------------- */

static void render_range_sep(cmark_node *first, cmark_node *end, int blank,
			     const struct block_style *st, struct buf *out);

static void render_wrapped(cmark_node *node, const char *sgr, const struct block_style *st,
			   struct buf *out)
{
	struct buf text = BUF_INIT;
	struct wrap_style ws = { st->width, st->indent, st->indent };

	if (st->colour && sgr)
		buf_puts(&text, sgr);
	block_render_inline(node, st->colour, &text);
	if (st->colour && sgr)
		buf_puts(&text, SGR_RESET);
	wrap_text(buf_str(&text), text.len, &ws, out);
	buf_free(&text);
}

static size_t list_length(cmark_node *list)
{
	size_t n = 0;

	for (cmark_node *i = cmark_node_first_child(list); i; i = cmark_node_next(i))
		n++;
	return n;
}

/* The marker of item NUMBER ("• " or " 9. "), coloured or not, and the
 * blanks as wide as it into PAD. */
static void list_marker(cmark_node *list, int number, int digits, int colour,
			struct buf *marker, struct buf *pad)
{
	char num[32];

	if (cmark_node_get_list_type(list) == CMARK_ORDERED_LIST)
		snprintf(num, sizeof(num), "%*d%c", digits, number,
			 cmark_node_get_list_delim(list) == CMARK_PAREN_DELIM ? ')' : '.');
	else
		snprintf(num, sizeof(num), "%s", BULLET);
	buf_puts(marker, colour ? SGR_MARK : "");
	buf_puts(marker, num);
	buf_puts(marker, colour ? SGR_RESET " " : " ");
	buf_pad(pad, ' ', text_width(num, strlen(num)) + 1);
}

static void render_item(cmark_node *item, int tight, const struct block_style *st,
			const char *marker, const char *pad, struct buf *out)
{
	char *indent = xasprintf("%s%s", st->indent, pad);
	char *code_indent = xasprintf("%s%s", st->code_indent, pad);
	struct block_style child = { st->width, indent, code_indent, st->colour };
	struct buf body = BUF_INIT;
	size_t skip = strlen(indent);

	render_range_sep(cmark_node_first_child(item), NULL, !tight, &child, &body);
	buf_puts(out, st->indent);
	buf_puts(out, marker);
	if (body.len >= skip && strncmp(body.data, indent, skip) == 0)
		buf_add(out, body.data + skip, body.len - skip);
	else
		buf_printf(out, "\n%s", buf_str(&body));
	buf_free(&body);
	free(indent);
	free(code_indent);
}

static void render_list(cmark_node *list, const struct block_style *st, struct buf *out)
{
	int tight = cmark_node_get_list_tight(list);
	int number = cmark_node_get_list_start(list);
	char last[32];
	int digits;

	snprintf(last, sizeof(last), "%d", number + (int)list_length(list) - 1);
	digits = (int)strlen(last);
	for (cmark_node *item = cmark_node_first_child(list); item;
	     item = cmark_node_next(item), number++) {
		struct buf marker = BUF_INIT, pad = BUF_INIT;

		if (!tight && item != cmark_node_first_child(list))
			buf_putc(out, '\n');
		list_marker(list, number, digits, st->colour, &marker, &pad);
		render_item(item, tight, st, buf_str(&marker), buf_str(&pad), out);
		buf_free(&marker);
		buf_free(&pad);
	}
}

/* The quote's blocks behind a bar, blank lines between them included. */
static void render_quote(cmark_node *quote, const struct block_style *st, struct buf *out)
{
	char *indent = xasprintf("%s%s%s%s", st->indent, st->colour ? SGR_DIM : "", QUOTE_BAR,
				 st->colour ? SGR_RESET : "");
	char *code_indent = xasprintf("%s  ", indent);
	struct block_style child = { st->width, indent, code_indent, st->colour };
	struct buf body = BUF_INIT;
	const char *s;

	render_range_sep(cmark_node_first_child(quote), NULL, 1, &child, &body);
	for (s = buf_str(&body); *s; s++) {
		buf_putc(out, *s);
		if (*s == '\n' && s[1] == '\n')
			buf_puts(out, indent);	/* its trailing space goes with trim_lines */
	}
	buf_free(&body);
	free(indent);
	free(code_indent);
}

/* A table as one wrapped line per row, cells between " | ". */
static void render_table(cmark_node *table, const struct block_style *st, struct buf *out)
{
	struct wrap_style ws = { st->width, st->indent, st->indent };

	for (cmark_node *row = cmark_node_first_child(table); row; row = cmark_node_next(row)) {
		const char *type = cmark_node_get_type_string(row);
		int header = type && strcmp(type, "table_header") == 0;
		struct buf text = BUF_INIT;

		if (st->colour && header)
			buf_puts(&text, SGR_STRONG);
		for (cmark_node *cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
			if (cell != cmark_node_first_child(row))
				buf_puts(&text, " | ");
			block_render_inline(cell, st->colour, &text);
		}
		if (st->colour && header)
			buf_puts(&text, SGR_RESET);
		wrap_text(buf_str(&text), text.len, &ws, out);
		buf_free(&text);
	}
}

static void render_html(cmark_node *node, const struct block_style *st, struct buf *out)
{
	const char *html = cmark_node_get_literal(node);

	if (!html)
		return;
	html += strspn(html, " \t\n");
	if (strncmp(html, "<!--", 4) == 0)
		return;	/* an author's note, not for learners */
	block_render_code(html, strlen(html), NULL, st, out);
}

static void render_other(cmark_node *node, const struct block_style *st, struct buf *out)
{
	const char *type = cmark_node_get_type_string(node);
	cmark_node *child = cmark_node_first_child(node);
	const char *literal = cmark_node_get_literal(node);
	struct wrap_style ws = { st->width, st->indent, st->indent };

	if (type && strcmp(type, "table") == 0)
		render_table(node, st, out);
	else if (child && (cmark_node_get_type(child) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_INLINE)
		render_wrapped(node, NULL, st, out);
	else if (child)
		render_range_sep(child, NULL, 1, st, out);
	else if (literal)
		wrap_text(literal, strlen(literal), &ws, out);
}

static void render_node(cmark_node *node, const struct block_style *st, struct buf *out)
{
	switch (cmark_node_get_type(node)) {
	case CMARK_NODE_PARAGRAPH:
		render_wrapped(node, NULL, st, out);
		break;
	case CMARK_NODE_HEADING:
		render_wrapped(node, SGR_STRONG, st, out);
		break;
	case CMARK_NODE_LIST:
		render_list(node, st, out);
		break;
	case CMARK_NODE_CODE_BLOCK: {
		const char *code = cmark_node_get_literal(node);

		block_render_code(code ? code : "", code ? strlen(code) : 0,
				  md_code_language(node), st, out);
		break;
	}
	case CMARK_NODE_BLOCK_QUOTE:
		render_quote(node, st, out);
		break;
	case CMARK_NODE_THEMATIC_BREAK:
		buf_printf(out, "%s%s* * *%s\n", st->indent, st->colour ? SGR_DIM : "",
			   st->colour ? SGR_RESET : "");
		break;
	case CMARK_NODE_HTML_BLOCK:
		render_html(node, st, out);
		break;
	default:
		render_other(node, st, out);
		break;
	}
}

void block_render(cmark_node *node, const struct block_style *style, struct buf *out)
{
	size_t from = out->len;

	render_node(node, style, out);
	trim_lines(out, from);
}

/* Blocks FIRST up to END (NULL: the last sibling), with a blank line between
 * two that print something when BLANK. */
static void render_range_sep(cmark_node *first, cmark_node *end, int blank,
			     const struct block_style *st, struct buf *out)
{
	struct buf one = BUF_INIT;
	int printed = 0;

	for (cmark_node *n = first; n && n != end; n = cmark_node_next(n)) {
		buf_reset(&one);
		block_render(n, st, &one);
		if (!one.len)
			continue;
		if (blank && printed++)
			buf_putc(out, '\n');
		buf_add(out, one.data, one.len);
	}
	buf_free(&one);
}

void block_render_range(const struct block_range *range, const struct block_style *style,
			struct buf *out)
{
	render_range_sep(range->first, range->end, 1, style, out);
}

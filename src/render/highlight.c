/* Syntax highlighting from the grammars' highlights.scm; see highlight.h.
 * Every capture paints its byte range; wider ranges are painted first so the
 * innermost node wins, and on the same node the later coloured pattern wins,
 * because these query files open with catch-alls ((identifier) @variable) and
 * refine them further down (function calls, builtins, constants). */
#include <ctype.h>
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "render/highlight.h"
#include "util/buf.h"
#include "util/text.h"
#include "util/xalloc.h"
#include "util/banned.h"

/* A small palette of the eight basic colours, so the terminal's own theme
 * keeps them readable on dark and light backgrounds alike. */
enum style {
	ST_NONE,
	ST_KEYWORD,
	ST_STRING,
	ST_COMMENT,
	ST_NUMBER,
	ST_FUNCTION,
	ST_BUILTIN,
	ST_TYPE,
	ST_SPECIAL,
	ST_OPERATOR,	/* plain, except word operators (and, not, in) */
	ST_COUNT
};

static const char *const style_sgr[ST_COUNT] = {
	[ST_NONE] = "",
	[ST_KEYWORD] = "\033[35m",
	[ST_STRING] = "\033[32m",
	[ST_COMMENT] = "\033[2m",
	[ST_NUMBER] = "\033[36m",
	[ST_FUNCTION] = "\033[34m",
	[ST_BUILTIN] = "\033[36m",
	[ST_TYPE] = "\033[33m",
	[ST_SPECIAL] = "\033[31m",
	[ST_OPERATOR] = "",
};

#define SGR_RESET "\033[0m"

/* Capture names we colour.  Property, variable and punctuation stay plain on
 * purpose: they are most of any program, and colouring them is noise. */
static const struct {
	const char *name;
	enum style style;
} capture_styles[] = {
	{ "keyword", ST_KEYWORD },
	{ "string", ST_STRING },
	{ "escape", ST_BUILTIN },
	{ "comment", ST_COMMENT },
	{ "number", ST_NUMBER },
	{ "constant", ST_NUMBER },
	{ "constant.builtin", ST_NUMBER },
	{ "function", ST_FUNCTION },
	{ "function.builtin", ST_BUILTIN },
	{ "type", ST_TYPE },
	{ "constructor", ST_TYPE },
	{ "variable.builtin", ST_SPECIAL },
	{ "operator", ST_OPERATOR },
	{ "punctuation.special", ST_KEYWORD },
	{ "property", ST_NONE },
	{ "variable", ST_NONE },
	{ "punctuation", ST_NONE },
	{ "embedded", ST_NONE },
};

struct lang_cache {
	int tried;			/* compiled (or failed to) already */
	struct syntax_query *query;	/* NULL when compiling failed */
	unsigned char *capture_style;	/* enum style per capture id */
};

static struct lang_cache cache[LANG_COUNT];
/* Guards the lazy compile: the web server renders pages on several threads.
 * Once compiled, a query is only read (each match run has its own cursor). */
static pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;

static enum style style_for_len(const char *name, size_t len)
{
	for (size_t i = 0; i < sizeof(capture_styles) / sizeof(capture_styles[0]); i++)
		if (strlen(capture_styles[i].name) == len &&
		    strncmp(capture_styles[i].name, name, len) == 0)
			return capture_styles[i].style;
	return ST_COUNT;
}

/* Exact name first, then each shorter dotted parent. */
static enum style style_for_capture(const char *name, size_t len)
{
	for (;;) {
		enum style s = style_for_len(name, len);

		if (s != ST_COUNT)
			return s;
		while (len > 0 && name[len - 1] != '.')
			len--;
		if (len == 0)
			return ST_NONE;
		len--;
	}
}

const char *highlight_capture_style(const char *capture)
{
	return style_sgr[style_for_capture(capture, strlen(capture))];
}

static struct lang_cache *cache_fill(struct lang_cache *c, enum syntax_lang lang)
{
	const char *source;
	uint32_t n;

	if (c->tried)
		return c->query ? c : NULL;
	c->tried = 1;
	source = syntax_highlight_source(lang);
	if (syntax_query_new(&c->query, lang, source, strlen(source), NULL) < 0)
		return NULL;
	n = ts_query_capture_count(syntax_query_ts(c->query));
	c->capture_style = xcalloc(n + 1, 1);
	for (uint32_t i = 0; i < n; i++) {
		uint32_t len;
		const char *name = ts_query_capture_name_for_id(syntax_query_ts(c->query), i, &len);

		c->capture_style[i] = (unsigned char)style_for_capture(name, len);
	}
	return c;
}

static struct lang_cache *cache_get(enum syntax_lang lang)
{
	struct lang_cache *c;

	pthread_mutex_lock(&cache_lock);
	c = cache_fill(&cache[lang], lang);
	pthread_mutex_unlock(&cache_lock);
	return c;
}

void highlight_cache_free(void)
{
	for (int i = 0; i < LANG_COUNT; i++) {
		syntax_query_free(cache[i].query);
		free(cache[i].capture_style);
		memset(&cache[i], 0, sizeof(cache[i]));
	}
}

struct span {
	uint32_t start, end;
	uint16_t pattern;
	unsigned char style;
};

struct span_list {
	struct span *items;
	size_t count, cap;
	const struct lang_cache *lang;
	const char *code;
};

static int collect_span(const TSQueryMatch *match, void *ctx)
{
	struct span_list *list = ctx;

	for (uint16_t i = 0; i < match->capture_count; i++) {
		TSNode node = match->captures[i].node;
		struct span *s;

		list->items = xgrow(list->items, &list->cap, list->count + 1, sizeof(*s));
		s = &list->items[list->count++];
		s->start = ts_node_start_byte(node);
		s->end = ts_node_end_byte(node);
		s->pattern = match->pattern_index;
		s->style = list->lang->capture_style[match->captures[i].index];
		if (s->style == ST_OPERATOR && s->end > s->start &&
		    isalpha((unsigned char)list->code[s->start]))
			s->style = ST_KEYWORD;
	}
	return 0;
}

/* Wider ranges first; on one node, plain captures before coloured ones, then
 * pattern order.  Painting in this order leaves the innermost node on top,
 * and on one node the last coloured pattern: `gather` in `asyncio.gather()`
 * stays a method call though a later pattern calls every attribute a
 * (plain) property. */
static int span_cmp(const void *pa, const void *pb)
{
	const struct span *a = pa, *b = pb;
	uint32_t la = a->end - a->start, lb = b->end - b->start;
	int ca = *style_sgr[a->style] != '\0', cb = *style_sgr[b->style] != '\0';

	if (la != lb)
		return la > lb ? -1 : 1;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (ca != cb)
		return ca - cb;
	if (a->pattern != b->pattern)
		return a->pattern < b->pattern ? -1 : 1;
	return (int)a->style - (int)b->style;
}

/* Returns a style per byte of CODE (you own it), or NULL when the language's
 * query or the parser is unavailable. */
static unsigned char *paint(enum syntax_lang lang, const char *code, size_t len)
{
	struct lang_cache *c = cache_get(lang);
	struct span_list list = { NULL, 0, 0, c, code };
	unsigned char *styles;
	TSTree *tree;

	if (!c || len > UINT32_MAX)
		return NULL;
	tree = syntax_parse(lang, code, len);
	if (!tree)
		return NULL;
	syntax_query_matches(c->query, ts_tree_root_node(tree), code, collect_span, &list);
	ts_tree_delete(tree);
	if (list.count)
		qsort(list.items, list.count, sizeof(*list.items), span_cmp);
	styles = xcalloc(len + 1, 1);
	for (size_t i = 0; i < list.count; i++) {
		const struct span *s = &list.items[i];

		/* A symbol operator paints nothing, so a `/` inside a regex
		 * literal keeps the literal's colour. */
		if (s->style == ST_OPERATOR)
			continue;
		for (uint32_t b = s->start; b < s->end && b < len; b++)
			styles[b] = s->style;
	}
	free(list.items);
	return styles;
}

/* Appends CODE[start..end) to OUT, switching styles where STYLES changes
 * (STYLES NULL: no escapes), and closes any style at the end. */
static void emit_line(const char *code, const unsigned char *styles, size_t start,
		      size_t end, struct buf *out)
{
	const char *current = "";

	for (size_t i = start; i < end; i++) {
		const char *want = styles ? style_sgr[styles[i]] : "";

		if (strcmp(want, current) != 0) {
			if (*current)
				buf_puts(out, SGR_RESET);
			buf_puts(out, want);
			current = want;
		}
		buf_putc(out, code[i]);
	}
	if (*current)
		buf_puts(out, SGR_RESET);
}

static void lines_add(struct highlight_lines *lines, size_t *cap, struct buf *text)
{
	struct highlight_line *line;

	lines->items = xgrow(lines->items, cap, lines->count + 1, sizeof(*line));
	line = &lines->items[lines->count++];
	line->len = text->len;
	line->width = text_width(buf_str(text), text->len);
	line->text = buf_detach(text);
}

int highlight_lines(enum syntax_lang lang, const char *code, size_t len,
		    int colour, struct highlight_lines *out)
{
	unsigned char *styles = colour ? paint(lang, code, len) : NULL;
	size_t cap = 0, start = 0;
	struct buf text = BUF_INIT;

	out->items = NULL;
	out->count = 0;
	while (start < len) {
		const char *nl = memchr(code + start, '\n', len - start);
		size_t end = nl ? (size_t)(nl - code) : len;

		emit_line(code, styles, start, end, &text);
		lines_add(out, &cap, &text);
		start = end + 1;
	}
	free(styles);
	return colour && !styles && len ? -EINVAL : 0;
}

void highlight_lines_release(struct highlight_lines *lines)
{
	for (size_t i = 0; i < lines->count; i++)
		free(lines->items[i].text);
	free(lines->items);
	lines->items = NULL;
	lines->count = 0;
}

int highlight_code(enum syntax_lang lang, const char *code, size_t len,
		   int colour, struct buf *out)
{
	struct highlight_lines lines;
	int rc = highlight_lines(lang, code, len, colour, &lines);

	for (size_t i = 0; i < lines.count; i++) {
		buf_add(out, lines.items[i].text, lines.items[i].len);
		if (i + 1 < lines.count || (len && code[len - 1] == '\n'))
			buf_putc(out, '\n');
	}
	highlight_lines_release(&lines);
	return rc;
}

/* Class names for the browser, same palette as the terminal (web/app.css). */
static const char *const style_class[ST_COUNT] = {
	[ST_KEYWORD] = "kw", [ST_STRING] = "str", [ST_COMMENT] = "com",
	[ST_NUMBER] = "num", [ST_FUNCTION] = "fn", [ST_BUILTIN] = "bi",
	[ST_TYPE] = "ty", [ST_SPECIAL] = "sp",
};

static void html_escape_byte(char c, struct buf *out)
{
	switch (c) {
	case '<': buf_puts(out, "&lt;"); break;
	case '>': buf_puts(out, "&gt;"); break;
	case '&': buf_puts(out, "&amp;"); break;
	case '"': buf_puts(out, "&quot;"); break;
	case '\'': buf_puts(out, "&#39;"); break;
	default: buf_putc(out, c);
	}
}

int highlight_html(enum syntax_lang lang, const char *code, size_t len, struct buf *out)
{
	unsigned char *styles = paint(lang, code, len);
	const char *current = NULL;

	for (size_t i = 0; i < len; i++) {
		const char *want = styles ? style_class[styles[i]] : NULL;

		/* Spans close at each newline so every line stands alone. */
		if (want != current || code[i] == '\n') {
			if (current)
				buf_puts(out, "</span>");
			current = NULL;
			if (want && code[i] != '\n') {
				buf_printf(out, "<span class=\"%s\">", want);
				current = want;
			}
		}
		html_escape_byte(code[i], out);
	}
	if (current)
		buf_puts(out, "</span>");
	free(styles);
	return !styles && len ? -EINVAL : 0;
}

/* Word wrapping, ANSI- and UTF-8-aware; see wrap.h.  Lines are built word by
 * word; indents and reopened styles are written only when a word lands on
 * the line, so no line ends in spaces. */
#include <string.h>
#include "render/wrap.h"
#include "util/buf.h"
#include "util/text.h"
#include "util/banned.h"

#define SGR_RESET "\033[0m"

size_t wrap_escape_len(const char *s, size_t len)
{
	size_t i = 2;

	if (len < 2 || s[1] != '[')
		return 1;
	while (i < len && !(s[i] >= '@' && s[i] <= '~'))
		i++;
	return i < len ? i + 1 : len;
}

size_t wrap_cut(const char *s, size_t len, size_t cols)
{
	size_t i = 0, width = 0;

	while (i < len) {
		if (s[i] == '\033') {
			if (width == cols)
				break;
			i += wrap_escape_len(s + i, len - i);
			continue;
		}
		if (width == cols)
			break;
		i += text_utf8_len(s + i);
		width++;
	}
	return i < len ? i : len;
}

void wrap_put_trimmed(const char *line, size_t n, struct buf *out)
{
	size_t visible = 0;

	for (size_t i = 0; i < n;) {
		if (line[i] == '\033') {
			i += wrap_escape_len(line + i, n - i);
			continue;
		}
		if (line[i] == ' ') {
			i++;
			continue;
		}
		i += text_utf8_len(line + i);
		i = i < n ? i : n;
		visible = i;
	}
	buf_add(out, line, visible);
	for (size_t i = visible; i < n;) {
		size_t esc = line[i] == '\033' ? wrap_escape_len(line + i, n - i) : 1;

		if (line[i] == '\033')
			buf_add(out, line + i, esc);
		i += esc;
	}
}

static void sgr_apply(struct wrap_sgr *st, const char *seq, size_t n)
{
	if (n < 3 || seq[1] != '[' || seq[n - 1] != 'm')
		return;
	if (n == 3 || (n == 4 && seq[2] == '0')) {
		st->len = 0;
		st->active[0] = '\0';
		return;
	}
	if (st->len + n >= sizeof(st->active))
		return;	/* more nested styles than text ever uses: keep the first */
	memcpy(st->active + st->len, seq, n);
	st->len += n;
	st->active[st->len] = '\0';
}

void wrap_sgr_scan(struct wrap_sgr *st, const char *s, size_t len)
{
	size_t i = 0;

	while (i < len) {
		const char *esc = memchr(s + i, '\033', len - i);
		size_t n;

		if (!esc)
			return;
		i = (size_t)(esc - s);
		n = wrap_escape_len(s + i, len - i);
		sgr_apply(st, s + i, n);
		i += n;
	}
}

struct wrapper {
	const struct wrap_style *style;
	struct buf *out;
	struct wrap_sgr sgr;	/* styles open at the current point */
	size_t col;		/* columns used on the line, indent excluded */
	int words;		/* words on the current line */
	int lines;		/* lines finished */
};

static const char *line_indent(const struct wrapper *w)
{
	const char *s = w->lines == 0 ? w->style->first : w->style->hang;

	return s ? s : "";
}

static size_t line_room(const struct wrapper *w)
{
	const char *indent = line_indent(w);
	size_t used = text_width(indent, strlen(indent));

	return w->style->width > used ? w->style->width - used : 1;
}

/* Starts the line if nothing is on it yet: indent, then reopened styles. */
static void line_open(struct wrapper *w)
{
	if (w->words++)
		return;
	buf_puts(w->out, line_indent(w));
	buf_add(w->out, w->sgr.active, w->sgr.len);
}

static void line_end(struct wrapper *w)
{
	if (w->words && w->sgr.len)
		buf_puts(w->out, SGR_RESET);
	buf_putc(w->out, '\n');
	w->lines++;
	w->words = 0;
	w->col = 0;
}

static void put_piece(struct wrapper *w, const char *s, size_t n, size_t width)
{
	line_open(w);
	buf_add(w->out, s, n);
	wrap_sgr_scan(&w->sgr, s, n);
	w->col += width;
}

/* A word wider than any line: fill lines with pieces of it. */
static void put_long_word(struct wrapper *w, const char *s, size_t n)
{
	while (n > 0) {
		size_t room = line_room(w) - w->col;
		size_t cut = wrap_cut(s, n, room);
		size_t width = text_width(s, cut);

		if (cut == n) {
			put_piece(w, s, cut, width);
			return;
		}
		put_piece(w, s, cut, width);
		line_end(w);
		s += cut;
		n -= cut;
	}
}

static void put_word(struct wrapper *w, const char *s, size_t n)
{
	size_t width = text_width(s, n);

	if (width == 0) {	/* only escapes: they stick to what is there */
		if (w->words)	/* else line_open writes what is in force */
			buf_add(w->out, s, n);
		wrap_sgr_scan(&w->sgr, s, n);
		return;
	}
	if (w->words && w->col + 1 + width > line_room(w))
		line_end(w);
	if (w->words) {
		buf_putc(w->out, ' ');
		w->col++;
	}
	if (w->col + width > line_room(w))
		put_long_word(w, s, n);
	else
		put_piece(w, s, n, width);
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

void wrap_text(const char *text, size_t len, const struct wrap_style *style,
	       struct buf *out)
{
	struct wrapper w = { style, out, WRAP_SGR_INIT, 0, 0, 0 };
	size_t i = 0;

	while (i < len) {
		size_t start;

		if (text[i] == '\n') {
			line_end(&w);
			i++;
			continue;
		}
		if (is_space(text[i])) {
			i++;
			continue;
		}
		start = i;
		while (i < len && text[i] != '\n' && !is_space(text[i]))
			i++;
		put_word(&w, text + start, i - start);
	}
	if (w.words)
		line_end(&w);
}

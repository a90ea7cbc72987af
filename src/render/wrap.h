/* Word wrapping for the terminal: prose cut to a width at spaces, with a
 * first-line indent and a hanging indent (for bullets).  ANSI escape codes
 * take no columns and a style open at a break is carried to the next line;
 * every code point counts one column (see text_width). */
#ifndef IDIOM_WRAP_H
#define IDIOM_WRAP_H
#include <stddef.h>

struct buf;

struct wrap_style {
	size_t width;		/* columns of a whole line, indent included */
	const char *first;	/* before the first line ("  • "); NULL: none */
	const char *hang;	/* before every later line ("    "); NULL: none */
};

/* Appends TEXT[0..len) to OUT wrapped to STYLE: words break at whitespace,
 * runs of spaces collapse to one, '\n' forces a break, and a word wider than
 * a line is cut at the line's end.  A line is never narrower than one column
 * whatever the indent.  A style (SGR escape) still open at a break is closed
 * before the newline and reopened after the next indent.  Every line ends
 * with '\n' and carries no trailing spaces; empty text appends nothing. */
void wrap_text(const char *text, size_t len, const struct wrap_style *style,
	       struct buf *out);

/* Bytes of S[0..len) that fill at most COLS columns: never splits a UTF-8
 * sequence or an escape sequence; escapes after the last column are left to
 * the rest. */
size_t wrap_cut(const char *s, size_t len, size_t cols);

/* Bytes of the escape sequence at S (S[0] is ESC), at most LEN. */
size_t wrap_escape_len(const char *s, size_t len);

/* Appends LINE[0..n) (no newline in it) without the spaces after its last
 * visible character; escape codes after it are kept, as they close styles. */
void wrap_put_trimmed(const char *line, size_t n, struct buf *out);

/* The SGR styles in force after some text: what to close at a line break
 * and reopen after it.  A reset (ESC[0m or ESC[m) empties it. */
struct wrap_sgr {
	char active[96];	/* the sequences since the last reset */
	size_t len;
};

#define WRAP_SGR_INIT { { 0 }, 0 }

/* Updates ST for the escape sequences in S[0..len). */
void wrap_sgr_scan(struct wrap_sgr *st, const char *s, size_t len);

#endif

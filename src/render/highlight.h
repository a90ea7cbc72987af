/* Syntax highlighting for the terminal: paints code with ANSI colours from
 * the grammar's own highlights.scm (compiled once per language and cached for
 * the life of the process; safe to use from several threads).  Output comes
 * line by line, each line self-contained (styles closed at its end), so
 * callers can cut, pad and lay lines side by side. */
#ifndef IDIOM_HIGHLIGHT_H
#define IDIOM_HIGHLIGHT_H
#include <stddef.h>
#include "syntax/syntax.h"

struct buf;

/* One line of highlighted code, without its newline. */
struct highlight_line {
	char *text;	/* NUL-terminated; escape codes only when colour is on */
	size_t len;	/* bytes */
	size_t width;	/* display columns (escapes take none) */
};

struct highlight_lines {
	struct highlight_line *items;
	size_t count;
};

/* Splits CODE[0..len) into lines (a final newline does not open an empty
 * line) and, when COLOUR is non-zero, paints each with escape codes.  With
 * COLOUR zero the lines are the code's bytes unchanged.  Always fills OUT,
 * even for code that does not parse (tree-sitter recovers).  Returns 0, or
 * -EINVAL when the highlight query could not be used: OUT then holds the
 * lines unpainted.  Free OUT with highlight_lines_release. */
int highlight_lines(enum syntax_lang lang, const char *code, size_t len,
		    int colour, struct highlight_lines *out);
void highlight_lines_release(struct highlight_lines *lines);

/* The same as one string appended to OUT: with COLOUR zero, exactly CODE;
 * otherwise CODE with escape codes, each line closing its own styles.
 * Returns what highlight_lines returns. */
int highlight_code(enum syntax_lang lang, const char *code, size_t len,
		   int colour, struct buf *out);

/* CODE[0..len) as HTML for a <pre>: every byte escaped, coloured runs in
 * <span class="kw|str|com|num|fn|bi|ty|sp">, spans closed at each newline.
 * Returns 0, or -EINVAL when the query was unavailable (OUT then holds the
 * escaped code unpainted). */
int highlight_html(enum syntax_lang lang, const char *code, size_t len, struct buf *out);

/* The escape sequence (e.g. "\033[35m") for a tree-sitter capture name such
 * as "keyword" or "function.builtin"; a dotted name falls back to its parent
 * ("string.special" -> "string").  Returns "" for names left plain
 * (variable, punctuation, property...). */
const char *highlight_capture_style(const char *capture);

/* Frees the cached queries (for leak checkers; highlighting works again
 * afterwards, compiling anew). */
void highlight_cache_free(void);

#endif

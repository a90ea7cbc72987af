/* An open document's text as the editor sees it, kept in step with
 * textDocument/didChange (full and incremental changes).  Positions are LSP
 * positions: 0-based lines and UTF-16 code units within a line, converted
 * here to and from byte offsets of the UTF-8 text. */
#ifndef IDIOM_LSP_DOCUMENT_H
#define IDIOM_LSP_DOCUMENT_H
#include <stddef.h>
#include "util/buf.h"

struct lsp_position {
	long line;
	long character;		/* UTF-16 code units */
};

struct document {
	struct buf text;	/* capped at IDIOM_LSP_DOCUMENT_MAX */
	long version;
};

/* Starts D with TEXT[0..len).  Returns 0, or -EFBIG past the cap (D then
 * holds nothing). */
int document_init(struct document *d, const char *text, size_t len, long version);
void document_release(struct document *d);

/* Replaces the text between START and END (END not before START; both
 * clamped to the text) with TEXT[0..len).  Returns 0, -EINVAL when END is
 * before START, -EFBIG when the result would pass the cap (D unchanged). */
int document_edit(struct document *d, struct lsp_position start, struct lsp_position end,
		  const char *text, size_t len);

/* The byte offset of POS in TEXT[0..len): a line past the end gives len, a
 * character past the line's end gives the end of the line (before its
 * newline), a position inside a surrogate pair gives the start of its
 * character. */
size_t document_offset(const char *text, size_t len, struct lsp_position pos);

/* UTF-16 code units in TEXT[0..len) (invalid bytes count one each). */
long document_utf16_units(const char *text, size_t len);

/* Byte offset and length of 0-based LINE of TEXT[0..len), newline excluded.
 * Returns 0, or -ENOENT when the text has no such line. */
int document_line(const char *text, size_t len, long line, size_t *start, size_t *n);

#endif

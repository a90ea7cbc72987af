/* Control characters shown as text; see visible.h.  One pass, byte by byte:
 * valid UTF-8 is copied unless it encodes a C1 control, anything else is
 * written as a backslash escape. */
#include <stdarg.h>
#include <string.h>
#include "render/visible.h"
#include "util/buf.h"
#include "util/text.h"
#include "util/xalloc.h"
#include "util/banned.h"

static const char hex[] = "0123456789abcdef";

static void put_byte_escape(struct buf *out, unsigned char c)
{
	char e[4] = { '\\', 'x', hex[c >> 4], hex[c & 15] };

	if (c == '\r')
		buf_add(out, "\\r", 2);
	else
		buf_add(out, e, sizeof(e));
}

/* Bytes of the run at S that pass unchanged, or 0 when S[0] needs escaping. */
static size_t plain_len(const unsigned char *s, size_t avail)
{
	size_t n;

	if (s[0] < 0x80)
		return (s[0] >= 0x20 && s[0] != 0x7f) || s[0] == '\n' || s[0] == '\t';
	n = text_utf8_valid(s, avail);
	if (n == 2 && s[0] == 0xc2 && s[1] <= 0x9f)
		return 0;	/* U+0080..U+009F: C1 controls, CSI among them */
	return n;
}

void visible_append(struct buf *out, const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;

	while (i < len) {
		size_t n = plain_len(u + i, len - i);

		if (n > 0) {
			buf_add(out, s + i, n);
			i += n;
		} else if (u[i] == 0xc2 && i + 1 < len && u[i + 1] >= 0x80 && u[i + 1] <= 0x9f &&
			   text_utf8_valid(u + i, len - i) == 2) {
			buf_printf(out, "\\u00%c%c", hex[u[i + 1] >> 4], hex[u[i + 1] & 15]);
			i += 2;
		} else {
			put_byte_escape(out, u[i]);
			i++;
		}
	}
}

int visible_needed(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;

	for (size_t i = 0; i < len;) {
		size_t n = plain_len(u + i, len - i);

		if (n == 0)
			return 1;
		i += n;
	}
	return 0;
}

char *visible_dup(const char *s)
{
	struct buf b = BUF_INIT;

	s = s ? s : "";
	visible_append(&b, s, strlen(s));
	return buf_detach(&b);
}

void visible_fputs(const char *s, FILE *out)
{
	struct buf b = BUF_INIT;

	s = s ? s : "";
	visible_append(&b, s, strlen(s));
	fwrite(buf_str(&b), 1, b.len, out);
	buf_free(&b);
}

void visible_fprintf(FILE *out, const char *fmt, ...)
{
	struct buf raw = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(&raw, fmt, ap);
	va_end(ap);
	visible_fputs(buf_str(&raw), out);
	buf_free(&raw);
}

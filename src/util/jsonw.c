/* JSON text output; see jsonw.h. */
#include <stdio.h>
#include <string.h>
#include "util/jsonw.h"
#include "util/banned.h"

/* Length of the valid UTF-8 sequence at S (1-4), or 0 when it is not one:
 * overlong forms, surrogates and code points past U+10FFFF are invalid. */
static size_t utf8_seq(const unsigned char *s)
{
	unsigned c = s[0];
	size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
	unsigned cp;

	if (c < 0x80)
		return 1;
	if (!n || c > 0xF4)
		return 0;
	for (size_t i = 1; i < n; i++)
		if ((s[i] & 0xC0) != 0x80)
			return 0;
	if (n == 3) {
		cp = ((c & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
		if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
	} else if (n == 4) {
		cp = ((c & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
		if (cp < 0x10000 || cp > 0x10FFFF)
			return 0;
	}
	return n;
}

static const char *escape_of(unsigned char c)
{
	switch (c) {
	case '"': return "\\\"";
	case '\\': return "\\\\";
	case '\b': return "\\b";
	case '\f': return "\\f";
	case '\n': return "\\n";
	case '\r': return "\\r";
	case '\t': return "\\t";
	default: return NULL;
	}
}

void jsonw_string(struct buf *b, const char *s)
{
	const unsigned char *p = (const unsigned char *)s, *run = p;

	buf_putc(b, '"');
	while (*p) {
		size_t n = *p >= 0x20 && *p != '"' && *p != '\\' ? utf8_seq(p) : 0;
		const char *esc;
		char hex[8];

		if (n) {	/* plain text: copied in runs */
			p += n;
			continue;
		}
		buf_add(b, run, (size_t)(p - run));
		if (*p >= 0x80) {
			buf_puts(b, "\xEF\xBF\xBD");	/* U+FFFD */
		} else if ((esc = escape_of(*p)) != NULL) {
			buf_puts(b, esc);
		} else {
			snprintf(hex, sizeof(hex), "\\u%04X", *p);
			buf_puts(b, hex);
		}
		run = ++p;
	}
	buf_add(b, run, (size_t)(p - run));
	buf_putc(b, '"');
}

void jsonw_key(struct buf *b, const char *key, int first)
{
	if (!first)
		buf_puts(b, ", ");
	jsonw_string(b, key);
	buf_puts(b, ": ");
}

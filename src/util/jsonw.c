/* JSON text output; see jsonw.h. */
#include <stdio.h>
#include <string.h>
#include "util/jsonw.h"
#include "util/text.h"
#include "util/banned.h"

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
		size_t n = *p >= 0x20 && *p != '"' && *p != '\\' ? text_utf8_valid(p, 4) : 0;
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

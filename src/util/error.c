/* struct error: a code and one sentence, filled by the function that
 * failed and read by the one that prints (see error.h). */
#include "util/error.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* Cuts S (NUL-terminated, filled to the buffer's end) back to the last
 * complete UTF-8 character, so a truncated message stays valid text. */
static void trim_partial_utf8(char *s)
{
	size_t n = strlen(s);
	size_t i = n;

	while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
		i--;
	if (i == 0 || ((unsigned char)s[i - 1] & 0x80) == 0)
		return;
	/* s[i - 1] leads a sequence; keep it only when all its bytes are there */
	unsigned char lead = (unsigned char)s[i - 1];
	size_t want = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
	if (n - (i - 1) < want)
		s[i - 1] = '\0';
}

static void vformat(struct error *e, const char *fmt, va_list ap)
{
	int n = vsnprintf(e->message, sizeof e->message, fmt, ap);

	if (n >= (int)sizeof e->message)
		trim_partial_utf8(e->message);
}

int error_set(struct error *e, int code, const char *fmt, ...)
{
	va_list ap;

	if (!e)
		return code;
	e->code = code;
	va_start(ap, fmt);
	vformat(e, fmt, ap);
	va_end(ap);
	return code;
}

int error_errno(struct error *e, const char *fmt, ...)
{
	int saved = errno ? errno : EIO;
	va_list ap;

	if (!e)
		return -saved;
	e->code = -saved;
	va_start(ap, fmt);
	vformat(e, fmt, ap);
	va_end(ap);
	size_t len = strlen(e->message);
	snprintf(e->message + len, sizeof e->message - len, ": %s", strerror(saved));
	trim_partial_utf8(e->message);
	return e->code;
}

int error_wrap(struct error *e, const char *fmt, ...)
{
	char prefix[ERROR_MESSAGE_MAX];
	char old[ERROR_MESSAGE_MAX];
	va_list ap;

	if (!e)
		return -EIO;
	va_start(ap, fmt);
	vsnprintf(prefix, sizeof prefix, fmt, ap);
	va_end(ap);
	memcpy(old, e->message, sizeof old);
	/* the prefix alone may fill the buffer; the old message is then cut */
	size_t plen = strlen(prefix);
	if (plen > sizeof e->message - 3)
		plen = sizeof e->message - 3;
	memcpy(e->message, prefix, plen);
	memcpy(e->message + plen, ": ", 3);
	size_t room = sizeof e->message - plen - 3;
	size_t olen = strnlen(old, room);
	memcpy(e->message + plen + 2, old, olen);
	e->message[plen + 2 + olen] = '\0';
	trim_partial_utf8(e->message);
	return e->code;
}

void error_clear(struct error *e)
{
	if (!e)
		return;
	e->code = 0;
	e->message[0] = '\0';
}

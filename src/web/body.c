/* The quick reader of flat JSON request bodies; see body.h.  Every path
 * that is not the plain shape returns -EINVAL early: declining costs only
 * the jansson read the caller would have done anyway. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "util/buf.h"
#include "util/text.h"
#include "util/xalloc.h"
#include "web/body.h"
#include "util/banned.h"

#define KEYS_MAX 8

struct reader {
	const unsigned char *p, *end;
};

static void skip_space(struct reader *r)
{
	while (r->p < r->end && (*r->p == ' ' || *r->p == '\t' || *r->p == '\n' || *r->p == '\r'))
		r->p++;
}

static int take(struct reader *r, unsigned char c)
{
	skip_space(r);
	if (r->p == r->end || *r->p != c)
		return 0;
	r->p++;
	return 1;
}

static int hex4(const unsigned char *p, unsigned *out)
{
	*out = 0;
	for (int i = 0; i < 4; i++) {
		unsigned char c = p[i];
		unsigned d = c >= '0' && c <= '9' ? (unsigned)(c - '0')
			: c >= 'a' && c <= 'f' ? (unsigned)(c - 'a') + 10u
			: c >= 'A' && c <= 'F' ? (unsigned)(c - 'A') + 10u : 16u;

		if (d == 16)
			return -EINVAL;
		*out = *out << 4 | d;
	}
	return 0;
}

static void put_utf8(struct buf *b, unsigned cp)
{
	char s[4];
	size_t n;

	if (cp < 0x80) {
		s[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		s[0] = (char)(0xC0 | cp >> 6);
		s[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		s[0] = (char)(0xE0 | cp >> 12);
		s[1] = (char)(0x80 | (cp >> 6 & 0x3F));
		s[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		s[0] = (char)(0xF0 | cp >> 18);
		s[1] = (char)(0x80 | (cp >> 12 & 0x3F));
		s[2] = (char)(0x80 | (cp >> 6 & 0x3F));
		s[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	buf_add(b, s, n);
}

/* \uXXXX at r->p (past the 'u'), a surrogate pair joined; no NUL. */
static int unicode_escape(struct reader *r, struct buf *out)
{
	unsigned cp, low;

	if (r->end - r->p < 4 || hex4(r->p, &cp) < 0 || cp == 0 || (cp >= 0xDC00 && cp <= 0xDFFF))
		return -EINVAL;
	r->p += 4;
	if (cp >= 0xD800 && cp <= 0xDBFF) {
		if (r->end - r->p < 6 || r->p[0] != '\\' || r->p[1] != 'u' ||
		    hex4(r->p + 2, &low) < 0 || low < 0xDC00 || low > 0xDFFF)
			return -EINVAL;
		cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
		r->p += 6;
	}
	put_utf8(out, cp);
	return 0;
}

static int escape(struct reader *r, struct buf *out)
{
	static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
	const char *at;

	if (r->p == r->end)
		return -EINVAL;
	if (*r->p == 'u') {
		r->p++;
		return unicode_escape(r, out);
	}
	if (!(at = memchr(from, *r->p, sizeof(from) - 1)))
		return -EINVAL;
	buf_putc(out, to[at - from]);
	r->p++;
	return 0;
}

/* A string at r->p (its opening quote already taken) into OUT: runs of
 * plain UTF-8 copied whole, escapes decoded. */
static int string(struct reader *r, struct buf *out)
{
	for (;;) {
		const unsigned char *run = r->p;
		size_t n;

		while (r->p < r->end && *r->p != '"' && *r->p != '\\' && *r->p >= 0x20 &&
		       (n = text_utf8_valid(r->p, (size_t)(r->end - r->p))) != 0)
			r->p += n;
		buf_add(out, run, (size_t)(r->p - run));
		if (r->p == r->end)
			return -EINVAL;
		if (*r->p == '"') {
			r->p++;
			return 0;
		}
		if (*r->p != '\\')
			return -EINVAL;	/* a control character or bad UTF-8 */
		r->p++;
		if (escape(r, out) < 0)
			return -EINVAL;
	}
}

/* A key: plain text only (no escapes), so it can be compared as it is. */
static int key(struct reader *r, const unsigned char **start, size_t *len)
{
	if (!take(r, '"'))
		return -EINVAL;
	*start = r->p;
	while (r->p < r->end && *r->p != '"' && *r->p != '\\' && *r->p >= 0x20 && *r->p < 0x80)
		r->p++;
	if (r->p == r->end || *r->p != '"')
		return -EINVAL;
	*len = (size_t)(r->p - *start);
	r->p++;
	return take(r, ':') ? 0 : -EINVAL;
}

static char **field_for(struct body_fields *f, const unsigned char *k, size_t n)
{
	if (n == 6 && memcmp(k, "lesson", 6) == 0)
		return &f->lesson;
	if (n == 8 && memcmp(k, "exercise", 8) == 0)
		return &f->exercise;
	if (n == 6 && memcmp(k, "answer", 6) == 0)
		return &f->answer;
	return NULL;
}

static int seen_before(const unsigned char *const *keys, const size_t *lens, size_t nkeys)
{
	for (size_t i = 0; i + 1 < nkeys; i++)
		if (lens[i] == lens[nkeys - 1] && memcmp(keys[i], keys[nkeys - 1], lens[i]) == 0)
			return 1;
	return 0;
}

/* One "key": "value" pair into F. */
static int member(struct reader *r, struct body_fields *f, const unsigned char **keys,
		  size_t *lens, size_t *nkeys)
{
	struct buf value = BUF_INIT;
	char **slot;

	if (*nkeys == KEYS_MAX || key(r, &keys[*nkeys], &lens[*nkeys]) < 0)
		return -EINVAL;
	(*nkeys)++;
	if (seen_before(keys, lens, *nkeys) || !take(r, '"') || string(r, &value) < 0) {
		buf_free(&value);
		return -EINVAL;
	}
	slot = field_for(f, keys[*nkeys - 1], lens[*nkeys - 1]);
	if (slot) {
		if (slot == &f->answer)
			f->answer_len = value.len;
		*slot = value.len ? buf_detach(&value) : xstrdup("");
	}
	buf_free(&value);
	return 0;
}

int body_read_flat(const char *body, size_t len, struct body_fields *out)
{
	struct reader r;
	const unsigned char *keys[KEYS_MAX];
	size_t lens[KEYS_MAX], nkeys = 0;

	memset(out, 0, sizeof(*out));
	if (!body)	/* no body at all: not even NULL + 0 */
		return -EINVAL;
	r.p = (const unsigned char *)body;
	r.end = r.p + len;
	if (!take(&r, '{'))
		return -EINVAL;
	if (!take(&r, '}')) {
		do {
			if (member(&r, out, keys, lens, &nkeys) < 0)
				goto declined;
		} while (take(&r, ','));
		if (!take(&r, '}'))
			goto declined;
	}
	skip_space(&r);
	if (r.p == r.end)
		return 0;
declined:
	body_fields_free(out);
	return -EINVAL;
}

void body_fields_free(struct body_fields *f)
{
	free(f->lesson);
	free(f->exercise);
	free(f->answer);
	memset(f, 0, sizeof(*f));
}

/* Content-Length framing; see rpc.h.  Bytes are read in blocks into one
 * buffer; a header is parsed when its blank line has arrived. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include "lsp/rpc.h"
#include "util/limits.h"
#include "util/xalloc.h"
#include "util/banned.h"

#define READ_BLOCK 65536

struct rpc_reader {
	rpc_read_fn read;
	void *ctx;
	char *data;	/* bytes read and not consumed: data[start..end) */
	size_t start, end, cap;
	int eof;
};

struct rpc_reader *rpc_reader_new(rpc_read_fn read, void *ctx)
{
	struct rpc_reader *r = xcalloc(1, sizeof(*r));

	r->read = read;
	r->ctx = ctx;
	return r;
}

void rpc_reader_free(struct rpc_reader *r)
{
	if (!r)
		return;
	free(r->data);
	free(r);
}

int rpc_reader_buffered(const struct rpc_reader *r)
{
	return r->end > r->start;
}

ssize_t rpc_read_fd(void *ctx, void *buf, size_t len)
{
	return read(*(int *)ctx, buf, len);
}

/* Reads one more block.  Returns bytes added, 0 at end of input, -errno. */
static ssize_t fill(struct rpc_reader *r)
{
	ssize_t n;

	if (r->eof)
		return 0;
	if (r->start > 0) {
		memmove(r->data, r->data + r->start, r->end - r->start);
		r->end -= r->start;
		r->start = 0;
	}
	if (r->cap - r->end < READ_BLOCK) {
		r->cap = r->end + READ_BLOCK;
		r->data = xrealloc(r->data, r->cap);
	}
	do
		n = r->read(r->ctx, r->data + r->end, r->cap - r->end);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		return -errno;
	if (n == 0)
		r->eof = 1;
	r->end += (size_t)n;
	return n;
}

static size_t avail(const struct rpc_reader *r)
{
	return r->end - r->start;
}

/* The header block's length including its blank line, 0 if incomplete. */
static size_t header_length(const struct rpc_reader *r)
{
	const char *p = r->data + r->start;
	size_t n = avail(r);

	for (size_t i = 0; i + 3 < n; i++)
		if (p[i] == '\r' && p[i + 1] == '\n' && p[i + 2] == '\r' && p[i + 3] == '\n')
			return i + 4;
	return 0;
}

/* Finds Content-Length in HEAD[0..n) (lines end with \r\n).  Returns the
 * length, or -1 when it is missing, repeated differently or malformed. */
static long long content_length(const char *head, size_t n)
{
	static const char key[] = "content-length:";
	long long found = -1;
	size_t i = 0;

	while (i < n) {
		const char *line = head + i, *eol = memchr(line, '\r', n - i);
		size_t ll = eol ? (size_t)(eol - line) : n - i;

		if (ll > sizeof(key) - 1 && strncasecmp(line, key, sizeof(key) - 1) == 0) {
			long long v = 0;
			size_t j = sizeof(key) - 1, digits = 0;

			while (j < ll && (line[j] == ' ' || line[j] == '\t'))
				j++;
			for (; j < ll && line[j] >= '0' && line[j] <= '9' && digits < 12; j++, digits++)
				v = v * 10 + (line[j] - '0');
			while (j < ll && (line[j] == ' ' || line[j] == '\t'))
				j++;
			if (digits == 0 || j != ll || (found >= 0 && found != v))
				return -1;
			found = v;
		}
		i += ll + 2;
	}
	return found;
}

/* Makes sure N bytes are buffered.  Returns 0, -EPIPE at end of input, -errno. */
static int need(struct rpc_reader *r, size_t n)
{
	while (avail(r) < n) {
		ssize_t got = fill(r);

		if (got == 0)
			return -EPIPE;
		if (got < 0)
			return (int)got;
	}
	return 0;
}

/* Drops N body bytes without keeping them (an oversized message). */
static int skip(struct rpc_reader *r, size_t n, struct error *e)
{
	while (n > 0) {
		size_t take = avail(r) < n ? avail(r) : n;
		ssize_t got;

		r->start += take;
		n -= take;
		if (n == 0)
			break;
		got = fill(r);
		if (got <= 0)
			return error_set(e, got ? (int)got : -EPIPE, "the client went away inside a message");
	}
	return 0;
}

static int read_header(struct rpc_reader *r, size_t *hlen, struct error *e)
{
	for (;;) {
		ssize_t got;

		if ((*hlen = header_length(r)) != 0)
			return 0;
		if (avail(r) > IDIOM_LSP_HEADER_MAX)
			return error_set(e, -EPROTO, "a message header longer than %d bytes",
					 IDIOM_LSP_HEADER_MAX);
		got = fill(r);
		if (got < 0)
			return error_set(e, (int)got, "reading from the client: %s", strerror((int)-got));
		if (got == 0)
			return avail(r) == 0 ? 1 : error_set(e, -EPIPE, "the client went away inside a message header");
	}
}

int rpc_read(struct rpc_reader *r, char **body, size_t *len, struct error *e)
{
	size_t hlen;
	long long clen;
	int rc;

	*body = NULL;
	*len = 0;
	if ((rc = read_header(r, &hlen, e)) != 0)
		return rc > 0 ? 0 : rc;
	if (hlen > IDIOM_LSP_HEADER_MAX)
		return error_set(e, -EPROTO, "a message header longer than %d bytes", IDIOM_LSP_HEADER_MAX);
	clen = content_length(r->data + r->start, hlen - 2);
	if (clen < 0)
		return error_set(e, -EPROTO, "a message header without a valid Content-Length");
	r->start += hlen;
	if (clen > IDIOM_LSP_MESSAGE_MAX) {
		if ((rc = skip(r, (size_t)clen, e)) < 0)
			return rc;
		return error_set(e, -EMSGSIZE, "a message of %lld bytes, larger than the %d MiB idiom accepts",
				 clen, IDIOM_LSP_MESSAGE_MAX >> 20);
	}
	if ((rc = need(r, (size_t)clen)) < 0)
		return error_set(e, rc, "the client went away inside a message");
	*body = xmalloc((size_t)clen + 1);	/* a NUL inside stays: jansson refuses it */
	memcpy(*body, r->data + r->start, (size_t)clen);
	(*body)[clen] = '\0';
	*len = (size_t)clen;
	r->start += (size_t)clen;
	return 1;
}

size_t rpc_frame(const char *body, size_t len, char **out)
{
	char head[64];
	int hn = snprintf(head, sizeof(head), "Content-Length: %zu\r\n\r\n", len);

	*out = xmalloc((size_t)hn + len + 1);
	memcpy(*out, head, (size_t)hn);
	memcpy(*out + hn, body, len);
	(*out)[hn + len] = '\0';
	return (size_t)hn + len;
}

/* Fuzz target for the language server's framing and dispatch (src/lsp):
 * the bytes are a stream from an editor, read through rpc_read and handed
 * to the server until it ends.  Nothing may crash, leak or hang, and every
 * answer must be one JSON object.  No bridge: documents are not graded
 * (grading has its own fuzz targets), the protocol is. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <jansson.h>
#include "lsp/rpc.h"
#include "lsp/server.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct stream {
	const uint8_t *data;
	size_t len, off;
};

static ssize_t stream_read(void *ctx, void *buf, size_t len)
{
	struct stream *s = ctx;
	size_t n = s->len - s->off;

	/* Short reads: a header split anywhere must still be found. */
	if (n > len)
		n = len;
	if (n > 7)
		n = 7 + (s->off % 13);
	if (n > s->len - s->off)
		n = s->len - s->off;
	memcpy(buf, s->data + s->off, n);
	s->off += n;
	return (ssize_t)n;
}

static int check_answer(void *ctx, const char *body, size_t len)
{
	json_t *v = json_loadb(body, len, 0, NULL);

	(void)ctx;
	if (!json_is_object(v))
		abort();	/* the server wrote something that is not a message */
	json_decref(v);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct stream in = { data, size, 0 };
	struct rpc_reader *r = rpc_reader_new(stream_read, &in);
	struct lsp_server *s = lsp_server_new(NULL, check_answer, NULL);

	for (;;) {
		struct error e = ERROR_INIT;
		char *body;
		size_t len;
		int rc = rpc_read(r, &body, &len, &e);

		if (rc == -EMSGSIZE) {
			lsp_server_reject(s, RPC_INVALID_REQUEST, e.message);
			continue;
		}
		if (rc <= 0)
			break;
		rc = lsp_server_handle(s, body, len);
		free(body);
		if (rc)
			break;
	}
	lsp_server_free(s);
	rpc_reader_free(r);
	return 0;
}

/* JSON-RPC framing for the language server: messages are a header block
 * ("Content-Length: N\r\n", other headers ignored, then "\r\n") and N bytes
 * of JSON.  Everything the editor sends is capped (util/limits.h): a header
 * block past IDIOM_LSP_HEADER_MAX cannot be resynchronised and ends the
 * stream; a body past IDIOM_LSP_MESSAGE_MAX is read and dropped. */
#ifndef IDIOM_LSP_RPC_H
#define IDIOM_LSP_RPC_H
#include <stddef.h>
#include <sys/types.h>
#include "util/error.h"

/* Reads up to LEN bytes into BUF: returns the count, 0 at end of input, or
 * -1 with errno set (EINTR is retried by the reader). */
typedef ssize_t (*rpc_read_fn)(void *ctx, void *buf, size_t len);

struct rpc_reader;

/* A reader pulling bytes through READ (CTX passed along); you own it. */
struct rpc_reader *rpc_reader_new(rpc_read_fn read, void *ctx);
void rpc_reader_free(struct rpc_reader *r);

/* Whether R holds bytes read and not yet consumed (a next message may be
 * complete without another read). */
int rpc_reader_buffered(const struct rpc_reader *r);

/* The read function for a file descriptor (CTX points to the int). */
ssize_t rpc_read_fd(void *ctx, void *buf, size_t len);

/* Reads the next message.  Returns 1 with *BODY (NUL-terminated, you own
 * it) and *LEN set; 0 at a clean end of input (between messages); or a
 * negative code with a message in E:
 *   -EPIPE     the input ended inside a message (the client vanished)
 *   -EPROTO    a header block without a valid Content-Length, or too long:
 *              the stream cannot be trusted any more
 *   -EMSGSIZE  the body was larger than IDIOM_LSP_MESSAGE_MAX; it was
 *              skipped, and the next message can be read
 *   -errno     reading failed */
int rpc_read(struct rpc_reader *r, char **body, size_t *len, struct error *e);

/* BODY[0..len) framed with its header, appended to OUT; you own *OUT.
 * Returns the framed length. */
size_t rpc_frame(const char *body, size_t len, char **out);

#endif

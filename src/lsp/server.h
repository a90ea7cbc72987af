/* The language server's protocol state (LSP 3.17 over JSON-RPC): the
 * lifecycle (initialize, shutdown, exit), the open exercise documents with
 * incremental sync, and the requests idiom answers: diagnostics on every
 * change and save, code actions (quick fixes, the next hint), hover and
 * workspace/executeCommand (idiom.check, idiom.hint).  One thread; each
 * message is handled to the end before the next is read. */
#ifndef IDIOM_LSP_SERVER_H
#define IDIOM_LSP_SERVER_H
#include <stddef.h>
#include "lsp/bridge.h"
#include "util/error.h"

/* JSON-RPC and LSP error codes the server answers with. */
enum {
	RPC_PARSE_ERROR = -32700,
	RPC_INVALID_REQUEST = -32600,
	RPC_METHOD_NOT_FOUND = -32601,
	RPC_INVALID_PARAMS = -32602,
	RPC_INTERNAL_ERROR = -32603,
	LSP_SERVER_NOT_INITIALIZED = -32002,
	LSP_REQUEST_FAILED = -32803,
};

/* Sends one message body (JSON) to the client.  Returns 0, or a negative
 * errno when the client cannot be reached (the server then stops). */
typedef int (*lsp_write_fn)(void *ctx, const char *body, size_t len);

struct lsp_server;

/* A server over BRIDGE (not owned; NULL: every document is ignored, for
 * the fuzzer) writing through WRITE.  You own it. */
struct lsp_server *lsp_server_new(struct bridge *bridge, lsp_write_fn write, void *ctx);
void lsp_server_free(struct lsp_server *s);

/* Handles one message BODY[0..len), answering through the write function.
 * Returns 0 to go on, 1 once `exit` arrived or the client is unreachable. */
int lsp_server_handle(struct lsp_server *s, const char *body, size_t len);

/* Answers a framing problem (rpc_read's -EMSGSIZE) with an error response
 * without an id. */
void lsp_server_reject(struct lsp_server *s, int code, const char *message);

/* The process exit status the protocol asks for: 0 when shutdown came
 * before exit (or the end of input), 1 otherwise. */
int lsp_server_exit_code(const struct lsp_server *s);

/* Serves the client on IN_FD/OUT_FD until exit or end of input.  Returns
 * the exit status; framing that cannot be trusted is logged to stderr and
 * ends the session with status 1. */
int lsp_serve(struct bridge *bridge, int in_fd, int out_fd);

#endif

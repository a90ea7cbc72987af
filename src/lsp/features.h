/* Inside the language server (src/lsp only): the session state server.c
 * keeps, and the requests features.c answers with it.  Nothing outside
 * src/lsp includes this file. */
#ifndef IDIOM_LSP_FEATURES_H
#define IDIOM_LSP_FEATURES_H
#include <jansson.h>
#include "lsp/bridge.h"
#include "lsp/document.h"
#include "lsp/server.h"

enum { LSP_MESSAGE_ERROR = 1, LSP_MESSAGE_WARNING = 2, LSP_MESSAGE_INFO = 3 };

/* An exercise answer open in the editor. */
struct lsp_doc {
	char *uri;		/* as the client spells it */
	char *path;
	struct document doc;
	struct bridge_target target;
	int too_large;		/* past IDIOM_LSP_DOCUMENT_MAX: no longer followed */
	json_t *diagnostics;	/* the last published, for hover */
	int dirty;		/* changed since its last full check */
	int typing_off;		/* its full check is too slow to run while typing */
};

struct lsp_server {
	struct bridge *bridge;
	lsp_write_fn write;
	void *ctx;
	int initialized, shutdown, exited, gone;
	struct lsp_doc *docs;
	size_t ndocs, cap;
	long typing_ms;		/* quiet time before the check while typing; 0: off */
};

/* A response with RESULT (stolen; NULL sends null) or an error to ID (not
 * stolen; NULL sends null), a notification with PARAMS (stolen). */
int lsp_respond(struct lsp_server *s, json_t *id, json_t *result);
int lsp_respond_error(struct lsp_server *s, json_t *id, int code, const char *message);
void lsp_notify(struct lsp_server *s, const char *method, json_t *params);
void lsp_show_message(struct lsp_server *s, int type, const char *text);

/* The open document params.textDocument.uri names, or NULL. */
struct lsp_doc *lsp_find_doc(struct lsp_server *s, json_t *params);

enum lsp_grade_mode {
	LSP_GRADE_STATIC,	/* static and free-text rules only, every change */
	LSP_GRADE_TYPING,	/* the full check of the buffer, quietly (typing.c) */
	LSP_GRADE_FULL,		/* the full check of the buffer, summary shown */
	LSP_GRADE_SAVED,	/* the saved file, recorded as an attempt */
};

/* Grades D in MODE and publishes; returns the summary ("2 of 3 criteria
 * pass"; static storage) or NULL when there is no verdict. */
const char *lsp_grade(struct lsp_server *s, struct lsp_doc *d, enum lsp_grade_mode mode);

/* Reads an LSP range.  Returns 0 or -EINVAL. */
int lsp_range_of(json_t *range, struct lsp_position *start, struct lsp_position *end);

/* The path of a file:// URI (percent-decoded), or NULL; you own it. */
char *lsp_uri_path(const char *uri);

int lsp_code_action(struct lsp_server *s, json_t *id, json_t *params);
int lsp_hover(struct lsp_server *s, json_t *id, json_t *params);
int lsp_execute_command(struct lsp_server *s, json_t *id, json_t *params);

#endif

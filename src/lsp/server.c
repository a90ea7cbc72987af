/* The protocol state and dispatch; see server.h.  Requests get exactly one
 * response; notifications none.  Anything the client sends that does not
 * fit the protocol gets the protocol's error (or, for a notification,
 * nothing) and never stops the server. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <jansson.h>
#include "lsp/diagnostics.h"
#include "lsp/document.h"
#include "lsp/features.h"
#include "lsp/rpc.h"
#include "lsp/server.h"
#include "lsp/typing.h"
#include "util/limits.h"
#include "util/xalloc.h"
#include "version.h"
#include "util/banned.h"

static int send_json(struct lsp_server *s, json_t *msg)
{
	char *text;
	int rc = 0;

	if (!msg)
		return -ENOMEM;
	json_object_set_new(msg, "jsonrpc", json_string("2.0"));
	text = json_dumps(msg, JSON_COMPACT);
	json_decref(msg);
	if (!text)
		return -ENOMEM;
	if (!s->gone && s->write(s->ctx, text, strlen(text)) < 0)
		s->gone = 1;
	free(text);
	return rc;
}

int lsp_respond(struct lsp_server *s, json_t *id, json_t *result)
{
	send_json(s, json_pack("{s:O, s:o}", "id", id, "result", result ? result : json_null()));
	return 0;
}

int lsp_respond_error(struct lsp_server *s, json_t *id, int code, const char *message)
{
	send_json(s, json_pack("{s:O, s:{s:i, s:o}}", "id", id ? id : json_null(), "error",
			       "code", code, "message", diagnostics_text(message)));
	return 0;
}

void lsp_notify(struct lsp_server *s, const char *method, json_t *params)
{
	send_json(s, json_pack("{s:s, s:o}", "method", method, "params", params));
}

void lsp_show_message(struct lsp_server *s, int type, const char *text)
{
	lsp_notify(s, "window/showMessage", json_pack("{s:i, s:o}", "type", type, "message",
						      diagnostics_text(text)));
}

void lsp_server_reject(struct lsp_server *s, int code, const char *message)
{
	lsp_respond_error(s, NULL, code, message);
}

struct lsp_server *lsp_server_new(struct bridge *bridge, lsp_write_fn write, void *ctx)
{
	struct lsp_server *s = xcalloc(1, sizeof(*s));

	s->bridge = bridge;
	s->write = write;
	s->ctx = ctx;
	s->typing_ms = IDIOM_LSP_TYPING_QUIET_MS;
	return s;
}

static void doc_free(struct lsp_doc *d)
{
	free(d->uri);
	free(d->path);
	document_release(&d->doc);
	json_decref(d->diagnostics);
}

void lsp_server_free(struct lsp_server *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->ndocs; i++)
		doc_free(&s->docs[i]);
	free(s->docs);
	free(s);
}

int lsp_server_exit_code(const struct lsp_server *s)
{
	return s->shutdown ? 0 : 1;
}

/* ---- documents ---------------------------------------------------------- */

static int hex(int c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
	       : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* The file path of a file:// URI, percent-decoded; NULL for anything else
 * (other schemes, a NUL byte, a remote host).  You own it. */
char *lsp_uri_path(const char *uri)
{
	const char *p;
	char *out, *o;

	if (!uri || strncmp(uri, "file://", 7) != 0)
		return NULL;
	p = uri + 7;
	if (strncmp(p, "localhost/", 10) == 0)
		p += 9;
	if (*p != '/')
		return NULL;
	out = o = xmalloc(strlen(p) + 1);
	for (; *p; p++) {
		if (*p == '%' && hex(p[1]) >= 0 && hex(p[2]) >= 0) {
			*o = (char)(hex(p[1]) * 16 + hex(p[2]));
			if (*o == '\0') {
				free(out);
				return NULL;
			}
			o++;
			p += 2;
		} else {
			*o++ = *p;
		}
	}
	*o = '\0';
	return out;
}

struct lsp_doc *lsp_find_doc(struct lsp_server *s, json_t *params)
{
	const char *uri = json_string_value(json_object_get(json_object_get(params, "textDocument"),
							    "uri"));

	for (size_t i = 0; uri && i < s->ndocs; i++)
		if (strcmp(s->docs[i].uri, uri) == 0)
			return &s->docs[i];
	return NULL;
}

/* Publishes DIAGS (stolen) for D and keeps them for hover. */
static void lsp_publish(struct lsp_server *s, struct lsp_doc *d, json_t *diags)
{
	if (!diags)
		diags = json_array();
	json_decref(d->diagnostics);
	d->diagnostics = json_incref(diags);
	lsp_notify(s, "textDocument/publishDiagnostics",
		   json_pack("{s:s, s:I, s:o}", "uri", d->uri, "version", (json_int_t)d->doc.version,
			     "diagnostics", diags));
}

/* One diagnostic on line 0 saying why there is no verdict. */
static json_t *problem(struct lsp_doc *d, const char *message)
{
	json_t *a = json_array();

	json_array_append_new(a, diagnostics_make(buf_str(&d->doc.text), d->doc.text.len, 0,
						  LSP_WARNING, NULL, message));
	return a;
}

/* Grades D in MODE (features.h).  Publishes the diagnostics and, for a
 * full check asked for or a save, shows the summary.  Returns the summary
 * text (static) or NULL. */
const char *lsp_grade(struct lsp_server *s, struct lsp_doc *d, enum lsp_grade_mode mode)
{
	int full = mode != LSP_GRADE_STATIC;
	static struct diag_summary sum;
	struct error e = ERROR_INIT;
	const char *text = buf_str(&d->doc.text);
	size_t len = d->doc.text.len;
	char *json;
	json_t *diags;

	if (d->too_large)
		return NULL;
	json = mode == LSP_GRADE_SAVED ? bridge_check_saved(s->bridge, &d->target, d->path, text, len, &e)
	     : full ? bridge_grade_full(s->bridge, &d->target, text, len, &e)
		    : bridge_grade_static(s->bridge, &d->target, text, len, &e);
	if (full)
		d->dirty = 0;
	if (!json) {
		lsp_publish(s, d, problem(d, e.message));
		return NULL;
	}
	diags = diagnostics_from_report(json, text, len, full, &sum);
	free(json);
	if (!diags) {
		lsp_publish(s, d, problem(d, "the grader's report could not be read"));
		return NULL;
	}
	lsp_publish(s, d, diags);
	if (mode == LSP_GRADE_FULL || mode == LSP_GRADE_SAVED)
		lsp_show_message(s, strcmp(sum.status, "pass") == 0 ? LSP_MESSAGE_INFO : LSP_MESSAGE_WARNING,
				 sum.text);
	return sum.text;
}

static void too_large(struct lsp_server *s, struct lsp_doc *d)
{
	char msg[256];

	d->too_large = 1;
	document_release(&d->doc);
	document_init(&d->doc, "", 0, d->doc.version);
	lsp_publish(s, d, NULL);
	snprintf(msg, sizeof(msg), "idiom stopped checking %s: it is larger than %d KiB; close it and "
		 "open it again when it is smaller", strrchr(d->path, '/') + 1,
		 IDIOM_LSP_DOCUMENT_MAX / 1024);
	lsp_show_message(s, LSP_MESSAGE_WARNING, msg);
}

static void did_open(struct lsp_server *s, json_t *params)
{
	json_t *td = json_object_get(params, "textDocument");
	const char *uri = json_string_value(json_object_get(td, "uri"));
	json_t *text = json_object_get(td, "text");
	struct bridge_target target;
	struct lsp_doc *d;
	char *path;

	if (!uri || !json_is_string(text) || lsp_find_doc(s, params) || !s->bridge)
		return;
	path = lsp_uri_path(uri);
	if (!path || bridge_locate(s->bridge, path, &target) < 0) {
		free(path);	/* not an exercise answer: idiom has nothing to say */
		return;
	}
	s->docs = xgrow(s->docs, &s->cap, s->ndocs + 1, sizeof(*s->docs));
	d = &s->docs[s->ndocs++];
	memset(d, 0, sizeof(*d));
	d->uri = xstrdup(uri);
	d->path = path;
	d->target = target;
	if (document_init(&d->doc, json_string_value(text), json_string_length(text),
			  (long)json_integer_value(json_object_get(td, "version"))) < 0)
		too_large(s, d);
	else
		lsp_grade(s, d, LSP_GRADE_STATIC);
}

static int position_of(json_t *v, struct lsp_position *out)
{
	json_t *line = json_object_get(v, "line"), *ch = json_object_get(v, "character");

	if (!json_is_integer(line) || !json_is_integer(ch))
		return -EINVAL;
	out->line = (long)json_integer_value(line);
	out->character = (long)json_integer_value(ch);
	return 0;
}

int lsp_range_of(json_t *range, struct lsp_position *start, struct lsp_position *end)
{
	if (position_of(json_object_get(range, "start"), start) < 0 ||
	    position_of(json_object_get(range, "end"), end) < 0)
		return -EINVAL;
	return 0;
}

/* Applies one contentChanges item: a range and text, or the whole text. */
static int apply_change(struct lsp_doc *d, json_t *change)
{
	json_t *text = json_object_get(change, "text"), *range = json_object_get(change, "range");
	struct lsp_position a, b;
	long version = d->doc.version;

	if (!json_is_string(text))
		return -EINVAL;
	if (!range) {
		document_release(&d->doc);
		return document_init(&d->doc, json_string_value(text), json_string_length(text), version);
	}
	if (lsp_range_of(range, &a, &b) < 0)
		return -EINVAL;
	return document_edit(&d->doc, a, b, json_string_value(text), json_string_length(text));
}

static void did_change(struct lsp_server *s, json_t *params)
{
	struct lsp_doc *d = lsp_find_doc(s, params);
	json_t *changes = json_object_get(params, "contentChanges"), *change;
	json_t *version = json_object_get(json_object_get(params, "textDocument"), "version");
	size_t i;

	if (!d || d->too_large || !json_is_array(changes))
		return;
	json_array_foreach(changes, i, change) {
		int rc = apply_change(d, change);

		if (rc == -EFBIG) {
			too_large(s, d);
			return;
		}
		if (rc < 0)
			fprintf(stderr, "idiom lsp: a change to %s has no valid range or text; skipped\n",
				d->path);
	}
	if (json_is_integer(version))
		d->doc.version = (long)json_integer_value(version);
	d->dirty = 1;
	lsp_grade(s, d, LSP_GRADE_STATIC);
}

static void did_save(struct lsp_server *s, json_t *params)
{
	struct lsp_doc *d = lsp_find_doc(s, params);
	json_t *text = json_object_get(params, "text");

	if (!d)
		return;
	if (json_is_string(text) && !d->too_large) {	/* includeText: the saved text wins */
		document_release(&d->doc);
		if (document_init(&d->doc, json_string_value(text), json_string_length(text),
				  d->doc.version) < 0) {
			too_large(s, d);
			return;
		}
	}
	lsp_grade(s, d, LSP_GRADE_SAVED);
}

static void did_close(struct lsp_server *s, json_t *params)
{
	struct lsp_doc *d = lsp_find_doc(s, params);

	if (!d)
		return;
	lsp_notify(s, "textDocument/publishDiagnostics",
		   json_pack("{s:s, s:[]}", "uri", d->uri, "diagnostics"));
	doc_free(d);
	*d = s->docs[--s->ndocs];
}

/* ---- lifecycle and dispatch --------------------------------------------- */

static json_t *capabilities(void)
{
	return json_pack("{s:{s:{s:b, s:i, s:{s:b}}, s:{s:[s]}, s:b, s:{s:[s, s]}},"
			 " s:{s:s, s:s}}",
			 "capabilities",
			 "textDocumentSync", "openClose", 1, "change", 2, "save", "includeText", 0,
			 "codeActionProvider", "codeActionKinds", "quickfix",
			 "hoverProvider", 1,
			 "executeCommandProvider", "commands", "idiom.check", "idiom.hint",
			 "serverInfo", "name", "idiom", "version", IDIOM_VERSION);
}

static int initialize(struct lsp_server *s, json_t *id, json_t *params)
{
	if (s->initialized) {
		return lsp_respond_error(s, id, RPC_INVALID_REQUEST, "initialize was already received");
	}
	s->initialized = 1;
	lsp_typing_configure(s, json_object_get(params, "initializationOptions"));
	return lsp_respond(s, id, capabilities());
}

typedef void (*notification_fn)(struct lsp_server *s, json_t *params);
typedef int (*request_fn)(struct lsp_server *s, json_t *id, json_t *params);

static const struct {
	const char *method;
	notification_fn fn;
} notifications[] = {
	{ "textDocument/didOpen", did_open },
	{ "textDocument/didChange", did_change },
	{ "textDocument/didSave", did_save },
	{ "textDocument/didClose", did_close },
};

static const struct {
	const char *method;
	request_fn fn;
} requests[] = {
	{ "textDocument/codeAction", lsp_code_action },
	{ "textDocument/hover", lsp_hover },
	{ "workspace/executeCommand", lsp_execute_command },
};

static void notification(struct lsp_server *s, const char *method, json_t *params)
{
	if (strcmp(method, "exit") == 0) {
		s->exited = 1;
		return;
	}
	if (!s->initialized || s->shutdown || !json_is_object(params))
		return;	/* notifications before initialize are dropped (LSP 3.17) */
	for (size_t i = 0; i < sizeof(notifications) / sizeof(notifications[0]); i++)
		if (strcmp(method, notifications[i].method) == 0)
			notifications[i].fn(s, params);
}

static int request(struct lsp_server *s, const char *method, json_t *id, json_t *params)
{
	if (strcmp(method, "initialize") == 0)
		return initialize(s, id, params);
	if (!s->initialized)
		return lsp_respond_error(s, id, LSP_SERVER_NOT_INITIALIZED, "the server is not initialized yet");
	if (s->shutdown)
		return lsp_respond_error(s, id, RPC_INVALID_REQUEST, "the server is shutting down");
	if (strcmp(method, "shutdown") == 0) {
		s->shutdown = 1;
		return lsp_respond(s, id, NULL);
	}
	for (size_t i = 0; i < sizeof(requests) / sizeof(requests[0]); i++) {
		if (strcmp(method, requests[i].method) != 0)
			continue;
		if (!json_is_object(params))
			return lsp_respond_error(s, id, RPC_INVALID_PARAMS, "params must be an object");
		return requests[i].fn(s, id, params);
	}
	return lsp_respond_error(s, id, RPC_METHOD_NOT_FOUND, "idiom does not handle this method");
}

int lsp_server_handle(struct lsp_server *s, const char *body, size_t len)
{
	json_error_t jerr;
	json_t *msg = json_loadb(body, len, 0, &jerr);
	json_t *id, *method;

	if (!msg) {
		lsp_respond_error(s, NULL, RPC_PARSE_ERROR, jerr.text);
		return s->gone;
	}
	id = json_object_get(msg, "id");
	method = json_object_get(msg, "method");
	if (!json_is_object(msg) || (id && !json_is_string(id) && !json_is_integer(id)) ||
	    (method && !json_is_string(method))) {
		lsp_respond_error(s, json_is_string(id) || json_is_integer(id) ? id : NULL,
				  RPC_INVALID_REQUEST, "not a JSON-RPC request or notification");
	} else if (!method) {
		if (!id || !(json_object_get(msg, "result") || json_object_get(msg, "error")))
			lsp_respond_error(s, id, RPC_INVALID_REQUEST, "a message without a method");
		/* else a response to a request idiom never sends: ignored */
	} else if (id) {
		request(s, json_string_value(method), id, json_object_get(msg, "params"));
	} else {
		notification(s, json_string_value(method), json_object_get(msg, "params"));
	}
	json_decref(msg);
	return s->exited || s->gone;
}

static int write_fd(void *ctx, const char *body, size_t len)
{
	int fd = *(int *)ctx;
	char *framed;
	size_t n = rpc_frame(body, len, &framed), off = 0;

	while (off < n) {
		ssize_t w = write(fd, framed + off, n - off);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			free(framed);
			return -EPIPE;
		}
		off += (size_t)w;
	}
	free(framed);
	return 0;
}

int lsp_serve(struct bridge *bridge, int in_fd, int out_fd)
{
	struct rpc_reader *r = rpc_reader_new(rpc_read_fd, &in_fd);
	struct lsp_server *s = lsp_server_new(bridge, write_fd, &out_fd);
	int status;

	for (;;) {
		struct error e = ERROR_INIT;
		char *body;
		size_t len;
		int rc;

		if (!rpc_reader_buffered(r) && lsp_typing_wait(s, in_fd) == 0) {
			lsp_typing_run(s);	/* the editor went quiet: check while typing */
			continue;
		}
		rc = rpc_read(r, &body, &len, &e);

		if (rc == -EMSGSIZE) {
			fprintf(stderr, "idiom lsp: %s\n", e.message);
			lsp_server_reject(s, RPC_INVALID_REQUEST, e.message);
			continue;
		}
		if (rc <= 0) {
			if (rc < 0)
				fprintf(stderr, "idiom lsp: %s; stopping\n", e.message);
			break;
		}
		rc = lsp_server_handle(s, body, len);
		free(body);
		if (rc)
			break;
	}
	status = lsp_server_exit_code(s);
	lsp_server_free(s);
	rpc_reader_free(r);
	return status;
}

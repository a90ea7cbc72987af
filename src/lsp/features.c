/* The requests beyond the lifecycle: code actions (quick fixes from the
 * rule that fired, and the next hint), hover over a finding, and the
 * idiom.check / idiom.hint commands. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lsp/diagnostics.h"
#include "lsp/features.h"
#include "lsp/quickfix.h"
#include "util/buf.h"
#include "util/limits.h"
#include "util/banned.h"

/* The diagnostics of CONTEXT that idiom published on LINE under CRITERION. */
static json_t *matching_diagnostics(json_t *context, long line, const char *criterion)
{
	json_t *out = json_array(), *d;
	size_t i;

	json_array_foreach(json_object_get(context, "diagnostics"), i, d) {
		json_t *start = json_object_get(json_object_get(d, "range"), "start");
		const char *source = json_string_value(json_object_get(d, "source"));
		const char *code = json_string_value(json_object_get(d, "code"));

		if (json_integer_value(json_object_get(start, "line")) == line && source &&
		    strcmp(source, "idiom") == 0 && code && strcmp(code, criterion) == 0)
			json_array_append(out, d);
	}
	return out;
}

static json_t *fix_action(struct lsp_doc *d, const struct bridge_fix *f, json_t *context)
{
	const char *text = buf_str(&d->doc.text);
	char title[160];
	json_t *edit;

	quickfix_title(text + f->start, f->end - f->start, f->replacement, title, sizeof(title));
	edit = json_pack("{s:{s:[{s:o, s:s}]}}", "changes", d->uri, "range",
			 diagnostics_range(text, d->doc.text.len, f->start, f->end), "newText",
			 f->replacement);
	return json_pack("{s:s, s:s, s:o, s:o, s:b}", "title", title, "kind", "quickfix",
			 "diagnostics", matching_diagnostics(context, f->line, f->criterion),
			 "edit", edit, "isPreferred", 1);
}

int lsp_code_action(struct lsp_server *s, json_t *id, json_t *params)
{
	struct lsp_doc *d = lsp_find_doc(s, params);
	struct lsp_position a, b;
	struct bridge_fix *fixes = NULL;
	struct error e = ERROR_INIT;
	json_t *context = json_object_get(params, "context"), *out;
	long n;

	if (!d || d->too_large)
		return lsp_respond(s, id, json_array());
	if (lsp_range_of(json_object_get(params, "range"), &a, &b) < 0)
		return lsp_respond_error(s, id, RPC_INVALID_PARAMS, "codeAction needs a range");
	n = bridge_quick_fixes(s->bridge, &d->target, buf_str(&d->doc.text), d->doc.text.len,
			       a.line, b.line, &fixes, &e);
	out = json_array();
	for (long i = 0; i < n; i++)
		json_array_append_new(out, fix_action(d, &fixes[i], context));
	free(fixes);
	json_array_append_new(out, json_pack("{s:s, s:s, s:{s:s, s:s, s:[s]}}",
					     "title", "Show the next hint", "kind", "quickfix",
					     "command", "title", "Show the next hint", "command",
					     "idiom.hint", "arguments", d->uri));
	return lsp_respond(s, id, out);
}

/* The criterion of the first idiom diagnostic of D on LINE, or NULL. */
static const char *criterion_at(struct lsp_doc *d, long line, long character)
{
	json_t *diag;
	size_t i;

	json_array_foreach(d->diagnostics, i, diag) {
		json_t *range = json_object_get(diag, "range");
		struct lsp_position a, b;
		const char *code = json_string_value(json_object_get(diag, "code"));

		if (!code || lsp_range_of(range, &a, &b) < 0)
			continue;
		if (line >= a.line && line <= b.line && (line != b.line || character <= b.character))
			return code;
	}
	return NULL;
}

int lsp_hover(struct lsp_server *s, json_t *id, json_t *params)
{
	struct lsp_doc *d = lsp_find_doc(s, params);
	json_t *pos = json_object_get(params, "position");
	const char *title;
	struct buf text;
	json_t *result;

	if (!d || !json_is_integer(json_object_get(pos, "line")))
		return lsp_respond(s, id, NULL);
	title = criterion_at(d, (long)json_integer_value(json_object_get(pos, "line")),
			     (long)json_integer_value(json_object_get(pos, "character")));
	if (!title)
		return lsp_respond(s, id, NULL);
	buf_init(&text, IDIOM_LSP_TEXT_MAX);
	bridge_describe(s->bridge, &d->target, title, &text);
	result = json_pack("{s:{s:s, s:o}}", "contents", "kind", "markdown", "value",
			   diagnostics_text(buf_str(&text)));
	buf_free(&text);
	return lsp_respond(s, id, result);
}

/* The open document named by a command's first argument (its URI). */
static struct lsp_doc *command_doc(struct lsp_server *s, json_t *params)
{
	json_t *arg = json_array_get(json_object_get(params, "arguments"), 0);
	json_t *td = json_pack("{s:{s:O}}", "textDocument", "uri", json_is_string(arg) ? arg : json_null());
	struct lsp_doc *d = lsp_find_doc(s, td);

	json_decref(td);
	return d;
}

static int hint(struct lsp_server *s, json_t *id, struct lsp_doc *d)
{
	struct error e = ERROR_INIT;
	char *text = bridge_next_hint(s->bridge, &d->target, &e);

	if (!text)
		return lsp_respond_error(s, id, LSP_REQUEST_FAILED, e.message);
	lsp_show_message(s, LSP_MESSAGE_INFO, text);
	lsp_respond(s, id, diagnostics_text(text));
	free(text);
	return 0;
}

int lsp_execute_command(struct lsp_server *s, json_t *id, json_t *params)
{
	const char *command = json_string_value(json_object_get(params, "command"));
	struct lsp_doc *d;
	const char *summary;

	if (!command || (strcmp(command, "idiom.check") != 0 && strcmp(command, "idiom.hint") != 0))
		return lsp_respond_error(s, id, RPC_INVALID_PARAMS,
					 "idiom's commands are idiom.check and idiom.hint");
	d = command_doc(s, params);
	if (!d || d->too_large)
		return lsp_respond_error(s, id, RPC_INVALID_PARAMS,
					 "the command's argument must be the URI of an open exercise answer");
	if (strcmp(command, "idiom.hint") == 0)
		return hint(s, id, d);
	summary = lsp_grade(s, d, LSP_GRADE_FULL);
	return lsp_respond(s, id, summary ? json_string(summary) : NULL);
}

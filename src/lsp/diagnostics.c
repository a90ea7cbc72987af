/* Report JSON to LSP diagnostics; see diagnostics.h.  The report is read as
 * the fixed contract gives it, so this stays right whichever layer made it. */
#include <stdio.h>
#include <string.h>
#include "grade/report.h"
#include "lsp/diagnostics.h"
#include "lsp/document.h"
#include "util/buf.h"
#include "util/limits.h"
#include "util/text.h"
#include "util/banned.h"

json_t *diagnostics_text(const char *s)
{
	struct buf b;
	size_t len = s ? strlen(s) : 0;
	json_t *v;

	buf_init(&b, IDIOM_LSP_TEXT_MAX + 8);
	for (size_t i = 0; i < len;) {
		size_t n = text_utf8_valid((const unsigned char *)s + i, len - i);
		const char *piece = n ? s + i : "\xef\xbf\xbd";
		size_t plen = n ? n : 3;

		if (b.len + plen > IDIOM_LSP_TEXT_MAX) {
			buf_puts(&b, "\xe2\x80\xa6");	/* … */
			break;
		}
		buf_add(&b, piece, plen);
		i += n ? n : 1;
	}
	v = json_string(buf_str(&b));
	buf_free(&b);
	return v;
}

static json_t *position(const char *text, size_t len, size_t off)
{
	long line = 0;
	size_t line_start = 0;

	for (size_t i = 0; i < off && i < len; i++)
		if (text[i] == '\n') {
			line++;
			line_start = i + 1;
		}
	return json_pack("{s:i, s:i}", "line", (json_int_t)line, "character",
			 (json_int_t)document_utf16_units(text + line_start, off - line_start));
}

json_t *diagnostics_range(const char *text, size_t len, size_t start, size_t end)
{
	return json_pack("{s:o, s:o}", "start", position(text, len, start), "end",
			 position(text, len, end));
}

/* The last line of TEXT that exists, for a finding past the end. */
static long clamp_line(const char *text, size_t len, long line)
{
	size_t start, n;

	while (line > 0 && document_line(text, len, line, &start, &n) < 0)
		line--;
	return line < 0 ? 0 : line;
}

json_t *diagnostics_make(const char *text, size_t len, long line, int severity,
			 const char *code, const char *message)
{
	size_t start = 0, n = 0, lead = 0;
	long col0, col1;
	json_t *d;

	line = clamp_line(text, len, line);
	if (document_line(text, len, line, &start, &n) < 0)
		start = n = 0;
	while (lead < n && (text[start + lead] == ' ' || text[start + lead] == '\t'))
		lead++;
	if (n > 0 && text[start + n - 1] == '\r')
		n--;
	col0 = lead < n ? (long)lead : 0;	/* the code, not its indentation */
	col1 = document_utf16_units(text + start, n);
	d = json_pack("{s:{s:{s:i, s:i}, s:{s:i, s:i}}, s:i, s:s, s:o}",
		      "range", "start", "line", (json_int_t)line, "character", (json_int_t)col0,
		      "end", "line", (json_int_t)line, "character", (json_int_t)col1,
		      "severity", severity, "source", "idiom", "message", diagnostics_text(message));
	if (d && code)
		json_object_set_new(d, "code", diagnostics_text(code));
	return d;
}

/* Severity from the item's level (report.h): essential is an error,
 * actionable a warning, informative information, celebratory a hint.  An
 * item without a level (a report from before levels) goes by its
 * criterion's status. */
static int severity_of(json_t *item, int failing)
{
	static const struct { const char *level; int severity; } table[] = {
		{ "essential", LSP_ERROR }, { "actionable", LSP_WARNING },
		{ "informative", LSP_INFORMATION }, { "celebratory", LSP_HINT },
	};
	const char *level = json_string_value(json_object_get(item, "level"));

	for (size_t i = 0; level && i < sizeof(table) / sizeof(table[0]); i++)
		if (strcmp(level, table[i].level) == 0)
			return table[i].severity;
	return failing ? LSP_ERROR : LSP_INFORMATION;
}

static void add_criterion(json_t *out, json_t *crit, const char *text, size_t len,
			  struct diag_summary *sum)
{
	const char *title = json_string_value(json_object_get(crit, "title"));
	const char *status = json_string_value(json_object_get(crit, "status"));
	json_t *feedback = json_object_get(crit, "feedback"), *item;
	int failing = status && strcmp(status, "pass") != 0;
	size_t i;

	sum->total++;
	sum->passed += !failing;
	json_array_foreach(feedback, i, item) {
		const char *message = json_string_value(json_object_get(item, "message"));
		json_int_t line = json_integer_value(json_object_get(item, "line"));

		/* The answer's own error (a syntax error) is the one diagnostic
		 * that matters then; a criterion's "not judged" adds nothing. */
		if (!message || !message[0] || strcmp(message, REPORT_NOT_JUDGED) == 0)
			continue;
		json_array_append_new(out, diagnostics_make(text, len, line > 0 ? (long)line - 1 : 0,
							    severity_of(item, failing), title, message));
	}
}

json_t *diagnostics_from_report(const char *report_json, const char *text, size_t len,
				int summary, struct diag_summary *sum)
{
	json_t *report = json_loads(report_json, 0, NULL);
	json_t *criteria = json_object_get(report, "criteria"), *crit, *out;
	const char *status = json_string_value(json_object_get(report, "status"));
	const char *message = json_string_value(json_object_get(report, "message"));
	size_t i;

	memset(sum, 0, sizeof(*sum));
	if (!json_is_array(criteria) || !status || !(out = json_array())) {
		json_decref(report);
		return NULL;
	}
	snprintf(sum->status, sizeof(sum->status), "%s", status);
	/* The error (a syntax error) first, as every output ranks it. */
	if (message && message[0] && !summary)	/* else the summary says it */
		json_array_append_new(out, diagnostics_make(text, len, 0, LSP_ERROR, NULL, message));
	json_array_foreach(criteria, i, crit)
		add_criterion(out, crit, text, len, sum);
	snprintf(sum->text, sizeof(sum->text), "%zu of %zu criteria pass%s%.200s", sum->passed,
		 sum->total, message && message[0] ? "; " : "", message ? message : "");
	if (summary)
		json_array_append_new(out, diagnostics_make(text, len, 0, LSP_INFORMATION, NULL,
							    sum->text));
	json_decref(report);
	return out;
}

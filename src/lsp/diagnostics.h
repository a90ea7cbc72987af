/* From a report (the `idiom check --json` object) to LSP diagnostics: one
 * per feedback line, on the line it names (0-based in LSP, 1-based in the
 * report), the whole line's range in UTF-16 units, in the report's ranked
 * order, the error first.  Severity from the item's level: essential Error,
 * actionable Warning, informative Information, celebratory Hint.  `source`
 * is "idiom", `code` the criterion's title. */
#ifndef IDIOM_LSP_DIAGNOSTICS_H
#define IDIOM_LSP_DIAGNOSTICS_H
#include <stddef.h>
#include <jansson.h>

enum { LSP_ERROR = 1, LSP_WARNING = 2, LSP_INFORMATION = 3, LSP_HINT = 4 };

struct diag_summary {
	size_t passed, total;
	char status[8];		/* "pass", "fail" or "error" */
	char text[256];		/* "2 of 3 criteria pass" (+ the error) */
};

/* The diagnostics for REPORT_JSON against the document TEXT[0..len): a new
 * JSON array you own, with *SUM filled; with SUMMARY an information
 * diagnostic on line 0 says how many criteria pass.  NULL when REPORT_JSON
 * is not a report. */
json_t *diagnostics_from_report(const char *report_json, const char *text, size_t len,
				int summary, struct diag_summary *sum);

/* One diagnostic on 0-based LINE of TEXT[0..len) (clamped to the text). */
json_t *diagnostics_make(const char *text, size_t len, long line, int severity,
			 const char *code, const char *message);

/* A range {start, end} of 0-based lines and UTF-16 characters for bytes
 * [START, END) of TEXT[0..len). */
json_t *diagnostics_range(const char *text, size_t len, size_t start, size_t end);

/* S as a JSON string safe to send: at most IDIOM_LSP_TEXT_MAX bytes, cut at
 * a character boundary, invalid UTF-8 replaced by U+FFFD.  Never NULL
 * unless memory runs out. */
json_t *diagnostics_text(const char *s);

#endif

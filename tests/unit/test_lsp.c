/* The language server without a process: framing (src/lsp/rpc.c) over an
 * in-memory stream, positions and incremental edits (document.c), report
 * JSON to diagnostics (diagnostics.c), the quick-fix table, dispatch and
 * protocol errors (server.c) with a capturing writer, and the bridge on the
 * real course (locating answers, fixes from the rule that fired). */
#include <criterion/criterion.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <jansson.h>
#include "lsp/bridge.h"
#include "lsp/diagnostics.h"
#include "lsp/document.h"
#include "lsp/quickfix.h"
#include "lsp/rpc.h"
#include "lsp/server.h"
#include "util/buf.h"
#include "util/limits.h"

/* ---- framing ------------------------------------------------------------- */

struct mem {
	const char *data;
	size_t len, off, chunk;	/* chunk: bytes per read, to split headers */
};

static ssize_t mem_read(void *ctx, void *buf, size_t len)
{
	struct mem *m = ctx;
	size_t n = m->len - m->off;

	if (n > len)
		n = len;
	if (m->chunk && n > m->chunk)
		n = m->chunk;
	memcpy(buf, m->data + m->off, n);
	m->off += n;
	return (ssize_t)n;
}

static int read_one(struct mem *m, struct rpc_reader *r, char **body, struct error *e)
{
	size_t len;

	(void)m;
	return rpc_read(r, body, &len, e);
}

Test(lsp_rpc, reads_messages_split_across_reads)
{
	const char in[] = "Content-Length: 2\r\n\r\n{}content-length:  7 \r\nContent-Type: x\r\n\r\n[1,2,3]";
	struct mem m = { in, sizeof(in) - 1, 0, 3 };
	struct rpc_reader *r = rpc_reader_new(mem_read, &m);
	struct error e = ERROR_INIT;
	char *body;

	cr_assert_eq(read_one(&m, r, &body, &e), 1);
	cr_assert_str_eq(body, "{}");
	free(body);
	cr_assert_eq(read_one(&m, r, &body, &e), 1);
	cr_assert_str_eq(body, "[1,2,3]");
	free(body);
	cr_assert_eq(read_one(&m, r, &body, &e), 0);	/* clean end */
	rpc_reader_free(r);
}

static int read_status(const char *in, size_t len)
{
	struct mem m = { in, len, 0, 0 };
	struct rpc_reader *r = rpc_reader_new(mem_read, &m);
	struct error e = ERROR_INIT;
	char *body = NULL;
	int rc = read_one(&m, r, &body, &e);

	free(body);
	rpc_reader_free(r);
	return rc;
}

Test(lsp_rpc, refuses_bad_headers_and_vanished_clients)
{
	char big[IDIOM_LSP_HEADER_MAX + 100];

	cr_assert_eq(read_status("Content-Type: a\r\n\r\n{}", 21), -EPROTO);
	cr_assert_eq(read_status("Content-Length: x\r\n\r\n{}", 23), -EPROTO);
	cr_assert_eq(read_status("Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}", 42), -EPROTO);
	cr_assert_eq(read_status("Content-Length: 10\r\n\r\n{}", 24), -EPIPE);
	cr_assert_eq(read_status("Content-Len", 11), -EPIPE);
	memset(big, 'a', sizeof(big));
	cr_assert_eq(read_status(big, sizeof(big)), -EPROTO);
}

Test(lsp_rpc, skips_an_oversized_body_and_reads_the_next)
{
	size_t n = IDIOM_LSP_MESSAGE_MAX + 10;
	char *in = malloc(n + 100);
	int head = snprintf(in, 100, "Content-Length: %zu\r\n\r\n", n);
	struct mem m;
	struct rpc_reader *r;
	struct error e = ERROR_INIT;
	char *body;

	memset(in + head, ' ', n);
	memcpy(in + head + n, "Content-Length: 1\r\n\r\n1", 22);
	m = (struct mem){ in, (size_t)head + n + 22, 0, 0 };
	r = rpc_reader_new(mem_read, &m);
	cr_assert_eq(read_one(&m, r, &body, &e), -EMSGSIZE);
	cr_assert_eq(read_one(&m, r, &body, &e), 1);
	cr_assert_str_eq(body, "1");
	free(body);
	rpc_reader_free(r);
	free(in);
}

Test(lsp_rpc, frames_with_byte_length)
{
	char *out;
	size_t n = rpc_frame("{\"a\":\"é\"}", 10, &out);

	cr_assert_eq(n, 32);
	cr_assert_str_eq(out, "Content-Length: 10\r\n\r\n{\"a\":\"é\"}");
	free(out);
}

/* ---- documents ----------------------------------------------------------- */

Test(lsp_document, utf16_positions)
{
	/* "a😀b" — 😀 is 4 bytes and 2 UTF-16 units; é is 2 bytes, 1 unit. */
	const char *t = "x\na\xf0\x9f\x98\x80" "b\xc3\xa9\n";
	size_t len = strlen(t);

	cr_assert_eq(document_offset(t, len, (struct lsp_position){ 1, 1 }), 3);
	cr_assert_eq(document_offset(t, len, (struct lsp_position){ 1, 2 }), 3);	/* mid-pair */
	cr_assert_eq(document_offset(t, len, (struct lsp_position){ 1, 3 }), 7);
	cr_assert_eq(document_offset(t, len, (struct lsp_position){ 1, 5 }), 10);
	cr_assert_eq(document_offset(t, len, (struct lsp_position){ 1, 99 }), 10);	/* clamped */
	cr_assert_eq(document_offset(t, len, (struct lsp_position){ 9, 0 }), len);
	cr_assert_eq(document_utf16_units(t + 2, 8), 5);
}

Test(lsp_document, incremental_edits)
{
	struct document d;

	cr_assert_eq(document_init(&d, "def f():\n    return null\n", 25, 1), 0);
	cr_assert_eq(document_edit(&d, (struct lsp_position){ 1, 11 }, (struct lsp_position){ 1, 15 },
				   "None", 4), 0);
	cr_assert_str_eq(buf_str(&d.text), "def f():\n    return None\n");
	cr_assert_eq(document_edit(&d, (struct lsp_position){ 2, 0 }, (struct lsp_position){ 2, 0 },
				   "x = 1\n", 6), 0);
	cr_assert_str_eq(buf_str(&d.text), "def f():\n    return None\nx = 1\n");
	cr_assert_eq(document_edit(&d, (struct lsp_position){ 1, 0 }, (struct lsp_position){ 0, 0 },
				   "", 0), -EINVAL);
	document_release(&d);
}

Test(lsp_document, cap_refuses_growth)
{
	struct document d;
	char *big = calloc(1, IDIOM_LSP_DOCUMENT_MAX);

	memset(big, 'a', IDIOM_LSP_DOCUMENT_MAX - 1);
	cr_assert_eq(document_init(&d, big, IDIOM_LSP_DOCUMENT_MAX - 1, 1), 0);
	cr_assert_eq(document_edit(&d, (struct lsp_position){ 0, 0 }, (struct lsp_position){ 0, 0 },
				   "xy", 2), -EFBIG);
	cr_assert_eq(d.text.len, IDIOM_LSP_DOCUMENT_MAX - 1);
	document_release(&d);
	cr_assert_eq(document_init(&d, big, IDIOM_LSP_DOCUMENT_MAX + 0, 1) == 0, 1);
	document_release(&d);
	free(big);
}

/* ---- diagnostics --------------------------------------------------------- */

static const char report[] =
	"{\"lesson\":\"04\",\"exercise\":\"rewrite\",\"file\":\"rewrite.py\",\"status\":\"fail\","
	"\"criteria\":[{\"title\":\"A\",\"status\":\"fail\",\"feedback\":[{\"line\":2,\"message\":\"bad\"}]},"
	"{\"title\":\"B\",\"status\":\"pass\",\"feedback\":[{\"line\":9,\"message\":\"note\"}]},"
	"{\"title\":\"C\",\"status\":\"pass\",\"feedback\":[]}],\"message\":\"\",\"ms\":1.5}";

Test(lsp_diagnostics, lines_severity_code_and_summary)
{
	const char *text = "x = 1\n  \xf0\x9f\x98\x80 = null\nlast\n";
	struct diag_summary sum;
	json_t *d = diagnostics_from_report(report, text, strlen(text), 1, &sum);
	json_t *first, *second, *last;

	cr_assert_not_null(d);
	cr_assert_eq(json_array_size(d), 3);
	first = json_array_get(d, 0);
	cr_assert_eq(json_integer_value(json_object_get(first, "severity")), LSP_ERROR);
	cr_assert_str_eq(json_string_value(json_object_get(first, "code")), "A");
	cr_assert_str_eq(json_string_value(json_object_get(first, "source")), "idiom");
	cr_assert_eq(json_integer_value(json_object_get(json_object_get(json_object_get(first, "range"), "start"), "line")), 1);
	cr_assert_eq(json_integer_value(json_object_get(json_object_get(json_object_get(first, "range"), "start"), "character")), 2);
	cr_assert_eq(json_integer_value(json_object_get(json_object_get(json_object_get(first, "range"), "end"), "character")), 11);
	second = json_array_get(d, 1);	/* line 9 past the end: the last line */
	cr_assert_eq(json_integer_value(json_object_get(second, "severity")), LSP_INFORMATION);
	cr_assert_eq(json_integer_value(json_object_get(json_object_get(json_object_get(second, "range"), "start"), "line")), 3);
	last = json_array_get(d, 2);
	cr_assert_str_eq(json_string_value(json_object_get(last, "message")), "2 of 3 criteria pass");
	cr_assert_str_eq(sum.text, "2 of 3 criteria pass");
	json_decref(d);
	cr_assert_null(diagnostics_from_report("{\"x\":1}", "", 0, 0, &sum));
	cr_assert_null(diagnostics_from_report("not json", "", 0, 0, &sum));
}

/* Severity comes from each item's level, and the report's error (a syntax
 * error) comes first. */
static const char levelled[] =
	"{\"lesson\":\"04\",\"exercise\":\"rewrite\",\"file\":\"rewrite.py\",\"status\":\"error\","
	"\"criteria\":[{\"title\":\"A\",\"status\":\"fail\",\"feedback\":["
	"{\"line\":1,\"message\":\"e\",\"level\":\"essential\"},"
	"{\"line\":1,\"message\":\"a\",\"level\":\"actionable\"},"
	"{\"line\":1,\"message\":\"i\",\"level\":\"informative\"},"
	"{\"line\":1,\"message\":\"c\",\"level\":\"celebratory\"}]}],"
	"\"message\":\"syntax error at line 1: invalid syntax\",\"ms\":1.5}";

Test(lsp_diagnostics, severity_from_level_error_first)
{
	static const int want[] = { LSP_ERROR, LSP_ERROR, LSP_WARNING, LSP_INFORMATION, LSP_HINT };
	struct diag_summary sum;
	json_t *d = diagnostics_from_report(levelled, "x\n", 2, 0, &sum);

	cr_assert_eq(json_array_size(d), 5);
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(d, 0), "message")),
			 "syntax error at line 1: invalid syntax");
	for (size_t i = 0; i < 5; i++)
		cr_assert_eq(json_integer_value(json_object_get(json_array_get(d, i), "severity")),
			     want[i], "diagnostic %zu", i);
	json_decref(d);
}

Test(lsp_diagnostics, text_is_bounded_and_valid_utf8)
{
	char *big = malloc(IDIOM_LSP_TEXT_MAX * 2);
	json_t *v;

	memset(big, 'a', IDIOM_LSP_TEXT_MAX * 2 - 1);
	big[IDIOM_LSP_TEXT_MAX * 2 - 1] = '\0';
	v = diagnostics_text(big);
	cr_assert_leq(strlen(json_string_value(v)), IDIOM_LSP_TEXT_MAX + 3);
	json_decref(v);
	v = diagnostics_text("ok \xff\xfe done");
	cr_assert_str_eq(json_string_value(v), "ok \xef\xbf\xbd\xef\xbf\xbd done");
	json_decref(v);
	free(big);
}

Test(lsp_quickfix, only_exact_known_replacements)
{
	cr_assert_str_eq(quickfix_replacement("js-literal", "null", 4), "None");
	cr_assert_str_eq(quickfix_replacement("js-literal", "true", 4), "True");
	cr_assert_str_eq(quickfix_replacement("js-strict-equality", "!==", 3), "!=");
	cr_assert_str_eq(quickfix_replacement("js-semicolon", "; \t", 3), "");
	cr_assert_null(quickfix_replacement("js-semicolon", ";x", 2));
	cr_assert_null(quickfix_replacement("js-literal", "nullx", 5));
	cr_assert_null(quickfix_replacement("js-logical-operators", "&&", 2));
	cr_assert(quickfix_known("js-this"));
	cr_assert(!quickfix_known("camel-case-name"));
}

/* ---- dispatch ------------------------------------------------------------ */

static struct buf sent;

static int capture(void *ctx, const char *body, size_t len)
{
	(void)ctx;
	buf_add(&sent, body, len);
	buf_putc(&sent, '\n');
	return 0;
}

static struct lsp_server *server(struct bridge *b)
{
	buf_init(&sent, 0);
	return lsp_server_new(b, capture, NULL);
}

static int handle(struct lsp_server *s, const char *msg)
{
	return lsp_server_handle(s, msg, strlen(msg));
}

static void expect_sent(const char *needle)
{
	cr_assert(strstr(buf_str(&sent), needle), "missing %s in:\n%s", needle, buf_str(&sent));
}

#define INIT "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}"

Test(lsp_server, lifecycle_and_protocol_errors)
{
	struct lsp_server *s = server(NULL);

	handle(s, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
	expect_sent("{\"id\":2,\"error\":{\"code\":-32002");
	cr_assert_eq(handle(s, INIT), 0);
	expect_sent("\"textDocumentSync\"");
	handle(s, INIT);
	expect_sent("{\"id\":1,\"error\":{\"code\":-32600");
	handle(s, "{\"jsonrpc\":");
	expect_sent("{\"id\":null,\"error\":{\"code\":-32700");
	handle(s, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"nope\"}");
	expect_sent("{\"id\":3,\"error\":{\"code\":-32601");
	handle(s, "{\"jsonrpc\":\"2.0\",\"id\":true,\"method\":\"shutdown\"}");
	expect_sent("{\"id\":null,\"error\":{\"code\":-32600");
	handle(s, "{\"jsonrpc\":\"2.0\",\"id\":4,\"result\":null}");	/* a response: ignored */
	handle(s, "{\"jsonrpc\":\"2.0\",\"method\":\"unknown/notification\"}");
	cr_assert_null(strstr(buf_str(&sent), "\"id\":4"));
	cr_assert_eq(lsp_server_exit_code(s), 1);
	handle(s, "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"shutdown\"}");
	expect_sent("{\"id\":5,\"result\":null");
	handle(s, "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"textDocument/hover\",\"params\":{}}");
	expect_sent("{\"id\":6,\"error\":{\"code\":-32600");
	cr_assert_eq(handle(s, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}"), 1);
	cr_assert_eq(lsp_server_exit_code(s), 0);
	lsp_server_free(s);
	buf_free(&sent);
}

/* ---- the bridge on the real course ---------------------------------------- */

static char home[] = "/tmp/idiom-lsp-unit-XXXXXX";

static struct bridge *course_bridge(void)
{
	struct error e = ERROR_INIT;
	char dir[PATH_MAX];
	struct bridge *b;

	cr_assert_not_null(mkdtemp(home));
	snprintf(dir, sizeof(dir), "%s/04-async", home);
	cr_assert_eq(mkdir(dir, 0755), 0);
	b = bridge_new("courses/js-to-python", home, NULL, &e);
	cr_assert_not_null(b, "%s", e.message);
	return b;
}

static void remove_home(void)
{
	char dir[PATH_MAX];

	snprintf(dir, sizeof(dir), "%s/04-async", home);
	rmdir(dir);
	rmdir(home);
}

Test(lsp_bridge, locates_workspace_answers_only)
{
	struct bridge *b = course_bridge();
	struct bridge_target t;
	char path[PATH_MAX];

	snprintf(path, sizeof(path), "%s/04-async/rewrite.py", home);
	cr_assert_eq(bridge_locate(b, path, &t), 0);
	cr_assert_eq(t.lesson->number, 4);
	cr_assert_eq(t.kind, EXERCISE_REWRITE);
	snprintf(path, sizeof(path), "%s/04-async/reflect.md", home);
	cr_assert_eq(bridge_locate(b, path, &t), 0);
	cr_assert_eq(t.kind, EXERCISE_REFLECT);
	snprintf(path, sizeof(path), "%s/04-async/notes.py", home);
	cr_assert_eq(bridge_locate(b, path, &t), -ENOENT);
	snprintf(path, sizeof(path), "%s/rewrite.py", home);
	cr_assert_eq(bridge_locate(b, path, &t), -ENOENT);
	cr_assert_eq(bridge_locate(b, "/etc/04-async/rewrite.py", &t), -ENOENT);
	bridge_free(b);
	remove_home();
}

Test(lsp_bridge, fixes_follow_the_rule_that_fired)
{
	struct bridge *b = course_bridge();
	struct bridge_target t;
	struct bridge_fix *fixes;
	struct error e = ERROR_INIT;
	char path[PATH_MAX];
	/* line 0: null and === in code; line 1: the same inside a string and a
	 * comment (no rule fires there); line 2: a trailing semicolon. */
	const char *src = "x = null if a === b else true\ns = \"null === 1\"  # null\ny = 1;\n";
	long n;

	snprintf(path, sizeof(path), "%s/04-async/rewrite.py", home);
	cr_assert_eq(bridge_locate(b, path, &t), 0);
	n = bridge_quick_fixes(b, &t, src, strlen(src), 0, 10, &fixes, &e);
	cr_assert_eq(n, 4, "%ld fixes (%s)", n, e.message);
	for (long i = 0; i < n; i++) {
		const char *found = src + fixes[i].start;
		size_t flen = fixes[i].end - fixes[i].start;

		cr_assert_neq(fixes[i].line, 1);
		if (strncmp(found, "null", flen) == 0)
			cr_assert_str_eq(fixes[i].replacement, "None");
		else if (strncmp(found, "===", flen) == 0)
			cr_assert_str_eq(fixes[i].replacement, "==");
		else if (strncmp(found, "true", flen) == 0)
			cr_assert_str_eq(fixes[i].replacement, "True");
		else
			cr_assert(fixes[i].line == 2 && found[0] == ';');
		cr_assert_str_eq(fixes[i].criterion, "Uses async/await clearly in Python");
	}
	free(fixes);
	n = bridge_quick_fixes(b, &t, src, strlen(src), 2, 2, &fixes, &e);
	cr_assert_eq(n, 1);
	free(fixes);
	bridge_free(b);
	remove_home();
}

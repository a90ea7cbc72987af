/* Language-server benchmark (not a test): microseconds from a didChange
 * arriving to its publishDiagnostics being written, for a 40-line lesson 04
 * answer, through the real server, bridge and static rules in one process
 * (no pipe: the editor's side is not ours to time).  Each sample edits one
 * character of line 20, alternating, so every change really re-grades.
 * Figures go to docs/PERFORMANCE.md, "Language server".
 * Usage: build/bench/lsp-bench [ITERATIONS] (from the repository root). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <jansson.h>
#include "lsp/bridge.h"
#include "lsp/server.h"
#include "util/buf.h"

static double now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double published_at;
static int publishes;

static int on_write(void *ctx, const char *body, size_t len)
{
	(void)ctx;
	(void)len;
	if (strstr(body, "textDocument/publishDiagnostics")) {
		published_at = now_us();
		publishes++;
	}
	return 0;
}

/* A 40-line answer: the exercise's functions and some realistic helpers,
 * with two JavaScript habits left in so there is something to report. */
static char *answer(void)
{
	struct buf b;

	buf_init(&b, 0);
	buf_puts(&b, "import asyncio\n\n\n\nasync def load_config():\n    await asyncio.sleep(0.01)\n"
		 "    return {\"theme\": \"dark\", \"page_size\": 20}\n\n\n"
		 "async def fetch_user(user_id):\n    await asyncio.sleep(0.01)\n"
		 "    return {\"id\": user_id, \"name\": \"Ada\"}\n\n\n");
	for (int i = 0; i < 5; i++)
		buf_printf(&b, "def helper_%d(items):\n    total = 0\n    for item in items:\n"
			   "        total += item;\n", i);
	buf_puts(&b, "async def load_config_and_user(user_id):\n    config = await load_config()\n"
		 "    user = await fetch_user(user_id)\n    if user is null:\n        return None\n"
		 "    return {\"config\": config, \"user\": user}\n");
	return buf_detach(&b);
}

static void send(struct lsp_server *s, json_t *msg)
{
	char *text = json_dumps(msg, JSON_COMPACT);

	lsp_server_handle(s, text, strlen(text));
	free(text);
	json_decref(msg);
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2000, lines = 0;
	char home[] = "/tmp/idiom-lsp-bench-XXXXXX", dir[256], uri[300];
	struct error e = ERROR_INIT;
	struct bridge *b;
	struct lsp_server *s;
	double *samples = calloc((size_t)n + 1, sizeof(double));
	char *text = answer();

	for (const char *p = text; *p; p++)
		lines += *p == '\n';
	if (!mkdtemp(home))
		return 1;
	snprintf(dir, sizeof(dir), "%s/04-async", home);
	mkdir(dir, 0755);
	snprintf(uri, sizeof(uri), "file://%s/rewrite.py", dir);
	b = bridge_new("courses/js-to-python", home, NULL, &e);
	if (!b) {
		fprintf(stderr, "lsp-bench: %s\n", e.message);
		return 1;
	}
	s = lsp_server_new(b, on_write, NULL);
	send(s, json_pack("{s:s, s:i, s:s, s:{}}", "jsonrpc", "2.0", "id", 1, "method", "initialize", "params"));
	send(s, json_pack("{s:s, s:s, s:{s:{s:s, s:s, s:i, s:s}}}", "jsonrpc", "2.0", "method",
			  "textDocument/didOpen", "params", "textDocument", "uri", uri, "languageId",
			  "python", "version", 1, "text", text));
	for (int i = 0; i < n; i++) {
		json_t *msg = json_pack("{s:s, s:s, s:{s:{s:s, s:i}, s:[{s:{s:{s:i, s:i}, s:{s:i, s:i}}, s:s}]}}",
			"jsonrpc", "2.0", "method", "textDocument/didChange", "params",
			"textDocument", "uri", uri, "version", i + 2, "contentChanges", "range",
			"start", "line", 19, "character", 4, "end", "line", 19, "character", 5,
			"text", i % 2 ? "t" : "T");
		char *body = json_dumps(msg, JSON_COMPACT);
		double t0 = now_us();

		lsp_server_handle(s, body, strlen(body));	/* parse, edit, grade, publish */
		samples[i] = published_at - t0;
		free(body);
		json_decref(msg);
	}
	qsort(samples, (size_t)n, sizeof(double), cmp_double);
	printf("lsp: didChange -> publishDiagnostics, %d-line answer, %d changes (%d published): "
	       "p50 %.0f us, p99 %.0f us, max %.0f us\n", lines, n, publishes - 1,
	       samples[n / 2], samples[n * 99 / 100], samples[n - 1]);
	lsp_server_free(s);
	bridge_free(b);
	rmdir(dir);
	rmdir(home);
	free(samples);
	free(text);
	return 0;
}

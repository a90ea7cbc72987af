/* Fuzz target for the web app's request handling: routing, the Host/Origin
 * checks and the JSON bodies of the API.  An input is a request in a small
 * text form: "METHOD PATH\n", then "Name: value" header lines (Host,
 * Origin, Content-Type, Sec-Fetch-Site), a blank line, and the body.  The
 * HTTP framing itself is libmicrohttpd's.  /api/check is answered as
 * /api/hints (static rules only): the same body handling, without starting
 * the sandbox for every input.  No store and no workspace: nothing is
 * written.  Built with libFuzzer by `make fuzz`, with fuzz/replay.c by
 * `make test`. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "course/course.h"
#include "util/xalloc.h"
#include "web/web.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
const char *__lsan_default_suppressions(void);

/* See rules_fuzz.c: tree-sitter's own allocations on failed queries. */
const char *__lsan_default_suppressions(void)
{
	return "leak:ts_malloc_default\n";
}

static struct web *app(void)
{
	static struct course *course;
	static struct web *web;
	struct diags d;

	if (!web) {
		diags_init(&d);
		course = course_load("courses/js-to-python", &d);
		diags_free(&d);
		if (!course)
			abort();
		if (web_new(course, NULL, NULL, &web, NULL) < 0)
			abort();
		web_set_port(web, 8604);
	}
	return web;
}

/* Splits off the next line of TEXT (modified in place); NULL at the end. */
static char *next_line(char **text)
{
	char *line = *text, *nl;

	if (!line)
		return NULL;
	nl = strchr(line, '\n');
	if (nl) {
		*nl = '\0';
		*text = nl + 1;
	} else {
		*text = NULL;
	}
	return line;
}

static void header(struct web_request *req, char *line)
{
	char *colon = strchr(line, ':');
	const char *value;

	if (!colon)
		return;
	*colon = '\0';
	value = colon[1] == ' ' ? colon + 2 : colon + 1;
	if (strcmp(line, "Host") == 0)
		req->host = value;
	else if (strcmp(line, "Origin") == 0)
		req->origin = value;
	else if (strcmp(line, "Content-Type") == 0)
		req->content_type = value;
	else if (strcmp(line, "Sec-Fetch-Site") == 0)
		req->fetch_site = value;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *copy = xstrndup((const char *)data, size), *rest = copy, *line, *sp;
	struct web_request req = { .host = "127.0.0.1:8604" };
	struct web_response resp;
	size_t text_len = strlen(copy);

	line = next_line(&rest);
	sp = strchr(line, ' ');
	req.method = line;
	req.path = sp ? sp + 1 : "/";
	if (sp)
		*sp = '\0';
	if (strcmp(req.path, "/api/check") == 0)
		req.path = "/api/hints";
	while ((line = next_line(&rest)) && *line)
		header(&req, line);
	if (rest) {
		req.body = rest;
		/* Bytes after an embedded NUL reach the JSON parser too. */
		req.body_len = size - (size_t)(rest - copy);
		if (req.body_len > text_len - (size_t)(rest - copy))
			req.body_len = text_len - (size_t)(rest - copy);
	}
	web_handle(app(), &req, &resp);
	web_response_release(&resp);
	free(copy);
	return 0;
}

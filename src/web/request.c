/* The checks every request passes; see request.h. */
#include <stdio.h>
#include <string.h>
#include "web/request.h"
#include "util/banned.h"

static const struct {
	unsigned bit;
	const char *name;
} methods[] = {
	{ WEB_GET, "GET" }, { WEB_HEAD, "HEAD" }, { WEB_POST, "POST" },
};

#define METHOD_COUNT (sizeof(methods) / sizeof(methods[0]))

unsigned web_method_of(const char *method)
{
	for (size_t i = 0; method && i < METHOD_COUNT; i++)
		if (strcmp(method, methods[i].name) == 0)
			return methods[i].bit;
	return 0;
}

const char *web_methods_text(unsigned mask, char *out, size_t len)
{
	size_t at = 0;

	if (len)
		out[0] = '\0';
	for (size_t i = 0; i < METHOD_COUNT; i++) {
		int n;

		if (!(mask & methods[i].bit) || at >= len)
			continue;
		n = snprintf(out + at, len - at, "%s%s", at ? ", " : "", methods[i].name);
		at += n > 0 ? (size_t)n : 0;
	}
	return out;
}

/* Host must name this server: a page from another site that resolves its
 * own name to 127.0.0.1 (DNS rebinding) sends its own name. */
static int host_allowed(const char *host, int port)
{
	static const char *const names[] = { "127.0.0.1", "localhost", "[::1]", NULL };
	char want[64];

	if (!host)
		return 0;
	for (int i = 0; names[i]; i++) {
		snprintf(want, sizeof(want), "%s:%d", names[i], port);
		if (strcmp(host, want) == 0 || (port == 80 && strcmp(host, names[i]) == 0))
			return 1;
	}
	return 0;
}

const char *web_request_refusal(const struct web_request *req, int port)
{
	char want[300];

	if (!host_allowed(req->host, port))
		return "this server answers only to 127.0.0.1 and localhost";
	if (req->fetch_site && strcmp(req->fetch_site, "cross-site") == 0)
		return "cross-site requests are refused";
	if (req->origin) {
		snprintf(want, sizeof(want), "http://%s", req->host);
		if (strcmp(req->origin, want) != 0)
			return "cross-origin requests are refused";
	}
	/* A cross-site form cannot send application/json without a CORS
	 * preflight, which this server never grants. */
	if (web_method_of(req->method) == WEB_POST &&
	    (!req->content_type || strncmp(req->content_type, "application/json", 16) != 0))
		return "POST bodies must be application/json";
	return NULL;
}

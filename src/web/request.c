/* The checks every request passes; see request.h. */
#include <errno.h>
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

/* ORIGIN names HOST over http (or, for a cohort server, https). */
static int same_origin(const char *origin, const char *host, int any_host)
{
	char want[300];

	snprintf(want, sizeof(want), "http://%s", host);
	if (strcmp(origin, want) == 0)
		return 1;
	snprintf(want, sizeof(want), "https://%s", host);
	return any_host && strcmp(origin, want) == 0;
}

const char *web_request_refusal(const struct web_request *req, int port, int any_host)
{
	if (any_host ? !req->host || !req->host[0] || strlen(req->host) > 255
		     : !host_allowed(req->host, port))
		return any_host ? "a request must name the server in its Host header"
				: "this server answers only to 127.0.0.1 and localhost";
	if (req->fetch_site && strcmp(req->fetch_site, "cross-site") == 0)
		return "cross-site requests are refused";
	if (req->origin && !same_origin(req->origin, req->host, any_host))
		return "cross-origin requests are refused";
	/* A cross-site form cannot send application/json without a CORS
	 * preflight, which this server never grants. */
	if (web_method_of(req->method) == WEB_POST &&
	    (!req->content_type || strncmp(req->content_type, "application/json", 16) != 0))
		return "POST bodies must be application/json";
	return NULL;
}

int web_request_cookie(const struct web_request *req, const char *name, char *out, size_t len)
{
	size_t n = strlen(name);

	for (const char *p = req->cookie; p && *p;) {
		const char *end;
		size_t vlen;

		while (*p == ' ' || *p == ';')
			p++;
		end = strchr(p, ';');
		end = end ? end : p + strlen(p);
		if ((size_t)(end - p) > n && strncmp(p, name, n) == 0 && p[n] == '=') {
			vlen = (size_t)(end - p) - n - 1;
			if (vlen >= len)
				return -ENOENT;
			memcpy(out, p + n + 1, vlen);
			out[vlen] = '\0';
			return 0;
		}
		p = end;
	}
	return -ENOENT;
}

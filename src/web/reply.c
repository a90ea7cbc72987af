/* Responses and the headers they carry; see reply.h. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <jansson.h>
#include <string.h>
#include <sys/random.h>
#include "util/buf.h"
#include "util/jsonw.h"
#include "web/reply.h"
#include "util/banned.h"

const char *const web_security_headers[] = {
	"X-Content-Type-Options", "nosniff",
	"X-Frame-Options", "DENY",
	"Referrer-Policy", "no-referrer",
	"Cross-Origin-Resource-Policy", "same-origin",
	NULL,
};

const char *web_csp(const struct web_response *resp, char *out, size_t len)
{
	snprintf(out, len, "default-src 'none'; script-src 'self'; style-src 'self'%s%s%s; "
		 "img-src 'self' data:; connect-src 'self'; font-src 'self'; "
		 "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
		 resp->nonce[0] ? " 'nonce-" : "", resp->nonce, resp->nonce[0] ? "'" : "");
	return out;
}

int web_nonce(char out[WEB_NONCE_LEN + 1])
{
	static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	unsigned char raw[WEB_NONCE_LEN / 4 * 3];

	if (getrandom(raw, sizeof(raw), 0) != (ssize_t)sizeof(raw))
		return -EIO;
	for (size_t i = 0, o = 0; i < sizeof(raw); i += 3) {
		unsigned v = (unsigned)raw[i] << 16 | (unsigned)raw[i + 1] << 8 | raw[i + 2];

		out[o++] = b64[v >> 18 & 63];
		out[o++] = b64[v >> 12 & 63];
		out[o++] = b64[v >> 6 & 63];
		out[o++] = b64[v & 63];
	}
	out[WEB_NONCE_LEN] = '\0';
	return 0;
}

void web_escape(struct buf *out, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': buf_puts(out, "&amp;"); break;
		case '<': buf_puts(out, "&lt;"); break;
		case '>': buf_puts(out, "&gt;"); break;
		case '"': buf_puts(out, "&quot;"); break;
		case '\'': buf_puts(out, "&#39;"); break;
		default: buf_putc(out, *s);
		}
	}
}

void web_reply(struct web_response *resp, int status, const char *type, struct buf *body)
{
	web_response_release(resp);
	resp->status = status;
	resp->type = type;
	resp->len = body->len;
	resp->body = buf_detach(body);
	resp->static_body = 0;
}

void web_reply_error(struct web_response *resp, int status, const char *fmt, ...)
{
	struct buf b = BUF_INIT, msg = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(&msg, fmt, ap);
	va_end(ap);
	buf_puts(&b, "{\"error\":");
	jsonw_string(&b, buf_str(&msg));
	buf_putc(&b, '}');
	buf_free(&msg);
	web_reply(resp, status, "application/json", &b);
}

void web_reply_no_memory(struct web_response *resp)
{
	static const char body[] = "{\"error\":\"the server is out of memory; try again\"}";

	web_response_release(resp);
	resp->status = 503;
	resp->type = "application/json";
	resp->body = (char *)body;
	resp->len = sizeof(body) - 1;
	resp->static_body = 1;
	resp->nonce[0] = '\0';
}

void web_response_release(struct web_response *resp)
{
	if (!resp->static_body)
		free(resp->body);
	resp->body = NULL;
	resp->len = 0;
	resp->static_body = 0;
}

void web_reply_json(struct web_response *resp, int status, json_t *j)
{
	struct buf b = BUF_INIT;
	char *text = json_dumps(j, JSON_COMPACT);

	buf_puts(&b, text ? text : "null");
	free(text);
	json_decref(j);
	web_reply(resp, status, "application/json", &b);
}

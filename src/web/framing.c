/* Framing and size checks on a request's head, before routing; see
 * framing.h.  Everything here reads what libmicrohttpd already parsed. */
#include <string.h>
#include <strings.h>
#include "util/limits.h"
#include "web/framing.h"
#include "util/banned.h"

#if MHD_VERSION < 0x00097002
typedef int mhd_result;
#else
typedef enum MHD_Result mhd_result;
#endif

struct tally {
	unsigned hosts, lengths, encodings, fields;
	size_t bytes;		/* the header's, or the query's, as sent (about) */
};

/* "Name: value\r\n" */
#define HEADER_LINE_EXTRA 4

static mhd_result count_header(void *cls, enum MHD_ValueKind kind, const char *key,
			       const char *value)
{
	struct tally *t = cls;

	t->fields++;
	if (strcasecmp(key, "Host") == 0)
		t->hosts++;
	else if (strcasecmp(key, "Content-Length") == 0)
		t->lengths++;
	else if (strcasecmp(key, "Transfer-Encoding") == 0)
		t->encodings++;
	t->bytes += strlen(key) + (value ? strlen(value) : 0) + HEADER_LINE_EXTRA;
	return MHD_YES;
}

/* "name=value&" */
static mhd_result count_argument(void *cls, enum MHD_ValueKind kind, const char *key,
				 const char *value)
{
	struct tally *t = cls;

	t->bytes += strlen(key) + (value ? strlen(value) + 1 : 0) + 1;
	return MHD_YES;
}

int framing_refusal(struct MHD_Connection *c, const char *url, const char **why)
{
	struct tally head = { 0 }, query = { 0 };

	MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, count_argument, &query);
	if (strlen(url) + query.bytes > IDIOM_WEB_URI_MAX) {
		*why = "the request's path and query are too long";
		return 414;
	}
	MHD_get_connection_values(c, MHD_HEADER_KIND, count_header, &head);
	if (head.bytes > IDIOM_WEB_HEADERS_MAX || head.fields > IDIOM_WEB_HEADER_FIELDS_MAX) {
		*why = "the request's header fields are too large";
		return 431;
	}
	*why = head.hosts > 1 ? "more than one Host header" :
	       head.lengths && head.encodings ? "both Content-Length and Transfer-Encoding" :
	       head.lengths > 1 ? "more than one Content-Length header" : NULL;
	return *why ? 400 : 0;
}

/* Fuzz target for the JSON writer (src/util/jsonw.c): whatever bytes a
 * learner's answer puts in a message, the report stays valid JSON, and text
 * that is valid UTF-8 comes back unchanged when jansson reads it.  Built
 * with libFuzzer by `make fuzz`, with fuzz/replay.c by `make test`. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "util/buf.h"
#include "util/jsonw.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	struct buf b = BUF_INIT;
	json_error_t err;
	json_t *back, *orig;

	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';	/* a NUL ends the string, as in C */
	jsonw_string(&b, text);
	back = json_loadb(buf_str(&b), b.len, JSON_DECODE_ANY, &err);
	if (!json_is_string(back))
		abort();	/* not valid JSON, or not a string */
	/* jansson takes only valid UTF-8: then the text must survive as is. */
	orig = json_string(text);
	if (orig && strcmp(json_string_value(orig), json_string_value(back)) != 0)
		abort();
	json_decref(orig);
	json_decref(back);
	buf_free(&b);
	free(text);
	return 0;
}

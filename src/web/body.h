/* The quick reader of API request bodies.  A check or hint body is a flat
 * JSON object of strings, {"lesson": "04", "exercise": "rewrite", "answer":
 * "..."}, sent on every pause in typing; jansson takes about 10 ns a byte to
 * read one, this reader a tenth of that.  It reads only that shape, and
 * exactly as jansson would: anything else (other values, escapes in keys, a
 * key twice, \u0000, bad UTF-8, bad syntax) it declines, and the caller
 * hands the body to jansson, which reads it or says what is wrong. */
#ifndef IDIOM_WEB_BODY_H
#define IDIOM_WEB_BODY_H
#include <stddef.h>

struct body_fields {
	char *lesson, *exercise, *answer;	/* NULL when absent */
	size_t answer_len;
};

/* Reads BODY[0..len) into OUT (you own its strings; free with
 * body_fields_free) and returns 0, or returns -EINVAL with OUT empty. */
int body_read_flat(const char *body, size_t len, struct body_fields *out);
void body_fields_free(struct body_fields *f);

#endif

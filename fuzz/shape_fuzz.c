/* Fuzz target for the answer-shape normaliser (syntax/shape.h): any bytes
 * a learner sends.  It must not crash, must give the same text and key
 * twice, and a key of 16 hex digits that is the hash of that text; the
 * prose form (Reflect answers) has no capitals and no doubled spaces.
 * Built with libFuzzer by `make fuzz`, with fuzz/replay.c by
 * `make test`. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "syntax/shape.h"
#include "util/xalloc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const keep[] = { "load_config_and_user", "fetch_user", NULL };

static void check_key(const char *key, struct buf *text)
{
	char again[SHAPE_KEY_SIZE];

	if (strlen(key) != 16 || strspn(key, "0123456789abcdef") != 16)
		abort();
	shape_key(text->data ? text->data : "", text->len, again);
	if (strcmp(key, again) != 0)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* A tight copy, so ASan sees any read past the end. */
	char *src = xmalloc(size ? size : 1);
	struct buf one = BUF_INIT, two = BUF_INIT;
	char k1[SHAPE_KEY_SIZE], k2[SHAPE_KEY_SIZE];

	if (size)
		memcpy(src, data, size);
	if (shape_of(src, size, keep, k1, &one) != 0 || shape_of(src, size, keep, k2, &two) != 0)
		abort();
	if (strcmp(k1, k2) != 0 || one.len != two.len ||
	    (one.len && memcmp(one.data, two.data, one.len) != 0))
		abort();
	check_key(k1, &one);
	/* Reflect answers: prose words.  Nothing but lowercase words and
	 * single spaces may come out. */
	buf_reset(&two);
	if (shape_normalise_prose(src, size, &two) != 0)
		abort();
	for (size_t i = 0; i < two.len; i++)
		if ((two.data[i] >= 'A' && two.data[i] <= 'Z') ||
		    (two.data[i] == ' ' && (i == 0 || two.data[i - 1] == ' ')))
			abort();
	buf_free(&one);
	buf_free(&two);
	free(src);
	return 0;
}

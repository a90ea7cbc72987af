/* Fuzz target for the quick reader of API bodies (src/web/body.c), against
 * jansson: whatever it accepts, jansson must read to the same object (every
 * value a string, the same lesson, exercise and answer, byte for byte); it
 * may decline anything, which then goes to jansson anyway.  Built with
 * libFuzzer by `make fuzz`, with fuzz/replay.c by `make test`. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "web/body.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Does jansson's VALUE (a string or absent) equal ours? */
static int same(json_t *value, const char *ours, size_t len)
{
	if (!value)
		return ours == NULL;
	return ours && json_is_string(value) && json_string_length(value) == len &&
	       memcmp(json_string_value(value), ours, len) == 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct body_fields f;
	json_error_t err;
	json_t *root, *value;
	const char *key;

	if (body_read_flat((const char *)data, size, &f) < 0)
		return 0;
	root = json_loadb((const char *)data, size, JSON_REJECT_DUPLICATES, &err);
	if (!json_is_object(root))
		abort();	/* accepted what jansson refuses */
	json_object_foreach(root, key, value)
		if (!json_is_string(value))
			abort();
	if (!same(json_object_get(root, "lesson"), f.lesson, f.lesson ? strlen(f.lesson) : 0) ||
	    !same(json_object_get(root, "exercise"), f.exercise, f.exercise ? strlen(f.exercise) : 0) ||
	    !same(json_object_get(root, "answer"), f.answer, f.answer_len))
		abort();	/* read differently */
	json_decref(root);
	body_fields_free(&f);
	return 0;
}

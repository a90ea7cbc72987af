/* Fuzz target for the lesson parser (front matter + Markdown sections).
 * Built with libFuzzer by `make fuzz`, and with fuzz/replay.c by `make test`
 * to replay the corpus under ASan. */
#include <stddef.h>
#include <stdint.h>
#include "course/lesson.h"
#include "util/diag.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diags d;
	struct lesson *l;

	diags_init(&d);
	l = lesson_parse((const char *)data, size, "fuzz.md", NULL, &d);
	lesson_free(l);
	diags_free(&d);
	return 0;
}

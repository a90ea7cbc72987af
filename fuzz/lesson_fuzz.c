/* Fuzz target for the lesson parser (front matter + Markdown sections) and
 * the terminal renderer of whatever parses.
 * Built with libFuzzer by `make fuzz`, and with fuzz/replay.c by `make test`
 * to replay the corpus under ASan. */
#include <stddef.h>
#include <stdint.h>
#include "course/lesson.h"
#include "render/term.h"
#include "util/buf.h"
#include "util/diag.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diags d;
	struct lesson *l;

	diags_init(&d);
	l = lesson_parse((const char *)data, size, "fuzz.md", NULL, &d);
	/* Whatever parses must render, narrow and wide, plain and coloured. */
	for (int i = 0; l && i < 4; i++) {
		struct term_options opt = { .width = i < 2 ? 40 : 120, .colour = i % 2,
					    .section = TERM_ALL_SECTIONS };
		struct buf out = BUF_INIT;

		term_render_lesson(l, &opt, &out);
		buf_free(&out);
	}
	lesson_free(l);
	diags_free(&d);
	return 0;
}

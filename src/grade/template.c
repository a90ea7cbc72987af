/* Rendering message templates for one match (see rules.h): placeholders
 * take capture or group text, optionally through a filter that turns the
 * JavaScript spelling into the Python one. */
#include <stdlib.h>
#include <string.h>
#include "grade/rules.h"
#include "util/buf.h"
#include "util/banned.h"

void template_free(struct template *t)
{
	for (size_t i = 0; i < t->count; i++)
		free(t->pieces[i].text);
	free(t->pieces);
}

void text_snake_case(const char *in, struct buf *out)
{
	for (size_t i = 0; in[i]; i++) {
		char c = in[i];

		if (c >= 'A' && c <= 'Z') {
			int after_lower = i > 0 && ((in[i - 1] >= 'a' && in[i - 1] <= 'z') ||
						    (in[i - 1] >= '0' && in[i - 1] <= '9'));
			int before_lower = i > 0 && in[i + 1] >= 'a' && in[i + 1] <= 'z' &&
					   in[i - 1] >= 'A' && in[i - 1] <= 'Z';

			if (after_lower || before_lower)
				buf_putc(out, '_');
			c = (char)(c - 'A' + 'a');
		}
		buf_putc(out, c);
	}
}

static void render_py(const char *text, struct buf *out)
{
	static const char *const map[][2] = {
		{ "null", "None" }, { "undefined", "None" }, { "true", "True" }, { "false", "False" },
		{ "NaN", "float(\"nan\")" }, { "this", "self" },
	};

	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
		if (strcmp(text, map[i][0]) == 0) {
			buf_puts(out, map[i][1]);
			return;
		}
	}
	buf_puts(out, text);
}

void template_render(const struct template *t, template_get_fn get, void *ctx, struct buf *out)
{
	for (size_t i = 0; i < t->count; i++) {
		const struct piece *p = &t->pieces[i];
		const char *text;

		if (p->kind == PIECE_TEXT) {
			buf_puts(out, p->text);
			continue;
		}
		text = get(p->index, ctx);
		if (!text)
			buf_puts(out, "…");
		else if (p->filter == FILTER_SNAKE)
			text_snake_case(text, out);
		else if (p->filter == FILTER_PY)
			render_py(text, out);
		else
			buf_puts(out, text);
	}
}

/* Word wrapping: widths with UTF-8 and escape codes, indents, long words,
 * styles carried across breaks. */
#include <criterion/criterion.h>
#include <string.h>
#include "render/wrap.h"
#include "util/buf.h"
#include "util/text.h"

static char *wrap(const char *text, size_t width, const char *first, const char *hang)
{
	struct wrap_style style = { width, first, hang };
	struct buf out = BUF_INIT;

	wrap_text(text, strlen(text), &style, &out);
	return buf_detach(&out);
}

/* Every line of S is at most WIDTH columns. */
static void assert_fits(const char *s, size_t width)
{
	while (*s) {
		const char *nl = strchr(s, '\n');

		cr_assert_not_null(nl, "last line has no newline");
		cr_assert_leq(text_width(s, (size_t)(nl - s)), width, "line too wide: %.*s",
			      (int)(nl - s), s);
		s = nl + 1;
	}
}

Test(wrap, breaks_at_spaces)
{
	char *s = wrap("the quick brown fox jumps over the lazy dog", 15, NULL, NULL);

	cr_assert_str_eq(s, "the quick brown\nfox jumps over\nthe lazy dog\n");
	free(s);
}

Test(wrap, collapses_whitespace_and_trims)
{
	char *s = wrap("  a   b\t\tc  ", 80, NULL, NULL);

	cr_assert_str_eq(s, "a b c\n");
	free(s);
}

Test(wrap, empty_text_appends_nothing)
{
	char *s = wrap("   ", 80, "  • ", "    ");

	cr_assert_str_eq(s, "");
	free(s);
}

Test(wrap, hanging_indent_for_bullets)
{
	char *s = wrap("one two three four five six", 14, "  • ", "    ");

	cr_assert_str_eq(s, "  • one two\n    three four\n    five six\n");
	assert_fits(s, 14);
	free(s);
}

Test(wrap, utf8_counts_code_points)
{
	/* "café" is 4 columns but 5 bytes: "café café" fits 9 columns. */
	char *s = wrap("café café café", 9, NULL, NULL);

	cr_assert_str_eq(s, "café café\ncafé\n");
	free(s);
}

Test(wrap, escapes_take_no_columns)
{
	char *s = wrap("\033[1mbold\033[0m word", 9, NULL, NULL);

	cr_assert_str_eq(s, "\033[1mbold\033[0m word\n");
	free(s);
}

Test(wrap, open_style_is_closed_and_reopened_at_a_break)
{
	char *s = wrap("\033[36mone two\033[0m six", 5, "", "  ");

	cr_assert_str_eq(s, "\033[36mone\033[0m\n  \033[36mtwo\033[0m\n  six\n");
	free(s);
}

Test(wrap, long_word_is_cut_at_line_end)
{
	char *s = wrap("see https://example.com/a/very/long/path ok", 12, NULL, "  ");

	cr_assert_str_eq(s, "see\n  https://ex\n  ample.com/\n  a/very/lon\n  g/path ok\n");
	assert_fits(s, 12);
	free(s);
}

Test(wrap, long_word_never_splits_utf8)
{
	char *s = wrap("ééééé", 2, NULL, NULL);

	cr_assert_str_eq(s, "éé\néé\né\n");
	free(s);
}

Test(wrap, newline_forces_a_break)
{
	char *s = wrap("a b\nc", 80, "> ", "> ");

	cr_assert_str_eq(s, "> a b\n> c\n");
	free(s);
}

Test(wrap, indent_wider_than_width_still_progresses)
{
	char *s = wrap("ab", 2, "      ", "      ");

	cr_assert_str_eq(s, "      a\n      b\n");
	free(s);
}

Test(wrap, cut_respects_escapes_and_utf8)
{
	const char *s = "\033[35mdéf\033[0m x";

	cr_assert_eq(wrap_cut(s, strlen(s), 0), 0);
	cr_assert_eq(wrap_cut(s, strlen(s), 2), strlen("\033[35mdé"));
	cr_assert_eq(wrap_cut(s, strlen(s), 3), strlen("\033[35mdéf"));
	cr_assert_eq(wrap_cut(s, strlen(s), 99), strlen(s));
}

Test(wrap, sgr_state_tracks_resets)
{
	struct wrap_sgr st = WRAP_SGR_INIT;
	const char *s = "\033[1mA\033[36mB";

	wrap_sgr_scan(&st, s, strlen(s));
	cr_assert_str_eq(st.active, "\033[1m\033[36m");
	wrap_sgr_scan(&st, "\033[0m", 4);
	cr_assert_eq(st.len, 0);
	wrap_sgr_scan(&st, "\033[2Kx", 5);	/* not a style */
	cr_assert_eq(st.len, 0);
}

Test(wrap, trimmed_line_keeps_closing_escapes)
{
	struct buf out = BUF_INIT;
	const char *s = "  \033[2m│ \033[0m  ";

	wrap_put_trimmed(s, strlen(s), &out);
	cr_assert_str_eq(buf_str(&out), "  \033[2m│\033[0m");
	buf_reset(&out);
	wrap_put_trimmed("    ", 4, &out);
	cr_assert_str_eq(buf_str(&out), "");
	buf_free(&out);
}

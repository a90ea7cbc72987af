/* Learner bytes shown, never obeyed: control characters and invalid UTF-8
 * become text; newline, tab and valid UTF-8 pass unchanged. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include "render/visible.h"
#include "util/buf.h"

static char *shown(const char *s, size_t len)
{
	struct buf b = BUF_INIT;

	visible_append(&b, s, len);
	return buf_detach(&b);
}

Test(visible, escapes_c0_controls_but_newline_and_tab)
{
	const char *in = "a\033[2Jb\007c\rd\n\te\177";
	char *s = shown(in, strlen(in));

	cr_assert_str_eq(s, "a\\x1b[2Jb\\x07c\\rd\n\te\\x7f");
	free(s);
}

Test(visible, escapes_osc_title_and_clipboard)
{
	const char *osc = "\033]0;owned\007\033]52;c;aGk=\007";
	char *s = shown(osc, strlen(osc));

	cr_assert_null(strchr(s, '\033'));
	cr_assert_null(strchr(s, '\007'));
	cr_assert_str_eq(s, "\\x1b]0;owned\\x07\\x1b]52;c;aGk=\\x07");
	free(s);
}

Test(visible, escapes_c1_controls_and_invalid_bytes)
{
	/* U+009B (CSI) encoded, a raw 0x9b byte, a NUL, then valid UTF-8. */
	const char in[] = "\xc2\x9b" "2J" "\x9b" "x" "\0" "\xe2\x9c\x93";
	char *s = shown(in, sizeof(in) - 1);

	cr_assert_str_eq(s, "\\u009b2J\\x9bx\\x00\xe2\x9c\x93");
	free(s);
}

Test(visible, needed_says_when_text_would_change)
{
	cr_assert_eq(visible_needed("plain \xe2\x9c\x93 text\n", 14), 0);
	cr_assert_eq(visible_needed("bell\007", 5), 1);
	cr_assert_eq(visible_needed("\xff", 1), 1);
}

Test(visible, dup_of_null_is_empty)
{
	char *s = visible_dup(NULL);

	cr_assert_str_eq(s, "");
	free(s);
}

/* Syntax highlighting: keywords get colours in both languages, colour off
 * gives the code back byte for byte, and bad code never crashes. */
#include <criterion/criterion.h>
#include <string.h>
#include "render/highlight.h"
#include "util/buf.h"
#include "util/text.h"

static char *paint(enum syntax_lang lang, const char *code, int colour)
{
	struct buf out = BUF_INIT;

	cr_assert_eq(highlight_code(lang, code, strlen(code), colour, &out), 0);
	return buf_detach(&out);
}

/* Removes escape sequences (as text_width skips them) from S, in place. */
static char *strip(char *s)
{
	char *w = s;

	for (const char *r = s; *r;) {
		if (*r == '\033') {
			r += 2;
			while (*r && !(*r >= '@' && *r <= '~'))
				r++;
			if (*r)
				r++;
			continue;
		}
		*w++ = *r++;
	}
	*w = '\0';
	return s;
}

Test(highlight, python_keyword_gets_the_keyword_colour)
{
	char *s = paint(LANG_PYTHON, "def f(x):\n    return x\n", 1);
	const char *kw = highlight_capture_style("keyword");

	cr_assert_neq(*kw, '\0');
	cr_assert(strstr(s, "\033[35mdef\033[0m") != NULL, "got %s", s);
	cr_assert(strstr(s, "\033[35mreturn\033[0m") != NULL, "got %s", s);
	free(s);
}

Test(highlight, javascript_keyword_string_and_comment)
{
	char *s = paint(LANG_JAVASCRIPT, "const a = \"x\"; // note\n", 1);

	cr_assert(strstr(s, "\033[35mconst\033[0m") != NULL, "got %s", s);
	cr_assert(strstr(s, "\033[32m\"x\"\033[0m") != NULL, "got %s", s);
	cr_assert(strstr(s, "\033[2m// note\033[0m") != NULL, "got %s", s);
	free(s);
}

Test(highlight, predicates_pick_builtins)
{
	char *py = paint(LANG_PYTHON, "print(len(x))\nfoo(x)\n", 1);
	char *js = paint(LANG_JAVASCRIPT, "console.log(x);\n", 1);

	cr_assert(strstr(py, "\033[36mprint\033[0m") != NULL, "got %s", py);
	cr_assert(strstr(py, "\033[34mfoo\033[0m") != NULL, "got %s", py);
	cr_assert(strstr(js, "\033[31mconsole\033[0m") != NULL, "got %s", js);
	free(py);
	free(js);
}

Test(highlight, colour_off_returns_the_code_unchanged)
{
	const char *code[] = { "def f():\n    pass\n", "a\n\nb", "", "\n", "x = 1" };

	for (size_t i = 0; i < sizeof(code) / sizeof(code[0]); i++) {
		char *s = paint(LANG_PYTHON, code[i], 0);

		cr_assert_str_eq(s, code[i]);
		free(s);
	}
}

Test(highlight, colour_only_adds_escapes)
{
	const char *code = "async def go(ids):\n    \"\"\"Doc\n    string\"\"\"\n"
			   "    return [await f(i) for i in ids if i and not None]\n";
	char *s = paint(LANG_PYTHON, code, 1);

	cr_assert_str_eq(strip(s), code);
	free(s);
}

Test(highlight, each_line_closes_its_styles)
{
	struct highlight_lines lines;
	const char *code = "s = \"\"\"one\ntwo\"\"\"\nx = 1\n";

	cr_assert_eq(highlight_lines(LANG_PYTHON, code, strlen(code), 1, &lines), 0);
	cr_assert_eq(lines.count, 3);
	cr_assert_str_eq(lines.items[1].text, "\033[32mtwo\"\"\"\033[0m");
	cr_assert_eq(lines.items[1].width, 6);
	for (size_t i = 0; i < lines.count; i++) {
		const char *t = lines.items[i].text;
		size_t n = lines.items[i].len;

		cr_assert(n < 4 || strchr(t, '\033') == NULL || strcmp(t + n - 4, "\033[0m") == 0,
			  "line %zu left a style open: %s", i, t);
	}
	highlight_lines_release(&lines);
}

Test(highlight, bad_code_does_not_crash)
{
	const char *bad[] = { "def (((( \"open\n]]]", "}{)(=>=>", "\x01\xff\xfe\n\t", "`${" };

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		for (int lang = 0; lang < LANG_COUNT; lang++) {
			char *s = paint((enum syntax_lang)lang, bad[i], 1);

			cr_assert_str_eq(strip(s), bad[i]);
			free(s);
		}
	}
}

Test(highlight, capture_names_fall_back_to_their_parent)
{
	cr_assert_str_eq(highlight_capture_style("string.special.regex"),
			 highlight_capture_style("string"));
	cr_assert_str_eq(highlight_capture_style("variable"), "");
	cr_assert_str_eq(highlight_capture_style("punctuation.bracket"), "");
	cr_assert_str_eq(highlight_capture_style("nonsense"), "");
}

Test(highlight, cache_can_be_freed_and_rebuilt)
{
	char *a = paint(LANG_JAVASCRIPT, "let x = 1;", 1);
	char *b;

	highlight_cache_free();
	b = paint(LANG_JAVASCRIPT, "let x = 1;", 1);
	cr_assert_str_eq(a, b);
	free(a);
	free(b);
	highlight_cache_free();
}

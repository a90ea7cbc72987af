/* The JSON writer behind report_json: the same text jansson's json_dumps
 * gives for valid UTF-8, and always valid JSON for anything else. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "util/buf.h"
#include "util/jsonw.h"

static char *written(const char *s)
{
	struct buf b = BUF_INIT;

	jsonw_string(&b, s);
	return buf_detach(&b);
}

static void expect_written(const char *s, const char *json)
{
	char *got = written(s);

	cr_expect_str_eq(got, json);
	free(got);
}

Test(jsonw, escapes_like_jansson)
{
	expect_written("", "\"\"");
	expect_written("plain text", "\"plain text\"");
	expect_written("say \"hi\" \\ bye", "\"say \\\"hi\\\" \\\\ bye\"");
	expect_written("a\nb\tc\rd\be\ff", "\"a\\nb\\tc\\rd\\be\\ff\"");
	expect_written("\x01\x1f", "\"\\u0001\\u001F\"");
	expect_written("\x7f/", "\"\x7f/\"");	/* DEL and / stay as they are */
	expect_written("caf\xc3\xa9 \xe2\x80\x94 \xf0\x9f\x90\x8d", "\"caf\xc3\xa9 \xe2\x80\x94 \xf0\x9f\x90\x8d\"");
}

Test(jsonw, invalid_utf8_becomes_the_replacement_character)
{
	static const char *const bad[] = {
		"\x80",			/* a lone continuation byte */
		"\xe2\x82",		/* a sequence cut short */
		"\xc0\xaf",		/* overlong */
		"\xed\xa0\x80",		/* a surrogate */
		"\xf4\x90\x80\x80",	/* past U+10FFFF */
		"\xff",
	};

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		char *in = malloc(strlen(bad[i]) + 3), *got;
		json_error_t err;
		json_t *back;

		strcpy(in, "a");
		strcat(in, bad[i]);
		strcat(in, "b");
		got = written(in);
		cr_expect(strstr(got, "\xef\xbf\xbd"), "case %zu: %s", i, got);
		cr_expect(got[1] == 'a' && strstr(got, "b\""), "case %zu: %s", i, got);
		back = json_loads(got, JSON_DECODE_ANY, &err);
		cr_expect(back, "case %zu is not valid JSON: %s", i, err.text);
		json_decref(back);
		free(got);
		free(in);
	}
}

/* Every string json_dumps can write (valid UTF-8 without NUL), written the
 * same way: random mixes of ASCII, controls, quotes and 2-4 byte sequences. */
Test(jsonw, same_text_as_jansson_for_valid_utf8)
{
	static const char *const pieces[] = { "a", "Z", " ", "\"", "\\", "\n", "\t", "\x01",
		"\x1f", "\x7f", "/", "\xc3\xa9", "\xe2\x80\x94", "\xef\xbf\xbd", "\xf0\x9f\x90\x8d",
		"{", "}", "<", "&" };
	unsigned seed = 42;

	for (int round = 0; round < 2000; round++) {
		char s[256] = "";
		json_t *j;
		char *want, *got;
		int n = (int)(rand_r(&seed) % 24);

		for (int i = 0; i < n; i++)
			strcat(s, pieces[rand_r(&seed) % (sizeof(pieces) / sizeof(pieces[0]))]);
		j = json_string(s);
		cr_assert(j, "jansson refused %s", s);
		want = json_dumps(j, JSON_ENCODE_ANY);
		got = written(s);
		cr_assert_str_eq(got, want, "round %d", round);
		free(want);
		free(got);
		json_decref(j);
	}
}

Test(jsonw, keys_use_the_dump_separators)
{
	struct buf b = BUF_INIT;

	buf_putc(&b, '{');
	jsonw_key(&b, "lesson", 1);
	jsonw_string(&b, "04");
	jsonw_key(&b, "exercise", 0);
	jsonw_string(&b, "rewrite");
	buf_putc(&b, '}');
	cr_expect_str_eq(buf_str(&b), "{\"lesson\": \"04\", \"exercise\": \"rewrite\"}");
	buf_free(&b);
}

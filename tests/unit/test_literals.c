/* Literal prefilters of the rules' regexes: the exact literals of the course
 * habits, the regexes that must get no prefilter, and soundness against
 * glibc itself: whenever regexec matches a text, the prefilter lets it in. */
#include <criterion/criterion.h>
#include <locale.h>
#include <regex.h>
#include <string.h>
#include "grade/literals.h"
#include "grade/grade.h"
#include "grade/static.h"
#include "util/diag.h"
#include "engine_course.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* The regexes of the engine fixture's rules/habits.yaml as regcomp gets
 * them: regex_tabs (grade/rules.c) has made the YAML's `\t` a real tab. */
static const char *const habits[] = {
	"^[ \t]*(const|let|var)[ \t]+([A-Za-z_$][A-Za-z0-9_$]*|\\{[^}=]*\\})",
	"^[ \t]*(const|let|var)[ \t]+\\[([^]=]*)\\]",
	";[ \t]*$",
	"(===|!==)",
	"^[ \t]*(async[ \t]+)?function[ \t]*([A-Za-z_$][A-Za-z0-9_$]*)?[ \t]*\\(",
	"=>",
	"(&&|\\|\\|)",
	"(^|[^!=<>A-Za-z0-9_)])!([A-Za-z_][A-Za-z0-9_.]*|\\()",
	"^[ \t]*//",
	"\\bconsole\\.(log|error|warn|info)\\b",
	"\\bthis\\.",
	"\\)[ \t]*\\{[ \t]*$",
	"\\.(then|catch|finally)[ \t]*\\(",
	"\\bPromise\\.?(all|allSettled|race|any|resolve)?\\b",
};

/* Answers of both languages, and the edges of the habits' literals. */
static const char *const texts[] = {
	"",
	"\n",
	"def load(user_id):\n    return fetch(user_id)\n",
	"async def main():\n    await asyncio.gather(a(), b())\n",
	"if x == y and not done:\n    print(x)\n",
	"class Repo:\n    def __init__(self):\n        self.items = []\n",
	"result = [n * 2 for n in numbers if n != 0]\n",
	"try:\n    run()\nexcept ValueError:\n    pass\n",
	"x = {'a': 1, 'b': 2}  # console.log is JavaScript\n",
	"const x = 1;\n",
	"let {a, b} = obj\n",
	"\tvar [first, rest] = pair;\n",
	"async function load(id) {\n  return await fetch(id);\n}\n",
	"function(){}",
	"if (a === b && c !== d) {\n",
	"console.log('hi');\nconsole.error(e)\n",
	"items.map(x => x * 2)\n",
	"fetch(url).then(r => r.json()).catch(err => {})\n",
	"await Promise.all([a, b])\n",
	"return Promise\n",
	"this.name = name;\n",
	"   // a comment\n",
	"if (!done || !(x)) {}\n",
	"if (x) {\t \n",
	";",
	"\t//",
	"let\tx",
	"PromiseX Promise.allSettled",
	"consolelog console.warnings console.info",
	"a;\t \nb",
	"!x",
	")\t{",
	".then\t(",
	"constant letter variable",
	"\xc3\xa9t\xc3\xa9 === \xe2\x80\x9cquoted\xe2\x80\x9d",
};

static int has(const struct literals *l, const char *s)
{
	for (size_t i = 0; i < l->count; i++)
		if (strcmp(l->alt[i], s) == 0)
			return 1;
	return 0;
}

static int any_contains(const struct literals *l, const char *s)
{
	for (size_t i = 0; i < l->count; i++)
		if (strstr(l->alt[i], s))
			return 1;
	return 0;
}

/* Asserts ERE's literals are exactly the N strings of WANT, in any order. */
static void expect_set(const char *ere, const char *const *want, size_t n)
{
	struct literals l;

	literals_of_regex(ere, &l);
	cr_assert_eq(l.count, n, "%s: %zu literals, want %zu", ere, l.count, n);
	for (size_t i = 0; i < n; i++)
		cr_assert(has(&l, want[i]), "%s: no literal \"%s\"", ere, want[i]);
	literals_free(&l);
}

#define EXPECT(ere, ...) do { \
		static const char *const want_[] = { __VA_ARGS__ }; \
		expect_set(ere, want_, ARRAY_SIZE(want_)); \
	} while (0)

static void expect_none(const char *ere)
{
	struct literals l;

	literals_of_regex(ere, &l);
	cr_assert_eq(l.count, 0, "%s: %zu literals (first \"%s\"), want none", ere, l.count,
		     l.count ? l.alt[0] : "");
	literals_free(&l);
}

/* Soundness on one pair: if glibc matches, the prefilter must say "may".
 * Returns whether glibc matched; REGCOMP_MUST says the regex is valid. */
static int check_sound(const char *ere, const char *text, int regcomp_must)
{
	struct literals l;
	regex_t re;
	int rc = regcomp(&re, ere, REG_EXTENDED | REG_NEWLINE);
	int matched;

	cr_assert(!regcomp_must || rc == 0, "regcomp rejects %s", ere);
	if (rc != 0)
		return 0;
	literals_of_regex(ere, &l);
	matched = regexec(&re, text, 0, NULL, 0) == 0;
	if (matched)
		cr_expect(literals_may_match(&l, text, strlen(text)),
			  "unsound: regex \"%s\" matches \"%s\" but the prefilter (%zu literals, first \"%s\") says no",
			  ere, text, l.count, l.count ? l.alt[0] : "");
	literals_free(&l);
	regfree(&re);
	return matched;
}

/* --- the habits of the course ------------------------------------------- */

Test(literals, strict_equality)
{
	EXPECT("(===|!==)", "===", "!==");
}

Test(literals, console_log)
{
	EXPECT("\\bconsole\\.(log|error|warn|info)\\b", "console.");
}

Test(literals, line_comment_with_a_real_tab)
{
	EXPECT("^[ \t]*//", "//");
}

Test(literals, promise)
{
	EXPECT("\\bPromise\\.?(all|allSettled|race|any|resolve)?\\b", "Promise");
}

Test(literals, declarations_need_their_keyword)
{
	EXPECT(habits[0], "const", "let", "var");
	EXPECT(habits[1], "const", "let", "var");
}

Test(literals, other_habits)
{
	EXPECT(";[ \t]*$", ";");
	EXPECT(habits[4], "function");
	EXPECT("=>", "=>");
	EXPECT("(&&|\\|\\|)", "&&", "||");
	EXPECT(habits[7], "!");
	EXPECT("\\bthis\\.", "this.");
	EXPECT("\\.(then|catch|finally)[ \t]*\\(", "then", "catch", "finally");
}

/* `)` and `{` are as good as each other: either will do, not both. */
Test(literals, braces_block_keeps_one_character)
{
	struct literals l;

	literals_of_regex("\\)[ \t]*\\{[ \t]*$", &l);
	cr_assert_eq(l.count, 1);
	cr_assert(strcmp(l.alt[0], ")") == 0 || strcmp(l.alt[0], "{") == 0, "got \"%s\"", l.alt[0]);
	literals_free(&l);
}

/* Every habit in the table is still in the YAML, tabs apart: the table
 * above is what the other tests trust. */
Test(literals, table_matches_the_habits_file)
{
	FILE *f = fopen(ENGINE_COURSE "/rules/habits.yaml", "r");
	char line[512];
	size_t found = 0;

	cr_assert_not_null(f);
	while (fgets(line, sizeof(line), f)) {
		char *re = strstr(line, "regex: '");

		if (!re)
			continue;
		re += 8;
		*strrchr(re, '\'') = '\0';
		for (size_t i = 0; i < ARRAY_SIZE(habits); i++) {
			char yaml[512];
			size_t w = 0;

			/* The table's tabs back to the YAML's `\t`. */
			for (const char *p = habits[i]; *p && w + 2 < sizeof(yaml); p++) {
				if (*p == '\t') {
					yaml[w++] = '\\';
					yaml[w++] = 't';
				} else {
					yaml[w++] = *p;
				}
			}
			yaml[w] = '\0';
			if (strcmp(yaml, re) == 0) {
				found++;
				break;
			}
		}
	}
	fclose(f);
	cr_assert_eq(found, ARRAY_SIZE(habits), "%zu of the %zu table regexes are in habits.yaml",
		     found, ARRAY_SIZE(habits));
}

/* --- no prefilter ---------------------------------------------------------- */

Test(literals, optional_or_empty_matches_give_none)
{
	static const char *const eres[] = {
		"a*", "(a|)", "(|a)", "a|", "|a", "a||b", "(x)?", "a{0,3}", "a{0}", "a?b*",
		"()", "^$", "(ab)*", "(a+)?",
	};

	for (size_t i = 0; i < ARRAY_SIZE(eres); i++)
		expect_none(eres[i]);
}

Test(literals, classes_and_brackets_give_none)
{
	static const char *const eres[] = {
		"[abc]", ".", "\\w+", "\\s", "[[:alpha:]]", "[^]x]", "x|[y]", "\\bx\\b|\\<",
	};

	for (size_t i = 0; i < ARRAY_SIZE(eres); i++)
		expect_none(eres[i]);
}

/* What the reader does not follow (or glibc refuses) gives none, not a
 * guess: `a{,3}` is glibc's `a{0,3}`. */
Test(literals, unreadable_syntax_gives_none)
{
	static const char *const eres[] = {
		"(", "(abc", "((a)", ")", "a)", "abc)", "{", "{a}", "a{", "a{x}", "a{,3}", "a{1",
		"\\", "abc\\", "[abc", "abc[", "*a", "a|*b", "(+a)", "[[:alpha:]",
	};

	for (size_t i = 0; i < ARRAY_SIZE(eres); i++)
		expect_none(eres[i]);
}

Test(literals, back_reference_is_not_a_literal)
{
	struct literals l;

	expect_none("(.)\\1");
	literals_of_regex("(a)\\1", &l);
	cr_assert(!any_contains(&l, "1") && !any_contains(&l, "\\"), "\\1 taken as text");
	cr_assert(l.count == 0 || (l.count == 1 && has(&l, "a")));
	literals_free(&l);
	literals_of_regex("(ab)x\\1y", &l);
	cr_assert(!any_contains(&l, "1") && !any_contains(&l, "x1") && !any_contains(&l, "xy"));
	literals_free(&l);
	check_sound("(a)\\1", "aa", 1);
	check_sound("(ab)x\\1y", "abxaby", 1);
}

/* --- quantifiers ------------------------------------------------------------- */

Test(literals, repeated_character_ends_the_run)
{
	struct literals l;

	literals_of_regex("ab{2}c", &l);
	cr_assert(l.count > 0);
	cr_assert(!any_contains(&l, "abc"), "\"abc\" is not in \"abbc\"");
	literals_free(&l);
	cr_assert(check_sound("ab{2}c", "abbc", 1));
	cr_assert(check_sound("ab{1,}c", "abbbc", 1));
}

Test(literals, plus_keeps_one_copy_and_stops)
{
	struct literals l;

	literals_of_regex("xa+y", &l);
	cr_assert(l.count > 0);
	cr_assert(!any_contains(&l, "xay"), "\"xay\" is not in \"xaay\"");
	literals_free(&l);
	EXPECT("xa+", "xa");
	cr_assert(check_sound("xa+y", "xay", 1));
	cr_assert(check_sound("xa+y", "xaay", 1));
	cr_assert(check_sound("xa+y", "xaaaay", 1));
}

Test(literals, optional_character_splits_the_run)
{
	struct literals l;

	literals_of_regex("colou?r", &l);
	cr_assert(!any_contains(&l, "colour") && !any_contains(&l, "lor"));
	literals_free(&l);
	EXPECT("abcde?f", "abcd");
	cr_assert(check_sound("colou?r", "color", 1));
	cr_assert(check_sound("ab{0}c", "ac", 1));
	cr_assert(check_sound("ab*c", "ac", 1));
}

Test(literals, required_groups)
{
	EXPECT("(ab)+", "ab");
	EXPECT("x(abc){2}y", "abc");
	EXPECT("((foo|bar)baz|qux)", "baz", "qux");
}

/* --- alternation ------------------------------------------------------------ */

Test(literals, alternation_up_to_the_maximum)
{
	struct literals l;

	cr_assert_eq(LITERALS_MAX, 8);
	EXPECT("(a|b|c|d|e|f|g|h)", "a", "b", "c", "d", "e", "f", "g", "h");
	EXPECT("aa|bb|cc|dd|ee|ff|gg|hh", "aa", "bb", "cc", "dd", "ee", "ff", "gg", "hh");
	expect_none("(a|b|c|d|e|f|g|h|i)");
	expect_none("a|b|c|d|e|f|g|h|i");
	expect_none("(ab|cd|ef|gh)|(ij|kl|mn|op|qr)");
	/* Too many in one group: the sequence falls back on its other parts. */
	literals_of_regex("x(a|b|c|d|e|f|g|h|i)", &l);
	cr_assert(l.count == 0 || (l.count == 1 && has(&l, "x")));
	literals_free(&l);
	cr_assert(check_sound("(a|b|c|d|e|f|g|h|i)z", "iz", 1));
}

/* --- escapes ------------------------------------------------------------------ */

Test(literals, escaped_specials_are_characters)
{
	EXPECT("\\.", ".");
	EXPECT("\\(x\\)", "(x)");
	EXPECT("a\\\\b", "a\\b");
	EXPECT("\\*\\+\\?", "*+?");
	EXPECT("\\[x\\]", "[x]");
	EXPECT("\\^\\$", "^$");
	EXPECT("a\\|b", "a|b");
	EXPECT("a\\{2}", "a{2}");
	cr_assert(check_sound("a\\|b", "a|b", 1));
	cr_assert(check_sound("a\\{2}", "a{2}", 1));
	cr_assert(check_sound("a\\\\b", "a\\b", 1));
}

/* --- literals_may_match -------------------------------------------------------- */

Test(literals, no_prefilter_may_always_match)
{
	struct literals l = { 0 };

	cr_assert_eq(literals_may_match(&l, "", 0), 1);
	cr_assert_eq(literals_may_match(&l, "anything", 8), 1);
}

Test(literals, one_byte_literal)
{
	char x[] = "x";
	struct literals l = { .alt = { x }, .count = 1 };

	cr_assert_eq(literals_may_match(&l, "abcx", 4), 1);
	cr_assert_eq(literals_may_match(&l, "xabc", 4), 1);
	cr_assert_eq(literals_may_match(&l, "abc", 3), 0);
	cr_assert_eq(literals_may_match(&l, "", 0), 0);
}

Test(literals, longer_literal_at_the_very_end)
{
	char console[] = "console.";
	struct literals l = { .alt = { console }, .count = 1 };

	cr_assert_eq(literals_may_match(&l, "foo console.", 12), 1);
	cr_assert_eq(literals_may_match(&l, "console.", 8), 1);
	cr_assert_eq(literals_may_match(&l, "foo console", 11), 0);
	cr_assert_eq(literals_may_match(&l, "onsole.", 7), 0);
}

Test(literals, text_beyond_len_does_not_count)
{
	char eq[] = "===", x[] = "x";
	struct literals three = { .alt = { eq }, .count = 1 };
	struct literals one = { .alt = { x }, .count = 1 };

	cr_assert_eq(literals_may_match(&three, "abc===", 3), 0);
	cr_assert_eq(literals_may_match(&three, "abc===", 5), 0);
	cr_assert_eq(literals_may_match(&three, "abc===", 6), 1);
	cr_assert_eq(literals_may_match(&one, "abcx", 3), 0);
	cr_assert_eq(literals_may_match(&one, "abcx", 4), 1);
}

Test(literals, any_alternative_lets_the_text_in)
{
	char a[] = "===", b[] = "!==";
	struct literals l = { .alt = { a, b }, .count = 2 };

	cr_assert_eq(literals_may_match(&l, "if a !== b", 10), 1);
	cr_assert_eq(literals_may_match(&l, "if a != b", 9), 0);
}

/* --- soundness against glibc ------------------------------------------------- */

/* Each regex matches its text (asserted), so each row tests the prefilter. */
static const struct { const char *ere, *text; } pairs[] = {
	{ "abc", "xxabcxx" },
	{ "a|b", "b" },
	{ "(a|b)c", "bc" },
	{ "ab*c", "ac" },
	{ "ab?c", "ac" },
	{ "ab{0}c", "ac" },
	{ "ab{2}c", "abbc" },
	{ "ab{1,}c", "abbbc" },
	{ "xa+y", "xaaay" },
	{ "(ab)+c", "ababc" },
	{ "(ab)*c", "c" },
	{ "(ab){0,2}c", "c" },
	{ "colou?r", "color" },
	{ "a.c", "abc" },
	{ "a[bc]d", "acd" },
	{ "a[]]b", "a]b" },
	{ "a[^]]b", "axb" },
	{ "[[:alpha:]]+x", "abcx" },
	{ "[[.-.]]x", "-x" },
	{ "a\\.b", "a.b" },
	{ "a\\(b", "a(b" },
	{ "a\\\\b", "a\\b" },
	{ "a\\{2}", "a{2}" },
	{ "a\\|b", "a|b" },
	{ "a}", "a}" },
	{ "a)", "a)" },
	{ "a]", "a]" },
	{ "a{,3}b", "b" },
	{ "(a)\\1", "aa" },
	{ "(ab|cd)\\1x", "cdcdx" },
	{ "^foo", "bar\nfoo" },
	{ "foo$", "foo\nbar" },
	{ "\\bword\\b", "a word." },
	{ "\\<in\\>", "in x" },
	{ "()a", "a" },
	{ "(|a)b", "b" },
	{ "a||b", "b" },
	{ "(a|b|c|d|e|f|g|h|i)z", "iz" },
	{ "x(a|b|c|d|e|f|g|h)", "xh" },
	{ "a\tb", "a\tb" },
	{ "(a*)(b|c)", "c" },
	{ "(a+|b)c", "bc" },
	{ "((ab)|c)d", "cd" },
	{ "(ab|a)(bc|c)", "abc" },
	{ "x{1}y{1}", "xy" },
	{ "[a-z]{3}bar", "xyzbar" },
	{ "a{2}{3}", "aaaaaa" },
	{ "(x)?y", "y" },
	{ "a*", "b" },
	{ "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
	  "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" },
};

Test(literals, pairs_are_sound)
{
	for (size_t i = 0; i < ARRAY_SIZE(pairs); i++)
		cr_assert(check_sound(pairs[i].ere, pairs[i].text, 1), "\"%s\" should match \"%s\"",
			  pairs[i].ere, pairs[i].text);
}

Test(literals, habits_are_sound_on_every_text)
{
	for (size_t i = 0; i < ARRAY_SIZE(habits); i++) {
		size_t matches = 0;

		for (size_t j = 0; j < ARRAY_SIZE(texts); j++)
			matches += (size_t)check_sound(habits[i], texts[j], 1);
		/* Not a vacuous pass: every habit is tripped somewhere. */
		cr_assert_gt(matches, 0, "no text matches %s", habits[i]);
	}
}

/* The same through the real loader, so regex_tabs and the rule's own
 * literals are what is checked. */
Test(literals, loaded_habits_are_sound)
{
	static const struct criterion crits[] = {
		{ .id = "async-await", .title = "Uses async/await clearly in Python" },
		{ .id = "pythonic-names", .title = "Keeps names and return shapes Pythonic" },
		{ .id = "sequential-not-concurrent",
		  .title = "Does not assume concurrency where plain sequential async work is enough" },
	};
	struct grading *g = NULL;
	const struct static_rules *rs;
	struct diags d;
	size_t regexes = 0;

	diags_init(&d);
	grading_load_files(&g, ENGINE_COURSE "/04-async/rewrite/rules.yaml",
		   ENGINE_COURSE "/rules/habits.yaml", crits, 3, &d);
	diags_print(&d, stderr);
	diags_free(&d);
	cr_assert_not_null(g);
	rs = grading_static(g);
	for (size_t i = 0; i < static_rules_count(rs); i++) {
		const struct literals *lits;
		const regex_t *re = static_rule_regex(rs, i, &lits);

		if (!re)
			continue;
		regexes++;
		for (size_t j = 0; j < ARRAY_SIZE(texts); j++)
			if (regexec(re, texts[j], 0, NULL, 0) == 0)
				cr_expect(literals_may_match(lits, texts[j], strlen(texts[j])),
					  "rule %s: unsound on \"%s\"", static_rule_id(rs, i), texts[j]);
	}
	/* The fixture's regex rules are exactly its 14 habits (the Rewrite's
	 * rules are all queries): none skipped, none counted twice. */
	cr_assert_eq(regexes, ARRAY_SIZE(habits));
	grading_free(g);
}

/* idiom never calls setlocale, so regcomp reads bytes (the "C" locale) and a
 * quantifier after "é" repeats its last byte only: sound there. */
Test(literals, multibyte_character_in_the_c_locale)
{
	cr_assert(check_sound("x\xc3\xa9*", "x\xc3", 1));
	cr_assert(check_sound("x\xc3\xa9?y", "x\xc3y", 1));
	cr_assert(!check_sound("x\xc3\xa9*", "x", 1));
}

/* In a UTF-8 locale the quantifier repeats the whole character, so "xé*"
 * matches "x": the bytes of a multi-byte character are no plain text to the
 * prefilter (it once kept "x" and the first byte of "é").  Nothing in idiom
 * sets a locale, but regcomp's meaning follows LC_CTYPE. */
Test(literals, multibyte_character_in_a_utf8_locale)
{
	if (!setlocale(LC_ALL, "C.UTF-8"))
		cr_skip_test("no C.UTF-8 locale");
	cr_assert(check_sound("x\xc3\xa9*", "x", 1));
	cr_assert(check_sound("x\xc3\xa9?y", "xy", 1));
	cr_assert(check_sound("x\xc3\xa9{0}y", "xy", 1));
}

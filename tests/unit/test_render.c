/* The lesson renderer: header, sections, side-by-side pairs, code cut with
 * a marker, plain output free of escape codes and holding every sentence of
 * the lesson, and colour that only adds escape codes. */
#include <criterion/criterion.h>
#include <errno.h>
#include <string.h>
#include <cmark-gfm.h>
#include "course/lesson.h"
#include "render/block.h"
#include "render/highlight.h"
#include "render/term.h"
#include "util/buf.h"
#include "util/text.h"
#include "util/xalloc.h"

/* Lesson 04 of the course, cut where the deeper Python version goes. */
static const char lesson_head[] =
	"---\n"
	"number: 4\n"
	"slug: async\n"
	"title: \"Async I/O and concurrency: from Promise intuition to Python's async model\"\n"
	"minutes: 25\n"
	"summary: \"Map Promise- and event-loop-heavy JavaScript thinking onto Python's async/await model and its more selective use of concurrency tools.\"\n"
	"---\n"
	"\n"
	"## By the end of this lesson you can\n"
	"\n"
	"- Uses async/await clearly in Python\n"
	"- Keeps names and return shapes Pythonic\n"
	"- Does not assume concurrency where plain sequential async work is enough\n"
	"\n"
	"## Overview\n"
	"\n"
	"JavaScript and Node developers are used to async as a default part of application structure. Python supports async too, but the ecosystem and standard patterns are different, and not every Python program needs to be shaped around the event loop.\n"
	"\n"
	"### In JavaScript/Node, you often\n"
	"\n"
	"treat Promise-based control flow as a central organizing idea, especially for I/O-heavy applications.\n"
	"\n"
	"### In Python, the common pattern is\n"
	"\n"
	"to use `asyncio` when it helps, but otherwise keep code synchronous until asynchronous structure is clearly justified.\n"
	"\n"
	"### Why this difference matters\n"
	"\n"
	"The main mental shift is that Python gives you async tools without demanding that every codebase adopt the same async-first posture common in Node.\n"
	"\n"
	"## At a glance\n"
	"\n"
	"### JavaScript/Node\n"
	"\n"
	"```javascript\n"
	"const user = await fetchUser(id);\n"
	"```\n"
	"\n"
	"### Python\n"
	"\n"
	"```python\n"
	"user = await fetch_user(id)\n"
	"```\n"
	"\n"
	"## Deeper comparison\n"
	"\n"
	"### JavaScript/Node version\n"
	"\n"
	"```javascript\n"
	"async function loadDashboard(id) {\n"
	"  const [user, posts] = await Promise.all([\n"
	"    fetchUser(id),\n"
	"    fetchPosts(id),\n"
	"  ]);\n"
	"  return { user, posts };\n"
	"}\n"
	"```\n"
	"\n"
	"### Python version\n"
	"\n";

static const char deeper_python[] =
	"```python\n"
	"async def load_dashboard(user_id):\n"
	"    user, posts = await asyncio.gather(\n"
	"        fetch_user(user_id),\n"
	"        fetch_posts(user_id),\n"
	"    )\n"
	"    return {\"user\": user, \"posts\": posts}\n"
	"```\n"
	"\n";

static const char lesson_tail[] =
	"## Reflect\n"
	"\n"
	"When should a Python developer resist carrying over a Node-style async-first mindset?\n"
	"\n"
	"### What a strong answer notices\n"
	"\n"
	"A strong answer mentions that Python often favors simpler synchronous code unless concurrent I/O is clearly central to the problem. {#sync-unless-concurrent-io}\n"
	"\n"
	"## Rewrite\n"
	"\n"
	"Rewrite this Promise-based Node flow into Python async code without forcing the surrounding design to be more asynchronous than needed.\n"
	"\n"
	"### Rewrite this JavaScript/Node\n"
	"\n"
	"```javascript\n"
	"async function loadConfigAndUser(id) {\n"
	"  const config = await loadConfig();\n"
	"  const user = await fetchUser(id);\n"
	"  return { config, user };\n"
	"}\n"
	"```\n"
	"\n"
	"### What good looks like\n"
	"\n"
	"- Uses async/await clearly in Python {#async-await}\n"
	"- Keeps names and return shapes Pythonic {#pythonic-names}\n"
	"- Does not assume concurrency where plain sequential async work is enough {#sequential-not-concurrent}\n"
	"\n"
	"## Practice\n"
	"\n"
	"Design a Python function that fetches a user and their recent posts concurrently, and explain when you would keep the code synchronous instead.\n"
	"\n"
	"### Success criteria\n"
	"\n"
	"- Shows when `asyncio.gather` is appropriate {#gather}\n"
	"- Acknowledges that async is not always the first tool {#async-not-first}\n"
	"- Keeps the return value readable to a Python developer {#readable-return}\n"
	"\n"
	"## Common mistakes\n"
	"\n"
	"- Making Python code async by default because Node trained that reflex.\n"
	"- Expecting Python async ergonomics and ecosystem conventions to mirror Promise-heavy Node patterns exactly.\n"
	"- Using concurrency to solve a problem that was still unclear in synchronous form.\n"
	"\n"
	"## Takeaways\n"
	"\n"
	"- The main mental shift is that Python gives you async tools without demanding that every codebase adopt the same async-first posture common in Node.\n"
	"- A strong answer mentions that Python often favors simpler synchronous code unless concurrent I/O is clearly central to the problem.\n"
	"- Shows when `asyncio.gather` is appropriate\n"
	"\n";

static struct lesson *parse_with(const char *deeper)
{
	char *text = xasprintf("%s%s%s", lesson_head, deeper, lesson_tail);
	struct diags d;
	struct lesson *l;

	diags_init(&d);
	l = lesson_parse(text, strlen(text), "test.md", NULL, &d);
	cr_assert_not_null(l, "lesson does not parse: %s", d.count ? d.items[0].message : "?");
	diags_free(&d);
	free(text);
	return l;
}

static char *render(const struct lesson *l, size_t width, int colour, int section)
{
	struct term_options opt = { width, colour, section, NULL };
	struct buf out = BUF_INIT;

	cr_assert_eq(term_render_lesson(l, &opt, &out), 0);
	return buf_detach(&out);
}

static char *render_lesson(const char *deeper, size_t width, int colour)
{
	struct lesson *l = parse_with(deeper);
	char *s = render(l, width, colour, TERM_ALL_SECTIONS);

	lesson_free(l);
	return s;
}

/* Removes escape sequences from S, in place. */
static char *strip(char *s)
{
	char *w = s;

	for (const char *r = s; *r;) {
		if (*r == '\033') {
			r += 2;
			while (*r && !(*r >= '@' && *r <= '~'))
				r++;
			r += *r != '\0';
			continue;
		}
		*w++ = *r++;
	}
	*w = '\0';
	return s;
}

/* Runs of whitespace become one space, in place. */
static char *squeeze(char *s)
{
	char *w = s;
	int space = 0;

	for (const char *r = s; *r; r++) {
		if (*r == ' ' || *r == '\n' || *r == '\t') {
			space = 1;
			continue;
		}
		if (space && w != s)
			*w++ = ' ';
		space = 0;
		*w++ = *r;
	}
	*w = '\0';
	return s;
}

static void assert_lines_fit(const char *s, size_t width)
{
	int n = 1;

	for (const char *nl; (nl = strchr(s, '\n')); s = nl + 1, n++) {
		cr_assert_leq(text_width(s, (size_t)(nl - s)), width, "line %d is wider than %zu: %.*s",
			      n, width, (int)(nl - s), s);
		cr_assert(nl == s || nl[-1] != ' ', "line %d ends in a space", n);
	}
	cr_assert_eq(*s, '\0', "output does not end with a newline");
}

/* The line of S holding A, as a new string, or NULL. */
static char *line_with(const char *s, const char *a)
{
	const char *at = strstr(s, a), *start, *end;

	if (!at)
		return NULL;
	for (start = at; start > s && start[-1] != '\n'; start--)
		;
	end = strchr(at, '\n');
	return xstrndup(start, end ? (size_t)(end - start) : strlen(start));
}

Test(render, plain_has_no_escape_codes_and_fits)
{
	size_t widths[] = { 40, 80, 99, 100, 120 };

	for (size_t i = 0; i < sizeof(widths) / sizeof(widths[0]); i++) {
		char *s = render_lesson(deeper_python, widths[i], 0);

		cr_assert_null(strchr(s, '\033'), "escape code at width %zu", widths[i]);
		assert_lines_fit(s, widths[i]);
		free(s);
	}
}

Test(render, header_is_the_catalogue_line)
{
	char *s = render_lesson(deeper_python, 200, 0);
	struct lesson *l = parse_with(deeper_python);
	struct buf line = BUF_INIT;

	cr_assert(strncmp(s, "04  open  25 min  Async I/O and concurrency: from Promise intuition "
			  "to Python's async model\n\n  Map Promise-", 100) == 0, "got: %.120s", s);
	term_lesson_line(l, "done", 0, &line);
	cr_assert_str_eq(buf_str(&line), "04  done  25 min  Async I/O and concurrency: from "
			 "Promise intuition to Python's async model");
	buf_free(&line);
	lesson_free(l);
	free(s);
}

Test(render, long_title_wraps_under_itself)
{
	char *s = render_lesson(deeper_python, 80, 0);

	cr_assert(strstr(s, "Python's\n                  async model\n") != NULL, "got: %.200s", s);
	free(s);
}

Test(render, every_section_and_subsection_heading_appears)
{
	char *s = render_lesson(deeper_python, 80, 0);

	for (int i = 0; i < SEC_COUNT; i++) {
		char *h = xasprintf("\n%s\n", section_specs[i].title);

		cr_assert(strstr(s, h) != NULL, "no heading %s", section_specs[i].title);
		free(h);
		for (size_t j = 0; j < section_specs[i].nsubs; j++)
			cr_assert(strstr(s, section_specs[i].subs[j].title) != NULL, "no %s",
				  section_specs[i].subs[j].title);
	}
	cr_assert(strstr(s, "\nOverview\n========\n") != NULL);
	cr_assert(strstr(s, "\n  In JavaScript/Node, you often\n  -----------------------------\n") != NULL);
	free(s);
}

/* What the golden test of the course asks: every paragraph and list item of
 * the lesson, as plain text, is in the plain output once whitespace is
 * squeezed. */
Test(render, plain_holds_every_sentence_verbatim)
{
	struct lesson *l = parse_with(deeper_python);
	char *s = squeeze(render(l, 80, 0, TERM_ALL_SECTIONS));
	cmark_iter *it = cmark_iter_new(l->doc);
	cmark_event_type ev;
	int checked = 0;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		struct buf text = BUF_INIT;

		if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(n) != CMARK_NODE_PARAGRAPH)
			continue;
		md_inline_text(n, &text);
		cr_assert(strstr(s, squeeze(text.data)) != NULL, "missing: %s", text.data);
		checked++;
		buf_free(&text);
	}
	/* Every paragraph and list item of the test lesson above, none skipped. */
	cr_assert_eq(checked, 23);
	cr_assert(strstr(s, "to use `asyncio` when it helps") != NULL);
	cmark_iter_free(it);
	lesson_free(l);
	free(s);
}

Test(render, colour_only_adds_escape_codes)
{
	size_t widths[] = { 60, 80, 120 };

	for (size_t i = 0; i < sizeof(widths) / sizeof(widths[0]); i++) {
		char *plain = render_lesson(deeper_python, widths[i], 0);
		char *colour = render_lesson(deeper_python, widths[i], 1);

		cr_assert_not_null(strstr(colour, "\033[35masync\033[0m \033[35mdef\033[0m"),
				   "Python keywords not coloured at %zu", widths[i]);
		cr_assert_not_null(strstr(colour, "\033[35mconst\033[0m"));
		cr_assert_str_eq(strip(colour), plain, "width %zu", widths[i]);
		free(plain);
		free(colour);
	}
}

Test(render, pairs_stand_side_by_side_from_100_columns)
{
	char *wide = render_lesson(deeper_python, 120, 0);
	char *narrow = render_lesson(deeper_python, 99, 0);
	char *row = line_with(wide, "const user = await fetchUser(id);");
	char *labels = line_with(wide, "JavaScript/Node version");

	cr_assert_not_null(row);
	cr_assert_not_null(strstr(row, " \xe2\x94\x82 user = await fetch_user(id)"), "row: %s", row);
	cr_assert_not_null(labels);
	cr_assert_not_null(strstr(labels, "\xe2\x94\x82 Python version"), "labels: %s", labels);
	free(row);
	row = line_with(narrow, "const user = await fetchUser(id);");
	cr_assert_str_eq(row, "    const user = await fetchUser(id);");
	cr_assert_null(strstr(narrow, "\xe2\x94\x82"));
	cr_assert_not_null(strstr(narrow, "\n  Python version\n  --------------\n\n    async def"));
	free(row);
	free(labels);
	free(wide);
	free(narrow);
}

Test(render, columns_of_different_lengths)
{
	/* Python two lines shorter than the JavaScript: the rule goes on. */
	char *s = render_lesson("```python\ndef f():\n    pass\n```\n\n", 100, 0);
	char *last = line_with(s, "  }");
	char *second = line_with(s, "const [user, posts]");

	cr_assert_not_null(second);
	cr_assert_not_null(strstr(second, "\xe2\x94\x82     pass"), "got: %s", second);
	cr_assert_not_null(last);
	cr_assert_eq(text_width(last, strlen(last)), 2 + 47 + 2, "got: '%s'", last);
	cr_assert_not_null(strstr(last, " \xe2\x94\x82"));
	free(second);
	free(last);
	free(s);
}

Test(render, long_code_lines_are_cut_with_a_marker)
{
	const char *py = "```python\nresult = compute(alpha_value, beta_value, gamma_value, "
			 "delta_value, epsilon_value, zeta_value)\n```\n\n";
	char *s = render_lesson(py, 80, 0);
	char *wide = render_lesson(py, 120, 0);

	cr_assert_not_null(strstr(s, "    result = compute(alpha_value, beta_value, gamma_value, "
				  "delta_value,\n    \xe2\x86\xaa epsilon_value, zeta_value)\n"), "got: %s", s);
	cr_assert_not_null(strstr(wide, "\xe2\x86\xaa "));
	assert_lines_fit(s, 80);
	assert_lines_fit(wide, 120);
	free(s);
	free(wide);
}

Test(render, one_section_alone)
{
	struct lesson *l = parse_with(deeper_python);
	char *s = render(l, 80, 0, SEC_REFLECT);

	cr_assert(strncmp(s, "04  open  25 min  ", 18) == 0);
	cr_assert_not_null(strstr(s, "\nReflect\n=======\n"));
	cr_assert_not_null(strstr(s, "What a strong answer notices"));
	cr_assert_null(strstr(s, "Overview"));
	cr_assert_null(strstr(s, "Takeaways"));
	cr_assert_null(strstr(s, "Map Promise-"), "summary shown with one section");
	free(s);
	lesson_free(l);
}

Test(render, unknown_section_is_refused)
{
	struct lesson *l = parse_with(deeper_python);
	struct term_options opt = { 80, 0, SEC_COUNT, NULL };
	struct buf out = BUF_INIT;

	cr_assert_eq(term_render_lesson(l, &opt, &out), -EINVAL);
	opt.section = -7;
	cr_assert_eq(term_render_lesson(l, &opt, &out), -EINVAL);
	buf_free(&out);
	lesson_free(l);
}

Test(render, output_is_deterministic)
{
	for (int colour = 0; colour < 2; colour++) {
		char *a = render_lesson(deeper_python, 120, colour);
		char *b;

		highlight_cache_free();
		b = render_lesson(deeper_python, 120, colour);
		cr_assert_str_eq(a, b);
		free(a);
		free(b);
	}
}

Test(render, zero_width_means_80)
{
	char *a = render_lesson(deeper_python, 0, 0);
	char *b = render_lesson(deeper_python, 80, 0);

	cr_assert_str_eq(a, b);
	free(a);
	free(b);
}

/* ---- blocks on their own ---------------------------------------------- */

static char *blocks(const char *md, size_t width, int colour)
{
	cmark_node *doc = cmark_parse_document(md, strlen(md), CMARK_OPT_DEFAULT);
	struct block_style style = { width, "  ", "    ", colour };
	struct block_range all = { cmark_node_first_child(doc), NULL };
	struct buf out = BUF_INIT;

	block_render_range(&all, &style, &out);
	cmark_node_free(doc);
	return buf_detach(&out);
}

Test(render_block, inline_styles_plain)
{
	char *s = blocks("Use *this* and **that** with `x = 1`, see [the docs](https://docs.python.org) "
			 "or <https://peps.python.org>.", 200, 0);

	cr_assert_str_eq(s, "  Use this and that with `x = 1`, see the docs (https://docs.python.org) "
			 "or https://peps.python.org.\n");
	free(s);
}

Test(render_block, inline_styles_colour)
{
	char *s = blocks("**bold `code` still bold**", 80, 1);

	cr_assert_str_eq(s, "  \033[1mbold \033[36m`code`\033[0m\033[1m still bold\033[0m\n");
	free(s);
}

Test(render_block, lists_bullets_numbers_and_nesting)
{
	char *s = blocks("- one\n- two words that wrap\n  - nested\n\n"
			 "8. eight\n9. nine\n10. ten\n", 20, 0);

	cr_assert_str_eq(s, "  \xe2\x80\xa2 one\n"
			 "  \xe2\x80\xa2 two words that\n"
			 "    wrap\n"
			 "    \xe2\x80\xa2 nested\n"
			 "\n"
			 "   8. eight\n"
			 "   9. nine\n"
			 "  10. ten\n", "got:\n%s", s);
	free(s);
}

Test(render_block, loose_list_keeps_blank_lines)
{
	char *s = blocks("- one\n\n- two\n", 80, 0);

	cr_assert_str_eq(s, "  \xe2\x80\xa2 one\n\n  \xe2\x80\xa2 two\n");
	free(s);
}

Test(render_block, code_block_indented_blank_lines_bare)
{
	char *s = blocks("```python\nif x:\n\n\ty = 1\n```\n", 80, 0);

	cr_assert_str_eq(s, "    if x:\n\n        y = 1\n");
	free(s);
}

Test(render_block, quote_rule_and_comment)
{
	char *s = blocks("> quoted text\n\n<!-- author note -->\n\n---\n\nafter", 80, 0);

	cr_assert_str_eq(s, "  \xe2\x94\x82 quoted text\n\n  * * *\n\n  after\n");
	free(s);
}

Test(render_block, quote_bar_runs_through_blank_lines)
{
	char *s = blocks("> one\n>\n> two\n", 80, 0);

	cr_assert_str_eq(s, "  \xe2\x94\x82 one\n  \xe2\x94\x82\n  \xe2\x94\x82 two\n");
	free(s);
}

Test(render_block, code_cut_at_a_space_drops_it)
{
	char *s = blocks("```python\nx = \"aaaa bbbb cccc dddd\"\n```\n", 20, 1);

	cr_assert_str_eq(s, "    x = \033[32m\"aaaa bbbb\033[0m\n    \033[2m\xe2\x86\xaa \033[0m"
			 "\033[32mcccc dddd\"\033[0m\n", "got: %s", s);
	free(s);
}

Test(render_block, control_characters_never_reach_the_terminal)
{
	char *s = blocks("evil \033[2J text\x07 and \xc2\x9b" "31m\n\n```python\nx = '\033]0;t\x07'\n```\n", 80, 0);

	cr_assert_null(strchr(s, '\033'));
	cr_assert_null(strchr(s, '\x07'));
	cr_assert_null(strstr(s, "\xc2\x9b"));
	cr_assert_not_null(strstr(s, "evil [2J text and 31m"), "got: %s", s);
	free(s);
}

/* The concept engine: ideas found and missing, contradictions, negation,
 * docstrings and comments of a Python answer. */
#include <criterion/criterion.h>
#include <jansson.h>
#include <string.h>
#include "grade/concepts.h"
#include "grade/grade.h"
#include "syntax/syntax.h"
#include "util/diag.h"

static const char *const crits[] = { "Clear", "Named" };
static const struct criterion criteria[] = { { .id = "clear", .title = "Clear" },
					     { .id = "named", .title = "Named" } };
static struct grading *g;
static const struct concept_rules *rs;

static void setup(void)
{
	struct diags d;

	diags_init(&d);
	grading_load_files(&g, "tests/fixtures/rules/good.yaml", NULL, criteria, 2, &d);
	cr_assert_not_null(g);
	rs = grading_concepts(g);
	diags_free(&d);
}

static void teardown(void)
{
	grading_free(g);
}

TestSuite(concepts, .init = setup, .fini = teardown);

/* Grades TEXT and returns the JSON of criterion "Clear". */
static json_t *clear(const char *text, const char **status)
{
	struct report *r = report_new("04", "reflect", "a.md", crits, 2);
	char *s;
	json_t *j, *c;

	concepts_check(rs, text, strlen(text), r);
	s = report_json(r);
	j = json_loads(s, 0, NULL);
	free(s);
	report_free(r);
	c = json_incref(json_array_get(json_object_get(j, "criteria"), 0));
	json_decref(j);
	*status = json_string_value(json_object_get(c, "status"));
	return c;
}

static int has(json_t *c, int line, const char *text)
{
	size_t i;
	json_t *f;

	json_array_foreach(json_object_get(c, "feedback"), i, f)
		if (json_integer_value(json_object_get(f, "line")) == line &&
		    strstr(json_string_value(json_object_get(f, "message")), text))
			return 1;
	return 0;
}

Test(concepts, idea_found_with_its_line)
{
	const char *st;
	json_t *c = clear("First line.\nKeep it Synchronous when you can.\n", &st);

	cr_assert_str_eq(st, "pass");
	cr_assert(has(c, 2, "found: synchronous code (\"Keep it Synchronous when you can\")"));
	json_decref(c);
}

Test(concepts, stems_and_multiword_phrases)
{
	const char *st;
	json_t *c = clear("Use plain functions.", &st);

	cr_assert_str_eq(st, "pass");
	cr_assert(has(c, 1, "(\"Use plain functions\")"));
	json_decref(c);
}

Test(concepts, idea_missing)
{
	const char *st;
	json_t *c = clear("Use asyncio for everything that waits.", &st);

	cr_assert_str_eq(st, "fail");
	cr_assert(has(c, 0, "missing: synchronous code. mention synchronous code"));
	json_decref(c);
}

Test(concepts, contradiction_flagged)
{
	const char *st;
	json_t *c = clear("Synchronous is fine.\nBut you should always make it async.", &st);

	cr_assert_str_eq(st, "fail");
	cr_assert(has(c, 2, "\"But you should always make it async\": async is not always the answer"));
	json_decref(c);
}

Test(concepts, negated_contradiction_is_not_flagged)
{
	const char *st;
	json_t *c = clear("Synchronous code first. It is not always wise to go async. "
			  "Don't always use async. You shouldn't always reach for async. "
			  "I wouldn't always go async. Resist making everything async.", &st);

	cr_assert_str_eq(st, "pass");
	json_decref(c);
}

Test(concepts, phrases_do_not_cross_sentences)
{
	const char *st;
	json_t *c = clear("Synchronous code. I always write tests. Async is nice.", &st);

	cr_assert_str_eq(st, "pass");
	json_decref(c);
}

Test(concepts, apostrophes_and_typographic_quotes)
{
	const char *st;
	json_t *c = clear("Synchronous. It isn\xe2\x80\x99t always async.", &st);

	cr_assert_str_eq(st, "pass");
	json_decref(c);
}

Test(concepts, too_few_words)
{
	struct report *r = report_new("04", "reflect", "a.md", crits, 2);

	cr_assert_eq(concepts_check(rs, "synchronous", 11, r), 1);
	cr_assert_eq(report_criterion_passed(r, "Named"), 0);
	cr_assert_eq(report_criterion_passed(r, "Clear"), 1);
	report_free(r);
}

Test(concepts, list_of_words_asserts_nothing)
{
	struct report *r = report_new("04", "reflect", "a.md", crits, 2);
	const char *list = "synchronous, plain functions, async, await, event loop, I/O";
	const char *terse = "Runs anyway: plain functions stay synchronous. Async only for I/O.";
	const char *aside = "gather awaits both; await waits (user, posts, config) serially.";

	concepts_check(rs, list, strlen(list), r);
	cr_assert_eq(report_criterion_passed(r, "Named"), 0, "a list of words fails min-words");
	report_free(r);
	r = report_new("04", "reflect", "a.md", crits, 2);
	concepts_check(rs, terse, strlen(terse), r);
	cr_assert_eq(report_criterion_passed(r, "Named"), 1, "short clauses among sentences pass");
	report_free(r);
	r = report_new("04", "reflect", "a.md", crits, 2);
	concepts_check(rs, aside, strlen(aside), r);
	cr_assert_eq(report_criterion_passed(r, "Named"), 1, "a list in brackets is an aside");
	report_free(r);
}

Test(concepts, python_docstrings_and_comments_only)
{
	const char *src = "\"\"\"Module doc.\"\"\"\n"
			  "x = \"not a docstring\"  # a comment\n"
			  "def f():\n"
			  "    'function doc'\n"
			  "    return 'no'\n";
	TSTree *t = syntax_parse(LANG_PYTHON, src, strlen(src));
	char *text = concepts_python_text(ts_tree_root_node(t), src, strlen(src));

	cr_assert_eq(strlen(text), strlen(src));
	cr_assert(strstr(text, "Module doc."));
	cr_assert(strstr(text, "# a comment"));
	cr_assert(strstr(text, "'function doc'"));
	cr_assert_null(strstr(text, "not a docstring"));
	cr_assert_null(strstr(text, "'no'"));
	cr_assert_null(strstr(text, "def"));
	cr_assert_eq(strchr(strstr(text, "# a comment"), '\n') - text, strchr(strstr(src, "# a comment"), '\n') - src);
	free(text);
	ts_tree_delete(t);
}

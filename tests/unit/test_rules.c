/* Rule-file loader: a good file loads whole; each kind of mistake is
 * reported at its line with a hint on how to fix it. */
#include <criterion/criterion.h>
#include <string.h>
#include "grade/concepts.h"
#include "grade/grade.h"
#include "grade/static.h"
#include "grade/template.h"
#include "util/buf.h"
#include "util/diag.h"
#include "engine_course.h"

#define FIX "tests/fixtures/rules/"

static const struct criterion criteria[] = { { .id = "clear", .title = "Clear" },
					     { .id = "named", .title = "Named" } };

static struct grading *load(const char *file, const char *habits, struct diags *d)
{
	struct grading *g = NULL;

	diags_init(d);
	grading_load_files(&g, file, habits, criteria, 2, d);
	return g;
}

/* Asserts some diagnostic sits at LINE and contains TEXT. */
static void expect_diag(const struct diags *d, int line, const char *text)
{
	for (size_t i = 0; i < d->count; i++)
		if (d->items[i].line == line && strstr(d->items[i].message, text))
			return;
	for (size_t i = 0; i < d->count; i++)
		fprintf(stderr, "  got %s:%d: %s\n", d->items[i].file, d->items[i].line, d->items[i].message);
	cr_assert_fail("no diagnostic at line %d containing \"%s\"", line, text);
}

Test(rules, good_file_loads_with_habits)
{
	struct diags d;
	struct grading *g = load(FIX "good.yaml", FIX "habits.yaml", &d);
	const struct static_rules *sr;
	size_t nhints;

	cr_assert_not_null(g);
	cr_assert_eq(d.count, 0);
	sr = grading_static(g);
	cr_assert_eq(static_rules_count(sr), 5);	/* 3 own + 2 habits */
	cr_assert(grading_is_code(g));
	grading_hints(g, &nhints);
	cr_assert_eq(nhints, 3);
	cr_assert_eq(concept_rules_count(grading_concepts(g)), 2);
	cr_assert_eq(concept_rules_min_words(grading_concepts(g)), 3);
	cr_assert(static_rules_has_anchor(sr));
	cr_assert_str_eq(static_rule_id(sr, 3), "js-const");
	cr_assert_str_eq(static_rule_criterion(sr, 3), "Clear");
	cr_assert_str_eq(static_rule_criterion(sr, 4), "Named");
	cr_assert(static_rule_required(sr, 1));
	cr_assert(!static_rule_required(sr, 0));
	/* lint's count: 3 own rules, 2 habits, 2 concepts, the word minimum */
	cr_assert_eq(grading_checks_for(g, "Clear") + grading_checks_for(g, "Named"), 8);
	grading_free(g);
	diags_free(&d);
}

/* `replaces:` leaves a habit out of one exercise, so a finding is not
 * reported twice in two wordings; a replaced id must exist, and only an
 * exercise's rules may replace. */
Test(rules, replaced_habit_is_left_out)
{
	struct diags d;
	struct grading *g = load(FIX "replaces.yaml", FIX "habits.yaml", &d);
	const struct static_rules *sr;

	cr_assert_not_null(g);
	cr_assert_eq(d.count, 0);
	sr = grading_static(g);
	cr_assert_eq(static_rules_count(sr), 2, "own-const and camel, not js-const");
	cr_assert_str_eq(static_rule_id(sr, 0), "own-const");
	cr_assert_str_eq(static_rule_id(sr, 1), "camel");
	grading_free(g);
	diags_free(&d);
}

Test(rules, replaced_habit_must_exist)
{
	struct diags d;

	cr_assert_null(load(FIX "replaces_unknown.yaml", FIX "habits.yaml", &d));
	expect_diag(&d, 10, "rule `own-const` replaces `js-konst`, but tests/fixtures/rules/habits.yaml has no habit");
	diags_free(&d);
	cr_assert_null(load(FIX "replaces_unknown.yaml", NULL, &d));
	expect_diag(&d, 10, "the course has no habits file");
	diags_free(&d);
}

Test(rules, only_exercise_rules_replace)
{
	struct diags d;

	cr_assert_null(load(FIX "good.yaml", FIX "habits_replacing.yaml", &d));
	expect_diag(&d, 4, "only an exercise's rules can say `replaces:`");
	diags_free(&d);
}

Test(rules, bad_yaml_names_the_line)
{
	struct diags d;

	cr_assert_null(load(FIX "bad_yaml.yaml", NULL, &d));
	cr_assert_eq(d.count, 1);
	cr_assert(strstr(d.items[0].message, "not valid YAML"));
	cr_assert_eq(d.items[0].line, 5);
	diags_free(&d);
}

Test(rules, unknown_key_suggests_the_right_one)
{
	struct diags d;

	cr_assert_null(load(FIX "unknown_key.yaml", NULL, &d));
	expect_diag(&d, 6, "unknown key `mesage`");
	expect_diag(&d, 6, "did you mean `message`?");
	diags_free(&d);
}

Test(rules, query_syntax_error_points_into_the_query)
{
	struct diags d;

	cr_assert_null(load(FIX "query_syntax.yaml", NULL, &d));
	/* The stray ")" is on query line 3, file line 8. */
	expect_diag(&d, 8, "syntax error");
	expect_diag(&d, 8, "query line 3");
	diags_free(&d);
}

Test(rules, unknown_node_type)
{
	struct diags d;

	cr_assert_null(load(FIX "unknown_node.yaml", NULL, &d));
	expect_diag(&d, 6, "unknown node type");
	diags_free(&d);
}

Test(rules, unknown_criterion_suggests_the_id)
{
	struct diags d;

	cr_assert_null(load(FIX "unknown_criterion.yaml", NULL, &d));
	expect_diag(&d, 4, "no criterion with id `clearr` in this exercise; did you mean `clear`?");
	diags_free(&d);
}

Test(rules, unknown_capture_in_template)
{
	struct diags d;

	cr_assert_null(load(FIX "unknown_capture.yaml", NULL, &d));
	expect_diag(&d, 6, "{func} names no capture");
	diags_free(&d);
}

Test(rules, bad_regex)
{
	struct diags d;

	cr_assert_null(load(FIX "bad_regex.yaml", NULL, &d));
	expect_diag(&d, 5, "bad regular expression");
	diags_free(&d);
}

Test(rules, habit_category_not_mapped)
{
	struct diags d;

	cr_assert_null(load(FIX "unmapped_category.yaml", FIX "habits.yaml", &d));
	expect_diag(&d, 0, "does not map category `naming`");
	diags_free(&d);
}

Test(rules, every_problem_is_reported)
{
	struct diags d;

	cr_assert_null(load(FIX "no_message.yaml", NULL, &d));
	expect_diag(&d, 7, "rule id `a` is used twice");
	expect_diag(&d, 7, "needs a `message:`");
	expect_diag(&d, 10, "exactly one of `query:`");
	diags_free(&d);
}

Test(rules, duplicate_key)
{
	struct diags d;

	cr_assert_null(load(FIX "duplicate_key.yaml", NULL, &d));
	expect_diag(&d, 3, "`anchor` is given twice");
	diags_free(&d);
}

Test(rules, regex_groups_past_nine)
{
	struct diags d;

	cr_assert_null(load(FIX "group_ten.yaml", NULL, &d));
	expect_diag(&d, 6, "`at: 10` names no group");
	expect_diag(&d, 7, "{11} is not a group of the regex; use {0} for the whole match or {1}..{9}");
	diags_free(&d);
}

Test(rules, placement_needs_a_query)
{
	struct diags d;

	cr_assert_null(load(FIX "regex_inside.yaml", NULL, &d));
	expect_diag(&d, 6, "`inside` and `not-inside` need a `query:`");
	diags_free(&d);
}

Test(rules, missing_file)
{
	struct diags d;

	cr_assert_null(load(FIX "nope.yaml", NULL, &d));
	expect_diag(&d, 0, "cannot read the rule file");
	diags_free(&d);
}

Test(rules, snake_case)
{
	static const char *const cases[][2] = {
		{ "loadConfigAndUser", "load_config_and_user" }, { "userID", "user_id" },
		{ "already_snake", "already_snake" }, { "HTTPServer", "http_server" },
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct buf b = BUF_INIT;

		text_snake_case(cases[i][0], &b);
		cr_assert_str_eq(buf_str(&b), cases[i][1]);
		buf_free(&b);
	}
}

Test(rules, lesson_04_rule_files_load)
{
	static const struct criterion rewrite[] = {
		{ .id = "async-await", .title = "Uses async/await clearly in Python" },
		{ .id = "pythonic-names", .title = "Keeps names and return shapes Pythonic" },
		{ .id = "sequential-not-concurrent",
		  .title = "Does not assume concurrency where plain sequential async work is enough" } };
	static const struct criterion practice[] = {
		{ .id = "gather", .title = "Shows when `asyncio.gather` is appropriate" },
		{ .id = "async-not-first", .title = "Acknowledges that async is not always the first tool" },
		{ .id = "readable-return", .title = "Keeps the return value readable to a Python developer" } };
	static const struct criterion reflect[] = { { .id = "sync-unless-concurrent-io",
		.title = "A strong answer mentions that Python often favors simpler synchronous "
		"code unless concurrent I/O is clearly central to the problem." } };
	const char *habits = ENGINE_COURSE "/rules/habits.yaml";
	const char *const *hints;
	struct grading *g;
	struct diags d;
	size_t n;

	diags_init(&d);
	cr_assert_eq(grading_load_files(&g, ENGINE_COURSE "/04-async/rewrite/rules.yaml", habits,
					rewrite, 3, &d), 0);
	hints = grading_hints(g, &n);
	cr_assert_eq(n, 4);
	cr_assert(!strncmp(hints[0], "Start from the shape: `async def", 32), "%s", hints[0]);
	cr_assert(strstr(hints[3], "No `asyncio.gather`, no tasks."), "%s", hints[3]);
	grading_free(g);
	cr_assert_eq(grading_load_files(&g, ENGINE_COURSE "/04-async/practice/rules.yaml", habits,
					practice, 3, &d), 0);
	grading_hints(g, &n);
	cr_assert_eq(n, 4);
	grading_free(g);
	cr_assert_eq(grading_load_files(&g, ENGINE_COURSE "/04-async/reflect/rules.yaml", NULL,
					reflect, 1, &d), 0);
	hints = grading_hints(g, &n);
	cr_assert_eq(n, 3);
	cr_assert(strstr(hints[2], "(concurrent I/O)."), "%s", hints[2]);
	grading_free(g);
	diags_print(&d, stderr);
	cr_assert_eq(d.count, 0);
	diags_free(&d);
}

/* A category the exercise does not map is one problem, however many habits
 * use it. */
Test(rules_loader, unmapped_category_reported_once)
{
	const struct criterion titles[] = { { .id = "names", .title = "Keeps names Pythonic" } };
	const char *ex = "language: python\nhabits:\n  naming: names\n";
	const char *habits = "rules:\n"
		"  - id: a\n    category: naming\n    regex: 'a'\n    message: 'a'\n"
		"  - id: b\n    category: pitfalls\n    regex: 'b'\n    message: 'b'\n"
		"  - id: c\n    category: pitfalls\n    regex: 'c'\n    message: 'c'\n";
	struct grading *g;
	struct diags d;
	size_t mentions = 0;

	diags_init(&d);
	cr_assert_lt(grading_parse(&g, ex, strlen(ex), "ex.yaml", habits, strlen(habits), "habits.yaml",
				 titles, 1, &d), 0);
	for (size_t i = 0; i < d.count; i++)
		mentions += strstr(d.items[i].message, "does not map category `pitfalls`") != NULL;
	cr_assert_eq(mentions, 1, "reported %zu times", mentions);
	diags_free(&d);
}

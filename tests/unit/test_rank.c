/* The ranking step (src/grade/rank.c): one message per finding and line,
 * the most specific rule winning; levels; essential first; the cap.  Every
 * output goes through it, so the JSON and the text are both checked. */
#include <criterion/criterion.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "grade/grade.h"
#include "grade/report.h"
#include "util/diag.h"

#define SHAPE "Turns getTotal() into a total property"
#define NAMES "Keeps names Pythonic"

static const char *const crits[] = { SHAPE, NAMES };

static json_t *as_json(const struct report *r)
{
	char *text = report_json(r);
	json_t *j = json_loads(text, 0, NULL);

	cr_assert_not_null(j, "%s", text);
	free(text);
	return j;
}

static json_t *feedback_of(json_t *report, size_t crit)
{
	return json_object_get(json_array_get(json_object_get(report, "criteria"), crit),
			       "feedback");
}

static const char *item(json_t *report, size_t crit, size_t i, const char *key)
{
	return json_string_value(json_object_get(json_array_get(feedback_of(report, crit), i), key));
}

static char *printed(const struct report *r)
{
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);

	report_print(r, f, REPORT_ASCII);
	fclose(f);
	return out;
}

static void add(struct report *r, const char *crit, int line, size_t start, size_t end,
		enum report_source source, const char *message)
{
	report_add_finding(r, &(struct report_finding){ .criterion = crit, .line = line,
		.start = start, .end = end, .source = source, .message = message });
}

/* `getTotal` told both "make it a property" (the exercise) and "snake_case:
 * get_total" (a habit, another criterion): only the exercise's advice
 * reaches the learner, and the naming criterion still fails, pointing at
 * it. */
Test(rank, exercise_rule_beats_habit_on_the_same_code)
{
	struct report *r = report_new("07", "rewrite", "a.py", crits, 2);
	json_t *j;
	char *text;

	add(r, NAMES, 9, 40, 48, REPORT_FROM_HABIT, "snake_case: get_total");
	add(r, SHAPE, 9, 40, 48, REPORT_FROM_EXERCISE, "make it a @property total");
	j = as_json(r);
	cr_assert_eq(json_array_size(feedback_of(j, 0)), 1);
	cr_assert_str_eq(item(j, 0, 0, "message"), "make it a @property total");
	cr_assert_str_eq(item(j, 0, 0, "level"), "essential");
	cr_assert_eq(report_criterion_passed(r, NAMES), 0, "a merge never changes a verdict");
	cr_assert_eq(json_array_size(feedback_of(j, 1)), 1);
	cr_assert(strstr(item(j, 1, 0, "message"), "see line 9 under \"" SHAPE "\""),
		  "%s", item(j, 1, 0, "message"));
	text = printed(r);
	cr_assert_null(strstr(text, "get_total"), "%s", text);
	free(text);
	json_decref(j);
	report_free(r);
}

/* The loser's criterion has something else to say: no pointer then. */
Test(rank, merged_finding_leaves_no_pointer_beside_other_findings)
{
	struct report *r = report_new("07", "rewrite", "a.py", crits, 2);
	json_t *j;

	add(r, NAMES, 9, 40, 48, REPORT_FROM_HABIT, "snake_case: get_total");
	add(r, NAMES, 6, 10, 17, REPORT_FROM_HABIT, "snake_case: add_item");
	add(r, SHAPE, 9, 40, 48, REPORT_FROM_EXERCISE, "make it a @property total");
	j = as_json(r);
	cr_assert_eq(json_array_size(feedback_of(j, 1)), 1);
	cr_assert_str_eq(item(j, 1, 0, "message"), "snake_case: add_item");
	json_decref(j);
	report_free(r);
}

/* Two findings on one line about different code both stay; so do two
 * findings about the same bytes on different lines (cannot happen) and
 * findings without a span. */
Test(rank, different_code_on_one_line_is_kept)
{
	struct report *r = report_new("07", "rewrite", "a.py", crits, 2);
	json_t *j;

	add(r, NAMES, 7, 20, 50, REPORT_FROM_EXERCISE, "no push: append");
	add(r, NAMES, 7, 30, 45, REPORT_FROM_HABIT, "{ a, b } is a set");
	add(r, NAMES, 7, 0, 0, REPORT_FROM_HABIT, "a line ending in ;");
	add(r, NAMES, 7, 0, 0, REPORT_FROM_EXERCISE, "another rule without a span");
	j = as_json(r);
	cr_assert_eq(json_array_size(feedback_of(j, 1)), 4);
	json_decref(j);
	report_free(r);
}

/* Two observations of the run on one line, each absorbing the same habit:
 * still two messages (merging is not passed along). */
Test(rank, two_observations_stay_two)
{
	struct report *r = report_new("05", "rewrite", "a.py", crits, 2);
	json_t *j;

	add(r, NAMES, 3, 4, 16, REPORT_FROM_HABIT, "`loadSettings` is camelCase: `load_settings`");
	add(r, NAMES, 3, 0, 0, REPORT_FROM_HARNESS, "snake_case: `load_settings`");
	add(r, NAMES, 3, 0, 0, REPORT_FROM_HARNESS, "the file was still open: `load_settings`");
	j = as_json(r);
	cr_assert_eq(json_array_size(feedback_of(j, 1)), 2);
	cr_assert_str_eq(item(j, 1, 0, "message"), "snake_case: `load_settings`");
	cr_assert_str_eq(item(j, 1, 1, "message"), "the file was still open: `load_settings`");
	json_decref(j);
	report_free(r);
}

/* A harness's words said under two criteria on one line: kept once. */
Test(rank, same_words_on_one_line_kept_once)
{
	struct report *r = report_new("04", "rewrite", "a.py", crits, 2);
	json_t *j;

	add(r, SHAPE, 5, 0, 0, REPORT_FROM_HARNESS, "raised TypeError");
	add(r, NAMES, 5, 0, 0, REPORT_FROM_HARNESS, "raised TypeError");
	add(r, NAMES, 3, 0, 0, REPORT_FROM_HABIT, "camelCase");
	j = as_json(r);
	cr_assert_eq(json_array_size(feedback_of(j, 0)), 1);
	cr_assert_eq(json_array_size(feedback_of(j, 1)), 1);
	cr_assert_str_eq(item(j, 1, 0, "message"), "camelCase");
	json_decref(j);
	report_free(r);
}

/* "make the total a property: `@property` above `def total(self):`" at
 * the class (a required pattern not found) is said again, and more, at the
 * getter's line: one message, at the line where the change goes.  A
 * missing pattern whose code the other does not all quote stays. */
Test(rank, missing_pattern_absorbed_by_the_finding_that_says_it_all)
{
	struct report *r = report_new("07", "rewrite", "a.py", crits, 2);
	json_t *j;

	report_add_finding(r, &(struct report_finding){ .criterion = SHAPE, .line = 1,
		.missing = 1, .source = REPORT_FROM_EXERCISE,
		.message = "make it an attribute: `@property` above `def total(self):`" });
	report_add_finding(r, &(struct report_finding){ .criterion = NAMES, .line = 1,
		.missing = 1, .source = REPORT_FROM_EXERCISE,
		.message = "`addItem` becomes `def add_item(self, name, price):`" });
	add(r, SHAPE, 9, 40, 48, REPORT_FROM_EXERCISE,
	    "`getTotal()` is a getter: `@property` above `def total(self):`");
	add(r, NAMES, 6, 10, 17, REPORT_FROM_HABIT, "`addItem` is camelCase: `add_item`");
	j = as_json(r);
	cr_assert_eq(json_array_size(feedback_of(j, 0)), 1);
	cr_assert(strstr(item(j, 0, 0, "message"), "is a getter"));
	cr_assert_eq(json_array_size(feedback_of(j, 1)), 2);
	json_decref(j);
	report_free(r);
}

/* What the run observed on a line outranks the static guesses about that
 * line in its criterion: the exercise's rule, and a habit quoting code the
 * observation quotes; a habit about something else there (`;`) and
 * another criterion's finding stay. */
Test(rank, harness_observation_beats_static_guess_on_its_line)
{
	struct report *r = report_new("07", "rewrite", "a.py", crits, 2);
	const char *verdict = "{\"checks\": [{\"criterion\": \"" SHAPE "\", \"pass\": false, "
		"\"line\": 4, \"message\": \"two carts shared one list: `items`\"}]}";
	struct error e = ERROR_INIT;
	json_t *j;

	add(r, SHAPE, 4, 5, 12, REPORT_FROM_EXERCISE, "items=[] may be shared");
	add(r, SHAPE, 4, 20, 21, REPORT_FROM_HABIT, "the line ends with `;`");
	add(r, SHAPE, 4, 5, 10, REPORT_FROM_HABIT, "`items` is shared: `field(default_factory=list)`");
	add(r, NAMES, 4, 1, 3, REPORT_FROM_HABIT, "camelCase name");
	cr_assert_eq(report_merge_json(r, verdict, strlen(verdict), &e), 0, "%s", e.message);
	j = as_json(r);
	cr_assert_eq(json_array_size(feedback_of(j, 0)), 2, "the habit quoting `items` merges, `;` stays");
	cr_assert_str_eq(item(j, 0, 0, "message"), "the line ends with `;`");
	cr_assert_str_eq(item(j, 0, 1, "message"), "two carts shared one list: `items`");
	cr_assert_eq(json_array_size(feedback_of(j, 1)), 1);
	json_decref(j);
	report_free(r);
}

/* Essential first (by line, whole-answer notes last), then actionable,
 * informative, celebratory, whatever order the rules found them in. */
Test(rank, levels_order_the_messages)
{
	struct report *r = report_new("07", "rewrite", "a.py", crits, 2);
	static const char *const want[][2] = {
		{ "line 2", "essential" }, { "line 5", "essential" }, { "whole", "essential" },
		{ "advice", "actionable" }, { "found it", "celebratory" },
	};
	json_t *j;

	report_add_check(r, SHAPE, 1, 1, "found it");
	report_add_finding(r, &(struct report_finding){ .criterion = SHAPE, .line = 3,
		.advisory = 1, .message = "advice", .source = REPORT_FROM_EXERCISE });
	report_add_check(r, SHAPE, 0, 0, "whole");
	report_add_check(r, SHAPE, 0, 5, "line 5");
	report_add_check(r, SHAPE, 0, 2, "line 2");
	j = as_json(r);
	cr_assert_eq(json_array_size(feedback_of(j, 0)), 5);
	for (size_t i = 0; i < 5; i++) {
		cr_assert_str_eq(item(j, 0, i, "message"), want[i][0]);
		cr_assert_str_eq(item(j, 0, i, "level"), want[i][1]);
	}
	json_decref(j);
	report_free(r);
}

/* Advice that fails nothing: actionable, and the criterion passes. */
Test(rank, advisory_finding_never_fails)
{
	struct report *r = report_new("07", "rewrite", "a.py", crits, 2);
	char *text;

	report_add_finding(r, &(struct report_finding){ .criterion = NAMES, .line = 3,
		.advisory = 1, .message = "advice", .source = REPORT_FROM_HABIT });
	cr_assert_eq(report_criterion_passed(r, NAMES), 1);
	cr_assert_eq(report_status(r), REPORT_PASS);
	report_add_check(r, SHAPE, 0, 2, "must fix");
	text = printed(r);
	cr_assert(strstr(text, "  PASS Keeps names Pythonic\n      line 3: advice\n"), "%s", text);
	free(text);
	report_free(r);
}

/* After a syntax error, "not judged" only explains: informative, after the
 * criterion's own findings; the error is printed before every criterion. */
Test(rank, syntax_error_first_and_not_judged_informative)
{
	struct report *r = report_new("07", "rewrite", "a.py", crits, 2);
	char *text;
	json_t *j;

	report_add_check(r, NAMES, 0, 3, "`;` at the end");
	report_set_error(r, "syntax error at line 12: expected ':'");
	j = as_json(r);
	cr_assert_str_eq(item(j, 0, 0, "message"), REPORT_NOT_JUDGED);
	cr_assert_str_eq(item(j, 0, 0, "level"), "informative");
	cr_assert_str_eq(item(j, 1, 0, "level"), "essential");
	text = printed(r);
	cr_assert(strstr(text, "a.py (lesson 07, rewrite)\n  error: syntax error at line 12"),
		  "%s", text);
	free(text);
	json_decref(j);
	report_free(r);
}

/* At most REPORT_SHOWN_MAX shown, then "and N more"; the JSON has all. */
Test(rank, cap_per_criterion)
{
	struct report *r = report_new("07", "rewrite", "a.py", crits, 2);
	char message[32], *text;
	json_t *j;

	for (int i = 1; i <= REPORT_SHOWN_MAX + 2; i++) {
		snprintf(message, sizeof(message), "finding %d", i);
		report_add_check(r, NAMES, 0, i, message);
	}
	j = as_json(r);
	cr_assert_eq(json_array_size(feedback_of(j, 1)), REPORT_SHOWN_MAX + 2);
	cr_assert_eq(json_integer_value(json_object_get(json_array_get(
		json_object_get(j, "criteria"), 1), "shown")), REPORT_SHOWN_MAX);
	text = printed(r);
	cr_assert(strstr(text, "line 4: finding 4\n      and 2 more (idiom check --json lists "
			 "them all)\n"), "%s", text);
	cr_assert_null(strstr(text, "finding 5"), "%s", text);
	free(text);
	json_decref(j);
	report_free(r);
}

/* From rule files: an exercise rule and a course habit capturing the same
 * function name merge into the exercise's message; `advice: true` makes
 * a rule's findings advice (level actionable). */
static const char exercise_yaml[] =
	"exercise: rewrite\nlanguage: python\n"
	"habits:\n  naming: names\n"
	"rules:\n"
	"  - id: getter\n    criterion: shape\n"
	"    query: '(function_definition name: (identifier) @name (#eq? @name \"getTotal\"))'\n"
	"    message: 'make `{name}` a @property total'\n"
	"  - id: long-line\n    criterion: names\n    advice: true\n"
	"    regex: '.{60,}'\n    message: 'a long line'\n";
static const char habits_yaml[] =
	"rules:\n  - id: camel\n    category: naming\n"
	"    query: '(function_definition name: (identifier) @name (#match? @name \"[a-z][A-Z]\"))'\n"
	"    message: 'snake_case: {name|snake}'\n";
static const struct criterion criteria[] = { { .id = "shape", .title = SHAPE },
					     { .id = "names", .title = NAMES } };

Test(rank, rule_files_give_spans_sources_and_levels)
{
	const char *src = "def getTotal(self):\n    return 1\n\n"
		"def addItem(self):\n    return 'a rather long string, longer than sixty characters'\n";
	struct grading *g = NULL;
	struct report *r;
	struct diags d;
	json_t *j;

	diags_init(&d);
	cr_assert_eq(grading_parse(&g, exercise_yaml, strlen(exercise_yaml), "rules.yaml",
				   habits_yaml, strlen(habits_yaml), "habits.yaml", criteria, 2, &d),
		     0);
	diags_free(&d);
	r = grading_check(g, "07", "rewrite", "a.py", src, strlen(src), 0);
	j = as_json(r);
	cr_assert_eq(json_array_size(feedback_of(j, 0)), 1);
	cr_assert_str_eq(item(j, 0, 0, "message"), "make `getTotal` a @property total");
	cr_assert_eq(json_array_size(feedback_of(j, 1)), 2, "%s", json_dumps(j, 0));
	cr_assert_str_eq(item(j, 1, 0, "message"), "snake_case: add_item");
	cr_assert_str_eq(item(j, 1, 1, "message"), "a long line");
	cr_assert_str_eq(item(j, 1, 1, "level"), "actionable");
	json_decref(j);
	report_free(r);
	grading_free(g);
}

Test(rank, rule_advice_must_be_true_or_false)
{
	static const char bad[] =
		"exercise: rewrite\nlanguage: python\n"
		"habits:\n  naming: names\n"
		"rules:\n  - id: x\n    criterion: shape\n    advice: optional\n"
		"    regex: 'x'\n    message: 'm'\n";
	struct grading *g = NULL;
	struct diags d;
	char *out = NULL;
	size_t len = 0;
	FILE *f;

	diags_init(&d);
	cr_assert_lt(grading_parse(&g, bad, strlen(bad), "rules.yaml", habits_yaml,
				   strlen(habits_yaml), "habits.yaml", criteria, 2, &d), 0);
	f = open_memstream(&out, &len);
	diags_print(&d, f);
	fclose(f);
	cr_assert(strstr(out, "rules.yaml:8:") && strstr(out, "`advice` is true"), "%s", out);
	free(out);
	diags_free(&d);
}

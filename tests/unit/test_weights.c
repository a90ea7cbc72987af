/* What a finding does to its criterion (issue 12): a habit whose topic is
 * not a criterion of the exercise is advice (shown, never failing); a
 * static guess marked `overruled-by: harness` gives way to a run that
 * proves the criterion; and the names an exercise asks for (`names:`). */
#include <criterion/criterion.h>
#include <string.h>
#include "grade/grade.h"
#include "grade/report.h"
#include "util/diag.h"

static const struct criterion criteria[] = { { .id = "clear", .title = "Clear" },
					     { .id = "named", .title = "Named" } };

static const char habits[] =
	"rules:\n"
	"  - id: js-const\n"
	"    category: syntax\n"
	"    regex: '^[ \\t]*const[ \\t]+([A-Za-z_]+)'\n"
	"    message: '`const {1}` is JavaScript'\n"
	"  - id: camel\n"
	"    category: naming\n"
	"    query: |\n"
	"      (assignment left: (identifier) @name (#match? @name \"[a-z][A-Z]\"))\n"
	"    message: '`{name}` should be `{name|snake}`'\n"
	"  - id: camel-def\n"
	"    category: naming\n"
	"    query: |\n"
	"      (function_definition name: (identifier) @name (#match? @name \"[a-z][A-Z]\"))\n"
	"    message: '`{name}` should be `{name|snake}`'\n";

static struct grading *load(const char *rules)
{
	struct grading *g = NULL;
	struct diags d;

	diags_init(&d);
	grading_parse(&g, rules, strlen(rules), "rules.yaml", habits, strlen(habits),
		      "habits.yaml", criteria, 2, &d);
	for (size_t i = 0; i < d.count; i++)
		fprintf(stderr, "%s:%d: %s\n", d.items[i].file, d.items[i].line, d.items[i].message);
	cr_assert_eq(d.count, 0);
	diags_free(&d);
	cr_assert_not_null(g);
	return g;
}

static struct report *check(const struct grading *g, const char *src)
{
	return grading_check(g, "01", "rewrite", "a.py", src, strlen(src), 0);
}

static int json_has(const struct report *r, const char *text)
{
	char *j = report_json(r);
	int found = strstr(j, text) != NULL;

	free(j);
	return found;
}

Test(weights, habit_category_as_advice_and_one_habit_failing)
{
	struct grading *g = load("language: python\n"
				 "habits:\n"
				 "  syntax: {advice: clear}\n"
				 "  naming: {advice: named}\n"
				 "  camel-def: named\n"
				 "rules: []\n");
	struct report *r = check(g, "userName = 1\n");

	/* Shown, not failing: the exercise has no criterion about names. */
	cr_assert_eq(report_criterion_passed(r, "Named"), 1);
	cr_assert(json_has(r, "`userName` should be `user_name`"));
	report_free(r);
	/* The habit mapped by its own id fails its criterion. */
	r = check(g, "def loadIt():\n    return 1\n");
	cr_assert_eq(report_criterion_passed(r, "Named"), 0);
	cr_assert_eq(report_criterion_passed(r, "Clear"), 1);
	report_free(r);
	grading_free(g);
}

Test(weights, exercise_rule_as_advice)
{
	struct grading *g = load("language: python\n"
				 "habits: {syntax: clear, naming: named}\n"
				 "rules:\n"
				 "  - id: no-print\n"
				 "    criterion: clear\n"
				 "    advice: true\n"
				 "    query: '(call function: (identifier) @f (#eq? @f \"print\"))'\n"
				 "    message: 'print is fine here, but logging says more'\n");
	struct report *r = check(g, "print(1)\n");

	cr_assert_eq(report_criterion_passed(r, "Clear"), 1);
	cr_assert(json_has(r, "logging says more"));
	report_free(r);
	grading_free(g);
}

static const char overruled[] =
	"language: python\n"
	"habits: {syntax: clear, naming: named}\n"
	"rules:\n"
	"  - id: no-eval\n"
	"    criterion: clear\n"
	"    overruled-by: harness\n"
	"    query: '(call function: (identifier) @f (#eq? @f \"eval\"))'\n"
	"    message: 'eval guessed unsafe'\n"
	"  - id: no-exec\n"
	"    criterion: named\n"
	"    query: '(call function: (identifier) @f (#eq? @f \"exec\"))'\n"
	"    message: 'exec is never right'\n";

static void merge(struct report *r, const char *json)
{
	struct error e = ERROR_INIT;

	cr_assert_eq(report_merge_json(r, json, strlen(json), &e), 0, "%s", e.message);
}

Test(weights, a_run_that_proves_the_criterion_overrules_the_guess)
{
	struct grading *g = load(overruled);
	struct report *r = check(g, "eval('1')\nexec('1')\n");

	/* Without a run, the guess fails its criterion. */
	cr_assert_eq(report_criterion_passed(r, "Clear"), 0);
	merge(r, "{\"checks\": [{\"criterion\": \"clear\", \"pass\": true, \"message\": \"ok\"},"
		 "{\"criterion\": \"named\", \"pass\": true, \"message\": \"ok\"}]}");
	cr_assert_eq(report_criterion_passed(r, "Clear"), 1);
	cr_assert(json_has(r, "eval guessed unsafe"), "kept as advice");
	/* A rule without the mark still fails, and lint is told they disagree. */
	cr_assert_eq(report_criterion_passed(r, "Named"), 0);
	cr_assert_eq(report_disputed(r, 1), 1);
	cr_assert_eq(report_disputed(r, 0), 0);
	report_free(r);
	grading_free(g);
}

Test(weights, a_run_that_fails_or_says_nothing_leaves_the_guess_failing)
{
	struct grading *g = load(overruled);
	struct report *r = check(g, "eval('1')\n");

	merge(r, "{\"checks\": [{\"criterion\": \"clear\", \"pass\": true},"
		 "{\"criterion\": \"clear\", \"pass\": false, \"message\": \"wrong\"}]}");
	cr_assert_eq(report_criterion_passed(r, "Clear"), 0);
	report_free(r);
	r = check(g, "eval('1')\n");
	merge(r, "{\"checks\": [{\"criterion\": \"named\", \"pass\": true}]}");
	cr_assert_eq(report_criterion_passed(r, "Clear"), 0, "the run said nothing about it");
	report_free(r);
	grading_free(g);
}

static const char named[] =
	"language: python\n"
	"habits: {syntax: clear, naming: {advice: clear}}\n"
	"names:\n"
	"  - {name: load_it, criteria: [named, clear]}\n"
	"rules: []\n";

Test(weights, required_name_defined_alias_camel_missing)
{
	struct grading *g = load(named);
	struct report *r = check(g, "def load_it():\n    return 1\n");

	cr_assert_eq(report_status(r), REPORT_PASS);
	report_free(r);
	/* The JavaScript name kept as the real one: the first criterion. */
	r = check(g, "def loadIt():\n    return 1\n\nload_it = loadIt\n");
	cr_assert_eq(report_criterion_passed(r, "Named"), 0);
	cr_assert_eq(report_criterion_passed(r, "Clear"), 1);
	cr_assert(json_has(r, "\"line\": 4, \"message\": \"`load_it = loadIt` keeps another name"));
	report_free(r);
	/* A lambda bound to the name defines it (its own habit, if any, says
	 * `def`): no other name is kept as the function's own. */
	r = check(g, "load_it = lambda: 1\n");
	cr_assert_eq(report_status(r), REPORT_PASS);
	report_free(r);
	/* A class under the asked name is called the same way (an iterator
	 * class for a generator function): defined, judged by the rules. */
	r = check(g, "class load_it:\n    pass\n");
	cr_assert_eq(report_status(r), REPORT_PASS);
	report_free(r);
	/* Only the camelCase spelling: callers cannot call it; every one. */
	r = check(g, "if True:\n    def loadIt():\n        return 1\n");
	cr_assert_eq(report_criterion_passed(r, "Named"), 0);
	cr_assert_eq(report_criterion_passed(r, "Clear"), 0);
	cr_assert(json_has(r, "\"line\": 2, \"message\": \"not judged: `loadIt` is the JavaScript"));
	report_free(r);
	r = check(g, "x = 1\n");
	cr_assert(json_has(r, "the answer defines no `load_it`"));
	cr_assert_eq(report_status(r), REPORT_FAIL);
	report_free(r);
	grading_free(g);
}

/* Issue 13: the course's own messages must not contradict each other or
 * give a wrong fix: a `toString` method is `__str__`, never `to_string`;
 * `getTotal` is never told to become `get_total`. */
Test(weights, course_habits_name_the_python_method_not_its_snake_case)
{
	static const struct criterion c07[] = {
		{ .id = "dataclass-items", .title = "Declares `Cart` as a dataclass whose `items` list belongs to each instance" },
		{ .id = "total-property", .title = "Turns `getTotal()` into a `total` property" },
		{ .id = "pythonic-names", .title = "Keeps names and methods Pythonic" } };
	static const char src[] =
		"class Cart:\n"
		"    def getTotal(self):\n"
		"        return 0\n"
		"\n"
		"    def toString(self):\n"
		"        return 'Cart'\n"
		"\n"
		"def makeCart():\n"
		"    return Cart()\n";
	struct grading *g = NULL;
	struct report *r;
	struct diags d;

	diags_init(&d);
	cr_assert_eq(grading_load_files(&g, "courses/js-to-python/07-classes/rewrite/rules.yaml",
					"courses/js-to-python/rules/habits.yaml", c07, 3, &d), 0);
	r = grading_check(g, "07", "rewrite", "a.py", src, strlen(src), 0);
	cr_assert(!json_has(r, "to_string"), "toString is not told to become to_string");
	cr_assert(!json_has(r, "get_total"), "getTotal is not told to become get_total");
	cr_assert(json_has(r, "`__repr__`"));
	cr_assert(json_has(r, "`makeCart` is camelCase"), "a plain function still is");
	report_free(r);
	grading_free(g);
	diags_free(&d);
}

/* The report: the fixed `idiom check --json` shape, status rules, merging the
 * behavioural harness's checks, and the text output. */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "grade/report.h"
#include "util/xalloc.h"

static const char *const crits[] = { "Uses async/await clearly in Python",
	"Keeps names and return shapes Pythonic" };

Test(report, json_has_the_contract_shape)
{
	struct report *r = report_new("04", "rewrite", "rewrite.py", crits, 2);
	char *j;

	report_add_check(r, crits[0], 0, 3, "`const config = ...` is JavaScript");
	report_add_check(r, crits[0], 0, 2, "first \"quoted\"");
	report_add_check(r, crits[0], 0, 3, "`const config = ...` is JavaScript");	/* kept once */
	report_set_ms(r, 4.1);
	j = report_json(r);
	cr_assert_str_eq(j,
		"{\"lesson\": \"04\", \"exercise\": \"rewrite\", \"file\": \"rewrite.py\", "
		"\"status\": \"fail\", \"criteria\": ["
		"{\"title\": \"Uses async/await clearly in Python\", \"status\": \"fail\", "
		"\"feedback\": [{\"line\": 2, \"message\": \"first \\\"quoted\\\"\", "
		"\"level\": \"essential\"}, "
		"{\"line\": 3, \"message\": \"`const config = ...` is JavaScript\", "
		"\"level\": \"essential\"}], \"shown\": 2}, "
		"{\"title\": \"Keeps names and return shapes Pythonic\", \"status\": \"pass\", "
		"\"feedback\": [], \"shown\": 0}], "
		"\"message\": \"\", \"ms\": 4.1}");
	free(j);
	report_free(r);
}

Test(report, pass_when_every_check_passes)
{
	struct report *r = report_new("04", "reflect", "a.md", crits, 2);

	report_add_check(r, crits[0], 1, 2, "found: something");
	cr_assert_eq(report_status(r), REPORT_PASS);
	cr_assert_eq(report_criterion_passed(r, crits[0]), 1);
	report_add_check(r, crits[1], 0, 0, "missing: the rest");
	cr_assert_eq(report_status(r), REPORT_FAIL);
	cr_assert_eq(report_criterion_passed(r, crits[1]), 0);
	cr_assert_eq(report_criterion_passed(r, "nope"), -ENOENT);
	report_free(r);
}

Test(report, error_keeps_static_feedback)
{
	struct report *r = report_new("04", "rewrite", "rewrite.py", crits, 2);
	char *j;

	report_add_check(r, crits[0], 0, 2, "`;` at the end");
	report_set_error(r, "syntax error at line %d", 2);
	cr_assert_eq(report_status(r), REPORT_ERROR);
	j = report_json(r);
	cr_assert(strstr(j, "\"status\": \"error\""));
	cr_assert(strstr(j, "\"message\": \"syntax error at line 2\""));
	cr_assert(strstr(j, "`;` at the end"));
	free(j);
	report_free(r);
}

Test(report, merges_behavioural_checks)
{
	struct report *r = report_new("04", "rewrite", "rewrite.py", crits, 2);
	const char *in = "{\"checks\": ["
		"{\"criterion\": \"Uses async/await clearly in Python\", \"pass\": true},"
		"{\"criterion\": \"Keeps names and return shapes Pythonic\", \"pass\": false,"
		" \"line\": 7, \"message\": \"returned a list\"}]}";
	struct error err = ERROR_INIT;
	char *j;

	cr_assert_eq(report_merge_json(r, in, strlen(in), &err), 0, "%s", err.message);
	cr_assert_eq(report_criterion_passed(r, crits[0]), 1);
	cr_assert_eq(report_criterion_passed(r, crits[1]), 0);
	j = report_json(r);
	cr_assert(strstr(j, "{\"line\": 7, \"message\": \"returned a list\", "
			  "\"level\": \"essential\"}"));
	free(j);
	in = "{\"checks\": [], \"error\": \"timed out after 5 s\"}";
	cr_assert_eq(report_merge_json(r, in, strlen(in), &err), 0);
	cr_assert_eq(report_status(r), REPORT_ERROR);
	report_free(r);
}

/* The harness API sends "line": null for a check about the whole answer. */
Test(report, merge_takes_a_null_line_as_the_whole_answer)
{
	struct report *r = report_new("04", "rewrite", "rewrite.py", crits, 2);
	const char *in = "{\"checks\": [{\"criterion\": \"Uses async/await clearly in Python\","
		" \"pass\": false, \"line\": null, \"message\": \"no load_config_and_user\"}]}";
	struct error err = ERROR_INIT;
	char *j;

	cr_assert_eq(report_merge_json(r, in, strlen(in), &err), 0, "%s", err.message);
	cr_assert_eq(report_criterion_passed(r, crits[0]), 0);
	j = report_json(r);
	cr_assert(strstr(j, "{\"line\": 0, \"message\": \"no load_config_and_user\", "
			  "\"level\": \"essential\"}"), "%s", j);
	free(j);
	report_free(r);
}

Test(report, merge_rejects_bad_input)
{
	struct report *r = report_new("04", "rewrite", "rewrite.py", crits, 2);
	const char *shape = "{\"checks\": [{\"criterion\": \"Nope\"}]}";
	struct error err = ERROR_INIT;

	cr_assert_eq(report_merge_json(r, "{", 1, &err), -EINVAL);
	cr_assert(strstr(err.message, "line 1"));
	cr_assert_eq(report_merge_json(r, shape, strlen(shape), &err), -EINVAL);
	cr_assert(strstr(err.message, "checks[0]"));
	cr_assert_eq(report_merge_json(r, "[]", 2, &err), -EINVAL);
	report_free(r);
}

static char *printed(const struct report *r, int flags)
{
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);

	report_print(r, f, flags);
	fclose(f);
	return out;
}

Test(report, text_output)
{
	struct report *r = report_new("04", "rewrite", "rewrite.py", crits, 2);
	char *out;

	report_add_check(r, crits[0], 0, 3, "`const` is JavaScript");
	report_add_check(r, crits[0], 0, 0, "whole answer");
	report_add_check(r, crits[0], 1, 4, "awaits load_config()");
	report_add_check(r, crits[1], 1, 2, "returns a dict");
	report_set_ms(r, 1.25);
	out = printed(r, 0);
	/* Under a failing criterion each message has its mark (what passes is
	 * only dim otherwise, lost without colour); under a passing one, none.
	 * What fails comes first (whole-answer notes after lines), then ✓. */
	cr_assert_str_eq(out,
		"rewrite.py (lesson 04, rewrite)\n"
		"  ✗ Uses async/await clearly in Python\n"
		"      ✗ line 3: `const` is JavaScript\n"
		"      ✗ whole answer\n"
		"      ✓ line 4: awaits load_config()\n"
		"  ✓ Keeps names and return shapes Pythonic\n"
		"      line 2: returns a dict\n"
		"fail: 1 of 2 criteria met (1.2 ms)\n");
	free(out);
	report_set_error(r, "timed out after 5 s");
	report_set_note(r, "A strong answer notices X.");
	out = printed(r, REPORT_ASCII);
	cr_assert(strstr(out, "  FAIL Uses async/await"));
	/* An answer that could not run earns no criterion: the one that passed
	 * fails and says why; what its checks saw is kept. */
	cr_assert(strstr(out, "  FAIL Keeps names"));
	cr_assert(strstr(out, "      FAIL " REPORT_NOT_JUDGED "\n"), "%s", out);
	cr_assert(strstr(out, "      PASS line 2: returns a dict\n"), "%s", out);
	cr_assert(strstr(out, "      PASS line 4: awaits load_config()\n"));
	cr_assert(strstr(out, "  error: timed out after 5 s\n"));
	cr_assert(strstr(out, "What a strong answer notices: A strong answer notices X."));
	cr_assert(strstr(out, "error: 0 of 2 criteria met"));
	free(out);
	out = printed(r, REPORT_COLOR);
	cr_assert(strstr(out, "\033[31m✗\033[0m"));
	free(out);
	report_free(r);
}

/* In a narrow terminal a long message wraps under itself, never past WIDTH. */
Test(report, text_output_wraps_to_the_width)
{
	struct report *r = report_new("04", "rewrite", "rewrite.py", crits, 2);
	char *out = NULL, *line, *save;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);

	report_add_check(r, crits[1], 0, 7, "the key \"appConfig\" is camelCase; Python dict keys are "
			 "snake_case like other names: \"app_config\"");
	report_print_width(r, f, 0, 40);
	fclose(f);
	cr_assert(strstr(out, "      ✗ line 7: the key \"appConfig\" is\n        camelCase;"), "%s", out);
	for (line = strtok_r(out, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
		cr_assert_leq(strlen(line), 40 + 2 /* the ✗ is 3 bytes, 1 column */, "too wide: %s", line);
	free(out);
	report_free(r);
}

/* A harness naming a criterion the lesson lacks is the course's fault: the
 * answer gets status error saying so, not exit 2, and the check's verdict
 * lands on no criterion. */
Test(report, merge_of_an_unknown_criterion_is_an_honest_error)
{
	static const char *const ids[] = { "async-await", "pythonic-names" };
	struct report *r = report_new("04", "rewrite", "rewrite.py", crits, 2);
	const char *in = "{\"checks\": [{\"criterion\": \"async-await\", \"pass\": true},"
			 " {\"criterion\": \"asyncawait\", \"pass\": false, \"message\": \"x\"}]}";
	struct error err = ERROR_INIT;
	char *j;

	report_set_ids(r, ids, 2);
	cr_assert_eq(report_merge_json(r, in, strlen(in), &err), 0, "%s", err.message);
	cr_assert_eq(report_status(r), REPORT_ERROR);
	/* Fails closed: the check that was dropped cannot leave a criterion ✓. */
	cr_assert_eq(report_criterion_passed(r, crits[0]), 0);
	cr_assert_eq(report_criterion_passed(r, crits[1]), 0);
	j = report_json(r);
	cr_assert(strstr(j, "names a criterion \\\"asyncawait\\\" that the lesson does not have"), "%s", j);
	cr_assert(strstr(j, "not in your answer"), "%s", j);
	free(j);
	report_free(r);
}

/* With ids, a verdict names criteria by id (a title no longer matches) and
 * the JSON carries "id" right after "title". */
Test(report, ids_name_criteria_and_follow_the_title)
{
	static const char *const ids[] = { "async-await", "pythonic-names" };
	struct report *r = report_new("04", "rewrite", "rewrite.py", crits, 2);
	const char *by_id = "{\"checks\": [{\"criterion\": \"pythonic-names\", \"pass\": false,"
			    " \"line\": 2, \"message\": \"camelCase\"}]}";
	struct error err = ERROR_INIT;
	char *j, *want;

	report_set_ids(r, ids, 2);
	cr_assert_eq(report_merge_json(r, by_id, strlen(by_id), &err), 0, "%s", err.message);
	cr_assert_eq(report_criterion_passed(r, crits[1]), 0);
	cr_assert_eq(report_status(r), REPORT_FAIL);
	j = report_json(r);
	want = xasprintf("{\"title\": \"%s\", \"id\": \"pythonic-names\", \"status\": \"fail\"",
			 crits[1]);
	cr_assert(strstr(j, want), "%s", j);
	free(want);
	free(j);
	report_free(r);
}

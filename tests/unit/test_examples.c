/* Grades every example answer of every lesson with the static and concept rules
 * alone and compares with examples/expected.yaml, for what those rules
 * decide alone: every criterion not listed under `behavioural`, and the
 * status unless `status` is listed there (a crash only a run can see).
 * (`idiom lint`, run by the end-to-end tests, checks the full verdicts.) */
#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "course/course.h"
#include "grade/examples.h"
#include "grade/grade.h"
#include "grade/static.h"
#include "syntax/syntax.h"
#include "util/fsutil.h"
#include "util/xalloc.h"

#define COURSE "courses/js-to-python"

static int has_syntax_error(const char *src, size_t len)
{
	TSTree *t = syntax_parse(LANG_PYTHON, src, len);
	int line = syntax_first_error_line(ts_tree_root_node(t));

	ts_tree_delete(t);
	return line > 0;
}

static int check_criteria(const struct example_expectation *e, const struct report *r,
			  const char *path, int *any_fail)
{
	int bad = 0;

	for (size_t i = 0; i < e->ncriteria; i++) {
		int got = report_criterion_passed(r, e->titles[i]);

		*any_fail |= !got;
		/* Only a run can fail a criterion the run decides, or fail them all
		 * when the answer crashes as it runs (status error, behavioural);
		 * and a run that proves a criterion overrules the static guesses
		 * marked `overruled-by: harness`, which fail it here. */
		int run_decides = example_is_behavioural(e, e->titles[i]) ||
				  (strcmp(e->status, "error") == 0 && example_is_behavioural(e, "status"));

		if (got == e->passes[i] || run_decides)
			continue;
		fprintf(stderr, "%s: \"%s\": static rules say %s, expected %s\n", path, e->titles[i],
			got ? "pass" : "fail", e->passes[i] ? "pass" : "fail");
		bad++;
	}
	return bad;
}

/* Returns the number of mismatches, each printed. */
static int check_example(const struct exercise *ex, struct grading *g,
			 const struct example_expectation *e, int code)
{
	char *path = xasprintf("%s/examples/%s", ex->dir, e->file);
	int bad, any_fail = 0, error_expected;
	struct report *r;
	char *src;
	size_t len;

	cr_assert_eq(fs_read_file(path, 1 << 20, &src, &len), 0, "cannot read %s", path);
	r = grading_check(g, "00", ex->name, e->file, src, len, code ? GRADING_SYNTAX_ERRORS : 0);
	bad = check_criteria(e, r, path, &any_fail);
	error_expected = strcmp(e->status, "error") == 0 && !example_is_behavioural(e, "status");
	if (code && has_syntax_error(src, len) != error_expected) {
		fprintf(stderr, "%s: expected status %s, but the code %s\n", path, e->status,
			has_syntax_error(src, len) ? "does not parse" : "parses");
		bad++;
	}
	if (strcmp(e->status, "error") != 0 && e->nbehavioural == 0 &&
	    strcmp(e->status, any_fail ? "fail" : "pass") != 0) {
		fprintf(stderr, "%s: expected status %s, static rules say %s\n", path, e->status,
			any_fail ? "fail" : "pass");
		bad++;
	}
	if (bad)
		report_print(r, stderr, REPORT_ASCII);
	report_free(r);
	free(src);
	free(path);
	return bad;
}

static void check_exercise(const struct exercise *ex)
{
	int code = ex->kind != EXERCISE_REFLECT;
	size_t min_examples = code ? 10 : 6;
	const char *ext = code ? "py" : "md";
	const char *exercise = ex->dir;
	char *dir = xasprintf("%s/examples", ex->dir);
	char *reference = xasprintf("../reference.%s", ext);
	char *starter = xasprintf("../starter.%s", ext);
	char *rules = xasprintf("%s/rules.yaml", ex->dir);
	struct example_set set;
	struct grading *g;
	struct diags d;
	int bad = 0, seen_ref = 0, seen_starter = 0;

	diags_init(&d);
	cr_assert_eq(example_set_load(dir, ex, &set, &d), 0, "%s: %s", dir,
		     d.count ? d.items[0].message : "");
	/* Loaded as the product loads them (the course's habits and thesaurus
	 * with the exercise's rules), once per exercise as lint and watch keep them. */
	cr_assert_eq(grading_load(&g, COURSE, ex, &d), 0, "%s", rules);
	for (size_t i = 0; i < set.count; i++) {
		const struct example_expectation *e = &set.items[i];

		bad += check_example(ex, g, e, code);
		seen_ref |= strcmp(e->file, reference) == 0 && strcmp(e->status, "pass") == 0;
		seen_starter |= strcmp(e->file, starter) == 0 && strcmp(e->status, "fail") == 0;
	}
	cr_expect_eq(bad, 0, "%d mismatches in %s", bad, exercise);
	cr_assert_geq(set.count, min_examples, "%s: only %zu examples", exercise, set.count);
	cr_assert(seen_ref, "%s: the reference must be an example that passes", exercise);
	cr_assert(seen_starter, "%s: the untouched starter must be an example that fails", exercise);
	grading_free(g);
	example_set_release(&set);
	diags_free(&d);
	free(rules);
	free(starter);
	free(reference);
	free(dir);
}

/* Folders of the course named like a lesson: two digits, a dash. */
static size_t lesson_dirs(void)
{
	DIR *dir = opendir(COURSE);
	struct dirent *e;
	size_t n = 0;

	cr_assert_not_null(dir);
	while ((e = readdir(dir)))
		n += e->d_name[0] >= '0' && e->d_name[0] <= '9' && e->d_name[1] >= '0' &&
		     e->d_name[1] <= '9' && e->d_name[2] == '-';
	closedir(dir);
	return n;
}

/* Every exercise of every lesson of the shipped course. */
Test(examples, every_exercise_of_the_course)
{
	struct diags d;
	struct course *c;
	size_t exercises = 0;

	diags_init(&d);
	c = course_load(COURSE, &d);
	cr_assert_not_null(c, "%s", d.count ? d.items[0].message : "");
	for (size_t i = 0; i < c->count; i++) {
		for (int k = 0; k < EXERCISE_COUNT; k++) {
			check_exercise(&c->lessons[i]->exercises[k]);
			exercises++;
		}
	}
	/* Every lesson folder (NN-slug) of the course was loaded and all three
	 * exercises of each were checked: a lesson the loader dropped, or a loop
	 * that stopped early, would leave one unproved. */
	cr_assert_eq(c->count, lesson_dirs());
	cr_assert_eq(exercises, c->count * EXERCISE_COUNT);
	course_free(c);
	diags_free(&d);
}

Test(examples, manifest_problems_are_reported_with_lines)
{
	struct example_set set;
	struct diags d;
	char dir[] = "/tmp/idiom-examples-XXXXXX";
	const char *text = "examples:\n  a.py:\n    status: maybe\n    criteria: {}\n";
	struct exercise ex = { .kind = EXERCISE_REWRITE, .name = "rewrite" };
	char *path;

	cr_assert_not_null(mkdtemp(dir));
	path = xasprintf("%s/expected.yaml", dir);
	cr_assert_eq(fs_write_file_atomic(path, text, strlen(text)), 0);
	diags_init(&d);
	cr_assert_eq(example_set_load(dir, &ex, &set, &d), -EINVAL);
	cr_assert_eq(d.count, 1);
	cr_assert_eq(d.items[0].line, 2);
	cr_assert(strstr(d.items[0].message, "'status' must be pass, fail or error"));
	example_set_release(&set);
	diags_free(&d);
	unlink(path);
	rmdir(dir);
	free(path);
}

/* expected.yaml names criteria by id: each id resolves to its title, and an
 * unknown one (in `criteria` or `behavioural`) is reported at its line with
 * the nearest id. */
Test(examples, ids_resolve_and_unknown_ids_are_reported)
{
	struct criterion crits[] = { { .id = "async-await", .title = "Uses async/await" },
				     { .id = "pythonic-names", .title = "Keeps names Pythonic" } };
	struct exercise ex = { .kind = EXERCISE_REWRITE, .name = "rewrite", .criteria = crits,
			       .ncriteria = 2 };
	const char *good = "examples:\n  a.py:\n    status: fail\n    criteria:\n"
			   "      async-await: pass\n      pythonic-names: fail\n"
			   "    behavioural: [pythonic-names, status]\n";
	const char *bad = "examples:\n  a.py:\n    status: fail\n    criteria:\n"
			  "      async-await: pass\n      pythonic-name: fail\n"
			  "    behavioural: [asyncawait]\n";
	struct example_set set;
	struct diags d;
	char dir[] = "/tmp/idiom-examples-XXXXXX";
	char *path;

	cr_assert_not_null(mkdtemp(dir));
	path = xasprintf("%s/expected.yaml", dir);
	diags_init(&d);
	cr_assert_eq(fs_write_file_atomic(path, good, strlen(good)), 0);
	cr_assert_eq(example_set_load(dir, &ex, &set, &d), 0);
	cr_assert_eq(set.items[0].ncriteria, 2);
	cr_assert_str_eq(set.items[0].titles[1], "Keeps names Pythonic");
	cr_assert_eq(set.items[0].passes[1], 0);
	cr_assert(example_is_behavioural(&set.items[0], "Keeps names Pythonic"));
	cr_assert(example_is_behavioural(&set.items[0], "status"));
	example_set_release(&set);
	cr_assert_eq(fs_write_file_atomic(path, bad, strlen(bad)), 0);
	cr_assert_eq(example_set_load(dir, &ex, &set, &d), -EINVAL);
	cr_assert_eq(d.count, 2);
	cr_assert_eq(d.items[0].line, 6);
	cr_assert(strstr(d.items[0].message, "a.py: no criterion with id `pythonic-name` in rewrite; "
			 "did you mean `pythonic-names`?"), "%s", d.items[0].message);
	cr_assert_eq(d.items[1].line, 7);
	cr_assert(strstr(d.items[1].message, "did you mean `async-await`?"), "%s", d.items[1].message);
	example_set_release(&set);
	diags_free(&d);
	unlink(path);
	rmdir(dir);
	free(path);
}

/* `idiom lint [COURSE_DIR]`: proves a course is well formed and that its
 * grader agrees with it: every lesson parses, every criterion has checks,
 * every graded example answer gets its expected verdict, every starter
 * fails and every reference passes.  Exit 0 when clean, 1 when not. */
#include <stdio.h>
#include <stdlib.h>
#include "cmd/cmd.h"
#include "course/course.h"
#include "course/snippets.h"
#include "grade/grade.h"
#include "grade/examples.h"
#include "util/diag.h"
#include "util/xalloc.h"
#include "render/visible.h"
#include "util/banned.h"

static void lint_grading(struct course *c, struct example_tally *tally, struct diags *diags)
{
	struct grader *a = grader_new(c, 0);

	for (size_t i = 0; i < c->count; i++) {
		const struct lesson *l = c->lessons[i];

		snippets_check(l, diags);
		for (int k = 0; k < EXERCISE_COUNT; k++) {
			size_t before = tally->graded;

			visible_fprintf(stderr, "lint: lesson %02d %-8s grading example answers...", l->number,
				exercise_kind_name((enum exercise_kind)k));
			fflush(stderr);
			if (grader_unchecked(a, l, (enum exercise_kind)k, diags) >= 0)
				examples_verify(a, l, (enum exercise_kind)k, tally, diags);
			visible_fprintf(stderr, " %zu\n", tally->graded - before);
		}
	}
	grader_free(a);
}

static int cmd_lint(int argc, char **argv)
{
	struct example_tally tally = { 0 };
	struct diags diags;
	struct course *c;
	char *dir;
	int rc = EXIT_PROBLEMS;

	if (argc > 2)
		return cmd_usage_error(&cmd_lint_entry, "lint takes at most one course directory");
	if (argc == 2 && argv[1][0] == '-')
		return cmd_usage_error(&cmd_lint_entry, "unknown option '%s'", argv[1]);
	dir = argc == 2 ? xstrdup(argv[1]) : course_default_dir();
	diags_init(&diags);
	c = course_load(dir, &diags);
	if (c)
		lint_grading(c, &tally, &diags);
	diags_print(&diags, stderr);
	if (c && diags.count == 0) {
		size_t criteria = 0;

		for (size_t i = 0; i < c->count; i++)
			for (int k = 0; k < EXERCISE_COUNT; k++)
				criteria += c->lessons[i]->exercises[k].ncriteria;
		printf("%s: %zu lesson%s, %zu criteria, %zu graded examples (%zu passing, %zu failing) "
		       "as expected, no problems\n", dir, c->count, c->count == 1 ? "" : "s", criteria,
		       tally.graded, tally.passing, tally.failing);
		rc = EXIT_OK;
	} else {
		visible_fprintf(stderr, "%s: %zu problem%s", dir, diags.count, diags.count == 1 ? "" : "s");
		if (tally.mismatched)
			visible_fprintf(stderr, " (%zu of %zu example answers graded otherwise than expected)",
				tally.mismatched, tally.graded);
		fputc('\n', stderr);
	}
	course_free(c);
	diags_free(&diags);
	free(dir);
	return rc;
}

const struct cmd_entry cmd_lint_entry = {
	.name = "lint",
	.usage = "lint [COURSE_DIR]",
	.summary = "Check a course: lessons, rules, and every graded example's verdict.",
	.help = "Loads every lesson (docs/lesson-format.md), checks that its Python and\n"
		"JavaScript code blocks parse, loads its grading files, proves\n"
		"every criterion has checks, grades every example answer listed in each\n"
		"exercise's examples/expected.yaml and compares the verdicts, and checks\n"
		"that each starter fails and each reference passes.\n"
		"Reports every problem as 'file:line: what is wrong and how to fix it'.\n"
		"Exit status: 0 clean, 1 problems found, 2 usage error.\n",
	.exec = cmd_lint,
};

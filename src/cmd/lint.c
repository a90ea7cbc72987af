/* `idiom lint [COURSE_DIR]`: proves a course is well formed.  Prints every
 * problem as file:line: message; exit 0 when clean, 1 when not. */
#include <stdio.h>
#include <stdlib.h>
#include "cmd/cmd.h"
#include "course/course.h"
#include "util/diag.h"
#include "util/xalloc.h"
#include "util/banned.h"

static int cmd_lint(int argc, char **argv)
{
	struct diags diags;
	struct course *c;
	char *dir;
	int rc;

	if (argc > 2)
		return cmd_usage_error(&cmd_lint_entry, "lint takes at most one course directory");
	if (argc == 2 && argv[1][0] == '-')
		return cmd_usage_error(&cmd_lint_entry, "unknown option '%s'", argv[1]);
	dir = argc == 2 ? xstrdup(argv[1]) : course_default_dir();
	diags_init(&diags);
	c = course_load(dir, &diags);
	diags_print(&diags, stderr);
	if (c) {
		size_t criteria = 0;

		for (size_t i = 0; i < c->count; i++)
			for (int k = 0; k < EXERCISE_COUNT; k++)
				criteria += c->lessons[i]->exercises[k].ncriteria;
		printf("%s: %zu lesson%s, %zu criteria, no problems\n", dir, c->count,
		       c->count == 1 ? "" : "s", criteria);
		rc = EXIT_OK;
	} else {
		fprintf(stderr, "%s: %zu problem%s\n", dir, diags.count, diags.count == 1 ? "" : "s");
		rc = EXIT_PROBLEMS;
	}
	course_free(c);
	diags_free(&diags);
	free(dir);
	return rc;
}

const struct cmd_entry cmd_lint_entry = {
	.name = "lint",
	.usage = "lint [COURSE_DIR]",
	.summary = "Check a course's lessons for mistakes (default: the shipped course).",
	.help = "Reports every problem as 'file:line: what is wrong and how to fix it'.\n"
		"Exit status: 0 clean, 1 problems found, 2 usage error.\n"
		"The lesson format is described in docs/lesson-format.md.\n",
	.exec = cmd_lint,
};

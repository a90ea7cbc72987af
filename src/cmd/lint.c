/* `idiom lint [COURSE_DIR]`: proves a course is well formed and that its
 * grader agrees with it: every lesson parses, every criterion has checks,
 * every graded example answer gets its expected verdict, every starter
 * fails and every reference passes.  Exit 0 when clean, 1 when not. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cmd/cmd.h"
#include "course/course.h"
#include "course/snippets.h"
#include "grade/accuracy.h"
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

/* Disputes between a static rule and a probe: said, never a problem. */
static void print_warnings(const struct diags *w)
{
	for (size_t i = 0; i < w->count; i++)
		visible_fprintf(stderr, "%s:%d: warning: %s\n", w->items[i].file, w->items[i].line,
				w->items[i].message);
}

static double pct(size_t part, size_t whole)
{
	return whole ? 100.0 * (double)part / (double)whole : 0.0;
}

static void print_count(const char *what, const struct accuracy_count *c)
{
	printf("%-10s %5zu verdicts  %5.1f%% agree   correct failed %3zu of %-4zu (%4.1f%%)   "
	       "wrong passed %3zu of %-4zu (%4.1f%%)\n", what, c->verdicts, pct(c->agree, c->verdicts),
	       c->false_fail, c->correct, pct(c->false_fail, c->correct), c->false_pass, c->wrong,
	       pct(c->false_pass, c->wrong));
}

static void print_accuracy(const struct accuracy *a)
{
	char what[32];

	for (size_t i = 0; i < a->nexercises; i++) {
		const struct accuracy_exercise *x = &a->exercises[i];

		snprintf(what, sizeof(what), "%02d %s", x->lesson, exercise_kind_name(x->kind));
		print_count(what, &x->count);
	}
	putchar('\n');
	print_count("free text", &a->text);
	print_count("code", &a->code);
	print_count("all", &a->all);
	if (a->nmisses)
		printf("\n%zu disagreement%s (the label, then the answer and criterion):\n",
		       a->nmisses, a->nmisses == 1 ? "" : "s");
	for (size_t i = 0; i < a->nmisses; i++)
		printf("  labelled %s: %s: %s\n", a->misses[i].labelled_pass ? "pass" : "fail",
		       a->misses[i].file, a->misses[i].criterion);
}

/* `idiom lint --accuracy DIR [COURSE_DIR]`: the measurement of issue 12. */
static int lint_accuracy(const char *labels, const char *course_dir)
{
	struct accuracy acc;
	struct diags diags;
	struct course *c;
	char *dir = course_dir ? xstrdup(course_dir) : course_default_dir();
	int rc = EXIT_PROBLEMS;

	diags_init(&diags);
	c = course_load(dir, &diags);
	if (c) {
		struct grader *g = grader_new(c, 0);

		if (accuracy_measure(g, c, labels, &acc, &diags) == 0) {
			print_accuracy(&acc);
			rc = diags.count ? EXIT_PROBLEMS : EXIT_OK;
		}
		accuracy_release(&acc);
		grader_free(g);
	}
	diags_print(&diags, stderr);
	course_free(c);
	diags_free(&diags);
	free(dir);
	return rc;
}

static int cmd_lint(int argc, char **argv)
{
	struct example_tally tally = { 0 };
	struct diags diags, warnings;
	struct course *c;
	char *dir;
	int rc = EXIT_PROBLEMS;

	if (argc >= 2 && strcmp(argv[1], "--accuracy") == 0) {
		if (argc < 3 || argc > 4)
			return cmd_usage_error(&cmd_lint_entry, "--accuracy takes a folder of labelled "
					       "answers (and, after it, a course directory)");
		return lint_accuracy(argv[2], argc == 4 ? argv[3] : NULL);
	}
	if (argc >= 2 && strcmp(argv[1], "--disputes") == 0) {
		tally.warnings = &warnings;
		argv++;
		argc--;
	}
	if (argc > 2)
		return cmd_usage_error(&cmd_lint_entry, "lint takes at most one course directory");
	if (argc == 2 && argv[1][0] == '-')
		return cmd_usage_error(&cmd_lint_entry, "unknown option '%s'", argv[1]);
	dir = argc == 2 ? xstrdup(argv[1]) : course_default_dir();
	diags_init(&diags);
	diags_init(&warnings);
	c = course_load(dir, &diags);
	if (c)
		lint_grading(c, &tally, &diags);
	print_warnings(&warnings);
	if (tally.disputed && !tally.warnings)
		visible_fprintf(stderr, "lint: %zu example verdict%s where a static rule fails a criterion "
				"the harness's checks pass (idiom lint --disputes lists them)\n",
				tally.disputed, tally.disputed == 1 ? "" : "s");
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
	diags_free(&warnings);
	free(dir);
	return rc;
}

const struct cmd_entry cmd_lint_entry = {
	.name = "lint",
	.usage = "lint [--disputes] [COURSE_DIR] | lint --accuracy LABELS_DIR [COURSE_DIR]",
	.summary = "Check a course: lessons, rules, and every graded example's verdict.",
	.help = "Loads every lesson (docs/lesson-format.md), checks that its Python and\n"
		"JavaScript code blocks parse, loads its grading files, proves\n"
		"every criterion has checks, grades every example answer listed in each\n"
		"exercise's examples/expected.yaml and compares the verdicts, and checks\n"
		"that each starter fails and each reference passes.\n"
		"Reports every problem as 'file:line: what is wrong and how to fix it'.\n"
		"It also counts the example verdicts where a static rule fails a criterion\n"
		"whose harness checks all pass; --disputes lists each as a warning (a rule\n"
		"guessing what the run proves is marked `overruled-by: harness`, docs/rules.md).\n"
		"\n"
		"With --accuracy LABELS_DIR: grades answers nobody wrote for the course,\n"
		"labelled by a careful reviewer before grading (LABELS_DIR/NN-slug/EXERCISE/\n"
		"labels.yaml in the expected.yaml format, criteria named by id or exact\n"
		"title), and prints how often the grader agrees per exercise, for free\n"
		"text and code, how many correct criteria it failed and wrong ones it\n"
		"passed, then every disagreement (docs/ACCURACY.md).\n"
		"Exit status: 0 clean, 1 problems found, 2 usage error.\n",
	.exec = cmd_lint,
};

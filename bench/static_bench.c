/* Static-check benchmark (not a test): the median time to grade an answer
 * with the static and concept rules only, the part that runs on every
 * keystroke.  Rules are compiled once, as in `idiom watch`; each sample is
 * one grading_check (parse, every rule, the report).  Figures go to
 * docs/PERFORMANCE.md, "Static checks".
 * Usage: static-bench [ITERATIONS] (from the repository root). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <tree_sitter/api.h>
#include "grade/grade.h"
#include "syntax/syntax.h"
#include "util/fsutil.h"

#define LESSON "courses/js-to-python/04-async/"
#define HABITS "courses/js-to-python/rules/habits.yaml"

static const struct criterion rewrite[] = {
	{ .id = "async-await", .title = "Uses async/await clearly in Python" },
	{ .id = "pythonic-names", .title = "Keeps names and return shapes Pythonic" },
	{ .id = "sequential-not-concurrent",
	  .title = "Does not assume concurrency where plain sequential async work is enough" } };
static const struct criterion practice[] = {
	{ .id = "gather", .title = "Shows when `asyncio.gather` is appropriate" },
	{ .id = "async-not-first", .title = "Acknowledges that async is not always the first tool" },
	{ .id = "readable-return", .title = "Keeps the return value readable to a Python developer" } };

static double now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static void report_times(const char *what, double *t, int n)
{
	qsort(t, (size_t)n, sizeof(*t), cmp_double);
	printf("%-44s median %7.1f µs   p90 %7.1f µs   min %7.1f µs\n", what, t[n / 2],
	       t[n * 9 / 10], t[0]);
}

static int count_lines(const char *s)
{
	int n = 0;

	for (; *s; s++)
		n += *s == '\n';
	return n;
}

/* Times N grading_check calls on FILE. */
static int bench_file(const struct grading *g, const char *exercise, const char *file, int n)
{
	char *src, label[128];
	size_t len;
	double *t = calloc((size_t)n, sizeof(*t));

	if (fs_read_file(file, 1 << 20, &src, &len) < 0) {
		fprintf(stderr, "static-bench: cannot read %s (run from the repository root)\n", file);
		free(t);
		return -1;
	}
	for (int i = 0; i < n / 10 + 10; i++)	/* warm-up: caches, the parser */
		report_free(grading_check(g, "04", exercise, file, src, len, 0));
	for (int i = 0; i < n; i++) {
		double start = now_us();

		report_free(grading_check(g, "04", exercise, file, src, len, 0));
		t[i] = now_us() - start;
	}
	snprintf(label, sizeof(label), "%s (%d lines)", strrchr(file, '/') + 1, count_lines(src));
	report_times(label, t, n);
	free(t);
	free(src);
	return 0;
}

static int bench_parse(const char *file, int n)
{
	char *src;
	size_t len;
	double *t = calloc((size_t)n, sizeof(*t));

	if (fs_read_file(file, 1 << 20, &src, &len) < 0) {
		free(t);
		return -1;
	}
	for (int i = 0; i < n; i++) {
		double start = now_us();
		TSTree *tree = syntax_parse(LANG_PYTHON, src, len);

		t[i] = now_us() - start;
		ts_tree_delete(tree);
	}
	report_times("  of which parsing alone (sequential.py)", t, n);
	free(t);
	free(src);
	return 0;
}

static struct grading *load(const char *exercise, const struct criterion *criteria, double *ms)
{
	char rules[256];
	struct grading *g = NULL;
	struct diags d;
	double start = now_us();

	snprintf(rules, sizeof(rules), LESSON "%s/rules.yaml", exercise);
	diags_init(&d);
	if (grading_load_files(&g, rules, HABITS, criteria, 3, &d) < 0)
		diags_print(&d, stderr);
	diags_free(&d);
	*ms = (now_us() - start) / 1e3;
	return g;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 5000;
	double rw_ms, pr_ms;
	struct grading *rw = load("rewrite", rewrite, &rw_ms);
	struct grading *pr = load("practice", practice, &pr_ms);
	int rc = 0;

	if (!rw || !pr || n < 10)
		return 2;
	printf("static checks, %d runs each (rules compiled once: rewrite %.1f ms, practice %.1f ms)\n",
	       n, rw_ms, pr_ms);
	rc |= bench_file(rw, "rewrite", LESSON "rewrite/examples/sequential.py", n);
	rc |= bench_parse(LESSON "rewrite/examples/sequential.py", n);
	rc |= bench_file(rw, "rewrite", LESSON "rewrite/reference.py", n);
	rc |= bench_file(rw, "rewrite", LESSON "rewrite/examples/js_pasted.py", n);
	rc |= bench_file(pr, "practice", LESSON "practice/reference.py", n);
	grading_free(rw);
	grading_free(pr);
	return rc ? 1 : 0;
}

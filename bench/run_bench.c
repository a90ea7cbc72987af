/* Check benchmark, all in one run: the median warm per-check time of lesson
 * 04's rewrite reference answer through the runner alone (sandbox included),
 * through the whole grader as `idiom check` runs it (static rules + sandboxed
 * behavioural run + report), through the static rules alone, and, for the
 * ratio, a fresh python3 process per check doing the run unsandboxed.
 * Warm checks are measured twice: back to back, and spaced 300-500 ms apart as
 * a learner types (SPACED_RUNS of them); the floor is the same harness and
 * answer in one warm unsandboxed interpreter (bench/floor.py).
 * Usage (from the repository root):
 *   build/bench/run-bench [WARM_RUNS [FRESH_RUNS [SPACED_RUNS]]]
 * With IDIOM_BENCH_HARNESS and IDIOM_BENCH_ANSWER: the warm runner alone on
 * that harness and answer. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "course/course.h"
#include "grade/grade.h"
#include "run/run.h"
#include "util/fsutil.h"
#include "util/xalloc.h"
#include "util/banned.h"

#define HARNESS "courses/js-to-python/04-async/rewrite/harness.py"
#define ANSWER "tests/fixtures/run/lesson04/rewrite-sequential.py"

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double percentile(double *v, int n, double p)
{
	qsort(v, (size_t)n, sizeof(*v), cmp_double);
	return v[(int)(p * (n - 1) + 0.5)];
}

/* Waits 300-500 ms, as between two checks of a learner who types. */
static void pause_as_typing(void)
{
	int ms = 300 + rand() % 201;
	struct timespec ts = { 0, ms * 1000000L };

	nanosleep(&ts, NULL);
}

/* SPACED: each check after a pause, as a learner types; else back to back. */
static int bench_warm_with(const char *harness, const char *answer, size_t len, int runs,
			   int spaced, double *out)
{
	struct runner *r;
	struct error error = ERROR_INIT;
	struct run_job job = { .harness_path = harness, .answer = answer, .answer_len = len,
				.answer_name = "rewrite.py", .limits = { .wall_s = 5 } };

	if (runner_new(&r, NULL, &error) < 0) {
		fprintf(stderr, "run-bench: %s\n", error.message);
		return -1;
	}
	for (int i = -5; i < runs; i++) {	/* five warm-up checks */
		struct run_result res;
		double t;

		if (spaced)
			pause_as_typing();
		t = now_ms();
		runner_run(r, &job, &res);
		if (res.status != RUN_OK || strstr(res.verdict_json, "\"pass\":false")) {
			fprintf(stderr, "run-bench: the reference answer did not pass: %s %s\n",
				res.message, res.verdict_json ? res.verdict_json : "");
			run_result_free(&res);
			runner_free(r);
			return -1;
		}
		if (i >= 0)
			out[i] = now_ms() - t;
		run_result_free(&res);
	}
	runner_free(r);
	return 0;
}

static int bench_warm(const char *answer, size_t len, int runs, int spaced, double *out)
{
	return bench_warm_with(HARNESS, answer, len, runs, spaced, out);
}

/* IDIOM_BENCH_HARNESS and IDIOM_BENCH_ANSWER set: the runner alone, warm,
 * on that harness and answer (e.g. one lesson's harness before and after a
 * change), and nothing else. */
static int bench_other(const char *harness, const char *path, int runs)
{
	char *answer = NULL;
	size_t len = 0;
	double *warm;

	if (fs_read_file(path, 1 << 20, &answer, &len) < 0) {
		fprintf(stderr, "run-bench: cannot read %s\n", path);
		return 2;
	}
	warm = xcalloc((size_t)runs, sizeof(*warm));
	if (bench_warm_with(harness, answer, len, runs, 0, warm) < 0)
		return 1;
	printf("behavioural check, %s on %s\n", harness, path);
	printf("  warm zygote + sandbox: median %.2f ms, p90 %.2f ms (%d checks)\n",
	       percentile(warm, runs, 0.5), percentile(warm, runs, 0.9), runs);
	free(warm);
	free(answer);
	return 0;
}

/* A fresh interpreter per check: import asyncio, run the answer, await it. */
static int bench_fresh(const char *answer, int runs, double *out)
{
	char *code = xasprintf("import asyncio, json, dataclasses, typing\n%s\n"
			       "print(json.dumps(asyncio.run(load_config_and_user(42))))\n", answer);

	for (int i = 0; i < runs; i++) {
		double t = now_ms();
		pid_t pid = fork();
		int status;

		if (pid == 0) {
			int null = open("/dev/null", O_WRONLY);

			dup2(null, 1);
			execl("/usr/bin/python3", "python3", "-I", "-c", code, (char *)NULL);
			_exit(127);
		}
		if (pid < 0 || waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) ||
		    WEXITSTATUS(status) != 0) {
			fprintf(stderr, "run-bench: fresh python3 failed\n");
			free(code);
			return -1;
		}
		out[i] = now_ms() - t;
	}
	free(code);
	return 0;
}

/* The floor: the same harness and answer in one warm, unsandboxed python3
 * (bench/floor.py), per iteration.  Fills OUT[0..RUNS). */
static int bench_floor(int runs, double *out)
{
	char *cmd = xasprintf("/usr/bin/python3 -I -S -B bench/floor.py %d %s %s", runs, HARNESS,
			      ANSWER);
	FILE *p = popen(cmd, "r");
	int n = 0, c = 0;

	free(cmd);
	if (!p)
		return -1;
	while (c != EOF && c != '[')
		c = fgetc(p);
	while (n < runs && fscanf(p, " %lf ,", &out[n]) == 1)
		n++;
	if (pclose(p) != 0 || n != runs) {
		fprintf(stderr, "run-bench: bench/floor.py failed (%d of %d times)\n", n, runs);
		return -1;
	}
	return 0;
}

/* The whole grader, as `idiom check` calls it (GRADER_STATIC_ONLY: rules
 * alone, as live hints would). */
static int bench_full(const char *answer, size_t len, int flags, int runs, double *out)
{
	struct diags d;
	struct course *c;
	struct grader *a;
	const struct lesson *l;
	int rc = 0;

	diags_init(&d);
	c = course_load("courses/js-to-python", &d);
	l = c ? course_find(c, "04") : NULL;
	if (!l) {
		diags_print(&d, stderr);
		course_free(c);
		diags_free(&d);
		return -1;
	}
	a = grader_new(c, flags);
	for (int i = -5; i < runs && rc == 0; i++) {
		double t = now_ms();
		struct report *r = grader_check(a, l, EXERCISE_REWRITE, "rewrite.py", answer, len,
						  NULL, &d);

		if (!r || report_status(r) != REPORT_PASS) {
			fprintf(stderr, "run-bench: the reference answer did not pass the grader\n");
			diags_print(&d, stderr);
			rc = -1;
		} else if (i >= 0) {
			out[i] = now_ms() - t;
		}
		report_free(r);
	}
	grader_free(a);
	course_free(c);
	diags_free(&d);
	return rc;
}

int main(int argc, char **argv)
{
	int warm_runs = argc > 1 ? atoi(argv[1]) : 200;
	int fresh_runs = argc > 2 ? atoi(argv[2]) : 30;
	int spaced_runs = argc > 3 ? atoi(argv[3]) : 100;
	double *warm, *fresh, *full, *stat, *spaced, *floor_ms;
	char *answer;
	size_t len;
	double wm, fm, sm, flm;

	if (getenv("IDIOM_BENCH_HARNESS") && getenv("IDIOM_BENCH_ANSWER") && warm_runs > 0)
		return bench_other(getenv("IDIOM_BENCH_HARNESS"), getenv("IDIOM_BENCH_ANSWER"),
				   warm_runs);
	if (warm_runs < 1 || fresh_runs < 1 || spaced_runs < 1 ||
	    fs_read_file(ANSWER, 1 << 20, &answer, &len) < 0) {
		fprintf(stderr, "usage: run-bench [WARM_RUNS [FRESH_RUNS [SPACED_RUNS]]] (from the repository root)\n");
		return 2;
	}
	warm = xcalloc((size_t)warm_runs, sizeof(*warm));
	fresh = xcalloc((size_t)fresh_runs, sizeof(*fresh));
	full = xcalloc((size_t)warm_runs, sizeof(*full));
	stat = xcalloc((size_t)warm_runs, sizeof(*stat));
	spaced = xcalloc((size_t)spaced_runs, sizeof(*spaced));
	floor_ms = xcalloc((size_t)warm_runs, sizeof(*floor_ms));
	srand(1);
	if (bench_warm(answer, len, warm_runs, 0, warm) < 0 ||
	    bench_warm(answer, len, spaced_runs, 1, spaced) < 0 || bench_floor(warm_runs, floor_ms) < 0 ||
	    bench_fresh(answer, fresh_runs, fresh) < 0 ||
	    bench_full(answer, len, 0, warm_runs, full) < 0 ||
	    bench_full(answer, len, GRADER_STATIC_ONLY, warm_runs, stat) < 0)
		return 1;
	wm = percentile(warm, warm_runs, 0.5);
	fm = percentile(fresh, fresh_runs, 0.5);
	sm = percentile(spaced, spaced_runs, 0.5);
	flm = percentile(floor_ms, warm_runs, 0.5);
	printf("behavioural check, lesson 04 rewrite reference answer\n");
	printf("  warm sandbox, spaced 300-500 ms as a learner types: median %.2f ms, p90 %.2f ms, "
	       "min %.2f ms (%d checks)\n", sm, percentile(spaced, spaced_runs, 0.9), spaced[0],
	       spaced_runs);
	printf("  warm sandbox, back to back: median %.2f ms, p90 %.2f ms, min %.2f ms (%d checks)\n",
	       wm, percentile(warm, warm_runs, 0.9), warm[0], warm_runs);
	printf("  floor, one warm unsandboxed python3: median %.3f ms, p90 %.3f ms (%d iterations)\n",
	       flm, percentile(floor_ms, warm_runs, 0.9), warm_runs);
	printf("  fresh python3 per check (no sandbox): median %.2f ms, p90 %.2f ms (%d runs)\n",
	       fm, percentile(fresh, fresh_runs, 0.9), fresh_runs);
	printf("  spaced: fresh / warm %.1fx, warm / floor %.1fx; back to back: fresh / warm %.1fx, "
	       "warm / floor %.1fx\n", fm / sm, sm / flm, fm / wm, wm / flm);
	printf("whole check as `idiom check` runs it (static + behavioural + sandbox + report)\n");
	printf("  median %.2f ms, p90 %.2f ms (%d checks); fresh python3 / whole check: %.1fx\n",
	       percentile(full, warm_runs, 0.5), percentile(full, warm_runs, 0.9), warm_runs,
	       fm / percentile(full, warm_runs, 0.5));
	printf("static rules only (the grader without the run)\n");
	printf("  median %.3f ms, p90 %.3f ms (%d checks)\n", percentile(stat, warm_runs, 0.5),
	       percentile(stat, warm_runs, 0.9), warm_runs);
	free(full);
	free(stat);
	free(spaced);
	free(floor_ms);
	free(warm);
	free(fresh);
	free(answer);
	return 0;
}

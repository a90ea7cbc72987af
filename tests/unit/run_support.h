/* Helpers shared by the runner's tests: run an answer under a harness, read
 * the verdict, and count what the sandbox left running. */
#ifndef IDIOM_TEST_RUN_SUPPORT_H
#define IDIOM_TEST_RUN_SUPPORT_H
#include <criterion/criterion.h>
#include <dirent.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "run/run.h"
#include "util/fsutil.h"

#define REWRITE_HARNESS "courses/js-to-python/04-async/rewrite/harness.py"
#define PRACTICE_HARNESS "courses/js-to-python/04-async/practice/harness.py"
#define ANSWERS "tests/fixtures/run/lesson04/"

static inline struct runner *start_runner(void)
{
	struct runner *r = NULL;
	struct error error = ERROR_INIT;
	int rc = runner_new(&r, NULL, &error);

	cr_assert_eq(rc, 0, "runner_new failed: %s", error.message);
	return r;
}

static inline void run_text(struct runner *r, const char *harness, const char *answer,
			    double wall_s, struct run_result *res)
{
	struct run_job job = { .harness_path = harness, .answer = answer, .answer_len = strlen(answer),
				.answer_name = "answer.py" };

	job.limits.wall_s = wall_s;
	cr_assert_eq(runner_run(r, &job, res), 0);
}

static inline void run_file(struct runner *r, const char *harness, const char *name,
			    struct run_result *res)
{
	char *path = fs_join(ANSWERS, name), *text = NULL;
	size_t len = 0;

	cr_assert_eq(fs_read_file(path, 1 << 20, &text, &len), 0, "cannot read %s", path);
	run_text(r, harness, text, 5, res);
	free(text);
	free(path);
}

/* 1 when every check of CRITERION passed, 0 when any failed, -1 when the
 * verdict has no check for it. */
static inline int criterion_passed(const struct run_result *res, const char *criterion)
{
	json_t *v = json_loads(res->verdict_json ? res->verdict_json : "", 0, NULL);
	json_t *check;
	size_t i;
	int result = -1;

	json_array_foreach(json_object_get(v, "checks"), i, check) {
		if (strcmp(json_string_value(json_object_get(check, "criterion")), criterion) != 0)
			continue;
		if (result != 0)
			result = json_is_true(json_object_get(check, "pass"));
	}
	json_decref(v);
	return result;
}

/* True when the result passes nothing: an error status, or a verdict whose
 * every check failed. */
static inline int passes_nothing(const struct run_result *res)
{
	return res->status != RUN_OK || !strstr(res->verdict_json, "\"pass\":true");
}

/* Processes whose parent chain reaches ROOT (ROOT itself not counted). */
static inline int count_descendants(pid_t root)
{
	pid_t pids[4096], parents[4096];
	int n = 0, count = 0;
	DIR *d = opendir("/proc");
	struct dirent *e;

	while (d && (e = readdir(d)) && n < 4096) {
		char path[300], line[512];
		FILE *f;
		char *close_paren;
		int ppid;

		if (e->d_name[0] < '0' || e->d_name[0] > '9')
			continue;
		snprintf(path, sizeof(path), "/proc/%s/stat", e->d_name);
		f = fopen(path, "r");
		if (!f)
			continue;
		if (fgets(line, sizeof(line), f) && (close_paren = strrchr(line, ')')) &&
		    sscanf(close_paren + 2, "%*c %d", &ppid) == 1) {
			pids[n] = atoi(e->d_name);
			parents[n++] = ppid;
		}
		fclose(f);
	}
	if (d)
		closedir(d);
	for (int i = 0; i < n; i++) {
		pid_t p = parents[i];

		for (int depth = 0; depth < 64 && p > 1; depth++) {
			if (p == root) {
				count++;
				break;
			}
			int j;

			for (j = 0; j < n && pids[j] != p; j++)
				;
			p = j < n ? parents[j] : 0;
		}
	}
	return count;
}

/* Waits up to a second for ROOT's descendants to settle back to WANT. */
static inline int settle_descendants(pid_t root, int want)
{
	int now = count_descendants(root);

	for (int i = 0; i < 100 && now != want; i++) {
		struct timespec ts = { 0, 10 * 1000 * 1000 };

		nanosleep(&ts, NULL);
		now = count_descendants(root);
	}
	return now;
}

#endif

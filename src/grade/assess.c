/* Full grading of one answer; see assess.h.  The runner starts lazily: a
 * Reflect check or a lint of prose never pays for the warm Python. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "grade/assess.h"
#include "grade/grader.h"
#include "run/run.h"
#include "util/fsutil.h"
#include "util/xalloc.h"
#include "util/banned.h"

struct cached_grader {
	const struct exercise *exercise;
	struct grader *grader;
};

struct assessor {
	const struct course *course;
	int flags;
	struct cached_grader *graders;
	size_t ngraders;
	size_t cap;
	struct runner *runner;
};

struct assessor *assessor_new(const struct course *course, int flags)
{
	struct assessor *a = xcalloc(1, sizeof(*a));

	a->course = course;
	a->flags = flags;
	return a;
}

void assessor_free(struct assessor *a)
{
	if (!a)
		return;
	for (size_t i = 0; i < a->ngraders; i++)
		grader_free(a->graders[i].grader);
	free(a->graders);
	runner_free(a->runner);
	free(a);
}

static struct grader *grader_for(struct assessor *a, const struct exercise *ex,
				 struct diags *diags)
{
	struct grader *g;

	for (size_t i = 0; i < a->ngraders; i++)
		if (a->graders[i].exercise == ex)
			return a->graders[i].grader;
	if (grader_load(&g, a->course->dir, ex, diags) < 0)
		return NULL;
	a->graders = xgrow(a->graders, &a->cap, a->ngraders + 1, sizeof(*a->graders));
	a->graders[a->ngraders].exercise = ex;
	a->graders[a->ngraders++].grader = g;
	return g;
}

static struct runner *runner_for(struct assessor *a, struct diags *diags)
{
	char *error = NULL;

	if (a->runner)
		return a->runner;
	if (runner_new(&a->runner, NULL, &error) < 0) {
		diags_add(diags, "idiom", 0, "cannot start the sandboxed Python: %s",
			  error ? error : "unknown error");
		free(error);
		a->runner = NULL;
	}
	return a->runner;
}

/* Turns what the run gave into report entries; returns -1 when idiom's own
 * side failed (the problem is in DIAGS). */
static int merge_run(struct report *r, const struct run_result *res, const char *harness,
		     struct diags *diags)
{
	char err[256];

	switch (res->status) {
	case RUN_OK:
		if (report_merge_json(r, res->verdict_json, strlen(res->verdict_json),
				      err, sizeof(err)) < 0) {
			diags_add(diags, harness, 0, "the harness's verdict is malformed: %s", err);
			return -1;
		}
		return 0;
	case RUN_INTERNAL:
		diags_add(diags, harness, 0, "could not run the check: %s", res->message);
		return -1;
	default:
		report_set_error(r, "%s", res->message);
		return 0;
	}
}

/* The harness that will run for EX, or NULL when the static rules alone
 * decide (no harness, free text, or a static-only assessor).  You own it. */
static char *harness_for(const struct assessor *a, const struct grader *g,
			 const struct exercise *ex)
{
	char *harness;

	if ((a->flags & ASSESS_STATIC_ONLY) || !grader_is_code(g))
		return NULL;
	harness = fs_join(ex->dir, "harness.py");
	if (access(harness, R_OK) == 0)
		return harness;
	free(harness);
	return NULL;
}

static int run_behaviour(struct assessor *a, char *harness, struct report *r,
			 const char *file, const char *src, size_t len, char **output,
			 struct diags *diags)
{
	struct run_job job = { .harness_path = harness, .answer = src, .answer_len = len,
			       .answer_name = file };
	struct run_result res;
	struct runner *runner;
	int rc = 0;

	runner = runner_for(a, diags);
	if (!runner) {
		rc = -1;
		goto cleanup;
	}
	if (runner_run(runner, &job, &res) < 0) {
		diags_add(diags, harness, 0, "could not run the check");
		rc = -1;
		goto cleanup;
	}
	rc = merge_run(r, &res, harness, diags);
	if (output) {
		free(*output);
		*output = xstrdup(res.output ? res.output : "");
	}
	run_result_free(&res);
cleanup:
	return rc;
}

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

struct report *assessor_check(struct assessor *a, const struct lesson *l,
			      enum exercise_kind kind, const char *file,
			      const char *src, size_t len, char **output,
			      struct diags *diags)
{
	const struct exercise *ex = &l->exercises[kind];
	double start = now_ms();
	struct grader *g = grader_for(a, ex, diags);
	char number[8];
	struct report *r;
	char *harness;
	int failed = 0;

	if (output)
		*output = xstrdup("");
	if (!g)
		return NULL;
	lesson_number_text(l, number);
	harness = harness_for(a, g, ex);
	/* With a harness, Python's own compiler names syntax errors. */
	r = grader_check(g, number, ex->name, file, src, len, harness ? 0 : GRADE_SYNTAX_ERRORS);
	if (harness)
		failed = run_behaviour(a, harness, r, file, src, len, output, diags) < 0;
	free(harness);
	if (failed) {
		report_free(r);
		return NULL;
	}
	if (kind == EXERCISE_REFLECT && ex->ncriteria)
		report_set_note(r, ex->criteria[0].title);
	report_set_ms(r, now_ms() - start);
	return r;
}

const char *const *assessor_hints(struct assessor *a, const struct lesson *l,
				  enum exercise_kind kind, size_t *n, struct diags *diags)
{
	struct grader *g = grader_for(a, &l->exercises[kind], diags);

	*n = 0;
	return g ? grader_hints(g, n) : NULL;
}

int assessor_unchecked(struct assessor *a, const struct lesson *l, enum exercise_kind kind,
		       struct diags *diags)
{
	const struct exercise *ex = &l->exercises[kind];
	struct grader *g = grader_for(a, ex, diags);
	char *harness;
	int count = 0;

	if (!g)
		return -1;
	harness = harness_for(a, g, ex);
	for (size_t i = 0; i < ex->ncriteria && !harness; i++) {
		if (grader_checks_for(g, ex->criteria[i].title) == 0) {
			diags_add(diags, l->path, ex->criteria[i].line, "criterion \"%s\" has no check: "
				  "add a rule for it in %s/rules.yaml", ex->criteria[i].title, ex->dir);
			count++;
		}
	}
	free(harness);
	return count;
}

/* The grading chain's front door; see grade.h.  An answer goes: the
 * exercise's grading (read once: rulefile.c) -> static rules (static.c)
 * and concept rules (concepts.c) into a report -> for code with a harness,
 * the sandboxed run (run/runner.c), whose outcome (run/outcome.c) is merged
 * into the same report.  The runner starts lazily: a Reflect check or a
 * lint of prose never pays for the warm Python. */
#include <errno.h>
#include <limits.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "embedded.h"
#include "grade/concepts.h"
#include "grade/grade.h"
#include "grade/names.h"
#include "grade/rulefile.h"
#include "grade/static.h"
#include "grade/thesaurus.h"
#include "run/outcome.h"
#include "run/run.h"
#include "syntax/syntax.h"
#include "util/error.h"
#include "util/fsutil.h"
#include "util/limits.h"
#include "util/xalloc.h"
#include "util/banned.h"

struct grading {
	struct rulefile rf;
};

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* One exercise. */

static int grading_wrap(struct grading **out, struct rulefile *rf, int rc)
{
	*out = NULL;
	if (rc < 0)
		return rc;
	*out = xcalloc(1, sizeof(**out));
	(*out)->rf = *rf;
	return 0;
}

int grading_load_files(struct grading **out, const char *rules_path, const char *habits_path,
		       const struct criterion *criteria, size_t n, struct diags *diags)
{
	struct rulefile rf;

	return grading_wrap(out, &rf, rulefile_load(&rf, rules_path, habits_path, criteria, n, diags));
}

int grading_parse(struct grading **out, const char *text, size_t len, const char *rules_path,
		  const char *habits_text, size_t habits_len, const char *habits_path,
		  const struct criterion *criteria, size_t n, struct diags *diags)
{
	struct rulefile rf;

	return grading_wrap(out, &rf, rulefile_parse(&rf, text, len, rules_path, habits_text,
						      habits_len, habits_path, criteria, n, diags));
}

/* A Reflect answer must not be the lesson's own prose: its lesson.md is the
 * folder above the exercise's.  A lesson that cannot be read gives none. */
static void give_lesson_text(struct grading *g, const char *exercise_dir)
{
	char *up = fs_join(exercise_dir, "../lesson.md");
	char *text = NULL;
	size_t len = 0;

	if (fs_read_file(up, IDIOM_ANSWER_MAX, &text, &len) == 0)
		grading_set_lesson_text(g, text, len);
	free(text);
	free(up);
}

int grading_load(struct grading **out, const char *course_dir, const struct exercise *ex,
		 struct diags *diags)
{
	char *rules = fs_join(ex->dir, "rules.yaml");
	char *habits = course_dir ? fs_join(course_dir, "rules/habits.yaml") : NULL;
	int rc;

	if (habits && access(habits, R_OK) != 0) {
		free(habits);
		habits = NULL;
	}
	rc = grading_load_files(out, rules, habits, ex->criteria, ex->ncriteria, diags);
	if (rc == 0 && !(*out)->rf.code)
		give_lesson_text(*out, ex->dir);
	if (rc == 0 && course_dir) {
		char *thesaurus = fs_join(course_dir, "rules/thesaurus.yaml");

		rc = concept_rules_thesaurus((*out)->rf.concepts, thesaurus, diags);
		free(thesaurus);
		if (rc < 0) {
			grading_free(*out);
			*out = NULL;
		}
	}
	free(rules);
	free(habits);
	return rc;
}

void grading_free(struct grading *g)
{
	if (!g)
		return;
	rulefile_release(&g->rf);
	free(g);
}

/* Free-text answers: <!-- ... --> (the starter's instructions) are blanked,
 * newlines kept. */
static char *answer_text(const char *src, size_t len)
{
	char *out = xstrndup(src, len);
	char *p = out;

	while ((p = strstr(p, "<!--")) != NULL) {
		char *end = strstr(p + 4, "-->");
		char *stop = end ? end + 3 : out + len;

		for (; p < stop; p++)
			if (*p != '\n')
				*p = ' ';
	}
	return out;
}

/* Without the runner, tree-sitter says whether the answer parses, worded
 * as a full check words Python's verdict (outcome_syntax_message). */
static void static_syntax_error(TSNode root, struct report *r)
{
	char detail[128];
	int line = syntax_first_error(root, detail, sizeof(detail));
	char *message;

	if (!line)
		return;
	message = outcome_syntax_message(line, detail);
	report_set_error(r, "%s", message);
	free(message);
}

static void check_code(const struct rulefile *rf, const char *src, size_t len, int flags,
		       struct report *r)
{
	TSTree *tree = syntax_parse(LANG_PYTHON, src, len);

	if (!tree) {
		report_set_error(r, "internal error: cannot create the Python parser");
		return;
	}
	static_check(rf->statics, src, len, tree, r);
	required_names_check(rf->names, ts_tree_root_node(tree), src, r);
	if (rf->text == TEXT_COMMENTS && !concept_rules_empty(rf->concepts)) {
		char *text = concepts_python_text(ts_tree_root_node(tree), src, len);

		concepts_check(rf->concepts, text, len, r);
		free(text);
	}
	if (flags & GRADING_SYNTAX_ERRORS)
		static_syntax_error(ts_tree_root_node(tree), r);
	ts_tree_delete(tree);
}

struct report *grading_check(const struct grading *g, const char *lesson, const char *exercise,
			     const char *file, const char *src, size_t len, int flags)
{
	const struct rulefile *rf = &g->rf;
	struct report *r = report_new(lesson, exercise, file, (const char *const *)rf->criteria,
				      rf->ncriteria);
	double start = now_ms();

	report_set_ids(r, (const char *const *)rf->ids, rf->ncriteria);
	if (rf->code) {
		check_code(rf, src, len, flags, r);
	} else {
		char *text = answer_text(src, len);

		concepts_check(rf->concepts, text, len, r);
		free(text);
	}
	report_set_ms(r, now_ms() - start);
	return r;
}

const char *const *grading_hints(const struct grading *g, size_t *n)
{
	static const char *const none[] = { NULL };

	*n = g->rf.nhints;
	return g->rf.hints ? (const char *const *)g->rf.hints : none;
}

int grading_is_code(const struct grading *g)
{
	return g->rf.code;
}

size_t grading_checks_for(const struct grading *g, const char *criterion)
{
	return static_rules_checks_for(g->rf.statics, criterion) +
	       concept_rules_checks_for(g->rf.concepts, criterion) +
	       required_names_checks_for(g->rf.names, criterion);
}

void grading_set_lesson_text(struct grading *g, const char *text, size_t len)
{
	concept_rules_set_lesson(g->rf.concepts, text, len);
}

const struct static_rules *grading_static(const struct grading *g)
{
	return g->rf.statics;
}

const struct concept_rules *grading_concepts(const struct grading *g)
{
	return g->rf.concepts;
}

/* One course. */

struct cached_grading {
	const struct exercise *exercise;
	struct grading *grading;
};

struct grader {
	const struct course *course;
	int flags;
	struct cached_grading *gradings;
	size_t ngradings;
	size_t cap;
	struct runner *runner;
	grader_remote_fn remote;
	void *remote_ctx;
};

void grader_set_remote(struct grader *g, grader_remote_fn fn, void *ctx)
{
	g->remote = fn;
	g->remote_ctx = ctx;
}

struct grader *grader_new(const struct course *course, int flags)
{
	struct grader *g = xcalloc(1, sizeof(*g));

	g->course = course;
	g->flags = flags;
	return g;
}

void grader_free(struct grader *g)
{
	if (!g)
		return;
	for (size_t i = 0; i < g->ngradings; i++)
		grading_free(g->gradings[i].grading);
	free(g->gradings);
	runner_free(g->runner);
	free(g);
}

static struct grading *grading_for(struct grader *g, const struct exercise *ex,
				   struct diags *diags)
{
	struct grading *x;

	for (size_t i = 0; i < g->ngradings; i++)
		if (g->gradings[i].exercise == ex)
			return g->gradings[i].grading;
	if (grading_load(&x, g->course->dir, ex, diags) < 0)
		return NULL;
	g->gradings = xgrow(g->gradings, &g->cap, g->ngradings + 1, sizeof(*g->gradings));
	g->gradings[g->ngradings].exercise = ex;
	g->gradings[g->ngradings++].grading = x;
	return x;
}

const struct grading *grader_grading(struct grader *g, const struct lesson *l,
				     enum exercise_kind kind, struct diags *diags)
{
	return grading_for(g, &l->exercises[kind], diags);
}

static struct runner *runner_for(struct grader *g, struct diags *diags)
{
	struct error e = ERROR_INIT;

	if (g->runner)
		return g->runner;
	if (runner_new(&g->runner, NULL, &e) < 0) {
		diags_add(diags, "idiom", 0, "cannot start the sandboxed Python: %s", e.message);
		g->runner = NULL;
	}
	return g->runner;
}

/* Launches the sandboxed Python in the background when EX has a harness
 * and none runs yet, so that it starts while the exercise's rules compile
 * (a one-off `idiom check` pays both once; together they overlap).  A start
 * that fails is reported by the first check (runner_for, runner_run). */
static void runner_prestart(struct grader *g, const struct exercise *ex)
{
	static const struct runner_options background = { .background = 1 };
	struct error e = ERROR_INIT;
	char *harness;

	if (g->runner || (g->flags & GRADER_STATIC_ONLY))
		return;
	harness = fs_join(ex->dir, "harness.py");
	if (access(harness, R_OK) == 0 && runner_new(&g->runner, &background, &e) < 0)
		g->runner = NULL;
	free(harness);
}

/* The harness that will run for EX, or NULL when the static rules alone
 * decide (no harness, free text, or a static-only grader).  You own it. */
static char *harness_for(const struct grader *g, const struct grading *x,
			 const struct exercise *ex)
{
	char *harness;

	if ((g->flags & GRADER_STATIC_ONLY) || !grading_is_code(x))
		return NULL;
	harness = fs_join(ex->dir, "harness.py");
	if (access(harness, R_OK) == 0)
		return harness;
	free(harness);
	return NULL;
}

static int run_behaviour(struct grader *g, char *harness, struct report *r,
			 const char *file, const char *src, size_t len, char **output,
			 struct diags *diags)
{
	struct run_job job = { .harness_path = harness, .answer = src, .answer_len = len,
			       .answer_name = file };
	struct run_result res;
	struct runner *runner;
	struct error e = ERROR_INIT;
	int rc;

	runner = runner_for(g, diags);
	if (!runner)
		return -EIO;
	if (runner_run(runner, &job, &res) < 0) {
		diags_add(diags, harness, 0, "could not run the check");
		return -EIO;
	}
	rc = outcome_merge(&res, r, &e);
	if (rc < 0)
		diags_add(diags, harness, 0, "%s", e.message);
	if (output) {
		free(*output);
		*output = xstrdup(res.output ? res.output : "");
	}
	run_result_free(&res);
	return rc;
}

struct report *grader_check(struct grader *g, const struct lesson *l, enum exercise_kind kind,
			    const char *file, const char *src, size_t len, char **output,
			    struct diags *diags)
{
	const struct exercise *ex = &l->exercises[kind];
	double start = now_ms();
	struct grading *x;
	char number[8];
	struct report *r;
	char *harness;
	int failed = 0;

	if (g->remote && (r = g->remote(g->remote_ctx, l, kind, file, src, len, output)) != NULL)
		return r;
	runner_prestart(g, ex);
	x = grading_for(g, ex, diags);
	if (output)
		*output = xstrdup("");
	if (!x)
		return NULL;
	lesson_number_text(l, number);
	harness = harness_for(g, x, ex);
	/* With a harness, Python's own compiler names syntax errors. */
	r = grading_check(x, number, ex->name, file, src, len, harness ? 0 : GRADING_SYNTAX_ERRORS);
	if (harness)
		failed = run_behaviour(g, harness, r, file, src, len, output, diags) < 0;
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

const char *const *grader_hints(struct grader *g, const struct lesson *l,
				enum exercise_kind kind, size_t *n, struct diags *diags)
{
	struct grading *x = grading_for(g, &l->exercises[kind], diags);

	*n = 0;
	return x ? grading_hints(x, n) : NULL;
}

int grader_unchecked(struct grader *g, const struct lesson *l, enum exercise_kind kind,
		     struct diags *diags)
{
	const struct exercise *ex = &l->exercises[kind];
	struct grading *x = grading_for(g, ex, diags);
	char *harness;
	int count = 0;

	if (!x)
		return -EINVAL;
	harness = harness_for(g, x, ex);
	for (size_t i = 0; i < ex->ncriteria && !harness; i++) {
		if (grading_checks_for(x, ex->criteria[i].title) == 0) {
			diags_add(diags, l->path, ex->criteria[i].line, "criterion \"%s\" has no check: "
				  "add a rule for it in %s/rules.yaml", ex->criteria[i].title, ex->dir);
			count++;
		}
	}
	free(harness);
	return count;
}

/* What run_script.py's one check says: it ran, or the message and line of
 * what stopped it.  A verdict that cannot be read says so. */
static void script_verdict(const char *verdict, struct script_run *out)
{
	json_t *root = json_loads(verdict, 0, NULL);
	json_t *check = json_array_get(json_object_get(root, "checks"), 0);
	json_t *line = json_object_get(check, "line");

	if (!json_is_object(check)) {
		out->message = xstrdup("the run ended without saying how");
	} else {
		const char *said = json_string_value(json_object_get(check, "message"));

		out->ran = json_is_true(json_object_get(check, "pass"));
		out->message = xstrdup(said ? said : "");
		out->line = json_is_integer(line) && json_integer_value(line) > 0 &&
			    json_integer_value(line) < INT_MAX ? (int)json_integer_value(line) : 0;
	}
	json_decref(root);
}

int grader_run_script(struct grader *g, const char *file, const char *src, size_t len,
		      struct script_run *out, struct diags *diags)
{
	const struct embedded_file *h = embedded_find("src/run/run_script.py");
	struct run_job job = { .harness_path = "run_script.py", .answer = src, .answer_len = len,
			       .answer_name = file };
	struct runner *runner = runner_for(g, diags);
	struct run_result res;

	memset(out, 0, sizeof(*out));
	if (!runner || !h)
		return -EIO;
	if (runner_run_text(runner, &job, (const char *)h->data, h->len, &res) < 0) {
		diags_add(diags, file, 0, "could not run the answer");
		return -EIO;
	}
	if (res.status == RUN_OK)
		script_verdict(res.verdict_json, out);
	else
		out->message = xstrdup(res.message && *res.message ? res.message : "it stopped");
	if (res.status == RUN_SYNTAX_ERROR || res.status == RUN_CRASHED)
		out->line = res.line;
	out->output = res.output ? xstrdup(res.output) : xstrdup("");
	out->output_truncated = res.output_truncated;
	out->ms = res.ms;
	run_result_free(&res);
	return 0;
}

void script_run_free(struct script_run *s)
{
	free(s->output);
	free(s->message);
	memset(s, 0, sizeof(*s));
}

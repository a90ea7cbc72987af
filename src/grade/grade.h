/* The grading chain's front door (docs/ARCHITECTURE.md, "The grading
 * chain"): from a learner's answer to a report.  Two objects:
 *  - struct grading: one exercise's grading, read and compiled once from its
 *    rules.yaml and the course habits (static rules and concept rules, both
 *    opaque: static.h, concepts.h), then used for any number of answers;
 *  - struct grader: one course's front door for `idiom check`, `watch`,
 *    `hint`, `lint` and the web app.  It keeps each exercise's grading and a
 *    warm sandboxed Python, runs the behavioural harness after the static
 *    and concept rules, and merges everything into one report. */
#ifndef IDIOM_GRADE_H
#define IDIOM_GRADE_H
#include <stddef.h>
#include "course/course.h"
#include "course/lesson.h"
#include "grade/report.h"
#include "util/diag.h"

/* One exercise. */

struct grading;
struct static_rules;
struct concept_rules;

/* Loads EX->dir/rules.yaml, with COURSE_DIR/rules/habits.yaml for code
 * exercises when that file exists (COURSE_DIR may be NULL: no habits).
 * Criteria titles come from EX.  Returns 0 and sets *OUT, or a negative
 * errno after adding every problem to DIAGS (`file:line: ...`): -ENOENT
 * when the exercise has no rules.yaml, -EINVAL for a faulty one.  You own
 * the grading; it may be used for any number of answers (not from two
 * threads at once: tree-sitter parsers are per process). */
int grading_load(struct grading **out, const char *course_dir, const struct exercise *ex,
		 struct diags *diags);

/* The same from explicit paths (HABITS_PATH may be NULL), for an exercise
 * whose criteria are CRITERIA[0..n). */
int grading_load_files(struct grading **out, const char *rules_path, const char *habits_path,
		       const struct criterion *criteria, size_t n, struct diags *diags);

/* The same from memory (tests, the fuzzer): TEXT names RULES_PATH,
 * HABITS_TEXT (may be NULL) names HABITS_PATH. */
int grading_parse(struct grading **out, const char *text, size_t len, const char *rules_path,
		  const char *habits_text, size_t habits_len, const char *habits_path,
		  const struct criterion *criteria, size_t n, struct diags *diags);

void grading_free(struct grading *g);

enum {
	/* Set status error when the answer does not parse: for static-only
	 * grading (watch mode, live hints, no runner).  With the runner, leave
	 * it off and let Python's compiler decide.  Both say it the same way
	 * (outcome_syntax_message). */
	GRADING_SYNTAX_ERRORS = 1,
};

/* Grades SRC[0..len), the learner's FILE (a Python file, or for a free-text
 * exercise the answer text; <!-- comments --> in it are ignored) with the
 * static and concept rules.  LESSON is the number as printed ("04"),
 * EXERCISE the exercise name.  Returns a new report (you own it) holding
 * every criterion, with ms set to the time this took. */
struct report *grading_check(const struct grading *g, const char *lesson, const char *exercise,
			     const char *file, const char *src, size_t len, int flags);

/* Progressive hints, in order (first the gentlest).  Never NULL. */
const char *const *grading_hints(const struct grading *g, size_t *n);

/* 1 when answers are Python code, 0 for free text. */
int grading_is_code(const struct grading *g);

/* Number of static rules and concept rules about criterion CRITERION: how
 * `idiom lint` proves every criterion has checks.  0 for a title with none. */
size_t grading_checks_for(const struct grading *g, const char *criterion);

/* The lesson's own prose (its lesson.md, TEXT[0..len)): a free-text answer
 * mostly copied from it fails.  grading_load gives it to Reflect exercises. */
void grading_set_lesson_text(struct grading *g, const char *text, size_t len);

/* The compiled rules, for their own queries and tests. */
const struct static_rules *grading_static(const struct grading *g);
const struct concept_rules *grading_concepts(const struct grading *g);

/* One course: the front door. */

struct grader;

enum {
	GRADER_STATIC_ONLY = 1,	/* skip the behavioural run (live hints) */
};

/* A grader for COURSE (not owned; it must outlive the grader). */
struct grader *grader_new(const struct course *course, int flags);
void grader_free(struct grader *g);

/* Grades SRC[0..len) as exercise KIND of lesson L; FILE names the answer in
 * the report.  Returns a new report (you own it), or NULL when the
 * exercise's grading files are broken or the sandbox cannot start: every
 * problem is then added to DIAGS.  An answer that cannot run is not a
 * failure here: its report has status error with what went wrong, and all
 * the static feedback.  *OUTPUT, when OUTPUT is not NULL, receives what the
 * answer printed (capped; "" when nothing ran); you own it. */
struct report *grader_check(struct grader *g, const struct lesson *l, enum exercise_kind kind,
			    const char *file, const char *src, size_t len, char **output,
			    struct diags *diags);

/* A grader that asks elsewhere first: a one-off `idiom check` hands its
 * answers to a warm helper (src/helper/).  FN returns the report (and sets
 * *OUTPUT as grader_check would) or NULL when it could not, and grader_check
 * then grades here as it would without FN.  FN NULL: never ask. */
typedef struct report *(*grader_remote_fn)(void *ctx, const struct lesson *l,
					   enum exercise_kind kind, const char *file,
					   const char *src, size_t len, char **output);
void grader_set_remote(struct grader *g, grader_remote_fn fn, void *ctx);

/* The exercise's hints, gentlest first; NULL with DIAGS filled when its
 * rules cannot be loaded.  The array belongs to the grader. */
const char *const *grader_hints(struct grader *g, const struct lesson *l,
				enum exercise_kind kind, size_t *n, struct diags *diags);

/* Exercise KIND of L's grading, loaded on first use and kept by G; NULL
 * with DIAGS filled when its rules cannot be loaded. */
const struct grading *grader_grading(struct grader *g, const struct lesson *l,
				     enum exercise_kind kind, struct diags *diags);

/* Adds to DIAGS each criterion of exercise KIND of L that no check can
 * decide: no static or concept rule names it and no harness runs.  Returns
 * the number of such criteria, or -EINVAL when the rules cannot be loaded
 * (the problems are in DIAGS). */
int grader_unchecked(struct grader *g, const struct lesson *l, enum exercise_kind kind,
		     struct diags *diags);

/* Running an answer as a script, as `python3 FILE` would (its
 * `if __name__ == "__main__":` block runs), in the same sandbox as a check:
 * the web app's Run button and lint's check that each starter's main block
 * runs with the reference.  Nothing is graded or recorded. */
struct script_run {
	int ran;		/* 1: it ran to its end or exited on purpose (sys.exit) */
	char *output;		/* what it printed: learner bytes, never NULL */
	int output_truncated;	/* 1 when the output was cut */
	char *message;		/* how it ended, for the learner: "it ran to its end",
				 * "it exited with status 2", "the answer raised ..." */
	int line;		/* the answer's line of that, or 0 */
	double ms;
};

/* Runs SRC[0..len) (FILE names it) and fills *OUT (free it with
 * script_run_free).  Returns 0 whenever *OUT was filled, whatever the
 * script did; -EIO with DIAGS filled when the sandbox cannot start. */
int grader_run_script(struct grader *g, const char *file, const char *src, size_t len,
		      struct script_run *out, struct diags *diags);
void script_run_free(struct script_run *s);
#endif

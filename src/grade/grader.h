/* The grading engine's front door for `idiom check`, `idiom watch` and the
 * web app: load an exercise's rules once, then grade answers against them
 * (static rules and concept rules; the behavioural harness's verdict is
 * merged into the same report with report_merge_json). */
#ifndef IDIOM_GRADER_H
#define IDIOM_GRADER_H
#include <stddef.h>
#include "course/lesson.h"
#include "grade/report.h"
#include "util/diag.h"

struct grader;

/* Loads EX->dir/rules.yaml, with COURSE_DIR/rules/habits.yaml for code
 * exercises when that file exists (COURSE_DIR may be NULL: no habits).
 * Criteria titles come from EX.  Returns 0 and sets *OUT, or a negative
 * errno after adding every problem to DIAGS (`file:line: ...`): -ENOENT
 * when the exercise has no rules.yaml, -EINVAL for a faulty one.  You own
 * the grader; it may be used for any number of answers (not from two
 * threads at once: tree-sitter parsers are per process). */
int grader_load(struct grader **out, const char *course_dir, const struct exercise *ex,
		struct diags *diags);

/* The same from explicit paths (HABITS_PATH may be NULL). */
int grader_load_files(struct grader **out, const char *rules_path, const char *habits_path,
		      const struct criterion *criteria, size_t n, struct diags *diags);

void grader_free(struct grader *g);

enum {
	/* Set status error ("syntax error at line N") when tree-sitter cannot
	 * parse the answer: for static-only grading (watch mode, no runner).
	 * With the runner, leave it off and let Python's compiler decide. */
	GRADE_SYNTAX_ERRORS = 1,
};

/* Grades SRC[0..len), the learner's FILE (a Python file, or for a free-text
 * exercise the answer text; <!-- comments --> in it are ignored).  LESSON
 * is the number as printed ("04"), EXERCISE the exercise name.  Returns a
 * new report (you own it) holding every criterion, with ms set to the time
 * this took. */
struct report *grader_check(const struct grader *g, const char *lesson, const char *exercise,
			    const char *file, const char *src, size_t len, int flags);

/* Progressive hints, in order (first the gentlest).  Never NULL. */
const char *const *grader_hints(const struct grader *g, size_t *n);

/* 1 when answers are Python code, 0 for free text. */
int grader_is_code(const struct grader *g);

/* Number of static rules and concept rules per criterion title: how
 * `idiom lint` proves every criterion has checks.  Returns 0 for a title
 * with none. */
size_t grader_checks_for(const struct grader *g, const char *criterion);

#endif

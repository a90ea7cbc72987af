/* The exercise rule-file reader (inside src/grade): one rules.yaml plus the
 * course-wide habits file, read into what grading one exercise needs, with
 * every query and regex compiled once.  Format: docs/rules.md.  Reading
 * checks everything and reports `file:line: what is wrong and how to fix
 * it`, all problems at once.  grade.c wraps the result in struct grading. */
#ifndef IDIOM_RULEFILE_H
#define IDIOM_RULEFILE_H
#include <stddef.h>
#include "course/lesson.h"
#include "util/diag.h"

enum text_source { TEXT_NONE, TEXT_ANSWER, TEXT_COMMENTS };

struct rulefile {
	char *path;
	int code;			/* answers are Python (0: free text) */
	enum text_source text;		/* where concept rules read */
	char **criteria;		/* the exercise's titles, copied, NULL-terminated */
	char **ids;			/* and their ids ({#id} in lesson.md), copied */
	size_t ncriteria;
	char **hints;			/* NULL-terminated; NULL when none */
	size_t nhints;
	struct static_rules *statics;	/* never NULL once read */
	struct concept_rules *concepts;	/* never NULL once read */
	struct required_names *names;	/* `names:` (grade/names.h); never NULL once read */
};

/* Reads RULES_PATH for an exercise whose criteria are CRITERIA[0..n) and,
 * when HABITS_PATH is not NULL, the course-wide habits whose categories the
 * exercise maps to its criteria (code exercises only).  Returns 0 with RF
 * filled, or -EINVAL after adding every problem found to DIAGS; -errno if a
 * file cannot be read.  RF is released in every case (rulefile_release is
 * still safe to call). */
int rulefile_load(struct rulefile *rf, const char *rules_path, const char *habits_path,
		  const struct criterion *criteria, size_t n, struct diags *diags);

/* Same, from memory (for tests and the fuzzer): TEXT names RULES_PATH,
 * HABITS_TEXT (may be NULL) names HABITS_PATH. */
int rulefile_parse(struct rulefile *rf, const char *text, size_t len, const char *rules_path,
		   const char *habits_text, size_t habits_len, const char *habits_path,
		   const struct criterion *criteria, size_t n, struct diags *diags);

void rulefile_release(struct rulefile *rf);

#endif

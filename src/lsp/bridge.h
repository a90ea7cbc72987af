/* The language server's one door to grading and progress.  The rest of
 * src/lsp knows documents, JSON-RPC and report JSON; everything about
 * lessons, rules, the sandbox and the store goes through here, to the
 * application layer (src/learn/) and the grader (src/grade/grade.h).
 *
 * A save is checked and recorded for the learner as `idiom check` does it,
 * and hints are counted as `idiom hint` counts them.  Without a store
 * (unit tests, the fuzzer) a save is graded but not recorded. */
#ifndef IDIOM_LSP_BRIDGE_H
#define IDIOM_LSP_BRIDGE_H
#include <stddef.h>
#include "course/course.h"
#include "grade/grade.h"
#include "learn/learn.h"
#include "util/buf.h"
#include "util/error.h"

struct bridge;

/* An exercise answer the server follows. */
struct bridge_target {
	const struct lesson *lesson;
	enum exercise_kind kind;
};

/* A bridge over the course in COURSE_DIR (NULL: course_default_dir()) for
 * the workspace HOME (NULL: $IDIOM_HOME, else ~/idiom), recording in STORE
 * (not owned; NULL: nothing recorded).  Returns the bridge (you own it), or
 * NULL with E set. */
struct bridge *bridge_new(const char *course_dir, const char *home, struct store *store,
			  struct error *e);
void bridge_free(struct bridge *b);

/* Which exercise the file at PATH is: <home>/NN-slug/rewrite.py and the
 * like.  Returns 0 with *OUT set, or -ENOENT for any other file. */
int bridge_locate(struct bridge *b, const char *path, struct bridge_target *out);

/* The static and free-text verdict on SRC[0..len) (no sandbox): the report
 * JSON of `idiom check --json`.  NULL with E set when the exercise's rules
 * cannot be loaded or the answer is over IDIOM_ANSWER_MAX. */
char *bridge_grade_static(struct bridge *b, const struct bridge_target *t,
			  const char *src, size_t len, struct error *e);

/* The full check of SRC[0..len) in the sandbox, not recorded. */
char *bridge_grade_full(struct bridge *b, const struct bridge_target *t,
			const char *src, size_t len, struct error *e);

/* The full check of the saved file at PATH (whose text is SRC[0..len)),
 * recorded like `idiom check` when the bridge has a store.  A check that
 * could not be recorded still answers its report. */
char *bridge_check_saved(struct bridge *b, const struct bridge_target *t, const char *path,
			 const char *src, size_t len, struct error *e);

/* The next hint's text ("Hint 1 of 4 for rewrite: ..."). */
char *bridge_next_hint(struct bridge *b, const struct bridge_target *t, struct error *e);

/* One exact replacement a static rule's finding allows (see quickfix.h). */
struct bridge_fix {
	long line;		/* 0-based */
	size_t start, end;	/* byte offsets in the source */
	const char *replacement;	/* static text */
	const char *rule;	/* the rule's id ("js-literal"); the bridge's */
	const char *criterion;	/* the criterion it reports under; the bridge's */
};

/* The fixes for SRC[0..len) on lines FIRST..LAST (0-based): every match of
 * a rule of the exercise that quickfix_replacement knows, found with the
 * rule's own pattern.  Returns the count (*OUT is yours to free), or a
 * negative code with E set. */
long bridge_quick_fixes(struct bridge *b, const struct bridge_target *t, const char *src,
			size_t len, long first, long last, struct bridge_fix **out, struct error *e);

/* Markdown for a hover over a finding of criterion TITLE: the criterion,
 * the exercise and lesson, and the lesson section it comes from.  Appends
 * to OUT. */
void bridge_describe(struct bridge *b, const struct bridge_target *t, const char *title,
		     struct buf *out);

/* "rewrite.py" for T, and "04" for its lesson. */
const char *bridge_file_name(const struct bridge_target *t);

#endif

/* Loading and running an exercise's rules; see grader.h. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "grade/concepts.h"
#include "grade/grader.h"
#include "grade/rules.h"
#include "grade/static.h"
#include "syntax/syntax.h"
#include "util/fsutil.h"
#include "util/xalloc.h"
#include "util/banned.h"

struct grader {
	struct ruleset *rs;
};

int grader_load_files(struct grader **out, const char *rules_path, const char *habits_path,
		      const struct criterion *criteria, size_t n, struct diags *diags)
{
	struct ruleset *rs;
	int rc;

	*out = NULL;
	rc = rules_load(&rs, rules_path, habits_path, criteria, n, diags);
	if (rc < 0)
		return rc;
	*out = xcalloc(1, sizeof(**out));
	(*out)->rs = rs;
	return 0;
}

int grader_load(struct grader **out, const char *course_dir, const struct exercise *ex,
		struct diags *diags)
{
	char *rules = fs_join(ex->dir, "rules.yaml");
	char *habits = course_dir ? fs_join(course_dir, "rules/habits.yaml") : NULL;
	int rc;

	if (habits && access(habits, R_OK) != 0) {
		free(habits);
		habits = NULL;
	}
	rc = grader_load_files(out, rules, habits, ex->criteria, ex->ncriteria, diags);
	free(rules);
	free(habits);
	return rc;
}

void grader_free(struct grader *g)
{
	if (!g)
		return;
	rules_free(g->rs);
	free(g);
}

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
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

static void check_code(const struct ruleset *rs, const char *src, size_t len, int flags,
		       struct report *r)
{
	TSTree *tree = syntax_parse(LANG_PYTHON, src, len);
	int line;

	if (!tree) {
		report_set_error(r, "internal error: cannot create the Python parser");
		return;
	}
	static_check(rs, src, len, tree, r);
	if (rs->text == TEXT_COMMENTS && rs->nconcepts + (size_t)(rs->min_words > 0)) {
		char *text = concepts_python_text(ts_tree_root_node(tree), src, len);

		concepts_check(rs, text, len, r);
		free(text);
	}
	line = syntax_first_error_line(ts_tree_root_node(tree));
	if ((flags & GRADE_SYNTAX_ERRORS) && line)
		report_set_error(r, "syntax error at line %d", line);
	ts_tree_delete(tree);
}

struct report *grader_check(const struct grader *g, const char *lesson, const char *exercise,
			    const char *file, const char *src, size_t len, int flags)
{
	const struct ruleset *rs = g->rs;
	struct report *r = report_new(lesson, exercise, file, (const char *const *)rs->criteria,
				      rs->ncriteria);
	double start = now_ms();

	report_set_ids(r, (const char *const *)rs->ids, rs->ncriteria);
	if (rs->code) {
		check_code(rs, src, len, flags, r);
	} else {
		char *text = answer_text(src, len);

		concepts_check(rs, text, len, r);
		free(text);
	}
	report_set_ms(r, now_ms() - start);
	return r;
}

const char *const *grader_hints(const struct grader *g, size_t *n)
{
	static const char *const none[] = { NULL };

	*n = g->rs->nhints;
	return g->rs->hints ? (const char *const *)g->rs->hints : none;
}

int grader_is_code(const struct grader *g)
{
	return g->rs->code;
}

size_t grader_checks_for(const struct grader *g, const char *criterion)
{
	const struct ruleset *rs = g->rs;
	size_t n = 0;

	for (size_t i = 0; i < rs->nrules; i++)
		n += rs->rules[i].criterion && strcmp(rs->rules[i].criterion, criterion) == 0;
	for (size_t i = 0; i < rs->nconcepts; i++)
		n += rs->concepts[i].criterion && strcmp(rs->concepts[i].criterion, criterion) == 0;
	n += rs->min_words_criterion && strcmp(rs->min_words_criterion, criterion) == 0;
	return n;
}

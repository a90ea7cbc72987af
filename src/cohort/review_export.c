/* "Add to the course": one attempt with the instructor's verdicts as a
 * graded example in expected.yaml form (grade/examples.h), so that
 * `idiom lint` names the criterion whose rules disagree with the
 * instructor.  See review.h. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "cohort/review.h"
#include "util/banned.h"

/* S as a YAML single-quoted scalar on one line, at most MAX bytes of it. */
static void yaml_quoted(struct buf *b, const char *s, size_t max)
{
	buf_putc(b, '\'');
	for (size_t i = 0; s && s[i] && i < max; i++) {
		if (s[i] == '\'')
			buf_putc(b, '\'');
		buf_putc(b, s[i] == '\n' || s[i] == '\r' || s[i] == '\t' ? ' ' : s[i]);
	}
	buf_putc(b, '\'');
}

static const char *str(json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));

	return s ? s : "";
}

/* The override of criterion TITLE in OVERRIDES, or NULL. */
static json_t *override_of(json_t *overrides, const char *title)
{
	json_t *o;
	size_t i;

	json_array_foreach(overrides, i, o)
		if (strcmp(str(o, "criterion"), title) == 0)
			return o;
	return NULL;
}

static const struct criterion *criterion_titled(const struct exercise *ex, const char *title)
{
	for (size_t i = 0; i < ex->ncriteria; i++)
		if (strcmp(ex->criteria[i].title, title) == 0)
			return &ex->criteria[i];
	return NULL;
}

/* The note: whose answer, and every override with its comment. */
static void example_note(struct buf *b, const char *username, json_t *attempt, json_t *overrides)
{
	struct buf note = BUF_INIT;
	json_t *o;
	size_t i;

	buf_printf(&note, "from a cohort: %s's attempt %s, graded %s", username,
		   str(attempt, "attempt"), str(attempt, "verdict"));
	json_array_foreach(overrides, i, o)
		buf_printf(&note, "; %s overrode \"%s\" to %s: %s", str(o, "author"),
			   str(o, "criterion"), str(o, "verdict"), str(o, "comment"));
	buf_puts(b, "    note: ");
	yaml_quoted(b, note.data, 2000);
	buf_putc(b, '\n');
	buf_free(&note);
}

/* The criteria lines; *ALL_PASS says whether every one passes.  -EINVAL
 * when the report names a criterion the exercise no longer has. */
static int example_criteria(const struct exercise *ex, json_t *report, json_t *overrides,
			    struct buf *b, int *all_pass, struct error *e)
{
	json_t *c;
	size_t i;

	*all_pass = 1;
	buf_puts(b, "    criteria:\n");
	json_array_foreach(json_object_get(report, "criteria"), i, c) {
		const char *title = str(c, "title");
		const struct criterion *k = criterion_titled(ex, title);
		json_t *o = override_of(overrides, title);
		const char *verdict = o ? str(o, "verdict") : str(c, "status");

		if (!k || !k->id)
			return error_set(e, -EINVAL, "the exercise has no criterion \"%.200s\" any more "
					 "(the course changed since this attempt)", title);
		buf_printf(b, "      %s: %s\n", k->id, strcmp(verdict, "pass") == 0 ? "pass" : "fail");
		*all_pass &= strcmp(verdict, "pass") == 0;
	}
	return 0;
}

int review_example(const struct exercise *ex, const char *username, json_t *attempt,
		   json_t *overrides, char file[REVIEW_FILE_SIZE], struct buf *yaml,
		   struct error *e)
{
	json_t *report = json_object_get(attempt, "report");
	struct buf crit = BUF_INIT;
	int all_pass, rc;
	const char *status;

	if (!json_is_object(report))
		return error_set(e, -EINVAL, "attempt '%.64s' has no report to take verdicts from",
				 str(attempt, "attempt"));
	snprintf(file, REVIEW_FILE_SIZE, "cohort-%.64s-%.8s.%s", username, str(attempt, "attempt"),
		 ex->kind == EXERCISE_REFLECT ? "md" : "py");
	if ((rc = example_criteria(ex, report, overrides, &crit, &all_pass, e)) < 0)
		goto cleanup;
	/* An answer that could not run stays an error unless someone said
	 * otherwise; with an override, the verdicts decide. */
	status = strcmp(str(report, "status"), "error") == 0 && json_array_size(overrides) == 0
		 ? "error" : all_pass ? "pass" : "fail";
	buf_printf(yaml, "  %s:\n", file);
	example_note(yaml, username, attempt, overrides);
	buf_printf(yaml, "    status: %s\n", status);
	buf_add(yaml, crit.data ? crit.data : "", crit.len);
cleanup:
	buf_free(&crit);
	return rc;
}

/* Grade-and-record: one answer through the grader into a report, then
 * saved to the workspace and recorded as an attempt, for `idiom check`,
 * `idiom watch` and POST /api/check alike.  See learn.h. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "learn/learn.h"
#include "grade/report.h"
#include "util/fsutil.h"
#include "util/limits.h"
#include "util/xalloc.h"
#include "util/banned.h"

/* The store's enums are cast from the course's and the report's by position. */
_Static_assert((int)STORE_REFLECT == (int)EXERCISE_REFLECT &&
	       (int)STORE_REWRITE == (int)EXERCISE_REWRITE &&
	       (int)STORE_PRACTICE == (int)EXERCISE_PRACTICE &&
	       (int)STORE_EXERCISE_COUNT == (int)EXERCISE_COUNT,
	       "enum store_exercise follows enum exercise_kind");
_Static_assert((int)STORE_PASS == (int)REPORT_PASS && (int)STORE_FAIL == (int)REPORT_FAIL &&
	       (int)STORE_ERROR == (int)REPORT_ERROR,
	       "enum store_verdict follows enum report_status");

void learn_result_free(struct learn_result *r)
{
	report_free(r->report);
	free(r->output);
	diags_free(&r->diags);
	memset(r, 0, sizeof(*r));
}

/* Whether ANSWER is exactly the latest recorded answer of the exercise. */
static int same_as_last(struct store *st, const struct lesson *l, enum exercise_kind kind,
			const char *answer)
{
	struct store_attempt_list list = { 0 };
	int same = 0;

	if (store_history(st, l->number, (enum store_exercise)kind, &list, NULL) == 0 && list.count)
		same = strcmp(list.items[0].answer, answer) == 0;
	store_attempt_list_free(&list);
	return same;
}

static int record(struct store *st, const struct lesson *l, enum exercise_kind kind,
		  const char *answer, const struct report *r, const char *id, struct error *err)
{
	size_t n = report_criterion_count(r), nfailing = 0;
	const char **failing = xcalloc(n + 1, sizeof(*failing));
	struct store_attempt at = { .lesson = l->number };
	char *json = report_json(r);
	int rc;

	for (size_t i = 0; i < n && nfailing < STORE_FAILING_MAX; i++) {
		const char *title = report_criterion_title(r, i);

		if (!report_criterion_passed(r, title))
			failing[nfailing++] = title;
	}
	if (id)
		snprintf(at.id, sizeof(at.id), "%s", id);
	at.exercise = (enum store_exercise)kind;
	at.verdict = (enum store_verdict)report_status(r);
	at.answer = answer;
	at.report = json;
	at.failing = failing;
	at.failing_count = nfailing;
	rc = store_record_attempt(st, &at, err);
	free(json);
	free(failing);
	return rc;
}

/* Saves and records per OPT; a failure is a warning in OUT. */
static void keep(const struct learner *lr, const struct lesson *l, enum exercise_kind kind,
		 const char *answer, size_t len, const struct learn_check_options *opt,
		 struct learn_result *out)
{
	if (opt->record && lr->store &&
	    !(opt->only_changed && same_as_last(lr->store, l, kind, answer)))
		out->recorded = record(lr->store, l, kind, answer, out->report,
				       opt->attempt_id, &out->not_recorded) == 0;
	/* The attempt holds the text now: an older draft must not replace it
	 * in the editor.  A draft that cannot be dropped is only stale. */
	if (out->recorded) {
		struct error ignored = ERROR_INIT;

		learn_draft_save(lr, l, kind, NULL, 0, &ignored);
	}
	if (opt->save && lr->home)
		learn_answer_save(lr, l, kind, answer, len, &out->not_saved);
}

int learn_check(const struct learner *lr, struct grader *a, const struct lesson *l,
		enum exercise_kind kind, const char *name, const char *answer, size_t len,
		const struct learn_check_options *opt, struct learn_result *out,
		struct error *err)
{
	static const struct learn_check_options none = { 0 };

	memset(out, 0, sizeof(*out));
	diags_init(&out->diags);
	if (len > IDIOM_ANSWER_MAX)
		return error_set(err, -EFBIG, "answer larger than %d KiB", IDIOM_ANSWER_MAX / 1024);
	out->report = grader_check(a, l, kind, name, answer, len, &out->output, &out->diags);
	if (!out->report)
		return error_set(err, -EIO, "could not grade %s", name);
	keep(lr, l, kind, answer, len, opt ? opt : &none, out);
	return 0;
}

int learn_check_file(const struct learner *lr, struct grader *a, const struct lesson *l,
		     enum exercise_kind kind, const char *path,
		     const struct learn_check_options *opt, struct learn_result *out,
		     struct error *err)
{
	const char *name = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	char *answer;
	size_t len;
	int rc = fs_read_file(path, IDIOM_ANSWER_MAX, &answer, &len);

	if (rc < 0) {
		memset(out, 0, sizeof(*out));
		diags_init(&out->diags);
		if (rc == -EFBIG)
			return error_set(err, rc, "cannot read %s: larger than %d KiB", path,
					 IDIOM_ANSWER_MAX / 1024);
		return error_set(err, rc, "cannot read %s: %s%s", path, strerror(-rc),
				 rc == -ENOENT ? " (run 'idiom start' to get the exercise files)" : "");
	}
	rc = learn_check(lr, a, l, kind, name, answer, len, opt, out, err);
	if (rc == -EIO)
		error_set(err, rc, "could not grade %s", path);
	free(answer);
	return rc;
}

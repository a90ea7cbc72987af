/* Drafts: the unsaved text in the browser's editor, one per learner, lesson
 * and exercise, kept in the store (not the workspace: a cohort node keeps
 * no files) and never part of the history.  See learn.h. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "learn/learn.h"
#include "util/limits.h"
#include "util/xalloc.h"
#include "util/banned.h"

int learn_draft_save(const struct learner *lr, const struct lesson *l, enum exercise_kind kind,
		     const char *text, size_t len, struct error *err)
{
	struct store_draft d = { .lesson = l->number, .exercise = (enum store_exercise)kind };
	int rc;

	if (!lr->store)
		return error_set(err, -ENOENT, "no progress store to keep the draft in");
	if (text && len > IDIOM_ANSWER_MAX)
		return error_set(err, -EFBIG, "draft larger than %d KiB", IDIOM_ANSWER_MAX / 1024);
	if (text && memchr(text, '\0', len))
		return error_set(err, -EINVAL, "the draft holds a NUL byte");
	d.text = text ? xstrndup(text, len) : NULL;
	rc = store_draft_save(lr->store, &d, err);
	free(d.text);
	return rc;
}

int learn_draft_load(const struct learner *lr, const struct lesson *l, enum exercise_kind kind,
		     char **out, struct error *err)
{
	struct store_draft d;
	int rc;

	*out = NULL;
	if (!lr->store)
		return 0;
	rc = store_draft_load(lr->store, l->number, (enum store_exercise)kind, &d, err);
	if (rc == 0)
		*out = d.text;
	return rc;
}

/* Progressive hints: one more each time, gentlest first, the last repeated.
 * Each hint is a hint event of its exercise in the store.  How many were
 * shown is read back from the lesson's workspace folder (.hints-EXERCISE,
 * which a workspace restore removes) when there is one, and otherwise (a
 * cohort learner: no folder on the node) from the store's count of the
 * exercise's hints since its last reset.  See learn.h. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "learn/internal.h"
#include "util/fsutil.h"
#include "util/xalloc.h"
#include "util/banned.h"

char *learn_hint_path(const struct learner *lr, const struct lesson *l, enum exercise_kind kind)
{
	char *dir = learn_lesson_dir(lr, l);
	char *name, *path;

	if (!dir)
		return NULL;
	name = xasprintf(".hints-%s", exercise_kind_name(kind));
	path = fs_join(dir, name);
	free(name);
	free(dir);
	return path;
}

static size_t hints_shown(const char *path)
{
	char *text;
	size_t n = 0;

	if (path && fs_read_file(path, 64, &text, NULL) == 0) {
		n = (size_t)strtoul(text, NULL, 10);
		free(text);
	}
	return n;
}

/* Remembers that N hints were shown; a failure is a warning in OUT. */
static void count_shown(const struct learner *lr, const struct lesson *l,
			enum exercise_kind kind, size_t n, struct learn_hint *out)
{
	char *dir = NULL, *path = NULL, count[32];
	int rc;

	if (learn_lesson_dir_make(lr, l, &dir, &out->warning) < 0)
		return;
	path = learn_hint_path(lr, l, kind);
	snprintf(count, sizeof(count), "%zu\n", n);
	if ((rc = fs_write_file_atomic(path, count, strlen(count))) < 0)
		error_set(&out->warning, rc, "could not remember the hint count in %s: %s", path,
			  strerror(-rc));
	free(path);
	free(dir);
}

/* How many hints of KIND were shown before this one. */
static size_t shown_before(const struct learner *lr, const struct lesson *l,
			   enum exercise_kind kind)
{
	struct store_summary sum;
	struct error e = ERROR_INIT;
	char *path;
	size_t n = 0;

	if (lr->home) {
		path = learn_hint_path(lr, l, kind);
		n = hints_shown(path);
		free(path);
	} else if (lr->store && store_summary(lr->store, l->number, &sum, &e) == 0) {
		n = (size_t)sum.exercises[kind].hints;
		store_summary_free(&sum);
	}
	return n;
}

/* Records the hint event of KIND; a failure is a warning in OUT. */
static void record_hint(const struct learner *lr, const struct lesson *l,
			enum exercise_kind kind, struct learn_hint *out)
{
	if (lr->store &&
	    store_record_hint(lr->store, l->number, (enum store_exercise)kind, 0, &out->warning) < 0)
		error_wrap(&out->warning, "not recorded in your progress");
}

int learn_hint_next(const struct learner *lr, struct grader *a, const struct lesson *l,
		    enum exercise_kind kind, struct learn_hint *out, struct diags *diags,
		    struct error *err)
{
	size_t before;

	memset(out, 0, sizeof(*out));
	out->hints = grader_hints(a, l, kind, &out->count, diags);
	if (!out->hints)
		return error_set(err, -EIO, "the hints of %s in lesson %02d cannot be loaded",
				 exercise_kind_name(kind), l->number);
	before = shown_before(lr, l, kind);
	record_hint(lr, l, kind, out);
	if (out->count == 0)
		return 0;
	out->again = before >= out->count;
	out->shown = out->again ? out->count : before + 1;
	if (!out->again && lr->home)
		count_shown(lr, l, kind, out->shown, out);
	return 0;
}

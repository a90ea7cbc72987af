/* Progressive hints: one more each time, gentlest first, the last repeated.
 * How many were shown is kept in the lesson's workspace folder
 * (.hints-EXERCISE), because the store counts hint events but not per
 * exercise since a reset.  See learn.h. */
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

int learn_hint_next(const struct learner *lr, struct grader *a, const struct lesson *l,
		    enum exercise_kind kind, struct learn_hint *out, struct diags *diags,
		    struct error *err)
{
	char *path;
	size_t before;

	memset(out, 0, sizeof(*out));
	out->hints = grader_hints(a, l, kind, &out->count, diags);
	if (!out->hints)
		return error_set(err, -EIO, "the hints of %s in lesson %02d cannot be loaded",
				 exercise_kind_name(kind), l->number);
	path = learn_hint_path(lr, l, kind);
	before = hints_shown(path);
	free(path);
	if (learn_event(lr, l->number, STORE_EVENT_HINT, &out->warning) < 0)
		error_wrap(&out->warning, "not recorded in your progress");
	if (out->count == 0)
		return 0;
	out->again = before >= out->count;
	out->shown = out->again ? out->count : before + 1;
	if (!out->again)
		count_shown(lr, l, kind, out->shown, out);
	return 0;
}

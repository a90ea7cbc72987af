/* The commands' side of the progress store; see tracking.h. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cmd/tracking.h"
#include "util/fsutil.h"
#include "util/xalloc.h"
#include "work/workspace.h"
#include "util/banned.h"

static struct store *open_at(const char *home)
{
	struct store_error err;
	struct store *st = NULL;
	char *path = fs_join(home, STORE_DEFAULT_NAME);

	if (store_open(path, &st, &err) < 0) {
		fprintf(stderr, "idiom: %s\n", err.message);
		st = NULL;
	}
	free(path);
	return st;
}

struct store *tracking_open(void)
{
	char *home = workspace_home();
	struct store *st = NULL;
	int rc;

	if (!home)
		return NULL;
	if ((rc = fs_mkdirs(home)) < 0)
		fprintf(stderr, "idiom: cannot create %s: %s\n", home, strerror(-rc));
	else
		st = open_at(home);
	free(home);
	return st;
}

int tracking_open_existing(struct store **out)
{
	char *home = workspace_home();
	char *path;
	int rc = 0;

	*out = NULL;
	if (!home)
		return -1;
	path = fs_join(home, STORE_DEFAULT_NAME);
	if (access(path, F_OK) == 0) {
		*out = open_at(home);
		rc = *out ? 0 : -1;
	}
	free(path);
	free(home);
	return rc;
}

void tracking_event(struct store *st, int lesson, enum store_event_kind kind)
{
	struct store_error err;

	if (st && store_record_event(st, lesson, kind, 0, &err) < 0)
		fprintf(stderr, "idiom: not recorded in your progress: %s\n", err.message);
}

/* The first started lesson not done, else the first open one. */
static int suggest(const struct tracking_course *tc)
{
	for (size_t i = 0; i < tc->course->count; i++)
		if (strcmp(tc->status[i], "started") == 0)
			return (int)i;
	for (size_t i = 0; i < tc->course->count; i++)
		if (strcmp(tc->status[i], "open") == 0)
			return (int)i;
	return -1;
}

int tracking_course_load(struct store *st, const struct course *c, struct tracking_course *out)
{
	struct store_error err;

	memset(out, 0, sizeof(*out));
	out->course = c;
	out->sums = xcalloc(c->count + 1, sizeof(*out->sums));
	out->status = xcalloc(c->count + 1, sizeof(*out->status));
	for (size_t i = 0; i < c->count; i++) {
		struct store_summary *sum = &out->sums[i];

		sum->lesson = c->lessons[i]->number;
		if (st && store_summary(st, c->lessons[i]->number, sum, &err) < 0) {
			fprintf(stderr, "idiom: %s\n", err.message);
			out->next = -1;
			return -1;
		}
		out->status[i] = store_status_name(sum->status);
		if (c->sequential && store_lesson_locked(sum->status, i == 0,
							 i ? out->sums[i - 1].status : STORE_OPEN))
			out->status[i] = "locked";
		out->done += sum->status == STORE_DONE;
	}
	out->next = suggest(out);
	return 0;
}

void tracking_course_free(struct tracking_course *tc)
{
	if (tc->sums)
		for (size_t i = 0; i < tc->course->count; i++)
			store_summary_free(&tc->sums[i]);
	free(tc->sums);
	free(tc->status);
	memset(tc, 0, sizeof(*tc));
}

void tracking_hm(int64_t seconds, char out[32])
{
	snprintf(out, 32, "%lld:%02lld", (long long)(seconds / 3600), (long long)(seconds / 60 % 60));
}

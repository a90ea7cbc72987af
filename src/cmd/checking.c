/* Grading a file for the terminal and handing out hints; see checking.h. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cmd/checking.h"
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "cmd/tracking.h"
#include "util/fsutil.h"
#include "util/xalloc.h"
#include "work/workspace.h"
#include "util/banned.h"

#define OUTPUT_LINES_SHOWN 20

static void print_output(const char *output, int colour, FILE *out)
{
	int lines = 0;
	const char *p = output;

	if (!output || !output[0])
		return;
	fprintf(out, "\n%sYour code printed:%s\n", colour ? "\033[1m" : "", colour ? "\033[0m" : "");
	while (*p && lines < OUTPUT_LINES_SHOWN) {
		size_t n = strcspn(p, "\n");

		fprintf(out, "  | %.*s\n", (int)n, p);
		p += n + (p[n] == '\n');
		lines++;
	}
	if (*p)
		fprintf(out, "  | ... (%zu more bytes not shown)\n", strlen(p));
}

static int print_report(struct report *r, const char *output, enum checking_format format,
			int colour, FILE *out)
{
	if (format == CHECKING_JSON) {
		char *json = report_json(r);

		fprintf(out, "%s\n", json);
		free(json);
	} else {
		report_print_width(r, out, colour ? REPORT_COLOR : 0, (size_t)cmd_width(0));
		print_output(output, colour, out);
	}
	return report_status(r) == REPORT_PASS ? EXIT_OK : EXIT_PROBLEMS;
}

/* Whether SRC is exactly the latest recorded answer of the exercise. */
static int same_as_last(struct store *st, const struct lesson *l, enum exercise_kind kind,
			const char *src)
{
	struct store_attempt_list list = { 0 };
	struct store_error err;
	int same = 0;

	if (store_history(st, l->number, (enum store_exercise)kind, &list, &err) == 0 && list.count)
		same = strcmp(list.items[0].answer, src) == 0;
	store_attempt_list_free(&list);
	return same;
}

static void record_attempt(const struct checking_record *rec, const struct lesson *l,
			   enum exercise_kind kind, const char *src, const struct report *r)
{
	size_t n = report_criterion_count(r), nfailing = 0;
	const char **failing;
	struct store_attempt at = { .lesson = l->number };
	struct store_error err;
	char *json;

	if (!rec || !rec->store || (rec->only_changed && same_as_last(rec->store, l, kind, src)))
		return;
	failing = xcalloc(n + 1, sizeof(*failing));
	for (size_t i = 0; i < n && nfailing < STORE_FAILING_MAX; i++) {
		const char *title = report_criterion_title(r, i);

		if (!report_criterion_passed(r, title))
			failing[nfailing++] = title;
	}
	json = report_json(r);
	at.exercise = (enum store_exercise)kind;
	at.verdict = (enum store_verdict)report_status(r);
	at.answer = src;
	at.report = json;
	at.failing = failing;
	at.failing_count = nfailing;
	if (store_record_attempt(rec->store, &at, &err) < 0)
		fprintf(stderr, "idiom: graded, but not recorded: %s\n", err.message);
	free(json);
	free(failing);
}

int checking_run_file(struct grader *a, const struct lesson *l, enum exercise_kind kind,
		      const char *path, enum checking_format format, int colour,
		      const struct checking_record *rec, FILE *out)
{
	struct diags diags;
	struct report *r;
	char *src, *output = NULL;
	const char *name = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	size_t len;
	int rc = fs_read_file(path, CHECKING_ANSWER_MAX, &src, &len);

	if (rc < 0) {
		fprintf(stderr, "idiom: cannot read %s: %s%s\n", path,
			rc == -EFBIG ? "larger than 256 KiB" : strerror(-rc),
			rc == -ENOENT ? " (run 'idiom start' to get the exercise files)" : "");
		return EXIT_USAGE;
	}
	diags_init(&diags);
	r = grader_check(a, l, kind, name, src, len, &output, &diags);
	if (r) {
		record_attempt(rec, l, kind, src, r);
		rc = print_report(r, output, format, colour, out);
	} else {
		diags_print(&diags, stderr);
		fprintf(stderr, "idiom: could not grade %s (see above)\n", path);
		rc = EXIT_USAGE;
	}
	report_free(r);
	diags_free(&diags);
	free(output);
	free(src);
	return rc;
}

char *checking_hint_path(const char *home, const struct lesson *l, enum exercise_kind kind)
{
	char *dir = workspace_lesson_dir(home, l);
	char *name = xasprintf(".hints-%s", exercise_kind_name(kind));
	char *path = fs_join(dir, name);

	free(name);
	free(dir);
	return path;
}

/* The hint counter lives in <workspace>/<NN-slug>/.hints-<exercise>. */
static char *hint_state_path(const struct lesson *l, enum exercise_kind kind)
{
	char *home = workspace_home();
	char *dir, *path;
	int rc;

	if (!home)
		return NULL;
	dir = workspace_lesson_dir(home, l);
	if ((rc = fs_mkdirs(dir)) < 0) {
		fprintf(stderr, "idiom: cannot create %s: %s\n", dir, strerror(-rc));
		free(dir);
		free(home);
		return NULL;
	}
	path = checking_hint_path(home, l, kind);
	free(dir);
	free(home);
	return path;
}

static size_t hints_shown(const char *path)
{
	char *text;
	size_t n = 0;

	if (fs_read_file(path, 64, &text, NULL) == 0) {
		n = (size_t)strtoul(text, NULL, 10);
		free(text);
	}
	return n;
}

int checking_next_hint(struct grader *a, const struct lesson *l, enum exercise_kind kind,
		       struct store *st, FILE *out)
{
	struct diags diags;
	size_t n, shown;
	const char *const *hints;
	char *path, count[32];

	diags_init(&diags);
	hints = grader_hints(a, l, kind, &n, &diags);
	if (!hints) {
		diags_print(&diags, stderr);
		diags_free(&diags);
		return EXIT_USAGE;
	}
	diags_free(&diags);
	path = hint_state_path(l, kind);
	if (!path)
		return EXIT_USAGE;
	shown = hints_shown(path);
	tracking_event(st, l->number, STORE_EVENT_HINT);
	if (n == 0) {
		fprintf(out, "No hints for %s in lesson %02d.\n", exercise_kind_name(kind), l->number);
	} else if (shown >= n) {
		fprintf(out, "That was the last hint for %s (%zu of %zu). Hint %zu again:\n  %s\n",
			exercise_kind_name(kind), n, n, n, hints[n - 1]);
	} else {
		fprintf(out, "Hint %zu of %zu for %s: %s\n", shown + 1, n, exercise_kind_name(kind),
			hints[shown]);
		snprintf(count, sizeof(count), "%zu\n", shown + 1);
		if (fs_write_file_atomic(path, count, strlen(count)) < 0)
			fprintf(stderr, "idiom: could not remember the hint count in %s\n", path);
	}
	free(path);
	return EXIT_OK;
}

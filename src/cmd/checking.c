/* Grading a file for the terminal and handing out hints; see checking.h. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cmd/checking.h"
#include "cmd/cmd.h"
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
		report_print(r, out, colour ? REPORT_COLOR : 0);
		print_output(output, colour, out);
	}
	return report_status(r) == REPORT_PASS ? EXIT_OK : EXIT_PROBLEMS;
}

int checking_run_file(struct assessor *a, const struct lesson *l, enum exercise_kind kind,
		      const char *path, enum checking_format format, int colour, FILE *out)
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
	r = assessor_check(a, l, kind, name, src, len, &output, &diags);
	if (r) {
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

/* The hint counter lives in <workspace>/<NN-slug>/.hints-<exercise>. */
static char *hint_state_path(const struct lesson *l, enum exercise_kind kind)
{
	char *home = workspace_home();
	char *dir, *name, *path;
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
	name = xasprintf(".hints-%s", exercise_kind_name(kind));
	path = fs_join(dir, name);
	free(name);
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

int checking_next_hint(struct assessor *a, const struct lesson *l, enum exercise_kind kind,
		       FILE *out)
{
	struct diags diags;
	size_t n, shown;
	const char *const *hints;
	char *path, count[32];

	diags_init(&diags);
	hints = assessor_hints(a, l, kind, &n, &diags);
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

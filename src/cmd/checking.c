/* Printing a graded answer and a hint for the terminal; see checking.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cmd/checking.h"
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "cmd/refuse.h"
#include "util/fsutil.h"
#include "util/limits.h"
#include "grade/report.h"
#include "render/visible.h"
#include "util/buf.h"
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

		struct buf line = BUF_INIT;

		/* What the answer printed is the learner's: ESC, BEL and CR are
		 * shown as text, never sent to the terminal. */
		visible_append(&line, p, n);
		fprintf(out, "  | %s\n", buf_str(&line));
		buf_free(&line);
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

/* EXIT_PROBLEMS with the reason on stderr when the file is refused before
 * grading (cmd/refuse.h); EXIT_OK otherwise, a file that cannot be read
 * included: learn_check_file says why. */
static int checking_refused(const struct lesson *l, enum exercise_kind kind, const char *path)
{
	char *text = NULL, *why = NULL;
	size_t len = 0;
	int rc;

	if (fs_read_file(path, IDIOM_ANSWER_MAX, &text, &len) == 0)
		why = refuse_answer(l, kind, path, text, len);
	rc = why ? EXIT_PROBLEMS : EXIT_OK;
	if (why)
		cmd_errorf("%s", why);
	free(text);
	free(why);
	return rc;
}

int checking_run_file(const struct learner *lr, struct grader *a, const struct lesson *l,
		      enum exercise_kind kind, const char *path, enum checking_format format,
		      int colour, const struct learn_check_options *opt, FILE *out)
{
	struct learn_result res;
	struct error err = ERROR_INIT;
	int rc;

	if ((rc = checking_refused(l, kind, path)) != EXIT_OK)
		return rc;
	rc = learn_check_file(lr, a, l, kind, path, opt, &res, &err);

	if (rc < 0) {
		diags_print(&res.diags, stderr);
		visible_fprintf(stderr, "idiom: %s%s\n", err.message, res.diags.count ? " (see above)" : "");
		rc = EXIT_USAGE;
	} else {
		if (res.not_recorded.code)
			visible_fprintf(stderr, "idiom: graded, but not recorded: %s\n", res.not_recorded.message);
		rc = print_report(res.report, res.output, format, colour, out);
	}
	learn_result_free(&res);
	return rc;
}

int checking_next_hint(const struct learner *lr, struct grader *a, const struct lesson *l,
		       enum exercise_kind kind, FILE *out)
{
	struct learn_hint h;
	struct diags diags;
	struct error err = ERROR_INIT;
	const char *name = exercise_kind_name(kind);
	int rc;

	diags_init(&diags);
	rc = learn_hint_next(lr, a, l, kind, &h, &diags, &err);
	diags_print(&diags, stderr);
	diags_free(&diags);
	if (rc < 0) {
		visible_fprintf(stderr, "idiom: %s\n", err.message);
		return EXIT_USAGE;
	}
	if (h.count == 0)
		fprintf(out, "No hints for %s in lesson %02d.\n", name, l->number);
	else if (h.again)
		cmd_sayf(out, NULL, "  ", "That was the last hint for %s (%zu of %zu). Hint %zu again:\n  %s",
			 name, h.count, h.count, h.count, h.hints[h.count - 1]);
	else
		cmd_sayf(out, NULL, "  ", "Hint %zu of %zu for %s: %s", h.shown, h.count, name,
			 h.hints[h.shown - 1]);
	if (h.warning.code)
		visible_fprintf(stderr, "idiom: %s\n", h.warning.message);
	return EXIT_OK;
}

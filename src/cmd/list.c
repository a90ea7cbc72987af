/* `idiom list` (and `idiom` alone): the catalogue, one lesson a line, shaped
 * like a lesson's own header: "04  open  25 min  Title". */
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "render/term.h"
#include "render/wrap.h"
#include "util/text.h"
#include "util/xalloc.h"
#include "util/buf.h"
#include "render/visible.h"
#include "util/banned.h"

#define BAR_WIDTH 20

/* The widest status word shown: every line pads to it, so the columns line
 * up whatever the status ("04  open  25 min" when every lesson is open). */
static size_t status_width(const struct learn_course *tc)
{
	size_t w = 0;

	for (size_t i = 0; i < tc->course->count; i++)
		if (strlen(learn_status_name(tc->status[i])) > w)
			w = strlen(learn_status_name(tc->status[i]));
	return w;
}

static void print_lesson(const struct lesson *l, const char *status, size_t width, int colour)
{
	struct buf line = BUF_INIT;
	char padded[16];
	const char *title;

	snprintf(padded, sizeof(padded), "%-*s", (int)width, status);
	term_lesson_line(l, padded, colour, &line);
	title = cmd_out_width() > 0 ? strstr(line.data, l->title) : NULL;
	if (title) {
		/* A long title goes on under itself, never past the edge; the
		 * columns before it stay as they are (wrap_text would squeeze
		 * their spaces). */
		char *first = xstrndup(line.data, (size_t)(title - line.data));
		size_t col = text_width(first, strlen(first));
		char hang[64];
		struct wrap_style style = { (size_t)cmd_out_width(), first, hang };
		struct buf wrapped = BUF_INIT;

		snprintf(hang, sizeof(hang), "%*s", (int)(col < 40 ? col : 40), "");
		wrap_text(title, strlen(title), &style, &wrapped);
		free(first);
		fputs(buf_str(&wrapped), stdout);
		buf_free(&wrapped);
	} else {
		printf("%s\n", buf_str(&line));
	}
	buf_free(&line);
}

/* "Progress  [#####---------------]  1 of 4 done" */
static void print_bar(const struct learn_course *tc, int colour)
{
	size_t total = tc->course->count;
	size_t filled = total ? tc->done * BAR_WIDTH / total : 0;

	printf("\nProgress  [%s", colour ? "\033[36m" : "");
	for (size_t i = 0; i < filled; i++)
		putchar('#');
	printf("%s", colour ? "\033[0;2m" : "");
	for (size_t i = filled; i < BAR_WIDTH; i++)
		putchar('-');
	printf("%s]  %zu of %zu done\n", colour ? "\033[0m" : "", tc->done, total);
}

/* "  idiom show 04            read lesson 04": descriptions in one column. */
static void next_command(const char *args, const char *what)
{
	printf("  %s %-18s %s\n", cmd_self(), args, what);
}

static void print_next(const struct learn_course *tc, int colour)
{
	const struct lesson *l;
	char args[32], what[PATH_MAX + 64];
	int n;

	printf("\n%sNext:%s", colour ? "\033[1m" : "", colour ? "\033[0m" : "");
	if (tc->next < 0) {
		printf(" every lesson is done.\n");
		next_command("progress", "attempts and time spent, lesson by lesson");
		next_command("--help", "every command");
		return;
	}
	l = tc->course->lessons[tc->next];
	n = l->number;
	printf(" lesson %02d (%s)\n", n, learn_status_name(tc->status[tc->next]));
	snprintf(args, sizeof(args), "show %02d", n);
	snprintf(what, sizeof(what), "read lesson %02d", n);
	next_command(args, what);
	snprintf(args, sizeof(args), "start %02d", n);
	next_command(args, "put its exercises in your workspace");
	snprintf(args, sizeof(args), "check %02d rewrite", n);
	snprintf(what, sizeof(what), "grade your answer (or: %s watch %02d)", cmd_self(), n);
	next_command(args, what);
	snprintf(args, sizeof(args), "hint %02d rewrite", n);
	next_command(args, "a hint, one more each time");
	next_command("progress", "attempts and time spent");
	next_command("--help", "every command");
}

static int cmd_list(int argc, char **argv)
{
	static const struct option options[] = {
		{ "plain", no_argument, NULL, 'p' },
		{ 0, 0, 0, 0 },
	};
	struct learn_course tc = { 0 };
	struct error err = ERROR_INIT;
	struct learner lr = { 0 };
	struct course *c;
	int rc = EXIT_OK;
	int plain = 0;
	int colour;
	int opt;

	optind = 1;
	while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
		if (opt != 'p')
			return cmd_usage_error(&cmd_list_entry, "unknown option");
		plain = 1;
	}
	if (optind < argc)
		return cmd_usage_error(&cmd_list_entry, "list takes no arguments, not '%s'", argv[optind]);
	c = cmd_load_course(NULL);
	if (!c)
		return EXIT_USAGE;
	/* Listing never creates the progress file: without one, nothing began. */
	if (cmd_learner_open(&lr, 0) != 0) {
		rc = EXIT_USAGE;
		goto cleanup;
	}
	if (learn_course_load(&lr, c, &tc, &err) < 0) {
		visible_fprintf(stderr, "idiom: %s\n", err.message);
		rc = EXIT_USAGE;
		goto cleanup;
	}
	colour = cmd_use_colour(plain);
	printf("%s%s%s, %zu lesson%s\n\n", colour ? "\033[1m" : "", c->title, colour ? "\033[0m" : "",
	       c->count, c->count == 1 ? "" : "s");
	for (size_t i = 0; i < c->count; i++)
		print_lesson(c->lessons[i], learn_status_name(tc.status[i]), status_width(&tc), colour);
	print_bar(&tc, colour);
	print_next(&tc, colour);
cleanup:
	learn_course_free(&tc);
	cmd_learner_close(&lr);
	course_free(c);
	return rc;
}

const struct cmd_entry cmd_list_entry = {
	.name = "list",
	.usage = "list [--plain]",
	.summary = "List the lessons with your status, a progress bar and what to do next.",
	.help = "Each lesson shows its status: open, started (after 'idiom start' or a\n"
		"check), done (all three exercises passed), or locked (a course with\n"
		"'unlock: sequential' opens a lesson when the one before is done).\n"
		"The suggested lesson is the first one started and not done, else the\n"
		"first open one.\n\n"
		"Options:\n  --plain   no colours (also when NO_COLOR is set or output is not a terminal)\n\n"
		"'idiom' with no command does the same.\n",
	.exec = cmd_list,
};

/* `idiom show LESSON`: the whole lesson (or one section) in the terminal. */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "render/term.h"
#include "util/buf.h"
#include "render/visible.h"
#include "util/banned.h"

struct show_args {
	const char *lesson;
	const char *section;
	int plain;
	int width;
	int no_pager;
};

static int parse_args(int argc, char **argv, struct show_args *a)
{
	static const struct option options[] = {
		{ "plain", no_argument, NULL, 'p' },
		{ "section", required_argument, NULL, 's' },
		{ "width", required_argument, NULL, 'w' },
		{ "no-pager", no_argument, NULL, 'n' },
		{ 0, 0, 0, 0 },
	};
	int opt;

	optind = 1;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
		if (opt == 'p')
			a->plain = 1;
		else if (opt == 'n')
			a->no_pager = 1;
		else if (opt == 's')
			a->section = optarg;
		else if (opt == 'w' && (a->width = cmd_parse_count("--width", optarg)) < 0)
			return a->width;
		else if (opt == '?') {
			cmd_usage_error(&cmd_show_entry, "unknown option '%s'", argv[optind - 1]);
			return -EINVAL;
		}
	}
	if (optind != argc - 1) {
		cmd_usage_error(&cmd_show_entry, optind == argc ? "which lesson? (try 'idiom show 4')"
				: "show takes one lesson");
		return -EINVAL;
	}
	a->lesson = argv[optind];
	return 0;
}

static int pick_section(const char *name, struct term_options *opt)
{
	enum section_id id;

	if (!name)
		return 0;
	if (section_find(name, &id) < 0) {
		visible_fprintf(stderr, "idiom: no section '%s'; sections are:", name);
		for (int i = 0; i < SEC_COUNT; i++)
			visible_fprintf(stderr, " %s", section_specs[i].key);
		fputc('\n', stderr);
		return -EINVAL;
	}
	opt->section = (int)id;
	return 0;
}

/* Writes TEXT through $PAGER (default "less") when stdout is a terminal, as
 * git does; LESS defaults to FRX (quit when it fits, keep colours, leave the
 * screen).  Piped, NO_PAGER, an empty $PAGER or "cat": straight to stdout. */
static void page(const char *text, size_t len, int no_pager)
{
	const char *pager = getenv("PAGER");
	FILE *p;

	if (!pager)
		pager = "less";
	if (no_pager || !isatty(STDOUT_FILENO) || !pager[0] || strcmp(pager, "cat") == 0) {
		fwrite(text, 1, len, stdout);
		return;
	}
	setenv("LESS", "FRX", 0);
	fflush(stdout);
	p = popen(pager, "w");
	if (!p) {
		fwrite(text, 1, len, stdout);
		return;
	}
	signal(SIGPIPE, SIG_IGN);	/* quitting the pager early is no error */
	fwrite(text, 1, len, p);
	pclose(p);
	signal(SIGPIPE, SIG_DFL);
}

/* Reading counts towards time spent.  A progress file idiom cannot use does
 * not stop anyone reading: its message is printed and the lesson shown. */
static void record_show(const struct lesson *l)
{
	struct error err = ERROR_INIT;
	struct learner lr;

	if (cmd_learner_open(&lr, 1) == 0 && learn_event(&lr, l->number, STORE_EVENT_SHOW, &err) < 0)
		cmd_warn(&err, "not recorded in your progress");
	cmd_learner_close(&lr);
}

static int cmd_show(int argc, char **argv)
{
	struct show_args args = { 0 };
	struct term_options opt = { .section = TERM_ALL_SECTIONS };
	struct buf out = BUF_INIT;
	struct course *c;
	struct lesson *l;
	int rc = EXIT_USAGE;

	if (parse_args(argc, argv, &args) < 0)
		return EXIT_USAGE;
	if (pick_section(args.section, &opt) < 0)
		return EXIT_USAGE;
	c = cmd_load_course(NULL);
	if (!c)
		return EXIT_USAGE;
	l = cmd_find_lesson(c, args.lesson);
	if (l) {
		opt.width = (size_t)cmd_width(args.width);
		opt.colour = cmd_use_colour(args.plain);
		term_render_lesson(l, &opt, &out);
		page(buf_str(&out), out.len, args.no_pager);
		record_show(l);
		rc = EXIT_OK;
	}
	buf_free(&out);
	course_free(c);
	return rc;
}

const struct cmd_entry cmd_show_entry = {
	.name = "show",
	.usage = "show LESSON [--plain] [--section NAME] [--width N] [--no-pager]",
	.summary = "Read a lesson in the terminal (LESSON: 4, 04 or its slug, like async).",
	.help = "Options:\n"
		"  --plain          no colours or escape codes (also with NO_COLOR, or when\n"
		"                   the output is not a terminal)\n"
		"  --section NAME   one section: objectives, overview, glance, deeper, reflect,\n"
		"                   rewrite, practice, mistakes, takeaways\n"
		"  --width N        wrap at N columns (default: the terminal's, or $COLUMNS);\n"
		"                   JavaScript and Python stand side by side from 100 columns\n"
		"  --no-pager       print straight out; on a terminal the lesson otherwise\n"
		"                   goes through $PAGER (default: less, with LESS=FRX)\n\n"
		"Examples:\n  idiom show 4\n  idiom show async --section rewrite\n  idiom show 04 --plain | less\n",
	.exec = cmd_show,
};

/* `idiom reset LESSON [EXERCISE] [--yes]`: puts the starter files back in the
 * workspace and reopens the lesson (or one exercise) in the progress store.
 * History is kept: a reset is a record, and `idiom history` still lists
 * every attempt.  It overwrites the learner's files, so it asks first. */
#include <getopt.h>
#include <stdio.h>
#include <unistd.h>
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "render/visible.h"
#include "util/banned.h"

struct reset_args {
	const char *lesson;
	int exercise;		/* enum exercise_kind, or -1: the whole lesson */
	int yes;
};

/* Asks on the terminal; returns 1 for yes. */
static int confirm(const struct lesson *l, int exercise)
{
	char answer[16];

	if (exercise < 0)
		printf("Restore the starter files and reopen lesson %02d? [y/N] ", l->number);
	else
		printf("Restore the starter %s and reopen %s in lesson %02d? [y/N] ",
		       learn_file_name((enum exercise_kind)exercise),
		       exercise_kind_name((enum exercise_kind)exercise), l->number);
	fflush(stdout);
	if (!fgets(answer, sizeof(answer), stdin))
		return 0;
	return answer[0] == 'y' || answer[0] == 'Y';
}

static void print_restored(const struct learn_files *f)
{
	for (int k = 0; k < EXERCISE_COUNT; k++)
		if (f->state[k] == LEARN_FILE_WRITTEN)
			visible_fprintf(stdout, "  %-9s %s  (the starter again)\n",
			       exercise_kind_name((enum exercise_kind)k), f->path[k]);
}

static int reset_lesson(const struct lesson *l, int exercise)
{
	struct learn_files files = { 0 };
	struct error err = ERROR_INIT;
	struct learner lr;
	int rc = EXIT_USAGE;

	if (cmd_learner_open(&lr, 1) != 0)
		goto cleanup;
	if (learn_reset(&lr, l, exercise, &files, &err) < 0) {
		print_restored(&files);
		visible_fprintf(stderr, "idiom: %s\n", err.message);
		goto cleanup;
	}
	print_restored(&files);
	if (exercise < 0)
		printf("\nLesson %02d is open again; your history is kept (%s history %02d rewrite).\n",
		       l->number, cmd_self(), l->number);
	else
		printf("\n%s of lesson %02d needs a new passing check; your history is kept "
		       "(idiom history %02d %s).\n", exercise_kind_name((enum exercise_kind)exercise),
		       l->number, l->number, exercise_kind_name((enum exercise_kind)exercise));
	rc = EXIT_OK;
cleanup:
	learn_files_free(&files);
	cmd_learner_close(&lr);
	return rc;
}

static int parse_args(int argc, char **argv, struct reset_args *a)
{
	static const struct option options[] = {
		{ "yes", no_argument, NULL, 'y' },
		{ 0, 0, 0, 0 },
	};
	enum exercise_kind kind;
	int opt;

	optind = 1;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "y", options, NULL)) != -1) {
		if (opt != 'y')
			return cmd_usage_error(&cmd_reset_entry, "unknown option '%s'", argv[optind - 1]);
		a->yes = 1;
	}
	if (optind >= argc)
		return cmd_usage_error(&cmd_reset_entry, "which lesson? (try 'idiom reset 4' or 'idiom reset 4 rewrite')");
	if (argc - optind > 2)
		return cmd_usage_error(&cmd_reset_entry, "reset takes a lesson and at most one exercise");
	a->lesson = argv[optind];
	a->exercise = -1;
	if (argc - optind == 2) {
		if (exercise_kind_from_name(argv[optind + 1], &kind) < 0)
			return cmd_usage_error(&cmd_reset_entry, "no exercise '%s'; the exercises are "
					       "reflect, rewrite and practice", argv[optind + 1]);
		a->exercise = (int)kind;
	}
	return 0;
}

static int cmd_reset(int argc, char **argv)
{
	struct reset_args args = { 0 };
	struct course *c;
	struct lesson *l;
	int rc = EXIT_USAGE;

	if (parse_args(argc, argv, &args) != 0)
		return EXIT_USAGE;
	c = cmd_load_course(NULL);
	if (!c)
		return EXIT_USAGE;
	l = cmd_find_lesson(c, args.lesson);
	if (!l)
		goto cleanup;
	if (!args.yes && !isatty(STDIN_FILENO)) {
		visible_fprintf(stderr, "idiom: reset overwrites your files with the starters and asks first; "
			"without a terminal, add --yes: idiom reset %02d%s%s --yes\n", l->number,
			args.exercise < 0 ? "" : " ",
			args.exercise < 0 ? "" : exercise_kind_name((enum exercise_kind)args.exercise));
		goto cleanup;
	}
	if (!args.yes && !confirm(l, args.exercise)) {
		printf("Nothing changed.\n");
		rc = EXIT_OK;
		goto cleanup;
	}
	rc = reset_lesson(l, args.exercise);
cleanup:
	course_free(c);
	return rc;
}

const struct cmd_entry cmd_reset_entry = {
	.name = "reset",
	.usage = "reset LESSON [EXERCISE] [--yes]",
	.summary = "Start a lesson (or one exercise) afresh: starter files back, status reopened.",
	.help = "Overwrites the lesson's workspace files (or only EXERCISE's) with the\n"
		"starters, forgets the hints shown, and reopens it: the whole lesson is\n"
		"open again until the next start or check; one exercise needs a new passing\n"
		"check.  Your history is kept: 'idiom history' still lists every attempt,\n"
		"and time spent is not reset.  It asks first; without a terminal it needs\n"
		"--yes.\n\n"
		"Options:\n  -y, --yes   do not ask\n\n"
		"Examples:\n  idiom reset 4\n  idiom reset 4 rewrite --yes\n",
	.exec = cmd_reset,
};

/* `idiom reset LESSON [EXERCISE] [--yes]`: puts the starter files back in the
 * workspace and reopens the lesson (or one exercise) in the progress store.
 * History is kept: a reset is a record, and `idiom history` still lists
 * every attempt.  It overwrites the learner's files, so it asks first. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cmd/checking.h"
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "cmd/tracking.h"
#include "util/fsutil.h"
#include "work/workspace.h"
#include "util/banned.h"

#define STARTER_MAX (256 * 1024)

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
		       workspace_file_name((enum exercise_kind)exercise),
		       exercise_kind_name((enum exercise_kind)exercise), l->number);
	fflush(stdout);
	if (!fgets(answer, sizeof(answer), stdin))
		return 0;
	return answer[0] == 'y' || answer[0] == 'Y';
}

/* Overwrites the workspace file with the starter and forgets shown hints. */
static int restore(const char *home, const char *dir, const struct lesson *l, enum exercise_kind k)
{
	const struct exercise *ex = &l->exercises[k];
	char *starter = workspace_starter_path(ex);
	char *target = fs_join(dir, workspace_file_name(k));
	char *hints = checking_hint_path(home, l, k);
	char *text = NULL;
	size_t len;
	int rc = fs_read_file(starter, STARTER_MAX, &text, &len);

	if (rc < 0)
		fprintf(stderr, "idiom: the course has no starter for %s (%s: %s); run 'idiom lint'\n",
			ex->name, starter, strerror(-rc));
	else if ((rc = fs_write_file_atomic(target, text, len)) < 0)
		fprintf(stderr, "idiom: cannot write %s: %s\n", target, strerror(-rc));
	else
		printf("  %-9s %s  (the starter again)\n", ex->name, target);
	if (rc == 0)
		unlink(hints);
	free(hints);
	free(text);
	free(starter);
	free(target);
	return rc;
}

static int reset_lesson(const struct lesson *l, int exercise)
{
	struct store_error err;
	struct store *st = tracking_open();
	char *home = st ? workspace_home() : NULL;
	char *dir = NULL;
	int rc = EXIT_USAGE, frc;

	if (!home)
		goto cleanup;
	dir = workspace_lesson_dir(home, l);
	if ((frc = fs_mkdirs(dir)) < 0) {
		fprintf(stderr, "idiom: cannot create %s: %s\n", dir, strerror(-frc));
		goto cleanup;
	}
	for (int k = 0; k < EXERCISE_COUNT; k++)
		if ((exercise < 0 || k == exercise) && restore(home, dir, l, (enum exercise_kind)k) < 0)
			goto cleanup;
	if (store_reset(st, l->number, exercise, 0, &err) < 0) {
		fprintf(stderr, "idiom: the files are restored, but the progress is not reset: %s\n",
			err.message);
		goto cleanup;
	}
	if (exercise < 0)
		printf("\nLesson %02d is open again; your history is kept (idiom history %02d rewrite).\n",
		       l->number, l->number);
	else
		printf("\n%s of lesson %02d needs a new passing check; your history is kept "
		       "(idiom history %02d %s).\n", exercise_kind_name((enum exercise_kind)exercise),
		       l->number, l->number, exercise_kind_name((enum exercise_kind)exercise));
	rc = EXIT_OK;
cleanup:
	free(dir);
	free(home);
	store_close(st);
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
		fprintf(stderr, "idiom: reset overwrites your files with the starters and asks first; "
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

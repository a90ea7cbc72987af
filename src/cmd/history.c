/* `idiom history LESSON EXERCISE [--show N]`: the answers checked for one
 * exercise, newest first, with their verdicts; --show prints one answer as
 * it was checked.  Never creates the progress file. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "cmd/finish.h"
#include "render/visible.h"
#include "util/banned.h"

struct history_args {
	const char *lesson;
	enum exercise_kind exercise;
	int has_exercise;	/* 0: the current one of the lesson */
	int show;		/* attempt number; 0: list them */
};

static void print_attempt(const struct store_attempt *a, int colour)
{
	char when[32];
	time_t t = (time_t)a->time;
	struct tm tm;

	strftime(when, sizeof(when), "%Y-%m-%d %H:%M", localtime_r(&t, &tm));
	const char *verdict = store_verdict_name(a->verdict);

	printf("  #%-3d %s  %s%s%s", a->number, when,
	       colour ? (a->verdict == STORE_PASS ? "\033[32m" : "\033[31m") : "",
	       verdict, colour ? "\033[0m" : "");
	if (a->cleared)
		printf("%*s  (before a reset)", (int)(5 - strlen(verdict)), "");
	putchar('\n');
	for (size_t k = 0; k < a->failing_count; k++)
		printf("        failing: %s\n", a->failing[k]);
}

static int list_attempts(struct store *st, const struct lesson *l, enum exercise_kind kind)
{
	struct store_attempt_list list = { 0 };
	struct error err = ERROR_INIT;
	const char *name = exercise_kind_name(kind);
	int colour = cmd_use_colour(0);

	if (st && store_history(st, l->number, (enum store_exercise)kind, &list, &err) < 0) {
		visible_fprintf(stderr, "idiom: %s\n", err.message);
		return EXIT_USAGE;
	}
	if (list.count == 0) {
		store_attempt_list_free(&list);
		printf("No attempts of lesson %02d %s yet: %s check %02d %s grades your answer.\n",
		       l->number, name, cmd_self(), l->number, name);
		return EXIT_OK;
	}
	printf("Lesson %02d %s: %zu attempt%s, newest first\n\n", l->number, name, list.count,
	       list.count == 1 ? "" : "s");
	for (size_t i = 0; i < list.count; i++)
		print_attempt(&list.items[i], colour);
	printf("\n%s history %02d %s --show N   prints answer N as it was checked\n",
	       cmd_self(), l->number, name);
	store_attempt_list_free(&list);
	return EXIT_OK;
}

static int show_attempt(struct store *st, const struct lesson *l, enum exercise_kind kind, int n)
{
	struct store_attempt_list one = { 0 };
	struct error err = ERROR_INIT;
	int rc = st ? store_attempt_get(st, l->number, (enum store_exercise)kind, n, &one, &err)
		    : -ENOENT;

	if (rc == -ENOENT) {
		visible_fprintf(stderr, "idiom: lesson %02d %s has no attempt %d (see 'idiom history %02d %s')\n",
			l->number, exercise_kind_name(kind), n, l->number, exercise_kind_name(kind));
		return EXIT_USAGE;
	}
	if (rc < 0) {
		visible_fprintf(stderr, "idiom: %s\n", err.message);
		return EXIT_USAGE;
	}
	/* Raw when redirected (to restore the file); shown safely on a terminal. */
	if (isatty(STDOUT_FILENO))
		visible_fputs(one.items[0].answer, stdout);
	else
		fputs(one.items[0].answer, stdout);
	store_attempt_list_free(&one);
	return EXIT_OK;
}

static int parse_args(int argc, char **argv, struct history_args *a)
{
	static const struct option options[] = {
		{ "show", required_argument, NULL, 's' },
		{ 0, 0, 0, 0 },
	};
	int opt;

	optind = 1;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
		if (opt == 's' && (a->show = cmd_parse_count("--show", optarg)) < 1)
			return EXIT_USAGE;
		if (opt == '?')
			return optopt ? cmd_usage_error(&cmd_history_entry, "--show needs an attempt number")
				      : cmd_usage_error(&cmd_history_entry, "unknown option '%s'",
							argv[optind - 1]);
	}
	if (argc - optind > 2)
		return cmd_usage_error(&cmd_history_entry, "history takes a lesson and an exercise, "
				       "like 'idiom history 4 rewrite'");
	a->lesson = optind < argc ? argv[optind] : NULL;
	a->has_exercise = argc - optind == 2;
	if (a->has_exercise && exercise_kind_from_name(argv[optind + 1], &a->exercise) < 0)
		return cmd_exercise_typo(argv[optind + 1])
			? cmd_usage_error(&cmd_history_entry, "no exercise '%s'; did you mean '%s'?",
					  argv[optind + 1], cmd_exercise_typo(argv[optind + 1]))
			: cmd_usage_error(&cmd_history_entry, "no exercise '%s'; the exercises are "
					  "reflect, rewrite and practice", argv[optind + 1]);
	return 0;
}

static int cmd_history(int argc, char **argv)
{
	struct history_args args = { 0 };
	struct learner lr = { 0 };
	struct course *c;
	struct lesson *l;
	int rc = EXIT_USAGE;

	if (parse_args(argc, argv, &args) != 0)
		return EXIT_USAGE;
	c = cmd_load_course(NULL);
	if (!c)
		return EXIT_USAGE;
	l = args.lesson ? cmd_find_lesson(c, args.lesson) : NULL;
	if ((l || !args.lesson) && cmd_learner_open(&lr, 0) == 0 &&
	    (args.has_exercise || finish_current(&lr, c, &l, &args.exercise) == 0)) {
		if (!args.has_exercise)
			finish_say_default(l, args.exercise);
		rc = args.show ? show_attempt(lr.store, l, args.exercise, args.show)
			       : list_attempts(lr.store, l, args.exercise);
	}
	cmd_learner_close(&lr);
	course_free(c);
	return rc;
}

const struct cmd_entry cmd_history_entry = {
	.name = "history",
	.usage = "history [LESSON [EXERCISE]] [--show N]",
	.summary = "Your past attempts at an exercise, with their verdicts.",
	.help = "Lists every answer checked for EXERCISE (reflect, rewrite or practice;\n"
		"without it the first one of LESSON not passed yet, without LESSON that of\n"
		"the lesson you are on),\n"
		"newest first: its number (1 is the oldest), when, the verdict and the\n"
		"criteria that failed.  Attempts from before a reset are kept and marked.\n\n"
		"Options:\n"
		"  --show N   print attempt N's answer exactly as it was checked\n\n"
		"Examples:\n  idiom history 4 rewrite\n  idiom history 4 rewrite --show 2 > old.py\n",
	.exec = cmd_history,
};

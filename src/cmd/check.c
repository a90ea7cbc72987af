/* `idiom check LESSON [EXERCISE] [FILE...] [--json]`: grades the workspace
 * files or the FILEs given, all with one warm interpreter.  Exit status per
 * the fixed contract: 0 all pass, 1 any fails or errors, 2 usage/internal. */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cmd/batch.h"
#include "cmd/checking.h"
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "cmd/finish.h"
#include "helper/helper.h"
#include "util/fsutil.h"
#include "util/limits.h"
#include "util/xalloc.h"
#include "util/banned.h"

struct check_args {
	const char *lesson;
	int has_exercise;
	enum exercise_kind exercise;
	char **files;
	int nfiles;
	int json;
	int plain;
	int jobs;		/* --jobs N; 0: one per core (batch_jobs) */
	int static_only;	/* --static: the static and concept rules alone, no run */
};

static int parse_jobs(const char *text, int *out)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(text, &end, 10);
	if (errno || end == text || *end || n < 1 || n > IDIOM_CHECK_JOBS_MAX)
		return -EINVAL;
	*out = (int)n;
	return 0;
}

static int parse_args(int argc, char **argv, struct check_args *a)
{
	static const struct option options[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "plain", no_argument, NULL, 'p' },
		{ "jobs", required_argument, NULL, 'J' },
		{ "static", no_argument, NULL, 's' },
		{ 0, 0, 0, 0 },
	};
	int opt;

	optind = 1;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
		if (opt == 'j')
			a->json = 1;
		else if (opt == 'p')
			a->plain = 1;
		else if (opt == 's')
			a->static_only = 1;
		else if (opt == 'J' && parse_jobs(optarg, &a->jobs) == 0)
			continue;
		else if (opt == 'J')
			return cmd_usage_error(&cmd_check_entry, "--jobs takes a number from 1 to %d, "
					       "not '%s'", IDIOM_CHECK_JOBS_MAX, optarg);
		else
			return cmd_usage_error(&cmd_check_entry, "unknown option '%s'", argv[optind - 1]);
	}
	if (optind >= argc)
		return 0;	/* the current exercise */
	a->lesson = argv[optind++];
	if (optind < argc && exercise_kind_from_name(argv[optind], &a->exercise) == 0) {
		a->has_exercise = 1;
		optind++;
	} else if (optind < argc && cmd_exercise_typo(argv[optind])) {
		return cmd_usage_error(&cmd_check_entry, "no exercise '%s'; did you mean '%s'? "
				       "(idiom check %s %s)", argv[optind], cmd_exercise_typo(argv[optind]),
				       a->lesson, cmd_exercise_typo(argv[optind]));
	}
	a->files = argv + optind;
	a->nfiles = argc - optind;
	if (a->static_only && a->nfiles == 0)	/* a verdict without the run is never recorded */
		return cmd_usage_error(&cmd_check_entry, "--static grades the FILEs given, "
				       "never your workspace (its verdicts need the run)");
	return 0;
}

/* A FILE given without EXERCISE: its name says which (rewrite.py, ...). */
static int exercise_of_path(const char *path, enum exercise_kind *out)
{
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;

	for (int k = 0; k < EXERCISE_COUNT; k++) {
		if (strstr(base, exercise_kind_name((enum exercise_kind)k))) {
			*out = (enum exercise_kind)k;
			return 0;
		}
	}
	return -EINVAL;
}

/* Is PATH the learner's own workspace answer for KIND (the same file,
 * whatever the spelling)?  Only that one is recorded as an attempt. */
static int is_workspace_answer(const struct learner *lr, const struct lesson *l,
			       enum exercise_kind kind, const char *path)
{
	char *own = learn_answer_path(lr, l, kind);
	struct stat a, b;
	int same = stat(path, &a) == 0 && stat(own, &b) == 0 && a.st_dev == b.st_dev &&
		   a.st_ino == b.st_ino;

	free(own);
	return same;
}

/* After the verdicts: one line on what was not recorded. */
static void say_unrecorded(const struct check_args *a, const struct lesson *l,
			   const struct batch_item *items, int n, int unrecorded)
{
	if (a->json || unrecorded == 0)
		return;
	if (n == 1)
		cmd_errorf("%s is not your workspace answer: graded, not recorded (your answer "
			   "is idiom check %02d %s)", items[0].path, l->number,
			   exercise_kind_name(items[0].kind));
	else
		cmd_errorf("%d of these files are not your workspace answers: graded, not recorded",
			   unrecorded);
}

/* The files in order, each with its exercise; -1 after a usage error. */
static int given_items(const struct check_args *a, const struct lesson *l,
		       struct batch_item *items)
{
	for (int i = 0; i < a->nfiles; i++) {
		items[i].path = a->files[i];
		items[i].kind = a->exercise;
		if (!a->has_exercise && exercise_of_path(a->files[i], &items[i].kind) < 0)
			return cmd_usage_error(&cmd_check_entry, "which exercise is %s? name it: "
					       "idiom check %02d rewrite %s", a->files[i], l->number,
					       a->files[i]);
	}
	return 0;
}

static int check_given_files(const struct learner *lr, const struct course *c, struct grader *as,
			     const struct lesson *l, const struct check_args *a, int colour,
			     const struct learn_check_options *rec)
{
	struct learn_check_options unrecorded = *rec;
	struct batch_item *items = xcalloc((size_t)a->nfiles, sizeof(*items));
	enum checking_format format = a->json ? CHECKING_JSON : CHECKING_TEXT;
	int worst = EXIT_OK, nown = 0, jobs;

	unrecorded.record = 0;
	if (given_items(a, l, items) != 0) {
		free(items);
		return EXIT_USAGE;
	}
	for (int i = 0; i < a->nfiles && !a->static_only; i++)
		nown += is_workspace_answer(lr, l, items[i].kind, items[i].path);
	/* The static rules need no process of their own: one grader does all. */
	jobs = nown || a->static_only ? 1 : a->jobs ? a->jobs : batch_jobs((size_t)a->nfiles);
	if (jobs > 1)
		worst = batch_check(c, l, items, (size_t)a->nfiles, jobs, format, colour, stdout,
				    NULL, NULL);
	for (int i = 0; jobs == 1 && i < a->nfiles; i++) {
		int own = !a->static_only && is_workspace_answer(lr, l, items[i].kind, items[i].path);
		int rc = checking_run_file(lr, as, l, items[i].kind, items[i].path, format, colour,
					   own ? rec : &unrecorded, stdout);

		if (rc == EXIT_OK && !a->json && own)
			finish_print(lr, c, l, items[i].kind, colour, (size_t)cmd_width(0), stdout);
		fflush(stdout);
		if (rc > worst)
			worst = rc;
	}
	say_unrecorded(a, l, items, a->nfiles, a->nfiles - nown);
	free(items);
	return worst;
}

static int check_workspace(const struct learner *lr, const struct course *c, struct grader *as,
			   const struct lesson *l, const struct check_args *a, int colour,
			   const struct learn_check_options *rec)
{
	int worst = EXIT_OK;

	for (int k = 0; k < EXERCISE_COUNT; k++) {
		char *path;
		int rc;

		if (a->has_exercise && (enum exercise_kind)k != a->exercise)
			continue;
		path = learn_answer_path(lr, l, (enum exercise_kind)k);
		if (!a->json && !a->has_exercise && k > 0)
			putchar('\n');
		rc = checking_run_file(lr, as, l, (enum exercise_kind)k, path,
				       a->json ? CHECKING_JSON : CHECKING_TEXT, colour, rec, stdout);
		if (rc == EXIT_OK && !a->json && a->has_exercise)
			finish_print(lr, c, l, (enum exercise_kind)k, colour, (size_t)cmd_width(0), stdout);
		fflush(stdout);
		if (rc > worst)
			worst = rc;
		free(path);
	}
	return worst;
}

/* Every verdict is out: flushes and closes stdout, so whoever reads it (a
 * pipe, an editor) has the whole report now, not after the sandbox's
 * teardown and the helper's launch.  /dev/null takes descriptor 1, so
 * nothing later can write into a file that reuses it. */
static void close_stdout(void)
{
	int null = open("/dev/null", O_WRONLY | O_CLOEXEC);

	fflush(stdout);
	if (null >= 0) {
		dup2(null, STDOUT_FILENO);
		close(null);
	} else {
		close(STDOUT_FILENO);
	}
}

static int cmd_check(int argc, char **argv)
{
	struct check_args args = { 0 };
	struct learn_check_options rec = { .record = 1 };
	struct learner lr = { 0 };
	struct helper_client *helper;
	struct grader *as;
	struct course *c;
	struct lesson *l;
	int rc = EXIT_USAGE;

	if (parse_args(argc, argv, &args) != 0)
		return EXIT_USAGE;
	c = cmd_load_course(NULL);
	if (!c)
		return EXIT_USAGE;
	l = args.lesson ? cmd_find_lesson(c, args.lesson) : NULL;
	if ((l || !args.lesson) && cmd_learner_open_to_grade(&lr) == 0) {
		int colour = !args.json && cmd_use_colour(args.plain);

		if (!args.lesson) {
			if (finish_current(&lr, c, &l, &args.exercise) < 0)
				goto cleanup;
			args.has_exercise = 1;
			finish_say_default(l, args.exercise);
		}
		as = grader_new(c, args.static_only ? GRADER_STATIC_ONLY : 0);
		helper = args.static_only ? NULL : helper_client_new(c);
		if (helper)
			grader_set_remote(as, helper_client_check, helper);
		rc = args.nfiles ? check_given_files(&lr, c, as, l, &args, colour, &rec)
				 : check_workspace(&lr, c, as, l, &args, colour, &rec);
		close_stdout();
		grader_free(as);
		helper_client_free(helper);
	}
cleanup:
	cmd_learner_close(&lr);
	course_free(c);
	return rc;
}

const struct cmd_entry cmd_check_entry = {
	.name = "check",
	.usage = "check [LESSON [EXERCISE] [FILE...]] [--json] [--plain] [--jobs N] [--static]",
	.summary = "Grade your answers against each criterion of the exercise.",
	.help = "EXERCISE is reflect, rewrite or practice; without it every exercise of the\n"
		"lesson is checked.  With no LESSON, the current exercise is checked: the\n"
		"first one not passed yet of the lesson you are on (it says which).  After\n"
		"a pass it shows the lesson's reference solution and what to do next.\n"
		"Without FILEs the workspace files are graded ($IDIOM_HOME/NN-slug/rewrite.py\n"
		"and so on, see 'idiom start'); FILEs given are all graded by one warm\n"
		"interpreter.  A FILE given without EXERCISE must\n"
		"have the exercise in its name (my-rewrite.py).\n\n"
		"Options:\n"
		"  --json    one JSON object per answer, one per line:\n"
		"            {\"lesson\", \"exercise\", \"file\", \"status\": pass|fail|error,\n"
		"             \"criteria\": [{\"title\", \"status\", \"feedback\": [{\"line\", \"message\",\n"
		"               \"level\"}], \"shown\"}], \"message\", \"ms\"}\n"
		"            feedback is ranked (essential, actionable, informative,\n"
		"            celebratory); the terminal shows the first \"shown\" of each\n"
		"            criterion and \"and N more\"\n"
		"  --plain   no colours\n"
		"  --jobs N  grading processes for many FILEs (default: one per core, at\n"
		"            most 8); the verdicts still come out in the FILEs' order\n"
		"  --static  the static and concept rules alone, without running the\n"
		"            answer (what `idiom watch` and the editor show as you type;\n"
		"            what a graded example's `behavioural` list leaves out,\n"
		"            docs/rules.md)\n\n"
		"Your workspace answers are recorded in your progress\n"
		"($IDIOM_HOME/progress.db): see 'idiom progress' and 'idiom history'.  Other\n"
		"FILEs are graded and not recorded.\n\n"
		"The first check leaves a warm helper process that grades the next ones\n"
		"faster (it keeps the sandboxed Python and the compiled rules) and exits\n"
		"after IDIOM_HELPER_IDLE seconds idle (default 120); the verdict and what\n"
		"is recorded are the same.  IDIOM_NO_HELPER=1 turns it off.  See README,\n"
		"\"The warm helper\".\n\n"
		"Exit status: 0 every answer passes, 1 any fails or cannot run, 2 usage or\n"
		"internal error.\n\n"
		"Examples:\n  idiom check 4 rewrite\n  idiom check 4 practice answer.py --json\n",
	.exec = cmd_check,
};

/* `idiom start LESSON`: puts the lesson's exercise files in the workspace,
 * never overwriting what the learner already wrote, and says where they are. */
#include <stdio.h>
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "render/visible.h"
#include "util/banned.h"

static void print_files(const struct learn_files *f)
{
	for (int k = 0; k < EXERCISE_COUNT; k++)
		if (f->state[k] != LEARN_FILE_UNTOUCHED)
			visible_fprintf(stdout, "  %-9s %s%s\n", exercise_kind_name((enum exercise_kind)k), f->path[k],
			       f->state[k] == LEARN_FILE_KEPT ? "  (kept: your work is there)" : "");
}

static int cmd_start(int argc, char **argv)
{
	struct learn_files files = { 0 };
	struct error err = ERROR_INIT;
	struct learner lr = { 0 };
	struct course *c;
	struct lesson *l;
	int rc = EXIT_USAGE;

	if (argc < 2)
		return cmd_usage_error(&cmd_start_entry, "which lesson? (try 'idiom start 4')");
	if (argc > 2)
		return cmd_usage_error(&cmd_start_entry, "start takes one lesson");
	if (argv[1][0] == '-')
		return cmd_usage_error(&cmd_start_entry, "unknown option '%s'", argv[1]);
	c = cmd_load_course(NULL);
	if (!c)
		return EXIT_USAGE;
	l = cmd_find_lesson(c, argv[1]);
	if (!l || cmd_learner_open(&lr, 1) != 0)
		goto cleanup;
	printf("Lesson %02d: %s\n\n", l->number, l->title);
	rc = learn_start(&lr, l, &files, &err) < 0 ? EXIT_USAGE : EXIT_OK;
	print_files(&files);
	if (rc != EXIT_OK) {
		visible_fprintf(stderr, "idiom: %s\n", err.message);
		goto cleanup;
	}
	cmd_warn(&files.warning, NULL);
	printf("\nEdit them in your editor, then: %s check %02d rewrite   "
	       "(or '%s watch %02d' to check on every save)\n", cmd_self(), l->number, cmd_self(),
	       l->number);
cleanup:
	learn_files_free(&files);
	cmd_learner_close(&lr);
	course_free(c);
	return rc;
}

const struct cmd_entry cmd_start_entry = {
	.name = "start",
	.usage = "start LESSON",
	.summary = "Put a lesson's exercise files in your workspace ($IDIOM_HOME, default ~/idiom).",
	.help = "Writes reflect.md, rewrite.py and practice.py into $IDIOM_HOME/NN-slug/.\n"
		"A file that already exists is kept: your work is never overwritten.\n\n"
		"Example:\n  idiom start 4\n",
	.exec = cmd_start,
};

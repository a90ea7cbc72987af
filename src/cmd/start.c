/* `idiom start LESSON`: puts the lesson's exercise files in the workspace,
 * never overwriting what the learner already wrote, and says where they are. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "cmd/tracking.h"
#include "util/fsutil.h"
#include "work/workspace.h"
#include "util/banned.h"

#define STARTER_MAX (256 * 1024)

/* Creates PATH with DATA only if it does not exist (O_EXCL: a file that
 * appears meanwhile is kept too).  Returns 1 written, 0 kept, -errno. */
static int write_new(const char *path, const char *data, size_t len)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
	ssize_t n;

	if (fd < 0)
		return errno == EEXIST ? 0 : -errno;
	n = write(fd, data, len);
	if (close(fd) < 0 || n != (ssize_t)len) {
		unlink(path);
		return -EIO;
	}
	return 1;
}

static int start_exercise(const struct exercise *ex, const char *dir)
{
	char *starter = workspace_starter_path(ex);
	char *target = fs_join(dir, workspace_file_name(ex->kind));
	char *text = NULL;
	size_t len;
	int rc = fs_read_file(starter, STARTER_MAX, &text, &len);

	if (rc < 0) {
		fprintf(stderr, "idiom: the course has no starter for %s (%s: %s); run 'idiom lint'\n",
			ex->name, starter, strerror(-rc));
		goto cleanup;
	}
	rc = write_new(target, text, len);
	if (rc < 0)
		fprintf(stderr, "idiom: cannot write %s: %s\n", target, strerror(-rc));
	else
		printf("  %-9s %s%s\n", ex->name, target, rc == 0 ? "  (kept: your work is there)" : "");
cleanup:
	free(text);
	free(starter);
	free(target);
	return rc < 0 ? rc : 0;
}

static int cmd_start(int argc, char **argv)
{
	struct course *c;
	struct lesson *l;
	struct store *st = NULL;
	char *home = NULL, *dir = NULL;
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
	home = l ? workspace_home() : NULL;
	if (!home || !(st = tracking_open()))
		goto cleanup;
	dir = workspace_lesson_dir(home, l);
	if ((rc = fs_mkdirs(dir)) < 0) {
		fprintf(stderr, "idiom: cannot create %s: %s\n", dir, strerror(-rc));
		rc = EXIT_USAGE;
		goto cleanup;
	}
	printf("Lesson %02d: %s\n\n", l->number, l->title);
	rc = EXIT_OK;
	for (int k = 0; k < EXERCISE_COUNT; k++)
		if (start_exercise(&l->exercises[k], dir) < 0)
			rc = EXIT_USAGE;
	if (rc == EXIT_OK)
		tracking_event(st, l->number, STORE_EVENT_START);
	if (rc == EXIT_OK)
		printf("\nEdit them in your editor, then: idiom check %02d rewrite   "
		       "(or 'idiom watch %02d' to check on every save)\n", l->number, l->number);
cleanup:
	store_close(st);
	free(dir);
	free(home);
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

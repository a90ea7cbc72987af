/* The learner's workspace: $IDIOM_HOME (default ~/idiom) holds the progress
 * database and one folder per lesson (04-async/) with the files the learner
 * edits (reflect.md, rewrite.py, practice.py).  Start never overwrites one;
 * reset does, after the caller asked.  See learn.h. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "learn/learn.h"
#include "learn/internal.h"
#include "util/fsutil.h"
#include "util/limits.h"
#include "util/xalloc.h"
#include "util/banned.h"

int learn_home(char **out, struct error *err)
{
	const char *home = getenv("IDIOM_HOME");

	*out = NULL;
	if (home && home[0]) {
		*out = xstrdup(home);
		return 0;
	}
	home = getenv("HOME");
	if (home && home[0]) {
		*out = fs_join(home, "idiom");
		return 0;
	}
	return error_set(err, -ENOENT, "neither IDIOM_HOME nor HOME is set; set IDIOM_HOME "
			 "to the folder for your work");
}

int learn_store_open(const char *home, int create, struct store **out, struct error *err)
{
	char *path = fs_join(home, STORE_DEFAULT_NAME);
	int rc = 0;

	*out = NULL;
	if (create) {
		if ((rc = fs_mkdirs(home)) < 0)
			error_set(err, rc, "cannot create %s: %s", home, strerror(-rc));
	} else if (access(path, F_OK) < 0) {
		goto cleanup;	/* nothing recorded yet: not an error */
	}
	if (rc == 0)
		rc = store_open(path, out, err);
cleanup:
	free(path);
	return rc;
}

char *learn_lesson_dir(const struct learner *lr, const struct lesson *l)
{
	char *name, *dir;

	if (!lr->home)
		return NULL;
	name = xasprintf("%02d-%s", l->number, l->slug);
	dir = fs_join(lr->home, name);
	free(name);
	return dir;
}

const char *learn_file_name(enum exercise_kind kind)
{
	static const char *const names[EXERCISE_COUNT] = { "reflect.md", "rewrite.py", "practice.py" };

	return names[kind];
}

char *learn_answer_path(const struct learner *lr, const struct lesson *l, enum exercise_kind kind)
{
	char *dir = learn_lesson_dir(lr, l);
	char *path = dir ? fs_join(dir, learn_file_name(kind)) : NULL;

	free(dir);
	return path;
}

char *learn_starter_path(const struct exercise *ex)
{
	return fs_join(ex->dir, ex->kind == EXERCISE_REFLECT ? "starter.md" : "starter.py");
}

/* Without a workspace folder (a cohort learner) the answer is the latest
 * one recorded; NULL when none is. */
static char *latest_recorded(const struct learner *lr, const struct lesson *l,
			     enum exercise_kind kind)
{
	struct store_attempt_list list = { 0 };
	char *text = NULL;

	if (lr->store && store_history(lr->store, l->number, (enum store_exercise)kind, &list,
				       NULL) == 0 && list.count)
		text = xstrdup(list.items[0].answer);
	store_attempt_list_free(&list);
	return text;
}

char *learn_answer_current(const struct learner *lr, const struct lesson *l,
			   enum exercise_kind kind)
{
	char *path = learn_answer_path(lr, l, kind);
	char *text = NULL;

	if (path && fs_read_file(path, IDIOM_ANSWER_MAX, &text, NULL) == 0) {
		free(path);
		return text;
	}
	free(path);
	if (!lr->home && (text = latest_recorded(lr, l, kind)))
		return text;
	path = learn_starter_path(&l->exercises[kind]);
	if (fs_read_file(path, IDIOM_ANSWER_MAX, &text, NULL) < 0)
		text = xstrdup("");
	free(path);
	return text;
}

int learn_lesson_dir_make(const struct learner *lr, const struct lesson *l, char **dir,
		   struct error *err)
{
	int rc;

	if (!(*dir = learn_lesson_dir(lr, l)))
		return error_set(err, -ENOENT, "no workspace folder to keep lesson %02d in",
				 l->number);
	if ((rc = fs_mkdirs(*dir)) < 0) {
		error_set(err, rc, "cannot create %s: %s", *dir, strerror(-rc));
		free(*dir);
		*dir = NULL;
	}
	return rc;
}

int learn_answer_save(const struct learner *lr, const struct lesson *l, enum exercise_kind kind,
		      const char *text, size_t len, struct error *err)
{
	char *dir, *path;
	int rc;

	if (len > IDIOM_ANSWER_MAX)
		return error_set(err, -EFBIG, "answer larger than %d KiB", IDIOM_ANSWER_MAX / 1024);
	if ((rc = learn_lesson_dir_make(lr, l, &dir, err)) < 0)
		return rc;
	path = fs_join(dir, learn_file_name(kind));
	if ((rc = fs_write_file_atomic(path, text, len)) < 0)
		error_set(err, rc, "could not save %s: %s", path, strerror(-rc));
	free(path);
	free(dir);
	return rc;
}

void learn_files_free(struct learn_files *f)
{
	for (int k = 0; k < EXERCISE_COUNT; k++)
		free(f->path[k]);
	memset(f, 0, sizeof(*f));
}

int learn_event(const struct learner *lr, int lesson, enum store_event_kind kind,
		struct error *err)
{
	if (!lr->store)
		return 0;
	return store_record_event(lr->store, lesson, kind, 0, err);
}

/* Reads the starter of EX into *TEXT; the message names the course's fault. */
static int read_starter(const struct exercise *ex, char **text, size_t *len, struct error *err)
{
	char *starter = learn_starter_path(ex);
	int rc = fs_read_file(starter, IDIOM_ANSWER_MAX, text, len);

	if (rc < 0)
		error_set(err, rc, "the course has no starter for %s (%s: %s); run 'idiom lint'",
			  ex->name, starter, strerror(-rc));
	free(starter);
	return rc;
}

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

static int start_exercise(const struct exercise *ex, const char *dir, struct learn_files *out,
			  struct error *err)
{
	char *text = NULL;
	size_t len;
	int rc = read_starter(ex, &text, &len, err);

	out->path[ex->kind] = fs_join(dir, learn_file_name(ex->kind));
	if (rc == 0 && (rc = write_new(out->path[ex->kind], text, len)) < 0)
		error_set(err, rc, "cannot write %s: %s", out->path[ex->kind], strerror(-rc));
	if (rc >= 0)
		out->state[ex->kind] = rc == 1 ? LEARN_FILE_WRITTEN : LEARN_FILE_KEPT;
	free(text);
	return rc < 0 ? rc : 0;
}

int learn_start(const struct learner *lr, const struct lesson *l, struct learn_files *out,
		struct error *err)
{
	char *dir;
	int rc = 0;

	memset(out, 0, sizeof(*out));
	if ((rc = learn_lesson_dir_make(lr, l, &dir, err)) < 0)
		return rc;
	for (int k = 0; k < EXERCISE_COUNT && rc == 0; k++)
		rc = start_exercise(&l->exercises[k], dir, out, err);
	if (rc == 0 && learn_event(lr, l->number, STORE_EVENT_START, &out->warning) < 0)
		error_wrap(&out->warning, "not recorded in your progress");
	free(dir);
	return rc;
}

static int restore(const struct learner *lr, const struct lesson *l, const char *dir,
		   enum exercise_kind k, struct learn_files *out, struct error *err)
{
	char *text = NULL, *hints;
	size_t len;
	int rc = read_starter(&l->exercises[k], &text, &len, err);

	out->path[k] = fs_join(dir, learn_file_name(k));
	if (rc == 0 && (rc = fs_write_file_atomic(out->path[k], text, len)) < 0)
		error_set(err, rc, "cannot write %s: %s", out->path[k], strerror(-rc));
	free(text);
	if (rc < 0)
		return rc;
	out->state[k] = LEARN_FILE_WRITTEN;
	hints = learn_hint_path(lr, l, k);
	unlink(hints);
	free(hints);
	if (lr->store && (rc = learn_draft_save(lr, l, k, NULL, 0, err)) < 0)
		error_wrap(err, "the files are restored, but the draft is kept");
	return rc;
}

int learn_reset(const struct learner *lr, const struct lesson *l, int exercise,
		struct learn_files *out, struct error *err)
{
	char *dir;
	int rc = 0;

	memset(out, 0, sizeof(*out));
	if (exercise < -1 || exercise >= EXERCISE_COUNT)
		return error_set(err, -EINVAL, "no exercise %d", exercise);
	if ((rc = learn_lesson_dir_make(lr, l, &dir, err)) < 0)
		return rc;
	for (int k = 0; k < EXERCISE_COUNT && rc == 0; k++)
		if (exercise < 0 || k == exercise)
			rc = restore(lr, l, dir, (enum exercise_kind)k, out, err);
	if (rc == 0 && lr->store && (rc = store_reset(lr->store, l->number, exercise, 0, err)) < 0)
		error_wrap(err, "the files are restored, but the progress is not reset");
	free(dir);
	return rc;
}

/* fs_write_file_atomic: the temporary file it writes through is its own
 * (random name, created new, never a link followed), and nothing of it is
 * left behind, whether the write succeeds or fails. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include "util/fsutil.h"
#include "util/xalloc.h"

static char dir[64];

static void make_dir(void)
{
	snprintf(dir, sizeof(dir), "/tmp/idiom-fsutil-XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
}

static void remove_dir(void)
{
	DIR *d = opendir(dir);
	struct dirent *e;

	while (d && (e = readdir(d))) {
		char *p;

		if (e->d_name[0] == '.' && (!e->d_name[1] || !strcmp(e->d_name, "..")))
			continue;
		p = fs_join(dir, e->d_name);
		unlink(p);
		free(p);
	}
	if (d)
		closedir(d);
	rmdir(dir);
}

TestSuite(fsutil, .init = make_dir, .fini = remove_dir);

static char *slurp(const char *path)
{
	char *text = NULL;

	cr_assert_eq(fs_read_file(path, 1 << 20, &text, NULL), 0, "cannot read %s", path);
	return text;
}

static int entries(void)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	cr_assert_not_null(d);
	while ((e = readdir(d)))
		n += strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
	closedir(d);
	return n;
}

Test(fsutil, writes_and_replaces_leaving_only_the_file)
{
	char *path = fs_join(dir, "answer.py"), *text;

	cr_assert_eq(fs_write_file_atomic(path, "old\n", 4), 0);
	cr_assert_eq(fs_write_file_atomic(path, "new text\n", 9), 0);
	text = slurp(path);
	cr_assert_str_eq(text, "new text\n");
	cr_assert_eq(entries(), 1, "a temporary file was left in the folder");
	free(text);
	free(path);
}

/* The name the old code always used (PATH.tmp.PID), planted as a link to a
 * file the learner never meant to write: the old code wrote through it. */
Test(fsutil, a_link_at_the_predictable_temporary_name_is_not_followed)
{
	char *path = fs_join(dir, "answer.py"), *victim = fs_join(dir, "victim");
	char *planted = xasprintf("%s.tmp.%ld", path, (long)getpid()), *text;

	cr_assert_eq(fs_write_file_atomic(victim, "precious\n", 9), 0);
	cr_assert_eq(symlink(victim, planted), 0);
	cr_assert_eq(fs_write_file_atomic(path, "answer\n", 7), 0);
	text = slurp(victim);
	cr_assert_str_eq(text, "precious\n", "the write went through the planted link");
	free(text);
	text = slurp(path);
	cr_assert_str_eq(text, "answer\n");
	free(text);
	/* The link is still a link (not renamed over the answer, not replaced). */
	{
		struct stat st;

		cr_assert_eq(lstat(planted, &st), 0);
		cr_assert(S_ISLNK(st.st_mode));
	}
	cr_assert_eq(entries(), 3);
	free(planted);
	free(victim);
	free(path);
}

/* A dangling link at the old name: following it would create a file
 * wherever it points. */
Test(fsutil, a_dangling_link_at_the_temporary_name_creates_nothing)
{
	char *path = fs_join(dir, "answer.py"), *target = fs_join(dir, "created-elsewhere");
	char *planted = xasprintf("%s.tmp.%ld", path, (long)getpid());
	struct stat st;

	cr_assert_eq(symlink(target, planted), 0);
	cr_assert_eq(fs_write_file_atomic(path, "answer\n", 7), 0);
	cr_assert_neq(stat(target, &st), 0, "the write created the link's target");
	free(planted);
	free(target);
	free(path);
}

/* Two threads of one process (the web server saves from several) never
 * share a temporary name: with PATH.tmp.PID they truncated and renamed each
 * other's file, so a write failed or the file ended up torn. */
#define BIG (256 * 1024)
#define ROUNDS 100

struct writer_arg {
	const char *path;
	char *data;
	int failures;
};

static void *write_rounds(void *p)
{
	struct writer_arg *w = p;

	for (int i = 0; i < ROUNDS; i++)
		w->failures += fs_write_file_atomic(w->path, w->data, BIG) < 0;
	return NULL;
}

Test(fsutil, two_threads_never_share_a_temporary_file)
{
	char *path = fs_join(dir, "answer.py"), *text;
	struct writer_arg w[2];
	pthread_t t[2];
	size_t len = 0;

	for (int i = 0; i < 2; i++) {
		w[i].path = path;
		w[i].data = xmalloc(BIG);
		memset(w[i].data, i ? 'b' : 'a', BIG);
		w[i].failures = 0;
		cr_assert_eq(pthread_create(&t[i], NULL, write_rounds, &w[i]), 0);
	}
	for (int i = 0; i < 2; i++)
		cr_assert_eq(pthread_join(t[i], NULL), 0);
	cr_assert_eq(w[0].failures + w[1].failures, 0, "%d writes failed",
		     w[0].failures + w[1].failures);
	cr_assert_eq(fs_read_file(path, 1 << 20, &text, &len), 0);
	cr_assert_eq(len, (size_t)BIG);
	cr_assert(!memcmp(text, w[0].data, BIG) || !memcmp(text, w[1].data, BIG),
		  "the file is a mix of both writes");
	cr_assert_eq(entries(), 1);
	free(w[0].data);
	free(w[1].data);
	free(text);
	free(path);
}

Test(fsutil, a_failed_write_leaves_the_old_file_and_no_temporary)
{
	char *path = fs_join(dir, "answer.py"), *text;
	char *sub = fs_join(dir, "missing/answer.py");

	cr_assert_eq(fs_write_file_atomic(path, "kept\n", 5), 0);
	cr_assert_eq(fs_write_file_atomic(sub, "x", 1), -ENOENT);
	/* A folder where the file should be: the rename fails. */
	{
		char *as_dir = fs_join(dir, "a-folder");

		cr_assert_eq(mkdir(as_dir, 0755), 0);
		cr_assert_lt(fs_write_file_atomic(as_dir, "x", 1), 0);
		cr_assert_eq(rmdir(as_dir), 0);
		free(as_dir);
	}
	text = slurp(path);
	cr_assert_str_eq(text, "kept\n");
	cr_assert_eq(entries(), 1, "a temporary file was left after a failure");
	free(text);
	free(sub);
	free(path);
}

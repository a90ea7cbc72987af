/* Where the warm helper lives and which build and course it serves; see
 * helper.h.  The key is BLAKE2b over this binary's identity (device, inode,
 * size, change times of /proc/self/exe) and the course: its real path, and
 * every file under it in name order with its size and change times, the
 * content too except for `examples/` (graded examples that only lint
 * reads), and IDIOM_RUN_SEED.  Any edit to the course or a new build gives
 * a new key; a helper with another key refuses to grade and is replaced. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sodium.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "helper/helper.h"
#include "util/fsutil.h"
#include "util/xalloc.h"
#include "version.h"
#include "util/banned.h"

static int env_set(const char *name)
{
	const char *v = getenv(name);

	return v && *v && strcmp(v, "0") != 0;
}

int helper_enabled(void)
{
	return !env_set("IDIOM_NO_HELPER") && !env_set("IDIOM_RUN_FAULT");
}

int helper_idle_seconds(void)
{
	const char *v = getenv("IDIOM_HELPER_IDLE");
	char *end;
	long n;

	if (!v || !*v)
		return HELPER_IDLE_DEFAULT;
	n = strtol(v, &end, 10);
	return *end || n < 1 || n > 86400 ? HELPER_IDLE_DEFAULT : (int)n;
}

static char *dir_path(void)
{
	const char *own = getenv("IDIOM_HELPER_DIR"), *run = getenv("XDG_RUNTIME_DIR");
	char tmp[64];

	if (own && *own)
		return xstrdup(own);
	if (run && *run == '/')
		return fs_join(run, "idiom");
	snprintf(tmp, sizeof(tmp), "/tmp/idiom-helper-%u", (unsigned)getuid());
	return xstrdup(tmp);
}

/* DIR must be ours, a directory (not a link to one), and closed to others. */
static int dir_check(const char *dir, struct error *e)
{
	struct stat st;

	if (mkdir(dir, 0700) < 0 && errno != EEXIST)
		return error_set(e, -errno, "cannot make %s: %s", dir, strerror(errno));
	if (lstat(dir, &st) < 0)
		return error_set(e, -errno, "cannot read %s: %s", dir, strerror(errno));
	if (!S_ISDIR(st.st_mode))
		return error_set(e, -ENOTDIR, "%s is not a directory (a symlink?): remove it", dir);
	if (st.st_uid != getuid())
		return error_set(e, -EPERM, "%s belongs to uid %u, not you: remove it or set "
				 "IDIOM_HELPER_DIR", dir, (unsigned)st.st_uid);
	if (st.st_mode & 077)
		return error_set(e, -EPERM, "%s is open to others (mode %03o): chmod 700 it",
				 dir, (unsigned)(st.st_mode & 0777));
	return 0;
}

static void hash_stat(crypto_generichash_state *h, const struct stat *st)
{
	int64_t v[7] = { (int64_t)st->st_dev, (int64_t)st->st_ino, (int64_t)st->st_size,
			 (int64_t)st->st_mtim.tv_sec, (int64_t)st->st_mtim.tv_nsec,
			 (int64_t)st->st_ctim.tv_sec, (int64_t)st->st_ctim.tv_nsec };

	crypto_generichash_update(h, (const unsigned char *)v, sizeof(v));
}

static void hash_content(crypto_generichash_state *h, const char *path)
{
	char chunk[16384];
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	ssize_t n;

	if (fd < 0)
		return;
	while ((n = read(fd, chunk, sizeof(chunk))) > 0)
		crypto_generichash_update(h, (const unsigned char *)chunk, (size_t)n);
	close(fd);
}

/* Every entry under DIR (REL its name inside the course), in name order. */
static void hash_tree(crypto_generichash_state *h, const char *dir, int depth, int examples)
{
	struct dirent **names;
	int n = depth > 8 ? -1 : scandir(dir, &names, NULL, alphasort);

	for (int i = 0; i < n; i++) {
		const char *name = names[i]->d_name;
		char *path = fs_join(dir, name);
		struct stat st;

		if (strcmp(name, ".") && strcmp(name, "..") && lstat(path, &st) == 0) {
			crypto_generichash_update(h, (const unsigned char *)name, strlen(name) + 1);
			hash_stat(h, &st);
			if (S_ISDIR(st.st_mode))
				hash_tree(h, path, depth + 1, examples || strcmp(name, "examples") == 0);
			else if (S_ISREG(st.st_mode) && !examples)
				hash_content(h, path);
		}
		free(path);
		free(names[i]);
	}
	if (n >= 0)
		free(names);
}

static void course_key(const char *course_dir, unsigned char key[HELPER_KEY_BYTES])
{
	static const char tag[] = "idiom helper 1 " IDIOM_VERSION;
	/* The one setting a check reads from the environment: the test hook
	 * that makes the harnesses' random draws repeatable. */
	const char *seed = getenv("IDIOM_RUN_SEED");
	crypto_generichash_state h;
	struct stat st;

	crypto_generichash_init(&h, NULL, 0, HELPER_KEY_BYTES);
	crypto_generichash_update(&h, (const unsigned char *)tag, sizeof(tag));
	crypto_generichash_update(&h, (const unsigned char *)(seed ? seed : ""),
				  seed ? strlen(seed) + 1 : 0);
	if (stat("/proc/self/exe", &st) == 0)
		hash_stat(&h, &st);
	crypto_generichash_update(&h, (const unsigned char *)course_dir, strlen(course_dir) + 1);
	hash_tree(&h, course_dir, 0, 0);
	crypto_generichash_final(&h, key, HELPER_KEY_BYTES);
}

/* helper-HASH: one helper per course location. */
static char *place_name(const char *dir, const char *course_dir, const char *suffix)
{
	unsigned char id[8];
	char name[64];
	int at;

	crypto_generichash(id, sizeof(id), (const unsigned char *)course_dir, strlen(course_dir),
			   NULL, 0);
	at = snprintf(name, sizeof(name), "helper-");
	for (size_t i = 0; i < sizeof(id); i++)
		at += snprintf(name + at, sizeof(name) - (size_t)at, "%02x", id[i]);
	snprintf(name + at, sizeof(name) - (size_t)at, "%s", suffix);
	return fs_join(dir, name);
}

int helper_place_find(struct helper_place *p, const struct course *course, struct error *e)
{
	char real[PATH_MAX];
	int rc;

	memset(p, 0, sizeof(*p));
	if (sodium_init() < 0)
		return error_set(e, -EIO, "libsodium cannot start");
	if (!realpath(course->dir, real))
		return error_set(e, -errno, "cannot resolve %s: %s", course->dir, strerror(errno));
	p->dir = dir_path();
	rc = dir_check(p->dir, e);
	if (rc < 0) {
		helper_place_free(p);
		return rc;
	}
	p->sock = place_name(p->dir, real, ".sock");
	p->lock = place_name(p->dir, real, ".lock");
	course_key(real, p->key);
	return 0;
}

void helper_place_free(struct helper_place *p)
{
	free(p->dir);
	free(p->sock);
	free(p->lock);
	memset(p, 0, sizeof(*p));
}

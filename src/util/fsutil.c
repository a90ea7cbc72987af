/* File-system helpers; see fsutil.h. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>
#include "util/fsutil.h"
#include "util/buf.h"
#include "util/limits.h"
#include "util/xalloc.h"
#include "util/banned.h"

int fs_read_file(const char *path, size_t max, char **out, size_t *len)
{
	struct buf b;
	char chunk[8192];
	ssize_t n;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	int rc = 0;

	*out = NULL;
	if (fd < 0)
		return -errno;
	buf_init(&b, max);
	buf_add(&b, "", 0);
	while ((n = read(fd, chunk, sizeof(chunk))) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			rc = -errno;
			break;
		}
		if (buf_add(&b, chunk, (size_t)n) < 0) {
			rc = -EFBIG;
			break;
		}
	}
	close(fd);
	if (rc < 0) {
		buf_free(&b);
		return rc;
	}
	if (len)
		*len = b.len;
	*out = buf_detach(&b);
	return 0;
}

int fs_write_all(int fd, const void *data, size_t len)
{
	const char *p = data;

	while (len > 0) {
		ssize_t n = write(fd, p, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return n < 0 ? -errno : -EIO;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/* Creates a new file next to NAME (in DIRFD) under a random name
 * (NAME.tmp.HEX), never following a link and never reusing a file someone
 * put there: O_EXCL, so a planted file or symbolic link makes the attempt
 * fail and another name is tried.  Returns the descriptor (and *TMP, yours)
 * or -errno. */
static int open_temp(int dirfd, const char *name, mode_t mode, char **tmp)
{
	unsigned char rnd[8];
	int fd = -EEXIST;

	for (int tries = 0; tries < FS_TEMP_TRIES && fd == -EEXIST; tries++) {
		if (getrandom(rnd, sizeof(rnd), 0) != (ssize_t)sizeof(rnd))
			return -EIO;
		*tmp = xasprintf("%s.tmp.%02x%02x%02x%02x%02x%02x%02x%02x", name, rnd[0],
				 rnd[1], rnd[2], rnd[3], rnd[4], rnd[5], rnd[6], rnd[7]);
		fd = openat(dirfd, *tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
		if (fd < 0) {
			fd = -errno;
			free(*tmp);
			*tmp = NULL;
		}
	}
	return fd;
}

/* Makes a rename in PATH's folder durable; a failure here loses nothing
 * already written, so it is not reported. */
static void sync_dir_of(const char *path)
{
	char *dir = xstrdup(path), *slash = strrchr(dir, '/');
	int fd;

	if (!slash)
		snprintf(dir, 2, ".");
	else
		slash[slash == dir] = '\0';
	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
	free(dir);
}

static int write_pieces(int fd, const struct fs_piece *pieces, size_t n)
{
	int rc = 0;

	for (size_t i = 0; i < n && rc == 0; i++)
		rc = fs_write_all(fd, pieces[i].data, pieces[i].len);
	return rc;
}

int fs_write_atomic_at(int dirfd, const char *name, const struct fs_piece *pieces, size_t n,
		       mode_t mode, int durable)
{
	char *tmp = NULL;
	int fd = open_temp(dirfd, name, mode, &tmp);
	int rc;

	if (fd < 0)
		return fd;
	rc = write_pieces(fd, pieces, n);
	if (rc == 0 && durable && fsync(fd) < 0)
		rc = -errno;
	if (close(fd) < 0 && rc == 0)
		rc = -errno;
	if (rc == 0 && renameat(dirfd, tmp, dirfd, name) < 0)
		rc = -errno;
	if (rc < 0)
		unlinkat(dirfd, tmp, 0);
	else if (durable && dirfd == AT_FDCWD)
		sync_dir_of(name);
	else if (durable)
		fsync(dirfd);
	free(tmp);
	return rc;
}

int fs_write_file_atomic(const char *path, const char *data, size_t len)
{
	struct fs_piece piece = { data, len };

	return fs_write_atomic_at(AT_FDCWD, path, &piece, 1, 0644, 1);
}

int fs_open_private_dir(const char *dir)
{
	struct stat st;
	int fd;

	if (mkdir(dir, 0700) < 0 && errno != EEXIST)
		return -errno;
	fd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	if (fstat(fd, &st) < 0 || st.st_uid != geteuid() || (st.st_mode & 022)) {
		close(fd);
		return -EPERM;
	}
	return fd;
}

int fs_read_private_at(int dirfd, const char *name, size_t min, size_t max, struct buf *b)
{
	struct stat st;
	int fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	int rc = 0;

	buf_init(b, max);
	if (fd < 0)
		return -errno;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || st.st_uid != geteuid() ||
	    (st.st_mode & 022) || (size_t)st.st_size < min || (size_t)st.st_size > max) {
		close(fd);
		return -EINVAL;
	}
	while (rc == 0 && b->len < (size_t)st.st_size) {
		char chunk[65536];
		ssize_t n = read(fd, chunk, sizeof(chunk));

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0 || buf_add(b, chunk, (size_t)n) < 0)
			rc = -EINVAL;	/* changed under us */
	}
	close(fd);
	return rc;
}

char *fs_exe_dir(void)
{
	char path[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", path, sizeof(path) - 1);
	char *slash;

	if (n <= 0)
		return NULL;
	path[n] = '\0';
	slash = strrchr(path, '/');
	if (!slash)
		return NULL;
	*slash = '\0';
	return xstrdup(path[0] ? path : "/");
}

int fs_is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int fs_mkdirs(const char *path)
{
	char *copy = xstrdup(path);
	int rc = 0;

	for (char *p = copy + 1; ; p++) {
		if (*p != '/' && *p != '\0')
			continue;
		char saved = *p;

		*p = '\0';
		if (mkdir(copy, 0755) < 0 && errno != EEXIST) {
			rc = -errno;
			break;
		}
		*p = saved;
		if (saved == '\0')
			break;
	}
	free(copy);
	return rc;
}

char *fs_join(const char *a, const char *b)
{
	size_t n = strlen(a);

	if (n > 0 && a[n - 1] == '/')
		return xasprintf("%s%s", a, b);
	return xasprintf("%s/%s", a, b);
}

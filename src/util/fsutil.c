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

static int write_all(int fd, const char *data, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, data, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -errno;
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

/* Creates a new file next to PATH under a random name (PATH.tmp.HEX), never
 * following a link and never reusing a file someone put there: O_EXCL, so a
 * planted file or symbolic link makes the attempt fail and another name is
 * tried.  Returns the descriptor (and *TMP, yours) or -errno. */
static int open_temp(const char *path, char **tmp)
{
	unsigned char rnd[8];
	int fd = -EEXIST;

	for (int tries = 0; tries < FS_TEMP_TRIES && fd == -EEXIST; tries++) {
		if (getrandom(rnd, sizeof(rnd), 0) != (ssize_t)sizeof(rnd))
			return -EIO;
		*tmp = xasprintf("%s.tmp.%02x%02x%02x%02x%02x%02x%02x%02x", path, rnd[0],
				 rnd[1], rnd[2], rnd[3], rnd[4], rnd[5], rnd[6], rnd[7]);
		fd = open(*tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
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

int fs_write_file_atomic(const char *path, const char *data, size_t len)
{
	char *tmp = NULL;
	int fd = open_temp(path, &tmp);
	int rc;

	if (fd < 0)
		return fd;
	rc = write_all(fd, data, len);
	if (rc == 0 && fsync(fd) < 0)
		rc = -errno;
	if (close(fd) < 0 && rc == 0)
		rc = -errno;
	if (rc == 0 && rename(tmp, path) < 0)
		rc = -errno;
	if (rc < 0)
		unlink(tmp);
	else
		sync_dir_of(path);
	free(tmp);
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

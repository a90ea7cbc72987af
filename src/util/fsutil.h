/* Small file-system helpers. */
#ifndef IDIOM_FSUTIL_H
#define IDIOM_FSUTIL_H
#include <stddef.h>
#include <sys/types.h>

struct buf;

/* One piece of a file's content, for fs_write_atomic_at. */
struct fs_piece {
	const void *data;
	size_t len;
};

/* Reads PATH whole into a new NUL-terminated string (*out, *len) of at most
 * MAX bytes.  Returns 0, -errno on a read error, or -EFBIG past MAX.  On error
 * *out is NULL.  You own *out. */
int fs_read_file(const char *path, size_t max, char **out, size_t *len);

/* Writes DATA to PATH through a temporary file and rename, so a crash leaves
 * either the old file or the new one.  The temporary file has a random name
 * in PATH's folder and is created new (O_EXCL | O_NOFOLLOW): a file or link
 * planted there is never written through.  It is synced before the rename,
 * and the folder after.  Returns 0 or -errno (-EEXIST if FS_TEMP_TRIES names
 * were all taken); on error PATH is unchanged and no temporary file is left. */
int fs_write_file_atomic(const char *path, const char *data, size_t len);

/* The same for NAME in the directory DIRFD (AT_FDCWD: NAME is a path),
 * written from the N PIECES laid end to end, with MODE.  With DURABLE 0,
 * nothing is synced (for a cache, whose torn entry its reader detects).
 * Returns 0 or -errno; on error nothing is left. */
int fs_write_atomic_at(int dirfd, const char *name, const struct fs_piece *pieces, size_t n,
		       mode_t mode, int durable);

/* Writes all LEN bytes of DATA to FD (retrying short writes and EINTR).
 * Returns 0 or -errno. */
int fs_write_all(int fd, const void *data, size_t len);

/* Opens the directory DIR (made mode 0700 when missing) for files only we
 * may change: a real directory (never a link), owned by us, closed to
 * writes by group and others.  Returns the descriptor or -errno (-EPERM
 * when it is someone else's or open to others). */
int fs_open_private_dir(const char *dir);

/* Reads NAME in DIRFD whole into B (initialised here, yours to free) if it
 * is a regular file (no link followed) owned by us, closed to writes by
 * group and others, of MIN to MAX bytes.  Returns 0, -errno, or -EINVAL for
 * a file that fails a check or changed while read. */
int fs_read_private_at(int dirfd, const char *name, size_t min, size_t max, struct buf *b);

/* Returns the directory holding the running executable (you own it), or NULL. */
char *fs_exe_dir(void);

/* Returns 1 if PATH is a directory, 0 otherwise. */
int fs_is_dir(const char *path);

/* Creates PATH and its parents (mode 0755).  Returns 0 or -errno. */
int fs_mkdirs(const char *path);

/* Joins A and B with one slash; you own the result. */
char *fs_join(const char *a, const char *b);

#endif

/* Small file-system helpers. */
#ifndef IDIOM_FSUTIL_H
#define IDIOM_FSUTIL_H
#include <stddef.h>

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

/* Returns the directory holding the running executable (you own it), or NULL. */
char *fs_exe_dir(void);

/* Returns 1 if PATH is a directory, 0 otherwise. */
int fs_is_dir(const char *path);

/* Creates PATH and its parents (mode 0755).  Returns 0 or -errno. */
int fs_mkdirs(const char *path);

/* Joins A and B with one slash; you own the result. */
char *fs_join(const char *a, const char *b);

#endif

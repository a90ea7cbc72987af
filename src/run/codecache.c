/* The zygote's compiled program cached on disk; see codecache.h.  An entry,
 * DIR/zygote-HEX.code (HEX: the key's first 16 bytes):
 *   "IDIOMZC1" | key (32) | digest (32) | magic length (u32 LE) |
 *   code length (u32 LE) | magic | code
 * where the digest is BLAKE2b over everything after it.  The directory is
 * opened once and every file in it reached from that descriptor, so a
 * directory swapped after its check is never followed. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "run/codecache.h"
#include "util/buf.h"
#include "util/fsutil.h"
#include "util/xalloc.h"
#include "util/banned.h"

#define ENTRY_TAG "IDIOMZC1"
#define PROGRAM_TAG "IDIOMZP1"
#define TAG_LEN 8
#define DIGEST_AT (TAG_LEN + CODECACHE_KEY_BYTES)
#define LENGTHS_AT (DIGEST_AT + CODECACHE_KEY_BYTES)
#define ENTRY_HEAD (LENGTHS_AT + 8)
#define SEALS (F_SEAL_SEAL | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE)

static void put_u32(unsigned char *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

static uint32_t get_u32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* The directory's path (yours), or NULL when no place is set. */
static char *cache_dir_path(void)
{
	const char *own = getenv("IDIOM_CACHE_DIR"), *xdg = getenv("XDG_CACHE_HOME");
	const char *home = getenv("HOME");
	char *parent;

	if (own && *own)
		return xstrdup(own);
	if (xdg && *xdg == '/')
		return fs_join(xdg, "idiom");
	if (!home || *home != '/')
		return NULL;
	parent = fs_join(home, ".cache");
	mkdir(parent, 0700);	/* the XDG default, private as XDG asks */
	free(parent);
	return xasprintf("%s/.cache/idiom", home);
}

void codecache_init(struct code_cache *c, const char *source, size_t len)
{
	char hex[2 * 16 + 1];
	int fd;

	memset(c, 0, sizeof(*c));
	if (sodium_init() < 0)
		return;
	crypto_generichash(c->key, sizeof(c->key), (const unsigned char *)source, len, NULL, 0);
	sodium_bin2hex(hex, sizeof(hex), c->key, 16);
	c->name = xasprintf("zygote-%s.code", hex);
	c->dir = cache_dir_path();
	fd = c->dir ? fs_open_private_dir(c->dir) : -ENOENT;
	if (fd < 0) {
		free(c->dir);
		c->dir = NULL;
		return;
	}
	close(fd);
}

void codecache_release(struct code_cache *c)
{
	free(c->dir);
	free(c->name);
	memset(c, 0, sizeof(*c));
}

/* Checks the entry in B against C's key and its own digest; sets the magic
 * and code it holds.  Returns 0 or -EINVAL. */
static int entry_check(const struct code_cache *c, const struct buf *b,
		       const unsigned char **magic, size_t *mlen,
		       const unsigned char **code, size_t *clen)
{
	const unsigned char *p = (const unsigned char *)b->data;
	unsigned char digest[CODECACHE_KEY_BYTES];

	if (memcmp(p, ENTRY_TAG, TAG_LEN) != 0 ||
	    memcmp(p + TAG_LEN, c->key, CODECACHE_KEY_BYTES) != 0)
		return -EINVAL;
	crypto_generichash(digest, sizeof(digest), p + LENGTHS_AT, b->len - LENGTHS_AT, NULL, 0);
	if (sodium_memcmp(digest, p + DIGEST_AT, sizeof(digest)) != 0)
		return -EINVAL;
	*mlen = get_u32(p + LENGTHS_AT);
	*clen = get_u32(p + LENGTHS_AT + 4);
	if (*mlen == 0 || *mlen > CODECACHE_MAGIC_MAX || *clen == 0 ||
	    ENTRY_HEAD + *mlen + *clen != b->len)
		return -EINVAL;
	*magic = p + ENTRY_HEAD;
	*code = p + ENTRY_HEAD + *mlen;
	return 0;
}

/* Loads C's entry into B (the whole file) with its magic and code, or
 * returns -errno: no entry, or one that fails any check. */
static int entry_load(const struct code_cache *c, struct buf *b, const unsigned char **magic,
		      size_t *mlen, const unsigned char **code, size_t *clen)
{
	int dirfd = c->dir ? fs_open_private_dir(c->dir) : -ENOENT;
	int rc;

	if (dirfd < 0)
		return dirfd;
	rc = fs_read_private_at(dirfd, c->name, ENTRY_HEAD,
				ENTRY_HEAD + CODECACHE_MAGIC_MAX + CODECACHE_CODE_MAX, b);
	close(dirfd);
	return rc < 0 ? rc : entry_check(c, b, magic, mlen, code, clen);
}

int codecache_program_fd(const struct code_cache *c, const char *source, size_t len)
{
	struct buf entry = BUF_INIT;
	const unsigned char *magic = NULL, *code = NULL;
	size_t mlen = 0, clen = 0;
	unsigned char head[TAG_LEN + 12];
	int fd = memfd_create("idiom-zygote", MFD_CLOEXEC | MFD_ALLOW_SEALING);
	int rc;

	if (fd < 0)
		return -errno;
	if (len > UINT32_MAX || entry_load(c, &entry, &magic, &mlen, &code, &clen) < 0)
		mlen = clen = 0;
	memcpy(head, PROGRAM_TAG, TAG_LEN);
	put_u32(head + TAG_LEN, (uint32_t)len);
	put_u32(head + TAG_LEN + 4, (uint32_t)mlen);
	put_u32(head + TAG_LEN + 8, (uint32_t)clen);
	rc = fs_write_all(fd, head, sizeof(head));
	if (rc == 0)
		rc = fs_write_all(fd, source, len);
	if (rc == 0 && clen)
		rc = fs_write_all(fd, magic, mlen);
	if (rc == 0 && clen)
		rc = fs_write_all(fd, code, clen);
	if (rc == 0 && (fcntl(fd, F_ADD_SEALS, SEALS) < 0 || lseek(fd, 0, SEEK_SET) < 0))
		rc = -errno;
	buf_free(&entry);
	if (rc < 0) {
		close(fd);
		return rc;
	}
	return fd;
}

/* The zygote's code from CODE_FD into B: a sealed memfd of a sane size. */
static int code_read(int code_fd, struct buf *b)
{
	struct stat st;
	int seals = fcntl(code_fd, F_GET_SEALS);
	size_t at = 0;

	if (seals < 0 || (seals & (F_SEAL_WRITE | F_SEAL_SHRINK | F_SEAL_GROW)) !=
	    (F_SEAL_WRITE | F_SEAL_SHRINK | F_SEAL_GROW) || fstat(code_fd, &st) < 0 ||
	    !S_ISREG(st.st_mode) || st.st_size <= 0 || (size_t)st.st_size > CODECACHE_CODE_MAX)
		return -EINVAL;
	buf_init(b, (size_t)st.st_size);
	while (at < (size_t)st.st_size) {
		char chunk[65536];
		size_t want = (size_t)st.st_size - at;
		ssize_t n = pread(code_fd, chunk, want < sizeof(chunk) ? want : sizeof(chunk), (off_t)at);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0 || buf_add(b, chunk, (size_t)n) < 0)
			return -EINVAL;
		at += (size_t)n;
	}
	return 0;
}

/* Whether NAME has the shape of an entry: zygote-HEX.code, 32 hex digits. */
static int entry_name(const char *name)
{
	size_t n = strlen(name);

	if (n != 7 + 32 + 5 || strncmp(name, "zygote-", 7) != 0 || strcmp(name + 39, ".code") != 0)
		return 0;
	for (size_t i = 7; i < 39; i++)
		if (!strchr("0123456789abcdef", name[i]))
			return 0;
	return 1;
}

struct aged {
	char *name;
	struct timespec mtime;
};

static int newer_first(const void *a, const void *b)
{
	const struct timespec *x = &((const struct aged *)a)->mtime;
	const struct timespec *y = &((const struct aged *)b)->mtime;

	if (x->tv_sec != y->tv_sec)
		return x->tv_sec < y->tv_sec ? 1 : -1;
	if (x->tv_nsec != y->tv_nsec)
		return x->tv_nsec < y->tv_nsec ? 1 : -1;
	return 0;
}

int codecache_prune(int dirfd, const char *keep_name, size_t keep)
{
	int fd = dup(dirfd), removed = 0;
	DIR *d = fd < 0 ? NULL : fdopendir(fd);
	struct aged *all = NULL;
	size_t n = 0, cap = 0, kept = 1;
	struct dirent *e;
	struct stat st;

	if (!d) {
		if (fd >= 0)
			close(fd);
		return -errno;
	}
	while ((e = readdir(d))) {
		if (!entry_name(e->d_name) || !strcmp(e->d_name, keep_name) ||
		    fstatat(dirfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0)
			continue;
		all = xgrow(all, &cap, n + 1, sizeof(*all));
		all[n].name = xstrdup(e->d_name);
		all[n++].mtime = st.st_mtim;
	}
	closedir(d);
	if (n > 1)
		qsort(all, n, sizeof(*all), newer_first);
	for (size_t i = 0; i < n; i++) {
		if (kept < keep)
			kept++;
		else if (unlinkat(dirfd, all[i].name, 0) == 0)
			removed++;
		free(all[i].name);
	}
	free(all);
	return removed;
}

/* Writes the entry (HEAD then BODY) as C's file, through a new file
 * renamed into place (fs_write_atomic_at), then prunes the directory.  No
 * fsync: a torn entry fails its digest. */
static int entry_write(const struct code_cache *c, const unsigned char *head, size_t hlen,
		       const struct buf *body)
{
	struct fs_piece pieces[2] = { { head, hlen }, { body->data, body->len } };
	int dirfd = fs_open_private_dir(c->dir), rc;

	if (dirfd < 0)
		return dirfd;
	rc = fs_write_atomic_at(dirfd, c->name, pieces, 2, 0600, 0);
	if (rc == 0)
		codecache_prune(dirfd, c->name, CODECACHE_KEEP);
	close(dirfd);
	return rc;
}

int codecache_store(const struct code_cache *c, const char *magic_hex, int code_fd)
{
	unsigned char head[ENTRY_HEAD + CODECACHE_MAGIC_MAX];
	crypto_generichash_state h;
	struct buf code = BUF_INIT;
	size_t mlen = 0;
	int rc;

	if (!c->dir)
		return -ENOENT;
	if (!magic_hex || sodium_hex2bin(head + ENTRY_HEAD, CODECACHE_MAGIC_MAX, magic_hex,
					 strlen(magic_hex), NULL, &mlen, NULL) < 0 ||
	    mlen == 0 || (rc = code_read(code_fd, &code)) < 0) {
		buf_free(&code);
		return -EINVAL;
	}
	memcpy(head, ENTRY_TAG, TAG_LEN);
	memcpy(head + TAG_LEN, c->key, CODECACHE_KEY_BYTES);
	put_u32(head + LENGTHS_AT, (uint32_t)mlen);
	put_u32(head + LENGTHS_AT + 4, (uint32_t)code.len);
	crypto_generichash_init(&h, NULL, 0, CODECACHE_KEY_BYTES);
	crypto_generichash_update(&h, head + LENGTHS_AT, 8 + mlen);
	crypto_generichash_update(&h, (const unsigned char *)code.data, code.len);
	crypto_generichash_final(&h, head + DIGEST_AT, CODECACHE_KEY_BYTES);
	rc = entry_write(c, head, ENTRY_HEAD + mlen, &code);
	buf_free(&code);
	return rc;
}

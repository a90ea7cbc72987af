/* The zygote's compiled program, cached on disk: compiling its ~1,800
 * lines from source is a fifth of a bare Python start, unmarshalling the
 * same code a fiftieth (docs/PERFORMANCE.md, "One-off `idiom check` from
 * cold").  Only this, the trusted side, reads and writes the cache, in
 * idiom's own directory; the sandbox only ever gets a copy in a sealed
 * memfd, and sends a fresh compile back in its ready message, before any
 * check exists.  Every entry is verified (owner, mode, the source's key, a
 * digest of its content; the zygote then checks its interpreter's magic
 * number and the code's type): anything else is a miss, and a miss only
 * costs the compile. */
#ifndef IDIOM_CODECACHE_H
#define IDIOM_CODECACHE_H
#include <stddef.h>

#define CODECACHE_KEY_BYTES 32
#define CODECACHE_MAGIC_MAX 16	/* an interpreter's magic number: 4 bytes today */
#define CODECACHE_CODE_MAX (8u << 20)
/* Entries kept in the directory: the one just written and the newest
 * others (another build of idiom, another program), so two builds used in
 * turn do not evict each other, and old programs' entries go. */
#define CODECACHE_KEEP 4

struct code_cache {
	char *dir;		/* idiom's cache directory; NULL: no cache */
	char *name;		/* the entry's file name in DIR: zygote-HEX.code */
	unsigned char key[CODECACHE_KEY_BYTES];	/* BLAKE2b of the source */
};

/* Fills C for the program SOURCE[0..LEN).  The directory is
 * $IDIOM_CACHE_DIR, else $XDG_CACHE_HOME/idiom, else $HOME/.cache/idiom,
 * made (mode 0700) when missing; one that is not a real directory of ours
 * closed to writes by others means no cache (C->dir NULL), never an error. */
void codecache_init(struct code_cache *c, const char *source, size_t len);
void codecache_release(struct code_cache *c);

/* A sealed memfd (positioned at 0) holding the zygote's program: a header,
 * SOURCE, and the cached magic number and code when C holds a valid entry
 * for it (else none).  Returns the fd or -errno. */
int codecache_program_fd(const struct code_cache *c, const char *source, size_t len);

/* Stores the code the zygote compiled: CODE_FD (a memfd it sealed) holds
 * the code, MAGIC_HEX its interpreter's magic number.  Written through a
 * new file (O_EXCL | O_NOFOLLOW) renamed into place, then prunes the
 * directory to CODECACHE_KEEP entries.  Returns 0 or -errno
 * (-EINVAL for anything malformed or unsealed); nothing is written then. */
int codecache_store(const struct code_cache *c, const char *magic_hex, int code_fd);

/* Removes from the cache directory DIRFD every entry (a file named like
 * zygote-HEX.code; nothing else is touched) but KEEP_NAME and the KEEP - 1
 * newest others by modification time.  codecache_store calls it after each
 * entry it writes.  Returns how many it removed, or -errno. */
int codecache_prune(int dirfd, const char *keep_name, size_t keep);

#endif

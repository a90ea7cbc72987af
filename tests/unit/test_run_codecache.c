/* The zygote's compiled program cached on disk (src/run/codecache.c,
 * src/run/boot.py): the first start fills the cache and the next runs the
 * cached code; an entry that is corrupt, truncated, planted (a link, a file
 * others may write, another owner's), for another interpreter, or whose
 * code is not the program's is never run: the zygote compiles, checks
 * pass, and the entry is written afresh.  A directory open to others is
 * not used at all. */
#include <fcntl.h>
#include <sodium.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include "run_support.h"
#include "run/codecache.h"
#include "util/xalloc.h"

#define ENTRY_HEAD 80	/* tag, key, digest, two lengths: see codecache.c */

static char cache_dir[] = "/tmp/idiom-codecache-test.XXXXXX";
static char *entry_path;

static void setup(void)
{
	cr_assert_not_null(mkdtemp(cache_dir));
	setenv("IDIOM_CACHE_DIR", cache_dir, 1);
}

static void teardown(void)
{
	char *cmd = xasprintf("rm -rf '%s'", cache_dir);

	cr_expect_eq(system(cmd), 0);
	free(cmd);
	free(entry_path);
	unsetenv("IDIOM_CACHE_DIR");
}

TestSuite(run_codecache, .init = setup, .fini = teardown, .timeout = 180);

/* Starts a runner, grades lesson 04's reference answer with it (which must
 * pass), and returns whether its zygote ran the cached code. */
static int start_and_check(void)
{
	struct runner *r = start_runner();
	struct run_result res;
	int cached;

	run_file(r, REWRITE_HARNESS, "rewrite-sequential.py", &res);
	cr_assert_eq(res.status, RUN_OK, "%s", res.message);
	cr_expect_eq(criterion_passed(&res, "async-await"), 1, "%s", res.verdict_json);
	cached = runner_program_cached(r);
	run_result_free(&res);
	runner_free(r);
	return cached;
}

/* The one entry in the cache directory (found by its name's shape). */
static const char *entry(void)
{
	DIR *d = opendir(cache_dir);
	struct dirent *e;

	cr_assert_not_null(d);
	while ((e = readdir(d)))
		if (strncmp(e->d_name, "zygote-", 7) == 0 && strstr(e->d_name, ".code")) {
			free(entry_path);
			entry_path = fs_join(cache_dir, e->d_name);
		}
	closedir(d);
	cr_assert_not_null(entry_path, "no cache entry in %s", cache_dir);
	return entry_path;
}

static void read_entry(char **text, size_t *len)
{
	cr_assert_eq(fs_read_file(entry(), 16 << 20, text, len), 0);
	cr_assert_gt(*len, ENTRY_HEAD);
}

static void write_entry(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	cr_assert_not_null(f);
	cr_assert_eq(fwrite(data, 1, len, f), len);
	cr_assert_eq(fclose(f), 0);
	chmod(path, 0600);
}

/* Rewrites the entry with MAGIC and CODE but a digest that matches them, as
 * the C side computes it: only the zygote's own checks can refuse it. */
static void plant_with_valid_digest(const unsigned char *magic, size_t mlen,
				    const void *code, size_t clen)
{
	char *old = NULL, *data;
	size_t len = 0, total = ENTRY_HEAD + mlen + clen;
	unsigned char *p;

	read_entry(&old, &len);
	data = xmalloc(total);
	p = (unsigned char *)data;
	memcpy(p, old, 40);	/* the tag and the source's key, kept */
	for (int i = 0; i < 4; i++) {
		p[72 + i] = (unsigned char)(mlen >> (8 * i));
		p[76 + i] = (unsigned char)(clen >> (8 * i));
	}
	memcpy(p + ENTRY_HEAD, magic, mlen);
	memcpy(p + ENTRY_HEAD + mlen, code, clen);
	crypto_generichash(p + 40, 32, p + 72, total - 72, NULL, 0);
	write_entry(entry(), data, total);
	free(data);
	free(old);
}

Test(run_codecache, the_first_start_fills_it_and_the_next_runs_from_it)
{
	struct stat st;

	cr_expect_eq(start_and_check(), 0, "an empty cache cannot be used");
	cr_assert_eq(stat(entry(), &st), 0);
	cr_expect_eq(st.st_mode & 0777, 0600);
	cr_expect_eq(start_and_check(), 1, "the second start should run the cached code");
	cr_expect_eq(start_and_check(), 1);
}

Test(run_codecache, a_corrupt_or_truncated_entry_is_compiled_again)
{
	char *text = NULL;
	size_t len = 0;

	cr_assert_eq(start_and_check(), 0);
	read_entry(&text, &len);
	text[len - 1] ^= 0x5a;	/* one bit pattern in the code */
	write_entry(entry(), text, len);
	cr_expect_eq(start_and_check(), 0, "a corrupt entry was run");
	cr_expect_eq(start_and_check(), 1, "the entry was not written afresh");
	write_entry(entry(), text, len / 2);
	cr_expect_eq(start_and_check(), 0, "a truncated entry was run");
	cr_expect_eq(start_and_check(), 1);
	free(text);
}

/* Digests the C side accepts, contents the zygote must refuse: another
 * interpreter's magic number, bytes that do not unmarshal, and a value
 * that unmarshals but is no code object. */
Test(run_codecache, what_the_zygote_refuses_is_compiled_again)
{
	static const unsigned char other_magic[] = { 0x01, 0x02, 0x0d, 0x0a };
	static const unsigned char garbage[] = "not marshal data at all";
	static const unsigned char marshalled_int[] = { 0xe9, 0x07, 0x00, 0x00, 0x00 };	/* 7 */
	char *text = NULL;
	size_t len = 0;
	uint32_t mlen;

	cr_assert_eq(start_and_check(), 0);
	read_entry(&text, &len);
	mlen = (uint32_t)(unsigned char)text[72];
	plant_with_valid_digest(other_magic, sizeof(other_magic), text + ENTRY_HEAD + mlen,
				len - ENTRY_HEAD - mlen);
	cr_expect_eq(start_and_check(), 0, "code for another interpreter was run");
	plant_with_valid_digest((unsigned char *)text + ENTRY_HEAD, mlen, garbage, sizeof(garbage));
	cr_expect_eq(start_and_check(), 0, "bytes that are no marshal data were run");
	plant_with_valid_digest((unsigned char *)text + ENTRY_HEAD, mlen, marshalled_int,
				sizeof(marshalled_int));
	cr_expect_eq(start_and_check(), 0, "a value that is no code object was run");
	cr_expect_eq(start_and_check(), 1);
	free(text);
}

/* A link at the entry's name is not followed (and its target is left as
 * it was), an entry others may write is not read, nor one of another
 * owner (when the test may chown). */
Test(run_codecache, a_planted_entry_is_not_read)
{
	char *text = NULL, *target = fs_join(cache_dir, "elsewhere"), *after = NULL;
	size_t len = 0, after_len = 0;
	const char *path;

	cr_assert_eq(start_and_check(), 0);
	read_entry(&text, &len);
	path = entry();
	write_entry(target, text, len);
	cr_assert_eq(unlink(path), 0);
	cr_assert_eq(symlink(target, path), 0);
	cr_expect_eq(start_and_check(), 0, "a link was followed");
	cr_assert_eq(fs_read_file(target, 16 << 20, &after, &after_len), 0);
	cr_expect(after_len == len && memcmp(after, text, len) == 0, "the link's target changed");
	cr_expect_eq(chmod(entry(), 0666), 0);
	cr_expect_eq(start_and_check(), 0, "an entry others may write was read");
	if (geteuid() == 0) {
		cr_expect_eq(chown(entry(), 65534, 65534), 0);
		cr_expect_eq(start_and_check(), 0, "another owner's entry was read");
	}
	cr_expect_eq(start_and_check(), 1);
	free(after);
	free(target);
	free(text);
}

Test(run_codecache, a_directory_open_to_others_is_not_used)
{
	DIR *d;
	struct dirent *e;
	int entries = 0;

	cr_assert_eq(chmod(cache_dir, 0777), 0);
	cr_expect_eq(start_and_check(), 0);
	cr_expect_eq(start_and_check(), 0, "the cache in an open directory was used");
	d = opendir(cache_dir);
	while (d && (e = readdir(d)))
		entries += e->d_name[0] != '.';
	if (d)
		closedir(d);
	cr_expect_eq(entries, 0, "something was written to an open directory");
}

/* Stores an entry for the program SOURCE (its code: a sealed memfd of a
 * few bytes) and dates it AGE seconds back; returns its file name. */
static char *store_dated(const char *source, int age)
{
	struct code_cache c;
	struct timespec when[2];
	int fd = memfd_create("code", MFD_CLOEXEC | MFD_ALLOW_SEALING);
	char *name, *path;

	cr_assert_geq(fd, 0);
	cr_assert_eq(write(fd, "code", 4), 4);
	cr_assert_eq(fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_SHRINK | F_SEAL_GROW), 0);
	codecache_init(&c, source, strlen(source));
	cr_assert_not_null(c.dir);
	cr_assert_eq(codecache_store(&c, "a70d0d0a", fd), 0);
	close(fd);
	name = xstrdup(c.name);
	path = fs_join(cache_dir, name);
	clock_gettime(CLOCK_REALTIME, &when[0]);
	when[0].tv_sec -= age;
	when[1] = when[0];
	cr_assert_eq(utimensat(AT_FDCWD, path, when, 0), 0);
	free(path);
	codecache_release(&c);
	return name;
}

static int present(const char *name)
{
	char *path = fs_join(cache_dir, name);
	struct stat st;
	int rc = lstat(path, &st) == 0;

	free(path);
	return rc;
}

/* Each store keeps its own entry and the CODECACHE_KEEP - 1 newest others:
 * old programs' entries go, and nothing but entries is touched. */
Test(run_codecache, a_store_keeps_only_the_newest_entries)
{
	char *names[CODECACHE_KEEP + 3], *other = fs_join(cache_dir, "notes.txt");
	char *odd = fs_join(cache_dir, "zygote-not-hex.code");
	int n = CODECACHE_KEEP + 3;

	write_entry(other, "x", 1);
	write_entry(odd, "x", 1);
	for (int i = 0; i < n; i++) {
		char source[32];

		snprintf(source, sizeof(source), "program %d", i);
		names[i] = store_dated(source, 100 - i);	/* each newer than the one before */
	}
	for (int i = 0; i < n; i++)
		cr_expect_eq(present(names[i]), i >= n - CODECACHE_KEEP,
			     "entry %d of %d: kept %d", i, n, present(names[i]));
	/* The entry written last is kept even when it is the oldest. */
	free(names[0]);
	names[0] = store_dated("program 0", 1000);
	cr_expect(present(names[0]));
	cr_expect(!present(names[n - CODECACHE_KEEP]), "the oldest other entry was kept");
	cr_expect(access(other, F_OK) == 0 && access(odd, F_OK) == 0,
		  "a file that is no entry was removed");
	for (int i = 0; i < n; i++)
		free(names[i]);
	free(other);
	free(odd);
}

/* The progress store's safety: files that are not ours (random bytes, another
 * program's SQLite database, a newer schema) are refused and left byte for
 * byte; an older schema is migrated with its data; two writing processes
 * lose nothing; a writer killed at random moments leaves a sound database
 * holding every attempt it had reported as committed. */
#include <criterion/criterion.h>
#include <poll.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <sqlite3.h>
#include "store/store.h"

static char dir[64];
static char path[128];

static void make_dir(void)
{
	snprintf(dir, sizeof(dir), "/tmp/idiom-safety-XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/%s", dir, STORE_DEFAULT_NAME);
}

static void remove_dir(void)
{
	char p[160];
	static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };

	for (size_t i = 0; i < sizeof(suffixes) / sizeof(suffixes[0]); i++) {
		snprintf(p, sizeof(p), "%s%s", path, suffixes[i]);
		unlink(p);
	}
	rmdir(dir);
}

TestSuite(store_safety, .init = make_dir, .fini = remove_dir, .timeout = 60);

/* ---- helpers ---- */

static void write_bytes(const char *p, const void *data, size_t len)
{
	FILE *f = fopen(p, "wb");

	cr_assert_not_null(f);
	cr_assert_eq(fwrite(data, 1, len, f), len);
	cr_assert_eq(fclose(f), 0);
}

/* Reads the whole file; you own the result. */
static unsigned char *read_bytes(const char *p, size_t *len)
{
	FILE *f = fopen(p, "rb");
	unsigned char *data;
	long n;

	cr_assert_not_null(f, "cannot open %s", p);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	data = malloc((size_t)n + 1);
	cr_assert_eq(fread(data, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	*len = (size_t)n;
	return data;
}

static void sql(sqlite3 *db, const char *text)
{
	char *msg = NULL;
	int rc = sqlite3_exec(db, text, NULL, NULL, &msg);

	cr_assert_eq(rc, SQLITE_OK, "%s: %s", text, msg ? msg : "");
	sqlite3_free(msg);
}

static sqlite3 *raw_open(void)
{
	sqlite3 *db;

	cr_assert_eq(sqlite3_open(path, &db), SQLITE_OK);
	return db;
}

static long long sql_int(sqlite3 *db, const char *text)
{
	sqlite3_stmt *st;
	long long v;

	cr_assert_eq(sqlite3_prepare_v2(db, text, -1, &st, NULL), SQLITE_OK, "%s", text);
	cr_assert_eq(sqlite3_step(st), SQLITE_ROW, "%s", text);
	v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

static void assert_integrity(sqlite3 *db)
{
	sqlite3_stmt *st;

	cr_assert_eq(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, NULL), SQLITE_OK);
	cr_assert_eq(sqlite3_step(st), SQLITE_ROW);
	cr_assert_str_eq((const char *)sqlite3_column_text(st, 0), "ok");
	sqlite3_finalize(st);
}

/* Opening must fail with CODE and WORDS, and leave the file as it was. */
static void assert_refused(int code, const char *words)
{
	struct store *s = (struct store *)1;
	struct error err = ERROR_INIT;
	unsigned char *before, *after;
	size_t n1, n2;
	int rc;

	before = read_bytes(path, &n1);
	rc = store_open(path, &s, &err);
	cr_assert_eq(rc, code, "got %d: %s", rc, rc ? err.message : "opened");
	cr_assert_null(s);
	cr_assert(strstr(err.message, words), "message: %s", err.message);
	cr_assert(strstr(err.message, path), "the message names the file: %s", err.message);
	after = read_bytes(path, &n2);
	cr_assert_eq(n1, n2, "the file changed size");
	cr_assert_eq(memcmp(before, after, n1), 0, "the file's bytes changed");
	free(before);
	free(after);
}

static struct store *open_ok(void)
{
	struct store *s;
	struct error err = ERROR_INIT;

	cr_assert_eq(store_open(path, &s, &err), 0, "%s", err.message);
	return s;
}

static void record_one(struct store *s, int lesson, const char *answer, char id[STORE_ID_SIZE])
{
	struct store_attempt a;
	struct error err = ERROR_INIT;

	memset(&a, 0, sizeof(a));
	a.lesson = lesson;
	a.exercise = STORE_REWRITE;
	a.verdict = STORE_FAIL;
	a.answer = answer;
	cr_assert_eq(store_record_attempt(s, &a, &err), 0, "%s", err.message);
	if (id)
		memcpy(id, a.id, STORE_ID_SIZE);
}

/* ---- files that are not ours ---- */

Test(store_safety, random_bytes_are_refused_untouched)
{
	unsigned char junk[8192];
	unsigned seed = (unsigned)time(NULL);

	for (size_t i = 0; i < sizeof(junk); i++)
		junk[i] = (unsigned char)rand_r(&seed);
	write_bytes(path, junk, sizeof(junk));
	assert_refused(-EILSEQ, "not an idiom progress database");
	/* Short text, too: a file someone put there by mistake. */
	write_bytes(path, "hello\n", 6);
	assert_refused(-EILSEQ, "not an SQLite file");
}

Test(store_safety, damaged_sqlite_is_refused_untouched)
{
	unsigned char page[4096];

	memset(page, 0x5a, sizeof(page));
	memcpy(page, "SQLite format 3", 16);
	write_bytes(path, page, sizeof(page));
	assert_refused(-EILSEQ, "damaged");
}

Test(store_safety, foreign_sqlite_is_refused_untouched)
{
	sqlite3 *db = raw_open();

	sql(db, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');");
	sqlite3_close(db);
	assert_refused(-EILSEQ, "another program");
	/* Even one that happens to use a user_version. */
	db = raw_open();
	sql(db, "PRAGMA user_version = 2");
	sqlite3_close(db);
	assert_refused(-EILSEQ, "another program");
}

Test(store_safety, newer_schema_is_refused_untouched)
{
	struct store *s = open_ok();
	sqlite3 *db;

	record_one(s, 1, "x", NULL);
	store_close(s);
	db = raw_open();
	sql(db, "PRAGMA user_version = 99");
	sqlite3_close(db);
	assert_refused(-ENOTSUP, "made by a newer idiom (schema 99); this one knows up to 3");
}

Test(store_safety, empty_file_becomes_a_database)
{
	struct store *s;
	sqlite3 *db;

	write_bytes(path, "", 0);
	s = open_ok();
	record_one(s, 1, "x", NULL);
	store_close(s);
	db = raw_open();
	cr_assert_eq(sql_int(db, "PRAGMA application_id"), 0x6964696f);
	cr_assert_eq(sql_int(db, "PRAGMA user_version"), 3);
	cr_assert_eq(sql_int(db, "SELECT count(*) FROM attempt"), 1);
	sqlite3_close(db);
}

Test(store_safety, wal_mode_and_full_sync)
{
	struct store *s = open_ok();
	sqlite3 *db = raw_open();
	sqlite3_stmt *st;

	cr_assert_eq(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, NULL), SQLITE_OK);
	cr_assert_eq(sqlite3_step(st), SQLITE_ROW);
	cr_assert_str_eq((const char *)sqlite3_column_text(st, 0), "wal");
	sqlite3_finalize(st);
	sqlite3_close(db);
	store_close(s);
}

/* Opens the store in a child that SIGALRM ends after 10 s, so a hang shows
 * as a failure here (and not as the suite's timeout).  Returns the child's
 * exit status: 0 opened, 1 refused (its message on stderr), 142 hung. */
static int open_in_child(void)
{
	pid_t pid = fork();
	int status;

	cr_assert_geq(pid, 0);
	if (pid == 0) {
		struct store *s;
		struct error err = ERROR_INIT;

		alarm(10);
		if (store_open(path, &s, &err) < 0) {
			fprintf(stderr, "store_open: %s\n", err.message);
			_exit(1);
		}
		store_close(s);
		_exit(0);
	}
	cr_assert_eq(waitpid(pid, &status, 0), pid);
	if (WIFSIGNALED(status))
		return 128 + WTERMSIG(status);
	return WEXITSTATUS(status);
}

/* A FIFO blocked the open (no writer ever comes) while the folder lock was
 * held, so every other idiom waited too. */
Test(store_safety, fifo_is_refused_without_waiting)
{
	struct store *s;
	struct error err = ERROR_INIT;
	struct stat st;

	cr_assert_eq(mkfifo(path, 0644), 0);
	cr_assert_eq(open_in_child(), 1, "a FIFO at the database's place hung or was opened");
	cr_assert_eq(store_open(path, &s, &err), -EILSEQ);
	cr_assert(strstr(err.message, "not a regular file"), "%s", err.message);
	cr_assert_eq(lstat(path, &st), 0);
	cr_assert(S_ISFIFO(st.st_mode), "the FIFO was replaced");
	unlink(path);
}

/* A dangling link: SQLite would create the database where it points. */
Test(store_safety, dangling_link_is_refused_and_creates_nothing)
{
	char elsewhere[160];
	struct store *s;
	struct error err = ERROR_INIT;
	struct stat st;

	snprintf(elsewhere, sizeof(elsewhere), "%s-elsewhere", dir);
	cr_assert_eq(symlink(elsewhere, path), 0);
	cr_assert_eq(store_open(path, &s, &err), -ELOOP);
	cr_assert(strstr(err.message, "symbolic link"), "%s", err.message);
	cr_assert_neq(stat(elsewhere, &st), 0, "a database was made at the link's target");
	unlink(elsewhere);
	unlink(path);
}

/* A link to a real database is refused too: the database lives in
 * $IDIOM_HOME itself, and its -wal and -shm files next to it. */
Test(store_safety, link_to_a_database_is_refused_untouched)
{
	char real[160];
	struct store *s;
	struct error err = ERROR_INIT;
	size_t before, after;
	unsigned char *a, *b;

	snprintf(real, sizeof(real), "%s/real.db", dir);
	cr_assert_eq(store_open(path, &s, &err), 0, "%s", err.message);
	store_close(s);
	cr_assert_eq(rename(path, real), 0);
	cr_assert_eq(symlink(real, path), 0);
	a = read_bytes(real, &before);
	cr_assert_eq(store_open(path, &s, &err), -ELOOP);
	b = read_bytes(real, &after);
	cr_assert(before == after && memcmp(a, b, before) == 0, "the linked database changed");
	free(a);
	free(b);
	unlink(path);
	unlink(real);
}

/* ---- migration ---- */

/* Schema 1 exactly as it shipped: attempts only. */
static const char schema1[] =
	"CREATE TABLE attempt ("
	" seq INTEGER PRIMARY KEY,"
	" id TEXT NOT NULL UNIQUE,"
	" lesson INTEGER NOT NULL CHECK (lesson > 0),"
	" exercise TEXT NOT NULL CHECK (exercise IN ('reflect', 'rewrite', 'practice')),"
	" verdict TEXT NOT NULL CHECK (verdict IN ('pass', 'fail', 'error')),"
	" time INTEGER NOT NULL,"
	" answer TEXT NOT NULL,"
	" report TEXT,"
	" failing TEXT NOT NULL DEFAULT '[]');"
	"PRAGMA application_id = 1768188271; PRAGMA user_version = 1;";

Test(store_safety, schema_1_is_migrated_with_its_data)
{
	sqlite3 *db = raw_open();
	struct store *s;
	struct store_summary sum;
	struct error err = ERROR_INIT;

	sql(db, schema1);
	sql(db, "INSERT INTO attempt (id, lesson, exercise, verdict, time, answer, failing) VALUES"
		" ('00000000000000000000000000000001', 4, 'reflect', 'pass', 1000, 'a', '[]'),"
		" ('00000000000000000000000000000002', 4, 'rewrite', 'pass', 1100, 'b', '[]'),"
		" ('00000000000000000000000000000003', 4, 'practice', 'fail', 1200, 'c',"
		"  '[\"Handles errors\"]');");
	sqlite3_close(db);

	s = open_ok();
	cr_assert_eq(store_summary(s, 4, &sum, &err), 0, "%s", err.message);
	cr_assert_eq(sum.status, STORE_STARTED);
	cr_assert_eq(sum.attempts, 3);
	cr_assert_eq(sum.seconds, 200);
	cr_assert_eq(sum.exercises[STORE_PRACTICE].failing_count, 1);
	cr_assert_str_eq(sum.exercises[STORE_PRACTICE].failing[0], "Handles errors");
	store_summary_free(&sum);
	/* Schema 2's events work on the migrated file. */
	cr_assert_eq(store_reset(s, 4, -1, 2000, &err), 0, "%s", err.message);
	cr_assert_eq(store_summary(s, 4, &sum, &err), 0);
	cr_assert_eq(sum.status, STORE_OPEN);
	store_summary_free(&sum);
	/* And schema 3's drafts. */
	struct store_draft d = { .lesson = 4, .exercise = STORE_REWRITE, .text = (char *)"draft" };
	cr_assert_eq(store_draft_save(s, &d, &err), 0, "%s", err.message);
	store_close(s);

	db = raw_open();
	cr_assert_eq(sql_int(db, "PRAGMA user_version"), 3);
	cr_assert_eq(sql_int(db, "SELECT count(*) FROM event"), 1);
	cr_assert_eq(sql_int(db, "SELECT count(*) FROM draft"), 1);
	assert_integrity(db);
	sqlite3_close(db);
}

Test(store_safety, failed_migration_changes_nothing)
{
	sqlite3 *db = raw_open();
	struct store *s;
	struct error err = ERROR_INIT;

	sql(db, schema1);
	sql(db, "INSERT INTO attempt (id, lesson, exercise, verdict, time, answer) VALUES"
		" ('00000000000000000000000000000001', 4, 'reflect', 'pass', 1000, 'a');"
		/* An index in the way: step 2 fails after making the event table,
		 * which the rollback must undo. */
		"CREATE INDEX attempt_lesson ON attempt (lesson);");
	sqlite3_close(db);
	cr_assert_lt(store_open(path, &s, &err), 0);
	cr_assert(strstr(err.message, "migrating the schema"), "%s", err.message);
	db = raw_open();
	cr_assert_eq(sql_int(db, "PRAGMA user_version"), 1, "the version moved");
	cr_assert_eq(sql_int(db, "SELECT count(*) FROM sqlite_master WHERE name = 'event'"), 0,
		     "half a migration stayed");
	cr_assert_eq(sql_int(db, "SELECT count(*) FROM attempt"), 1);
	assert_integrity(db);
	sqlite3_close(db);
}

/* ---- processes at once ---- */

#define WRITES_EACH 200

/* A child: records WRITES_EACH attempts, then reports how many it recorded.
 * A write that waited past the busy timeout fails, and so does the child:
 * the only time bound here is the store's own (no wall-clock assertion: on
 * a loaded machine a write may wait seconds and still be correct; timing
 * belongs in bench/).  The suite's 60 s timeout only catches a hang. */
static void writer(int lesson, int out)
{
	struct store *s;
	struct error err = ERROR_INIT;
	struct store_attempt a;
	char line[64];
	int n, done = 0;

	if (store_open(path, &s, &err) < 0) {
		fprintf(stderr, "writer: %s\n", err.message);
		_exit(3);
	}
	for (int i = 0; i < WRITES_EACH; i++) {
		memset(&a, 0, sizeof(a));
		a.lesson = lesson;
		a.exercise = (enum store_exercise)(i % 3);
		a.verdict = STORE_FAIL;
		a.answer = "print('hi')";
		if (store_record_attempt(s, &a, &err) < 0) {
			fprintf(stderr, "writer: %s\n", err.message);
			_exit(4);
		}
		done++;
	}
	store_close(s);
	n = snprintf(line, sizeof(line), "%d\n", done);
	if (write(out, line, (size_t)n) != n)
		_exit(5);
	_exit(0);
}

/* 1 if nobody holds the flock store_open takes on the database's folder. */
static int dir_lock_free(void)
{
	int free_now, fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	cr_assert_geq(fd, 0);
	free_now = flock(fd, LOCK_EX | LOCK_NB) == 0;
	close(fd);
	return free_now;
}

Test(store_safety, two_writers_lose_nothing)
{
	int fds[2];
	pid_t pids[2];
	char buf[128] = { 0 };
	size_t got = 0;
	ssize_t n;
	int lines = 0;
	sqlite3 *db;

	cr_assert_eq(pipe(fds), 0);
	for (int i = 0; i < 2; i++) {
		pids[i] = fork();
		cr_assert_geq(pids[i], 0);
		if (pids[i] == 0) {
			close(fds[0]);
			writer(i + 1, fds[1]);
		}
	}
	close(fds[1]);
	while ((n = read(fds[0], buf + got, sizeof(buf) - 1 - got)) > 0)
		got += (size_t)n;
	close(fds[0]);
	for (int i = 0; i < 2; i++) {
		int status;

		cr_assert_eq(waitpid(pids[i], &status, 0), pids[i]);
		cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
			  "writer %d failed (status %d)", i, status);
	}
	/* Each writer says it recorded all of its attempts... */
	for (char *line = buf, *end; *line; line = end + 1) {
		cr_assert_eq(strtol(line, &end, 10), WRITES_EACH, "a writer stopped short");
		lines++;
		if (!*end)
			break;
	}
	cr_assert_eq(lines, 2);
	/* ...the opening lock was given back by both... */
	cr_assert(dir_lock_free(), "the folder lock is still held after both writers ended");
	/* ...and the database holds every one of them, in one order. */
	db = raw_open();
	cr_assert_eq(sql_int(db, "SELECT count(*) FROM attempt"), 2 * WRITES_EACH);
	cr_assert_eq(sql_int(db, "SELECT count(DISTINCT seq) FROM attempt"), 2 * WRITES_EACH);
	cr_assert_eq(sql_int(db, "SELECT count(*) FROM attempt WHERE lesson = 1"), WRITES_EACH);
	assert_integrity(db);
	sqlite3_close(db);
}

/* ---- killed at random moments ---- */

#define KILLS 60

/* A child: records attempts forever, writing each id to OUT once committed. */
static void endless_writer(int out)
{
	struct store *s;
	struct error err = ERROR_INIT;
	struct store_attempt a;
	char line[STORE_ID_SIZE + 1];

	if (store_open(path, &s, &err) < 0) {
		fprintf(stderr, "writer: %s\n", err.message);
		_exit(3);
	}
	if (write(out, "R\n", 2) != 2)
		_exit(5);
	for (;;) {
		memset(&a, 0, sizeof(a));
		a.lesson = 1 + (int)(getpid() % 5);
		a.exercise = STORE_PRACTICE;
		a.verdict = STORE_PASS;
		a.answer = "async def f():\n    await g()\n";
		a.report = "{\"status\": \"pass\", \"criteria\": []}";
		if (store_record_attempt(s, &a, &err) < 0)
			_exit(4);
		int n = snprintf(line, sizeof(line), "%s\n", a.id);

		if (write(out, line, (size_t)n) != n)
			_exit(5);
	}
}

/* Reads every id the child reported; returns how many. */
static size_t read_ids(int fd, char ***ids)
{
	size_t cap = 0, len = 0, count = 0;
	char *text = NULL, *line, *next;
	ssize_t n;

	do {
		text = realloc(text, cap += 4096);
		n = read(fd, text + len, cap - len - 1);
		len += n > 0 ? (size_t)n : 0;
	} while (n > 0);
	text[len] = 0;
	*ids = NULL;
	for (line = text; (next = strchr(line, '\n')); line = next + 1) {
		*next = 0;
		if (strlen(line) != 32)
			continue;	/* the "ready" line */
		*ids = realloc(*ids, (count + 1) * sizeof(**ids));
		(*ids)[count++] = strdup(line);
	}
	free(text);
	return count;
}

static void assert_all_present(sqlite3 *db, char **ids, size_t count)
{
	sqlite3_stmt *st;

	/* Killed before it made the schema: nothing was promised. */
	if (count == 0)
		return;
	cr_assert_eq(sqlite3_prepare_v2(db, "SELECT count(*) FROM attempt WHERE id = ?", -1,
					&st, NULL), SQLITE_OK);
	for (size_t i = 0; i < count; i++) {
		sqlite3_bind_text(st, 1, ids[i], -1, SQLITE_STATIC);
		cr_assert_eq(sqlite3_step(st), SQLITE_ROW);
		cr_assert_eq(sqlite3_column_int(st, 0), 1, "committed attempt %s is missing", ids[i]);
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
}

Test(store_safety, sigkill_at_random_moments_loses_nothing_committed)
{
	unsigned seed = (unsigned)time(NULL) ^ (unsigned)getpid();
	size_t total = 0;

	cr_log_info("durability seed %u", seed);
	for (int round = 0; round < KILLS; round++) {
		int fds[2], status;
		char **ids;
		size_t count;
		pid_t pid;
		sqlite3 *db;
		struct store *s;

		cr_assert_eq(pipe(fds), 0);
		pid = fork();
		cr_assert_geq(pid, 0);
		if (pid == 0) {
			close(fds[0]);
			endless_writer(fds[1]);
		}
		close(fds[1]);
		/* One round in five kills at once, often while opening; the others
		 * wait until the writer is ready, then kill it 0 to 20 ms later,
		 * mostly in the middle of a write (a commit is most of its time). */
		if (round % 5 != 0) {
			char ready[2];

			cr_assert_eq(read(fds[0], ready, 2), 2, "round %d: the writer did not start",
				     round);
		}
		/* One round in five also waits for a first commit, so the test
		 * proves something however slow the disk is under load. */
		if (round % 5 == 4) {
			struct pollfd first = { .fd = fds[0], .events = POLLIN };

			cr_assert_eq(poll(&first, 1, 10000), 1, "round %d: no commit in 10 s", round);
		}
		usleep((useconds_t)(rand_r(&seed) % 20000));
		kill(pid, SIGKILL);
		cr_assert_eq(waitpid(pid, &status, 0), pid);
		cr_assert(WIFSIGNALED(status), "round %d: the writer stopped by itself (%d), seed %u",
			  round, status, seed);
		count = read_ids(fds[0], &ids);
		close(fds[0]);
		total += count;

		db = raw_open();
		assert_integrity(db);
		assert_all_present(db, ids, count);
		sqlite3_close(db);
		/* And idiom itself still opens it. */
		s = open_ok();
		store_close(s);
		for (size_t i = 0; i < count; i++)
			free(ids[i]);
		free(ids);
	}
	cr_log_info("durability: %d kills, %zu committed attempts checked", KILLS, total);
	cr_assert_geq(total, (size_t)KILLS / 5, "too few writes to prove anything (%zu)", total);
}

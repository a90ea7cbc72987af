/* The SQLite backend of the progress store: one file in WAL mode, so a `watch`
 * and a `check` can write at once (writers queue for milliseconds behind
 * STORE_BUSY_TIMEOUT_MS, readers never wait); every write is one IMMEDIATE
 * transaction.  A file is only ever written once it is known to be ours
 * (our application_id, a schema version we know) or empty. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <jansson.h>
#include <sqlite3.h>
#include "store/store.h"
#include "store/backend.h"
#include "util/xalloc.h"
#include "util/banned.h"

/* 'idio': marks the file as ours in the SQLite header. */
#define APPLICATION_ID 0x6964696f

/* Forward migrations: migrations[i] takes schema i to schema i + 1; a new
 * database runs them all.  Never edit a shipped step, only append one. */
static const char *const migrations[] = {
	/* 1: graded attempts. */
	"CREATE TABLE attempt ("
	" seq INTEGER PRIMARY KEY,"
	" id TEXT NOT NULL UNIQUE,"
	" lesson INTEGER NOT NULL CHECK (lesson > 0),"
	" exercise TEXT NOT NULL CHECK (exercise IN ('reflect', 'rewrite', 'practice')),"
	" verdict TEXT NOT NULL CHECK (verdict IN ('pass', 'fail', 'error')),"
	" time INTEGER NOT NULL,"
	" answer TEXT NOT NULL,"
	" report TEXT,"
	" failing TEXT NOT NULL DEFAULT '[]');",
	/* 2: starts, hints and resets for status and time spent. */
	"CREATE TABLE event ("
	" seq INTEGER PRIMARY KEY,"
	" id TEXT NOT NULL UNIQUE,"
	" lesson INTEGER NOT NULL CHECK (lesson >= 0),"
	" kind TEXT NOT NULL CHECK (kind IN ('start', 'hint', 'show', 'reset')),"
	" exercise TEXT CHECK (exercise IN ('reflect', 'rewrite', 'practice')),"
	" time INTEGER NOT NULL);"
	"CREATE INDEX event_lesson ON event (lesson, time);"
	"CREATE INDEX attempt_lesson ON attempt (lesson, time);",
	/* 3: the unsaved text in the browser's editor, one per exercise. */
	"CREATE TABLE draft ("
	" lesson INTEGER NOT NULL CHECK (lesson > 0),"
	" exercise TEXT NOT NULL CHECK (exercise IN ('reflect', 'rewrite', 'practice')),"
	" text TEXT NOT NULL,"
	" time INTEGER NOT NULL,"
	" PRIMARY KEY (lesson, exercise));",
};
#define SCHEMA_VERSION ((int)(sizeof(migrations) / sizeof(migrations[0])))

struct sqlite_store {
	struct store base;
	sqlite3 *db;
	char *path;
};

enum file_state { FILE_EMPTY, FILE_OLDER, FILE_CURRENT };

static int code_of(int rc)
{
	switch (rc & 0xff) {
	case SQLITE_BUSY: case SQLITE_LOCKED: return -EBUSY;
	case SQLITE_FULL: return -ENOSPC;
	case SQLITE_READONLY: case SQLITE_PERM: case SQLITE_CANTOPEN: case SQLITE_AUTH:
		return -EACCES;
	case SQLITE_NOTADB: case SQLITE_CORRUPT: return -EILSEQ;
	case SQLITE_NOMEM: return -ENOMEM;
	default: return -EIO;
	}
}

/* Reports the connection's last error while doing WHAT. */
static int db_fail(struct sqlite_store *s, struct error *err, int rc, const char *what)
{
	int code = code_of(rc);

	if (code == -EILSEQ)
		return error_set(err, code, "%s is damaged (%s while %s); it was left as it is: "
				  "move it away to start afresh, or restore a copy",
				  s->path, sqlite3_errmsg(s->db), what);
	if ((rc & 0xff) == SQLITE_CANTOPEN)
		return error_set(err, code, "cannot open %s (%s while %s): does its directory "
				  "exist, and may you write there?", s->path, sqlite3_errmsg(s->db), what);
	if (code == -EBUSY)
		return error_set(err, code, "%s: another idiom kept the progress database busy "
				  "for %d s while %s; try again", s->path, STORE_BUSY_TIMEOUT_MS / 1000, what);
	return error_set(err, code, "%s: %s while %s", s->path, sqlite3_errmsg(s->db), what);
}

/* Keeps the first failure of a series of sqlite3_bind_* calls in *RC. */
static void bound(int *rc, int result)
{
	if (*rc == SQLITE_OK)
		*rc = result;
}

static int exec(struct sqlite_store *s, const char *sql, const char *what, struct error *err)
{
	int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);

	return rc == SQLITE_OK ? 0 : db_fail(s, err, rc, what);
}

static int query_int(struct sqlite_store *s, const char *sql, int64_t *out, struct error *err)
{
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);

	if (rc == SQLITE_OK) {
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			*out = sqlite3_column_int64(st, 0);
			rc = SQLITE_OK;
		}
	}
	sqlite3_finalize(st);
	return rc == SQLITE_OK ? 0 : db_fail(s, err, rc, "reading the schema");
}

/* Refuses, before SQLite touches it, what cannot be our database: a
 * symbolic link (dangling, it would make SQLite create the database wherever
 * it points, outside $IDIOM_HOME), anything but a regular file (a FIFO would
 * block the open, and every other idiom behind the folder lock), and a
 * non-empty file that is not SQLite.  O_NONBLOCK: opening a FIFO returns at
 * once, so the type can be checked instead of waiting for a writer. */
static int check_header(const char *path, struct error *err)
{
	static const char magic[16] = "SQLite format 3";
	char head[16];
	struct stat st;
	ssize_t n;
	int rc = 0, fd = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);

	if (fd < 0 && errno == ENOENT)
		return 0;
	if (fd < 0 && errno == ELOOP)
		return error_set(err, -ELOOP, "%s is a symbolic link; idiom keeps its progress "
				  "database only as a file of its own there: remove the link, or "
				  "point $IDIOM_HOME at the folder it leads to", path);
	if (fd < 0)
		return error_errno(err, "cannot open %s", path);
	if (fstat(fd, &st) < 0) {
		rc = error_errno(err, "cannot inspect %s", path);
		goto cleanup;
	}
	if (!S_ISREG(st.st_mode)) {
		rc = error_set(err, -EILSEQ, "%s is not a regular file, so not an idiom progress "
			       "database; it was left untouched: move it away, or point "
			       "$IDIOM_HOME elsewhere", path);
		goto cleanup;
	}
	n = read(fd, head, sizeof(head));
	if (n < 0) {
		rc = error_errno(err, "cannot read %s", path);
		goto cleanup;
	}
	if (n > 0 && (n < (ssize_t)sizeof(head) || memcmp(head, magic, sizeof(head)) != 0))
		rc = error_set(err, -EILSEQ, "%s is not an idiom progress database (it is not "
			       "an SQLite file); it was left untouched: move it away, or "
			       "point $IDIOM_HOME elsewhere", path);
cleanup:
	close(fd);
	return rc;
}

/* Decides what the open file is; refuses (without writing) what is not ours. */
static int classify(struct sqlite_store *s, enum file_state *state, int *version,
		    struct error *err)
{
	int64_t app, ver, objects;
	int rc;

	if ((rc = query_int(s, "PRAGMA application_id", &app, err)) < 0 ||
	    (rc = query_int(s, "PRAGMA user_version", &ver, err)) < 0 ||
	    (rc = query_int(s, "SELECT count(*) FROM sqlite_master", &objects, err)) < 0)
		return rc;
	*version = (int)ver;
	if (app == 0 && ver == 0 && objects == 0) {
		*state = FILE_EMPTY;
		return 0;
	}
	if (app != APPLICATION_ID || ver <= 0)
		return error_set(err, -EILSEQ, "%s is an SQLite database of another program, not "
				  "idiom's progress; it was left untouched: move it away, or "
				  "point $IDIOM_HOME elsewhere", s->path);
	if (ver > SCHEMA_VERSION)
		return error_set(err, -ENOTSUP, "%s was made by a newer idiom (schema %d); this "
				  "one knows up to %d: update idiom (the file was left as it is)",
				  s->path, (int)ver, SCHEMA_VERSION);
	*state = ver == SCHEMA_VERSION ? FILE_CURRENT : FILE_OLDER;
	return 0;
}

/* Runs the steps from VERSION up, inside the caller's transaction. */
static int migrate(struct sqlite_store *s, int version, struct error *err)
{
	char *pragmas = xasprintf("PRAGMA application_id = %d; PRAGMA user_version = %d;",
				  APPLICATION_ID, SCHEMA_VERSION);
	int rc = 0;

	for (int v = version; v < SCHEMA_VERSION && rc == 0; v++)
		rc = exec(s, migrations[v], "migrating the schema", err);
	if (rc == 0)
		rc = exec(s, pragmas, "marking the schema", err);
	free(pragmas);
	return rc;
}

/* Creates or migrates the schema.  The state is decided again inside the
 * write transaction: another idiom may have done it meanwhile. */
static int upgrade(struct sqlite_store *s, struct error *err)
{
	enum file_state state;
	int version, rc;

	if ((rc = exec(s, "BEGIN IMMEDIATE", "starting the schema update", err)) < 0)
		return rc;
	rc = classify(s, &state, &version, err);
	if (rc == 0 && state != FILE_CURRENT)
		rc = migrate(s, version, err);
	if (rc == 0)
		rc = exec(s, "COMMIT", "saving the schema", err);
	if (rc < 0)
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

static int set_wal(struct sqlite_store *s, struct error *err)
{
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(s->db, "PRAGMA journal_mode = WAL", -1, &st, NULL);

	if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const unsigned char *mode = sqlite3_column_text(st, 0);

		rc = mode && strcmp((const char *)mode, "wal") == 0 ? SQLITE_OK : SQLITE_ERROR;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_OK ? 0 : db_fail(s, err, rc, "switching to WAL mode");
}

static int prepare_file(struct sqlite_store *s, struct error *err)
{
	enum file_state state;
	int version, rc;

	sqlite3_busy_timeout(s->db, STORE_BUSY_TIMEOUT_MS);
	/* One snapshot: the three values must come from the same moment. */
	if ((rc = exec(s, "BEGIN", "reading the schema", err)) < 0)
		return rc;
	rc = classify(s, &state, &version, err);
	sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
	if (rc < 0)
		return rc;
	/* Only now is the file known to be ours (or empty) and may be written. */
	if ((rc = set_wal(s, err)) < 0)
		return rc;
	if (state != FILE_CURRENT && (rc = upgrade(s, err)) < 0)
		return rc;
	/* FULL: a commit is on disk when store_record_attempt returns. */
	return exec(s, "PRAGMA synchronous = FULL", "setting durability", err);
}

/* Serialises opening (creation, migration, the switch to WAL) among idiom
 * processes, which SQLite alone does not make safe on a new file: an flock on
 * the database's directory, never seen by SQLite's fcntl locks on the file.
 * Returns the locked descriptor (close it to unlock) or a negative code. */
static int lock_dir(const char *path, struct error *err)
{
	char *dir = xstrdup(path), *slash = strrchr(dir, '/');
	int fd, rc = 0;

	if (!slash)
		snprintf(dir, 2, ".");
	else
		slash[slash == dir] = 0;
	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0) {
		rc = error_errno(err, "cannot open the directory %s for %s (does it exist, and "
				 "may you write there?)", dir, path);
		goto cleanup;
	}
	for (int waited = 0; flock(fd, LOCK_EX | LOCK_NB) < 0; waited += 2) {
		if (errno != EWOULDBLOCK && errno != EINTR)
			rc = error_errno(err, "cannot lock %s", dir);
		else if (waited >= STORE_BUSY_TIMEOUT_MS)
			rc = error_set(err, -EBUSY, "%s: another idiom kept opening the progress "
					"database for %d s; try again", path, STORE_BUSY_TIMEOUT_MS / 1000);
		if (rc < 0)
			break;
		usleep(2000);
	}
cleanup:
	if (rc < 0 && fd >= 0)
		close(fd);
	free(dir);
	return rc < 0 ? rc : fd;
}

static const struct store_backend sqlite_backend;

/* A file path: anything without a "scheme://" in front. */
static int sqlite_accepts(const char *location)
{
	const char *sep = strstr(location, "://");

	return !sep || strchr(location, '/') < sep;
}

static int sqlite_open(const char *path, struct store **out, struct error *err)
{
	struct sqlite_store *s = NULL;
	int rc, lock = lock_dir(path, err);

	*out = NULL;
	if (lock < 0)
		return lock;
	if ((rc = check_header(path, err)) < 0)
		goto cleanup;
	s = xcalloc(1, sizeof(*s));
	s->base.backend = &sqlite_backend;
	s->path = xstrdup(path);
	/* NOFOLLOW: a link planted after check_header is refused too. */
	rc = sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
			     SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_NOFOLLOW, NULL);
	if (rc != SQLITE_OK)
		rc = s->db ? db_fail(s, err, rc, "opening it")
			   : error_set(err, -ENOMEM, "%s: out of memory", path);
	else
		rc = prepare_file(s, err);
cleanup:
	close(lock);
	if (rc < 0) {
		if (s) {
			sqlite3_close(s->db);
			free(s->path);
			free(s);
		}
		return rc;
	}
	*out = &s->base;
	return 0;
}

static void sqlite_close(struct store *base)
{
	struct sqlite_store *s = (struct sqlite_store *)base;

	sqlite3_close(s->db);
	free(s->path);
	free(s);
}

/* ---- writing ---- */

static char *failing_json(const struct store_attempt *a)
{
	json_t *arr = json_array();
	char *text;

	for (size_t i = 0; i < a->failing_count; i++)
		json_array_append_new(arr, json_string(a->failing[i]));
	text = json_dumps(arr, JSON_COMPACT);
	json_decref(arr);
	return text;
}

/* Runs ST to completion and resets it; counts a row it added in RES. */
static int step_insert(struct sqlite_store *s, sqlite3_stmt *st,
		       struct store_import_result *res, struct error *err)
{
	int rc = sqlite3_step(st);

	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_DONE)
		return db_fail(s, err, rc, "saving progress");
	if (sqlite3_changes(s->db) > 0)
		res->added++;
	else
		res->skipped++;
	return 0;
}

static int put_attempt(struct sqlite_store *s, sqlite3_stmt *st, const struct store_attempt *a,
		       int64_t seq, struct store_import_result *res, struct error *err)
{
	char *failing = failing_json(a);
	int rc;

	if (!failing)
		return error_set(err, -EINVAL, "a failing criterion title is not valid UTF-8");
	rc = SQLITE_OK;
	bound(&rc, sqlite3_bind_int64(st, 1, seq));
	bound(&rc, sqlite3_bind_text(st, 2, a->id, -1, SQLITE_STATIC));
	bound(&rc, sqlite3_bind_int(st, 3, a->lesson));
	bound(&rc, sqlite3_bind_text(st, 4, store_exercise_name(a->exercise), -1, SQLITE_STATIC));
	bound(&rc, sqlite3_bind_text(st, 5, store_verdict_name(a->verdict), -1, SQLITE_STATIC));
	bound(&rc, sqlite3_bind_int64(st, 6, a->time));
	bound(&rc, sqlite3_bind_text(st, 7, a->answer, -1, SQLITE_STATIC));
	if (a->report)
		bound(&rc, sqlite3_bind_text(st, 8, a->report, -1, SQLITE_STATIC));
	bound(&rc, sqlite3_bind_text(st, 9, failing, -1, SQLITE_STATIC));
	if (rc != SQLITE_OK) {
		sqlite3_clear_bindings(st);
		rc = db_fail(s, err, rc, "saving an attempt");
	} else {
		rc = step_insert(s, st, res, err);
	}
	free(failing);
	return rc;
}

static const char *const event_kind_names[STORE_EVENT_KINDS] = {
	"start", "hint", "show", "reset"
};

static int put_event(struct sqlite_store *s, sqlite3_stmt *st, const struct store_event *e,
		     int64_t seq, struct store_import_result *res, struct error *err)
{
	int rc = SQLITE_OK;

	bound(&rc, sqlite3_bind_int64(st, 1, seq));
	bound(&rc, sqlite3_bind_text(st, 2, e->id, -1, SQLITE_STATIC));
	bound(&rc, sqlite3_bind_int(st, 3, e->lesson));
	bound(&rc, sqlite3_bind_text(st, 4, event_kind_names[e->kind], -1, SQLITE_STATIC));
	if (e->exercise >= 0)
		bound(&rc, sqlite3_bind_text(st, 5,
					     store_exercise_name((enum store_exercise)e->exercise),
					     -1, SQLITE_STATIC));
	bound(&rc, sqlite3_bind_int64(st, 6, e->time));
	if (rc != SQLITE_OK) {
		sqlite3_clear_bindings(st);
		return db_fail(s, err, rc, "saving an event");
	}
	return step_insert(s, st, res, err);
}

static int put_all(struct sqlite_store *s, const struct store_attempt *a, size_t na,
		   const struct store_event *ev, size_t ne,
		   struct store_import_result *res, struct error *err)
{
	sqlite3_stmt *ins_a = NULL, *ins_e = NULL;
	int64_t seq;
	int rc;

	rc = query_int(s, "SELECT max(coalesce((SELECT max(seq) FROM attempt), 0),"
		       " coalesce((SELECT max(seq) FROM event), 0))", &seq, err);
	if (rc < 0)
		return rc;
	rc = sqlite3_prepare_v2(s->db, "INSERT OR IGNORE INTO attempt (seq, id, lesson, "
				"exercise, verdict, time, answer, report, failing) VALUES "
				"(?, ?, ?, ?, ?, ?, ?, ?, ?)", -1, &ins_a, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_prepare_v2(s->db, "INSERT OR IGNORE INTO event (seq, id, lesson, "
					"kind, exercise, time) VALUES (?, ?, ?, ?, ?, ?)",
					-1, &ins_e, NULL);
	if (rc != SQLITE_OK) {
		rc = db_fail(s, err, rc, "preparing to save");
		goto cleanup;
	}
	/* Merged by (time, seq hint) so an import keeps the exporter's order of
	 * an attempt and a reset within the same second. */
	for (size_t i = 0, j = 0; (i < na || j < ne) && rc == 0;) {
		int take_a = j == ne || (i < na && (a[i].time < ev[j].time ||
			     (a[i].time == ev[j].time && a[i].seq <= ev[j].seq)));

		if (take_a)
			rc = put_attempt(s, ins_a, &a[i++], ++seq, res, err);
		else
			rc = put_event(s, ins_e, &ev[j++], ++seq, res, err);
	}
cleanup:
	sqlite3_finalize(ins_a);
	sqlite3_finalize(ins_e);
	return rc;
}

static int sqlite_put(struct store *base, const struct store_attempt *a, size_t na,
		      const struct store_event *ev, size_t ne,
		      struct store_import_result *res, struct error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)base;
	struct store_import_result counts = { 0, 0 };
	int rc = exec(s, "BEGIN IMMEDIATE", "starting to save", err);

	if (rc < 0)
		return rc;
	rc = put_all(s, a, na, ev, ne, &counts, err);
	if (rc == 0)
		rc = exec(s, "COMMIT", "committing", err);
	if (rc < 0) {
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		return rc;
	}
	if (res)
		*res = counts;
	return 0;
}

/* ---- reading ---- */

static char *column_dup(sqlite3_stmt *st, int col)
{
	const unsigned char *t = sqlite3_column_text(st, col);

	return t ? xstrdup((const char *)t) : NULL;
}

static void column_id(sqlite3_stmt *st, int col, char id[STORE_ID_SIZE])
{
	const unsigned char *t = sqlite3_column_text(st, col);

	snprintf(id, STORE_ID_SIZE, "%s", t ? (const char *)t : "");
}

/* Parses the failing column (a JSON array of strings) into A. */
static int read_failing(sqlite3_stmt *st, int col, struct store_attempt *a)
{
	const unsigned char *t = sqlite3_column_text(st, col);
	json_t *arr = t ? json_loads((const char *)t, 0, NULL) : NULL;
	char **titles;
	size_t i;

	if (!json_is_array(arr)) {
		json_decref(arr);
		return -EILSEQ;
	}
	titles = xcalloc(json_array_size(arr) + 1, sizeof(*titles));
	for (i = 0; i < json_array_size(arr); i++) {
		const char *title = json_string_value(json_array_get(arr, i));

		titles[i] = xstrdup(title ? title : "");
	}
	a->failing = (const char *const *)titles;
	a->failing_count = i;
	json_decref(arr);
	return 0;
}

static int read_attempt(sqlite3_stmt *st, struct store_attempt *a)
{
	const char *ex = (const char *)sqlite3_column_text(st, 3);
	const char *verdict = (const char *)sqlite3_column_text(st, 4);

	memset(a, 0, sizeof(*a));
	a->seq = sqlite3_column_int64(st, 0);
	column_id(st, 1, a->id);
	a->lesson = sqlite3_column_int(st, 2);
	a->time = sqlite3_column_int64(st, 5);
	a->answer = column_dup(st, 6);
	a->report = column_dup(st, 7);
	if (!a->answer)
		a->answer = xstrdup("");
	if (!ex || store_exercise_parse(ex, &a->exercise) < 0 ||
	    !verdict || store_verdict_parse(verdict, &a->verdict) < 0)
		return -EILSEQ;
	return read_failing(st, 8, a);
}

static int read_event(sqlite3_stmt *st, struct store_event *e)
{
	const char *kind = (const char *)sqlite3_column_text(st, 3);
	const char *ex = (const char *)sqlite3_column_text(st, 4);
	enum store_exercise x;

	memset(e, 0, sizeof(*e));
	e->seq = sqlite3_column_int64(st, 0);
	column_id(st, 1, e->id);
	e->lesson = sqlite3_column_int(st, 2);
	e->time = sqlite3_column_int64(st, 5);
	e->kind = -1;
	for (int k = 0; k < STORE_EVENT_KINDS; k++)
		if (kind && strcmp(kind, event_kind_names[k]) == 0)
			e->kind = k;
	e->exercise = -1;
	if (ex) {
		if (store_exercise_parse(ex, &x) < 0)
			return -EILSEQ;
		e->exercise = (int)x;
	}
	return e->kind < 0 ? -EILSEQ : 0;
}

static int load_attempts(struct sqlite_store *s, int lesson, struct store_attempt_list *out,
			 struct error *err)
{
	sqlite3_stmt *st = NULL;
	size_t cap = 0;
	int rc = sqlite3_prepare_v2(s->db, "SELECT seq, id, lesson, exercise, verdict, time, "
				    "answer, report, failing FROM attempt WHERE ?1 = 0 OR "
				    "lesson = ?1 ORDER BY time, seq", -1, &st, NULL);

	if (rc == SQLITE_OK)
		rc = sqlite3_bind_int(st, 1, lesson);
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		out->items = xgrow(out->items, &cap, out->count + 1, sizeof(*out->items));
		if (read_attempt(st, &out->items[out->count++]) < 0)
			rc = SQLITE_CORRUPT;
		else
			rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : db_fail(s, err, rc, "reading attempts");
}

static int load_events(struct sqlite_store *s, int lesson, struct store_records *out,
		       struct error *err)
{
	sqlite3_stmt *st = NULL;
	size_t cap = 0;
	int rc = sqlite3_prepare_v2(s->db, "SELECT seq, id, lesson, kind, exercise, time FROM "
				    "event WHERE ?1 = 0 OR lesson = ?1 OR lesson = 0 "
				    "ORDER BY time, seq", -1, &st, NULL);

	if (rc == SQLITE_OK)
		rc = sqlite3_bind_int(st, 1, lesson);
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		out->events = xgrow(out->events, &cap, out->event_count + 1, sizeof(*out->events));
		rc = read_event(st, &out->events[out->event_count++]) < 0 ? SQLITE_CORRUPT
									   : SQLITE_OK;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : db_fail(s, err, rc, "reading events");
}

static int sqlite_load(struct store *base, int lesson, struct store_records *out,
		       struct error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)base;
	int rc;

	memset(out, 0, sizeof(*out));
	/* One read transaction: both lists from the same snapshot. */
	if ((rc = exec(s, "BEGIN", "starting to read", err)) < 0)
		return rc;
	rc = load_attempts(s, lesson, &out->attempts, err);
	if (rc == 0)
		rc = load_events(s, lesson, out, err);
	sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
	if (rc < 0)
		store_records_free(out);
	return rc;
}

static int sqlite_lessons(struct store *base, int **out, size_t *count, struct error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)base;
	sqlite3_stmt *st = NULL;
	size_t cap = 0;
	int rc = sqlite3_prepare_v2(s->db, "SELECT lesson FROM attempt UNION SELECT lesson "
				    "FROM event WHERE lesson > 0 ORDER BY 1", -1, &st, NULL);

	*out = NULL;
	*count = 0;
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		*out = xgrow(*out, &cap, *count + 1, sizeof(**out));
		(*out)[(*count)++] = sqlite3_column_int(st, 0);
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return 0;
	free(*out);
	*out = NULL;
	*count = 0;
	return db_fail(s, err, rc, "listing lessons");
}

/* ---- drafts ---- */

static int sqlite_draft_put(struct store *base, const struct store_draft *d, struct error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)base;
	sqlite3_stmt *st = NULL;
	const char *sql = d->text
		? "INSERT OR REPLACE INTO draft (lesson, exercise, text, time) VALUES (?, ?, ?, ?)"
		: "DELETE FROM draft WHERE lesson = ? AND exercise = ?";
	int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);

	if (rc == SQLITE_OK) {
		bound(&rc, sqlite3_bind_int(st, 1, d->lesson));
		bound(&rc, sqlite3_bind_text(st, 2, store_exercise_name(d->exercise), -1,
					     SQLITE_STATIC));
		if (d->text) {
			bound(&rc, sqlite3_bind_text(st, 3, d->text, -1, SQLITE_STATIC));
			bound(&rc, sqlite3_bind_int64(st, 4, d->time));
		}
	}
	if (rc == SQLITE_OK)
		rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : db_fail(s, err, rc, "saving a draft");
}

static int sqlite_draft_get(struct store *base, int lesson, enum store_exercise exercise,
			    struct store_draft *d, struct error *err)
{
	struct sqlite_store *s = (struct sqlite_store *)base;
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(s->db, "SELECT text, time FROM draft WHERE lesson = ? "
				    "AND exercise = ?", -1, &st, NULL);

	if (rc == SQLITE_OK) {
		bound(&rc, sqlite3_bind_int(st, 1, lesson));
		bound(&rc, sqlite3_bind_text(st, 2, store_exercise_name(exercise), -1,
					     SQLITE_STATIC));
	}
	if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		d->text = column_dup(st, 0);
		d->time = sqlite3_column_int64(st, 1);
		rc = d->text ? SQLITE_DONE : SQLITE_CORRUPT;
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return 0;
	free(d->text);
	d->text = NULL;
	return db_fail(s, err, rc, "reading a draft");
}

static const struct store_backend sqlite_backend = {
	.name = "sqlite",
	.accepts = sqlite_accepts,
	.open = sqlite_open,
	.put = sqlite_put,
	.load = sqlite_load,
	.lessons = sqlite_lessons,
	.draft_put = sqlite_draft_put,
	.draft_get = sqlite_draft_get,
	.close = sqlite_close,
};

STORE_BACKEND_REGISTER(sqlite_backend)

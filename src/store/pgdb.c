/* One PostgreSQL connection with the error convention and reconnection the
 * cohort server needs: a lost connection is reported as -ENOTCONN (never a
 * crash, never a hang past the connect timeout) and re-opened by the next
 * call; a BEGIN that finds it dead retries once, since nothing was done.
 * A statement gets PG_QUERY_TIMEOUT_S for its answer, measured here and
 * not by the server, so a server that stopped answering (frozen, its host
 * gone) cannot hold a thread: the connection is dropped and the call says
 * -ETIMEDOUT; the next call reconnects. */
#include "store/pgdb.h"

#include <errno.h>
#include <inttypes.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "util/limits.h"
#include "util/xalloc.h"
#include "util/banned.h"

/* 'idiom' in ASCII: the advisory lock every migration takes. */
#define MIGRATION_LOCK_KEY "452656197485"

struct pg_server;

struct pg_db {
	PGconn *conn;
	char *url;
	int in_transaction;
	struct pg_server *server;
	unsigned outage;	/* the server's `outages` when conn was made */
};

const char *pg_int(char buf[24], int64_t v)
{
	snprintf(buf, 24, "%" PRId64, v);
	return buf;
}

/* libpq's messages end with a newline; ours are one line. */
static const char *one_line(const char *msg, char *buf, size_t size)
{
	size_t n;

	snprintf(buf, size, "%s", msg ? msg : "");
	n = strlen(buf);
	while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == ' '))
		buf[--n] = 0;
	for (char *p = buf; *p; p++)
		if (*p == '\n' || *p == '\t')
			*p = ' ';
	return buf;
}

int pg_url_check(const char *url, struct error *e)
{
	char *msg = NULL, line[ERROR_MESSAGE_MAX];
	PQconninfoOption *opts;

	if (!url || !*url)
		return error_set(e, -EINVAL, "no PostgreSQL URL (postgresql://USER@HOST/DATABASE)");
	opts = PQconninfoParse(url, &msg);
	if (!opts) {
		error_set(e, -EINVAL, "'%.200s' is not a PostgreSQL URL: %s", url,
			  msg ? one_line(msg, line, sizeof(line)) : "out of memory");
		PQfreemem(msg);
		return -EINVAL;
	}
	PQconninfoFree(opts);
	return 0;
}

/* The server's notices ("already exists, skipping") are not for the user. */
static void ignore_notice(void *arg, const char *message)
{
	(void)arg;
	(void)message;
}

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* What this process knows of one server (one URL), shared by every
 * thread.  After a connection could not be made or the server did not
 * answer, it is "down": connections made before that are dropped at their
 * next use (they would only wait out the same timeout), and while it is
 * down one thread at a time tries to connect (none for PG_RETRY_QUIET_S
 * after an attempt that had to wait); the others fail at once.  So a server
 * that is away holds at most one thread, and every other request is
 * answered 503 at once.  A connection that is made clears it.  Kept
 * for the life of the process (one per URL used). */
struct pg_server {
	char *url;
	_Atomic unsigned outages;	/* how many times it went down */
	_Atomic int down;
	_Atomic int trying;		/* a thread is connecting while down */
	_Atomic long long quiet_until_ms; /* no attempt before (CLOCK_MONOTONIC) */
	struct pg_server *next;
};

static pthread_mutex_t servers_lock = PTHREAD_MUTEX_INITIALIZER;
static struct pg_server *servers;

static struct pg_server *server_for(const char *url)
{
	struct pg_server *sv;

	pthread_mutex_lock(&servers_lock);
	for (sv = servers; sv && strcmp(sv->url, url) != 0; sv = sv->next)
		;
	if (!sv) {
		sv = xcalloc(1, sizeof(*sv));
		sv->url = xstrdup(url);
		sv->next = servers;
		servers = sv;
	}
	pthread_mutex_unlock(&servers_lock);
	return sv;
}

static long long now_ms(void)
{
	return (long long)(now_s() * 1000.0);
}

/* The server is down; SLOW_MS is how long the attempt that found it so
 * took.  An attempt that had to wait (a frozen server, not a refused
 * connection) is not repeated for PG_RETRY_QUIET_S: otherwise one thread
 * after another would spend its time waiting, and the requests it holds
 * with it. */
static void mark_down(struct pg_server *sv, long long slow_ms)
{
	int no = 0;

	if (slow_ms >= 1000)
		sv->quiet_until_ms = now_ms() + PG_RETRY_QUIET_S * 1000LL;
	if (atomic_compare_exchange_strong(&sv->down, &no, 1))
		sv->outages++;
}

/* Whether this thread may try to connect now; sets *IS_PROBE when it is
 * the one thread trying while the server is down. */
static int may_connect(struct pg_server *sv, int *is_probe)
{
	int no = 0;

	*is_probe = 0;
	if (!sv->down)
		return 1;
	if (now_ms() < sv->quiet_until_ms)
		return 0;
	if (!atomic_compare_exchange_strong(&sv->trying, &no, 1))
		return 0;
	*is_probe = 1;
	return 1;
}

/* Connects (or reconnects) DB->conn. */
static int connect_db(struct pg_db *db, struct error *e)
{
	char timeout[16], line[ERROR_MESSAGE_MAX];
	/* Keywords after dbname override what the URL says; connect_timeout
	 * comes first so a URL's own value wins. */
	const char *keys[] = { "connect_timeout", "dbname", "application_name", NULL };
	const char *values[] = { timeout, db->url, "idiom", NULL };
	struct pg_server *sv = db->server;
	long long started;
	int probe, ok;

	snprintf(timeout, sizeof(timeout), "%d", PG_CONNECT_TIMEOUT_S);
	if (db->conn)
		PQfinish(db->conn);
	db->conn = NULL;
	db->in_transaction = 0;
	if (!may_connect(sv, &probe))
		return error_set(e, -ENOTCONN, "PostgreSQL could not be reached just now (not "
				 "trying again yet, or another request is); try again shortly");
	db->outage = sv->outages;
	started = now_ms();
	db->conn = PQconnectdbParams(keys, values, 1);
	ok = db->conn && PQstatus(db->conn) == CONNECTION_OK;
	if (ok)
		sv->down = 0;
	else
		mark_down(sv, now_ms() - started);
	if (probe)
		sv->trying = 0;
	if (!db->conn)
		return error_set(e, -ENOMEM, "out of memory connecting to PostgreSQL");
	if (!ok)
		return error_set(e, -ENOTCONN, "cannot reach PostgreSQL: %s",
				 one_line(PQerrorMessage(db->conn), line, sizeof(line)));
	PQsetNoticeProcessor(db->conn, ignore_notice, NULL);
	return 0;
}

int pg_db_open(const char *url, struct pg_db **out, struct error *e)
{
	struct pg_db *db;
	int rc;

	*out = NULL;
	if ((rc = pg_url_check(url, e)) < 0)
		return rc;
	db = xcalloc(1, sizeof(*db));
	db->url = xstrdup(url);
	db->server = server_for(url);
	if ((rc = connect_db(db, e)) < 0) {
		pg_db_close(db);
		return rc;
	}
	*out = db;
	return 0;
}

void pg_db_close(struct pg_db *db)
{
	if (!db)
		return;
	if (db->conn)
		PQfinish(db->conn);
	free(db->url);
	free(db);
}

/* The code for a failed result RES (NULL: none came back). */
static int code_of(struct pg_db *db, const PGresult *res)
{
	const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;

	if (PQstatus(db->conn) != CONNECTION_OK || !state)
		return -ENOTCONN;
	if (strncmp(state, "08", 2) == 0 || strcmp(state, "57P01") == 0 ||
	    strcmp(state, "57P02") == 0 || strcmp(state, "57P03") == 0)
		return -ENOTCONN;
	if (strcmp(state, "40001") == 0 || strcmp(state, "40P01") == 0)
		return -EAGAIN;
	if (strcmp(state, "23505") == 0)
		return -EEXIST;
	if (strncmp(state, "28", 2) == 0 || strcmp(state, "42501") == 0)
		return -EACCES;
	if (strncmp(state, "53", 2) == 0)
		return -ENOSPC;
	if (strncmp(state, "22", 2) == 0 || strncmp(state, "23", 2) == 0)
		return -EINVAL;
	return -EIO;
}

static int fail(struct pg_db *db, const PGresult *res, struct error *e)
{
	char line[ERROR_MESSAGE_MAX];
	int code = code_of(db, res);
	const char *msg = res && PQresultErrorMessage(res)[0] ? PQresultErrorMessage(res)
							      : PQerrorMessage(db->conn);

	if (code == -ENOTCONN)
		return error_set(e, code, "lost the connection to PostgreSQL: %s",
				 one_line(msg, line, sizeof(line)));
	return error_set(e, code, "PostgreSQL: %s", one_line(msg, line, sizeof(line)));
}

/* Waits until DB's socket is ready for EVENTS or DEADLINE passes: 1 ready,
 * 0 timed out, -1 the socket failed. */
static int wait_socket(struct pg_db *db, short events, double deadline)
{
	struct pollfd pfd = { .fd = PQsocket(db->conn), .events = events };
	int rc;

	if (pfd.fd < 0)
		return -1;
	do {
		double left = deadline - now_s();

		if (left <= 0)
			return 0;
		rc = poll(&pfd, 1, (int)(left * 1000) + 1);
	} while (rc < 0 && errno == EINTR);
	return rc < 0 ? -1 : rc > 0;
}

/* Sends what libpq holds, then reads until a whole answer is in; 0, or
 * -ETIMEDOUT / -ENOTCONN. */
static int await_answer(struct pg_db *db, double deadline)
{
	int flushed, ready;

	while ((flushed = PQflush(db->conn)) == 1)
		if ((ready = wait_socket(db, POLLOUT | POLLIN, deadline)) <= 0)
			return ready == 0 ? -ETIMEDOUT : -ENOTCONN;
	if (flushed < 0)
		return -ENOTCONN;
	while (PQisBusy(db->conn)) {
		if ((ready = wait_socket(db, POLLIN, deadline)) <= 0)
			return ready == 0 ? -ETIMEDOUT : -ENOTCONN;
		if (!PQconsumeInput(db->conn))
			return -ENOTCONN;
	}
	return 0;
}

/* The connection is given up: a server that did not answer in time may
 * answer later, and that answer must never be read as another's. */
static int drop_connection(struct pg_db *db, int code, struct error *e)
{
	/* in_transaction stays: the rest of a transaction must fail, not run
	 * on a new connection. */
	PQfinish(db->conn);
	db->conn = NULL;
	if (code == -ETIMEDOUT) {
		mark_down(db->server, PG_QUERY_TIMEOUT_S * 1000LL);
		return error_set(e, code, "PostgreSQL did not answer within %d s; the connection "
				 "was dropped (is the server overloaded or stopped?)",
				 PG_QUERY_TIMEOUT_S);
	}
	return error_set(e, -ENOTCONN, "lost the connection to PostgreSQL while waiting for "
			 "its answer");
}

/* PQexec/PQexecParams with a deadline: the answer into *OUT (the first
 * failed result, else the last one; NULL when none came), or an error when
 * the server did not answer in PG_QUERY_TIMEOUT_S or the connection broke. */
static int exec_deadline(struct pg_db *db, const char *sql, int nparams,
			 const char *const *params, PGresult **out, struct error *e)
{
	double deadline = now_s() + PG_QUERY_TIMEOUT_S;
	PGresult *res, *kept = NULL;
	int sent, rc;

	*out = NULL;
	if (PQsetnonblocking(db->conn, 1) != 0)
		return drop_connection(db, -ENOTCONN, e);
	sent = nparams > 0 ? PQsendQueryParams(db->conn, sql, nparams, NULL, params, NULL, NULL, 0)
			   : PQsendQuery(db->conn, sql);
	if (!sent)
		return PQstatus(db->conn) == CONNECTION_OK ? 0 : drop_connection(db, -ENOTCONN, e);
	for (;;) {
		if ((rc = await_answer(db, deadline)) < 0) {
			PQclear(kept);
			return drop_connection(db, rc, e);
		}
		if (!(res = PQgetResult(db->conn)))
			break;
		if (kept && PQresultStatus(kept) == PGRES_FATAL_ERROR) {
			PQclear(res);
		} else {
			PQclear(kept);
			kept = res;
		}
	}
	*out = kept;
	return 0;
}

int pg_db_query(struct pg_db *db, const char *sql, int nparams,
		const char *const *params, PGresult **out, struct error *e)
{
	PGresult *res;
	ExecStatusType st;
	int rc;

	if (out)
		*out = NULL;
	/* A connection lost by an earlier call: a new one, unless a transaction
	 * was open on it (then that transaction is gone and must fail). */
	if (!db->conn || PQstatus(db->conn) != CONNECTION_OK || db->outage != db->server->outages) {
		if (db->in_transaction)
			return error_set(e, -ENOTCONN, "lost the connection to PostgreSQL "
					 "inside a transaction");
		if ((rc = connect_db(db, e)) < 0)
			return rc;
	}
	if ((rc = exec_deadline(db, sql, nparams, params, &res, e)) < 0)
		return rc;
	st = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
	if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
		rc = fail(db, res, e);
		PQclear(res);
		return rc;
	}
	if (out)
		*out = res;
	else
		PQclear(res);
	return 0;
}

int pg_db_begin(struct pg_db *db, const char *mode, struct error *e)
{
	char *sql = xasprintf("BEGIN%s%s", mode ? " " : "", mode ? mode : "");
	int rc;

	db->in_transaction = 0;
	rc = pg_db_query(db, sql, 0, NULL, NULL, e);
	/* Not when the server is down: connecting again would wait as long. */
	if (rc == -ENOTCONN && !db->server->down && (rc = connect_db(db, e)) == 0)
		rc = pg_db_query(db, sql, 0, NULL, NULL, e);
	free(sql);
	if (rc == 0)
		db->in_transaction = 1;
	return rc;
}

int pg_db_commit(struct pg_db *db, struct error *e)
{
	int rc = pg_db_query(db, "COMMIT", 0, NULL, NULL, e);

	db->in_transaction = 0;
	return rc;
}

void pg_db_rollback(struct pg_db *db)
{
	struct error ignored = ERROR_INIT;
	PGresult *res;

	if (db->in_transaction && db->conn && PQstatus(db->conn) == CONNECTION_OK &&
	    exec_deadline(db, "ROLLBACK", 0, NULL, &res, &ignored) == 0)
		PQclear(res);
	db->in_transaction = 0;
}

/* ---- migrations ---- */

static int read_version(struct pg_db *db, const char *component, int *version,
			struct error *e)
{
	const char *params[] = { component };
	PGresult *res;
	int rc = pg_db_query(db, "SELECT version FROM idiom_schema WHERE component = $1",
			     1, params, &res, e);

	if (rc < 0)
		return rc;
	*version = PQntuples(res) > 0 ? atoi(PQgetvalue(res, 0, 0)) : 0;
	PQclear(res);
	return 0;
}

int pg_db_schema_version(struct pg_db *db, const char *component, int *version,
			 struct error *e)
{
	PGresult *res;
	int rc = pg_db_query(db, "SELECT to_regclass('idiom_schema') IS NOT NULL", 0, NULL,
			     &res, e);

	if (rc < 0)
		return rc;
	*version = 0;
	if (strcmp(PQgetvalue(res, 0, 0), "t") == 0)
		rc = read_version(db, component, version, e);
	PQclear(res);
	return rc;
}

/* One transaction: takes the lock, reads the version, runs the next step if
 * one is due.  Sets *DONE when the schema is current. */
static int migrate_step(struct pg_db *db, const char *component, const char *const *steps,
			int count, int *done, struct error *e)
{
	char buf[24];
	int version, rc = pg_db_begin(db, NULL, e);

	if (rc < 0)
		return rc;
	/* The lock is held to the end of the transaction: a second node waits
	 * here, then finds the step done. */
	rc = pg_db_query(db, "SELECT pg_advisory_xact_lock(" MIGRATION_LOCK_KEY ")", 0, NULL,
			 NULL, e);
	if (rc == 0)
		rc = pg_db_query(db, "CREATE TABLE IF NOT EXISTS idiom_schema ("
				 " component text PRIMARY KEY, version integer NOT NULL)",
				 0, NULL, NULL, e);
	if (rc == 0)
		rc = read_version(db, component, &version, e);
	if (rc == 0 && version > count)
		rc = error_set(e, -ENOTSUP, "the %s schema in PostgreSQL is version %d, made by a "
			       "newer idiom; this one knows up to %d: update idiom", component,
			       version, count);
	if (rc == 0 && version < count) {
		const char *params[] = { component, pg_int(buf, version + 1) };

		rc = pg_db_query(db, steps[version], 0, NULL, NULL, e);
		if (rc == 0)
			rc = pg_db_query(db, "INSERT INTO idiom_schema (component, version) "
					 "VALUES ($1, $2) ON CONFLICT (component) DO UPDATE "
					 "SET version = EXCLUDED.version", 2, params, NULL, e);
		if (rc < 0)
			error_wrap(e, "migrating the %s schema to version %d", component,
				   version + 1);
	}
	if (rc == 0)
		rc = pg_db_commit(db, e);
	if (rc < 0)
		pg_db_rollback(db);
	*done = rc == 0 && version >= count;
	return rc;
}

int pg_db_migrate(struct pg_db *db, const char *component, const char *const *steps,
		  int count, struct error *e)
{
	int done = 0, rc = 0;

	while (!done && rc == 0)
		rc = migrate_step(db, component, steps, count, &done, e);
	return rc;
}

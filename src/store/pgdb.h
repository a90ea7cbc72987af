/* A PostgreSQL connection for cohorts (libpq): struct pg_db reconnects by
 * itself after the server went away, and runs forward migrations per
 * component under an advisory lock.  A pg_db is not thread-safe: one per
 * thread.
 *
 * Return codes, besides 0: -ENOTCONN the server cannot be reached or the
 * connection was lost (the server turns it into 503; the next call
 * reconnects), -ETIMEDOUT no answer within PG_QUERY_TIMEOUT_S (the
 * connection is dropped; 503 too), -EAGAIN a serialization failure or deadlock (retry),
 * -EEXIST a unique key taken, -EINVAL a bad URL or argument, -EACCES refused
 * by the server, -ENOTSUP a schema newer than this idiom, -EIO anything else. */
#ifndef IDIOM_STORE_PGDB_H
#define IDIOM_STORE_PGDB_H
#include <stdint.h>
#include <libpq-fe.h>
#include "util/error.h"

struct pg_db;

/* Checks URL's syntax only (no connection); 0 or -EINVAL. */
int pg_url_check(const char *url, struct error *e);

/* Connects to URL (a libpq URL or conninfo string; connect_timeout defaults
 * to PG_CONNECT_TIMEOUT_S).  On success *OUT is yours to pg_db_close. */
int pg_db_open(const char *url, struct pg_db **out, struct error *e);
void pg_db_close(struct pg_db *db);

/* Runs SQL with NPARAMS text parameters (NULL for SQL NULL).  With OUT, the
 * rows are yours to PQclear; without, they are dropped.  Outside a
 * transaction a dropped connection is re-opened by the next call. */
int pg_db_query(struct pg_db *db, const char *sql, int nparams,
		const char *const *params, PGresult **out, struct error *e);

/* BEGIN (MODE: NULL or e.g. "ISOLATION LEVEL REPEATABLE READ READ ONLY").
 * A connection found dead here is re-opened and BEGIN retried once: nothing
 * was done yet, so that is safe. */
int pg_db_begin(struct pg_db *db, const char *mode, struct error *e);
int pg_db_commit(struct pg_db *db, struct error *e);
/* Never fails: a lost connection has rolled back already. */
void pg_db_rollback(struct pg_db *db);

/* Brings COMPONENT's schema to version COUNT by running STEPS[v] for each
 * version v it is behind, each step in its own transaction holding an
 * advisory lock, so nodes starting together migrate once.  A schema newer
 * than COUNT is refused with -ENOTSUP and left as it is. */
int pg_db_migrate(struct pg_db *db, const char *component, const char *const *steps,
		  int count, struct error *e);

/* COMPONENT's schema version (0: none). */
int pg_db_schema_version(struct pg_db *db, const char *component, int *version,
			 struct error *e);

/* Formats V for a text parameter. */
const char *pg_int(char buf[24], int64_t v);

#endif

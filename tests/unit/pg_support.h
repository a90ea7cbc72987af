/* Helpers for the tests that need a real PostgreSQL: tests/run-all.sh starts
 * one with scripts/pg.sh and exports its URL in IDIOM_TEST_PG_URL.  When that
 * is unset these tests FAIL, on purpose: a PostgreSQL backend nobody ran is
 * not a tested one.  To run them by hand:
 *   export IDIOM_TEST_PG_URL=$(scripts/pg.sh start /tmp/idiom-pg)
 * Each test gets a database of its own (parallel test processes never meet)
 * and drops it after. */
#ifndef IDIOM_TEST_PG_SUPPORT_H
#define IDIOM_TEST_PG_SUPPORT_H
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <libpq-fe.h>

#define PGT_ENV "IDIOM_TEST_PG_URL"

static inline const char *pgt_base_url(void)
{
	const char *url = getenv(PGT_ENV);

	cr_assert(url && *url, PGT_ENV " is unset: the PostgreSQL tests need a server. "
		  "tests/run-all.sh starts one; by hand: export " PGT_ENV
		  "=$(scripts/pg.sh start /tmp/idiom-pg)");
	return url;
}

/* Appends key='value' (libpq's quoting) to BUF of SIZE. */
static inline void pgt_append(char *buf, size_t size, const char *key, const char *value)
{
	size_t n = strlen(buf);

	n += (size_t)snprintf(buf + n, size - n, "%s%s='", n ? " " : "", key);
	for (const char *p = value; *p && n + 3 < size; p++) {
		if (*p == '\'' || *p == '\\')
			buf[n++] = '\\';
		buf[n++] = *p;
	}
	snprintf(buf + n, size - n, "'");
}

/* BASE's connection options with the database DBNAME, as a conninfo string
 * you own. */
static inline char *pgt_url_for(const char *base, const char *dbname)
{
	char *msg = NULL, *out = calloc(1, 4096);
	PQconninfoOption *opts = PQconninfoParse(base, &msg);

	cr_assert_not_null(opts, "bad %s: %s", PGT_ENV, msg ? msg : "?");
	for (PQconninfoOption *o = opts; o->keyword; o++)
		if (o->val && *o->val && strcmp(o->keyword, "dbname") != 0)
			pgt_append(out, 4096, o->keyword, o->val);
	pgt_append(out, 4096, "dbname", dbname);
	PQconninfoFree(opts);
	return out;
}

static inline void pgt_admin(const char *sql)
{
	PGconn *c = PQconnectdb(pgt_base_url());
	PGresult *r;

	cr_assert_eq(PQstatus(c), CONNECTION_OK, "cannot reach the test PostgreSQL: %s",
		     PQerrorMessage(c));
	r = PQexec(c, sql);
	cr_assert_eq(PQresultStatus(r), PGRES_COMMAND_OK, "%s: %s", sql, PQerrorMessage(c));
	PQclear(r);
	PQfinish(c);
}

/* A new empty database; its name goes in NAME, its URL is returned (free it). */
static inline char *pgt_create_db(char name[40])
{
	unsigned char raw[8];
	char sql[96];

	cr_assert_eq(getrandom(raw, sizeof(raw), 0), (ssize_t)sizeof(raw));
	snprintf(name, 40, "t_%02x%02x%02x%02x%02x%02x%02x%02x", raw[0], raw[1], raw[2],
		 raw[3], raw[4], raw[5], raw[6], raw[7]);
	snprintf(sql, sizeof(sql), "CREATE DATABASE %s", name);
	pgt_admin(sql);
	return pgt_url_for(pgt_base_url(), name);
}

static inline void pgt_drop_db(const char *name)
{
	char sql[96];

	snprintf(sql, sizeof(sql), "DROP DATABASE IF EXISTS %s WITH (FORCE)", name);
	pgt_admin(sql);
}

/* Runs SQL on URL and returns the first value of the first row (you own it),
 * or NULL for no row. */
static inline char *pgt_value(const char *url, const char *sql)
{
	PGconn *c = PQconnectdb(url);
	PGresult *r;
	char *v = NULL;

	cr_assert_eq(PQstatus(c), CONNECTION_OK, "%s", PQerrorMessage(c));
	r = PQexec(c, sql);
	cr_assert(PQresultStatus(r) == PGRES_TUPLES_OK || PQresultStatus(r) == PGRES_COMMAND_OK,
		  "%s: %s", sql, PQerrorMessage(c));
	if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) > 0)
		v = strdup(PQgetvalue(r, 0, 0));
	PQclear(r);
	PQfinish(c);
	return v;
}

/* Runs scripts/pg.sh ACTION DIR (the tests run from the repository root). */
static inline int pgt_script(const char *action, const char *dir)
{
	char cmd[512];

	snprintf(cmd, sizeof(cmd), "scripts/pg.sh %s %s >/dev/null", action, dir);
	return system(cmd);
}

#endif

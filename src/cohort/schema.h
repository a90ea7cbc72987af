/* The cohort tables in PostgreSQL (accounts, cohorts, members, invites,
 * sessions, password resets, sign-in failures) as forward migrations of the
 * "cohort" component; see docs/cohort.md for the schema. */
#ifndef IDIOM_COHORT_SCHEMA_H
#define IDIOM_COHORT_SCHEMA_H
#include <stdint.h>
#include "store/pgdb.h"

/* Brings the cohort tables to the current version (store/pgdb.h's rules). */
int cohort_migrate(struct pg_db *db, struct error *e);

/* Connects to URL and migrates both the progress store's tables and the
 * cohort's.  On success *OUT is yours to pg_db_close. */
int cohort_db_open(const char *url, struct pg_db **out, struct error *e);

/* T, or the current Unix time when T is 0. */
int64_t cohort_now(int64_t t);

#endif

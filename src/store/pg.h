/* The progress store on PostgreSQL, for one learner of a shared database:
 * every row carries the learner's account id, so a cohort's learners share
 * the tables and never see each other's rows.  Errors: see store/pgdb.h. */
#ifndef IDIOM_STORE_PG_H
#define IDIOM_STORE_PG_H
#include <stdint.h>
#include "store/pgdb.h"
#include "store/store.h"

/* The progress store's tables (component "store"); pg_store_open runs them. */
int pg_store_migrate(struct pg_db *db, struct error *e);

/* Opens the progress store of LEARNER (an account id, > 0) at URL, with a
 * connection of its own, migrating the schema forward.  The same shape as
 * sqlite_store_open, with the learner added; *OUT is yours to store_close. */
int pg_store_open(const char *url, int64_t learner, struct store **out,
		  struct error *err);

/* The same over DB, which the store borrows (store_close leaves it open;
 * close the store before DB).  DB's schema must be migrated already. */
int pg_store_attach(struct pg_db *db, int64_t learner, struct store **out,
		    struct error *err);

#endif

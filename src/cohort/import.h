/* Importing a learner's local history (`idiom progress --export`) into
 * their cohort account: the export is merged into the learner's progress
 * store (idempotent: records whose id is there already are skipped), and
 * the attempts it added are remembered as imported (imported_attempt), since
 * their verdicts were given on the learner's machine, not by a server.
 * Used by POST /api/import and `idiom progress --import FILE --store URL`. */
#ifndef IDIOM_COHORT_IMPORT_H
#define IDIOM_COHORT_IMPORT_H
#include <stdint.h>
#include "store/pgdb.h"
#include "store/store.h"

/* Merges TEXT (LEN bytes) into S, LEARNER's store over DB, and marks the
 * attempts it added.  Returns 0 with RES filled, -EINVAL for a file that is
 * not an export (nothing added; E names the place), or a store/pgdb.h
 * code.  A failure between the merge and the marks leaves the attempts
 * merged but unmarked (E says so). */
int cohort_import(struct pg_db *db, struct store *s, int64_t learner, const char *text,
		  size_t len, struct store_import_result *res, struct error *e);

#endif

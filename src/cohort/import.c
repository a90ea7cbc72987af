/* See import.h.  Which attempts an import added is told from the ids: those
 * of the file that were not stored before it and are stored after it.  An
 * id is hex (store_id_ok), so the ids go to PostgreSQL as an array literal
 * with nothing to quote. */
#include "cohort/import.h"

#include <jansson.h>
#include "cohort/schema.h"
#include "store/backend.h"
#include "util/buf.h"
#include "util/banned.h"

/* The file's attempt ids (those of an id's shape) as an array literal. */
static void export_ids(const char *text, size_t len, struct buf *b)
{
	json_t *root = json_loadb(text, len, 0, NULL), *a;
	size_t i;
	int first = 1;

	buf_putc(b, '{');
	json_array_foreach(json_object_get(root, "attempts"), i, a) {
		const char *id = json_string_value(json_object_get(a, "id"));

		if (!id || !store_id_ok(id))
			continue;
		buf_printf(b, "%s%s", first ? "" : ",", id);
		first = 0;
	}
	buf_putc(b, '}');
	json_decref(root);
}

/* The ids of IDS already stored for LEARNER, as an array literal. */
static int stored_ids(struct pg_db *db, int64_t learner, const char *ids, struct buf *out,
		      struct error *e)
{
	char l[24];
	const char *params[] = { pg_int(l, learner), ids };
	PGresult *r = NULL;
	int rc = pg_db_query(db, "SELECT coalesce(array_agg(id)::text, '{}') FROM store_attempt "
			     "WHERE learner_id = $1 AND id = ANY ($2::text[])", 2, params, &r, e);

	if (rc == 0)
		buf_puts(out, PQgetvalue(r, 0, 0));
	if (r)
		PQclear(r);
	return rc;
}

/* Marks the attempts of IDS stored for LEARNER that were not before
 * (BEFORE: the ids already there) as imported. */
static int mark_imported(struct pg_db *db, int64_t learner, const char *ids, const char *before,
			 struct error *e)
{
	char l[24], t[24];
	const char *params[] = { pg_int(l, learner), ids, before, pg_int(t, cohort_now(0)) };

	return pg_db_query(db, "INSERT INTO imported_attempt (learner_id, attempt_id, imported) "
			   "SELECT $1, a.id, $4 FROM store_attempt a WHERE a.learner_id = $1 AND "
			   "a.id = ANY ($2::text[]) AND NOT a.id = ANY ($3::text[]) "
			   "ON CONFLICT DO NOTHING", 4, params, NULL, e);
}

int cohort_import(struct pg_db *db, struct store *s, int64_t learner, const char *text,
		  size_t len, struct store_import_result *res, struct error *e)
{
	struct buf ids = BUF_INIT, before = BUF_INIT;
	int rc;

	export_ids(text, len, &ids);
	rc = stored_ids(db, learner, buf_str(&ids), &before, e);
	if (rc == 0)
		rc = store_import_json(s, text, len, res, e);
	if (rc == 0 && res->added && (rc = mark_imported(db, learner, buf_str(&ids),
							 buf_str(&before), e)) < 0)
		error_wrap(e, "the history was imported, but its attempts are not marked as imported");
	buf_free(&ids);
	buf_free(&before);
	return rc;
}

/* Answer review: shapes' comments and verdict overrides; see review.h.
 * Every query names the learner or the cohort it reads, so one learner's
 * rows never answer for another's. */
#include "cohort/review.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "cohort/schema.h"
#include "util/fsutil.h"
#include "util/limits.h"
#include "util/xalloc.h"
#include "util/banned.h"

#define INT8OID 20
#define INT4OID 23

/* A cell as JSON: integers as numbers, a column named "report" parsed
 * (null when it does not parse), NULL as null, the rest as strings. */
static json_t *cell_json(PGresult *r, int row, int col)
{
	const char *v = PQgetvalue(r, row, col);
	Oid type = PQftype(r, col);

	if (PQgetisnull(r, row, col))
		return json_null();
	if (type == INT8OID || type == INT4OID)
		return json_integer(strtoll(v, NULL, 10));
	if (strcmp(PQfname(r, col), "report") == 0) {
		json_t *j = json_loads(v, 0, NULL);

		return j ? j : json_null();
	}
	return json_string(v);
}

/* The rows of R as [{"column": value}], with R cleared. */
static json_t *rows_json(PGresult *r)
{
	json_t *list = json_array();

	for (int i = 0; i < PQntuples(r); i++) {
		json_t *row = json_object();

		for (int j = 0; j < PQnfields(r); j++)
			json_object_set_new(row, PQfname(r, j), cell_json(r, i, j));
		json_array_append_new(list, row);
	}
	PQclear(r);
	return list;
}

static int query_json(struct pg_db *db, const char *sql, int n, const char *const *params,
		      json_t **out, struct error *e)
{
	PGresult *r = NULL;
	int rc = pg_db_query(db, sql, n, params, &r, e);

	*out = NULL;
	if (rc < 0)
		return rc;
	*out = rows_json(r);
	return 0;
}

static int exercise_check(const char *exercise, struct error *e)
{
	if (exercise && (strcmp(exercise, "reflect") == 0 || strcmp(exercise, "rewrite") == 0 ||
			 strcmp(exercise, "practice") == 0))
		return 0;
	return error_set(e, -EINVAL, "no exercise '%.20s' (reflect, rewrite or practice)",
			 exercise ? exercise : "");
}

int review_latest(struct pg_db *db, int64_t cohort, int lesson, const char *exercise,
		  json_t **out, struct error *e)
{
	char c[24], l[24];
	const char *params[] = { pg_int(c, cohort), pg_int(l, lesson), exercise };

	*out = NULL;
	if (exercise_check(exercise, e) < 0)
		return -EINVAL;
	return query_json(db, "SELECT DISTINCT ON (a.username) m.learner_id AS learner, a.username, "
			  "t.id AS attempt, t.verdict, t.answer, t.time, t.report "
			  "FROM cohort_member m JOIN account a ON a.id = m.learner_id "
			  "JOIN store_attempt t ON t.learner_id = m.learner_id "
			  "WHERE m.cohort_id = $1 AND t.lesson = $2 AND t.exercise = $3 "
			  "ORDER BY a.username, t.time DESC, t.seq DESC", 3, params, out, e);
}

/* The first row of LIST (an array) in *OUT, or NULL when empty; LIST is
 * released. */
static void first_row(json_t *list, json_t **out)
{
	*out = json_incref(json_array_get(list, 0));
	json_decref(list);
}

int review_latest_of(struct pg_db *db, int64_t learner, int lesson, const char *exercise,
		     json_t **out, struct error *e)
{
	char who[24], l[24];
	const char *params[] = { pg_int(who, learner), pg_int(l, lesson), exercise };
	json_t *list;
	int rc;

	*out = NULL;
	if (exercise_check(exercise, e) < 0)
		return -EINVAL;
	rc = query_json(db, "SELECT id AS attempt, lesson, exercise, verdict, answer, time, report "
			"FROM store_attempt WHERE learner_id = $1 AND lesson = $2 AND exercise = $3 "
			"ORDER BY time DESC, seq DESC LIMIT 1", 3, params, &list, e);
	if (rc == 0)
		first_row(list, out);
	return rc;
}

int review_attempt(struct pg_db *db, int64_t learner, const char *id, json_t **out,
		   struct error *e)
{
	char who[24];
	const char *params[] = { pg_int(who, learner), id ? id : "" };
	int rc = query_json(db, "SELECT id AS attempt, lesson, exercise, verdict, answer, time, "
			    "report FROM store_attempt WHERE learner_id = $1 AND id = $2",
			    2, params, out, e);

	if (rc == 0 && json_array_size(*out) == 0) {
		json_decref(*out);
		*out = NULL;
		return error_set(e, -ENOENT, "no attempt '%.64s' of that learner", id ? id : "");
	}
	if (rc == 0)
		first_row(*out, out);
	return rc;
}

int review_comments(struct pg_db *db, int64_t cohort, int lesson, const char *exercise,
		    json_t **out, struct error *e)
{
	char c[24], l[24];
	const char *params[] = { pg_int(c, cohort), pg_int(l, lesson), exercise };

	*out = NULL;
	if (exercise_check(exercise, e) < 0)
		return -EINVAL;
	return query_json(db, "SELECT s.shape, s.body AS comment, a.username AS author, s.time "
			  "FROM shape_comment s JOIN account a ON a.id = s.author_id "
			  "WHERE s.cohort_id = $1 AND s.lesson = $2 AND s.exercise = $3 "
			  "ORDER BY s.shape", 3, params, out, e);
}

static int shape_key_valid(const char *shape)
{
	return shape && strlen(shape) == 16 && strspn(shape, "0123456789abcdef") == 16;
}

int review_comment_set(struct pg_db *db, int64_t cohort, int lesson, const char *exercise,
		       const char *shape, int64_t author, const char *body, int64_t now,
		       struct error *e)
{
	char c[24], l[24], a[24], t[24];
	const char *params[] = { pg_int(c, cohort), pg_int(l, lesson), exercise, shape,
				 pg_int(a, author), body, pg_int(t, cohort_now(now)) };

	if (exercise_check(exercise, e) < 0)
		return -EINVAL;
	if (!shape_key_valid(shape))
		return error_set(e, -EINVAL, "a shape is 16 hex digits, as the shapes list gives it");
	if (!body || strlen(body) > REVIEW_COMMENT_MAX)
		return error_set(e, -EINVAL, "a comment is at most %d bytes", REVIEW_COMMENT_MAX);
	if (!body[0])
		return pg_db_query(db, "DELETE FROM shape_comment WHERE cohort_id = $1 AND lesson = $2 "
				   "AND exercise = $3 AND shape = $4", 4, params, NULL, e);
	return pg_db_query(db, "INSERT INTO shape_comment VALUES ($1, $2, $3, $4, $5, $6, $7) "
			   "ON CONFLICT (cohort_id, lesson, exercise, shape) DO UPDATE SET "
			   "author_id = $5, body = $6, time = $7", 7, params, NULL, e);
}

int review_comments_for(struct pg_db *db, int64_t learner, int lesson, const char *exercise,
			const char *shape, json_t **out, struct error *e)
{
	char who[24], l[24];
	const char *params[] = { pg_int(who, learner), pg_int(l, lesson), exercise, shape };

	*out = NULL;
	if (exercise_check(exercise, e) < 0)
		return -EINVAL;
	return query_json(db, "SELECT s.shape, s.body AS comment, a.username AS author, s.time "
			  "FROM cohort_member m JOIN shape_comment s ON s.cohort_id = m.cohort_id "
			  "JOIN account a ON a.id = s.author_id WHERE m.learner_id = $1 AND "
			  "s.lesson = $2 AND s.exercise = $3 AND s.shape = $4 ORDER BY s.time",
			  4, params, out, e);
}

int review_overrides(struct pg_db *db, int64_t learner, int lesson, const char *exercise,
		     const char *attempt, json_t **out, struct error *e)
{
	char who[24], l[24];
	const char *params[] = { pg_int(who, learner), pg_int(l, lesson), exercise, attempt };

	*out = NULL;
	if (exercise_check(exercise, e) < 0)
		return -EINVAL;
	return query_json(db, "SELECT o.attempt_id AS attempt, o.criterion, o.verdict, "
			  "o.body AS comment, a.username AS author, o.time, "
			  "(SELECT c->>'status' FROM jsonb_array_elements(t.report::jsonb->'criteria') c "
			  "WHERE c->>'title' = o.criterion LIMIT 1) AS grader "
			  "FROM verdict_override o JOIN store_attempt t ON t.learner_id = o.learner_id "
			  "AND t.id = o.attempt_id JOIN account a ON a.id = o.author_id "
			  "WHERE o.learner_id = $1 AND t.lesson = $2 AND t.exercise = $3 AND "
			  "($4::text IS NULL OR o.attempt_id = $4) ORDER BY o.time DESC, o.criterion",
			  4, params, out, e);
}

/* 1 when REPORT (a check report) has a criterion titled TITLE. */
static int report_has(json_t *report, const char *title)
{
	json_t *c;
	size_t i;

	json_array_foreach(json_object_get(report, "criteria"), i, c)
		if (json_is_string(json_object_get(c, "title")) &&
		    strcmp(json_string_value(json_object_get(c, "title")), title) == 0)
			return 1;
	return 0;
}

static int override_check(const char *criterion, const char *verdict, const char *comment,
			  struct error *e)
{
	if (!criterion || !criterion[0])
		return error_set(e, -EINVAL, "which criterion? (its title, as the report gives it)");
	if (!verdict || (strcmp(verdict, "pass") != 0 && strcmp(verdict, "fail") != 0))
		return error_set(e, -EINVAL, "a verdict is \"pass\" or \"fail\"");
	if (!comment || !comment[0] || strlen(comment) > REVIEW_COMMENT_MAX)
		return error_set(e, -EINVAL, "an override needs a comment of 1 to %d bytes: say "
				 "why, the learner reads it", REVIEW_COMMENT_MAX);
	return 0;
}

int review_override_set(struct pg_db *db, int64_t learner, const char *attempt,
			const char *criterion, const char *verdict, const char *comment,
			int64_t author, int64_t now, struct error *e)
{
	char who[24], a[24], t[24];
	const char *params[] = { pg_int(who, learner), attempt, criterion, verdict, comment,
				 pg_int(a, author), pg_int(t, cohort_now(now)) };
	json_t *at = NULL;
	int rc;

	if (override_check(criterion, verdict, comment, e) < 0)
		return -EINVAL;
	if ((rc = review_attempt(db, learner, attempt, &at, e)) < 0)
		return rc;
	if (!report_has(json_object_get(at, "report"), criterion))
		rc = error_set(e, -EINVAL, "attempt '%.64s' has no criterion \"%.200s\"", attempt,
			       criterion);
	else
		rc = pg_db_query(db, "INSERT INTO verdict_override VALUES ($1, $2, $3, $4, $5, $6, $7) "
				 "ON CONFLICT (learner_id, attempt_id, criterion) DO UPDATE SET "
				 "verdict = $4, body = $5, author_id = $6, time = $7",
				 7, params, NULL, e);
	json_decref(at);
	return rc;
}

/* Adds the module-level names of EX's FILE to NAMES (N of them so far). */
static char **add_names(const struct exercise *ex, const char *file, char **names, size_t *n)
{
	char *path = fs_join(ex->dir, file), *src = NULL, **found;
	size_t len, k;

	if (fs_read_file(path, IDIOM_COURSE_FILE_MAX, &src, &len) == 0 &&
	    (found = shape_module_names(src, len))) {
		for (k = 0; found[k]; k++)
			;
		names = xrealloc(names, (*n + k + 1) * sizeof(*names));
		memcpy(names + *n, found, k * sizeof(*names));
		*n += k;
		names[*n] = NULL;
		free(found);
	}
	free(src);
	free(path);
	return names;
}

char **review_keep_names(const struct exercise *ex)
{
	size_t n = 0;
	char **keep = add_names(ex, "reference.py", xcalloc(1, sizeof(char *)), &n);

	return add_names(ex, "starter.py", keep, &n);
}

int review_shape(const struct exercise *ex, const char *const *keep, const char *answer,
		 size_t len, char key[SHAPE_KEY_SIZE], struct buf *text)
{
	struct buf mine = BUF_INIT;
	struct buf *b = text ? text : &mine;
	size_t from = b->len;
	int rc;

	if (ex->kind == EXERCISE_REFLECT)
		rc = shape_normalise_prose(answer, len, b);
	else
		rc = shape_normalise(answer, len, keep, b);
	if (rc == 0)
		shape_key(b->data ? b->data + from : "", b->len - from, key);
	buf_free(&mine);
	return rc;
}

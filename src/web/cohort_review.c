/* The answer-review routes; see cohort_review.h.  Shapes are computed
 * here, on each request, from the latest answers (the normaliser is fast:
 * a cohort's answers to one exercise take milliseconds), so a change to the
 * normaliser or to an exercise's API names needs no migration. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "cohort/review.h"
#include "web/app.h"
#include "web/cohort_review.h"
#include "web/csrf.h"
#include "web/session.h"
#include "util/banned.h"

/* The body as a JSON object carrying this session's CSRF token, or NULL
 * with RESP answered (400, or 403 for a missing or wrong token). */
static json_t *form_body(const struct web_request *req, struct web_response *resp)
{
	json_error_t jerr;
	json_t *root = json_loadb(req->body ? req->body : "", req->body_len,
				  JSON_REJECT_DUPLICATES, &jerr);
	const char *csrf = json_string_value(json_object_get(root, "csrf"));
	char want[COHORT_TOKEN_HASH_SIZE];

	if (!json_is_object(root)) {
		web_reply_error(resp, 400, "expected a JSON object (%s)", root ? "not an object" : jerr.text);
		json_decref(root);
		return NULL;
	}
	web_csrf_token(want);
	if (!want[0] || !csrf || !cohort_secret_equal(want, csrf)) {
		web_reply_error(resp, 403, "missing or wrong \"csrf\" token: reload the page");
		json_decref(root);
		return NULL;
	}
	return root;
}

static const char *field(json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

static struct pg_db *db_or_503(struct web *w, struct web_response *resp)
{
	struct error e = ERROR_INIT;
	struct pg_db *db = web_cohort_db(w, &e);

	if (!db)
		web_reply_store_error(resp, -ENOTCONN, e.message);
	return db;
}

/* "LL/EXERCISE" into T; 0 or -1 (nothing answered). */
static int lesson_exercise(struct web *w, const char *s, struct review_target *t)
{
	const char *slash = strchr(s, '/');
	char name[16];
	enum exercise_kind kind;

	if (!slash || (size_t)(slash - s) >= sizeof(name))
		return -1;
	memcpy(name, s, (size_t)(slash - s));
	name[slash - s] = '\0';
	if (!(t->lesson = web_find_lesson(w, name)) || exercise_kind_from_name(slash + 1, &kind) < 0)
		return -1;
	t->kind = (int)kind;
	return 0;
}

int cohort_review_target(struct web *w, const struct web_request *req, const char *param,
			 struct review_target *t, struct web_response *resp)
{
	char *end;

	t->cohort = strtoll(param, &end, 10);
	if (end == param || t->cohort <= 0 || *end != '/' || lesson_exercise(w, end + 1, t) < 0) {
		web_reply_error(resp, 404, "no shapes at %.200s (/shapes/COHORT/LESSON/EXERCISE)",
				req->path);
		return -1;
	}
	return 0;
}

/* 1 when the signed-in account owns COHORT; 0 with RESP answered. */
static int may_see_cohort(struct pg_db *db, long long cohort, struct web_response *resp)
{
	struct error e = ERROR_INIT;
	int rc = cohort_may_see_cohort(db, &web_session_current()->who, cohort, &e);

	if (rc == 0)
		web_reply_error(resp, 403, "not your cohort");
	else if (rc < 0)
		web_reply_store_error(resp, rc, e.message);
	return rc > 0;
}

/* ---- the shapes of one exercise ---- */

/* Each criterion of ANSWER's report, with the override on it if any. */
static json_t *answer_criteria(json_t *answer, json_t *overrides)
{
	json_t *out = json_array(), *c, *o;
	size_t i, j;

	json_array_foreach(json_object_get(json_object_get(answer, "report"), "criteria"), i, c) {
		json_t *row = json_pack("{s:O?, s:O?}", "title", json_object_get(c, "title"),
					"status", json_object_get(c, "status"));

		json_array_foreach(overrides, j, o)
			if (json_equal(json_object_get(o, "criterion"), json_object_get(c, "title")))
				json_object_set_new(row, "override", json_pack(
					"{s:O, s:O, s:O}", "verdict", json_object_get(o, "verdict"),
					"comment", json_object_get(o, "comment"), "author",
					json_object_get(o, "author")));
		json_array_append_new(out, row);
	}
	return out;
}

/* Adds ANSWER (a review_latest row) to its shape in SHAPES (keyed by shape). */
static int add_answer(struct pg_db *db, const struct review_target *t, char **keep,
		      json_t *answer, json_t *shapes, struct error *e)
{
	const struct exercise *ex = &t->lesson->exercises[t->kind];
	const char *text = field(answer, "answer") ? field(answer, "answer") : "";
	const char *verdict = field(answer, "verdict");
	struct buf norm = BUF_INIT;
	char key[SHAPE_KEY_SIZE];
	json_t *shape, *overrides = NULL;
	int rc;

	if ((rc = review_shape(ex, (const char *const *)keep, text, strlen(text), key, &norm)) < 0)
		return error_set(e, rc, "cannot normalise an answer");
	rc = review_overrides(db, json_integer_value(json_object_get(answer, "learner")),
			      t->lesson->number, ex->name, field(answer, "attempt"), &overrides, e);
	if (rc == 0 && !(shape = json_object_get(shapes, key))) {
		shape = json_pack("{s:s, s:s, s:i, s:s, s:[]}", "shape", key, "text",
				  norm.data ? norm.data : "", "learners", 0, "verdict", verdict, "answers");
		json_object_set_new(shapes, key, shape);
	}
	if (rc == 0) {
		json_object_set_new(shape, "learners", json_integer(
			json_integer_value(json_object_get(shape, "learners")) + 1));
		if (strcmp(field(shape, "verdict"), verdict) != 0)
			json_object_set_new(shape, "verdict", json_string("mixed"));
		json_array_append_new(json_object_get(shape, "answers"), json_pack(
			"{s:O, s:O, s:O, s:o}", "username", json_object_get(answer, "username"),
			"attempt", json_object_get(answer, "attempt"), "verdict",
			json_object_get(answer, "verdict"), "criteria", answer_criteria(answer, overrides)));
	}
	json_decref(overrides);
	buf_free(&norm);
	return rc;
}

static int by_learners(const void *a, const void *b)
{
	json_int_t x = json_integer_value(json_object_get(*(json_t *const *)a, "learners"));
	json_int_t y = json_integer_value(json_object_get(*(json_t *const *)b, "learners"));

	return x != y ? (x < y ? 1 : -1) :
	       strcmp(field(*(json_t *const *)a, "shape"), field(*(json_t *const *)b, "shape"));
}

/* SHAPES (an object) as an array, the most shared first, with COMMENTS. */
static json_t *shape_list(json_t *shapes, json_t *comments)
{
	size_t n = json_object_size(shapes), i = 0;
	json_t **items = calloc(n ? n : 1, sizeof(*items)), *list = json_array(), *s, *c;
	const char *key;

	if (!items)
		return list;
	json_object_foreach(shapes, key, s)
		items[i++] = s;
	qsort(items, n, sizeof(*items), by_learners);
	for (i = 0; i < n; i++)
		json_array_append(list, items[i]);
	json_array_foreach(comments, i, c)
		if ((s = json_object_get(shapes, field(c, "shape"))))
			json_object_set(s, "comment", c);
	free(items);
	return list;
}

static int shapes_fill(struct pg_db *db, const struct review_target *t, json_t *out,
		       struct error *e)
{
	const char *ex = exercise_kind_name((enum exercise_kind)t->kind);
	json_t *answers = NULL, *comments = NULL, *shapes = json_object(), *a;
	char **keep = review_keep_names(&t->lesson->exercises[t->kind]);
	size_t i;
	int rc = review_latest(db, t->cohort, t->lesson->number, ex, &answers, e);

	json_array_foreach(answers, i, a)
		if (rc == 0)
			rc = add_answer(db, t, keep, a, shapes, e);
	shape_names_free(keep);
	if (rc == 0)
		rc = review_comments(db, t->cohort, t->lesson->number, ex, &comments, e);
	if (rc == 0)
		json_object_set_new(out, "shapes", shape_list(shapes, comments));
	json_decref(answers);
	json_decref(comments);
	json_decref(shapes);
	return rc;
}

json_t *cohort_review_shapes_json(struct web *w, const struct review_target *t,
				  struct web_response *resp)
{
	struct error e = ERROR_INIT;
	struct pg_db *db = db_or_503(w, resp);
	char num[8];
	json_t *out;
	int rc;

	if (!db || !may_see_cohort(db, t->cohort, resp))
		return NULL;
	lesson_number_text(t->lesson, num);
	out = json_pack("{s:I, s:s, s:s}", "cohort", (json_int_t)t->cohort, "lesson", num,
			"exercise", exercise_kind_name((enum exercise_kind)t->kind));
	if ((rc = shapes_fill(db, t, out, &e)) < 0) {
		json_decref(out);
		web_reply_store_error(resp, rc, e.message);
		return NULL;
	}
	return out;
}

/* POST: the comment on one shape ("" removes it). */
static void shape_comment(struct web *w, const struct web_request *req,
			  const struct review_target *t, struct web_response *resp)
{
	struct error e = ERROR_INIT;
	json_t *root = form_body(req, resp);
	struct pg_db *db;
	const char *shape, *comment;
	int rc;

	if (!root || !(db = db_or_503(w, resp)) || !may_see_cohort(db, t->cohort, resp))
		goto cleanup;
	shape = field(root, "shape");
	comment = field(root, "comment");
	rc = review_comment_set(db, t->cohort, t->lesson->number,
				exercise_kind_name((enum exercise_kind)t->kind), shape,
				web_session_current()->who.id, comment, 0, &e);
	if (rc == -EINVAL)
		web_reply_error(resp, 400, "%s", e.message);
	else if (rc < 0)
		web_reply_store_error(resp, rc, e.message);
	else
		web_reply_json(resp, 200, json_pack("{s:s, s:s}", "shape", shape, "comment", comment));
cleanup:
	json_decref(root);
}

void cohort_review_shapes(struct web *w, const struct web_request *req, const char *param,
			  struct web_response *resp)
{
	struct review_target t;
	json_t *out;

	if (cohort_review_target(w, req, param, &t, resp) < 0)
		return;
	if (web_method_of(req->method) == WEB_POST)
		shape_comment(w, req, &t, resp);
	else if ((out = cohort_review_shapes_json(w, &t, resp)))
		web_reply_json(resp, 200, out);
}

/* ---- one learner's attempt: overrides and the export ---- */

/* The learner named in ROOT if the signed-in account may see them: 1 with
 * *ID set, or 0 with RESP answered (403 alike for a stranger and for no
 * such account). */
static int learner_of(struct pg_db *db, json_t *root, int64_t *id, struct web_response *resp)
{
	struct error e = ERROR_INIT;
	struct cohort_account who;
	const char *name = field(root, "learner");
	int rc = name ? cohort_account_find(db, name, &who, NULL, &e) : -ENOENT;

	if (rc == 0)
		rc = cohort_may_see_learner(db, &web_session_current()->who, who.id, &e);
	if (rc == 0 || rc == -ENOENT || rc == -EINVAL)
		web_reply_error(resp, 403, "not a learner of your cohorts");
	else if (rc < 0)
		web_reply_store_error(resp, rc, e.message);
	*id = rc > 0 ? who.id : 0;
	return rc > 0;
}

static int status_of(int rc)
{
	return rc == -ENOENT ? 404 : 400;
}

void cohort_review_override(struct web *w, const struct web_request *req,
			    struct web_response *resp)
{
	struct error e = ERROR_INIT;
	json_t *root = form_body(req, resp);
	struct pg_db *db;
	int64_t learner;
	int rc;

	if (!root || !(db = db_or_503(w, resp)) || !learner_of(db, root, &learner, resp))
		goto cleanup;
	rc = review_override_set(db, learner, field(root, "attempt"), field(root, "criterion"),
				 field(root, "verdict"), field(root, "comment"),
				 web_session_current()->who.id, 0, &e);
	if (rc == -EINVAL || rc == -ENOENT)
		web_reply_error(resp, status_of(rc), "%s", e.message);
	else if (rc < 0)
		web_reply_store_error(resp, rc, e.message);
	else
		web_reply_json(resp, 201, json_pack("{s:s, s:s, s:s, s:s}", "learner",
						    field(root, "learner"), "attempt",
						    field(root, "attempt"), "criterion",
						    field(root, "criterion"), "verdict",
						    field(root, "verdict")));
cleanup:
	json_decref(root);
}

/* The lesson ATTEMPT belongs to, and its exercise in *KIND; NULL if the
 * course has no such lesson (any more). */
static struct lesson *attempt_lesson(struct web *w, json_t *attempt, enum exercise_kind *kind)
{
	char num[16];

	snprintf(num, sizeof(num), "%02lld",
		 (long long)json_integer_value(json_object_get(attempt, "lesson")));
	if (exercise_kind_from_name(field(attempt, "exercise"), kind) < 0)
		return NULL;
	return web_find_lesson(w, num);
}

static int export_reply(struct web *w, struct pg_db *db, int64_t learner, json_t *root,
			json_t *attempt, struct web_response *resp, struct error *e)
{
	enum exercise_kind kind;
	struct lesson *l = attempt_lesson(w, attempt, &kind);
	char file[REVIEW_FILE_SIZE], num[8], folder[160];
	const char *slash;
	struct buf yaml = BUF_INIT;
	json_t *overrides = NULL;
	int rc;

	if (!l)
		return error_set(e, -EINVAL, "the course has no lesson %lld any more",
				 (long long)json_integer_value(json_object_get(attempt, "lesson")));
	rc = review_overrides(db, learner, l->number, field(attempt, "exercise"),
			      field(attempt, "attempt"), &overrides, e);
	if (rc == 0)
		rc = review_example(&l->exercises[kind], field(root, "learner"), attempt, overrides,
				    file, &yaml, e);
	lesson_number_text(l, num);
	/* The course's own folder names, never the server's paths. */
	slash = strrchr(l->dir, '/');
	snprintf(folder, sizeof(folder), "%.100s/%s/examples", slash ? slash + 1 : l->dir,
		 exercise_kind_name(kind));
	if (rc == 0)
		web_reply_json(resp, 200, json_pack("{s:s, s:s, s:s, s:O, s:s, s:s}", "lesson", num,
						    "exercise", field(attempt, "exercise"), "file", file,
						    "answer", json_object_get(attempt, "answer"),
						    "expected", yaml.data ? yaml.data : "",
						    "folder", folder));
	json_decref(overrides);
	buf_free(&yaml);
	return rc;
}

void cohort_review_export(struct web *w, const struct web_request *req,
			  struct web_response *resp)
{
	struct error e = ERROR_INIT;
	json_t *root = form_body(req, resp), *attempt = NULL;
	struct pg_db *db;
	int64_t learner;
	int rc;

	if (!root || !(db = db_or_503(w, resp)) || !learner_of(db, root, &learner, resp))
		goto cleanup;
	rc = review_attempt(db, learner, field(root, "attempt"), &attempt, &e);
	if (rc == 0)
		rc = export_reply(w, db, learner, root, attempt, resp, &e);
	if (rc == -EINVAL || rc == -ENOENT)
		web_reply_error(resp, status_of(rc), "%s", e.message);
	else if (rc < 0)
		web_reply_store_error(resp, rc, e.message);
cleanup:
	json_decref(attempt);
	json_decref(root);
}

/* ---- the learner's side ---- */

static int mine_fill(struct pg_db *db, const struct review_target *t, json_t *out,
		     struct error *e)
{
	const struct exercise *ex = &t->lesson->exercises[t->kind];
	int64_t me = web_session_current()->who.id;
	json_t *latest = NULL, *comments = NULL, *overrides = NULL;
	char key[SHAPE_KEY_SIZE], **keep;
	const char *answer;
	int rc = review_latest_of(db, me, t->lesson->number, ex->name, &latest, e);

	if (rc == 0 && latest) {
		answer = field(latest, "answer") ? field(latest, "answer") : "";
		keep = review_keep_names(ex);
		rc = review_shape(ex, (const char *const *)keep, answer, strlen(answer), key, NULL);
		shape_names_free(keep);
		if (rc == 0)
			rc = review_comments_for(db, me, t->lesson->number, ex->name, key, &comments, e);
	}
	if (rc == 0)
		rc = review_overrides(db, me, t->lesson->number, ex->name, NULL, &overrides, e);
	if (rc == 0) {
		json_object_set_new(out, "comments", comments ? comments : json_array());
		json_object_set_new(out, "overrides", overrides);
		comments = overrides = NULL;
	}
	json_decref(latest);
	json_decref(comments);
	json_decref(overrides);
	return rc;
}

void cohort_review_mine(struct web *w, const struct web_request *req, const char *param,
			struct web_response *resp)
{
	struct error e = ERROR_INIT;
	struct review_target t = { 0 };
	struct pg_db *db;
	char num[8];
	json_t *out;
	int rc;

	if (lesson_exercise(w, param, &t) < 0) {
		web_reply_error(resp, 404, "no exercise at %.200s (/api/review/LESSON/EXERCISE)",
				req->path);
		return;
	}
	lesson_number_text(t.lesson, num);
	out = json_pack("{s:s, s:s}", "lesson", num, "exercise",
			exercise_kind_name((enum exercise_kind)t.kind));
	/* The local app's learner has no instructor: nothing to show. */
	if (!w->cohort) {
		json_object_set_new(out, "comments", json_array());
		json_object_set_new(out, "overrides", json_array());
		web_reply_json(resp, 200, out);
		return;
	}
	if (!(db = db_or_503(w, resp))) {
		json_decref(out);
		return;
	}
	if ((rc = mine_fill(db, &t, out, &e)) < 0) {
		json_decref(out);
		web_reply_store_error(resp, rc, e.message);
		return;
	}
	web_reply_json(resp, 200, out);
}

/* Answer review in a cohort (issue 14): the latest answers of a cohort to
 * one exercise (the web layer groups them by shape, syntax/shape.h), an
 * instructor's comment on a shape, and overrides of the grader's verdict
 * on one criterion of one attempt.  Who may do what is the caller's to
 * check (cohort_may_see_cohort, cohort_may_see_learner): these functions
 * only keep one learner's data apart from another's.  Lists come back as
 * jansson arrays of objects, yours to json_decref.  Errors: -ENOENT no
 * such attempt (of that learner), -EINVAL a bad argument (the reason in
 * E), and the store/pgdb.h codes.  NOW 0 means the current time. */
#ifndef IDIOM_COHORT_REVIEW_H
#define IDIOM_COHORT_REVIEW_H
#include <stdint.h>
#include <jansson.h>
#include "course/lesson.h"
#include "store/pgdb.h"
#include "syntax/shape.h"

/* The longest comment kept, in bytes. */
#define REVIEW_COMMENT_MAX 4000

/* The latest attempt of every learner of COHORT at LESSON's EXERCISE:
 * [{"learner", "username", "attempt", "verdict", "answer", "time",
 * "report"}] by user name; "report" is the check report (design.md) as
 * recorded, or null. */
int review_latest(struct pg_db *db, int64_t cohort, int lesson, const char *exercise,
		  json_t **out, struct error *e);

/* LEARNER's latest attempt at LESSON's EXERCISE, as review_attempt gives
 * it, or *OUT NULL when there is none. */
int review_latest_of(struct pg_db *db, int64_t learner, int lesson, const char *exercise,
		     json_t **out, struct error *e);

/* One attempt of LEARNER: {"attempt", "lesson", "exercise", "verdict",
 * "answer", "time", "report"}; -ENOENT when LEARNER has no attempt ID. */
int review_attempt(struct pg_db *db, int64_t learner, const char *id, json_t **out,
		   struct error *e);

/* The comments on COHORT's shapes of LESSON's EXERCISE:
 * [{"shape", "comment", "author", "time"}]. */
int review_comments(struct pg_db *db, int64_t cohort, int lesson, const char *exercise,
		    json_t **out, struct error *e);

/* Sets the comment on SHAPE (a shape key) by AUTHOR, replacing any; an
 * empty BODY removes it.  -EINVAL for a body past REVIEW_COMMENT_MAX or a
 * shape that is not a key. */
int review_comment_set(struct pg_db *db, int64_t cohort, int lesson, const char *exercise,
		       const char *shape, int64_t author, const char *body, int64_t now,
		       struct error *e);

/* The comments LEARNER sees on LESSON's EXERCISE: those on SHAPE (their
 * latest answer's) in every cohort they belong to, [{"shape", "comment",
 * "author", "time"}]. */
int review_comments_for(struct pg_db *db, int64_t learner, int lesson, const char *exercise,
			const char *shape, json_t **out, struct error *e);

/* The overrides on LEARNER's attempts at LESSON's EXERCISE (ATTEMPT: only
 * that one, or NULL), newest first: [{"attempt", "criterion", "verdict",
 * "comment", "author", "time", "grader"}] ("grader": the grader's verdict
 * on that criterion in the attempt's report). */
int review_overrides(struct pg_db *db, int64_t learner, int lesson, const char *exercise,
		     const char *attempt, json_t **out, struct error *e);

/* Overrides the verdict on CRITERION (a title of the attempt's report) of
 * LEARNER's ATTEMPT with VERDICT ("pass" or "fail") and COMMENT (required)
 * by AUTHOR, replacing an earlier override of the same criterion.
 * -ENOENT no such attempt of LEARNER; -EINVAL a criterion the attempt's
 * report does not have, a bad verdict, an empty or too long comment. */
int review_override_set(struct pg_db *db, int64_t learner, const char *attempt,
			const char *criterion, const char *verdict, const char *comment,
			int64_t author, int64_t now, struct error *e);

/* The names an answer to EX keeps as written: those EX's reference and
 * starter define at module level (the exercise's API), NULL-terminated;
 * yours to shape_names_free.  Read once per list of answers. */
char **review_keep_names(const struct exercise *ex);

/* The shape of ANSWER to EX: Python (Rewrite, Practice) keeps KEEP
 * (review_keep_names) and canonicalises the names it binds; a Reflect
 * answer is its words.  TEXT (may be NULL) gets the normalised text.
 * Returns 0 or -ENOMEM. */
int review_shape(const struct exercise *ex, const char *const *keep, const char *answer,
		 size_t len, char key[SHAPE_KEY_SIZE], struct buf *text);

/* The size of an exported example's file name. */
#define REVIEW_FILE_SIZE 96

/* "Add to the course": ATTEMPT (review_attempt's object) of USERNAME to EX
 * as a graded example.  FILE gets its name ("cohort-USER-ID8.py", ".md" for
 * Reflect), YAML (appended) its expected.yaml entry, indented to sit under
 * `examples:`: each criterion by id with OVERRIDES' verdict (the overrides
 * of that attempt) where there is one, else the grader's; the status pass
 * when every criterion passes, else fail (error when the grader said so
 * and nobody overrode it); a note naming the learner, the attempt and each
 * override with its comment.  -EINVAL when the attempt has no report or
 * names a criterion EX no longer has. */
int review_example(const struct exercise *ex, const char *username, json_t *attempt,
		   json_t *overrides, char file[REVIEW_FILE_SIZE], struct buf *yaml,
		   struct error *e);

#endif

/* The progress store: every graded attempt and every start, hint and reset a
 * learner makes, kept as an append-only history from which lesson status,
 * time spent and "criteria still failing" are computed.  Backends sit behind
 * a small vtable (src/store/backend.h): SQLite now, PostgreSQL later, with
 * the rules computed once here.  Limits: a lesson's whole history is loaded
 * to compute its summary (hundreds of attempts, not millions); times are in
 * whole seconds; answers and reports are capped at STORE_TEXT_MAX bytes.
 * See docs/progress.md. */
#ifndef IDIOM_STORE_H
#define IDIOM_STORE_H
#include <stddef.h>
#include <stdint.h>
#include "util/error.h"
#include "store/records.h"

/* Return codes, besides 0: -EINVAL a bad argument or import file; -ENOENT no
 * such attempt, or no such directory for the database; -EILSEQ the file is
 * not an idiom progress database (random bytes, another program's SQLite
 * file, damaged); -ENOTSUP a database or export made by a newer idiom; -EBUSY another idiom held the database past the busy timeout;
 * -EACCES, -ENOSPC, -ENOMEM, -EIO as they say.  The message is in ERR (a
 * struct error, src/util/error.h; ERR may be NULL). */

/* Opens the progress store at PATH with the registered backend that
 * accepts it (a file path: SQLite; see backend.h).  For SQLite: opens the
 * progress database at PATH, creating it (and the schema) if the
 * file does not exist or is empty, migrating an older schema forward.  A file
 * that is not ours, or is newer, is refused and left byte for byte as it was.
 * On success *OUT is yours to store_close.  The directory must exist.  Keep
 * one open store per file per process (SQLite's locks are per process). */
int store_open(const char *path, struct store **out, struct error *err);
void store_close(struct store *s);

/* Records A in one transaction.  Fills A->id and A->time if they were empty.
 * Returns 0 once the attempt is durably committed. */
int store_record_attempt(struct store *s, struct store_attempt *a, struct error *err);

/* Records that the learner started LESSON, asked a hint... TIME 0: now. */
int store_record_event(struct store *s, int lesson, enum store_event_kind kind,
		       int64_t time, struct error *err);

/* Records a hint of LESSON's EXERCISE (store_summary counts them per
 * exercise since its last reset).  TIME 0: now. */
int store_record_hint(struct store *s, int lesson, enum store_exercise exercise, int64_t time,
		      struct error *err);

/* Clears progress while keeping history: LESSON 0 resets every lesson;
 * EXERCISE -1 resets the whole lesson (back to open), otherwise only that
 * exercise (it needs a new passing attempt; the lesson stays started).
 * TIME 0: now. */
int store_reset(struct store *s, int lesson, int exercise, int64_t time,
		struct error *err);

/* Fills OUT for LESSON (>= 1).  A lesson with no history is open with zeros.
 * Release with store_summary_free. */
int store_summary(struct store *s, int lesson, struct store_summary *out,
		  struct error *err);
void store_summary_free(struct store_summary *sum);

/* Lessons that have any history, ascending; you own *OUT (free it). */
int store_lessons(struct store *s, int **out, size_t *count, struct error *err);

/* Attempts of LESSON's EXERCISE, newest first, numbered oldest = 1.
 * Release with store_attempt_list_free. */
int store_history(struct store *s, int lesson, enum store_exercise exercise,
		  struct store_attempt_list *out, struct error *err);

/* Attempt number N (as store_history numbers them) into OUT, a one-item list.
 * Returns -ENOENT if there is no such attempt. */
int store_attempt_get(struct store *s, int lesson, enum store_exercise exercise, int n,
		      struct store_attempt_list *out, struct error *err);
void store_attempt_list_free(struct store_attempt_list *list);

/* The whole history as JSON text (docs/progress.md); you own *OUT. */
int store_export_json(struct store *s, char **out, struct error *err);

/* Merges an export into the store in one transaction; records whose id is
 * already there are skipped, so importing twice adds nothing.  A malformed
 * file adds nothing (-EINVAL, the message names the place). */
int store_import_json(struct store *s, const char *text, size_t len,
		      struct store_import_result *res, struct error *err);

/* Keeps D->text (valid UTF-8, at most STORE_TEXT_MAX bytes) as the draft of
 * D->lesson's D->exercise, replacing the one before; D->text NULL removes
 * it.  Drafts are not history: no attempt, no event, not exported. */
int store_draft_save(struct store *s, struct store_draft *d, struct error *err);

/* Fills OUT with the draft of LESSON's EXERCISE: OUT->text yours (free), or
 * NULL with time 0 when there is none. */
int store_draft_load(struct store *s, int lesson, enum store_exercise exercise,
		     struct store_draft *out, struct error *err);

/* Whether a lesson shows as locked: never the first lesson, never one the
 * learner already began; otherwise until the previous lesson is done. */
int store_lesson_locked(enum store_status own, int first, enum store_status previous);

/* "reflect", "pass", "started", "start"; NULL for a value out of range. */
const char *store_exercise_name(enum store_exercise e);
const char *store_verdict_name(enum store_verdict v);
const char *store_status_name(enum store_status st);
const char *store_event_name(enum store_event_kind k);
/* Name to value; return 0, or -EINVAL for an unknown name. */
int store_exercise_parse(const char *name, enum store_exercise *out);
int store_verdict_parse(const char *name, enum store_verdict *out);

#endif

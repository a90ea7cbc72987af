/* The application layer: everything idiom does on a learner's behalf, for
 * ONE learner in ONE store: grade-and-record an answer, hand out the next
 * hint, compute lesson status (locking, the lesson to suggest), and read,
 * save, start and reset the learner's answers and drafts.  The CLI and the
 * web server both call it; nothing here prints, knows a terminal, HTTP or
 * argv.  Errors come back as struct error (src/util/error.h); a problem that
 * does not stop the work (graded, but not recorded) is a warning in the
 * result, for the caller to show. */
#ifndef IDIOM_LEARN_H
#define IDIOM_LEARN_H
#include <stddef.h>
#include <stdint.h>
#include "course/course.h"
#include "grade/grade.h"
#include "store/store.h"
#include "util/diag.h"
#include "util/error.h"

/* The learner of the single-learner app (the local SQLite store holds one). */
#define LEARN_LOCAL_ID 1

/* Who the work is for.  A cohort server makes one per request from its
 * session: STORE is then a handle on that learner's records. */
struct learner {
	struct store *store;	/* not owned; NULL: nothing recorded, no drafts */
	int64_t id;		/* LEARN_LOCAL_ID in the single-learner app */
	const char *home;	/* the workspace ($IDIOM_HOME); NULL: no files */
};

/* ---- workspace.c: where the answers live ---- */

/* $IDIOM_HOME, else $HOME/idiom, into *OUT (yours).  Returns 0, or -ENOENT
 * when neither is set. */
int learn_home(char **out, struct error *err);

/* Opens the progress store under HOME.  CREATE: HOME and the file are made
 * if missing.  Otherwise a missing file is not an error: 0 with *OUT NULL,
 * so reading commands never create one.  *OUT is yours to store_close. */
int learn_store_open(const char *home, int create, struct store **out, struct error *err);

/* <home>/<NN-slug>, or NULL without a home; yours. */
char *learn_lesson_dir(const struct learner *lr, const struct lesson *l);
/* Makes <home>/<NN-slug> into *DIR (yours); returns 0 or a negative code
 * (-ENOENT without a home) with *DIR NULL. */
int learn_lesson_dir_make(const struct learner *lr, const struct lesson *l, char **dir,
			  struct error *err);
/* "reflect.md", "rewrite.py", "practice.py". */
const char *learn_file_name(enum exercise_kind kind);
/* <home>/<NN-slug>/<file name>, or NULL without a home; yours. */
char *learn_answer_path(const struct learner *lr, const struct lesson *l,
			enum exercise_kind kind);
/* The starter shipped with the exercise; yours. */
char *learn_starter_path(const struct exercise *ex);

/* The learner's answer: the workspace file (without a home: the latest
 * recorded attempt), else the starter, else "".
 * *OUT is yours.  Never fails. */
char *learn_answer_current(const struct learner *lr, const struct lesson *l,
			   enum exercise_kind kind);

/* Writes TEXT as the workspace file of the exercise (atomically, making the
 * lesson folder).  Returns 0, -EFBIG past IDIOM_ANSWER_MAX, -ENOENT without
 * a home, or the file system's code. */
int learn_answer_save(const struct learner *lr, const struct lesson *l, enum exercise_kind kind,
		      const char *text, size_t len, struct error *err);

/* What start or reset did to each exercise file. */
enum learn_file_state { LEARN_FILE_UNTOUCHED, LEARN_FILE_WRITTEN, LEARN_FILE_KEPT };

struct learn_files {
	char *path[EXERCISE_COUNT];		/* the workspace file; yours (learn_files_free) */
	enum learn_file_state state[EXERCISE_COUNT];
	struct error warning;		/* done, but not recorded in the progress; code 0: none */
};
void learn_files_free(struct learn_files *f);

/* Puts the lesson's starters in the workspace, never overwriting a file
 * that is there, and records a start.  Stops at the first file it cannot
 * write (the ones before are reported in OUT).  Returns 0 or a negative
 * code. */
int learn_start(const struct learner *lr, const struct lesson *l, struct learn_files *out,
		struct error *err);

/* Overwrites the workspace file of EXERCISE (-1: every exercise) with its
 * starter, forgets the hints shown and the draft, then reopens it in the
 * store (history is kept).  Stops at the first failure; ERR says whether the
 * files or only the progress failed. */
int learn_reset(const struct learner *lr, const struct lesson *l, int exercise,
		struct learn_files *out, struct error *err);

/* Records an event (start, show...); no store: nothing. */
int learn_event(const struct learner *lr, int lesson, enum store_event_kind kind,
		struct error *err);

/* ---- check.c: grade and record ---- */

struct learn_check_options {
	int record;		/* record the attempt in the store */
	int only_changed;	/* ...unless it equals the exercise's latest recorded answer */
	int save;		/* save the answer as the workspace file */
	const char *attempt_id;	/* the attempt's id (8-64 lowercase hex, a client's
				 * retry key); NULL: the store makes one.  A store
				 * that holds it already records nothing new. */
};

struct learn_result {
	struct report *report;	/* NULL when the grader failed (see diags) */
	char *output;		/* what the answer printed; NULL: nothing */
	int recorded;		/* 1: the attempt is in the store */
	struct error not_recorded;	/* why it was asked and is not; code 0: none */
	struct error not_saved;		/* why the answer was not saved; code 0: none */
	struct diags diags;	/* the grader's problems, when it failed */
};
void learn_result_free(struct learn_result *r);

/* Grades ANSWER (LEN bytes, at most IDIOM_ANSWER_MAX) as exercise KIND of L
 * with A, named NAME in the report, then saves and records it per OPT.
 * Returns 0 with OUT->report set (failing to record or save is a warning in
 * OUT, never an error), or -EIO "could not grade" with OUT->diags filled,
 * or -EFBIG.  OUT is always to be freed with learn_result_free. */
int learn_check(const struct learner *lr, struct grader *a, const struct lesson *l,
		enum exercise_kind kind, const char *name, const char *answer, size_t len,
		const struct learn_check_options *opt, struct learn_result *out,
		struct error *err);

/* The same for the file at PATH (named by its base name).  -ENOENT and the
 * other read errors say which file and what to do. */
int learn_check_file(const struct learner *lr, struct grader *a, const struct lesson *l,
		     enum exercise_kind kind, const char *path,
		     const struct learn_check_options *opt, struct learn_result *out,
		     struct error *err);

/* ---- hints.c: one more hint each time ---- */

struct learn_hint {
	const char *const *hints;	/* every hint, gentlest first; the grader's */
	size_t count;
	size_t shown;		/* how many are shown now, this one included; 0 iff count 0 */
	int again;		/* 1: all were shown before; the last is shown again */
	struct error warning;	/* the count or the event was not kept; code 0: none */
};

/* Hands out the next hint of exercise KIND of L: records a hint event of
 * the exercise and counts it (in the lesson's workspace folder,
 * .hints-EXERCISE, which reset removes; without a home, the store's count
 * since the exercise's last reset is the count).  Returns 0, or -EIO when the exercise's hints cannot be loaded
 * (DIAGS filled). */
int learn_hint_next(const struct learner *lr, struct grader *a, const struct lesson *l,
		    enum exercise_kind kind, struct learn_hint *out, struct diags *diags,
		    struct error *err);

/* ---- status.c: status, locking, the next lesson, progress ---- */

enum learn_status { LEARN_OPEN, LEARN_STARTED, LEARN_DONE, LEARN_LOCKED };

/* "open", "started", "done", "locked". */
const char *learn_status_name(enum learn_status st);

/* What the learner sees of every lesson of a course, in course order. */
struct learn_course {
	const struct course *course;
	struct store_summary *sums;	/* course->count: attempts, time, exercises */
	enum learn_status *status;	/* locked per store_lesson_locked */
	size_t done;
	int next;			/* index of the lesson to suggest; -1: none */
};

/* Fills OUT for LR (no store: every lesson open or locked).  On a store
 * error OUT is still whole (the lessons not read have no history) and the
 * code is returned; release with learn_course_free either way. */
int learn_course_load(const struct learner *lr, const struct course *c,
		      struct learn_course *out, struct error *err);
void learn_course_free(struct learn_course *lc);

/* A criterion the exercise's latest attempt still fails, and how many of
 * its recorded attempts failed it.  Criteria that pass now are left out. */
struct learn_failing {
	int lesson;
	enum exercise_kind exercise;
	char *criterion;
	int count;
};

struct learn_progress {
	struct learn_course lessons;
	struct learn_failing *failing;	/* by lesson and exercise */
	size_t failing_count;
};

/* LR's progress through C; the same contract as learn_course_load. */
int learn_progress_load(const struct learner *lr, const struct course *c,
			struct learn_progress *out, struct error *err);
void learn_progress_free(struct learn_progress *p);

/* ---- drafts.c: the unsaved text in the editor ---- */

/* Keeps TEXT (LEN bytes) as the learner's draft of the exercise; TEXT NULL
 * removes it.  -ENOENT without a store, -EFBIG past IDIOM_ANSWER_MAX. */
int learn_draft_save(const struct learner *lr, const struct lesson *l, enum exercise_kind kind,
		     const char *text, size_t len, struct error *err);

/* The draft into *OUT (yours), or *OUT NULL when there is none (or no store). */
int learn_draft_load(const struct learner *lr, const struct lesson *l, enum exercise_kind kind,
		     char **out, struct error *err);

#endif

/* The progress store's records: the values store.h's functions take and
 * return, and the backends (backend.h) store.  Types only, so the backend
 * interface needs no part of store.h (no include cycle in src/store). */
#ifndef IDIOM_STORE_RECORDS_H
#define IDIOM_STORE_RECORDS_H
#include <stddef.h>
#include <stdint.h>
#include "util/limits.h"

/* The database file's name under $IDIOM_HOME. */
#define STORE_DEFAULT_NAME "progress.db"

/* 32 lowercase hex digits (128 random bits) and a NUL; imported ids may be
 * 8 to 64 hex digits. */
#define STORE_ID_SIZE 65
/* A gap between two consecutive activities longer than this counts as this. */
#define STORE_GAP_CAP 600

/* Same order as enum exercise_kind in course/lesson.h, so a caller may cast. */
enum store_exercise { STORE_REFLECT, STORE_REWRITE, STORE_PRACTICE, STORE_EXERCISE_COUNT };
/* Same order as enum report_status in grade/report.h. */
enum store_verdict { STORE_PASS, STORE_FAIL, STORE_ERROR };
enum store_status { STORE_OPEN, STORE_STARTED, STORE_DONE };
/* What a learner did besides checking (a check is recorded as an attempt). */
enum store_event_kind { STORE_EVENT_START, STORE_EVENT_HINT, STORE_EVENT_SHOW };

struct store;

/* One graded answer.  As input (store_record_attempt) the caller owns every
 * pointer; as output (a store_attempt_list) the list owns them. */
struct store_attempt {
	char id[STORE_ID_SIZE];	/* empty on input: the store makes one */
	int lesson;		/* >= 1 */
	enum store_exercise exercise;
	enum store_verdict verdict;
	int64_t time;		/* Unix seconds; 0 on input: now */
	const char *answer;	/* the learner's text, as checked */
	const char *report;	/* the verdict JSON of `idiom check --json`; NULL: none */
	const char *const *failing;	/* titles of the criteria that failed */
	size_t failing_count;
	/* Output only: */
	int number;		/* 1 = the oldest attempt of this lesson and exercise */
	int cleared;		/* 1 if a later reset covers it */
	int64_t seq;		/* order of recording within this database */
};

struct store_attempt_list {
	struct store_attempt *items;
	size_t count;
};

struct store_exercise_summary {
	int attempts;		/* all of them, resets included */
	int passed;		/* a passing attempt since the last reset */
	int checked;		/* any attempt since the last reset */
	enum store_verdict last_verdict;	/* of the latest attempt since the reset */
	char **failing;		/* its failing criteria; owned by the summary */
	size_t failing_count;
	int hints;		/* hints of this exercise since the last reset */
};

struct store_summary {
	int lesson;
	enum store_status status;
	int attempts;		/* all exercises, all history */
	int64_t seconds;	/* time spent, see STORE_GAP_CAP; never reset */
	int64_t last_active;	/* Unix seconds of the latest activity; 0: none */
	int hints;		/* hint events of the lesson, all history */
	struct store_exercise_summary exercises[STORE_EXERCISE_COUNT];
};

/* The learner's unsaved text of one exercise (the browser's editor). */
struct store_draft {
	int lesson;		/* >= 1 */
	enum store_exercise exercise;
	char *text;		/* as output yours (free); NULL: no draft */
	int64_t time;		/* Unix seconds it was saved; 0 on input: now */
};

struct store_import_result {
	size_t added;		/* attempts and events that were new */
	size_t skipped;		/* already there (same id) */
};

#endif

/* What a progress-store backend provides: durable appends and ordered loads.
 * The rules (status, time spent, resets, history numbers, export format) live
 * in store.c, so a new backend (PostgreSQL for server mode) only stores. */
#ifndef IDIOM_STORE_BACKEND_H
#define IDIOM_STORE_BACKEND_H
#include "util/error.h"
#include "store/records.h"

/* Event kinds as stored: the public ones, then the store's own reset. */
enum { STORE_EVENT_RESET = STORE_EVENT_SHOW + 1, STORE_EVENT_KINDS };

struct store_event {
	char id[STORE_ID_SIZE];
	int lesson;		/* 0: every lesson (a reset of all) */
	int kind;		/* enum store_event_kind or STORE_EVENT_RESET */
	int exercise;		/* a reset of one exercise; -1 otherwise */
	int64_t time;
	int64_t seq;		/* set by the backend */
};

/* What load returns; the strings belong to it (store_records_free). */
struct store_records {
	struct store_attempt_list attempts;
	struct store_event *events;
	size_t event_count;
};

/* A backend: how to open a location it serves, and five operations.  It
 * registers itself (STORE_BACKEND_REGISTER, run before main), so store.c
 * picks one by the location's form without naming any backend. */
struct store_backend {
	const char *name;
	/* 1 if LOCATION is this backend's: "postgresql://..." for a server, a
	 * file path (no "scheme://") for SQLite. */
	int (*accepts)(const char *location);
	/* The contract is store_open's. */
	int (*open)(const char *location, struct store **out, struct error *err);
	/* Appends the attempts and events in ONE transaction, skipping any whose
	 * id is already stored; counts both in RES.  Each record gets a SEQ
	 * greater than every stored one (attempts and events share the order);
	 * records are taken in (time, seq) order, the seq given being a hint
	 * (an import's original order).  On error nothing was added. */
	int (*put)(struct store *s, const struct store_attempt *a, size_t na,
		   const struct store_event *ev, size_t ne,
		   struct store_import_result *res, struct error *err);
	/* Loads, from one consistent snapshot, LESSON's attempts and events plus
	 * the lesson-0 events (LESSON 0: everything), each ordered by time, then
	 * seq.  Attempt numbers and the cleared flag are left 0. */
	int (*load)(struct store *s, int lesson, struct store_records *out,
		    struct error *err);
	/* Distinct lessons (>= 1) with any attempt or event, ascending. */
	int (*lessons)(struct store *s, int **out, size_t *count, struct error *err);
	/* Replaces the draft of LESSON's EXERCISE by D (TEXT NULL: removes it). */
	int (*draft_put)(struct store *s, const struct store_draft *d, struct error *err);
	/* Fills D's text (yours) and time; text NULL when there is none. */
	int (*draft_get)(struct store *s, int lesson, enum store_exercise exercise,
			 struct store_draft *d, struct error *err);
	void (*close)(struct store *s);
};

/* Every backend's handle starts with this. */
struct store {
	const struct store_backend *backend;
};

/* At most this many backends register. */
#define STORE_BACKENDS_MAX 4

/* Adds B to the table store_open chooses from (called before main). */
void store_backend_register(const struct store_backend *b);

/* In a backend's .c: STORE_BACKEND_REGISTER(sqlite_backend); */
#define STORE_BACKEND_REGISTER(b) \
	__attribute__((constructor)) static void register_##b(void) \
	{ store_backend_register(&(b)); }

/* Shared helpers (store.c). */
void store_records_free(struct store_records *r);
/* Checks A before it is stored; returns 0 or -EINVAL naming the field. */
int store_attempt_check(const struct store_attempt *a, struct error *err);
/* Fills ID with 32 random lowercase hex digits.  Returns 0 or -errno. */
int store_make_id(char id[STORE_ID_SIZE], struct error *err);
/* 1 if S is 8 to 64 lowercase hex digits. */
int store_id_ok(const char *s);

#endif

/* The warm helper of one-off `idiom check` (docs/ARCHITECTURE.md, "The
 * warm helper"; issue 11, item 8).  A new `idiom check` pays a Python start
 * and the rules' compilation before its first verdict; the first one leaves
 * behind a helper process that keeps both warm (a struct grader with its
 * sandboxed Python) and grades the next one-off checks over a unix socket.
 * The CLI still reads the answer, prints the report and records the attempt
 * in its own store: only grader_check is asked of the helper, and its
 * report comes back whole (report_pack), so what is printed and recorded is
 * what a direct check makes.  Anything wrong with the helper (none, stale,
 * another build or course, a crash, a timeout) means a direct check.
 *
 * Where: one private directory per user, $IDIOM_HELPER_DIR, else
 * $XDG_RUNTIME_DIR/idiom, else /tmp/idiom-helper-UID; it must be a real
 * directory (no symlink) owned by the user with mode 0700, or the helper is
 * not used.  In it, per course location, helper-HASH.sock and its lock
 * (helper-HASH.lock, held by the live helper, holding its pid).
 * Off: IDIOM_NO_HELPER=1 (and whenever the test hook IDIOM_RUN_FAULT is
 * set: it must reach the checking process).  IDIOM_RUN_SEED is part of the
 * key: a helper serves only clients with its seed.
 * Lifetime: IDIOM_HELPER_IDLE seconds without a check (default 120), or
 * until its socket is replaced or removed. */
#ifndef IDIOM_HELPER_H
#define IDIOM_HELPER_H
#include <stddef.h>
#include "course/course.h"
#include "course/lesson.h"
#include "util/error.h"

#define HELPER_KEY_BYTES 32
#define HELPER_IDLE_DEFAULT 120

/* Where the helper of COURSE lives and what it must be. */
struct helper_place {
	char *dir;		/* the private directory */
	char *sock;		/* DIR/helper-HASH.sock */
	char *lock;		/* DIR/helper-HASH.lock */
	unsigned char key[HELPER_KEY_BYTES];	/* this build and this course's content */
};

/* 1 when one-off checks may use a helper (IDIOM_NO_HELPER and
 * IDIOM_RUN_FAULT unset). */
int helper_enabled(void);

/* Fills P for COURSE: checks (or makes, mode 0700) the directory and
 * computes the key.  Returns 0, or -errno with E saying why the helper is
 * not used (a directory of another owner, open to others, a symlink). */
int helper_place_find(struct helper_place *p, const struct course *course, struct error *e);
void helper_place_free(struct helper_place *p);

/* Seconds a helper waits for its next check: IDIOM_HELPER_IDLE (1 to
 * 86400), else HELPER_IDLE_DEFAULT. */
int helper_idle_seconds(void);

/* The client side, used by `idiom check` for answers graded one by one. */
struct helper_client;

/* A client for COURSE, or NULL when helpers are off or the place is
 * refused.  It must outlive nothing: free it after the last check. */
struct helper_client *helper_client_new(const struct course *course);

/* grader_remote_fn (grade.h): CTX is a struct helper_client. */
struct report *helper_client_check(void *ctx, const struct lesson *l, enum exercise_kind kind,
				   const char *file, const char *src, size_t len, char **output);

/* Frees C; when no helper answered and none is starting, first launches
 * one (detached, `idiom helper-serve`) warmed for the last exercise asked. */
void helper_client_free(struct helper_client *c);

/* `idiom helper-serve [LESSON KIND]`: the helper's main; warms the exercise
 * given, then serves until idle.  Returns the exit status. */
int helper_serve_main(int argc, char **argv);

/* The protocol (helper_wire.c), shared by both ends. */
#define HELPER_REQUEST_MAGIC 0x31514849u	/* "IHQ1" */
#define HELPER_REPLY_MAGIC 0x31524849u	/* "IHR1" */
enum helper_reply_status { HELPER_OK, HELPER_WRONG_KEY, HELPER_NOT_GRADED };
#define HELPER_REPLY_MAX (16u << 20)

int helper_send_all(int fd, const void *data, size_t len);
int helper_recv_all(int fd, void *data, size_t len);
/* A u32 length and its bytes, at most MAX; *OUT is NUL-terminated. */
int helper_recv_str(int fd, size_t max, char **out, size_t *len);
/* The peer's uid is ours (SO_PEERCRED). */
int helper_peer_is_us(int fd);
#endif

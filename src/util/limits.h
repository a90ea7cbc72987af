/* Every size limit idiom enforces, defined once.  A limit on something a
 * learner sends is also a promise to them: the message that refuses it
 * names the limit. */
#ifndef IDIOM_LIMITS_H
#define IDIOM_LIMITS_H

/* An answer, a starter or a harness file: far beyond any exercise. */
#define IDIOM_ANSWER_MAX (256 * 1024)
/* `idiom check` with many FILEs: at most this many grading processes
 * (one per core below it; src/cmd/batch.c). */
#define IDIOM_CHECK_JOBS_MAX 8

/* Invalid UTF-8 sequences an answer file may hold before `idiom check`
 * refuses it as binary (a stray Latin-1 byte in a comment is not binary;
 * a compiled file or an image has hundreds).  One NUL byte is always. */
#define IDIOM_ANSWER_INVALID_UTF8_MAX 8

/* A web request's body: an answer plus its JSON envelope (escapes can make
 * the JSON text longer than the answer; the answer's own cap is checked
 * once the body is read). */
#define IDIOM_BODY_MAX (320 * 1024)

/* What the judge's verdict channel may carry for one check. */
#define IDIOM_VERDICT_MAX (256 * 1024)

/* A rule file (an exercise's rules.yaml, the course habits file). */
#define IDIOM_RULES_FILE_MAX (1u << 20)

/* Habit categories one exercise maps (`habits:` in its rules.yaml). */
#define IDIOM_HABIT_CATEGORIES_MAX 16

/* Free text (concept rules): a word longer than this is compared exactly,
 * never for spelling slips; a quoted sentence in feedback is cut at this
 * many bytes. */
#define IDIOM_WORD_MAX 40
#define IDIOM_QUOTE_MAX 90
/* Phrases one concept may hold once the course thesaurus has added its
 * variants (src/grade/thesaurus.c); entries of one thesaurus group. */
#define IDIOM_CONCEPT_PHRASES_MAX 512
#define IDIOM_THESAURUS_GROUP_MAX 32

/* One rendered finding message of a static rule. */
#define IDIOM_FINDING_MESSAGE_MAX 2048

/* The zygote's reply for one check (a small JSON object). */
#define IDIOM_ZYGOTE_REPLY_MAX 4096

/* The language server (idiom lsp): one JSON-RPC message from the editor,
 * the header block in front of it, an open document (its text may outgrow
 * an answer while the learner pastes; grading still stops at
 * IDIOM_ANSWER_MAX), and one piece of text sent back (a diagnostic's
 * message, a hint), cut at a character boundary. */
#define IDIOM_LSP_MESSAGE_MAX (4 * 1024 * 1024)
#define IDIOM_LSP_HEADER_MAX 4096
#define IDIOM_LSP_DOCUMENT_MAX (2 * 1024 * 1024)
#define IDIOM_LSP_TEXT_MAX 4096
/* The full check while typing (src/lsp/typing.c): after this much quiet
 * since the last change, and only while a document's full check takes less
 * than the second figure (slower: on save only). */
#define IDIOM_LSP_TYPING_QUIET_MS 400
#define IDIOM_LSP_TYPING_CHECK_MAX_MS 1500

/* ---- Cohorts on PostgreSQL (docs/cohort.md) ---- */

/* Seconds to wait for PostgreSQL to accept a connection (a URL may say less). */
#define PG_CONNECT_TIMEOUT_S 2
/* Seconds a statement may wait for PostgreSQL's answer, measured by idiom
 * (a frozen server enforces no statement_timeout): past it the connection
 * is dropped and the request answered 503 + Retry-After. */
#define PG_QUERY_TIMEOUT_S 4
/* After an attempt to reach PostgreSQL that waited (a timeout, not a
 * refusal), a node tries again only after this long: 503 at once meanwhile. */
#define PG_RETRY_QUIET_S 3

/* Account names: 3 to 64 of [a-z0-9._-], compared case-insensitively. */
#define COHORT_USERNAME_MIN 3
#define COHORT_USERNAME_MAX 64
/* Passwords: at least 12 characters (code points); the cap bounds the work
 * a request can cause. */
#define COHORT_PASSWORD_MIN 12
#define COHORT_PASSWORD_MAX 1024
#define COHORT_NAME_MAX 200

/* Argon2id (libsodium crypto_pwhash_str): 3 passes over 64 MiB, one step
 * above libsodium's "interactive" limits (2 passes, 64 MiB). */
#define COHORT_PWHASH_OPSLIMIT 3
#define COHORT_PWHASH_MEMLIMIT (64UL * 1024 * 1024)

/* Sessions: signed out after 2 hours idle, and 24 hours after sign-in. */
#define COHORT_SESSION_IDLE_S (2 * 3600)
#define COHORT_SESSION_ABSOLUTE_S (24 * 3600)
/* last_seen is written at most once per this many seconds per session. */
#define COHORT_SESSION_TOUCH_S 60
/* Invites expire after 14 days unless made with another lifetime. */
#define COHORT_INVITE_TTL_S (14 * 24 * 3600)
/* A password reset link works once, within 24 hours. */
#define COHORT_RESET_TTL_S (24 * 3600)

/* Sign-in rate limits: failures counted over a 15-minute window. */
#define COHORT_LOGIN_WINDOW_S (15 * 60)
#define COHORT_LOGIN_MAX_PER_ACCOUNT 10
#define COHORT_LOGIN_MAX_PER_ADDRESS 50

/* course.yaml: two short fields. */
#define IDIOM_COURSE_FILE_MAX (64 * 1024)

/* One lesson.md; a longer lesson should be split. */
#define IDIOM_LESSON_MAX (1024 * 1024)

/* An exercise's examples/expected.yaml, and each example answer it names. */
#define IDIOM_EXAMPLES_FILE_MAX (1024 * 1024)

/* A criterion id ({#like-this}): short enough to type in a rule file. */
#define IDIOM_CRITERION_ID_MAX 48

/* The web server under load (issue 11): Retry-After of a 503 (node full or
 * store down), checks waiting for the lane past which a new one gets that
 * 503, connections one client address may hold, and the seconds a client
 * has to send its whole request header, however slowly it trickles. */
#define IDIOM_WEB_RETRY_AFTER_S 5
#define IDIOM_WEB_QUEUE_MAX 64
#define IDIOM_WEB_PER_CLIENT_MAX 32
#define IDIOM_WEB_HEADER_DEADLINE_S 10

/* The nice values of the check lane (and so of the sandbox it starts: every
 * check) and of the password lane (Argon2id), so that the pool's threads,
 * at the server's own, answer hints and pages first when the cores are
 * busy.  At 5 a check still gets about a quarter of a core against one busy
 * pool thread; sign-ins wait longest in a wave, by design.  A process that
 * starts a session of its own under a kernel with autogroups
 * (/proc/sys/kernel/sched_autogroup_enabled) leaves this weighing: see
 * docs/SCALING.md. */
#define IDIOM_WEB_CHECK_NICE 5
#define IDIOM_WEB_PASSWORD_NICE 10

/* A request's path and query (past it: 414), its header fields' names and
 * values together, and their number (past either: 431), answered by idiom
 * with its security headers.  libmicrohttpd's memory pool per connection
 * (the head's bytes plus about 60 bytes of bookkeeping per field) is larger
 * than a head within these limits, so it answers sizes itself only past
 * IDIOM_WEB_MHD_POOL. */
#define IDIOM_WEB_URI_MAX (8 * 1024)
#define IDIOM_WEB_HEADERS_MAX (32 * 1024)
#define IDIOM_WEB_HEADER_FIELDS_MAX 256
#define IDIOM_WEB_MHD_POOL (128 * 1024)

/* ---- The progress store (src/store) ---- */

/* An attempt's answer or report, and a draft, as stored. */
#define STORE_TEXT_MAX (1024 * 1024)
/* Failing criteria kept with one attempt, and the bytes of each title. */
#define STORE_FAILING_MAX 256
#define STORE_TITLE_MAX 1024
/* How long an idiom waits for another to finish opening or writing the
 * SQLite database before it gives up (the folder lock and SQLite's busy
 * timeout). */
#define STORE_BUSY_TIMEOUT_MS 5000

/* Random names fs_write_file_atomic tries for its temporary file before it
 * gives up (each taken only if someone planted a file under that name). */
#define FS_TEMP_TRIES 16

#endif

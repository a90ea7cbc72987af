/* Every size limit idiom enforces, defined once.  A limit on something a
 * learner sends is also a promise to them: the message that refuses it
 * names the limit. */
#ifndef IDIOM_LIMITS_H
#define IDIOM_LIMITS_H

/* An answer, a starter or a harness file: far beyond any exercise. */
#define IDIOM_ANSWER_MAX (256 * 1024)

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

#endif

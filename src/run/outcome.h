/* The outcome of a check, decided in one place.  Everything that can come
 * back from the sandbox (the supervisor's reply, the bytes on the private
 * verdict channel, what the runner itself saw: a dead or hung zygote, cut
 * output) goes into outcome_decide, which reads the supervisor's keys from
 * one table (outcome.c; the supervisor's side is src/run/supervisor.py) and
 * sets the run's status.  outcome_merge then applies that status to the
 * report, from the same table; a syntax error is worded by one function for
 * the static-only path and the full check alike. */
#ifndef IDIOM_OUTCOME_H
#define IDIOM_OUTCOME_H
#include <stddef.h>
#include "grade/report.h"
#include "run/run.h"
#include "util/error.h"

struct outcome_input {
	const char *reply;	/* the supervisor's JSON reply, NUL-terminated (NULL: none) */
	const char *verdict;	/* everything read from the verdict channel */
	size_t verdict_len;
	int verdict_overflow;	/* more arrived than the channel's cap */
	const char *token;	/* this check's secret */
	double wall_s;		/* the limits, for messages */
	double cpu_s;
	int zygote_gone;	/* the zygote died during the check */
	int hung;		/* the zygote stopped answering */
	size_t output_cut;	/* the output limit in bytes when output was cut, else 0 */
};

/* Sets RES->status, ->message, ->line and ->verdict_json (RUN_OK only).
 * RES->output is left alone.  Never fails: anything malformed is reported
 * as RUN_CRASHED or RUN_INTERNAL with a message. */
void outcome_decide(const struct outcome_input *in, struct run_result *res);

/* Applies RES to R: a verdict's checks are merged, an answer that could
 * not run sets R's status error with RES's message.  Returns 0, or -EIO
 * with E set when idiom's side failed (RUN_INTERNAL, a malformed verdict):
 * that is not the learner's doing and R is then incomplete. */
int outcome_merge(const struct run_result *res, struct report *r, struct error *e);

/* "syntax error at line LINE: DETAIL" ("syntax error: DETAIL" for LINE 0):
 * how both Python's compiler (full check) and tree-sitter (static only)
 * report an answer that does not parse.  You own the result. */
char *outcome_syntax_message(int line, const char *detail);

/* Every key the supervisor may send (reply statuses and verdict keys),
 * NULL-terminated: tests hold supervisor.py to them. */
const char *const *outcome_supervisor_keys(void);

#endif

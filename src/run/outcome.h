/* Turning what came back from a check (the zygote's reply and the bytes
 * on the private verdict channel) into a run_result.  Kept apart from the
 * plumbing so forged, torn and hostile verdicts are easy to test. */
#ifndef IDIOM_OUTCOME_H
#define IDIOM_OUTCOME_H
#include <stddef.h>
#include "run/run.h"

struct outcome_input {
	const char *reply;	/* the zygote's JSON reply, NUL-terminated */
	const char *verdict;	/* everything read from the verdict channel */
	size_t verdict_len;
	int verdict_overflow;	/* more arrived than the channel's cap */
	const char *token;	/* this check's secret */
	double wall_s;		/* the limits, for messages */
	double cpu_s;
};

/* Sets RES->status, ->message, ->line and ->verdict_json (RUN_OK only).
 * RES->output is left alone.  Never fails: anything malformed is reported
 * as RUN_CRASHED or RUN_INTERNAL with a message. */
void outcome_decide(const struct outcome_input *in, struct run_result *res);

#endif

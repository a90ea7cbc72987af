/* A small pool of runners for concurrent checks (the server, a batch of
 * files): each runner has its own warm zygote, and a check takes whichever
 * is free.  Thread-safe; a check waits while all are busy. */
#ifndef IDIOM_POOL_H
#define IDIOM_POOL_H
#include "run/run.h"

struct runner_pool;

/* Starts SIZE runners (1..16).  Returns 0 and sets *OUT, or -errno and sets
 * *ERROR (you own it) when any runner cannot start; nothing is left running
 * then.  OPTIONS as for runner_new. */
int runner_pool_new(struct runner_pool **out, int size,
		    const struct runner_options *options, char **error);

/* runner_run on a free runner; safe to call from several threads at once. */
int runner_pool_run(struct runner_pool *pool, const struct run_job *job,
		    struct run_result *res);

/* Waits for nothing: call it once no runner_pool_run is in flight. */
void runner_pool_free(struct runner_pool *pool);

#endif

/* A pool of runners; see pool.h.  A mutex and a condition variable guard
 * which runners are busy; the checks themselves run outside the lock. */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include "run/pool.h"
#include "util/xalloc.h"
#include "util/banned.h"

#define POOL_MAX 16

struct runner_pool {
	pthread_mutex_t lock;
	pthread_cond_t freed;
	int size;
	struct runner *runners[POOL_MAX];
	int busy[POOL_MAX];
};

int runner_pool_new(struct runner_pool **out, int size,
		    const struct runner_options *options, char **error)
{
	struct runner_pool *pool;
	int rc;

	*out = NULL;
	*error = NULL;
	if (size < 1 || size > POOL_MAX) {
		*error = xasprintf("a runner pool holds 1 to %d runners, not %d", POOL_MAX, size);
		return -EINVAL;
	}
	pool = xcalloc(1, sizeof(*pool));
	pthread_mutex_init(&pool->lock, NULL);
	pthread_cond_init(&pool->freed, NULL);
	for (pool->size = 0; pool->size < size; pool->size++) {
		rc = runner_new(&pool->runners[pool->size], options, error);
		if (rc < 0) {
			runner_pool_free(pool);
			return rc;
		}
	}
	*out = pool;
	return 0;
}

static int pool_take(struct runner_pool *pool)
{
	int i;

	pthread_mutex_lock(&pool->lock);
	for (;;) {
		for (i = 0; i < pool->size && pool->busy[i]; i++)
			;
		if (i < pool->size)
			break;
		pthread_cond_wait(&pool->freed, &pool->lock);
	}
	pool->busy[i] = 1;
	pthread_mutex_unlock(&pool->lock);
	return i;
}

static void pool_give_back(struct runner_pool *pool, int i)
{
	pthread_mutex_lock(&pool->lock);
	pool->busy[i] = 0;
	pthread_cond_signal(&pool->freed);
	pthread_mutex_unlock(&pool->lock);
}

int runner_pool_run(struct runner_pool *pool, const struct run_job *job,
		    struct run_result *res)
{
	int i = pool_take(pool);
	int rc = runner_run(pool->runners[i], job, res);

	pool_give_back(pool, i);
	return rc;
}

void runner_pool_free(struct runner_pool *pool)
{
	if (!pool)
		return;
	for (int i = 0; i < pool->size; i++)
		runner_free(pool->runners[i]);
	pthread_cond_destroy(&pool->freed);
	pthread_mutex_destroy(&pool->lock);
	free(pool);
}

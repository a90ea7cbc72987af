/* The runner pool: checks from several threads at once all come back right,
 * each on a runner of its own. */
#include <errno.h>
#include <pthread.h>
#include "run_support.h"
#include "run/pool.h"

#define THREADS 4

struct job_thread {
	struct runner_pool *pool;
	const char *file;
	struct run_result res;
	int rc;
};

static void *run_one(void *arg)
{
	struct job_thread *t = arg;
	char *path = fs_join(ANSWERS, t->file), *text = NULL;
	size_t len = 0;
	struct run_job job = { REWRITE_HARNESS, NULL, 0, t->file, { .wall_s = 0 } };

	t->rc = fs_read_file(path, 1 << 20, &text, &len);
	if (t->rc == 0) {
		job.answer = text;
		job.answer_len = len;
		t->rc = runner_pool_run(t->pool, &job, &t->res);
	}
	free(text);
	free(path);
	return NULL;
}

Test(run_pool, concurrent_checks_from_threads, .timeout = 30)
{
	struct runner_pool *pool = NULL;
	char *error = NULL;
	pthread_t threads[THREADS];
	struct job_thread jobs[THREADS];
	const char *files[THREADS] = {
		"rewrite-sequential.py", "rewrite-tuple.py", "rewrite-syntax.py", "rewrite-gather.py",
	};

	cr_assert_eq(runner_pool_new(&pool, 2, NULL, &error), 0, "%s", error ? error : "");
	for (int round = 0; round < 3; round++) {
		for (int i = 0; i < THREADS; i++) {
			jobs[i] = (struct job_thread){ pool, files[i], { 0 }, -1 };
			cr_assert_eq(pthread_create(&threads[i], NULL, run_one, &jobs[i]), 0);
		}
		for (int i = 0; i < THREADS; i++) {
			pthread_join(threads[i], NULL);
			cr_assert_eq(jobs[i].rc, 0);
		}
		cr_expect_eq(jobs[0].res.status, RUN_OK);
		cr_expect_eq(criterion_passed(&jobs[0].res, "pythonic-names"), 1);
		cr_expect_eq(criterion_passed(&jobs[1].res, "pythonic-names"), 0);
		cr_expect_eq(jobs[2].res.status, RUN_SYNTAX_ERROR);
		cr_expect_eq(jobs[3].res.status, RUN_OK);
		cr_expect(strstr(jobs[3].res.verdict_json, "\"concurrent\":true"));
		for (int i = 0; i < THREADS; i++)
			run_result_free(&jobs[i].res);
	}
	runner_pool_free(pool);
}

Test(run_pool, size_out_of_range)
{
	struct runner_pool *pool = NULL;
	char *error = NULL;

	cr_expect_eq(runner_pool_new(&pool, 0, NULL, &error), -EINVAL);
	cr_expect_null(pool);
	free(error);
}

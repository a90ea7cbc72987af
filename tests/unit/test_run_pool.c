/* Prepared checks (src/run/pool.py): sandboxes are made before their
 * request, each serves exactly one check, a check finds nothing another
 * left, the pool refills after a check that timed out or crashed, and a
 * check whose limits differ gets a sandbox made for them.  The checks are
 * spaced as a learner's are, so the pool has refilled between them. */
#include "run_support.h"

static struct runner *runner;

static void setup(void)
{
	runner = start_runner();
}

static void teardown(void)
{
	runner_free(runner);
}

TestSuite(run_pool, .init = setup, .fini = teardown, .timeout = 120);

static void pause_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	nanosleep(&ts, NULL);
}

/* An answer that says how old its own process is when it runs: the
 * process was made ahead of the request when it is older than the pause
 * before the request (0.4 s) minus slack. */
static const char report_age[] =
	"import os\n"
	"start = int(open('/proc/self/stat').read().rpartition(')')[2].split()[19])\n"
	"age = float(open('/proc/uptime').read().split()[0]) - start / os.sysconf('SC_CLK_TCK')\n"
	"print('ahead', age > 0.2)\n";

/* What a check sees of those before it, then what it leaves for the next:
 * a file in its scratch, a SysV segment, a process in a session of its own. */
static const char look_then_leave[] =
	"import ctypes, os, time\n"
	"libc = ctypes.CDLL(None, use_errno=True)\n"
	"print(os.getpid(), sorted(int(p) for p in os.listdir('/proc') if p.isdigit()),\n"
	"      os.listdir('/tmp'), libc.shmget(0x1d11, 0, 0o666) >= 0)\n"
	"open('/tmp/left-%d' % time.time_ns(), 'w').write('x')\n"
	"libc.shmget(0x1d11, 1 << 20, 0o1666)\n"
	"if os.fork() == 0:\n    os.setsid()\n    time.sleep(30)\n    os._exit(0)\n";

/* The answer's process is PID 2 of a PID namespace that had only its judge
 * before (a sandbox used again would have counted further), with an empty
 * scratch and no segment: each of several checks in a row. */
Test(run_pool, a_prepared_sandbox_serves_one_check)
{
	for (int i = 0; i < 5; i++) {
		struct run_result res;

		pause_ms(300);
		run_text(runner, REWRITE_HARNESS, look_then_leave, 5, &res);
		cr_expect_str_eq(res.output, "2 [1, 2] [] False\n", "check %d: %s", i, res.message);
		run_result_free(&res);
	}
}

Test(run_pool, checks_are_served_by_sandboxes_prepared_ahead)
{
	struct run_result res;

	run_text(runner, REWRITE_HARNESS, "x = 1\n", 5, &res);	/* the harness is known from here */
	run_result_free(&res);
	for (int i = 0; i < 3; i++) {
		pause_ms(400);
		run_text(runner, REWRITE_HARNESS, report_age, 5, &res);
		cr_expect_str_eq(res.output, "ahead True\n", "check %d: %s", i, res.message);
		run_result_free(&res);
	}
}

/* After a check that timed out, and one that crashed, the next is still
 * served by a sandbox made ahead, and passes. */
Test(run_pool, the_pool_refills_after_a_timeout_and_a_crash)
{
	static const char *const breakers[] = {
		"while True:\n    pass\n",
		"import ctypes\nctypes.string_at(0)\n",
	};
	static const enum run_status expected[] = { RUN_TIMEOUT, RUN_CRASHED };
	struct run_result res;

	for (int i = 0; i < 2; i++) {
		pause_ms(400);
		run_text(runner, REWRITE_HARNESS, breakers[i], 1, &res);
		cr_expect_eq(res.status, expected[i], "breaker %d: %s %s", i,
			     run_status_name(res.status), res.message);
		run_result_free(&res);
		pause_ms(400);
		run_text(runner, REWRITE_HARNESS, report_age, 5, &res);
		cr_expect_str_eq(res.output, "ahead True\n", "after breaker %d: %s", i, res.message);
		run_result_free(&res);
		pause_ms(400);
		run_file(runner, REWRITE_HARNESS, "rewrite-sequential.py", &res);
		cr_expect_eq(res.status, RUN_OK, "after breaker %d: %s", i, res.message);
		cr_expect(!strstr(res.verdict_json, "\"pass\":false"), "%s", res.verdict_json);
		run_result_free(&res);
	}
}

/* Scratch size as the check sees it, for a job with SCRATCH bytes (0: the
 * default). */
static void expect_scratch(size_t scratch, const char *expected)
{
	struct run_job job = { .harness_path = REWRITE_HARNESS,
			       .answer = "import os\ns = os.statvfs('/tmp')\n"
					 "print(s.f_blocks * s.f_frsize)\n",
			       .answer_name = "answer.py", .limits = { .scratch_bytes = scratch } };
	struct run_result res;

	job.answer_len = strlen(job.answer);
	pause_ms(300);
	cr_assert_eq(runner_run(runner, &job, &res), 0);
	cr_expect_str_eq(res.output, expected, "%s", res.message);
	run_result_free(&res);
}

Test(run_pool, a_check_with_other_limits_gets_a_sandbox_made_for_them)
{
	expect_scratch(0, "16777216\n");
	expect_scratch((size_t)4 << 20, "4194304\n");
	expect_scratch((size_t)4 << 20, "4194304\n");
	expect_scratch(0, "16777216\n");
}

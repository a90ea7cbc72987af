/* Failures injected on purpose (fork, exec, unshare, setrlimit, missing
 * programs): each is reported cleanly, and the runner carries on. */
#include <errno.h>
#include <signal.h>
#include "run_support.h"

TestSuite(run_faults, .timeout = 30);

static void expect_start_failure(const struct runner_options *o, const char *words)
{
	struct runner *r = NULL;
	struct error error = ERROR_INIT;
	int rc = runner_new(&r, o, &error);

	cr_assert_lt(rc, 0);
	cr_assert_null(r);
	cr_assert_lt(error.code, 0);
	cr_expect(strstr(error.message, words), "message: %s", error.message);
}

Test(run_faults, missing_python_names_the_package)
{
	struct runner_options o = { .python = "/nonexistent/python3" };

	expect_start_failure(&o, "apt-get install python3");
}

Test(run_faults, missing_bwrap_names_the_package)
{
	struct runner_options o = { .bwrap = "/nonexistent/bwrap" };

	expect_start_failure(&o, "apt-get install bubblewrap");
}

Test(run_faults, fork_of_the_sandbox_fails)
{
	struct runner_options o = { .fault = "spawn" };

	expect_start_failure(&o, "fork");
}

Test(run_faults, exec_of_bwrap_fails)
{
	struct runner_options o = { .fault = "exec" };

	expect_start_failure(&o, "exec bwrap");
}

Test(run_faults, sandbox_that_cannot_start_says_so)
{
	/* A "bwrap" that exits at once, like one refused namespaces. */
	struct runner_options o = { .bwrap = "/bin/false" };

	expect_start_failure(&o, "did not start");
}

/* A background start (one-off `idiom check`: rules compile meanwhile)
 * returns before the zygote is ready; the first check waits for it. */
Test(run_faults, background_start_serves_the_first_check)
{
	struct runner_options o = { .background = 1 };
	struct runner *r = NULL;
	struct error error = ERROR_INIT;
	struct run_result res;

	cr_assert_eq(runner_new(&r, &o, &error), 0, "%s", error.message);
	run_file(r, REWRITE_HARNESS, "rewrite-sequential.py", &res);
	cr_expect_eq(res.status, RUN_OK, "%s", res.message);
	run_result_free(&res);
	runner_free(r);
}

/* A background start that fails is not lost: the first check says why. */
Test(run_faults, background_start_that_fails_is_reported_by_the_check)
{
	struct runner_options o = { .bwrap = "/bin/false", .background = 1 };
	struct runner *r = NULL;
	struct error error = ERROR_INIT;
	struct run_result res;

	cr_assert_eq(runner_new(&r, &o, &error), 0, "%s", error.message);
	run_file(r, REWRITE_HARNESS, "rewrite-sequential.py", &res);
	cr_expect_eq(res.status, RUN_INTERNAL, "%s", run_status_name(res.status));
	cr_expect(strstr(res.message, "did not start"), "message: %s", res.message);
	run_result_free(&res);
	runner_free(r);
}

static void expect_check_failure(const char *fault, const char *words)
{
	struct runner *r = start_runner();
	struct run_result res;

	runner_set_fault(r, fault);
	run_file(r, REWRITE_HARNESS, "rewrite-sequential.py", &res);
	cr_expect_eq(res.status, RUN_INTERNAL, "%s: %s", fault, run_status_name(res.status));
	cr_expect(strstr(res.message, words), "%s: %s", fault, res.message);
	run_result_free(&res);
	/* One-shot: the next check runs normally. */
	run_file(r, REWRITE_HARNESS, "rewrite-sequential.py", &res);
	cr_expect_eq(res.status, RUN_OK, "after %s: %s", fault, res.message);
	run_result_free(&res);
	runner_free(r);
}

Test(run_faults, fork_of_a_check_fails)
{
	expect_check_failure("fork", "fork failed");
}

Test(run_faults, unshare_fails)
{
	expect_check_failure("unshare", "unshare");
}

Test(run_faults, setrlimit_fails)
{
	expect_check_failure("setrlimit", "setrlimit");
}

Test(run_faults, restart_that_fails_is_reported)
{
	struct timespec ts = { 0, 100 * 1000 * 1000 };
	struct runner *r = start_runner();
	struct run_result res;

	kill(runner_zygote_pid(r), SIGKILL);
	nanosleep(&ts, NULL);
	runner_set_fault(r, "spawn");
	run_file(r, REWRITE_HARNESS, "rewrite-sequential.py", &res);
	cr_expect_eq(res.status, RUN_INTERNAL, "%s", run_status_name(res.status));
	cr_expect(strstr(res.message, "fork"), "%s", res.message);
	run_result_free(&res);
	run_file(r, REWRITE_HARNESS, "rewrite-sequential.py", &res);
	cr_expect_eq(res.status, RUN_OK, "%s", res.message);
	run_result_free(&res);
	runner_free(r);
}

Test(run_faults, unreadable_harness_is_internal)
{
	struct runner *r = start_runner();
	struct run_result res;

	run_text(r, "courses/none/harness.py", "x = 1\n", 5, &res);
	cr_expect_eq(res.status, RUN_INTERNAL);
	cr_expect(strstr(res.message, "cannot read the harness"), "%s", res.message);
	run_result_free(&res);
	runner_free(r);
}

Test(run_faults, malformed_job_is_einval)
{
	struct runner *r = start_runner();
	struct run_result res;
	struct run_job job = { .answer = "x", .answer_len = 1, .answer_name = "a.py" };

	cr_expect_eq(runner_run(r, &job, &res), -EINVAL);
	runner_free(r);
}

Test(run_faults, harness_that_does_not_compile_is_internal)
{
	struct runner *r = start_runner();
	struct run_result res;
	char dir[] = "/tmp/idiom-harness-XXXXXX";
	char *path;
	FILE *f;

	cr_assert_not_null(mkdtemp(dir));
	path = fs_join(dir, "harness.py");
	f = fopen(path, "w");
	fputs("def grade(h)\n    pass\n", f);
	fclose(f);
	run_text(r, path, "x = 1\n", 5, &res);
	cr_expect_eq(res.status, RUN_INTERNAL, "%s", run_status_name(res.status));
	cr_expect(strstr(res.message, "does not compile"), "%s", res.message);
	run_result_free(&res);
	unlink(path);
	rmdir(dir);
	free(path);
	runner_free(r);
}

Test(run_faults, caller_ignoring_sigchld_and_blocking_signals)
{
	struct runner *r;
	struct run_result res;
	sigset_t all;

	/* What a server might do; the sandbox must not inherit it. */
	signal(SIGCHLD, SIG_IGN);
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, NULL);
	r = start_runner();
	signal(SIGCHLD, SIG_DFL);
	run_file(r, REWRITE_HARNESS, "rewrite-sequential.py", &res);
	cr_expect_eq(res.status, RUN_OK, "%s: %s", run_status_name(res.status), res.message);
	run_result_free(&res);
	runner_free(r);
}

Test(run_faults, hung_zygote_is_killed_and_restarted)
{
	struct runner *r = start_runner();
	struct run_result res;
	struct run_job job = { .harness_path = REWRITE_HARNESS, .answer = "x = 1\n", .answer_len = 6,
				.answer_name = "a.py", .limits = { .wall_s = 0.5 } };
	pid_t old = runner_zygote_pid(r);

	runner_set_fault(r, "hang");
	cr_assert_eq(runner_run(r, &job, &res), 0);
	cr_expect_eq(res.status, RUN_INTERNAL, "%s", run_status_name(res.status));
	cr_expect(strstr(res.message, "stopped answering"), "%s", res.message);
	cr_expect(res.ms < 500 + 3000 + 1000, "took %.0f ms", res.ms);
	cr_expect_neq(runner_zygote_pid(r), old);
	run_result_free(&res);
	run_file(r, REWRITE_HARNESS, "rewrite-sequential.py", &res);
	cr_expect_eq(res.status, RUN_OK, "%s", res.message);
	run_result_free(&res);
	runner_free(r);
}

/* The zygote replies once the judge says its verdict is written and reaps
 * PID 1 after the reply: a judge that stays 30 s after saying so ("linger")
 * holds up neither its own check nor, past its wall limit (1 s here, when
 * the zygote kills it), the next. */
Test(run_faults, a_judge_slow_to_exit_holds_up_no_check)
{
	struct runner *r = start_runner();
	struct run_result res;
	char *text = NULL;
	size_t len = 0;

	cr_assert_eq(fs_read_file(ANSWERS "rewrite-sequential.py", 1 << 20, &text, &len), 0);
	runner_set_fault(r, "linger");
	run_text(r, REWRITE_HARNESS, text, 1, &res);
	cr_expect_eq(res.status, RUN_OK, "%s: %s", run_status_name(res.status), res.message);
	cr_expect_eq(criterion_passed(&res, "sequential-not-concurrent"), 1);
	cr_expect(res.ms < 900, "took %.0f ms", res.ms);
	run_result_free(&res);
	run_text(r, REWRITE_HARNESS, text, 5, &res);
	cr_expect_eq(res.status, RUN_OK, "the next check: %s: %s", run_status_name(res.status),
		     res.message);
	run_result_free(&res);
	free(text);
	runner_free(r);
}

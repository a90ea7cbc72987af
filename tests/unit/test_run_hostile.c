/* Hostile answers.  Each must end within its limits, never pass, and leave
 * nothing behind: no process outside the zygote, no file outside the
 * check's scratch, and the runner still grading the next answer. */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include "run_support.h"
#include "util/xalloc.h"

static struct runner *runner;
static int baseline;	/* the sandbox's own processes: bwrap, its init, the zygote */

static void setup(void)
{
	runner = start_runner();
	baseline = settle_descendants(getpid(), -1);
}

static void teardown(void)
{
	runner_free(runner);
	cr_expect_eq(settle_descendants(getpid(), 0), 0, "processes left after runner_free");
}

TestSuite(run_hostile, .init = setup, .fini = teardown, .timeout = 30);

/* Runs ANSWER with a 1 s wall limit under the rewrite harness, checks the
 * shared promises, and returns the result (free it). */
static void hostile(const char *answer, struct run_result *res)
{
	run_text(runner, REWRITE_HARNESS, answer, 1, res);
	/* 1 s of wall time, then at most the runner's 3 s grace to tear down. */
	cr_expect(res->ms < 1000 + 3000 + 500, "took %.0f ms", res->ms);
	cr_expect(passes_nothing(res), "passed: %s", res->verdict_json);
	cr_expect_eq(settle_descendants(getpid(), baseline), baseline,
		     "processes left behind by the check");
}

/* The reference answer still passes: the runner survived. */
static void still_grades(void)
{
	struct run_result res;

	run_file(runner, REWRITE_HARNESS, "rewrite-sequential.py", &res);
	cr_expect_eq(res.status, RUN_OK, "after the attack: %s (%s)",
		     run_status_name(res.status), res.message);
	cr_expect_not(passes_nothing(&res));
	run_result_free(&res);
}

Test(run_hostile, fork_bomb)
{
	struct run_result res;

	hostile("import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n", &res);
	cr_expect_eq(res.status, RUN_TIMEOUT, "%s", run_status_name(res.status));
	run_result_free(&res);
	still_grades();
}

Test(run_hostile, memory_bomb)
{
	struct run_result res;

	hostile("chunks = []\nwhile True:\n    chunks.append(bytearray(64 * 1024 * 1024))\n", &res);
	/* Usually MemoryError at the address-space limit; on a loaded machine the
	 * page faults may take longer than the 1 s wall limit instead. */
	cr_expect(res.status == RUN_TIMEOUT ||
		  (res.status == RUN_CRASHED && strstr(res.message, "MemoryError")),
		  "%s: %s", run_status_name(res.status), res.message);
	run_result_free(&res);
	still_grades();
}

Test(run_hostile, infinite_loop_ignoring_sigterm)
{
	struct run_result res;

	hostile("import signal\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
		"signal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n    pass\n", &res);
	cr_expect_eq(res.status, RUN_TIMEOUT);
	run_result_free(&res);
}

Test(run_hostile, sleeping_threads_and_children)
{
	struct run_result res;

	hostile("import os, threading, time\n"
		"for _ in range(8):\n    threading.Thread(target=time.sleep, args=(60,)).start()\n"
		"if os.fork() == 0:\n    os.setsid()\n    time.sleep(60)\n"
		"time.sleep(60)\n", &res);
	cr_expect_eq(res.status, RUN_TIMEOUT);
	run_result_free(&res);
}

Test(run_hostile, daemonised_child_outliving_a_finished_check)
{
	struct run_result res;

	/* The check itself ends at once; its double-forked child must not. */
	hostile("import os, time\nif os.fork() == 0:\n    os.setsid()\n"
		"    if os.fork() == 0:\n        time.sleep(60)\n    os._exit(0)\n", &res);
	run_result_free(&res);
}

Test(run_hostile, writes_outside_scratch_and_reads_home)
{
	struct run_result res;
	const char *home = getenv("HOME") ? getenv("HOME") : "/root";
	char *tmp_target = xasprintf("/tmp/idiom-hostile-%d", (int)getpid());
	char *home_target = xasprintf("%s/idiom-hostile-%d", home, (int)getpid());
	char *secret = xasprintf("%s/idiom-secret-%d", home, (int)getpid());
	char *answer;
	struct stat st;
	FILE *f = fopen(secret, "w");

	cr_assert(f);
	fputs("s3cret-words", f);
	fclose(f);
	answer = xasprintf(
		"for path in ('%s', '%s', '/usr/idiom-x', '/idiom-x', '/dev/idiom-x'):\n"
		"    try:\n        open(path, 'w').write('x')\n        print('wrote', path)\n"
		"    except OSError as e:\n        print('refused', path, e.errno)\n"
		"try:\n    print(open('%s').read())\nexcept OSError as e:\n    print('unreadable', e.errno)\n",
		tmp_target, home_target, secret);
	hostile(answer, &res);
	cr_expect_eq(stat(tmp_target, &st), -1, "%s exists on the host", tmp_target);
	cr_expect_eq(stat(home_target, &st), -1, "%s exists on the host", home_target);
	cr_expect_null(strstr(res.output, "s3cret-words"), "read $HOME: %s", res.output);
	cr_expect(strstr(res.output, "unreadable"), "%s", res.output);
	/* /tmp inside is the check's own scratch, so that write lands there. */
	cr_expect(strstr(res.output, "refused /usr/idiom-x"), "%s", res.output);
	cr_expect(strstr(res.output, "refused /idiom-x"), "%s", res.output);
	cr_expect(strstr(res.output, "refused /dev/idiom-x"), "%s", res.output);
	unlink(secret);
	unlink(tmp_target);
	unlink(home_target);
	free(answer);
	free(secret);
	free(home_target);
	free(tmp_target);
	run_result_free(&res);
}

Test(run_hostile, no_network_even_to_loopback)
{
	struct run_result res;
	struct sockaddr_in addr = { .sin_family = AF_INET };
	socklen_t len = sizeof(addr);
	int listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
	char *answer;

	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	cr_assert_eq(bind(listener, (struct sockaddr *)&addr, sizeof(addr)), 0);
	cr_assert_eq(listen(listener, 4), 0);
	cr_assert_eq(getsockname(listener, (struct sockaddr *)&addr, &len), 0);
	answer = xasprintf("import socket\ntry:\n"
			   "    socket.create_connection(('127.0.0.1', %d), timeout=0.5).sendall(b'hi')\n"
			   "    print('connected')\nexcept OSError as e:\n    print('refused', e)\n",
			   ntohs(addr.sin_port));
	hostile(answer, &res);
	cr_expect_eq(accept(listener, NULL, NULL), -1, "the answer reached the host's loopback");
	cr_expect(strstr(res.output, "refused"), "%s", res.output);
	close(listener);
	free(answer);
	run_result_free(&res);
}

Test(run_hostile, four_gigabytes_of_output)
{
	struct run_result res;

	hostile("import sys\nchunk = 'x' * 65536\nfor _ in range(65536):\n    sys.stdout.write(chunk)\n", &res);
	cr_expect_eq(res.output_truncated, 1);
	cr_expect_eq(strlen(res.output), 64 * 1024);
	cr_expect(strstr(res.message, "printed more than 64 KiB"), "%s", res.message);
	run_result_free(&res);
	still_grades();
}

Test(run_hostile, killing_the_parent)
{
	struct run_result res;

	hostile("import os\nfor pid in (os.getppid(), 1, -1, 0):\n"
		"    try:\n        os.kill(pid, 9)\n    except OSError:\n        pass\n", &res);
	run_result_free(&res);
	cr_expect_gt(runner_zygote_pid(runner), 0);
	still_grades();
}

Test(run_hostile, segfault_through_ctypes)
{
	struct run_result res;

	hostile("import ctypes\nctypes.string_at(0)\n", &res);
	cr_expect_eq(res.status, RUN_CRASHED, "%s", run_status_name(res.status));
	cr_expect(strstr(res.message, "signal 11"), "%s", res.message);
	run_result_free(&res);
	still_grades();
}

Test(run_hostile, printing_a_fake_passing_report)
{
	struct run_result res;
	const char *fake = "{\\\"checks\\\": [{\\\"criterion\\\": \\\"async-await\\\", "
			   "\\\"pass\\\": true, \\\"line\\\": 1, \\\"message\\\": \\\"\\\"}]}";
	char *answer = xasprintf("import os\nfake = \"%s\"\nprint(fake)\n"
				 "for fd in range(3, 300):\n    try:\n"
				 "        os.write(fd, (fake + '\\n').encode())\n    except OSError:\n"
				 "        pass\nos._exit(0)\n", fake);

	hostile(answer, &res);
	cr_expect_neq(res.status, RUN_OK);
	free(answer);
	run_result_free(&res);
}

Test(run_hostile, printing_a_fake_report_and_carrying_on)
{
	struct run_result res;

	/* Only stdout is forged here: the harness's own verdict stands. */
	hostile("print('{\"checks\": [{\"criterion\": \"async-await\", \"pass\": true}]}')\n",
		&res);
	cr_expect_eq(res.status, RUN_OK);
	run_result_free(&res);
}

Test(run_hostile, os_exit_zero)
{
	struct run_result res;

	hostile("import os\nos._exit(0)\n", &res);
	cr_expect_eq(res.status, RUN_NO_VERDICT, "%s", run_status_name(res.status));
	run_result_free(&res);
}

Test(run_hostile, filling_the_disk)
{
	struct run_result res;

	hostile("block = b'x' * (1 << 20)\nn = 0\nwhile True:\n"
		"    with open(f'fill-{n}', 'wb') as f:\n        for _ in range(1024):\n"
		"            f.write(block)\n    n += 1\n", &res);
	cr_expect_eq(res.status, RUN_CRASHED, "%s", run_status_name(res.status));
	cr_expect(strstr(res.message, "OSError"), "%s", res.message);
	run_result_free(&res);
	still_grades();
}

Test(run_hostile, zygote_killed_mid_check_is_reported_and_restarted)
{
	struct run_result res;
	pid_t zygote = runner_zygote_pid(runner);
	pid_t killer = fork();

	if (killer == 0) {
		struct timespec ts = { 0, 300 * 1000 * 1000 };

		nanosleep(&ts, NULL);
		kill(zygote, SIGKILL);
		_exit(0);
	}
	run_text(runner, REWRITE_HARNESS, "import time\ntime.sleep(3)\n", 5, &res);
	waitpid(killer, NULL, 0);
	cr_expect_eq(res.status, RUN_INTERNAL, "%s", run_status_name(res.status));
	cr_expect(strstr(res.message, "restarted"), "%s", res.message);
	run_result_free(&res);
	cr_expect_neq(runner_zygote_pid(runner), zygote);
	still_grades();
}

Test(run_hostile, zygote_dead_between_checks_is_restarted_silently)
{
	struct timespec ts = { 0, 100 * 1000 * 1000 };

	kill(runner_zygote_pid(runner), SIGKILL);
	nanosleep(&ts, NULL);	/* let it die before the next check is sent */
	still_grades();
}

Test(run_hostile, tampering_with_the_zygote_through_proc)
{
	struct run_result res;

	/* The check has its own /proc: the zygote and the supervisor are not
	 * there, only the judge (1) and the answer's own process (2). */
	hostile("import os\nprint(sorted(int(p) for p in os.listdir('/proc') if p.isdigit()))\n", &res);
	cr_expect_str_eq(res.output, "[1, 2]\n");
	run_result_free(&res);
}

Test(run_hostile, no_host_environment_and_no_idiom_home)
{
	struct run_result res;
	char *home = xasprintf("/tmp/idiom-home-%d", (int)getpid());
	char *db = xasprintf("%s/progress.db", home);
	char *answer;
	FILE *f;

	cr_assert_eq(mkdir(home, 0755), 0);
	f = fopen(db, "w");
	fputs("progress-secret", f);
	fclose(f);
	setenv("IDIOM_HOME", home, 1);
	setenv("IDIOM_TEST_SECRET", "env-secret", 1);
	answer = xasprintf("import os\nprint(sorted(os.environ))\n"
			   "for path in ('%s', '%s/other.db'):\n"
			   "    try:\n        print(open(path, 'a+').read())\n"
			   "    except OSError as e:\n        print('refused', e.errno)\n", db, home);
	hostile(answer, &res);
	cr_expect_null(strstr(res.output, "IDIOM"), "%s", res.output);
	cr_expect_null(strstr(res.output, "secret"), "%s", res.output);
	cr_expect_str_eq(res.output, "['HOME', 'LANG', 'PATH', 'TMPDIR']\nrefused 2\nrefused 2\n");
	unlink(db);
	rmdir(home);
	free(answer);
	free(db);
	free(home);
	run_result_free(&res);
}

Test(run_hostile, namespaces_ptrace_and_mounts_are_refused)
{
	struct run_result res;

	hostile("import ctypes, errno\nlibc = ctypes.CDLL(None, use_errno=True)\n"
		"for name, call in (('unshare', lambda: libc.unshare(0x10000000)),\n"
		"                   ('ptrace', lambda: libc.ptrace(16, 1, 0, 0)),\n"
		"                   ('mount', lambda: libc.mount(b'x', b'/usr', b'tmpfs', 0, None))):\n"
		"    print(name, call(), errno.errorcode[ctypes.get_errno()])\n", &res);
	cr_expect_str_eq(res.output, "unshare -1 EPERM\nptrace -1 EPERM\nmount -1 EPERM\n");
	run_result_free(&res);
}

/* The runner on lesson 04's harnesses: reference answers pass, the usual
 * mistakes fail the right criterion, and syntax errors and time-outs come
 * back as errors with a line or a limit. */
#include "run_support.h"
#include "util/buf.h"

#define ASYNC "async-await"
#define NAMES "pythonic-names"
#define SEQUENTIAL "sequential-not-concurrent"
#define GATHER "gather"
#define READABLE "readable-return"

static struct runner *runner;

static void setup(void)
{
	runner = start_runner();
}

static void teardown(void)
{
	runner_free(runner);
}

TestSuite(run_lesson04, .init = setup, .fini = teardown, .timeout = 30);

static void expect(const char *harness, const char *file, const char *criterion, int want)
{
	struct run_result res;

	run_file(runner, harness, file, &res);
	cr_assert_eq(res.status, RUN_OK, "%s: %s (%s)", file, run_status_name(res.status), res.message);
	cr_expect_eq(criterion_passed(&res, criterion), want, "%s: %s should be %d in %s",
		     file, criterion, want, res.verdict_json);
	run_result_free(&res);
}

Test(run_lesson04, sequential_rewrite_passes_all_three)
{
	expect(REWRITE_HARNESS, "rewrite-sequential.py", ASYNC, 1);
	expect(REWRITE_HARNESS, "rewrite-sequential.py", NAMES, 1);
	expect(REWRITE_HARNESS, "rewrite-sequential.py", SEQUENTIAL, 1);
}

Test(run_lesson04, gather_rewrite_passes_behaviourally_and_notes_concurrency)
{
	struct run_result res;

	expect(REWRITE_HARNESS, "rewrite-gather.py", ASYNC, 1);
	expect(REWRITE_HARNESS, "rewrite-gather.py", NAMES, 1);
	expect(REWRITE_HARNESS, "rewrite-gather.py", SEQUENTIAL, 1);
	run_file(runner, REWRITE_HARNESS, "rewrite-gather.py", &res);
	/* Both started before either ended: the events show the overlap. */
	cr_expect(strstr(res.verdict_json, "\"concurrent\":true"), "%s", res.verdict_json);
	cr_expect(strstr(res.verdict_json, "[\"start\",\"load_config\"],[\"start\",\"fetch_user\"]"),
		  "%s", res.verdict_json);
	run_result_free(&res);
}

Test(run_lesson04, dataclass_return_is_pythonic)
{
	expect(REWRITE_HARNESS, "rewrite-dataclass.py", NAMES, 1);
}

/* A named tuple crosses from the answer as a tuple whose fields are also
 * attributes (harness_api's plain data), so it counts as named parts; its
 * items are read with tuple's own methods, so a lying __getitem__ changes
 * nothing, and a tuple subclass without _fields stays a bare tuple. */
static int text_passes(const char *harness, const char *text, const char *criterion)
{
	struct run_result res;
	int passed;

	run_text(runner, harness, text, 5, &res);
	cr_assert_eq(res.status, RUN_OK, "%s (%s)", run_status_name(res.status), res.message);
	passed = criterion_passed(&res, criterion);
	run_result_free(&res);
	return passed;
}

Test(run_lesson04, named_tuple_return_has_named_parts)
{
	cr_expect_eq(text_passes(REWRITE_HARNESS,
		"from typing import NamedTuple\n"
		"class Loaded(NamedTuple):\n    config: dict\n    user: dict\n"
		"    def __getitem__(self, i):\n        return 'forged'\n"
		"async def load_config_and_user(user_id):\n"
		"    config = await load_config()\n    user = await fetch_user(user_id)\n"
		"    return Loaded(config, user)\n", NAMES), 1);
	cr_expect_eq(text_passes(PRACTICE_HARNESS,
		"import asyncio, collections\n"
		"Pair = collections.namedtuple('Pair', 'user posts')\n"
		"async def load_user_and_posts(user_id):\n"
		"    return Pair(*await asyncio.gather(fetch_user(user_id), fetch_posts(user_id)))\n",
		READABLE), 1);
	cr_expect_eq(text_passes(REWRITE_HARNESS,
		"class Pair(tuple):\n    pass\n"
		"async def load_config_and_user(user_id):\n"
		"    return Pair((await load_config(), await fetch_user(user_id)))\n", NAMES), 0);
}

Test(run_lesson04, camel_case_is_graded_but_fails_naming)
{
	expect(REWRITE_HARNESS, "rewrite-camel.py", ASYNC, 1);
	expect(REWRITE_HARNESS, "rewrite-camel.py", NAMES, 0);
	expect(REWRITE_HARNESS, "rewrite-camel-keys.py", NAMES, 0);
}

Test(run_lesson04, tuple_return_fails_naming)
{
	expect(REWRITE_HARNESS, "rewrite-tuple.py", NAMES, 0);
	expect(REWRITE_HARNESS, "rewrite-tuple.py", ASYNC, 1);
}

Test(run_lesson04, missing_await_and_plain_def_fail_async)
{
	struct run_result res;

	expect(REWRITE_HARNESS, "rewrite-not-awaited.py", ASYNC, 0);
	expect(REWRITE_HARNESS, "rewrite-sync.py", ASYNC, 0);
	run_file(runner, REWRITE_HARNESS, "rewrite-not-awaited.py", &res);
	cr_expect(strstr(res.verdict_json, "\"line\":2,\"message\":\"load_config() is called but never awaited"),
		  "%s", res.verdict_json);
	run_result_free(&res);
}

Test(run_lesson04, practice_gather_with_dict_passes)
{
	expect(PRACTICE_HARNESS, "practice-gather.py", GATHER, 1);
	expect(PRACTICE_HARNESS, "practice-gather.py", READABLE, 1);
	expect(PRACTICE_HARNESS, "practice-tasks.py", GATHER, 1);
	expect(PRACTICE_HARNESS, "practice-tasks.py", READABLE, 1);
}

Test(run_lesson04, practice_sequential_fails_gather)
{
	expect(PRACTICE_HARNESS, "practice-sequential.py", GATHER, 0);
	expect(PRACTICE_HARNESS, "practice-sequential.py", READABLE, 1);
}

/* The concurrency judged is that of the calls whose values the answer
 * returned (each value is drawn in the judge when its call ends): two
 * fetches gathered and thrown away, then two awaited in turn and returned,
 * fail "gather" (on main they passed it: any start before any end). */
Test(run_lesson04, practice_judges_the_calls_whose_values_it_returns)
{
	struct run_result res;

	run_text(runner, PRACTICE_HARNESS,
		 "import asyncio\n"
		 "async def load_user_and_posts(user_id):\n"
		 "    await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))\n"
		 "    user = await fetch_user(user_id)\n"
		 "    posts = await fetch_posts(user_id)\n"
		 "    return {'user': user, 'posts': posts}\n", 5, &res);
	cr_assert_eq(res.status, RUN_OK, "%s", run_status_name(res.status));
	cr_expect_eq(criterion_passed(&res, GATHER), 0, "%s", res.verdict_json);
	cr_expect_eq(criterion_passed(&res, READABLE), 1, "%s", res.verdict_json);
	run_result_free(&res);
}

/* A stub event the judge did not see coming (an end for a call that never
 * started, sent down the channel found in a stub's closure) is
 * interference, never recorded. */
Test(run_lesson04, stub_event_out_of_order_is_interference)
{
	struct run_result res;

	run_text(runner, REWRITE_HARNESS,
		 "async def load_config_and_user(user_id):\n"
		 "    chan = [c.cell_contents for c in fetch_user.__closure__\n"
		 "            if type(c.cell_contents).__name__ == '_Channel'][0]\n"
		 "    chan.request({'ev': 'end', 'id': 999999})\n"
		 "    return {'config': await load_config(), 'user': await fetch_user(user_id)}\n",
		 5, &res);
	cr_expect_neq(res.status, RUN_OK, "%s", res.verdict_json);
	cr_expect(strstr(res.message, "out of order"), "%s", res.message);
	run_result_free(&res);
}

Test(run_lesson04, practice_bare_list_fails_readable)
{
	expect(PRACTICE_HARNESS, "practice-bare-list.py", READABLE, 0);
	expect(PRACTICE_HARNESS, "practice-bare-list.py", GATHER, 1);
}

Test(run_lesson04, practice_does_not_judge_the_free_text_criterion)
{
	expect(PRACTICE_HARNESS, "practice-gather.py",
	       "async-not-first", -1);
}

Test(run_lesson04, syntax_error_reports_the_line)
{
	struct run_result res;

	run_file(runner, REWRITE_HARNESS, "rewrite-syntax.py", &res);
	cr_assert_eq(res.status, RUN_SYNTAX_ERROR, "%s", run_status_name(res.status));
	cr_expect_eq(res.line, 2);
	cr_expect(strncmp(res.message, "syntax error at line 2: ", 24) == 0, "%s", res.message);
	run_result_free(&res);
}

Test(run_lesson04, timeout_says_how_long)
{
	struct run_result res;

	run_text(runner, REWRITE_HARNESS, "while True:\n    pass\n", 1, &res);
	cr_assert_eq(res.status, RUN_TIMEOUT, "%s: %s", run_status_name(res.status), res.message);
	cr_expect_str_eq(res.message, "timed out after 1 s");
	cr_expect(res.ms < 2500, "took %.0f ms", res.ms);
	run_result_free(&res);
}

Test(run_lesson04, output_is_captured)
{
	struct run_result res;

	run_text(runner, REWRITE_HARNESS, "print('hello from the answer')\n", 5, &res);
	cr_assert_eq(res.status, RUN_OK);
	cr_expect_str_eq(res.output, "hello from the answer\n");
	cr_expect_eq(res.output_truncated, 0);
	run_result_free(&res);
}

/* A coroutine never awaited: Python warns where the object was collected,
 * inside idiom; the learner sees the warning without that place (and
 * without the tracemalloc hint), and with its line when it is theirs. */
Test(run_lesson04, warnings_name_only_the_learners_lines)
{
	struct run_result res;

	run_file(runner, REWRITE_HARNESS, "rewrite-not-awaited.py", &res);
	cr_assert_eq(res.status, RUN_OK, "%s: %s", run_status_name(res.status), res.message);
	cr_expect(strstr(res.output, "RuntimeWarning: coroutine 'load_config' was never awaited\n"),
		  "%s", res.output);
	cr_expect(!strstr(res.output, "<string>") && !strstr(res.output, "tracemalloc"), "%s", res.output);
	run_result_free(&res);
	run_text(runner, REWRITE_HARNESS, "import warnings\n\nwarnings.warn('careful')\n",
		 5, &res);
	cr_assert_eq(res.status, RUN_OK, "%s: %s", run_status_name(res.status), res.message);
	cr_expect(strstr(res.output, ":3: UserWarning: careful\n"), "%s", res.output);
	run_result_free(&res);
}

/* h.call passes keyword arguments too, and names them when the answer
 * raises (a keyword-only parameter needs no functools.partial). */
Test(run_lesson04, harness_call_takes_keyword_arguments)
{
	static const char harness[] =
		"def grade(h):\n"
		"    m = h.load()\n"
		"    value = h.call(m.scale, 2, factor=5)\n"
		"    h.check('c', value == 10, 'scale(2, factor=5) is %r' % value, 1)\n"
		"    h.call(m.scale, 2, factor=None)\n";
	char path[] = "/tmp/idiom-kwargs-harness-XXXXXX.py";
	struct run_result res;
	int fd = mkstemps(path, 3);

	cr_assert(fd >= 0);
	cr_assert_eq(write(fd, harness, sizeof(harness) - 1), (ssize_t)(sizeof(harness) - 1));
	close(fd);
	run_text(runner, path, "def scale(x, *, factor):\n    return x * (factor or 1)\n", 5, &res);
	cr_assert_eq(res.status, RUN_OK, "%s", res.message);
	cr_expect(strstr(res.verdict_json, "scale(2, factor=5) is 10"), "%s", res.verdict_json);
	run_result_free(&res);
	run_text(runner, path, "def scale(x, *, factor):\n    return x * factor\n", 5, &res);
	unlink(path);
	cr_expect(strstr(res.message, "at line 2 (calling scale(2, factor=None))"), "%s", res.message);
	run_result_free(&res);
}

/* An exception from the call the harness makes fails the criteria that call
 * judges, naming the exception and its line; the answer did run. */
Test(run_lesson04, answer_that_raises_fails_its_criteria_with_its_line)
{
	struct run_result res;

	run_text(runner, REWRITE_HARNESS,
		 "async def load_config_and_user(user_id):\n"
		 "    raise ValueError('nope')\n", 5, &res);
	cr_assert_eq(res.status, RUN_OK, "%s (%s)", run_status_name(res.status), res.message);
	cr_expect(strstr(res.verdict_json, "the answer raised ValueError: nope at line 2 "
			 "(calling load_config_and_user("), "%s", res.verdict_json);
	cr_expect(strstr(res.verdict_json, "\"line\":2"), "%s", res.verdict_json);
	cr_expect_eq(criterion_passed(&res, ASYNC), 0);
	cr_expect_eq(criterion_passed(&res, NAMES), 0);
	cr_expect_eq(criterion_passed(&res, SEQUENTIAL), 0);
	run_result_free(&res);
}

/* An answer that cannot run at all (raises at import) is still an error. */
Test(run_lesson04, answer_that_raises_at_import_is_an_error)
{
	struct run_result res;

	run_text(runner, REWRITE_HARNESS, "x = 1\nraise ValueError('at import')\n", 5, &res);
	cr_assert_eq(res.status, RUN_CRASHED, "%s", run_status_name(res.status));
	cr_expect_eq(res.line, 2);
	cr_expect(strstr(res.message, "ValueError: at import"), "%s", res.message);
	run_result_free(&res);
}

Test(run_lesson04, sync_def_calling_asyncio_run_runs_as_in_a_script)
{
	struct run_result res;

	/* A plain def is called as plain code calls it, with no event loop
	 * running (issue 12, class 8: inside one, its asyncio.run raised though
	 * the program works).  It fails "Uses async/await" for being a plain
	 * def, and nothing else. */
	run_text(runner, REWRITE_HARNESS,
		 "import asyncio\n"
		 "def load_config_and_user(user_id):\n"
		 "    config = asyncio.run(load_config())\n"
		 "    user = asyncio.run(fetch_user(user_id))\n"
		 "    return {'config': config, 'user': user}\n", 5, &res);
	cr_assert_eq(res.status, RUN_OK, "%s", run_status_name(res.status));
	cr_expect_null(strstr(res.verdict_json, "RuntimeError"), "%s", res.verdict_json);
	cr_expect_eq(criterion_passed(&res, ASYNC), 0, "%s", res.verdict_json);
	cr_expect_eq(criterion_passed(&res, NAMES), 1, "%s", res.verdict_json);
	cr_expect_eq(criterion_passed(&res, SEQUENTIAL), 1, "%s", res.verdict_json);
	run_result_free(&res);
}

Test(run_lesson04, fire_and_forget_task_fails_sequential)
{
	expect(REWRITE_HARNESS, "rewrite-fire-and-forget.py",
	       "sequential-not-concurrent", 0);
}

Test(run_lesson04, scratch_is_fresh_for_every_check)
{
	struct run_result res;
	const char *answer = "import os\nprint(sorted(os.listdir('.')))\n"
			     "open('left-behind', 'w').write('x')\n";

	for (int i = 0; i < 2; i++) {
		run_text(runner, REWRITE_HARNESS, answer, 5, &res);
		cr_assert_eq(res.status, RUN_OK, "%s", res.message);
		cr_expect_str_eq(res.output, "[]\n");
		run_result_free(&res);
	}
}

Test(run_lesson04, cpu_limit_is_reported)
{
	struct run_result res;
	struct run_job job = { .harness_path = REWRITE_HARNESS, .answer = "while True:\n    pass\n",
				.answer_len = 21, .answer_name = "a.py" };

	job.limits.cpu_s = 1;
	job.limits.wall_s = 10;	/* on a loaded machine 1 s of CPU takes longer */
	cr_assert_eq(runner_run(runner, &job, &res), 0);
	cr_assert_eq(res.status, RUN_TIMEOUT, "%s", run_status_name(res.status));
	cr_expect_str_eq(res.message, "used more than 1 s of CPU time");
	run_result_free(&res);
}

Test(run_lesson04, large_answer_and_odd_file_name)
{
	struct run_result res;
	struct buf text;
	char *ref = NULL;
	size_t len = 0;
	struct run_job job = { .harness_path = REWRITE_HARNESS, .answer_name = "r\xe9\xff\"ponse.py" };

	cr_assert_eq(fs_read_file(ANSWERS "rewrite-sequential.py", 1 << 20, &ref, &len), 0);
	buf_init(&text, 0);
	for (int i = 0; i < 4000; i++)	/* ~200 KiB: more than one socket datagram holds */
		buf_puts(&text, "# a long comment line to make the answer large, line after line\n");
	buf_add(&text, ref, len);
	job.answer = text.data;
	job.answer_len = text.len;
	cr_assert_eq(runner_run(runner, &job, &res), 0);
	cr_expect_eq(res.status, RUN_OK, "%s: %s", run_status_name(res.status), res.message);
	cr_expect_eq(criterion_passed(&res, ASYNC), 1);
	run_result_free(&res);
	buf_free(&text);
	free(ref);
}

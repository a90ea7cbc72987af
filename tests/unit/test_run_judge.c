/* The judge model (docs/harness.md, "The judge"): a harness that declares
 * OWNS runs in a trusted process; the answer runs in its own, and nothing
 * in the answer's process can change a verdict.  The forges below each made
 * a wrong answer pass before the judge; run against every harness of the
 * course (each must declare OWNS), alone and before the exercise's starter,
 * none may make a criterion the plain answer fails pass.  Then lesson 04's
 * honest mistakes, every lesson's (tests/fixtures/run/hostile), isolation
 * between checks, and odd but honest answers. */
#include <glob.h>
#include "run_support.h"
#include "util/xalloc.h"

#define ASYNC "async-await"
#define NAMES "pythonic-names"
#define SEQUENTIAL "sequential-not-concurrent"

static struct runner *runner;

static void setup(void)
{
	runner = start_runner();
}

static void teardown(void)
{
	runner_free(runner);
}

TestSuite(run_judge, .init = setup, .fini = teardown, .timeout = 120);

/* Replaces Harness.check with one that always passes. */
static const char forge_check[] =
	"import sys\n"
	"H = sys.modules['__main__'].Harness\n"
	"real = H.check\n"
	"H.check = lambda self, c, p, m='', line=None: real(self, c, True, m, line)\n";

/* Walks the stack to the verdict token and descriptor, writes a verdict
 * with no checks, and leaves. */
static const char forge_frames[] =
	"import json, os, sys\n"
	"f = sys._getframe()\n"
	"while f is not None:\n"
	"    loc = f.f_locals\n"
	"    if 'verdict_fd' in loc and 'token' in loc:\n"
	"        tok = loc['token']\n"
	"        tok = tok.decode() if isinstance(tok, (bytes, bytearray)) else tok\n"
	"        try:\n"
	"            os.write(loc['verdict_fd'], (json.dumps({'checks': [], 'token': tok}) + '\\n').encode())\n"
	"        except OSError:\n"
	"            pass\n"
	"        os._exit(0)\n"
	"    f = f.f_back\n";

/* Finds the harness through the collector and makes its checks pass. */
static const char forge_gc[] =
	"import gc, sys\n"
	"H = sys.modules['__main__'].Harness\n"
	"for o in gc.get_objects():\n"
	"    if isinstance(o, H):\n"
	"        real = o.check\n"
	"        o.check = lambda c, p, m='', line=None, real=real: real(c, True, m, line)\n";

/* Rewrites the verdict as it is written. */
static const char forge_json[] =
	"import json\n"
	"real = json.dumps\n"
	"def dumps(obj, *a, **k):\n"
	"    if isinstance(obj, dict) and isinstance(obj.get('checks'), list):\n"
	"        obj = dict(obj, checks=[dict(c, **{'pass': True}) for c in obj['checks']])\n"
	"    return real(obj, *a, **k)\n"
	"json.dumps = dumps\n";

/* Every harness.py of the course into OUT (pointers into G, at most G's
 * count); each must declare the criteria it owns, so that it runs in the
 * judge. */
static size_t every_harness(glob_t *g, const char **out)
{
	size_t n = 0;

	cr_assert_eq(glob("courses/js-to-python/*/*/harness.py", 0, NULL, g), 0);
	cr_assert_leq(g->gl_pathc, 64);
	for (size_t i = 0; i < g->gl_pathc; i++) {
		char *text = NULL;
		size_t len = 0;

		cr_assert_eq(fs_read_file(g->gl_pathv[i], 1 << 20, &text, &len), 0);
		cr_expect(strstr(text, "\nOWNS = "), "%s declares no OWNS: it runs beside the answer",
			  g->gl_pathv[i]);
		out[n++] = g->gl_pathv[i];
		free(text);
	}
	return n;
}

/* Runs BASE, then FORGE followed by BASE, under HARNESS: no criterion BASE
 * fails may pass once the forge runs first.  Returns how many criteria
 * BASE failed (so the caller knows the comparison meant something). */
static int forge_gains_nothing(const char *harness, const char *forge, const char *base)
{
	struct run_result before, after;
	char *forged = xmalloc(strlen(forge) + strlen(base) + 2);
	json_t *v;
	json_t *check;
	size_t i;
	int failed = 0;

	sprintf(forged, "%s\n%s", forge, base);
	run_text(runner, harness, base, 5, &before);
	run_text(runner, harness, forged, 5, &after);
	free(forged);
	cr_expect(after.status != RUN_INTERNAL, "%s: %s", harness, after.message);
	v = json_loads(before.status == RUN_OK ? before.verdict_json : "{}", 0, NULL);
	json_array_foreach(json_object_get(v, "checks"), i, check) {
		const char *c = json_string_value(json_object_get(check, "criterion"));

		if (!c || criterion_passed(&before, c) != 0)
			continue;
		failed++;
		/* No check counts as a pass in the report: it must still fail. */
		cr_expect(after.status != RUN_OK || criterion_passed(&after, c) == 0,
			  "%s: the forge made %s pass: %s", harness, c, after.verdict_json);
	}
	json_decref(v);
	run_result_free(&before);
	run_result_free(&after);
	return failed;
}

/* The forge, on its own and before the exercise's starter, in every
 * harness of the course. */
static void forge_everywhere(const char *forge)
{
	glob_t g;
	const char *paths[64];
	size_t n;

	n = every_harness(&g, paths);
	cr_assert_geq(n, 24, "the course has 24 harnesses, found %zu", n);
	for (size_t i = 0; i < n; i++) {
		char *dir = xstrdup(paths[i]), *starter, *text = NULL;
		size_t len = 0;

		*strrchr(dir, '/') = '\0';
		starter = fs_join(dir, "starter.py");
		cr_assert_eq(fs_read_file(starter, 1 << 20, &text, &len), 0, "%s", starter);
		cr_expect_gt(forge_gains_nothing(paths[i], forge, "x = 1\n"), 0,
			     "%s fails nothing for an empty answer", paths[i]);
		forge_gains_nothing(paths[i], forge, text);
		free(text);
		free(starter);
		free(dir);
	}
	globfree(&g);
}

Test(run_judge, replacing_harness_check_passes_nothing)
{
	forge_everywhere(forge_check);
}

Test(run_judge, walking_frames_to_the_verdict_token_passes_nothing)
{
	forge_everywhere(forge_frames);
}

Test(run_judge, patching_harness_found_by_gc_passes_nothing)
{
	forge_everywhere(forge_gc);
}

Test(run_judge, patching_json_dumps_passes_nothing)
{
	forge_everywhere(forge_json);
}

/* Rebinds the builtins a probe computes with. */
static const char forge_builtins[] =
	"import builtins\n"
	"builtins.any = lambda items: True\n"
	"builtins.all = lambda items: True\n";

Test(run_judge, rebinding_builtins_passes_nothing)
{
	forge_everywhere(forge_builtins);
}

/* A probe runs in the answer's process, yet the builtins it computes with
 * are the program's private copy: an answer's rebinding reaches only its
 * own code. */
Test(run_judge, rebinding_builtins_changes_no_probe)
{
	static const char answer[] =
		"import builtins\n"
		"builtins.any = builtins.all = lambda items: True\n"
		"builtins.sum = lambda items: 0\n"
		"real_len, real_isinstance = len, isinstance\n"
		"builtins.len = lambda o: 0 if type(o) is list and o == [1, 2] else real_len(o)\n"
		"builtins.isinstance = lambda o, c: (type(o) is int and o == 1 and c is str) or real_isinstance(o, c)\n";
	struct run_result res;

	run_text(runner, "tests/fixtures/run/judge/builtins_probe.py", "x = 1\n", 5, &res);
	cr_assert_eq(criterion_passed(&res, "probe-honest"), 1, "%s", res.verdict_json);
	run_result_free(&res);
	run_text(runner, "tests/fixtures/run/judge/builtins_probe.py", answer, 5, &res);
	cr_expect_eq(res.status, RUN_OK, "%s", res.message);
	cr_expect_eq(criterion_passed(&res, "probe-honest"), 1, "%s", res.verdict_json);
	run_result_free(&res);
}

/* A criterion a harness owns and never judged fails closed: a harness that
 * returns at once still reports every owned criterion, failing. */
Test(run_judge, owned_criterion_with_no_check_fails_closed)
{
	char path[] = "/tmp/idiom-judge-harness-XXXXXX";
	int fd = mkstemp(path);
	const char *harness = "OWNS = ['async-await', 'pythonic-names']\n"
			      "def grade(h):\n    h.load()\n    h.check('async-await', True, 'ok')\n";
	struct run_result res;

	cr_assert_geq(fd, 0);
	cr_assert_eq(write(fd, harness, strlen(harness)), (ssize_t)strlen(harness));
	close(fd);
	run_text(runner, path, "x = 1\n", 5, &res);
	unlink(path);
	cr_assert_eq(res.status, RUN_OK, "%s", res.message);
	cr_expect_eq(criterion_passed(&res, ASYNC), 1);
	cr_expect_eq(criterion_passed(&res, NAMES), 0, "%s", res.verdict_json);
	cr_expect(strstr(res.verdict_json, "not judged"), "%s", res.verdict_json);
	run_result_free(&res);
}

static void expect_names_fail(const char *answer)
{
	struct run_result res;

	run_text(runner, REWRITE_HARNESS, answer, 5, &res);
	cr_assert_eq(res.status, RUN_OK, "%s (%s)", run_status_name(res.status), res.message);
	cr_expect(passes_nothing(&res) || criterion_passed(&res, NAMES) == 0 ||
		  criterion_passed(&res, ASYNC) == 0, "passed: %s", res.verdict_json);
	run_result_free(&res);
}

Test(run_judge, none_values_after_awaiting_both_helpers_fail)
{
	expect_names_fail("async def load_config_and_user(user_id):\n"
			  "    await load_config()\n    await fetch_user(user_id)\n"
			  "    return {'config': None, 'user': None}\n");
}

Test(run_judge, hard_coded_user_id_fails)
{
	struct run_result res;

	run_text(runner, REWRITE_HARNESS,
		 "async def load_config_and_user(user_id):\n"
		 "    config = await load_config()\n    user = await fetch_user(42)\n"
		 "    return {'config': config, 'user': user}\n", 5, &res);
	cr_assert_eq(res.status, RUN_OK, "%s", res.message);
	cr_expect_eq(criterion_passed(&res, ASYNC), 0, "%s", res.verdict_json);
	run_result_free(&res);
}

Test(run_judge, clearing_the_returned_dicts_fails)
{
	struct run_result res;

	run_text(runner, REWRITE_HARNESS,
		 "async def load_config_and_user(user_id):\n"
		 "    config = await load_config()\n    user = await fetch_user(user_id)\n"
		 "    config.clear()\n    user.clear()\n"
		 "    return {'config': config, 'user': user}\n", 5, &res);
	cr_assert_eq(res.status, RUN_OK, "%s", res.message);
	cr_expect_eq(criterion_passed(&res, NAMES), 0, "%s", res.verdict_json);
	run_result_free(&res);
}

Test(run_judge, an_object_answering_any_attribute_fails)
{
	struct run_result res;

	run_text(runner, REWRITE_HARNESS,
		 "class Anything:\n"
		 "    def __getattr__(self, name):\n        return self\n"
		 "    def __eq__(self, other):\n        return True\n"
		 "async def load_config_and_user(user_id):\n"
		 "    await load_config()\n    await fetch_user(user_id)\n"
		 "    return Anything()\n", 5, &res);
	cr_assert_eq(res.status, RUN_OK, "%s", res.message);
	cr_expect_eq(criterion_passed(&res, NAMES), 0, "%s", res.verdict_json);
	run_result_free(&res);
}

Test(run_judge, a_counter_is_not_a_dict)
{
	struct run_result res;

	run_text(runner, REWRITE_HARNESS,
		 "import collections\n"
		 "async def load_config_and_user(user_id):\n"
		 "    config = await load_config()\n    user = await fetch_user(user_id)\n"
		 "    return collections.Counter({'config': config, 'user': user})\n", 5, &res);
	cr_assert_eq(res.status, RUN_OK, "%s", res.message);
	cr_expect_eq(criterion_passed(&res, NAMES), 0, "%s", res.verdict_json);
	cr_expect(strstr(res.verdict_json, "returns a Counter"), "%s", res.verdict_json);
	run_result_free(&res);
}

/* The right answer still passes, whatever id the judge picks. */
Test(run_judge, the_reference_passes_with_random_ids)
{
	for (int i = 0; i < 3; i++) {
		struct run_result res;

		run_file(runner, REWRITE_HARNESS, "rewrite-sequential.py", &res);
		cr_assert_eq(res.status, RUN_OK, "%s", res.message);
		cr_expect_not(passes_nothing(&res));
		cr_expect_eq(criterion_passed(&res, NAMES), 1, "%s", res.verdict_json);
		cr_expect_eq(criterion_passed(&res, ASYNC), 1, "%s", res.verdict_json);
		run_result_free(&res);
	}
}

/* The untouched starter calls no helper: nothing shows concurrency was not
 * assumed, so that criterion fails closed. */
Test(run_judge, a_probe_that_saw_nothing_fails_closed)
{
	struct run_result res;

	run_text(runner, REWRITE_HARNESS,
		 "async def load_config_and_user(user_id):\n    pass\n", 5, &res);
	cr_assert_eq(res.status, RUN_OK, "%s", res.message);
	cr_expect_eq(criterion_passed(&res, SEQUENTIAL), 0, "%s", res.verdict_json);
	run_result_free(&res);
}

/* What one check leaves (a file in its scratch, a SysV segment, a process
 * left sleeping) the next cannot see. */
Test(run_judge, a_check_sees_nothing_a_previous_check_left)
{
	struct run_result res;
	const char *leave =
		"import ctypes, os, time\n"
		"libc = ctypes.CDLL(None, use_errno=True)\n"
		"open('/tmp/left-behind', 'w').write('x')\n"
		"seg = libc.shmget(0x1d10, 64 << 20, 0o1666)\n"
		"print('segment', seg >= 0)\n"
		"print(os.readlink('/proc/self/ns/ipc'), os.readlink('/proc/self/ns/net'))\n"
		"if os.fork() == 0:\n    os.setsid()\n    time.sleep(30)\n    os._exit(0)\n";
	const char *look =
		"import ctypes, os\n"
		"libc = ctypes.CDLL(None, use_errno=True)\n"
		"print('file', os.path.exists('/tmp/left-behind'))\n"
		"print('segment', libc.shmget(0x1d10, 0, 0o666) >= 0)\n"
		"print('pids', sorted(int(p) for p in os.listdir('/proc') if p.isdigit()))\n";

	run_text(runner, REWRITE_HARNESS, leave, 2, &res);
	cr_expect(strstr(res.output, "segment True"), "the segment was not made: %s", res.output);
	run_result_free(&res);
	run_text(runner, REWRITE_HARNESS, look, 2, &res);
	cr_expect_str_eq(res.output, "file False\nsegment False\npids [1, 2]\n");
	run_result_free(&res);
	/* (Namespace inode numbers cannot show that each check has an IPC
	 * namespace of its own: a freed namespace's number is reused by the
	 * next.  The segment above, looked for from the next check, is the
	 * proof.) */
}

/* Odd but honest: 6,000 awaits, an exception message with a lone
 * surrogate, a line number of 10^30.  Shown and summarised, never taken
 * for tampering with the verdict channel. */
Test(run_judge, six_thousand_awaits_are_not_tampering)
{
	struct run_result res;

	run_text(runner, REWRITE_HARNESS,
		 "async def load_config_and_user(user_id):\n"
		 "    for _ in range(6000):\n        config = await load_config()\n"
		 "    user = await fetch_user(user_id)\n"
		 "    return {'config': config, 'user': user}\n", 20, &res);
	cr_assert_eq(res.status, RUN_OK, "%s (%s)", run_status_name(res.status), res.message);
	cr_expect_eq(criterion_passed(&res, NAMES), 1, "%s", res.verdict_json);
	run_result_free(&res);
}

Test(run_judge, a_lone_surrogate_in_a_message_is_shown)
{
	struct run_result res;

	run_text(runner, REWRITE_HARNESS,
		 "async def load_config_and_user(user_id):\n"
		 "    raise ValueError('bad \\udc80 byte')\n", 5, &res);
	cr_assert_eq(res.status, RUN_OK, "%s (%s)", run_status_name(res.status), res.message);
	cr_expect(strstr(res.verdict_json, "bad \\\\udc80 byte"), "%s", res.verdict_json);
	run_result_free(&res);
}

Test(run_judge, a_line_number_of_ten_to_the_thirty_is_no_line)
{
	struct run_result res;

	run_text(runner, REWRITE_HARNESS,
		 "import types\n"
		 "class Fn:\n"
		 "    __code__ = types.SimpleNamespace(co_firstlineno=10 ** 30, co_flags=0)\n"
		 "    def __call__(self, user_id):\n        return None\n"
		 "load_config_and_user = Fn()\n", 5, &res);
	cr_assert_eq(res.status, RUN_OK, "%s (%s)", run_status_name(res.status), res.message);
	cr_expect_not(strstr(res.verdict_json, "1000000000000000000000000000000"), "%s",
		      res.verdict_json);
	run_result_free(&res);
}

/* Lesson 05 Rewrite's open files are listed by the judge itself, from the
 * answer's /proc/PID/fd (h.answer_fds): an answer that makes its process
 * unreadable to the judge fails with-and-names closed, and is judged as
 * usual on the rest. */
Test(run_judge, an_answer_hiding_its_files_from_the_judge_fails_closed)
{
	struct run_result res;

	run_text(runner, "courses/js-to-python/05-errors/rewrite/harness.py",
		 "import ctypes\nimport json\n"
		 "ctypes.CDLL(None).prctl(4, 0, 0, 0, 0)\n"
		 "def load_settings(path):\n"
		 "    try:\n"
		 "        with open(path, encoding='utf-8') as settings_file:\n"
		 "            text = settings_file.read()\n"
		 "    except FileNotFoundError:\n"
		 "        return {'theme': 'light'}\n"
		 "    try:\n"
		 "        return json.loads(text)\n"
		 "    except json.JSONDecodeError as err:\n"
		 "        raise ValueError(f'bad settings in {path}') from err\n", 5, &res);
	cr_assert_eq(res.status, RUN_OK, "%s (%s)", run_status_name(res.status), res.message);
	cr_expect_eq(criterion_passed(&res, "with-and-names"), 0, "%s", res.verdict_json);
	cr_expect_eq(criterion_passed(&res, "raise-from"), 1, "%s", res.verdict_json);
	cr_expect(strstr(res.verdict_json, "unreadable"), "%s", res.verdict_json);
	run_result_free(&res);
}

/* Honest mistakes, one file each in tests/fixtures/run/hostile/NN-slug.EXERCISE/,
 * whose first line names the criterion it must fail: "# must fail: ID (why)".
 * Each passed that criterion before its harness moved to the judge. */
static void expect_hostile_fails(const char *path)
{
	char dir[512], harness[600], criterion[80] = "";
	char *text = NULL, *dot, *slash;
	size_t len = 0;
	struct run_result res;

	snprintf(dir, sizeof(dir), "%s", path);
	*strrchr(dir, '/') = '\0';
	slash = strrchr(dir, '/');
	dot = strrchr(slash, '.');
	cr_assert(dot, "%s: name its folder NN-slug.EXERCISE", path);
	*dot = '\0';
	snprintf(harness, sizeof(harness), "courses/js-to-python/%s/%s/harness.py", slash + 1,
		 dot + 1);
	cr_assert_eq(fs_read_file(path, 1 << 20, &text, &len), 0, "%s", path);
	cr_assert_eq(sscanf(text, "# must fail: %79[a-z0-9-]", criterion), 1,
		     "%s: the first line must be '# must fail: ID'", path);
	run_text(runner, harness, text, 5, &res);
	cr_expect(res.status != RUN_INTERNAL, "%s: %s", path, res.message);
	cr_expect(res.status != RUN_OK || criterion_passed(&res, criterion) == 0,
		  "%s passed %s: %s", path, criterion, res.verdict_json);
	run_result_free(&res);
	free(text);
}

Test(run_judge, honest_mistakes_fail_in_every_lesson)
{
	glob_t g;

	cr_assert_eq(glob("tests/fixtures/run/hostile/*/*.py", 0, NULL, &g), 0);
	for (size_t i = 0; i < g.gl_pathc; i++)
		expect_hostile_fails(g.gl_pathv[i]);
	globfree(&g);
}

/* The answer's stdout and stderr are pipes the judge reads and relays (the
 * answer's process never holds the output pipe): what it prints at import
 * and in the graded call reaches the check's output, in order, and a child
 * it leaves holding them delays nothing. */
Test(run_judge, what_the_answer_prints_reaches_the_output_through_the_judge)
{
	struct run_result res;

	run_text(runner, REWRITE_HARNESS,
		 "import os, sys, time\n"
		 "print('at import')\n"
		 "if os.fork() == 0:\n    time.sleep(30)\n    os._exit(0)\n"
		 "async def load_config_and_user(user_id):\n"
		 "    print('in the call')\n"
		 "    sys.stdout.flush()\n"
		 "    print('to stderr', file=sys.stderr)\n"
		 "    return {'config': await load_config(), 'user': await fetch_user(user_id)}\n",
		 5, &res);
	cr_assert_eq(res.status, RUN_OK, "%s (%s)", run_status_name(res.status), res.message);
	cr_expect_str_eq(res.output, "at import\nin the call\nto stderr\n");
	cr_expect_lt(res.ms, 3000, "%f", res.ms);
	run_result_free(&res);
}

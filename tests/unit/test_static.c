/* The static engine on the engine fixture's lesson 04 Rewrite rules and habits:
 * each JavaScript habit is named at its line, in code that does not parse. */
#include <criterion/criterion.h>
#include <jansson.h>
#include <string.h>
#include "grade/grade.h"
#include "grade/static.h"
#include "syntax/syntax.h"
#include "util/diag.h"
#include "engine_course.h"

#define CLEAR "Uses async/await clearly in Python"
#define NAMES "Keeps names and return shapes Pythonic"
#define SEQUENTIAL "Does not assume concurrency where plain sequential async work is enough"

static const char *const crits[] = { CLEAR, NAMES, SEQUENTIAL };
static const struct criterion criteria[] = { { .id = "async-await", .title = CLEAR },
					     { .id = "pythonic-names", .title = NAMES },
					     { .id = "sequential-not-concurrent", .title = SEQUENTIAL } };
static struct grading *g;
static const struct static_rules *rs;

static void setup(void)
{
	struct diags d;

	diags_init(&d);
	grading_load_files(&g, ENGINE_COURSE "/04-async/rewrite/rules.yaml",
			   ENGINE_COURSE "/rules/habits.yaml", criteria, 3, &d);
	diags_print(&d, stderr);
	cr_assert_not_null(g);
	rs = grading_static(g);
	diags_free(&d);
}

static void teardown(void)
{
	grading_free(g);
}

static json_t *grade(const char *src)
{
	struct report *r = report_new("04", "rewrite", "t.py", crits, 3);
	char *text;
	json_t *j;

	cr_assert_eq(static_check(rs, src, strlen(src), NULL, r), 0);
	text = report_json(r);
	j = json_loads(text, 0, NULL);
	free(text);
	report_free(r);
	return j;
}

static json_t *criterion(json_t *report, const char *title)
{
	size_t i;
	json_t *c;

	json_array_foreach(json_object_get(report, "criteria"), i, c)
		if (strcmp(json_string_value(json_object_get(c, "title")), title) == 0)
			return c;
	cr_assert_fail("no criterion %s", title);
	return NULL;
}

/* Asserts TITLE has feedback at LINE containing TEXT (and so failed). */
static void expect(json_t *report, const char *title, int line, const char *text)
{
	json_t *c = criterion(report, title), *f;
	size_t i;

	json_array_foreach(json_object_get(c, "feedback"), i, f) {
		if (json_integer_value(json_object_get(f, "line")) == line &&
		    strstr(json_string_value(json_object_get(f, "message")), text)) {
			cr_assert_str_eq(json_string_value(json_object_get(c, "status")), "fail");
			return;
		}
	}
	char *dump = json_dumps(c, JSON_INDENT(2));
	cr_assert_fail("no feedback at line %d with \"%s\" in:\n%s", line, text, dump);
}

static void expect_pass(json_t *report, const char *title)
{
	json_t *c = criterion(report, title);

	cr_assert_str_eq(json_string_value(json_object_get(c, "status")), "pass", "%s failed", title);
}

#define SEQ_BODY "    config = await load_config()\n    user = await fetch_user(user_id)\n"

TestSuite(static_engine, .init = setup, .fini = teardown);

Test(static_engine, reference_passes)
{
	json_t *r = grade("async def load_config_and_user(user_id):\n" SEQ_BODY
			  "    return {\"config\": config, \"user\": user}\n");

	expect_pass(r, CLEAR);
	expect_pass(r, NAMES);
	expect_pass(r, SEQUENTIAL);
	json_decref(r);
}

Test(static_engine, const_and_let_and_semicolon)
{
	const char *src = "async def load_config_and_user(user_id):\n"
			  "    const config = await load_config();\n"
			  "    let user = await fetch_user(user_id)\n"
			  "    return {\"config\": config, \"user\": user}\n";
	TSTree *t = syntax_parse(LANG_PYTHON, src, strlen(src));
	json_t *r = grade(src);

	cr_assert(ts_node_has_error(ts_tree_root_node(t)), "the test code should not parse");
	ts_tree_delete(t);
	expect(r, CLEAR, 2, "`const config = ...` is JavaScript; in Python just assign: `config = ...`");
	expect(r, CLEAR, 2, "drop the semicolon");
	expect(r, CLEAR, 3, "`let user = ...`");
	json_decref(r);
}

/* `[ \t]` in a rule's regex is a space or a tab: a name starting with t
 * keeps its t (POSIX brackets alone would read backslash and t). */
Test(static_engine, regex_tab_escape_means_a_tab)
{
	const char *src = "def f():\n    const team = 1\n    let\ttext = 2\n";
	json_t *r = grade(src);

	expect(r, CLEAR, 2, "`const team = ...`");
	expect(r, CLEAR, 3, "`let text = ...`");
	json_decref(r);
}

/* A dict comprehension's key is a loop variable, not a JavaScript bare key. */
Test(static_engine, bare_key_only_in_literals)
{
	json_t *r = grade("async def load_config_and_user(user_id):\n" SEQ_BODY
			  "    sizes = {name: len(name) for name in config}\n"
			  "    return {\"config\": config, \"user\": user}\n");

	expect_pass(r, NAMES);
	json_decref(r);
	r = grade("async def load_config_and_user(user_id):\n" SEQ_BODY
		  "    return {config: config, \"user\": user}\n");
	expect(r, NAMES, 4, "`config: ...` uses the value of the variable `config`");
	json_decref(r);
}

Test(static_engine, strict_equality_and_null)
{
	json_t *r = grade("async def load_config_and_user(user_id):\n" SEQ_BODY
			  "    if user === null:\n"
			  "        return {\"config\": config, \"user\": false}\n"
			  "    return {\"config\": config, \"user\": user}\n");

	expect(r, CLEAR, 4, "`===` is JavaScript");
	expect(r, CLEAR, 4, "`null` is JavaScript; Python writes `None`");
	expect(r, CLEAR, 5, "`false` is JavaScript; Python writes `False`");
	json_decref(r);
}

Test(static_engine, shorthand_object)
{
	json_t *r = grade("async def load_config_and_user(user_id):\n" SEQ_BODY
			  "    return { config, user }\n");

	expect(r, NAMES, 4, "`{ config, user }` is a set in Python");
	expect(r, NAMES, 4, "{\"config\": config, ...}");
	json_decref(r);
}

Test(static_engine, then_and_promise_all)
{
	json_t *r = grade("async def load_config_and_user(user_id):\n"
			  "    p = load_config().then(lambda c: c)\n"
			  "    both = await Promise.all([load_config(), fetch_user(user_id)])\n"
			  "    return {\"config\": both[0], \"user\": both[1]}\n");

	expect(r, CLEAR, 2, "`.then(...)` chains callbacks");
	expect(r, CLEAR, 3, "`Promise` is JavaScript");
	expect(r, SEQUENTIAL, 3, "`Promise.all` runs work concurrently");
	json_decref(r);
}

Test(static_engine, console_log_and_comment_and_function)
{
	json_t *r = grade("// load both\n"
			  "async function loadConfigAndUser(id) {\n"
			  "  console.log(id);\n"
			  "}\n");

	expect(r, CLEAR, 1, "`//` starts a comment in JavaScript");
	expect(r, CLEAR, 2, "`async def load_config_and_user(...):`");
	expect(r, CLEAR, 2, "a `{` block is JavaScript");
	expect(r, CLEAR, 3, "`console.log` is JavaScript");
	json_decref(r);
}

Test(static_engine, camel_case_names_and_keys)
{
	json_t *r = grade("async def loadConfigAndUser(userId):\n"
			  "    appConfig = await load_config()\n"
			  "    user = await fetch_user(userId)\n"
			  "    return {\"appConfig\": appConfig, \"user\": user}\n");

	expect(r, NAMES, 1, "`loadConfigAndUser` is camelCase; Python names functions, variables and "
	       "arguments in snake_case: `load_config_and_user`");
	expect(r, NAMES, 1, "`user_id`");
	expect(r, NAMES, 2, "`app_config`");
	expect(r, NAMES, 4, "the key \"appConfig\" is camelCase");
	expect_pass(r, CLEAR);
	json_decref(r);
}

Test(static_engine, habits_inside_strings_and_comments_are_not_flagged)
{
	json_t *r = grade("async def load_config_and_user(user_id):\n"
			  "    # in JS: const config = await loadConfig(); if (a === b) {}\n"
			  "    config = await load_config()\n"
			  "    user = await fetch_user(user_id)  # not console.log(user);\n"
			  "    note = \"const x = 1; a === b; Promise.all\"\n"
			  "    return {\"config\": config, \"user\": user}\n");

	expect_pass(r, CLEAR);
	expect_pass(r, NAMES);
	json_decref(r);
}

/* The regexes read the answer with strings and comments blanked, which the
 * combined query's pass does (its last pattern): the view must be exactly
 * static_code_view's, the tree walk that defines it, on every kind of
 * string and on code that does not parse. */
Test(static_engine, rules_view_is_the_code_view)
{
	static const char *const sources[] = {
		"note = f\"{a === b} and {'x;' + \"y;\"}\"  # f-string; const z\n",
		"doc = '''\nconst a = 1;\n'''\nb = r'\\d;' + b'c;'\n",
		"const broken = \"unterminated;\nx = 'also;\n",
		"function f() { return \"a;\" } // trailing\n",
		"x = 1  # only a comment: console.log(x);\n",
	};

	for (size_t i = 0; i < sizeof(sources) / sizeof(sources[0]); i++) {
		const char *src = sources[i];
		TSTree *t = syntax_parse(LANG_PYTHON, src, strlen(src));
		char *walked = static_code_view(ts_tree_root_node(t), src, strlen(src));
		char *queried = static_rules_view(rs, ts_tree_root_node(t), src, strlen(src));

		cr_expect_str_eq(queried, walked, "source %zu: %s", i, src);
		cr_expect(strchr(walked, ';') == NULL || i >= 2, "source %zu kept a ';': %s", i, walked);
		free(walked);
		free(queried);
		ts_tree_delete(t);
	}
}

Test(static_engine, asyncio_run_under_main_guard_is_fine)
{
	json_t *r = grade("import asyncio\n\nasync def load_config_and_user(user_id):\n" SEQ_BODY
			  "    return {\"config\": config, \"user\": user}\n\n"
			  "if __name__ == \"__main__\":\n"
			  "    asyncio.run(load_config_and_user(1))\n");

	expect_pass(r, CLEAR);
	json_decref(r);
}

Test(static_engine, asyncio_run_per_call_and_missing_async)
{
	json_t *r = grade("import asyncio\n"
			  "def load_config_and_user(user_id):\n"
			  "    config = asyncio.run(load_config())\n"
			  "    user = fetch_user(user_id)\n"
			  "    return {\"config\": config, \"user\": user}\n");

	expect(r, CLEAR, 2, "`async def load_config_and_user(user_id):`");
	expect(r, CLEAR, 3, "`asyncio.run(load_config())` starts a whole event loop");
	expect(r, CLEAR, 4, "`fetch_user(user_id)` only creates a coroutine");
	json_decref(r);
}

Test(static_engine, concurrency_and_return_shapes)
{
	json_t *r = grade("import asyncio\n"
			  "async def load_config_and_user(user_id):\n"
			  "    config, user = await asyncio.gather(load_config(), fetch_user(user_id))\n"
			  "    return config, user\n");

	expect(r, SEQUENTIAL, 3, "`asyncio.gather` runs work concurrently");
	expect(r, NAMES, 4, "`return config, user` makes callers remember positions");
	expect_pass(r, CLEAR);
	json_decref(r);
}

Test(static_engine, required_rule_reports_at_the_anchor)
{
	json_t *r = grade("import asyncio\n\n\nasync def load_config_and_user(user_id):\n    pass\n");

	expect(r, CLEAR, 4, "never calls `load_config()`");
	expect(r, NAMES, 4, "must return both results");
	json_decref(r);
}

Test(static_engine, first_error_line)
{
	const char *src = "x = 1\ny = 2\nconst z = 3\n";
	TSTree *t = syntax_parse(LANG_PYTHON, src, strlen(src));

	cr_assert_eq(syntax_first_error_line(ts_tree_root_node(t)), 3);
	ts_tree_delete(t);
	t = syntax_parse(LANG_PYTHON, "x = 1\n", 6);
	cr_assert_eq(syntax_first_error_line(ts_tree_root_node(t)), 0);
	ts_tree_delete(t);
}

Test(static_engine, code_view_blanks_strings_and_comments)
{
	const char *src = "a = \"b;c\"  # d;\ne = 1\n";
	TSTree *t = syntax_parse(LANG_PYTHON, src, strlen(src));
	char *view = static_code_view(ts_tree_root_node(t), src, strlen(src));

	cr_assert_str_eq(view, "a =            \ne = 1\n");
	free(view);
	ts_tree_delete(t);
}

/* Python pitfalls and async mistakes (habits.yaml, categories `pitfalls` and
 * `async`): each is named at its line with what a Python developer writes,
 * and the idiomatic form is left alone.  Lines 1-4 are the reference answer. */
#define REFERENCE "async def load_config_and_user(user_id):\n" SEQ_BODY \
	"    return {\"config\": config, \"user\": user}\n"

Test(static_engine, mutable_default_argument)
{
	json_t *r = grade(REFERENCE
			  "def add(item, items=[], seen={}, *, tags: set = set()):\n"
			  "    return items\n");

	expect(r, NAMES, 5, "`items=None`, then `if items is None: items = []`");
	expect(r, NAMES, 5, "`seen=None`, then `if seen is None: seen = {}`");
	expect(r, NAMES, 5, "`if tags is None: tags = set()`");
	json_decref(r);
	r = grade(REFERENCE "def add(item, items=None, count=0, name=\"x\", pair=(1, 2)):\n"
		  "    if items is None:\n        items = []\n    return items\n");
	expect_pass(r, NAMES);
	json_decref(r);
}

Test(static_engine, comparison_with_none)
{
	json_t *r = grade(REFERENCE
			  "def check(user, config):\n"
			  "    if user == None:\n"
			  "        return None != config\n");

	expect(r, NAMES, 6, "`user == None` compares values");
	expect(r, NAMES, 6, "Python tests for None by identity: `user is None`");
	expect(r, NAMES, 7, "`config is not None`");
	json_decref(r);
	r = grade(REFERENCE "def check(user, config):\n"
		  "    if user is None:\n        return config is not None\n");
	expect_pass(r, NAMES);
	json_decref(r);
}

Test(static_engine, lambda_assigned_to_a_name)
{
	json_t *r = grade(REFERENCE "to_result = lambda config, user: {\"config\": config}\n");

	expect(r, NAMES, 5, "define it with `def to_result(...):` and `return` the expression");
	json_decref(r);
	r = grade(REFERENCE "def to_result(config, user):\n    return {\"config\": config}\n\n\n"
		  "ordered = sorted([3, 1], key=lambda n: -n)\n");
	expect_pass(r, NAMES);
	json_decref(r);
}

Test(static_engine, bare_except)
{
	json_t *r = grade(REFERENCE "def parse(text):\n    try:\n        return int(text)\n"
			  "    except:\n        return 0\n");

	expect(r, NAMES, 8, "name the exception you expect: `except ValueError:`");
	json_decref(r);
	r = grade(REFERENCE "def parse(text):\n    try:\n        return int(text)\n"
		  "    except ValueError:\n        return 0\n");
	expect_pass(r, NAMES);
	json_decref(r);
}

Test(static_engine, len_in_a_condition)
{
	json_t *r = grade(REFERENCE
			  "def drain(items, done):\n"
			  "    if len(items) == 0:\n"
			  "        return done\n"
			  "    elif len(done) != 0:\n"
			  "        pass\n"
			  "    while len(items) > 0:\n"
			  "        items.pop()\n");

	expect(r, NAMES, 6, "`len(items) == 0`: an empty list, dict, str or set is already false");
	expect(r, NAMES, 6, "`if not items:`");
	expect(r, NAMES, 8, "`if done:`");
	expect(r, NAMES, 10, "`len(items) > 0`");
	json_decref(r);
	/* A length kept as a value, or compared with something else, is fine. */
	r = grade(REFERENCE "def drain(items):\n"
		  "    empty = len(items) == 0\n"
		  "    if not items or len(items) > 3:\n"
		  "        return empty\n"
		  "    while items:\n"
		  "        items.pop()\n");
	expect_pass(r, NAMES);
	json_decref(r);
}

Test(static_engine, range_len_loop)
{
	json_t *r = grade(REFERENCE
			  "def show(users):\n"
			  "    for i in range(len(users)):\n"
			  "        print(users[i])\n"
			  "    return [users[j] for j in range(len(users))]\n");

	expect(r, NAMES, 6, "loops over the items: `for item in users:`");
	expect(r, NAMES, 6, "`for i, item in enumerate(users):`");
	expect(r, NAMES, 8, "`for j, item in enumerate(users):`");
	json_decref(r);
	r = grade(REFERENCE "def show(users):\n"
		  "    for i, user in enumerate(users):\n"
		  "        print(i, user)\n"
		  "    for i in range(len(users) - 1):\n"
		  "        print(users[i], users[i + 1])\n");
	expect_pass(r, NAMES);
	json_decref(r);
}

Test(static_engine, class_attribute_shared_by_instances)
{
	json_t *r = grade(REFERENCE
			  "class Cart:\n"
			  "    items = []\n"
			  "    totals = {}\n"
			  "\n"
			  "    def add(self, item):\n"
			  "        self.items.append(item)\n"
			  "        for key in item:\n"
			  "            self.totals[key] = 1\n");

	expect(r, NAMES, 6, "`items = []` sits on the class, so all instances share this one object");
	expect(r, NAMES, 6, "create it per instance in `__init__`: `self.items = []`");
	expect(r, NAMES, 7, "`self.totals = {}`");
	json_decref(r);
	/* Per-instance state, and a class constant that is only read. */
	r = grade(REFERENCE "class Cart:\n"
		  "    SIZES = [\"s\", \"m\"]\n\n"
		  "    def __init__(self):\n"
		  "        self.items = []\n\n"
		  "    def add(self, item):\n"
		  "        self.items.append(item)\n"
		  "        return self.SIZES[0]\n");
	expect_pass(r, NAMES);
	json_decref(r);
}

Test(static_engine, blocking_sleep_in_async_def)
{
	json_t *r = grade("import asyncio\nimport time\n\n"
			  "async def load_config_and_user(user_id):\n"
			  "    time.sleep(1)\n"
			  "    config = await load_config()\n"
			  "    for attempt in range(3):\n"
			  "        try:\n"
			  "            user = await fetch_user(user_id)\n"
			  "        except OSError:\n"
			  "            time.sleep(0.5)\n"
			  "    return {\"config\": config, \"user\": user}\n");

	expect(r, CLEAR, 5, "`time.sleep(1)` blocks the event loop");
	expect(r, CLEAR, 5, "`await asyncio.sleep(1)`");
	expect(r, CLEAR, 11, "`await asyncio.sleep(0.5)`");
	json_decref(r);
	/* Sleeping in a plain def, or in a def handed to a thread, is fine. */
	r = grade("import asyncio\nimport time\n\n"
		  "def slow():\n    time.sleep(1)\n\n"
		  "async def load_config_and_user(user_id):\n"
		  "    def blocking():\n        time.sleep(1)\n"
		  "    await asyncio.sleep(0.1)\n" SEQ_BODY
		  "    return {\"config\": config, \"user\": user}\n");
	expect_pass(r, CLEAR);
	json_decref(r);
}

Test(static_engine, task_created_and_never_kept)
{
	json_t *r = grade("import asyncio\n\n"
			  "async def load_config_and_user(user_id):\n"
			  "    asyncio.create_task(load_config())\n" SEQ_BODY
			  "    return {\"config\": config, \"user\": user}\n");

	/* The habit ("keep the task and await it") and the exercise's rule
	 * ("no task at all: two awaits") speak about the same call: the
	 * exercise's advice wins (src/grade/rank.c), and the habit's criterion
	 * still fails, pointing there. */
	expect(r, SEQUENTIAL, 4, "`asyncio.create_task` runs work concurrently");
	expect(r, CLEAR, 4, "see line 4 under \"" SEQUENTIAL "\"");
	json_decref(r);
	/* A task stored and awaited, and asyncio.run at the entry point. */
	r = grade("import asyncio\n\n"
		  "async def load_config_and_user(user_id):\n"
		  "    task = asyncio.create_task(load_config())\n"
		  "    config = await task\n"
		  "    user = await fetch_user(user_id)\n"
		  "    return {\"config\": config, \"user\": user}\n\n"
		  "if __name__ == \"__main__\":\n"
		  "    asyncio.run(load_config_and_user(1))\n");
	expect_pass(r, CLEAR);
	json_decref(r);
}

/* Live hints (static only) word a syntax error as a full check words
 * Python's ("syntax error at line 1: expected ':'" there): same form, same
 * line; the detail is Python's generic one where tree-sitter cannot say
 * more than that the line does not parse. */
Test(static_engine, syntax_error_worded_like_python)
{
	const char *src = "async def f(x)\n    return await x\n";
	struct report *r = grading_check(g, "04", "rewrite", "t.py", src, strlen(src),
					 GRADING_SYNTAX_ERRORS);
	char *text = report_json(r);

	cr_expect_eq(report_status(r), REPORT_ERROR);
	cr_expect(strstr(text, "\"message\": \"syntax error at line 1: invalid syntax\""), "%s", text);
	free(text);
	report_free(r);
	r = grading_check(g, "04", "rewrite", "t.py", src, strlen(src), 0);
	cr_expect_neq(report_status(r), REPORT_ERROR, "without the flag, Python decides");
	report_free(r);
}

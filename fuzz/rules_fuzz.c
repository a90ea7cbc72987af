/* Fuzz target for the rule-file loader (YAML, queries, regexes, templates,
 * concept phrases).  An input may hold an exercise file and a habits file
 * split by a line "%%habits".  Whatever loads is also run once on a small
 * answer, so compiled rules are exercised, not only parsed.  Built with
 * libFuzzer by `make fuzz`, with fuzz/replay.c by `make test`. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "grade/concepts.h"
#include "grade/grade.h"
#include "grade/static.h"
#include "util/diag.h"
#include "util/xalloc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
const char *__lsan_default_suppressions(void);

/* tree-sitter 0.25.0 leaks a few bytes (capture quantifiers) when
 * ts_query_new fails on a malformed query; the vendored objects are built
 * without frame pointers, so the leak's stack ends in ts_malloc_default.
 * Our own leaks still show: every allocation of ours goes through xmalloc. */
const char *__lsan_default_suppressions(void)
{
	return "leak:ts_malloc_default\n";
}

static const char *const criteria[] = { "Clear", "Named", "Shows when `asyncio.gather` is appropriate" };
static const struct criterion with_ids[] = { { .id = "clear", .title = "Clear" },
					     { .id = "named", .title = "Named" },
					     { .id = "gather", .title = "Shows when `asyncio.gather` is appropriate" } };

static const char answer[] =
	"async function loadIt(id) {\n"
	"  const x = await load_config();\n"
	"}\n"
	"def f(userId):\n"
	"    \"\"\"Keep it synchronous unless many requests overlap.\"\"\"\n"
	"    return {\"userName\": null, a: b}  # always async\n";

static void run(const struct grading *g)
{
	struct report *r = report_new("04", "fuzz", "fuzz.py", criteria, 3);
	char *json;

	if (grading_is_code(g))
		static_check(grading_static(g), answer, sizeof(answer) - 1, NULL, r);
	concepts_check(grading_concepts(g), answer, sizeof(answer) - 1, r);
	json = report_json(r);
	free(json);
	report_free(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = xstrndup((const char *)data, size);
	char *split = strstr(text, "\n%%habits\n");
	const char *habits = NULL;
	size_t len = strlen(text), hlen = 0;
	struct grading *g = NULL;
	struct diags d;

	if (split) {
		*split = '\0';
		habits = split + 9;
		hlen = strlen(habits);
		len = (size_t)(split - text);
	}
	diags_init(&d);
	if (grading_parse(&g, text, len, "fuzz.yaml", habits, hlen, "habits.yaml",
			with_ids, 3, &d) == 0)
		run(g);
	grading_free(g);
	diags_free(&d);
	free(text);
	return 0;
}

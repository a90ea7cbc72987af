/* The static scan of a harness for the criterion ids it names: literals,
 * module constants passed to .check, and names a loop feeds to it. */
#include <criterion/criterion.h>
#include <string.h>
#include "grade/harness_ids.h"

static struct criterion crits[] = { { .id = "async-await", .title = "A" },
				    { .id = "pythonic-names", .title = "N" } };
static const struct exercise ex = { .kind = EXERCISE_REWRITE, .name = "rewrite",
				    .criteria = crits, .ncriteria = 2 };

static int scan(const char *src, struct diags *d)
{
	diags_init(d);
	return harness_ids_check("harness.py", src, strlen(src), &ex, d);
}

Test(harness_ids, known_ids_pass)
{
	const char *src = "ASYNC = \"async-await\"\nNAMES = 'pythonic-names'\nNAME = \"load\"\n"
			  "def grade(h):\n    h.check(ASYNC, True)\n"
			  "    for c in (ASYNC, NAMES):\n        h.check(c, False, NAME)\n"
			  "    h.check(\"pythonic-names\", True)\n";
	struct diags d;

	cr_assert_eq(scan(src, &d), 0);
	cr_assert_eq(d.count, 0);
	diags_free(&d);
}

Test(harness_ids, unknown_ids_are_found_at_their_lines)
{
	const char *src = "ASYNC = \"async-awiat\"\nNAMES = \"names\"\nOTHER = \"not-a-criterion\"\n"
			  "def grade(h):\n    h.check(ASYNC, True)\n"
			  "    for c in [NAMES]:\n        h.check(c, False)\n"
			  "    h.check('pythonic-name', True, OTHER)\n";
	struct diags d;

	cr_assert_eq(scan(src, &d), 3);
	cr_assert_eq(d.count, 3);
	cr_assert_eq(d.items[0].line, 8);
	cr_assert(strstr(d.items[0].message, "`pythonic-name`, which rewrite does not have; "
			 "did you mean `pythonic-names`?"), "%s", d.items[0].message);
	cr_assert_eq(d.items[1].line, 1);
	cr_assert(strstr(d.items[1].message, "did you mean `async-await`?"), "%s", d.items[1].message);
	cr_assert_eq(d.items[2].line, 2);
	cr_assert(strstr(d.items[2].message, "`names`"), "%s", d.items[2].message);
	diags_free(&d);
}

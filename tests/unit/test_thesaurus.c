/* The course thesaurus: a rule phrase holding an entry of a group matches
 * with every other entry in its place (words and multi-word entries);
 * problems in the file are reported at their line. */
#include <criterion/criterion.h>
#include <errno.h>
#include <string.h>
#include "grade/concepts.h"
#include "grade/grade.h"
#include "grade/thesaurus.h"
#include "util/diag.h"

static const char *const crits[] = { "Clear", "Named" };
static const struct criterion criteria[] = { { .id = "clear", .title = "Clear" },
					     { .id = "named", .title = "Named" } };
static struct grading *g;
static struct diags d;

static void setup(void)
{
	diags_init(&d);
	grading_load_files(&g, "tests/fixtures/rules/freetext.yaml", NULL, criteria, 2, &d);
	cr_assert_not_null(g);
}

static void teardown(void)
{
	grading_free(g);
	diags_free(&d);
}

TestSuite(thesaurus, .init = setup, .fini = teardown);

/* The grading's rules, to extend (tests only: graders never change them). */
static struct concept_rules *rules(void)
{
	return (struct concept_rules *)grading_concepts(g);
}

static int clear_has(const char *text, const char *want)
{
	struct report *r = report_new("04", "reflect", "a.md", crits, 2);
	char *s;
	int found;

	concepts_check(rules(), text, strlen(text), r);
	s = report_json(r);
	found = strstr(s, want) != NULL;
	free(s);
	report_free(r);
	return found;
}

Test(thesaurus, other_entries_of_a_group_match)
{
	cr_assert(clear_has("It stores the result.", "missing: the result is cached"), "before");
	cr_assert_eq(concept_rules_thesaurus(rules(), "tests/fixtures/thesaurus/good.yaml", &d), 0);
	cr_assert(clear_has("It stores the result.", "found: the result is cached"));
	cr_assert(clear_has("It keeps around the last value.", "found: the result is cached"),
		  "a multi-word entry in place of one word");
	cr_assert(clear_has("An empty list is false in a condition.", "found: empty lists are falsy"));
	cr_assert(clear_has("It stores nothing of use.", "missing: the result is cached"),
		  "the rest of the phrase still has to match");
}

Test(thesaurus, absent_file_changes_nothing)
{
	cr_assert_eq(concept_rules_thesaurus(rules(), "tests/fixtures/thesaurus/none.yaml", &d), 0);
	cr_assert_eq(d.count, 0);
	cr_assert(clear_has("It stores the result.", "missing: the result is cached"));
}

Test(thesaurus, problems_at_their_line)
{
	cr_assert_eq(concept_rules_thesaurus(rules(), "tests/fixtures/thesaurus/bad.yaml", &d), -EINVAL);
	cr_assert_geq(d.count, 3, "a group of one, a gap, a prefix");
	cr_assert_str_eq(d.items[0].file, "tests/fixtures/thesaurus/bad.yaml");
	cr_assert_eq(d.items[0].line, 2);
	cr_assert(clear_has("It stores the result.", "missing: the result is cached"), "unchanged");
}

Test(thesaurus, bad_yaml_is_reported)
{
	cr_assert_eq(concept_rules_thesaurus(rules(), "tests/fixtures/thesaurus/broken.yaml", &d), -EINVAL);
	cr_assert_geq(d.count, 1);
}

/* The YAML document loader every course file goes through: lines are the
 * file's (front matter offset included), unknown and doubled keys are
 * reported with a suggestion, and every problem is kept, not only the first. */
#include <criterion/criterion.h>
#include <errno.h>
#include <string.h>
#include "util/yamldoc.h"

struct seen {
	char keys[8][32];
	int n;
};

static void remember(void *ctx, const char *key, yaml_node_t *value)
{
	struct seen *s = ctx;

	(void)value;
	strncpy(s->keys[s->n++], key, sizeof s->keys[0] - 1);
}

static struct yamldoc load(const char *text, int first_line, struct diags *dg)
{
	struct yamldoc d;

	yamldoc_load(&d, "f.yaml", first_line, text, strlen(text), dg);
	return d;
}

Test(yamldoc, bad_yaml_names_line_with_offset)
{
	struct diags dg;
	struct yamldoc d;

	diags_init(&dg);
	cr_assert_eq(yamldoc_load(&d, "lesson.md", 2, "a: 1\nb: [\n", 10, &dg), -EINVAL);
	cr_assert_eq(dg.count, 1);
	cr_assert_str_eq(dg.items[0].file, "lesson.md");
	cr_assert_geq(dg.items[0].line, 3);
	cr_assert(strstr(dg.items[0].message, "not valid YAML"));
	yamldoc_free(&d);
	diags_free(&dg);
}

Test(yamldoc, empty_document_is_a_problem)
{
	struct diags dg;
	struct yamldoc d;

	diags_init(&dg);
	cr_assert_eq(yamldoc_load(&d, "e.yaml", 1, "", 0, &dg), -EINVAL);
	cr_assert_eq(dg.count, 1);
	cr_assert(strstr(dg.items[0].message, "empty"));
	yamldoc_free(&d);
	diags_free(&dg);
}

Test(yamldoc, each_key_reports_unknown_and_twice_and_goes_on)
{
	static const char *const keys[] = { "title", "minutes", "status", NULL };
	struct diags dg;
	struct seen s = { 0 };

	diags_init(&dg);
	struct yamldoc d = load("title: A\ntitel: B\nminutes: 5\ntitle: C\nstatus: open\n", 1, &dg);
	yamldoc_each_key(&d, yamldoc_root(&d), "the front matter", keys, remember, &s);
	cr_assert_eq(s.n, 3);
	cr_assert_str_eq(s.keys[0], "title");
	cr_assert_str_eq(s.keys[1], "minutes");
	cr_assert_str_eq(s.keys[2], "status");
	cr_assert_eq(dg.count, 2);
	cr_assert_eq(dg.items[0].line, 2);
	cr_assert(strstr(dg.items[0].message, "did you mean `title`"), "%s", dg.items[0].message);
	cr_assert_eq(dg.items[1].line, 4);
	cr_assert(strstr(dg.items[1].message, "given twice"));
	cr_assert_eq(d.problems, 2);
	yamldoc_free(&d);
	diags_free(&dg);
}

Test(yamldoc, not_a_mapping)
{
	static const char *const keys[] = { "a", NULL };
	struct diags dg;
	struct seen s = { 0 };

	diags_init(&dg);
	struct yamldoc d = load("- a\n- b\n", 1, &dg);
	yamldoc_each_key(&d, yamldoc_root(&d), "the rule file", keys, remember, &s);
	cr_assert_eq(s.n, 0);
	cr_assert_eq(dg.count, 1);
	cr_assert(strstr(dg.items[0].message, "the rule file must be a mapping"));
	yamldoc_free(&d);
	diags_free(&dg);
}

Test(yamldoc, strings_list_and_single)
{
	struct diags dg;
	size_t n;

	diags_init(&dg);
	struct yamldoc d = load("hints: [one, two, '']\nsolo: just\nbad: {a: 1}\n", 1, &dg);
	yaml_node_t *root = yamldoc_root(&d);
	char **v = yamldoc_strings(&d, yamldoc_get(&d, root, "hints"), "hints", &n);
	cr_assert_eq(n, 2);
	cr_assert_str_eq(v[0], "one");
	cr_assert_str_eq(v[1], "two");
	cr_assert_null(v[2]);
	yamldoc_strings_free(v);
	cr_assert_eq(dg.count, 1);	/* the empty item */
	v = yamldoc_strings(&d, yamldoc_get(&d, root, "solo"), "solo", &n);
	cr_assert_eq(n, 1);
	cr_assert_str_eq(v[0], "just");
	yamldoc_strings_free(v);
	cr_assert_null(yamldoc_strings(&d, yamldoc_get(&d, root, "bad"), "bad", &n));
	cr_assert_eq(n, 0);
	cr_assert_eq(dg.count, 2);
	cr_assert_eq(dg.items[1].line, 3);
	yamldoc_free(&d);
	diags_free(&dg);
}

Test(yamldoc, enum_and_int)
{
	static const char *const langs[] = { "python", "text", NULL };
	struct diags dg;
	long v = 7;

	diags_init(&dg);
	struct yamldoc d = load("language: text\nother: ruby\nminutes: 25\nneg: -3\nword: ten\n", 1, &dg);
	yaml_node_t *root = yamldoc_root(&d);
	cr_assert_eq(yamldoc_enum(&d, yamldoc_get(&d, root, "language"), "language", langs), 1);
	cr_assert_eq(yamldoc_enum(&d, yamldoc_get(&d, root, "other"), "other", langs), -EINVAL);
	cr_assert(strstr(dg.items[0].message, "is not one of: python, text"));
	cr_assert_eq(yamldoc_int(&d, yamldoc_get(&d, root, "minutes"), "minutes", 1, 600, &v), 0);
	cr_assert_eq(v, 25);
	cr_assert_eq(yamldoc_int(&d, yamldoc_get(&d, root, "neg"), "neg", 0, 9, &v), -EINVAL);
	cr_assert_eq(yamldoc_int(&d, yamldoc_get(&d, root, "word"), "word", 0, 9, &v), -EINVAL);
	cr_assert_eq(v, 25);
	cr_assert_eq(dg.count, 3);
	cr_assert_eq(dg.items[2].line, 5);
	yamldoc_free(&d);
	diags_free(&dg);
}

Test(yamldoc, part_of_a_file_is_named_in_problems)
{
	struct diags dg;
	struct yamldoc d;

	diags_init(&dg);
	cr_assert_eq(yamldoc_load_as(&d, "front matter", "lesson.md", 2, "a: 1\nb: [\n", 10, &dg),
		     -EINVAL);
	cr_assert_eq(dg.count, 1);
	cr_assert_geq(dg.items[0].line, 3);
	cr_assert(strstr(dg.items[0].message, "front matter is not valid YAML: "), "%s",
		  dg.items[0].message);
	yamldoc_free(&d);
	cr_assert_eq(yamldoc_load_as(&d, "front matter", "lesson.md", 2, "", 0, &dg), -EINVAL);
	cr_assert_eq(dg.count, 2);
	cr_assert_eq(dg.items[1].line, 2);
	cr_assert_str_eq(dg.items[1].message, "front matter is empty");
	yamldoc_free(&d);
	diags_free(&dg);
}

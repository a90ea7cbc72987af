/* The lesson loader: a good lesson's fields and sections, and every malformed
 * fixture reported at the expected line with the expected words. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "course/course.h"
#include "course/criterion_id.h"
#include "course/lesson.h"
#include "util/fsutil.h"
#include "util/xalloc.h"
#include "engine_course.h"

#define FIXTURES "tests/fixtures/lessons/"

static struct lesson *parse_file(const char *name, struct diags *d)
{
	char *path = fs_join(FIXTURES, name);
	char *text;
	size_t len;
	struct lesson *l;

	cr_assert_eq(fs_read_file(path, 1 << 20, &text, &len), 0, "cannot read %s", path);
	diags_init(d);
	l = lesson_parse(text, len, path, NULL, d);
	free(text);
	free(path);
	return l;
}

Test(lesson, good_fixture_loads)
{
	struct diags d;
	struct lesson *l = parse_file("good.md", &d);

	cr_assert_not_null(l, "good.md: %s", d.count ? d.items[0].message : "");
	cr_assert_eq(d.count, 0);
	cr_assert_eq(l->number, 7);
	cr_assert_str_eq(l->slug, "sample");
	cr_assert_str_eq(l->title, "A sample lesson");
	cr_assert_eq(l->minutes, 20);
	cr_assert_eq(l->body_line, 9);
	for (int i = 0; i < SEC_COUNT; i++)
		cr_assert_gt(l->sections[i].line, 0, "section %d has no line", i);
	cr_assert_eq(l->sections[SEC_OBJECTIVES].line, 9);
	lesson_free(l);
	diags_free(&d);
}

Test(lesson, exercises_carry_criteria_and_code)
{
	struct diags d;
	struct lesson *l = parse_file("good.md", &d);
	const struct exercise *rw, *rf, *pr;

	cr_assert_not_null(l);
	rw = &l->exercises[EXERCISE_REWRITE];
	rf = &l->exercises[EXERCISE_REFLECT];
	pr = &l->exercises[EXERCISE_PRACTICE];
	cr_assert_str_eq(rw->name, "rewrite");
	cr_assert_str_eq(rw->prompt, "Rewrite this.");
	cr_assert_str_eq(rw->js_code, "const fooBar = 1;\n");
	cr_assert_eq(rw->ncriteria, 2);
	cr_assert_str_eq(rw->criteria[1].title, "Keeps `None` for missing values");
	cr_assert_eq(rf->ncriteria, 1);
	cr_assert_str_eq(rf->criteria[0].title, "A strong answer notices that readers come first.");
	cr_assert_str_eq(rf->prompt, "Why do names matter?");
	cr_assert_eq(pr->ncriteria, 1);
	cr_assert_str_eq(pr->criteria[0].title, "Shows a snake_case function");
	lesson_free(l);
	diags_free(&d);
}

Test(lesson, section_names_resolve)
{
	enum section_id id;

	cr_assert_eq(section_find("overview", &id), 0);
	cr_assert_eq(id, SEC_OVERVIEW);
	cr_assert_eq(section_find("Common Mistakes", &id), 0);
	cr_assert_eq(id, SEC_MISTAKES);
	cr_assert_eq(section_find("nope", &id), -ENOENT);
}

static int count_bad_fixtures(void)
{
	DIR *dir = opendir(FIXTURES);
	struct dirent *e;
	int n = 0;

	cr_assert_not_null(dir);
	while ((e = readdir(dir)))
		n += !strncmp(e->d_name, "bad-", 4) && strstr(e->d_name, ".md");
	closedir(dir);
	return n;
}

/* tests/fixtures/lessons/expected.txt: "file line words", one per fixture;
 * the fixture must fail with a problem at that line containing the words. */
Test(lesson, malformed_fixtures_report_line_and_fix)
{
	FILE *f = fopen(FIXTURES "expected.txt", "r");
	char line[512];
	int checked = 0;

	cr_assert_not_null(f);
	while (fgets(line, sizeof(line), f)) {
		char name[128], words[256];
		int want_line;
		struct diags d;
		struct lesson *l;
		int found = 0;

		if (line[0] == '#' || sscanf(line, "%127s %d %255[^\n]", name, &want_line, words) != 3)
			continue;
		l = parse_file(name, &d);
		cr_expect_null(l, "%s loaded but should not", name);
		for (size_t i = 0; i < d.count; i++)
			if (d.items[i].line == want_line && strstr(d.items[i].message, words))
				found = 1;
		if (!found)
			for (size_t i = 0; i < d.count; i++)
				cr_log_error("%s:%d: %s", name, d.items[i].line, d.items[i].message);
		cr_expect(found, "%s: no problem at line %d saying '%s'", name, want_line, words);
		lesson_free(l);
		diags_free(&d);
		checked++;
	}
	fclose(f);
	/* Every bad-*.md of the folder is listed, so none is skipped. */
	cr_assert_eq(checked, count_bad_fixtures(), "expected.txt lists %d of the %d bad fixtures",
		     checked, count_bad_fixtures());
}

Test(lesson, nul_byte_and_empty_input_do_not_crash)
{
	struct diags d;

	diags_init(&d);
	cr_assert_null(lesson_parse("---\n\0", 5, "x.md", NULL, &d));
	/* The NUL is named, and nothing is parsed past it. */
	cr_assert_eq(d.count, 1);
	cr_assert_str_eq(d.items[0].file, "x.md");
	cr_assert(strstr(d.items[0].message, "contains a NUL byte"), "%s", d.items[0].message);
	cr_assert_null(lesson_parse("", 0, "y.md", NULL, &d));
	/* Empty: the missing front matter first, at line 1. */
	cr_assert_gt(d.count, 1);
	cr_assert_str_eq(d.items[1].file, "y.md");
	cr_assert_eq(d.items[1].line, 1);
	cr_assert(strstr(d.items[1].message, "starts with front matter"), "%s", d.items[1].message);
	diags_free(&d);
}

Test(lesson, engine_course_loads_clean)
{
	struct diags d;
	struct course *c;
	struct lesson *l;

	diags_init(&d);
	c = course_load(ENGINE_COURSE, &d);
	cr_assert_not_null(c, "%s:%d: %s", d.count ? d.items[0].file : "",
			   d.count ? d.items[0].line : 0, d.count ? d.items[0].message : "");
	cr_assert_eq(d.count, 0);
	cr_assert_eq(c->count, 1);
	l = course_find(c, "04");
	cr_assert_not_null(l);
	cr_assert_eq(c->lessons[0], l);
	cr_assert_eq(course_find(c, "4"), l);
	cr_assert_eq(course_find(c, "async"), l);
	cr_assert_eq(course_find(c, "04-async"), l);
	cr_assert_null(course_find(c, "asink"));
	cr_assert_str_eq(l->exercises[EXERCISE_PRACTICE].criteria[0].title,
			 "Shows when `asyncio.gather` is appropriate");
	course_free(c);
	diags_free(&d);
}

/* 1 when some text of NODE's subtree holds NEEDLE. */
static int doc_holds(cmark_node *node, const char *needle)
{
	cmark_iter *it = cmark_iter_new(node);
	cmark_event_type ev;
	int found = 0;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		const char *lit = cmark_node_get_literal(cmark_iter_get_node(it));

		if (ev == CMARK_EVENT_ENTER && lit && strstr(lit, needle))
			found = 1;
	}
	cmark_iter_free(it);
	return found;
}

/* Each criterion carries the id its {#id} marker gives, the title never
 * does, and the marker is gone from the document every renderer reads. */
Test(lesson, criteria_carry_ids_and_the_markers_leave_the_document)
{
	struct diags d;
	struct lesson *l = parse_file("good.md", &d);
	const struct exercise *rw;

	cr_assert_not_null(l, "%s", d.count ? d.items[0].message : "");
	rw = &l->exercises[EXERCISE_REWRITE];
	cr_assert_str_eq(rw->criteria[0].id, "snake-case");
	cr_assert_str_eq(rw->criteria[0].title, "Uses snake_case names");
	cr_assert_str_eq(rw->criteria[1].id, "none-missing");
	cr_assert_str_eq(l->exercises[EXERCISE_REFLECT].criteria[0].id, "readers-first");
	cr_assert_str_eq(l->exercises[EXERCISE_PRACTICE].criteria[0].id, "snake-case-function");
	cr_assert_eq(exercise_criterion(rw, "none-missing"), &rw->criteria[1]);
	cr_assert_null(exercise_criterion(rw, "none"));
	cr_assert_str_eq(exercise_nearest_id(rw, "none-misisng"), "none-missing");
	cr_assert_not(doc_holds(l->doc, "{#"));
	cr_assert(doc_holds(l->doc, "Keeps "));
	lesson_free(l);
	diags_free(&d);
}

/* A marker on its own continuation line goes with the line break before
 * it; the same id in two exercises is fine. */
Test(lesson, id_on_a_continuation_line_and_ids_per_exercise)
{
	struct diags d;
	char *text, *path = fs_join(FIXTURES, "good.md");
	struct lesson *l;
	size_t len;
	char *at, *edited;

	cr_assert_eq(fs_read_file(path, 1 << 20, &text, &len), 0);
	at = strstr(text, " {#snake-case-function}");
	cr_assert_not_null(at);
	edited = xasprintf("%.*s\n  {#snake-case}%s", (int)(at - text), text,
			   at + strlen(" {#snake-case-function}"));
	diags_init(&d);
	l = lesson_parse(edited, strlen(edited), path, NULL, &d);
	cr_assert_not_null(l, "%s", d.count ? d.items[0].message : "");
	cr_assert_str_eq(l->exercises[EXERCISE_PRACTICE].criteria[0].title,
			 "Shows a snake_case function");
	cr_assert_str_eq(l->exercises[EXERCISE_PRACTICE].criteria[0].id, "snake-case");
	cr_assert_not(doc_holds(l->doc, "{#"));
	lesson_free(l);
	diags_free(&d);
	free(edited);
	free(text);
	free(path);
}

Test(lesson, id_syntax)
{
	char want[64];

	cr_assert(criterion_id_valid("async-await"));
	cr_assert(criterion_id_valid("f-strings"));
	cr_assert(criterion_id_valid("py3"));
	cr_assert_not(criterion_id_valid(""));
	cr_assert_not(criterion_id_valid("Async"));
	cr_assert_not(criterion_id_valid("async_await"));
	cr_assert_not(criterion_id_valid("-async"));
	cr_assert_not(criterion_id_valid("async-"));
	cr_assert_not(criterion_id_valid("async--await"));
	cr_assert_not(criterion_id_valid("a b"));
	cr_assert_not(criterion_id_valid("abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdefghij"));
	criterion_id_suggest("Uses `asyncio.gather` when it's right", want, sizeof(want));
	cr_assert_str_eq(want, "uses-asyncio-gather");
}

/* The line diff behind a learner's page (util/linediff.h): the smallest
 * edit between two attempts, line numbers on both sides, and the bound on
 * its table. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include "util/buf.h"
#include "util/linediff.h"

/* The diff of A and B as one line per entry: ' ', '+' or '-', the text. */
static char *shown(const char *a, const char *b, struct linediff *d)
{
	struct buf out = BUF_INIT;

	cr_assert_eq(linediff_compute(a, strlen(a), b, strlen(b), d), 0);
	for (size_t i = 0; i < d->count; i++) {
		const struct linediff_line *l = &d->lines[i];

		buf_printf(&out, "%c%.*s\n", " +-"[l->op], (int)l->len, l->text);
	}
	return buf_detach(&out);
}

static void expect_diff(const char *a, const char *b, const char *want)
{
	struct linediff d;
	char *got = shown(a, b, &d);

	cr_expect_str_eq(got, want, "diff of [%s] and [%s]", a, b);
	free(got);
	linediff_free(&d);
}

Test(linediff, equal_texts_are_all_same)
{
	expect_diff("a\nb\n", "a\nb\n", " a\n b\n");
	expect_diff("", "", "");
	expect_diff("x", "x\n", " x\n");
}

Test(linediff, additions_and_removals)
{
	expect_diff("", "a\nb\n", "+a\n+b\n");
	expect_diff("a\nb\n", "", "-a\n-b\n");
	expect_diff("a\nc\n", "a\nb\nc\n", " a\n+b\n c\n");
	expect_diff("a\nb\nc\n", "a\nc\n", " a\n-b\n c\n");
	expect_diff("a\nb\nc\n", "a\nB\nc\n", " a\n-b\n+B\n c\n");
}

Test(linediff, finds_the_longest_common_lines)
{
	/* A moved line costs one removal and one addition, not a rewrite. */
	expect_diff("x\na\nb\nc\n", "a\nb\nc\nx\n", "-x\n a\n b\n c\n+x\n");
	expect_diff("def f():\n    return 1\n\nf()\n", "async def f():\n    return 1\n\nawait f()\n",
		    "-def f():\n+async def f():\n     return 1\n \n-f()\n+await f()\n");
}

Test(linediff, counts_and_numbers_lines_on_both_sides)
{
	struct linediff d;
	char *got = shown("a\nb\nc\n", "a\nB\nc\nd\n", &d);

	cr_expect_eq(d.added, 2);
	cr_expect_eq(d.removed, 1);
	cr_expect_eq(d.coarse, 0);
	cr_assert_eq(d.count, 5);
	cr_expect_eq(d.lines[0].old_no, 1);
	cr_expect_eq(d.lines[0].new_no, 1);
	cr_expect_eq(d.lines[1].op, LINEDIFF_REMOVED);
	cr_expect_eq(d.lines[1].old_no, 2);
	cr_expect_eq(d.lines[1].new_no, 0);
	cr_expect_eq(d.lines[2].op, LINEDIFF_ADDED);
	cr_expect_eq(d.lines[2].old_no, 0);
	cr_expect_eq(d.lines[2].new_no, 2);
	cr_expect_eq(d.lines[3].old_no, 3);
	cr_expect_eq(d.lines[3].new_no, 3);
	cr_expect_eq(d.lines[4].new_no, 4);
	free(got);
	linediff_free(&d);
}

/* Two texts of 2000 different lines each need a 4M-cell table: past the
 * bound, the middle is shown coarsely, still between the common ends. */
Test(linediff, a_huge_middle_is_coarse_not_slow)
{
	struct buf a = BUF_INIT, b = BUF_INIT;
	struct linediff d;

	buf_puts(&a, "same first\n");
	buf_puts(&b, "same first\n");
	for (int i = 0; i < 2000; i++) {
		buf_printf(&a, "old %d\n", i);
		buf_printf(&b, "new %d\n", i);
	}
	buf_puts(&a, "same last\n");
	buf_puts(&b, "same last\n");
	cr_assert_eq(linediff_compute(a.data, a.len, b.data, b.len, &d), 0);
	cr_expect_eq(d.coarse, 1);
	cr_expect_eq(d.added, 2000);
	cr_expect_eq(d.removed, 2000);
	cr_assert_eq(d.count, 4002);
	cr_expect_eq(d.lines[0].op, LINEDIFF_SAME);
	cr_expect_eq(d.lines[4001].op, LINEDIFF_SAME);
	cr_expect_eq(d.lines[4001].old_no, 2002);
	linediff_free(&d);
	buf_free(&a);
	buf_free(&b);
}

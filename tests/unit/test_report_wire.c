/* A report on the wire (report_pack / report_unpack): what comes back prints
 * and ranks exactly as the original, and bytes that are not a whole packed
 * report are refused. */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "grade/report.h"
#include "util/buf.h"
#include "util/xalloc.h"

static const char *const crits[] = { "Uses async/await clearly in Python",
	"Keeps names and return shapes Pythonic", "Runs" };
static const char *const ids[] = { "async", "names" };

static struct report *sample(void)
{
	struct report *r = report_new("04", "rewrite", "rewrite.py", crits, 3);

	report_set_ids(r, ids, 2);
	report_add_finding(r, &(struct report_finding){ .criterion = crits[0], .line = 3,
		.message = "`const config` is JavaScript", .source = REPORT_FROM_HABIT,
		.start = 10, .end = 22, .rule = "js-const" });
	report_add_finding(r, &(struct report_finding){ .criterion = crits[0], .line = 3,
		.message = "await them one after the other", .source = REPORT_FROM_EXERCISE,
		.start = 10, .end = 22, .provisional = 1 });
	report_add_finding(r, &(struct report_finding){ .criterion = crits[1], .pass = 1,
		.line = 5, .message = "returns a dict", .source = REPORT_FROM_HARNESS });
	report_add_finding(r, &(struct report_finding){ .criterion = crits[1], .line = 0,
		.advisory = 1, .message = "name it fetch_all", .source = REPORT_FROM_EXERCISE });
	report_set_error(r, "timed out after 5 s");
	report_set_note(r, "a note");
	report_set_ms(r, 4.25);
	return r;
}

static char *text_of(const struct report *r)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);

	report_print_width(r, f, REPORT_COLOR, 60);
	fclose(f);
	return text;
}

Test(report_wire, round_trip_prints_the_same)
{
	struct report *r = sample(), *back = NULL;
	struct buf b = BUF_INIT;
	char *j1, *j2, *t1, *t2;

	cr_assert_eq(report_pack(r, &b), 0);
	cr_assert_eq(report_unpack(b.data, b.len, &back), 0);
	j1 = report_json(r);
	j2 = report_json(back);
	cr_assert_str_eq(j2, j1);
	t1 = text_of(r);
	t2 = text_of(back);
	cr_assert_str_eq(t2, t1);
	cr_assert_eq(report_status(back), report_status(r));
	cr_assert_eq(report_criterion_passed(back, crits[0]), report_criterion_passed(r, crits[0]));
	free(j1);
	free(j2);
	free(t1);
	free(t2);
	buf_free(&b);
	report_free(back);
	report_free(r);
}

Test(report_wire, every_truncation_and_trailing_byte_is_refused)
{
	struct report *r = sample(), *back = NULL;
	struct buf b = BUF_INIT;

	report_pack(r, &b);
	for (size_t n = 0; n < b.len; n++) {
		char *copy = xmalloc(n ? n : 1);

		memcpy(copy, b.data, n);
		cr_assert_eq(report_unpack(copy, n, &back), -EINVAL, "length %zu accepted", n);
		cr_assert_null(back);
		free(copy);
	}
	buf_putc(&b, 'x');
	cr_assert_eq(report_unpack(b.data, b.len, &back), -EINVAL);
	buf_free(&b);
	report_free(r);
}

Test(report_wire, a_huge_count_or_bad_enum_is_refused)
{
	struct report *r = report_new("04", "rewrite", "f.py", crits, 1), *back = NULL;
	struct buf b = BUF_INIT;
	size_t count_at;

	report_add_check(r, crits[0], 0, 2, "m");
	report_pack(r, &b);
	/* The criteria count follows magic, 5 strings, ms and added. */
	count_at = 4 + (4 + 2) + (4 + 7) + (4 + 4) + 4 + 4 + 8 + 8;
	cr_assert_eq(report_unpack(b.data, b.len, &back), 0);
	report_free(back);
	back = NULL;
	memset(b.data + count_at, 0x7f, 8);
	cr_assert_eq(report_unpack(b.data, b.len, &back), -EINVAL);
	buf_free(&b);
	report_free(r);
}

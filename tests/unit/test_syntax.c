/* syntax_query_new's errors: a negative code, and a message in the
 * caller's struct error saying where and what ("line L, column C: ..." for a
 * query tree-sitter refuses, the predicate for one we refuse). */
#include <criterion/criterion.h>
#include <errno.h>
#include <string.h>
#include "syntax/syntax.h"

static int compile(const char *src, struct error *err)
{
	struct syntax_query *q = (struct syntax_query *)1;
	int rc = syntax_query_new(&q, LANG_PYTHON, src, strlen(src), err);

	if (rc < 0)
		cr_assert_null(q, "*out must be NULL on error");
	syntax_query_free(q);
	return rc;
}

Test(syntax_query, good_query_compiles_and_leaves_err_clear)
{
	struct error err = ERROR_INIT;

	cr_assert_eq(compile("(identifier) @id (#match? @id \"^x\")", &err), 0);
	cr_assert_eq(err.code, 0);
	cr_assert_str_eq(err.message, "");
}

Test(syntax_query, query_error_names_line_and_column)
{
	struct error err = ERROR_INIT;

	cr_assert_eq(compile("(identifier) @a\n  (no_such_node)", &err), -EINVAL);
	cr_assert_eq(err.code, -EINVAL);
	cr_assert_str_eq(err.message, "line 2, column 4: unknown node type in query");
}

Test(syntax_query, predicate_errors)
{
	struct error err = ERROR_INIT;

	cr_assert_eq(compile("((identifier) @a (#frobnicate? @a \"x\"))", &err), -EINVAL);
	cr_assert_str_eq(err.message, "unknown predicate #frobnicate?");
	cr_assert_eq(compile("((identifier) @a (#eq? @a))", &err), -EINVAL);
	cr_assert_str_eq(err.message, "#eq? needs a capture and a value");
	cr_assert_eq(compile("((identifier) @a (#match? @a \"(\"))", &err), -EINVAL);
	cr_assert_str_eq(err.message, "bad regular expression \"(\" in #match?");
	/* Property-only predicates are skipped, not refused. */
	error_clear(&err);
	cr_assert_eq(compile("((identifier) @a (#set! kind \"x\"))", &err), 0);
	cr_assert_eq(err.code, 0);
}

Test(syntax_query, null_err_is_allowed)
{
	cr_assert_eq(compile("(((", NULL), -EINVAL);
}

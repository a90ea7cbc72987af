/* struct error: the code comes back, the message is kept, cut messages stay
 * valid UTF-8, and errno is read before formatting can change it. */
#include <criterion/criterion.h>
#include <errno.h>
#include <string.h>
#include "util/error.h"

Test(error, set_returns_code_and_keeps_message)
{
	struct error e = ERROR_INIT;

	cr_assert_eq(error_set(&e, -EINVAL, "%s:%d: bad key", "rules.yaml", 7), -EINVAL);
	cr_assert_eq(e.code, -EINVAL);
	cr_assert_str_eq(e.message, "rules.yaml:7: bad key");
	error_clear(&e);
	cr_assert_eq(e.code, 0);
	cr_assert_str_eq(e.message, "");
}

Test(error, null_error_still_returns_code)
{
	cr_assert_eq(error_set(NULL, -ENOENT, "x"), -ENOENT);
	errno = EACCES;
	cr_assert_eq(error_errno(NULL, "x"), -EACCES);
}

Test(error, errno_is_named)
{
	struct error e = ERROR_INIT;

	errno = ENOENT;
	cr_assert_eq(error_errno(&e, "cannot open %s", "progress.db"), -ENOENT);
	cr_assert_str_eq(e.message, "cannot open progress.db: No such file or directory");
}

Test(error, wrap_adds_context)
{
	struct error e = ERROR_INIT;

	error_set(&e, -EIO, "disk full");
	cr_assert_eq(error_wrap(&e, "saving %s", "rewrite.py"), -EIO);
	cr_assert_str_eq(e.message, "saving rewrite.py: disk full");
}

Test(error, long_message_cut_on_character_boundary)
{
	struct error e = ERROR_INIT;
	char big[2 * ERROR_MESSAGE_MAX];

	/* "é" is two bytes: an odd prefix makes the cut fall inside one */
	big[0] = 'x';
	for (size_t i = 1; i + 2 < sizeof big; i += 2)
		memcpy(big + i, "\xc3\xa9", 2);
	big[sizeof big - 1] = '\0';
	error_set(&e, -E2BIG, "%s", big);
	size_t n = strlen(e.message);
	cr_assert_lt(n, ERROR_MESSAGE_MAX);
	cr_assert_gt(n, ERROR_MESSAGE_MAX - 4);
	/* the last byte is the end of a complete "é" */
	cr_assert_eq((unsigned char)e.message[n - 1], 0xa9);
	cr_assert_eq((unsigned char)e.message[n - 2], 0xc3);
}

/* Harness files: include lines expanded in place, and every way an include
 * can go wrong named with the file. */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "run/harness.h"
#include "util/fsutil.h"
#include "util/xalloc.h"

static char dir[] = "/tmp/idiom-harness-XXXXXX";

static char *put(const char *name, const char *text)
{
	char *path = fs_join(dir, name);

	cr_assert_eq(fs_mkdirs(dir), 0);
	cr_assert_eq(fs_write_file_atomic(path, text, strlen(text)), 0);
	return path;
}

static void setup(void)
{
	cr_assert_not_null(mkdtemp(dir));
}

static void teardown(void)
{
	char *cmd = xasprintf("rm -rf '%s'", dir);

	cr_assert_eq(system(cmd), 0);
	free(cmd);
	memcpy(dir + strlen(dir) - 6, "XXXXXX", 6);
}

TestSuite(run_harness, .init = setup, .fini = teardown);

Test(run_harness, include_is_expanded_in_place)
{
	char *lib = put("lib.py", "def shared():\n    return 1\n");
	char *h = put("harness.py", "# first\n# idiom: include lib.py\nx = shared()\n");
	char *out;
	struct error err = ERROR_INIT;
	size_t len;

	cr_assert_eq(harness_read(h, 1 << 16, &out, &len, &err), 0, "%s", err.message);
	cr_assert_str_eq(out, "# first\ndef shared():\n    return 1\nx = shared()\n");
	cr_assert_eq(len, strlen(out));
	free(out);
	free(lib);
	free(h);
}

Test(run_harness, a_comment_mentioning_include_is_not_one)
{
	char *lib = put("lib.py", "# write `# idiom: include lib.py` in a harness\nY = 2\n");
	char *h = put("harness.py", "# idiom: include lib.py\n");
	char *out;
	struct error err = ERROR_INIT;
	size_t len;

	cr_assert_eq(harness_read(h, 1 << 16, &out, &len, &err), 0, "%s", err.message);
	cr_assert(strstr(out, "Y = 2"));
	free(out);
	free(lib);
	free(h);
}

Test(run_harness, bad_includes_are_named)
{
	char *nested = put("nested.py", "# idiom: include lib.py\n");
	char *h1 = put("h1.py", "# idiom: include missing.py\n");
	char *h2 = put("h2.py", "# idiom: include /etc/passwd\n");
	char *h3 = put("h3.py", "# idiom: include nested.py\n");
	char *out;
	struct error err = ERROR_INIT;
	size_t len;

	cr_assert_lt(harness_read(h1, 1 << 16, &out, &len, &err), 0);
	cr_assert(strstr(err.message, "h1.py: cannot include missing.py: No such file"), "%s",
		  err.message);
	cr_assert_eq(err.code, -ENOENT);
	cr_assert_lt(harness_read(h2, 1 << 16, &out, &len, &err), 0);
	cr_assert(strstr(err.message, "give a path relative to the harness"), "%s", err.message);
	cr_assert_lt(harness_read(h3, 1 << 16, &out, &len, &err), 0);
	cr_assert(strstr(err.message, "includes go one level deep"), "%s", err.message);
	cr_assert_eq(err.code, -EINVAL);
	cr_assert_null(out);
	free(nested);
	free(h1);
	free(h2);
	free(h3);
}

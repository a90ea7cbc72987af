/* Answer shapes (syntax/shape.h): answers that differ only in comments,
 * docstrings, formatting or the names they choose share a shape; answers
 * that do something else do not. */
#include <criterion/criterion.h>
#include <string.h>
#include "syntax/shape.h"
#include "util/xalloc.h"

static const char *const keep[] = { "load_config_and_user", "load_config", "fetch_user", NULL };

static char *text_of(const char *src)
{
	struct buf b = BUF_INIT;

	cr_assert_eq(shape_normalise(src, strlen(src), keep, &b), 0);
	return b.data ? buf_detach(&b) : xstrdup("");
}

static void key_of(const char *src, char key[SHAPE_KEY_SIZE])
{
	cr_assert_eq(shape_of(src, strlen(src), keep, key, NULL), 0);
}

static const char plain[] =
	"import asyncio\n"
	"\n"
	"async def load_config_and_user(user_id):\n"
	"    config, user = await asyncio.gather(load_config(), fetch_user(user_id))\n"
	"    return {'config': config, 'user': user}\n";

static const char dressed[] =
	"\"\"\"Loads both at once.\"\"\"\n"
	"import asyncio  # the event loop\n"
	"\n\n"
	"async def load_config_and_user( uid ) :\n"
	"    \"\"\"Both requests run together.\"\"\"\n"
	"    # gather keeps the order of its arguments\n"
	"    cfg , who = await asyncio.gather(\n"
	"        load_config(),\n"
	"        fetch_user(uid)\n"
	"    )\n"
	"    return {\"config\": cfg, \"user\": who}\n";

Test(shape, comments_docstrings_names_and_layout_do_not_matter)
{
	char a[SHAPE_KEY_SIZE], b[SHAPE_KEY_SIZE];
	char *ta = text_of(plain), *tb = text_of(dressed);

	cr_assert_str_eq(ta, tb);
	key_of(plain, a);
	key_of(dressed, b);
	cr_assert_str_eq(a, b);
	free(ta);
	free(tb);
}

Test(shape, the_normalised_text)
{
	char *t = text_of(plain);

	cr_assert_str_eq(t, "import asyncio\n"
			 "async def load_config_and_user(v1):\n"
			 "    v2, v3 = await asyncio.gather(load_config(), fetch_user(v1))\n"
			 "    return {\"config\": v2, \"user\": v3}\n");
	free(t);
}

Test(shape, a_real_difference_is_another_shape)
{
	static const char sequential[] =
		"async def load_config_and_user(user_id):\n"
		"    config = await load_config()\n"
		"    user = await fetch_user(user_id)\n"
		"    return {'config': config, 'user': user}\n";
	char a[SHAPE_KEY_SIZE], b[SHAPE_KEY_SIZE];

	key_of(plain, a);
	key_of(sequential, b);
	cr_assert_str_neq(a, b);
}

Test(shape, required_names_are_kept_and_others_are_not)
{
	static const char camel[] =
		"async def loadConfigAndUser(userId):\n"
		"    return await fetch_user(userId)\n";
	char *t = text_of(camel);

	cr_assert_str_eq(t, "async def v1(v2):\n    return await fetch_user(v2)\n");
	free(t);
}

Test(shape, attributes_keywords_and_builtins_keep_their_names)
{
	static const char src[] =
		"def f(items, key):\n"
		"    items.sort(key=key)\n"
		"    for i, item in enumerate(items):\n"
		"        print(item.key, i)\n";
	char *t = text_of(src);

	cr_assert_str_eq(t, "def v1(v2, v3):\n"
			 "    v2.sort(key=v3)\n"
			 "    for v4, v5 in enumerate(v2):\n"
			 "        print(v5.key, v4)\n");
	free(t);
}

Test(shape, a_literal_that_differs_is_another_shape)
{
	char a[SHAPE_KEY_SIZE], b[SHAPE_KEY_SIZE];

	key_of("x = 1\n", a);
	key_of("x = 2\n", b);
	cr_assert_str_neq(a, b);
	key_of("y = 'a'\n", b);
	key_of("x = \"a\"\n", a);
	cr_assert_str_eq(a, b);
}

Test(shape, broken_and_deep_code_still_has_a_shape)
{
	size_t n = 20000;
	char *deep = xmalloc(2 * n + 1);
	char key[SHAPE_KEY_SIZE];

	memset(deep, '(', n);
	memset(deep + n, ')', n);
	deep[2 * n] = '\0';
	key_of(deep, key);
	cr_assert_eq(strlen(key), 16);
	key_of("def f(:\n  return\n", key);
	key_of("", key);
	free(deep);
}

Test(shape, module_names_are_the_top_level_definitions)
{
	static const char src[] =
		"import asyncio\n"
		"TIMEOUT = 3\n"
		"@cache\n"
		"def load_config():\n"
		"    inner = 1\n"
		"class Store:\n"
		"    pass\n"
		"a.b = 2\n";
	char **names = shape_module_names(src, sizeof(src) - 1);

	cr_assert_not_null(names);
	cr_assert_str_eq(names[0], "TIMEOUT");
	cr_assert_str_eq(names[1], "load_config");
	cr_assert_str_eq(names[2], "Store");
	cr_assert_null(names[3]);
	shape_names_free(names);
}

Test(shape, prose_is_its_words)
{
	struct buf a = BUF_INIT, b = BUF_INIT;

	cr_assert_eq(shape_normalise_prose("Use `is None`,\n  not falsy!", 27, &a), 0);
	cr_assert_eq(shape_normalise_prose("use is none not FALSY", 21, &b), 0);
	cr_assert_str_eq(a.data, "use is none not falsy\n");
	cr_assert_str_eq(a.data, b.data);
	buf_free(&a);
	buf_free(&b);
}

Test(shape, every_kind_of_binding_is_canonicalised)
{
	static const char a[] =
		"def f(data, *rest, flag=False, **options):\n"
		"    with open(data) as fh:\n"
		"        try:\n"
		"            lines = [line for line in fh if (n := len(line))]\n"
		"        except OSError as err:\n"
		"            raise ValueError(err) from err\n"
		"    first, *others = rest\n"
		"    return lambda item, k=1: item + k\n";
	static const char b[] =
		"def g(path, *args, verbose=False, **kw):\n"
		"    with open(path) as f:\n"
		"        try:\n"
		"            rows = [r for r in f if (m := len(r))]\n"
		"        except OSError as exc:\n"
		"            raise ValueError(exc) from exc\n"
		"    head, *tail = args\n"
		"    return lambda x, y=1: x + y\n";
	char *ta = text_of(a), *tb = text_of(b);

	cr_assert_str_eq(ta, tb);
	/* Keyword parameters keep their place, not their name, in the text;
	 * the call's keyword (open's) would stay, as would the builtins. */
	cr_assert(strstr(ta, "open(v2) as v6"), "%s", ta);
	cr_assert(strstr(ta, "except OSError as v"), "%s", ta);
	free(ta);
	free(tb);
}

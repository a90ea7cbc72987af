/* The quick reader of API bodies: it reads the flat objects the browser
 * sends exactly as jansson does, and declines everything else (which then
 * goes to jansson for its answer or its error message). */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "web/body.h"

static void expect_read(const char *body, const char *lesson, const char *exercise,
			const char *answer, size_t answer_len)
{
	struct body_fields f;

	cr_assert_eq(body_read_flat(body, strlen(body), &f), 0, "declined: %s", body);
	cr_expect(lesson ? f.lesson && strcmp(f.lesson, lesson) == 0 : !f.lesson, "lesson of %s", body);
	cr_expect(exercise ? f.exercise && strcmp(f.exercise, exercise) == 0 : !f.exercise,
		  "exercise of %s", body);
	if (answer) {
		cr_expect_eq(f.answer_len, answer_len, "answer length of %s", body);
		cr_expect(f.answer && memcmp(f.answer, answer, answer_len) == 0, "answer of %s", body);
	} else {
		cr_expect(!f.answer, "answer of %s", body);
	}
	body_fields_free(&f);
}

static void expect_declined(const char *body, size_t len)
{
	struct body_fields f;

	cr_expect_eq(body_read_flat(body, len, &f), -EINVAL, "read: %s", body);
	cr_expect(!f.lesson && !f.exercise && !f.answer);
}

Test(body, reads_the_usual_request)
{
	expect_read("{\"lesson\": \"04\", \"exercise\": \"rewrite\", \"answer\": \"x = 1\\n\"}",
		    "04", "rewrite", "x = 1\n", 6);
	expect_read(" \n{ \"exercise\" :\"reflect\",\r\n\t\"lesson\":\"4\" }\n", "4", "reflect", NULL, 0);
	expect_read("{}", NULL, NULL, NULL, 0);
	expect_read("{\"answer\": \"\"}", NULL, NULL, "", 0);
	expect_read("{\"note\": \"ignored\", \"lesson\": \"04\"}", "04", NULL, NULL, 0);
}

Test(body, decodes_every_escape)
{
	expect_read("{\"answer\": \"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\"}", NULL, NULL,
		    "\" \\ / \b \f \n \r \t", 15);
	expect_read("{\"answer\": \"caf\\u00e9 \\u20AC \\ud83d\\udc0d\"}", NULL, NULL,
		    "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x90\x8d", 14);
	expect_read("{\"answer\": \"caf\xc3\xa9 \xf0\x9f\x90\x8d\"}", NULL, NULL,
		    "caf\xc3\xa9 \xf0\x9f\x90\x8d", 10);
}

Test(body, declines_everything_else)
{
	static const char *const bodies[] = {
		"", "[]", "\"04\"", "{", "{\"lesson\": \"04\"", "{\"lesson\" \"04\"}",
		"{\"lesson\": 4}", "{\"lesson\": null}", "{\"lesson\": [\"04\"]}", "{\"lesson\": {}}",
		"{\"lesson\": \"04\",}", "{\"lesson\": \"04\"} x", "{\"lesson\": \"04\", \"lesson\": \"05\"}",
		"{\"les\\u0073on\": \"04\"}", "{\"answer\": \"a\\u0000b\"}", "{\"answer\": \"\\udc00\"}",
		"{\"answer\": \"\\ud83d\"}", "{\"answer\": \"\\ud83d\\u0041\"}", "{\"answer\": \"\\x41\"}",
		"{\"answer\": \"\\u12\"}", "{\"answer\": \"tab\there\"}", "{\"answer\": \"\xc3\x28\"}",
		"{\"answer\": \"\xed\xa0\x80\"}", "{\"answer\": \"\xc0\xaf\"}", "{\"answer\": \"\xf4\x90\x80\x80\"}",
		"{\"answer\": \"\xe2\x82\"}", "{'lesson': '04'}",
		"{\"a\":\"1\",\"b\":\"2\",\"c\":\"3\",\"d\":\"4\",\"e\":\"5\",\"f\":\"6\",\"g\":\"7\",\"h\":\"8\",\"i\":\"9\"}",
	};

	for (size_t i = 0; i < sizeof(bodies) / sizeof(bodies[0]); i++)
		expect_declined(bodies[i], strlen(bodies[i]));
	expect_declined(NULL, 0);	/* a POST without a body */
	expect_declined("{\"lesson\": \"04\"}\0", 17);	/* a NUL after the object */
	expect_declined("{\"lesson\": \"0\0004\"}", 18);	/* a raw NUL in a string */
}

/* Random bodies built from JSON pieces, good and bad: whatever the reader
 * takes, jansson reads to the same strings; and it takes the plain ones. */
Test(body, agrees_with_jansson_on_random_bodies)
{
	static const char *const keys[] = { "\"lesson\"", "\"exercise\"", "\"answer\"", "\"x\"",
		"\"lesson\"" };
	static const char *const values[] = { "\"04\"", "\"rewrite\"", "\"a\\nb\"", "\"\\u00e9\"",
		"\"\\ud83d\\udc0d\"", "\"caf\xc3\xa9\"", "4", "null", "\"\\u0000\"", "\"\xff\"", "[]", "\"\"" };
	static const char *const seps[] = { ",", " , ", ",\n", ";" };
	unsigned seed = 7;
	int read = 0;

	for (int round = 0; round < 3000; round++) {
		char body[512] = "{";
		int n = (int)(rand_r(&seed) % 4);
		struct body_fields f;
		json_error_t err;
		json_t *root;

		for (int i = 0; i < n; i++) {
			if (i)
				strcat(body, seps[rand_r(&seed) % 4]);
			strcat(body, keys[rand_r(&seed) % 5]);
			strcat(body, rand_r(&seed) % 8 ? ": " : " ");
			strcat(body, values[rand_r(&seed) % 12]);
		}
		strcat(body, rand_r(&seed) % 10 ? "}" : "} ,");
		if (body_read_flat(body, strlen(body), &f) < 0)
			continue;
		read++;
		root = json_loadb(body, strlen(body), JSON_REJECT_DUPLICATES, &err);
		cr_assert(json_is_object(root), "jansson refuses what was read: %s (%s)", body, err.text);
		cr_assert(!json_object_get(root, "lesson") ||
			  strcmp(json_string_value(json_object_get(root, "lesson")), f.lesson) == 0, "%s", body);
		cr_assert(!json_object_get(root, "answer") ||
			  (json_string_length(json_object_get(root, "answer")) == f.answer_len &&
			   memcmp(json_string_value(json_object_get(root, "answer")), f.answer, f.answer_len) == 0),
			  "%s", body);
		json_decref(root);
		body_fields_free(&f);
	}
	cr_expect_gt(read, 300, "only %d of the random bodies were plain enough", read);
}

/* The fixed shape of a lesson: its sections, in order, and what each holds.
 * Changing this table changes the lesson format: update docs/lesson-format.md. */
#include <errno.h>
#include <string.h>
#include <strings.h>
#include "course/lesson.h"
#include "util/banned.h"

const struct section_spec section_specs[SEC_COUNT] = {
	[SEC_OBJECTIVES] = { "By the end of this lesson you can", "objectives", CONTENT_LIST, {{0}}, 0 },
	[SEC_OVERVIEW] = { "Overview", "overview", CONTENT_TEXT, {
		{ "In JavaScript/Node, you often", CONTENT_TEXT },
		{ "In Python, the common pattern is", CONTENT_TEXT },
		{ "Why this difference matters", CONTENT_TEXT } }, 3 },
	[SEC_GLANCE] = { "At a glance", "glance", CONTENT_ANY, {
		{ "JavaScript/Node", CONTENT_JS },
		{ "Python", CONTENT_PYTHON } }, 2 },
	[SEC_DEEPER] = { "Deeper comparison", "deeper", CONTENT_ANY, {
		{ "JavaScript/Node version", CONTENT_JS },
		{ "Python version", CONTENT_PYTHON } }, 2 },
	[SEC_REFLECT] = { "Reflect", "reflect", CONTENT_TEXT, {
		{ "What a strong answer notices", CONTENT_TEXT } }, 1 },
	[SEC_REWRITE] = { "Rewrite", "rewrite", CONTENT_TEXT, {
		{ "Rewrite this JavaScript/Node", CONTENT_JS },
		{ "What good looks like", CONTENT_LIST } }, 2 },
	[SEC_PRACTICE] = { "Practice", "practice", CONTENT_TEXT, {
		{ "Success criteria", CONTENT_LIST } }, 1 },
	[SEC_MISTAKES] = { "Common mistakes", "mistakes", CONTENT_LIST, {{0}}, 0 },
	[SEC_TAKEAWAYS] = { "Takeaways", "takeaways", CONTENT_LIST, {{0}}, 0 },
};

static const char *const exercise_names[] = { "reflect", "rewrite", "practice" };

/* Indexed by enum exercise_kind (a cast by position): one name each, no
 * NULL hole if the enum grows. */
_Static_assert(sizeof(exercise_names) / sizeof(exercise_names[0]) == EXERCISE_COUNT,
	       "a name per exercise_kind");

int section_find(const char *name, enum section_id *out)
{
	for (int i = 0; i < SEC_COUNT; i++) {
		if (strcasecmp(name, section_specs[i].key) == 0 ||
		    strcasecmp(name, section_specs[i].title) == 0) {
			*out = (enum section_id)i;
			return 0;
		}
	}
	return -ENOENT;
}

const char *exercise_kind_name(enum exercise_kind kind)
{
	return exercise_names[kind];
}

int exercise_kind_from_name(const char *name, enum exercise_kind *out)
{
	for (int i = 0; i < EXERCISE_COUNT; i++) {
		if (strcasecmp(name, exercise_names[i]) == 0) {
			*out = (enum exercise_kind)i;
			return 0;
		}
	}
	return -ENOENT;
}

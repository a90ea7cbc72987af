/* The web app's state; see app.h. */
#include <string.h>
#include "web/app.h"
#include "util/banned.h"

struct grader *web_quick_grader(struct web *w)
{
	struct grader *a = pthread_getspecific(w->quick_key);

	if (!a) {
		a = grader_new(w->course, GRADER_STATIC_ONLY);
		if (pthread_setspecific(w->quick_key, a) != 0) {
			grader_free(a);
			return NULL;
		}
	}
	return a;
}

struct lesson *web_find_lesson(struct web *w, const char *name)
{
	if (!name[0] || strlen(name) > 64 || strchr(name, '/'))
		return NULL;
	return course_find(w->course, name);
}

int web_lesson_index(const struct web *w, const struct lesson *l)
{
	for (size_t i = 0; i < w->course->count; i++)
		if (w->course->lessons[i] == l)
			return (int)i;
	return -1;
}

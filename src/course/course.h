/* A course: a directory with course.yaml and one directory per lesson
 * (NN-slug/lesson.md).  Loading validates every lesson and the course as a
 * whole (unique numbers, directory names that match the front matter). */
#ifndef IDIOM_COURSE_H
#define IDIOM_COURSE_H
#include <stddef.h>
#include "course/lesson.h"
#include "util/diag.h"

struct course {
	char *dir;
	char *title;
	int sequential;		/* lessons unlock one after another */
	struct lesson **lessons;	/* sorted by number */
	size_t count;
};

/* The course to use: $IDIOM_COURSE, else courses/js-to-python beside the
 * binary, else the installed data directory.  You own the result. */
char *course_default_dir(void);

/* Loads the course at DIR.  Returns NULL when any problem was found, each
 * added to DIAGS (all of them, not only the first).  You own the course. */
struct course *course_load(const char *dir, struct diags *diags);
void course_free(struct course *course);

/* Finds a lesson by "4", "04" or slug ("async").  Returns NULL if none. */
struct lesson *course_find(const struct course *course, const char *name);

/* For "no such lesson" messages: the closest number or slug, or NULL. */
const char *course_nearest(const struct course *course, const char *name, char out[64]);

#endif

/* Course loading: course.yaml plus every NN-slug/ lesson directory, checked
 * together (unique numbers, names that match the front matter). */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "course/course.h"
#include "util/fsutil.h"
#include "util/limits.h"
#include "util/text.h"
#include "util/xalloc.h"
#include "util/yamldoc.h"
#include "util/banned.h"

#ifndef IDIOM_DATADIR
#define IDIOM_DATADIR "/usr/local/share/idiom"
#endif

char *course_default_dir(void)
{
	const char *env = getenv("IDIOM_COURSE");
	char *exe;
	char *dir;

	if (env && env[0])
		return xstrdup(env);
	exe = fs_exe_dir();
	if (exe) {
		/* The binary sits at the repository root, in build/<kind>/, or in
		 * PREFIX/bin after `make install` (the course in PREFIX/share). */
		static const char *const rel[] = { "courses/js-to-python", "../../courses/js-to-python",
						   "../share/idiom/courses/js-to-python" };

		for (size_t i = 0; i < sizeof(rel) / sizeof(rel[0]); i++) {
			dir = fs_join(exe, rel[i]);
			if (fs_is_dir(dir)) {
				free(exe);
				return dir;
			}
			free(dir);
		}
		free(exe);
	}
	return xstrdup(IDIOM_DATADIR "/courses/js-to-python");
}

/* course.yaml: title (required) and unlock: open|sequential (default open). */
struct course_file {
	struct yamldoc doc;
	struct course *course;
};

static void course_field(void *ctx, const char *key, yaml_node_t *value)
{
	static const char *const unlock[] = { "open", "sequential", NULL };
	struct course_file *cf = ctx;
	const char *text = yamldoc_scalar(value);

	if (strcmp(key, "title") == 0 && text && text[0]) {
		free(cf->course->title);
		cf->course->title = xstrdup(text);
	} else if (strcmp(key, "title") == 0) {
		yamldoc_problem(&cf->doc, value, "'title' must be the course's name");
	} else if (text && strcmp(text, unlock[0]) == 0) {
		cf->course->sequential = 0;
	} else if (text && strcmp(text, unlock[1]) == 0) {
		cf->course->sequential = 1;
	} else {
		yamldoc_problem(&cf->doc, value, "'unlock' must be 'open' (every lesson open) or "
				"'sequential'");
	}
}

static int course_read_file(struct course *c, const char *path, struct diags *diags)
{
	static const char *const keys[] = { "title", "unlock", NULL };
	struct course_file cf = { .course = c };
	char *text;
	size_t len;
	int rc = fs_read_file(path, IDIOM_COURSE_FILE_MAX, &text, &len);

	if (rc < 0) {
		diags_add(diags, path, 0, "cannot be read: %s; a course directory needs a course.yaml",
			  strerror(-rc));
		return rc;
	}
	rc = yamldoc_load(&cf.doc, path, 1, text, len, diags);
	if (rc == 0) {
		yamldoc_each_key(&cf.doc, yamldoc_root(&cf.doc), "course.yaml", keys, course_field, &cf);
		if (!c->title)
			yamldoc_problem(&cf.doc, NULL, "course.yaml lacks 'title'; add a line like "
					"'title: JavaScript to Python'");
		rc = cf.doc.problems ? -EINVAL : 0;
	}
	yamldoc_free(&cf.doc);
	free(text);
	return rc;
}

/* A lesson directory is named NN-slug. */
static int lesson_dir_name(const char *name)
{
	return isdigit((unsigned char)name[0]) && isdigit((unsigned char)name[1]) && name[2] == '-';
}

/* A folder holding a lesson.md but not named NN-slug would be skipped
 * silently; say so instead. */
static void report_misnamed(const char *path, const char *name, struct diags *diags)
{
	char *lesson = fs_join(path, "lesson.md");

	if (access(lesson, F_OK) == 0)
		diags_add(diags, lesson, 0, "is not read: its folder '%s' is not named like a lesson; "
			  "rename it to NN-slug, like 04-async", name);
	free(lesson);
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char **list_lesson_dirs(const char *dir, size_t *count, struct diags *diags)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t cap = 0;

	*count = 0;
	if (!d) {
		int saved = errno;	/* before anything else can change it */

		diags_add(diags, dir, 0, "cannot open the course directory: %s", strerror(saved));
		return NULL;
	}
	while ((e = readdir(d)) != NULL) {
		char *path;

		if (e->d_name[0] == '.')
			continue;
		path = fs_join(dir, e->d_name);
		if (!lesson_dir_name(e->d_name)) {
			report_misnamed(path, e->d_name, diags);
			free(path);
			continue;
		}
		if (fs_is_dir(path)) {
			names = xgrow(names, &cap, *count + 1, sizeof(*names));
			names[(*count)++] = xstrdup(e->d_name);
		}
		free(path);
	}
	closedir(d);
	qsort(names, *count, sizeof(*names), compare_names);
	return names;
}

static void check_dir_name(const struct lesson *l, const char *name, struct diags *diags)
{
	char *want = xasprintf("%02d-%s", l->number, l->slug);

	if (strcmp(want, name) != 0)
		diags_add(diags, l->path, 2, "the directory is '%s' but the front matter says number %d, "
			  "slug '%s'; rename the directory to '%s' or fix the front matter",
			  name, l->number, l->slug, want);
	free(want);
}

static int check_unique(struct course *c, struct lesson *l, struct diags *diags)
{
	for (size_t i = 0; i < c->count; i++) {
		if (c->lessons[i]->number == l->number) {
			diags_add(diags, l->path, 2, "lesson number %d is already used by %s; "
				  "give each lesson its own number", l->number, c->lessons[i]->path);
			return -EEXIST;
		}
		if (strcmp(c->lessons[i]->slug, l->slug) == 0) {
			diags_add(diags, l->path, 3, "slug '%s' is already used by %s; give each lesson its own slug",
				  l->slug, c->lessons[i]->path);
			return -EEXIST;
		}
	}
	return 0;
}

static void load_lessons(struct course *c, struct diags *diags)
{
	size_t n;
	char **names = list_lesson_dirs(c->dir, &n, diags);
	size_t before = diags->count;

	c->lessons = xcalloc(n + 1, sizeof(*c->lessons));
	for (size_t i = 0; i < n; i++) {
		char *dir = fs_join(c->dir, names[i]);
		struct lesson *l = lesson_load(dir, diags);

		if (l) {
			check_dir_name(l, names[i], diags);
			if (check_unique(c, l, diags) == 0)
				c->lessons[c->count++] = l;
			else
				lesson_free(l);
		}
		free(dir);
		free(names[i]);
	}
	free(names);
	if (n == 0 && diags->count == before)
		diags_add(diags, c->dir, 0, "holds no lessons; add a directory like 04-async/ with a lesson.md");
}

struct course *course_load(const char *dir, struct diags *diags)
{
	struct course *c = xcalloc(1, sizeof(*c));
	char *file = fs_join(dir, "course.yaml");
	size_t before = diags->count;

	c->dir = xstrdup(dir);
	if (!fs_is_dir(dir)) {
		diags_add(diags, dir, 0, "is not a course directory (it does not exist or is not a "
			  "directory); set IDIOM_COURSE or pass the path of a course");
		free(file);
		course_free(c);
		return NULL;
	}
	course_read_file(c, file, diags);
	free(file);
	load_lessons(c, diags);
	if (diags->count > before) {
		course_free(c);
		return NULL;
	}
	return c;
}

void course_free(struct course *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->count; i++)
		lesson_free(c->lessons[i]);
	free(c->lessons);
	free(c->title);
	free(c->dir);
	free(c);
}

struct lesson *course_find(const struct course *c, const char *name)
{
	char *end;
	long number = strtol(name, &end, 10);

	for (size_t i = 0; i < c->count; i++) {
		struct lesson *l = c->lessons[i];

		if ((*name && !*end && number == l->number) || strcmp(name, l->slug) == 0)
			return l;
		if (lesson_dir_name(name) && strncmp(name + 3, l->slug, strlen(l->slug) + 1) == 0 &&
		    atoi(name) == l->number)
			return l;
	}
	return NULL;
}

const char *course_nearest(const struct course *c, const char *name, char out[64])
{
	const char **names = xcalloc(c->count + 1, sizeof(*names));
	const char *near;

	for (size_t i = 0; i < c->count; i++)
		names[i] = c->lessons[i]->slug;
	near = text_nearest(name, names);
	if (near)
		snprintf(out, 64, "%s", near);
	free(names);
	return near ? out : NULL;
}

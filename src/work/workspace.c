/* Where the learner's files live; see workspace.h. */
#include <stdio.h>
#include <stdlib.h>
#include "work/workspace.h"
#include "util/fsutil.h"
#include "util/xalloc.h"
#include "util/banned.h"

char *workspace_home(void)
{
	const char *home = getenv("IDIOM_HOME");

	if (home && home[0])
		return xstrdup(home);
	home = getenv("HOME");
	if (home && home[0])
		return fs_join(home, "idiom");
	fprintf(stderr, "idiom: neither IDIOM_HOME nor HOME is set; set IDIOM_HOME to the folder for your work\n");
	return NULL;
}

char *workspace_lesson_dir(const char *home, const struct lesson *l)
{
	char *name = xasprintf("%02d-%s", l->number, l->slug);
	char *dir = fs_join(home, name);

	free(name);
	return dir;
}

const char *workspace_file_name(enum exercise_kind kind)
{
	static const char *const names[EXERCISE_COUNT] = { "reflect.md", "rewrite.py", "practice.py" };

	return names[kind];
}

char *workspace_starter_path(const struct exercise *ex)
{
	return fs_join(ex->dir, ex->kind == EXERCISE_REFLECT ? "starter.md" : "starter.py");
}

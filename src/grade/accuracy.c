/* The accuracy measurement (see accuracy.h): grade, compare per criterion,
 * count.  Answers are graded exactly as `idiom check` grades them, one warm
 * grader for the whole set. */
#include "grade/accuracy.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "grade/examples.h"
#include "util/fsutil.h"
#include "util/limits.h"
#include "util/xalloc.h"
#include "util/banned.h"

static void count_one(struct accuracy_count *c, int labelled_pass, int graded_pass)
{
	c->verdicts++;
	c->agree += labelled_pass == graded_pass;
	if (labelled_pass) {
		c->correct++;
		c->false_fail += !graded_pass;
	} else {
		c->wrong++;
		c->false_pass += graded_pass;
	}
}

static void add_miss(struct accuracy *a, const char *file, const char *criterion, int labelled_pass)
{
	a->misses = xgrow(a->misses, &a->misses_cap, a->nmisses + 1, sizeof(*a->misses));
	a->misses[a->nmisses++] = (struct accuracy_miss){ xstrdup(file), xstrdup(criterion),
							  labelled_pass };
}

/* Grades one labelled answer E of exercise KIND of L and counts it into X. */
static void measure_answer(struct grader *g, const struct lesson *l, enum exercise_kind kind,
			   const char *dir, const struct example_expectation *e,
			   struct accuracy *a, struct accuracy_exercise *x, struct diags *diags)
{
	char *path = fs_join(dir, e->file);
	struct report *r = NULL;
	char *src = NULL;
	size_t len;

	if (fs_read_file(path, IDIOM_ANSWER_MAX, &src, &len) < 0) {
		diags_add(diags, path, 0, "cannot be read (a labelled answer)");
	} else if (!(r = grader_check(g, l, kind, e->file, src, len, NULL, diags))) {
		diags_add(diags, path, 0, "could not be graded");
	} else {
		x->answers++;
		for (size_t i = 0; i < e->ncriteria; i++) {
			int got = report_criterion_passed(r, e->titles[i]) == 1;

			count_one(&x->count, e->passes[i], got);
			count_one(&a->all, e->passes[i], got);
			count_one(kind == EXERCISE_REFLECT ? &a->text : &a->code, e->passes[i], got);
			if (got != e->passes[i])
				add_miss(a, path, e->titles[i], e->passes[i]);
		}
	}
	report_free(r);
	free(src);
	free(path);
}

static void measure_exercise(struct grader *g, const struct lesson *l, enum exercise_kind kind,
			     const char *dir, struct accuracy *a, struct diags *diags)
{
	char *labels = fs_join(dir, "labels.yaml");
	struct example_set set;
	struct accuracy_exercise *x;

	if (example_set_load_file(labels, &l->exercises[kind], 1, &set, diags) == 0) {
		a->exercises = xgrow(a->exercises, &a->exercises_cap, a->nexercises + 1,
				     sizeof(*a->exercises));
		x = &a->exercises[a->nexercises++];
		memset(x, 0, sizeof(*x));
		x->lesson = l->number;
		x->kind = kind;
		for (size_t i = 0; i < set.count; i++)
			if (set.items[i].status)
				measure_answer(g, l, kind, dir, &set.items[i], a, x, diags);
	}
	example_set_release(&set);
	free(labels);
}

/* The lesson of COURSE whose folder name (NN-slug) is NAME, or NULL. */
static const struct lesson *lesson_named(const struct course *c, const char *name)
{
	char want[300];

	for (size_t i = 0; i < c->count; i++) {
		snprintf(want, sizeof(want), "%02d-%s", c->lessons[i]->number, c->lessons[i]->slug);
		if (strcmp(want, name) == 0)
			return c->lessons[i];
	}
	return NULL;
}

static int by_name(const struct dirent **x, const struct dirent **y)
{
	return strcmp((*x)->d_name, (*y)->d_name);
}

int accuracy_measure(struct grader *g, const struct course *course, const char *dir,
		     struct accuracy *out, struct diags *diags)
{
	struct dirent **names;
	int n = scandir(dir, &names, NULL, by_name);

	memset(out, 0, sizeof(*out));
	if (n < 0) {
		diags_add(diags, dir, 0, "cannot be read: %s", strerror(errno));
		return -ENOENT;
	}
	for (int i = 0; i < n; i++) {
		const char *name = names[i]->d_name;
		const struct lesson *l = name[0] == '.' ? NULL : lesson_named(course, name);

		for (int k = 0; l && k < EXERCISE_COUNT; k++) {
			char *sub = fs_join(dir, name);
			char *exdir = fs_join(sub, exercise_kind_name((enum exercise_kind)k));
			char *labels = fs_join(exdir, "labels.yaml");

			if (access(labels, R_OK) == 0)
				measure_exercise(g, l, (enum exercise_kind)k, exdir, out, diags);
			free(labels);
			free(exdir);
			free(sub);
		}
		free(names[i]);
	}
	free(names);
	return out->nexercises ? 0 : -ENOENT;
}

void accuracy_release(struct accuracy *a)
{
	for (size_t i = 0; i < a->nmisses; i++) {
		free(a->misses[i].file);
		free(a->misses[i].criterion);
	}
	free(a->misses);
	free(a->exercises);
	memset(a, 0, sizeof(*a));
}

/* The current exercise and the finish line; see finish.h.  Passes come from
 * the store's summary of the lesson (passed since the last reset). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "cmd/finish.h"
#include "cmd/common.h"
#include "render/block.h"
#include "util/buf.h"
#include "util/fsutil.h"
#include "util/limits.h"
#include "util/banned.h"

/* PASSED[k]: exercise k of L passed since its last reset. */
static void passes_of(const struct learner *lr, const struct lesson *l,
		      int passed[EXERCISE_COUNT])
{
	struct store_summary sum;
	struct error err = ERROR_INIT;

	memset(passed, 0, sizeof(int) * EXERCISE_COUNT);
	if (!lr->store || store_summary(lr->store, l->number, &sum, &err) < 0)
		return;
	for (int k = 0; k < EXERCISE_COUNT && k < STORE_EXERCISE_COUNT; k++)
		passed[k] = sum.exercises[k].passed;
	store_summary_free(&sum);
}

int finish_next_exercise(const struct learner *lr, const struct lesson *l,
			 enum exercise_kind kind)
{
	int passed[EXERCISE_COUNT];

	passes_of(lr, l, passed);
	for (int i = 1; i <= EXERCISE_COUNT; i++) {
		int k = ((int)kind + i) % EXERCISE_COUNT;

		if (!passed[k])
			return k;
	}
	return -1;
}

int finish_current(const struct learner *lr, const struct course *c, struct lesson **l,
		   enum exercise_kind *kind)
{
	int next;

	if (!*l) {
		struct learn_course lc;
		struct error err = ERROR_INIT;

		learn_course_load(lr, c, &lc, &err);
		if (lc.next >= 0)
			*l = c->lessons[lc.next];
		learn_course_free(&lc);
		if (!*l) {
			cmd_errorf("every lesson is done; name one, like 'idiom check 4 rewrite'");
			return -ENOENT;
		}
	}
	/* The first not passed: the one "after" the last in course order. */
	next = finish_next_exercise(lr, *l, (enum exercise_kind)(EXERCISE_COUNT - 1));
	*kind = next < 0 ? EXERCISE_REFLECT : (enum exercise_kind)next;
	return 0;
}

void finish_say_default(const struct lesson *l, enum exercise_kind kind)
{
	fprintf(stderr, "idiom: lesson %02d %s (the current exercise)\n", l->number,
		exercise_kind_name(kind));
}

static void print_reference(const struct lesson *l, enum exercise_kind kind, int colour,
			    size_t width, FILE *out)
{
	const struct exercise *ex = &l->exercises[kind];
	struct block_style style = { width, "  ", "    ", colour };
	struct buf b = BUF_INIT;
	char *path, *code = NULL;
	size_t len = 0;

	if (kind == EXERCISE_REFLECT || !ex->dir)
		return;	/* Reflect's strong-answer note is in the report */
	path = fs_join(ex->dir, "reference.py");
	if (fs_read_file(path, IDIOM_ANSWER_MAX, &code, &len) == 0) {
		block_render_code(code, len, "python", &style, &b);
		fprintf(out, "\n%sThe lesson's reference solution, to compare with yours:%s\n%s",
			colour ? "\033[1m" : "", colour ? "\033[0m" : "", buf_str(&b));
	}
	buf_free(&b);
	free(code);
	free(path);
}

static void print_lesson_done(const struct learner *lr, const struct course *c,
			      const struct lesson *l, FILE *out)
{
	struct learn_course lc;
	struct error err = ERROR_INIT;

	learn_course_load(lr, c, &lc, &err);
	if (lc.next >= 0)
		fprintf(out, "Lesson %02d done; next: %s start %02d\n", l->number, cmd_self(),
			c->lessons[lc.next]->number);
	else
		fprintf(out, "Lesson %02d done, and with it every lesson of the course.\n", l->number);
	learn_course_free(&lc);
}

void finish_print(const struct learner *lr, const struct course *c, const struct lesson *l,
		  enum exercise_kind kind, int colour, size_t width, FILE *out)
{
	int next = finish_next_exercise(lr, l, kind);
	const char *bold = colour ? "\033[1;32m" : "", *reset = colour ? "\033[0m" : "";

	print_reference(l, kind, colour, width, out);
	fputc('\n', out);
	if (next >= 0)
		fprintf(out, "%s%s passed%s; next: %s  (%s check %02d %s)\n", bold,
			exercise_kind_name(kind), reset, exercise_kind_name((enum exercise_kind)next),
			cmd_self(), l->number, exercise_kind_name((enum exercise_kind)next));
	else
		print_lesson_done(lr, c, l, out);
}

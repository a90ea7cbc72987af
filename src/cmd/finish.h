/* Where the learner is and what comes next: the current exercise (what
 * `hint`, `check`, `history` and `watch` default to) and the finish line
 * printed after a pass ("rewrite passed; next: practice", "Lesson 04 done;
 * next: idiom start 05") with the exercise's reference solution. */
#ifndef IDIOM_CMD_FINISH_H
#define IDIOM_CMD_FINISH_H
#include <stdio.h>
#include "learn/learn.h"

/* The current exercise: in lesson *L (NULL: the lesson to suggest, the
 * first started and not done, else the first open), the first exercise not
 * passed since the last reset (every one passed: Reflect).  Sets *L and
 * *KIND and returns 0, or -ENOENT with a message on stderr when every
 * lesson is done and none was named. */
int finish_current(const struct learner *lr, const struct course *c, struct lesson **l,
		   enum exercise_kind *kind);

/* The exercise to go to after KIND of L: the first one after it (then
 * from the start) not passed yet; -1 when every exercise has passed. */
int finish_next_exercise(const struct learner *lr, const struct lesson *l,
			 enum exercise_kind kind);

/* Prints, after exercise KIND of L passed: the reference solution of a code
 * exercise (highlighted when COLOUR, cut to WIDTH), then the finish line
 * with the command to run next.  Best effort: a store that cannot be read
 * only loses the lesson-done line. */
void finish_print(const struct learner *lr, const struct course *c, const struct lesson *l,
		  enum exercise_kind kind, int colour, size_t width, FILE *out);

/* Prints "idiom: which exercise: lesson 04 practice (the first one not
 * passed yet)" to stderr: a default is never silent. */
void finish_say_default(const struct lesson *l, enum exercise_kind kind);

#endif

/* What the files of learn/ share and nobody else calls. */
#ifndef IDIOM_LEARN_INTERNAL_H
#define IDIOM_LEARN_INTERNAL_H
#include "learn/learn.h"

/* The hint counter of exercise KIND of L: <home>/<NN-slug>/.hints-<exercise>;
 * NULL without a home.  Yours. */
char *learn_hint_path(const struct learner *lr, const struct lesson *l, enum exercise_kind kind);

#endif

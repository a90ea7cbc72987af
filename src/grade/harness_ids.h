/* The criterion ids a behavioural harness names, checked without running
 * it: `idiom lint` reports an unknown one at its line in harness.py, so a
 * typo is found before any learner's check meets it. */
#ifndef IDIOM_HARNESS_IDS_H
#define IDIOM_HARNESS_IDS_H
#include <stddef.h>
#include "course/lesson.h"
#include "util/diag.h"

/* Checks the ids harness SRC[0..len) (PATH names it) gives to `.check(...)`:
 * a string literal as the first argument, a module-level `NAME = "id"`
 * passed there, or such a name in the tuple or list a `for` loop feeds to
 * it.  Each id that is not one of EX's is added to DIAGS with the nearest
 * id.  Returns the number of unknown ids. */
int harness_ids_check(const char *path, const char *src, size_t len, const struct exercise *ex,
		      struct diags *diags);

#endif

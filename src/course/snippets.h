/* The code in a lesson must be code: every ```python and ```javascript block
 * parses with its tree-sitter grammar (lint runs this; `show` does not pay
 * for it).  Compiling the Python with Python itself is done by the tests. */
#ifndef IDIOM_SNIPPETS_H
#define IDIOM_SNIPPETS_H
#include "course/lesson.h"
#include "util/diag.h"

/* Adds a problem to DIAGS, at the file line of the first error, for each
 * code block of L that does not parse.  Returns how many did not. */
int snippets_check(const struct lesson *l, struct diags *diags);

#endif

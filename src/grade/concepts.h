/* Free-text grading: a ruleset's concept rules (ideas, each a group of
 * phrasings, all required; contradictions, flagged unless negated) run on a
 * Reflect answer or on a Practice file's docstrings and comments.  Cheap on
 * purpose: words, stems, short gaps and a three-word negation window. */
#ifndef IDIOM_CONCEPTS_H
#define IDIOM_CONCEPTS_H
#include <stddef.h>
#include <tree_sitter/api.h>
#include "grade/report.h"
#include "grade/rules.h"

/* Runs RS's ideas, contradictions and word minimum on TEXT[0..len) and adds
 * checks to R: a passing check per idea found ("found: ..." at its line), a
 * failing one per idea missing (line 0, what to add), a failing one per
 * contradiction at its line.  Lines count from TEXT's first line.  Returns
 * the number of words read. */
size_t concepts_check(const struct ruleset *rs, const char *text, size_t len, struct report *r);

/* Copies Python SRC[0..len) keeping only comments and docstrings (strings
 * that stand alone as statements); everything else becomes spaces, newlines
 * kept, so lines stay put.  You own the result. */
char *concepts_python_text(TSNode root, const char *src, size_t len);

#endif

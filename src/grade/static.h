/* The static engine: runs a ruleset's code rules (tree-sitter queries and
 * line regexes) on one Python answer and adds a check per finding to a
 * report.  Works on code that does not parse: tree-sitter recovers, and the
 * regexes read the source with strings and comments blanked out. */
#ifndef IDIOM_STATIC_H
#define IDIOM_STATIC_H
#include <stddef.h>
#include <tree_sitter/api.h>
#include "grade/report.h"
#include "grade/rules.h"

/* Runs RS's rules on SRC[0..len).  TREE is SRC's parse (syntax_parse with
 * LANG_PYTHON) or NULL to parse here.  Forbidden matches and missing required
 * patterns become failing checks with line numbers; nothing else is added.
 * Returns 0, or -ENOMEM when the parser cannot be created. */
int static_check(const struct ruleset *rs, const char *src, size_t len, TSTree *tree,
		 struct report *r);

/* Copies SRC[0..len) into a NUL-terminated string with every string literal
 * and comment replaced by spaces (newlines kept, so lines and columns stay
 * put).  You own the result. */
char *static_code_view(TSNode root, const char *src, size_t len);

/* The same view as RS's regexes get it in static_check: blanked by the last
 * pattern of RS's combined query, in the pass that runs the query rules
 * (static_code_view without one).  You own the result. */
char *static_rules_view(const struct ruleset *rs, TSNode root, const char *src, size_t len);

#endif

/* Tree-sitter glue: the two grammars, parsing, and queries whose text
 * predicates (#eq?, #match?, #any-of? and their #not- forms) are honoured,
 * which the tree-sitter core leaves to its callers.  Used by the highlighter
 * and by the static grading rules. */
#ifndef IDIOM_SYNTAX_H
#define IDIOM_SYNTAX_H
#include <stddef.h>
#include <tree_sitter/api.h>
#include "util/error.h"

enum syntax_lang { LANG_PYTHON, LANG_JAVASCRIPT, LANG_COUNT };

/* Maps "python"/"py"/"javascript"/"js" to *OUT.  Returns 0 or -ENOENT. */
int syntax_lang_from_name(const char *name, enum syntax_lang *out);
const char *syntax_lang_name(enum syntax_lang lang);
const TSLanguage *syntax_language(enum syntax_lang lang);

/* Parses SRC[0..len); never fails on bad code (tree-sitter recovers), returns
 * NULL only when the parser cannot be created.  Safe to call from several
 * threads at once (each keeps its own parsers).  You own the tree. */
TSTree *syntax_parse(enum syntax_lang lang, const char *src, size_t len);

/* The grammar's own highlight query, baked into the binary. */
const char *syntax_highlight_source(enum syntax_lang lang);

struct syntax_query;

/* Compiles SOURCE for LANG.  Returns 0, or -EINVAL with a message in ERR
 * (may be NULL; "line L, column C: what is wrong" for a query that does not
 * compile, or what is wrong with a predicate) and *OUT set to NULL. */
int syntax_query_new(struct syntax_query **out, enum syntax_lang lang,
		     const char *source, size_t len, struct error *err);
void syntax_query_free(struct syntax_query *q);
const TSQuery *syntax_query_ts(const struct syntax_query *q);

/* Calls FN for each match of Q under ROOT whose predicates hold against SRC.
 * FN returns 0 to go on, non-zero to stop (that value is returned). */
typedef int (*syntax_match_fn)(const TSQueryMatch *match, void *ctx);
int syntax_query_matches(const struct syntax_query *q, TSNode root,
			 const char *src, syntax_match_fn fn, void *ctx);

/* The line (1-based) of the first ERROR or MISSING node under ROOT, or 0
 * when the tree parsed cleanly. */
int syntax_first_error_line(TSNode root);

/* The same, with what is wrong in Python's words where tree-sitter knows
 * it: "expected ':'" for a missing token, else "invalid syntax".  DETAIL
 * (CAP bytes) is set only when an error is found. */
int syntax_first_error(TSNode root, char *detail, size_t cap);

/* Visits ROOT and every node under it in document order.  FN returns 1 to
 * go into the node's children, 0 to skip them. */
typedef int (*syntax_visit_fn)(TSNode node, void *ctx);
void syntax_walk(TSNode root, syntax_visit_fn fn, void *ctx);

#endif

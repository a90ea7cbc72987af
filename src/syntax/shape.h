/* Answer shapes (like Exercism's representers): a Python answer reduced to
 * what a reviewer would call "the same answer".  Comments, docstrings (any
 * statement that is a bare string) and formatting are dropped, every name
 * the answer binds itself (parameters, locals, its own helpers) becomes a
 * placeholder numbered by first appearance, and the names an exercise
 * requires (KEEP) and everything the answer does not bind (builtins,
 * imported modules, attributes, keyword arguments) are kept.  Two answers
 * with the same normalised text have the same shape; the key is a short
 * hash of that text.  Works on code that does not parse (tree-sitter
 * recovers; ERROR nodes are kept as their tokens). */
#ifndef IDIOM_SHAPE_H
#define IDIOM_SHAPE_H
#include <stddef.h>
#include "util/buf.h"

#define SHAPE_KEY_SIZE 17	/* 16 hex digits and a NUL */

/* Appends the normalised text of SRC[0..len) (Python) to OUT: one statement
 * a line, four spaces an indent level, single spaces between tokens where
 * Python needs or customarily has them.  KEEP: the names never
 * canonicalised, NULL-terminated (may be NULL).  Returns 0, -ENOMEM when
 * the parser cannot be made or OUT's cap refused the text. */
int shape_normalise(const char *src, size_t len, const char *const *keep, struct buf *out);

/* Free text (a Reflect answer): its words, lowercased, one space apart;
 * punctuation, case and layout dropped.  Returns 0 or -ENOMEM (OUT's cap). */
int shape_normalise_prose(const char *src, size_t len, struct buf *out);

/* The names SRC (Python) defines at module level: functions, classes and
 * plain assignments, in order, NULL-terminated; yours to shape_names_free.
 * NULL when the parser cannot be made. */
char **shape_module_names(const char *src, size_t len);
void shape_names_free(char **names);

/* The key of a normalised TEXT: the first 64 bits of its SHA-256, in hex. */
void shape_key(const char *text, size_t len, char out[SHAPE_KEY_SIZE]);

/* Both at once: the key of SRC's shape, and its text in TEXT when TEXT is
 * not NULL.  Returns 0 or shape_normalise's error. */
int shape_of(const char *src, size_t len, const char *const *keep, char key[SHAPE_KEY_SIZE],
	     struct buf *text);

#endif

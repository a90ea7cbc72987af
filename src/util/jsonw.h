/* Writing JSON text straight into a buf, for the answers sent on every
 * keystroke (the grading report): no object tree to build and free.  The
 * output is what jansson's json_dumps gives for the same values (", " and
 * ": " separators, the same escapes), so either may produce a contract. */
#ifndef IDIOM_JSONW_H
#define IDIOM_JSONW_H
#include "util/buf.h"

/* Appends S as a JSON string: quotes, \" \\ \b \f \n \r \t, other control
 * characters as \u00XX, UTF-8 as is.  Bytes that are not valid UTF-8 become
 * U+FFFD, so the text is always valid JSON (jansson refuses such strings). */
void jsonw_string(struct buf *b, const char *s);

/* Appends "KEY": with the separators json_dumps uses; FIRST: no ", ". */
void jsonw_key(struct buf *b, const char *key, int first);

#endif

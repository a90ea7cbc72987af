/* Criterion ids: the short stable name an author gives each criterion in
 * lesson.md, as a marker that ends its line: `- Uses async/await {#async-await}`.
 * Rule files, harnesses and expected verdicts name criteria by id, so a
 * title can be reworded in one place.  The loader takes the marker out of
 * the Markdown document, so no renderer ever shows it. */
#ifndef IDIOM_CRITERION_ID_H
#define IDIOM_CRITERION_ID_H
#include <stddef.h>
#include <cmark-gfm.h>

/* Removes the ` {#id}` marker that ends BLOCK's text (a list item or a
 * paragraph) from the document.  Returns 0 and sets *ID (you own it) for a
 * well-formed id; -EINVAL with *ID set to what stood between `{#` and `}`
 * (the marker is removed still) when it is malformed; -ERANGE the same when
 * text follows it; -ENOENT (*ID NULL) when BLOCK holds no marker. */
int criterion_id_take(cmark_node *block, char **id);

/* 1 when ID is lowercase words (letters and digits) joined by single '-',
 * at most IDIOM_CRITERION_ID_MAX bytes. */
int criterion_id_valid(const char *id);

/* An id made from TITLE's first words, for "add one like ..." messages. */
void criterion_id_suggest(const char *title, char *out, size_t size);

#endif

/* Text helpers for terminal output and suggestions: UTF-8 display width,
 * edit distance. */
#ifndef IDIOM_TEXT_H
#define IDIOM_TEXT_H
#include <stddef.h>

/* Display columns of S[0..len), skipping ANSI escape sequences; every code
 * point counts one column (the course text is Latin script and symbols). */
size_t text_width(const char *s, size_t len);

/* Bytes of the UTF-8 sequence starting at S (1 for invalid bytes). */
size_t text_utf8_len(const char *s);

/* Bytes of the valid UTF-8 sequence at S[0..avail) (1-4), or 0 when it is
 * not one: cut short, overlong, a surrogate or past U+10FFFF. */
size_t text_utf8_valid(const unsigned char *s, size_t avail);

/* Levenshtein distance between A and B, case-insensitive. */
size_t text_distance(const char *a, const char *b);

/* Returns the candidate closest to WORD (NULL-terminated list), or NULL when
 * none is close enough to be worth suggesting. */
const char *text_nearest(const char *word, const char *const *candidates);

#endif

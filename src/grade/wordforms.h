/* Word forms for free-text matching: the Snowball English stemmer
 * (libstemmer), British spellings folded to American ones, and spelling
 * slips (Damerau-Levenshtein distance, ours).  Words are lower-case ASCII
 * letters and digits, as the tokenizer makes them. */
#ifndef IDIOM_WORDFORMS_H
#define IDIOM_WORDFORMS_H
#include <stddef.h>

struct wordforms;

/* A stemmer for one thread (libstemmer keeps its state in the object).
 * Returns NULL when libstemmer has no English stemmer (never on Debian);
 * wordforms_stem then only folds spellings. */
struct wordforms *wordforms_new(void);
void wordforms_free(struct wordforms *wf);

/* Folds British spellings in WORD (a NUL-terminated lower-case word) to
 * American ones in place: -ise/-ised/-ising/-isation to -iz..., -yse to
 * -yze, -our to -or (words of six letters or more).  Never lengthens it. */
void wordforms_fold(char *word);

/* WORD folded and stemmed, newly allocated (you own it).  WF may be NULL. */
char *wordforms_stem(struct wordforms *wf, const char *word);

/* The Damerau-Levenshtein distance (optimal string alignment) between A and
 * B, or CAP + 1 when it is larger than CAP (words longer than
 * IDIOM_WORD_MAX count as different). */
int wordforms_distance(const char *a, const char *b, int cap);

/* 1 when GOT is a spelling slip of WANT: same first letter, and within
 * distance 1 when WANT has five letters or more, 2 when nine or more. */
int wordforms_slip(const char *want, const char *got);

#endif

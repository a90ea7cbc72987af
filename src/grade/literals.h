/* Literal prefilters for the rules' POSIX extended regexes.  Most habit
 * regexes look for something a Python answer never holds (`===`, `console.`,
 * `function`); glibc's regexec still walks the whole answer to say so.  From
 * a regex we derive a few strings such that every match contains at least
 * one of them; when none occurs in the text, regexec is skipped.  The
 * derivation is conservative: whatever it cannot reason about (brackets,
 * classes, back-references, optional parts, bytes of multi-byte characters,
 * whose quantifiers mean other things in other locales) gives no prefilter,
 * never a wrong one. */
#ifndef IDIOM_LITERALS_H
#define IDIOM_LITERALS_H
#include <stddef.h>

#define LITERALS_MAX 8

struct literals {
	char *alt[LITERALS_MAX];	/* every match contains one of these */
	size_t count;			/* 0: no prefilter (anything may match) */
};

/* Derives the literals of ERE (as given to regcomp with REG_EXTENDED, tabs
 * already real tabs) into OUT.  Never fails: a regex it cannot read gets
 * count 0.  Free with literals_free. */
void literals_of_regex(const char *ere, struct literals *out);
void literals_free(struct literals *l);

/* 0 when L has a prefilter and TEXT[0..len) holds none of its literals (so
 * the regex cannot match); 1 otherwise. */
int literals_may_match(const struct literals *l, const char *text, size_t len);

#endif

/* Fuzz target for the literal prefilters of the rules' regexes: a prefilter
 * that says "cannot match" for a text glibc's regexec matches would hide a
 * habit, so that aborts.  An input is the regex, a NUL byte, then the text
 * (no NUL: all regex, empty text).  Built with libFuzzer by `make fuzz`,
 * with fuzz/replay.c by `make test`. */
#include <regex.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "grade/literals.h"
#include "util/xalloc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* glibc's regcomp copies a repeated part once per repetition (`x+` is `xx*`)
 * and walks stacked `?` and `*` recursively, so piled-up quantifiers grow it
 * exponentially: "(a+++...+)" with forty pluses takes gigabytes, "a+???..."
 * minutes.  Rule regexes come from course authors, not learners, so that is
 * glibc's cost, not a finding here: such regexes skip the regcomp check. */
#define COPIES_MAX 4096

/* How many times the interval at Q (after its '{') repeats at most, plus
 * one; past COPIES_MAX when any bound is that big. */
static unsigned long interval_times(const char *q)
{
	unsigned long n = 0, times = 1;

	for (; *q == ',' || (*q >= '0' && *q <= '9'); q++) {
		n = *q == ',' ? 0 : n * 10 + (unsigned long)(*q - '0');
		if (n >= COPIES_MAX)
			return COPIES_MAX + 1;
		if (n + 1 > times)
			times = n + 1;
	}
	return times;
}

/* Over-estimates (as if every quantifier nested) the work regcomp does. */
static int regcomp_too_costly(const char *ere)
{
	unsigned long copies = 1;

	for (const char *p = ere; *p; p++) {
		unsigned long times = 1;

		if (*p == '+' || *p == '*' || *p == '?')
			times = 2;
		else if (*p == '{')
			times = interval_times(p + 1);
		if (times > COPIES_MAX / copies)
			return 1;
		copies *= times;
	}
	return 0;
}

/* The derivation's own promises, whatever the regex: a bounded set of
 * non-empty strings (an empty one would let every text through, hiding a
 * bug behind a useless prefilter). */
static void check_shape(const struct literals *l)
{
	if (l->count > LITERALS_MAX)
		abort();
	for (size_t i = 0; i < l->count; i++)
		if (!l->alt[i] || !l->alt[i][0])
			abort();
}

/* Soundness: whenever glibc finds a match, the prefilter must let the text
 * through.  REG_STARTEND so that text after a NUL byte counts for both. */
static void check_sound(const char *ere, const struct literals *l, const char *text, size_t len)
{
	regex_t re;
	regmatch_t m[1];

	if (regcomp_too_costly(ere) || regcomp(&re, ere, REG_EXTENDED | REG_NEWLINE) != 0)
		return;
	m[0].rm_so = 0;
	m[0].rm_eo = (regoff_t)len;
	if (regexec(&re, text, 1, m, REG_STARTEND) == 0 && !literals_may_match(l, text, len))
		abort();
	regfree(&re);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, '\0', size);
	size_t ere_len = nul ? (size_t)(nul - data) : size;
	char *ere = xstrndup((const char *)data, ere_len);
	size_t len = nul ? size - ere_len - 1 : 0;
	/* A tight copy, so ASan sees any read past the text's end. */
	char *text = xmalloc(len + 1);
	struct literals l;

	if (len)
		memcpy(text, nul + 1, len);
	text[len] = '\0';
	literals_of_regex(ere, &l);
	check_shape(&l);
	/* Called whatever regcomp says: the grader never would, but it reads
	 * the text and the set, and ASan should see it do so. */
	literals_may_match(&l, text, len);
	check_sound(ere, &l, text, len);
	literals_free(&l);
	free(text);
	free(ere);
	return 0;
}

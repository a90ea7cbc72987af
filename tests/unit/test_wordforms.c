/* Word forms: the edit distance, spelling slips, British spellings and the
 * Snowball stems the free-text matcher compares. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "grade/wordforms.h"

Test(wordforms, distance_counts_edits_and_swaps)
{
	cr_assert_eq(wordforms_distance("fixture", "fixture", 2), 0);
	cr_assert_eq(wordforms_distance("fixture", "fixtrue", 2), 1, "a swap is one edit");
	cr_assert_eq(wordforms_distance("parameter", "paramter", 2), 1);
	cr_assert_eq(wordforms_distance("parameter", "paramtre", 2), 2);
	cr_assert_eq(wordforms_distance("abc", "", 5), 3);
	cr_assert_eq(wordforms_distance("generator", "iterator", 1), 2, "past the cap: cap + 1");
	cr_assert_eq(wordforms_distance("a", "abcdef", 2), 3, "lengths alone decide");
}

Test(wordforms, distance_of_overlong_words_is_exact_or_past_the_cap)
{
	char a[64], b[64];

	memset(a, 'a', sizeof(a) - 1);
	a[sizeof(a) - 1] = '\0';
	memcpy(b, a, sizeof(a));
	cr_assert_eq(wordforms_distance(a, b, 2), 0);
	b[10] = 'b';
	cr_assert_eq(wordforms_distance(a, b, 2), 3);
}

Test(wordforms, slips_by_length_and_first_letter)
{
	cr_assert(wordforms_slip("fixture", "fixtrue"));
	cr_assert(wordforms_slip("falsy", "falsey"), "five letters: one edit");
	cr_assert_not(wordforms_slip("list", "lost"), "four letters: exact only");
	cr_assert(wordforms_slip("parameter", "paramtre"), "nine letters: two edits");
	cr_assert_not(wordforms_slip("fixture", "fxtrue"), "seven letters: one edit only");
	cr_assert_not(wordforms_slip("synchronous", "asynchronous"), "the first letter stays");
	cr_assert_not(wordforms_slip("mutable", "immutable"));
}

static void folds(const char *in, const char *out)
{
	char w[64];

	snprintf(w, sizeof(w), "%s", in);
	wordforms_fold(w);
	cr_assert_str_eq(w, out, "%s", in);
}

Test(wordforms, british_spellings_fold_to_american)
{
	folds("memoise", "memoize");
	folds("memoised", "memoized");
	folds("serialisation", "serialization");
	folds("analyse", "analyze");
	folds("behaviour", "behavior");
	folds("colours", "colors");
	folds("favourite", "favorite");
	folds("hour", "hour");
	folds("yours", "yours");
	folds("rise", "rise");
	folds("resource", "resource");
}

Test(wordforms, stems_join_forms_of_a_word)
{
	struct wordforms *wf = wordforms_new();
	char *a, *b, *c;

	cr_assert_not_null(wf);
	a = wordforms_stem(wf, "caches");
	b = wordforms_stem(wf, "caching");
	c = wordforms_stem(wf, "memoised");
	cr_assert_str_eq(a, b);
	cr_assert_str_eq(c, "memoiz");
	free(a);
	free(b);
	free(c);
	a = wordforms_stem(NULL, "memoises");
	cr_assert_str_eq(a, "memoizes", "without a stemmer: folded only");
	free(a);
	wordforms_free(wf);
}

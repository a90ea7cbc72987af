/* Word forms: stems, British spellings and slips; see wordforms.h.  Words
 * are short, so the distance is the plain dynamic programme on a small
 * stack table, stopped early once every cell passes the cap. */
#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>
#include "grade/wordforms.h"
#include "util/limits.h"
#include "util/xalloc.h"
#include "util/banned.h"

struct wordforms {
	struct sb_stemmer *stemmer;
};

struct wordforms *wordforms_new(void)
{
	struct wordforms *wf = xcalloc(1, sizeof(*wf));

	wf->stemmer = sb_stemmer_new("english", NULL);
	if (!wf->stemmer) {
		free(wf);
		return NULL;
	}
	return wf;
}

void wordforms_free(struct wordforms *wf)
{
	if (!wf)
		return;
	sb_stemmer_delete(wf->stemmer);
	free(wf);
}

static int ends_with(const char *w, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);

	return n > k + 2 && memcmp(w + n - k, suffix, k) == 0;
}

void wordforms_fold(char *w)
{
	static const char *const ise[] = { "isation", "isations", "ise", "ised", "ises", "ising",
					   "iser", "isers", NULL };
	static const char *const yse[] = { "yse", "ysed", "yses", "ysing", NULL };
	size_t n = strlen(w);

	for (size_t i = 0; ise[i]; i++)
		if (ends_with(w, n, ise[i])) {
			w[n - strlen(ise[i]) + 1] = 'z';
			return;
		}
	for (size_t i = 0; yse[i]; i++)
		if (ends_with(w, n, yse[i])) {
			w[n - strlen(yse[i]) + 1] = 'z';
			return;
		}
	/* behaviour, colour, favourite: "our" inside a word of six letters or
	 * more (hour, your and four are shorter). */
	for (size_t i = 3; n >= 6 && i + 3 <= n; i++)
		if (memcmp(w + i, "our", 3) == 0 && (i + 3 == n || w[i + 3] == 'i' || w[i + 3] == 's' ||
						     w[i + 3] == 'e')) {
			memmove(w + i + 1, w + i + 2, n - i - 1);
			return;
		}
}

char *wordforms_stem(struct wordforms *wf, const char *word)
{
	char *folded = xstrdup(word);
	const sb_symbol *s;

	wordforms_fold(folded);
	if (!wf)
		return folded;
	s = sb_stemmer_stem(wf->stemmer, (const sb_symbol *)folded, (int)strlen(folded));
	if (!s)		/* out of memory inside libstemmer: the folded word will do */
		return folded;
	free(folded);
	return xstrndup((const char *)s, (size_t)sb_stemmer_length(wf->stemmer));
}

static int min3(int a, int b, int c)
{
	int m = a < b ? a : b;

	return m < c ? m : c;
}

int wordforms_distance(const char *a, const char *b, int cap)
{
	size_t n = strlen(a), m = strlen(b);
	int d[IDIOM_WORD_MAX + 1][IDIOM_WORD_MAX + 1];

	if (n > IDIOM_WORD_MAX || m > IDIOM_WORD_MAX)
		return strcmp(a, b) == 0 ? 0 : cap + 1;
	if ((n > m ? n - m : m - n) > (size_t)cap)
		return cap + 1;
	for (size_t i = 0; i <= n; i++)
		d[i][0] = (int)i;
	for (size_t j = 0; j <= m; j++)
		d[0][j] = (int)j;
	for (size_t i = 1; i <= n; i++) {
		int best = d[i][0];

		for (size_t j = 1; j <= m; j++) {
			int cost = a[i - 1] != b[j - 1];

			d[i][j] = min3(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    d[i - 2][j - 2] + 1 < d[i][j])
				d[i][j] = d[i - 2][j - 2] + 1;	/* two letters swapped */
			if (d[i][j] < best)
				best = d[i][j];
		}
		if (best > cap)
			return cap + 1;
	}
	return d[n][m] > cap ? cap + 1 : d[n][m];
}

int wordforms_slip(const char *want, const char *got)
{
	size_t n = strlen(want);
	int cap = n >= 9 ? 2 : n >= 5 ? 1 : 0;

	/* A slip keeps the first letter: "asynchronous" is not a slip of
	 * "synchronous", nor "immutable" of "mutable". */
	if (cap == 0 || want[0] != got[0])
		return 0;
	return wordforms_distance(want, got, cap) <= cap;
}

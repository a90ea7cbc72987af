/* The line diff of linediff.h: split, set the common ends aside, fill an
 * LCS table over the middle (bounded), walk it back.  Lines are compared
 * by a hash first so the table's inner loop seldom touches the text. */
#include "util/linediff.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "util/banned.h"

struct side {
	const char **text;
	size_t *len;
	uint64_t *hash;
	size_t n;
};

static uint64_t line_hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL;	/* FNV-1a */

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	return h;
}

static void side_free(struct side *s)
{
	free(s->text);
	free(s->len);
	free(s->hash);
}

static int split(const char *t, size_t len, struct side *s)
{
	size_t cap = 1, i, start = 0;

	for (i = 0; i < len; i++)
		cap += t[i] == '\n';
	s->n = 0;
	s->text = malloc(cap * sizeof(*s->text));
	s->len = malloc(cap * sizeof(*s->len));
	s->hash = malloc(cap * sizeof(*s->hash));
	if (!s->text || !s->len || !s->hash)
		return -ENOMEM;
	for (i = 0; i <= len; i++) {
		if (i < len && t[i] != '\n')
			continue;
		if (i == len && start == len)
			break;	/* nothing after the last '\n' */
		s->text[s->n] = t + start;
		s->len[s->n] = i - start;
		s->hash[s->n] = line_hash(t + start, i - start);
		s->n++;
		start = i + 1;
	}
	return 0;
}

static int same(const struct side *a, size_t i, const struct side *b, size_t j)
{
	return a->hash[i] == b->hash[j] && a->len[i] == b->len[j] &&
	       memcmp(a->text[i], b->text[j], a->len[i]) == 0;
}

static void emit(struct linediff *d, enum linediff_op op, const struct side *s, size_t i,
		 size_t old_no, size_t new_no)
{
	struct linediff_line *l = &d->lines[d->count++];

	l->op = op;
	l->text = s->text[i];
	l->len = s->len[i];
	l->old_no = old_no;
	l->new_no = new_no;
	d->added += op == LINEDIFF_ADDED;
	d->removed += op == LINEDIFF_REMOVED;
}

/* The middle, old lines [LO, LO + N) against new [LO2, LO2 + M), without a
 * table: every old line removed, then every new one added. */
static void middle_coarse(struct linediff *d, const struct side *a, size_t lo, size_t n,
			  const struct side *b, size_t lo2, size_t m)
{
	for (size_t i = 0; i < n; i++)
		emit(d, LINEDIFF_REMOVED, a, lo + i, lo + i + 1, 0);
	for (size_t j = 0; j < m; j++)
		emit(d, LINEDIFF_ADDED, b, lo2 + j, 0, lo2 + j + 1);
}

/* T[i][j] = the LCS length of old[lo+i..] and new[lo2+j..]; then walked
 * from the start, preferring removals before additions at a tie. */
static int middle_lcs(struct linediff *d, const struct side *a, size_t lo, size_t n,
		      const struct side *b, size_t lo2, size_t m)
{
	size_t w = m + 1, i, j;
	uint32_t *t = calloc((n + 1) * w, sizeof(*t));

	if (!t)
		return -ENOMEM;
	for (i = n; i-- > 0;)
		for (j = m; j-- > 0;)
			t[i * w + j] = same(a, lo + i, b, lo2 + j) ? t[(i + 1) * w + j + 1] + 1 :
				       (t[(i + 1) * w + j] >= t[i * w + j + 1] ? t[(i + 1) * w + j] :
									      t[i * w + j + 1]);
	for (i = 0, j = 0; i < n || j < m;) {
		if (i < n && j < m && same(a, lo + i, b, lo2 + j)) {
			emit(d, LINEDIFF_SAME, a, lo + i, lo + i + 1, lo2 + j + 1);
			i++, j++;
		} else if (i < n && (j == m || t[(i + 1) * w + j] >= t[i * w + j + 1])) {
			emit(d, LINEDIFF_REMOVED, a, lo + i, lo + i + 1, 0);
			i++;
		} else {
			emit(d, LINEDIFF_ADDED, b, lo2 + j, 0, lo2 + j + 1);
			j++;
		}
	}
	free(t);
	return 0;
}

static int diff_sides(const struct side *a, const struct side *b, struct linediff *d)
{
	size_t head = 0, tail = 0, n, m;
	int rc = 0;

	while (head < a->n && head < b->n && same(a, head, b, head))
		head++;
	while (tail < a->n - head && tail < b->n - head &&
	       same(a, a->n - 1 - tail, b, b->n - 1 - tail))
		tail++;
	n = a->n - head - tail;
	m = b->n - head - tail;
	d->lines = malloc((a->n + b->n + 1) * sizeof(*d->lines));
	if (!d->lines)
		return -ENOMEM;
	for (size_t i = 0; i < head; i++)
		emit(d, LINEDIFF_SAME, a, i, i + 1, i + 1);
	if (n && m && (n + 1) > LINEDIFF_CELLS_MAX / (m + 1)) {
		d->coarse = 1;
		middle_coarse(d, a, head, n, b, head, m);
	} else if (n && m) {
		rc = middle_lcs(d, a, head, n, b, head, m);
	} else {
		middle_coarse(d, a, head, n, b, head, m);
	}
	for (size_t i = 0; rc == 0 && i < tail; i++)
		emit(d, LINEDIFF_SAME, a, head + n + i, head + n + i + 1, head + m + i + 1);
	return rc;
}

int linediff_compute(const char *old, size_t old_len, const char *new, size_t new_len,
		     struct linediff *out)
{
	struct side a = { 0 }, b = { 0 };
	int rc;

	memset(out, 0, sizeof(*out));
	if ((rc = split(old, old_len, &a)) == 0 && (rc = split(new, new_len, &b)) == 0)
		rc = diff_sides(&a, &b, out);
	side_free(&a);
	side_free(&b);
	if (rc < 0)
		linediff_free(out);
	return rc;
}

void linediff_free(struct linediff *d)
{
	free(d->lines);
	memset(d, 0, sizeof(*d));
}

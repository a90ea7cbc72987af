/* Literal prefilters for POSIX extended regexes; see literals.h.
 *
 * A recursive descent over the regex's syntax computes, for each part, a
 * set of strings one of which every match of that part contains ("needs").
 * An empty set means "nothing known".  A sequence keeps its best need: a
 * run of plain characters, or one group's set, whichever has the longest
 * shortest string.  An alternation needs one of its branches' needs, and
 * nothing when any branch needs nothing.  Anything optional (`?`, `*`,
 * `{0,n}`) needs nothing. */
#include <stdlib.h>
#include <string.h>
#include "grade/literals.h"
#include "util/xalloc.h"
#include "util/banned.h"

#define RUN_MAX 64

struct parser {
	const char *p;
	int bad;	/* syntax this reader does not follow: give up */
};

static size_t set_score(const struct literals *s)
{
	size_t min = (size_t)-1;

	if (!s->count)
		return 0;
	for (size_t i = 0; i < s->count; i++)
		if (strlen(s->alt[i]) < min)
			min = strlen(s->alt[i]);
	return min;
}

/* Keeps the better of *BEST and *CAND in *BEST; empties *CAND. */
static void set_keep_best(struct literals *best, struct literals *cand)
{
	size_t b = set_score(best), c = set_score(cand);

	if (c > b || (c == b && c && cand->count < best->count)) {
		literals_free(best);
		*best = *cand;
		memset(cand, 0, sizeof(*cand));
	} else {
		literals_free(cand);
	}
}

/* *A becomes "one of A or one of B"; empties *B. */
static void set_union(struct literals *a, struct literals *b)
{
	if (!a->count || !b->count || a->count + b->count > LITERALS_MAX) {
		literals_free(a);
		literals_free(b);
		return;
	}
	for (size_t i = 0; i < b->count; i++)
		a->alt[a->count++] = b->alt[i];
	memset(b, 0, sizeof(*b));
}

/* Ends the plain run RUN[0..*len) into a candidate for BEST. */
static void end_run(char *run, size_t *len, struct literals *best)
{
	struct literals cand = { 0 };

	if (!*len)
		return;
	run[*len] = '\0';
	cand.alt[0] = xstrdup(run);
	cand.count = 1;
	*len = 0;
	set_keep_best(best, &cand);
}

/* Skips a bracket expression at P ('['); NULL when it does not end. */
static const char *skip_bracket(const char *p)
{
	p++;
	if (*p == '^')
		p++;
	if (*p == ']')
		p++;
	for (; *p && *p != ']'; p++) {
		if (p[0] == '[' && (p[1] == ':' || p[1] == '.' || p[1] == '=')) {
			const char *end = strchr(p + 2, p[1]);

			while (end && end[1] != ']')
				end = strchr(end + 1, p[1]);
			if (!end)
				return NULL;
			p = end + 1;
		}
	}
	return *p ? p + 1 : NULL;
}

/* The fewest repetitions the quantifiers at ps->p allow (1 when there are
 * none); *QUANTIFIED says whether there were any. */
static unsigned long quantifier(struct parser *ps, int *quantified)
{
	unsigned long min = 1;

	*quantified = 0;
	for (;;) {
		char c = *ps->p;

		if (c == '*' || c == '?') {
			min = 0;
		} else if (c == '+') {
			/* at least as many as before */
		} else if (c == '{') {
			unsigned long n = 0;
			const char *q = ps->p + 1;

			if (*q < '0' || *q > '9') {
				ps->bad = 1;
				return 0;
			}
			while (*q >= '0' && *q <= '9')
				n = n * 10 + (unsigned long)(*q++ - '0');
			while (*q == ',' || (*q >= '0' && *q <= '9'))
				q++;
			if (*q != '}') {
				ps->bad = 1;
				return 0;
			}
			min = n ? min : 0;
			ps->p = q;
		} else {
			return min;
		}
		*quantified = 1;
		ps->p++;
	}
}

static void parse_alternation(struct parser *ps, struct literals *out);

enum atom { ATOM_CHAR, ATOM_GROUP, ATOM_OTHER };

/* Reads one atom at ps->p: a plain character (*C), a group (*GROUP), or
 * anything else that matches no fixed text. */
static enum atom parse_atom(struct parser *ps, char *c, struct literals *group)
{
	char ch = *ps->p++;

	switch (ch) {
	case '(':
		parse_alternation(ps, group);
		if (*ps->p != ')')
			ps->bad = 1;
		else
			ps->p++;
		return ATOM_GROUP;
	case '[':
		if (!(ps->p = skip_bracket(ps->p - 1))) {
			ps->bad = 1;
			ps->p = "";
		}
		return ATOM_OTHER;
	case '.': case '^': case '$':
		return ATOM_OTHER;
	case '*': case '+': case '?': case '{': case ')':
		ps->bad = 1;
		return ATOM_OTHER;
	case '\\':
		ch = *ps->p;
		if (!ch) {
			ps->bad = 1;
			return ATOM_OTHER;
		}
		ps->p++;
		/* \w \s \b \< \1 ... and any other letter or digit: not text. */
		if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
		    ch == '<' || ch == '>' || ch == '`' || ch == '\'' || (unsigned char)ch >= 0x80)
			return ATOM_OTHER;
		*c = ch;
		return ATOM_CHAR;
	default:
		/* A byte of a multi-byte character: in a UTF-8 locale a
		 * quantifier after it repeats the whole character, so its
		 * bytes are no plain text to this reader. */
		if ((unsigned char)ch >= 0x80)
			return ATOM_OTHER;
		*c = ch;
		return ATOM_CHAR;
	}
}

/* One branch: atoms in sequence, up to '|', ')' or the end. */
static void parse_sequence(struct parser *ps, struct literals *best)
{
	char run[RUN_MAX + 1];
	size_t len = 0;

	memset(best, 0, sizeof(*best));
	while (!ps->bad && *ps->p && *ps->p != '|' && *ps->p != ')') {
		struct literals group = { 0 };
		char c = 0;
		enum atom kind = parse_atom(ps, &c, &group);
		int quantified;
		unsigned long min = quantifier(ps, &quantified);

		if (kind == ATOM_CHAR && min > 0 && len < RUN_MAX)
			run[len++] = c;
		if (kind != ATOM_CHAR || quantified || len == RUN_MAX)
			end_run(run, &len, best);
		if (kind == ATOM_GROUP && min > 0)
			set_keep_best(best, &group);
		literals_free(&group);
	}
	end_run(run, &len, best);
}

static void parse_alternation(struct parser *ps, struct literals *out)
{
	parse_sequence(ps, out);
	while (!ps->bad && *ps->p == '|') {
		struct literals branch;

		ps->p++;
		parse_sequence(ps, &branch);
		set_union(out, &branch);
	}
}

void literals_of_regex(const char *ere, struct literals *out)
{
	struct parser ps = { .p = ere };

	parse_alternation(&ps, out);
	if (ps.bad || *ps.p)
		literals_free(out);
}

void literals_free(struct literals *l)
{
	for (size_t i = 0; i < l->count; i++)
		free(l->alt[i]);
	memset(l, 0, sizeof(*l));
}

/* Whether TEXT[0..len) holds LIT[0..n): memchr to each candidate first
 * byte, then a compare.  On answers of a few hundred bytes this is several
 * times quicker than memmem, whose set-up dominates. */
static int contains(const char *text, size_t len, const char *lit, size_t n)
{
	const char *p = text, *end = text + len;

	while (n && n <= (size_t)(end - p) &&
	       (p = memchr(p, lit[0], (size_t)(end - p) - n + 1)) != NULL) {
		if (memcmp(p + 1, lit + 1, n - 1) == 0)
			return 1;
		p++;
	}
	return 0;
}

int literals_may_match(const struct literals *l, const char *text, size_t len)
{
	if (!l->count)
		return 1;
	for (size_t i = 0; i < l->count; i++)
		if (contains(text, len, l->alt[i], strlen(l->alt[i])))
			return 1;
	return 0;
}

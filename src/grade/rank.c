/* The one ranking step between a report and everything that shows it (see
 * report.h, "Ranking").  A report usually holds tens of messages, but a
 * 256 KiB answer can make tens of thousands: pairs are tried only where
 * they can be the same thing.  Nothing here changes a verdict, only what
 * is shown and in which order. */
#include <stdlib.h>
#include <string.h>
#include "grade/report_int.h"
#include "util/xalloc.h"
#include "util/banned.h"

const char *report_level_name(enum report_level level)
{
	static const char *const names[] = { "essential", "actionable", "informative",
					      "celebratory" };

	return (unsigned)level <= REPORT_CELEBRATORY ? names[level] : "informative";
}

static enum report_level level_of(const struct feedback *f)
{
	if (f->pass)
		return REPORT_CELEBRATORY;
	if (f->advisory)
		return REPORT_ACTIONABLE;
	return f->source == REPORT_FROM_GENERIC ? REPORT_INFORMATIVE : REPORT_ESSENTIAL;
}

/* One feedback item of the report, flattened. */
struct slot {
	size_t crit;
	const struct feedback *f;
	size_t winner;		/* the slot it was merged into; itself when kept */
};

static int failing(const struct feedback *f)
{
	return !f->pass && !f->advisory;
}

/* How many `code` spans of A stand in B too (ALL: 1 when every one does,
 * else 0); A with no span quotes nothing. */
static int quotes(const char *a, const char *b, int all)
{
	const char *p = a;
	int spans = 0, found = 0;

	while ((p = strchr(p, '`')) != NULL) {
		const char *end = strchr(p + 1, '`');
		char *code;

		if (!end)
			break;
		code = xstrndup(p, (size_t)(end - p) + 1);
		found += strstr(b, code) != NULL;
		free(code);
		spans++;
		p = end + 1;
	}
	return all ? spans > 0 && found == spans : found;
}

/* A required pattern's "missing" (at the anchor) said again, and more, by
 * a finding of its criterion where the change goes. */
static int missing_said_by(const struct slot *m, const struct slot *o)
{
	return m->f->missing && !o->f->missing && o->f->line > 0 && m->crit == o->crit &&
	       o->f->source >= m->f->source && quotes(m->f->message, o->f->message, 1);
}

/* A harness observation and a static guess about its criterion on one
 * line: the exercise's own rule, or a course habit quoting code the
 * observation quotes too (`loadConfigAndUser`); a habit about something
 * else on that line (`;`, another name) stays. */
static int observed_and_guessed(const struct slot *a, const struct slot *b)
{
	if (a->crit != b->crit || a->f->source != REPORT_FROM_HARNESS)
		return 0;
	return b->f->source == REPORT_FROM_EXERCISE ||
	       (b->f->source == REPORT_FROM_HABIT && quotes(b->f->message, a->f->message, 0));
}

/* Do A and B say something about the same thing?  The same code (the same
 * bytes of the answer), the same words on one line, or, in one criterion,
 * a harness observation and a static guess on one line. */
static int same_thing(const struct slot *a, const struct slot *b)
{
	if (!failing(a->f) || !failing(b->f))
		return 0;
	if (missing_said_by(a, b) || missing_said_by(b, a))
		return 1;
	if (a->f->line != b->f->line || a->f->line == 0)
		return 0;
	if (a->f->end && a->f->start == b->f->start && a->f->end == b->f->end)
		return 1;
	if (strcmp(a->f->message, b->f->message) == 0)
		return 1;
	return observed_and_guessed(a, b) || observed_and_guessed(b, a);
}

/* The more specific of two: the one at the change's line over a missing
 * pattern's, the higher source, then the one found first. */
static int outranks(const struct feedback *a, const struct feedback *b)
{
	if (a->missing != b->missing)
		return b->missing;
	if (a->source != b->source)
		return a->source > b->source;
	return a->order < b->order;
}

static size_t winner_of(const struct slot *s, size_t i)
{
	/* A loser always points at a root, so this ends. */
	while (s[i].winner != i)
		i = s[i].winner;
	return i;
}

/* Merges I and J (by their roots) when they speak about the same thing.
 * The roots must too: two observations of the run that each absorbed the
 * same static finding are still two observations. */
static void consider(struct slot *s, size_t i, size_t j)
{
	size_t a = winner_of(s, i), b = winner_of(s, j);

	if (a == b || !same_thing(&s[i], &s[j]))
		return;
	if ((a != i || b != j) && !same_thing(&s[a], &s[b]))
		return;
	if (outranks(s[a].f, s[b].f))
		s[b].winner = a;
	else
		s[a].winner = b;
}

/* A slot's sort keys, copied so qsort needs no context (reports are
 * ranked on several threads at once in the server). */
struct key {
	int line;
	size_t start, end, order, slot;
	const char *message;
};

static int by_line(const struct key *a, const struct key *b)
{
	return a->line != b->line ? (a->line < b->line ? -1 : 1) : 0;
}

static int by_order(const struct key *a, const struct key *b)
{
	return a->order < b->order ? -1 : a->order > b->order;
}

/* By line and span: the same code on one line sits together. */
static int by_span(const void *x, const void *y)
{
	const struct key *a = x, *b = y;

	if (by_line(a, b))
		return by_line(a, b);
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->end != b->end)
		return a->end < b->end ? -1 : 1;
	return by_order(a, b);
}

/* By line and words: the same message on one line sits together. */
static int by_words(const void *x, const void *y)
{
	const struct key *a = x, *b = y;
	int c = strcmp(a->message, b->message);

	if (by_line(a, b))
		return by_line(a, b);
	return c ? c : by_order(a, b);
}

/* Neighbours in an order: a 256 KiB answer can hold tens of thousands of
 * findings, so pairs are only tried where they can be the same thing. */
static void consider_neighbours(struct slot *s, size_t n, struct key *keys,
				int (*cmp)(const void *, const void *))
{
	qsort(keys, n, sizeof(*keys), cmp);
	for (size_t k = 1; k < n; k++)
		consider(s, keys[k - 1].slot, keys[k].slot);
}

static struct slot *slots_merged(const struct report *r, size_t *n)
{
	struct slot *s;
	struct key *keys;
	size_t count = 0, k = 0;

	for (size_t c = 0; c < r->count; c++)
		count += r->crits[c].count;
	s = xcalloc(count + 1, sizeof(*s));
	keys = xcalloc(count + 1, sizeof(*keys));
	for (size_t c = 0; c < r->count; c++)
		for (size_t i = 0; i < r->crits[c].count; i++, k++) {
			const struct feedback *f = &r->crits[c].items[i];

			s[k] = (struct slot){ c, f, k };
			keys[k] = (struct key){ f->line, f->start, f->end, f->order, k, f->message };
		}
	consider_neighbours(s, count, keys, by_span);
	consider_neighbours(s, count, keys, by_words);
	/* Harness observations and missing patterns are few (one per check of
	 * the harness, one per required rule): each is tried against all. */
	for (size_t i = 0; i < count; i++) {
		if (s[i].f->source != REPORT_FROM_HARNESS && !s[i].f->missing)
			continue;
		for (size_t j = 0; j < count; j++)
			if (j != i)
				consider(s, i, j);
	}
	free(keys);
	*n = count;
	return s;
}

static void ranked_add(struct ranked_crit *k, const struct feedback *f, char *pointer)
{
	k->items = xgrow(k->items, &k->cap, k->count + 1, sizeof(*k->items));
	k->items[k->count++] = (struct ranked){ f, pointer ? REPORT_ESSENTIAL : level_of(f), pointer };
}

/* A failing criterion whose findings were all merged into another
 * criterion's message still says why it fails: it points there. */
static void pointer_add(const struct report *r, const struct slot *s, size_t n, size_t crit,
			struct ranked_crit *k)
{
	for (size_t i = 0; i < k->count; i++)
		if (k->items[i].level == REPORT_ESSENTIAL)
			return;
	for (size_t i = 0; i < n; i++) {
		size_t w = winner_of(s, i);

		if (s[i].crit != crit || w == i || s[w].crit == crit)
			continue;
		ranked_add(k, s[i].f, xasprintf("see line %d under \"%s\": the change it asks for "
						"settles this too", s[w].f->line, r->crits[s[w].crit].title));
		return;
	}
}

static int ranked_cmp(const void *x, const void *y)
{
	const struct ranked *a = x, *b = y;

	if (a->level != b->level)
		return a->level < b->level ? -1 : 1;
	if (a->f->line != b->f->line) {
		if (a->f->line == 0 || b->f->line == 0)	/* whole-answer notes last */
			return a->f->line == 0 ? 1 : -1;
		return a->f->line < b->f->line ? -1 : 1;
	}
	return a->f->order < b->f->order ? -1 : a->f->order > b->f->order;
}

static void ranked_sort(struct ranked_crit *k)
{
	if (k->count > 1)
		qsort(k->items, k->count, sizeof(*k->items), ranked_cmp);
	k->shown = k->count < REPORT_SHOWN_MAX ? k->count : REPORT_SHOWN_MAX;
}

void ranking_build(const struct report *r, struct ranking *out)
{
	size_t n;
	struct slot *s = slots_merged(r, &n);

	out->count = r->count;
	out->crits = xcalloc(r->count + 1, sizeof(*out->crits));
	for (size_t i = 0; i < n; i++)
		if (s[i].winner == i)
			ranked_add(&out->crits[s[i].crit], s[i].f, NULL);
	for (size_t c = 0; c < r->count; c++) {
		if (r->crits[c].failed)
			pointer_add(r, s, n, c, &out->crits[c]);
		ranked_sort(&out->crits[c]);
	}
	free(s);
}

void ranking_release(struct ranking *k)
{
	for (size_t c = 0; c < k->count; c++) {
		for (size_t i = 0; i < k->crits[c].count; i++)
			free(k->crits[c].items[i].pointer);
		free(k->crits[c].items);
	}
	free(k->crits);
	k->crits = NULL;
	k->count = 0;
}

const char *ranked_message(const struct ranked *it)
{
	return it->pointer ? it->pointer : it->f->message;
}

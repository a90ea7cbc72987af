/* Concept rules on free text; see concepts.h.  Answers are a few hundred
 * words, so a token array (sentences.c) and a direct search per phrase are
 * plenty fast.  A word matches a phrase word by its text, its stem or a
 * spelling slip (wordforms.c); a match counts where its clause asserts it. */
#include <stdlib.h>
#include <string.h>
#include "grade/concepts.h"
#include "grade/concepts_int.h"
#include "grade/sentences.h"
#include "grade/wordforms.h"
#include "syntax/syntax.h"
#include "util/buf.h"
#include "util/limits.h"
#include "util/xalloc.h"
#include "util/banned.h"

#define GAP_WORDS 4		/* "..." stands for up to this many words */
#define ECHO_MIN_WORDS 12	/* shorter answers are judged by their ideas alone */
#define ECHO_SHARE 50		/* percent of word pairs taken from the criterion */
#define ECHO_RUN_SHARE 40	/* and percent of its runs of three words */
#define PASTE_RUN 6		/* a run of this many words in the lesson's order is copied */
#define PASTE_SHARE 60		/* percent of an answer's words in such runs: a paste */

static int word_matches(const struct phrase_word *w, const struct token *tok)
{
	if (strcmp(w->text, "not") == 0)	/* "not checked": "isn't checked", "never checked" */
		return sentences_is_not(tok->word);
	if (w->prefix)	/* "parameter*" also takes the slip "paramters" */
		return strncmp(tok->word, w->text, strlen(w->text)) == 0 ||
		       strncmp(tok->stem, w->text, strlen(w->text)) == 0 ||
		       wordforms_slip(w->text, tok->word);
	return strcmp(tok->word, w->text) == 0 || strcmp(tok->stem, w->stem) == 0 ||
	       wordforms_slip(w->text, tok->word);
}

/* Matches P's words from WI against tokens from TI within one sentence.
 * Returns the token index after the match, or 0 when it does not match. */
static size_t phrase_at(const struct phrase *p, size_t wi, const struct tokens *t, size_t ti)
{
	if (wi == p->count)
		return ti;
	if (p->words[wi].gap) {
		for (size_t skip = 0; skip <= GAP_WORDS; skip++) {
			size_t at = ti + skip, end;

			if (at >= t->count || (at > 0 && t->items[at].sentence != t->items[ti - 1].sentence))
				return 0;
			end = phrase_at(p, wi + 1, t, at);
			if (end)
				return end;
		}
		return 0;
	}
	if (ti >= t->count || !word_matches(&p->words[wi], &t->items[ti]))
		return 0;
	if (wi > 0 && t->items[ti].sentence != t->items[ti - 1].sentence)
		return 0;
	return phrase_at(p, wi + 1, t, ti + 1);
}

static int phrase_has(const struct phrase *p, const char *word)
{
	for (size_t i = 0; i < p->count; i++)
		if (!p->words[i].gap && (strcmp(p->words[i].text, word) == 0 ||
					 (strcmp(p->words[i].text, "not") == 0 && sentences_is_not(word))))
			return 1;
	return 0;
}

static int phrase_negative(const struct phrase *p)
{
	for (size_t i = 0; i < p->count; i++)
		if (!p->words[i].gap && sentences_is_negation(p->words[i].text))
			return 1;
	return 0;
}

/* Whether the clause holding token I opens its sentence with "for",
 * "when" or "if": a fronted adverbial whose claim the next clause makes
 * ("for printing things, a comprehension is the one-liner"). */
static int fronted(const struct tokens *t, size_t i)
{
	static const char *const openers[] = { "for", "when", "if", NULL };
	size_t a = i;

	while (a > 0 && t->items[a - 1].clause == t->items[i].clause)
		a--;
	if (a > 0 && t->items[a - 1].sentence == t->items[a].sentence)
		return 0;
	for (size_t k = 0; openers[k]; k++)
		if (strcmp(t->items[a].word, openers[k]) == 0)
			return 1;
	return 0;
}

/* Whether the match [start, end) lies in one clause, or runs on only into
 * relative clauses that say it of what comes before ("groupby, which
 * counts items"), or from a fronted adverbial into its main clause. */
static int one_clause(const struct tokens *t, size_t start, size_t end)
{
	for (size_t i = start + 1; i < end; i++)
		if (t->items[i].clause != t->items[i - 1].clause &&
		    strcmp(t->items[i].word, "which") != 0 && !fronted(t, i - 1))
			return 0;
	return 1;
}

/* Whether a negated verb right before the match at START denies C: a
 * control verb always ("don't need a venv"), another verb when C's
 * phrases hold it ("would not catch specific exceptions" denies "catch
 * only ..."; "never commit the venv" does not deny where packages live). */
static int verb_denies(const struct concept *c, const struct tokens *t, size_t start)
{
	size_t v = tokens_negated_verb(t, start);

	if (tokens_negated_control(t, start))
		return 1;	/* "don't need a separate checker like mypy" */
	if (!v)
		return 0;
	if (sentences_is_control_verb(t->items[v - 1].word))
		return 1;
	for (size_t p = 0; p < c->nphrases; p++)
		for (size_t w = 0; w < c->phrases[p].count; w++)
			if (!c->phrases[p].words[w].gap &&
			    word_matches(&c->phrases[p].words[w], &t->items[v - 1]))
				return 1;
	return 0;
}

/* Whether a negative phrase's own "not" governs a control verb in its gap
 * rather than the phrase's last word: "don't need anything enforced" is
 * no claim that nothing is enforced. */
static int negation_on_control(const struct tokens *t, size_t start, size_t end)
{
	for (size_t i = start + 1; i < end; i++) {
		size_t v = tokens_negated_control(t, i);

		if (v && v - 1 > start)
			return 1;
	}
	return 0;
}

/* Whether one of the N phrases P matches at token I. */
static int mentions(const struct phrase *p, size_t n, const struct tokens *t, size_t i)
{
	for (size_t k = 0; k < n; k++)
		if (phrase_at(&p[k], 0, t, i))
			return 1;
	return 0;
}

/* Who the clause of the match at START is about: C's subject (1) when the
 * clause names it before the match, else its rival (-1) when it names
 * that ("you drop len() == 0 and rely on empty collections being falsy"
 * names both: the subject wins), or, when it names neither
 * and goes on from the clause before it (a comma, not "but", "because"
 * ...), that clause's.  0: unknown.  A rival with a negation between it
 * and the match is the one denied ("a comprehension should not be used
 * for side effects" speaks for the loop). */
/* Whether a negation stands between the mention at I and the match at START. */
static int denied_after(const struct tokens *t, size_t i, size_t start)
{
	for (size_t k = i + 1; k < start; k++)
		if (t->items[k].negation == 1)
			return 1;
	return 0;
}

static int subject_of(const struct concept *c, const struct tokens *t, size_t start)
{
	size_t a = start, end = start;

	for (;;) {
		int clause = t->items[a].clause, rival = 0;

		while (a > 0 && t->items[a - 1].clause == clause)
			a--;
		for (size_t i = a; i < end; i++) {
			if (mentions(c->subject, c->nsubject, t, i))
				return 1;
			if (mentions(c->rival, c->nrival, t, i))
				rival = denied_after(t, i, start) ? 0 : -1;
		}
		if (rival)
			return rival;
		if (a == 0 || t->items[a - 1].sentence != t->items[a].sentence ||
		    sentences_is_clause_word(t->items[a].word))
			return 0;
		end = a--;
	}
}

/* Whether the match [start, end) of P asserts what P says.  A clause about
 * JavaScript is not the learner's claim about Python.  A wrong claim is
 * asserted by one clause (which may run on into a relative clause); it is
 * denied by any negation before it in its clause or in its gaps, or by a
 * dismissal after it ("is overkill", "without any gain").  An idea is
 * denied by a plain negation right before it ("is not falsy") or by a
 * negated verb right before it that governs it (verb_denies),
 * not by a determiner ("nothing to install" still says what
 * to install), and never when its phrase is itself negative ("not
 * enforce"). */
static int asserted(const struct concept *c, const struct phrase *p, const struct tokens *t,
		    size_t start, size_t end)
{
	if (t->items[start].js && !c->about_js)
		return 0;
	if (c->nrival && subject_of(c, t, start) < 0)
		return 0;	/* "a comprehension can do it all, including side effects" */
	if (c->contradiction) {
		if (!one_clause(t, start, end))
			return 0;	/* "ranges in pyproject, exact pins in a lock" */
		if (tokens_negated(t, start) || tokens_dismissed(t, end))
			return 0;
		for (size_t i = start + 1; i < end; i++)
			if (t->items[i].negation && !phrase_has(p, t->items[i].word))
				return 0;
		return 1;
	}
	if (phrase_negative(p))
		return !negation_on_control(t, start, end);
	return tokens_negated_next(t, start) != 1 && !verb_denies(c, t, start);
}

struct found {
	size_t start, end;	/* token range; end == 0: not found */
};

/* An idea's phrase of two words around a gap also matches in the other
 * order: "caches ... result" takes "the result is cached", "up ... stack"
 * takes "the stack ... up".  Not a phrase with a negation, whose order is
 * its meaning ("not ... enforced"), nor a wrong claim. */
static size_t reversed_at(const struct concept *c, const struct phrase *p, const struct tokens *t,
			  size_t ti)
{
	struct phrase_word w[3];
	struct phrase r = { w, 3, p->source };

	if (c->contradiction || p->count != 3 || !p->words[1].gap || phrase_negative(p))
		return 0;
	w[0] = p->words[2];
	w[1] = p->words[1];
	w[2] = p->words[0];
	return phrase_at(&r, 0, t, ti);
}

/* First asserted match of any of C's phrases, scanning from token FROM. */
static struct found concept_find(const struct concept *c, const struct tokens *t, size_t from)
{
	for (size_t ti = from; ti < t->count; ti++) {
		for (size_t p = 0; p < c->nphrases; p++) {
			size_t end = phrase_at(&c->phrases[p], 0, t, ti);

			if (!end)
				end = reversed_at(c, &c->phrases[p], t, ti);
			if (end && asserted(c, &c->phrases[p], t, ti, end))
				return (struct found){ ti, end };
		}
	}
	return (struct found){ 0, 0 };
}

/* Quotes the sentence holding F, cut to IDIOM_QUOTE_MAX bytes around the
 * match at word boundaries. */
static void quote(const char *text, const struct tokens *t, struct found f, struct buf *out)
{
	size_t a, b, m = t->items[f.start].start;
	int cut = 0;

	tokens_sentence_span(t, f.start, &a, &b);
	if (b - a > IDIOM_QUOTE_MAX && m > a + IDIOM_QUOTE_MAX / 3) {
		size_t from = m - IDIOM_QUOTE_MAX / 3;

		while (from < m && text[from] != ' ')	/* start on a word */
			from++;
		a = from + (from < m);
		cut = 1;
	}
	buf_puts(out, cut ? "\"…" : "\"");
	for (size_t i = a; i < b; i++) {
		if (i - a >= IDIOM_QUOTE_MAX - 12 && text[i] == ' ') {	/* end on a word */
			buf_puts(out, "…");
			break;
		}
		buf_putc(out, text[i] == '\n' || text[i] == '\t' ? ' ' : text[i]);
	}
	buf_putc(out, '"');
}

static void check_idea(const struct concept *c, const char *text, const struct tokens *t,
		       struct report *r)
{
	struct found f = concept_find(c, t, 0);
	struct buf msg;

	buf_init(&msg, 4096);
	if (f.end) {
		buf_printf(&msg, "found: %s (", c->label);
		quote(text, t, f, &msg);
		buf_putc(&msg, ')');
		report_add_check(r, c->criterion, 1, t->items[f.start].line, buf_str(&msg));
	} else {
		buf_printf(&msg, "missing: %s. %s", c->label, c->missing);
		report_add_check(r, c->criterion, 0, 0, buf_str(&msg));
	}
	buf_free(&msg);
}

static void check_contradiction(const struct concept *c, const char *text,
				const struct tokens *t, struct report *r)
{
	struct found f = concept_find(c, t, 0);
	int last_line = 0;

	/* One finding per line: "always make it async, async is always faster"
	 * is one argument, not two. */
	while (f.end) {
		struct buf msg;

		if (t->items[f.start].line == last_line) {
			f = concept_find(c, t, f.end);
			continue;
		}
		last_line = t->items[f.start].line;
		buf_init(&msg, 4096);
		quote(text, t, f, &msg);
		buf_printf(&msg, ": %s", c->missing);
		report_add_check(r, c->criterion, 0, t->items[f.start].line, buf_str(&msg));
		buf_free(&msg);
		f = concept_find(c, t, f.end);
	}
}

/* Percent of the answer's runs of N words (stems) that also stand in the
 * criterion's text CT. */
static unsigned echo_share(const struct tokens *t, const struct tokens *ct, size_t n)
{
	size_t shared = 0;

	if (t->count < n || ct->count < n)
		return 0;
	for (size_t i = 0; i + n <= t->count; i++)
		for (size_t j = 0; j + n <= ct->count; j++) {
			size_t k = 0;

			while (k < n && strcmp(t->items[i + k].stem, ct->items[j + k].stem) == 0)
				k++;
			if (k == n) {
				shared++;
				break;
			}
		}
	return (unsigned)(shared * 100 / (t->count - n + 1));
}

/* Whether the answer repeats the criterion's text: most of its word pairs
 * stand there, and enough of its runs of three words do too.  Pairs alone
 * also take a terse answer built of the topic's two-word terms ("side
 * effect", "first import", "type checker") in its own order; a paste
 * repeats longer runs. */
static int echoes(const struct tokens *t, const char *criterion, struct wordforms *wf)
{
	struct tokens ct = { 0 };
	int echo;

	tokens_split(criterion, strlen(criterion), wf, &ct);
	echo = echo_share(t, &ct, 2) >= ECHO_SHARE && echo_share(t, &ct, 3) >= ECHO_RUN_SHARE;
	tokens_free(&ct);
	return echo;
}

/* Whether the answer's run of PASTE_RUN words from I stands in LESSON in
 * the same order (by stem). */
static int run_in_lesson(const struct tokens *t, size_t i, const struct tokens *lesson)
{
	for (size_t j = 0; j + PASTE_RUN <= lesson->count; j++) {
		size_t k = 0;

		while (k < PASTE_RUN && strcmp(t->items[i + k].stem, lesson->items[j + k].stem) == 0)
			k++;
		if (k == PASTE_RUN)
			return 1;
	}
	return 0;
}

/* Whether most of the answer's words stand in runs of PASTE_RUN words or
 * more copied from the lesson in its order: a pasted passage.  Quoting a
 * phrase, a code name or one sentence inside an answer of one's own stays
 * well under the share. */
static int pasted(const struct tokens *t, const struct tokens *lesson)
{
	size_t copied = 0, covered_to = 0;

	if (!lesson || t->count < PASTE_RUN)
		return 0;
	for (size_t i = 0; i + PASTE_RUN <= t->count; i++) {
		if (!run_in_lesson(t, i, lesson))
			continue;
		copied += i + PASTE_RUN - (covered_to > i ? covered_to : i);
		covered_to = i + PASTE_RUN;
	}
	return copied * 100 >= (size_t)PASTE_SHARE * t->count;
}

/* An answer that mostly repeats a criterion's own words (the strong-answer
 * note), or the lesson's prose, fails it: it has to be said in the
 * learner's words. */
static void check_echo(const struct concept_rules *cr, const struct tokens *t,
		       struct wordforms *wf, struct report *r)
{
	int paste;

	if (t->count < ECHO_MIN_WORDS)
		return;
	paste = pasted(t, cr->lesson);
	for (size_t i = 0; i < cr->count; i++) {
		const char *crit = cr->concepts[i].criterion;
		int seen = 0;

		for (size_t j = 0; j < i && !seen; j++)
			seen = cr->concepts[j].criterion == crit;
		if (!crit || seen)
			continue;
		if (echoes(t, crit, wf))
			report_add_check(r, crit, 0, 0, "this repeats the criterion's own words; say "
					 "it in your own words, as you would explain it to a colleague");
		else if (paste)
			report_add_check(r, crit, 0, 0, "this is mostly the lesson's own text, copied; "
					 "say it in your own words, as you would explain it to a "
					 "colleague");
	}
}

/* Whether most words stand in clauses of one or two words: the entries
 * of a list ("falsy, truthiness, is None, empty list"), not claims.  Words
 * in brackets are left out: "== compares (major, minor, patch) field-wise"
 * is a claim with an aside, not a list. */
static int is_word_list(const struct tokens *t)
{
	size_t listed = 0, words = 0;

	for (size_t a = 0, b; a < t->count; a = b) {
		for (b = a; b < t->count && t->items[b].clause == t->items[a].clause; b++)
			;
		if (t->items[a].aside)
			continue;
		words += b - a;
		if (b - a <= 2)
			listed += b - a;
	}
	return listed * 2 > words;
}

/* min-words: an answer too short to hold the ideas, or a list of words
 * that asserts nothing, fails with the rule's message. */
static void check_length(const struct concept_rules *cr, const struct tokens *t,
			 struct report *r)
{
	struct buf msg;

	buf_init(&msg, 4096);
	if (t->count < (size_t)cr->min_words)
		buf_printf(&msg, "%zu words: %s", t->count, cr->min_words_message);
	else if (is_word_list(t))
		buf_printf(&msg, "a list of words, not sentences that say something: %s",
			   cr->min_words_message);
	if (msg.len)
		report_add_check(r, cr->min_words_criterion, 0, 0, buf_str(&msg));
	buf_free(&msg);
}

size_t concepts_check(const struct concept_rules *cr, const char *text, size_t len,
		      struct report *r)
{
	struct tokens t = { 0 };
	struct wordforms *wf = wordforms_new();
	size_t words;

	if (len > IDIOM_ANSWER_MAX)	/* no answer is longer */
		len = IDIOM_ANSWER_MAX;
	tokens_split(text, len, wf, &t);
	for (size_t i = 0; i < cr->count; i++) {
		if (cr->concepts[i].contradiction)
			check_contradiction(&cr->concepts[i], text, &t, r);
		else
			check_idea(&cr->concepts[i], text, &t, r);
	}
	check_echo(cr, &t, wf, r);
	if (cr->min_words)
		check_length(cr, &t, r);
	words = t.count;
	tokens_free(&t);
	wordforms_free(wf);
	return words;
}

static int is_docstring(TSNode node)
{
	TSNode parent;

	if (strcmp(ts_node_type(node), "string") != 0)
		return 0;
	parent = ts_node_parent(node);	/* costly: only for strings */
	return !ts_node_is_null(parent) && strcmp(ts_node_type(parent), "expression_statement") == 0 &&
	       ts_node_named_child_count(parent) == 1;
}

struct text_view {
	char *out;
	const char *src;
};

static int keep_comments(TSNode node, void *ctx)
{
	struct text_view *v = ctx;

	if (strcmp(ts_node_type(node), "comment") == 0 || is_docstring(node)) {
		uint32_t a = ts_node_start_byte(node), b = ts_node_end_byte(node);

		memcpy(v->out + a, v->src + a, b - a);
		return 0;
	}
	return 1;
}

char *concepts_python_text(TSNode root, const char *src, size_t len)
{
	struct text_view v = { xmalloc(len + 1), src };

	for (size_t i = 0; i < len; i++)
		v.out[i] = src[i] == '\n' ? '\n' : ' ';
	v.out[len] = '\0';
	syntax_walk(root, keep_comments, &v);
	return v.out;
}

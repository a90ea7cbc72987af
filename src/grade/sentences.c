/* Splitting free text into words, sentences and clauses; see sentences.h.
 * Clauses bound a negation's scope and a claim about JavaScript: "In Node
 * everything is async, but Python code is synchronous" holds two claims,
 * and only the second is the learner's claim about Python. */
#include <stdlib.h>
#include <string.h>
#include "grade/sentences.h"
#include "grade/wordforms.h"
#include "util/xalloc.h"
#include "util/banned.h"

static int in_list(const char *w, const char *const *list)
{
	for (size_t i = 0; list[i]; i++)
		if (strcmp(w, list[i]) == 0)
			return 1;
	return 0;
}

/* Words that negate what follows them in their clause.  The last few are
 * not grammatical negations but argue against what follows ("avoid making
 * it async"), so they only shield a wrong claim, never hide an idea. */
static const char *const negations[] = { "not", "no", "never", "dont", "doesnt", "didnt",
	"isnt", "arent", "wasnt", "werent", "shouldnt", "wouldnt", "couldnt", "wont", "neednt",
	"mustnt", "hasnt", "havent", "cannot", "cant", "without", "neither", "nor", "none",
	"nothing", "nobody", "nowhere", NULL };
static const char *const soft_negations[] = { "avoid", "instead", "rather", "unnecessary",
	"resist", "misuse", "misusing", "abuse", "abusing", NULL };

/* Words that open a new clause. */
static const char *const clause_words[] = { "but", "while", "whereas", "although", "though",
	"however", "unlike", "because", "since", "so", "unless", "whilst", "yet", NULL };

/* Words that name the language the learner comes from. */
static const char *const js_words[] = { "javascript", "js", "node", "nodejs", "typescript",
	"ts", "npm", "jest", "deno", "browser", NULL };

/* The forms of a plain "not": a phrase's "not" matches each of them
 * ("not ... enforced" takes "aren't enforced", "never enforced"). */
static const char *const not_forms[] = { "not", "never", "dont", "doesnt", "didnt", "isnt",
	"arent", "wasnt", "werent", "shouldnt", "wouldnt", "couldnt", "wont", "neednt", "mustnt",
	"hasnt", "havent", "cannot", "cant", NULL };

int sentences_is_not(const char *w)
{
	return in_list(w, not_forms);
}

int sentences_is_negation(const char *w)
{
	return in_list(w, negations) || in_list(w, soft_negations);
}

static int letter(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Sentence ends: . ! ? followed by space, or a blank line. */
static int sentence_end(const char *t, size_t i, size_t len)
{
	if (t[i] == '\n')
		return i + 1 < len && t[i + 1] == '\n';
	if (t[i] != '.' && t[i] != '!' && t[i] != '?' && t[i] != ';')
		return 0;
	return i + 1 >= len || t[i + 1] == ' ' || t[i + 1] == '\n' || t[i + 1] == '\t';
}

/* Clause ends inside a sentence: , : ( ) a spaced hyphen, an en or em dash. */
static int clause_end(const char *t, size_t i, size_t len)
{
	if (t[i] == ',' || t[i] == ':' || t[i] == '(' || t[i] == ')')
		return 1;
	if (t[i] == '-' && i > 0 && t[i - 1] == ' ' && i + 1 < len && t[i + 1] == ' ')
		return 1;
	return i + 2 < len && (unsigned char)t[i] == 0xe2 && (unsigned char)t[i + 1] == 0x80 &&
	       ((unsigned char)t[i + 2] == 0x93 || (unsigned char)t[i + 2] == 0x94);
}

/* An apostrophe inside a word: ' or the UTF-8 right single quote. */
static size_t apostrophe(const char *t, size_t i, size_t len)
{
	if (t[i] == '\'' && i > 0 && i + 1 < len && letter((unsigned char)t[i + 1]))
		return 1;
	if (i + 3 < len && (unsigned char)t[i] == 0xe2 && (unsigned char)t[i + 1] == 0x80 &&
	    (unsigned char)t[i + 2] == 0x99 && letter((unsigned char)t[i + 3]))
		return 3;
	return 0;
}

/* Reads the word at T[*i] into W; returns the end of the stored word. */
static char *read_word(const char *t, size_t *i, size_t len, char *w)
{
	for (;;) {
		size_t a = apostrophe(t, *i, len);

		if (a) {
			*i += a;
			continue;
		}
		if (*i >= len || !letter((unsigned char)t[*i]))
			break;
		*w++ = (char)(t[*i] >= 'A' && t[*i] <= 'Z' ? t[*i] - 'A' + 'a' : t[*i]);
		(*i)++;
	}
	*w++ = '\0';
	return w;
}

struct position {
	int line, sentence, clause;
	int calls;		/* open brackets of calls: "print(x)" */
	int asides;		/* other open brackets: "(major, minor)" */
};

/* Whether the bracket at T[I] belongs to a call written in prose
 * ("print()", "len(x)"): an opening one right after a word, and the one
 * that closes it.  Such brackets do not split a clause. */
static int call_bracket(const char *t, size_t i, struct position *at)
{
	if (t[i] == '(' && i > 0 && (letter((unsigned char)t[i - 1]) || t[i - 1] == '_')) {
		at->calls++;
		return 1;
	}
	if (t[i] == ')' && at->calls > 0) {
		at->calls--;
		return 1;
	}
	return 0;
}

static void split_words(const char *t, size_t len, struct tokens *out)
{
	struct position at = { 1, 0, 0, 0, 0 };
	char *w;

	out->words = w = xmalloc(len + 1);
	for (size_t i = 0; i < len;) {
		struct token *tok;

		if (!letter((unsigned char)t[i])) {
			if (sentence_end(t, i, len)) {
				at.sentence++;
				at.clause++;
				at.calls = at.asides = 0;
			} else if (call_bracket(t, i, &at)) {
				/* part of a call: the clause goes on */
			} else if (clause_end(t, i, len)) {
				at.clause++;
				at.asides += t[i] == '(';
				at.asides -= t[i] == ')' && at.asides > 0;
			}
			at.line += t[i] == '\n';
			i++;
			continue;
		}
		out->items = xgrow(out->items, &out->cap, out->count + 1, sizeof(*out->items));
		tok = &out->items[out->count++];
		memset(tok, 0, sizeof(*tok));
		tok->start = i;
		tok->word = w;
		w = read_word(t, &i, len, w);
		tok->end = i;
		if (in_list(tok->word, clause_words) && out->count > 1 &&
		    out->items[out->count - 2].clause == at.clause)
			at.clause++;
		tok->line = at.line;
		tok->sentence = at.sentence;
		tok->clause = at.clause;
		tok->aside = at.asides > 0;
	}
}

/* Negation words; "not only" and "not just" add rather than deny. */
static void mark_negations(struct tokens *t)
{
	for (size_t i = 0; i < t->count; i++) {
		struct token *tok = &t->items[i];

		if (in_list(tok->word, negations))
			tok->negation = 1;
		else if (in_list(tok->word, soft_negations))
			tok->negation = 2;
		if (tok->negation && i + 1 < t->count && strcmp(tok->word, "not") == 0 &&
		    (strcmp(t->items[i + 1].word, "only") == 0 || strcmp(t->items[i + 1].word, "just") == 0))
			tok->negation = 0;
	}
}

/* Whether token I names JavaScript as the subject or frame of its clause:
 * first in the clause, or after "in", "like", "with", "from" ("In Node,
 * ...", "like JS does"); "node_modules" and "node-style" are not. */
static int names_js(const struct tokens *t, size_t i)
{
	static const char *const frames[] = { "in", "like", "unlike", "with", "from", NULL };
	const struct token *tok = &t->items[i];

	if (!in_list(tok->word, js_words))
		return 0;
	if (i + 1 < t->count && t->items[i + 1].clause == tok->clause &&
	    t->items[i + 1].start == tok->end + 1 &&
	    (strcmp(t->items[i + 1].word, "modules") == 0 || strcmp(t->items[i + 1].word, "style") == 0))
		return 0;
	return i == 0 || t->items[i - 1].clause != tok->clause || in_list(t->items[i - 1].word, frames);
}

/* Whether WORD names Python: "Python", "Python's" (apostrophes are dropped). */
static int names_python(const char *w)
{
	return strcmp(w, "python") == 0 || strcmp(w, "pythons") == 0;
}

/* A clause that names JavaScript or Node (and not Python) speaks about the
 * language the learner comes from. */
static void mark_js(struct tokens *t)
{
	for (size_t a = 0, b; a < t->count; a = b) {
		int js = 0, python = 0;

		for (b = a; b < t->count && t->items[b].clause == t->items[a].clause; b++) {
			js |= names_js(t, b);
			python |= names_python(t->items[b].word);
		}
		for (size_t i = a; i < b; i++)
			t->items[i].js = js && !python;
	}
}

/* Whether the clause from token A opens a sentence with a JavaScript frame:
 * "In JS, ...", "Node ...". */
static int js_frame(const struct tokens *t, size_t a)
{
	/* Words that may open a sentence before its frame: "So in JS, ..." */
	static const char *const openers[] = { "so", "and", "but", "well", "now", "back", "also",
		"ok", "okay", "yes", "again", NULL };

	if (!t->items[a].js || (a > 0 && t->items[a - 1].sentence == t->items[a].sentence))
		return 0;
	if (in_list(t->items[a].word, openers) && a + 1 < t->count &&
	    t->items[a + 1].clause == t->items[a].clause)
		a++;
	if (in_list(t->items[a].word, js_words))
		return 1;
	return strcmp(t->items[a].word, "in") == 0 && a + 1 < t->count &&
	       t->items[a + 1].clause == t->items[a].clause && in_list(t->items[a + 1].word, js_words);
}

/* A sentence that opens with a JavaScript frame goes on speaking about
 * JavaScript in the clause right after a bare frame ("In JS, [] is
 * truthy"), in relative clauses ("..., which is why I wrote .length") and
 * in causal ones ("because everything is async there"), until a clause
 * names Python.  Any other clause ("so", "but") may turn to
 * the Python side. */
static void extend_js_frames(struct tokens *t)
{
	/* Clauses that explain the frame: relative ("which is why") and causal
	 * ("because everything is async there"). */
	static const char *const relatives[] = { "which", "where", "because", "since", "as", NULL };
	int frame = 0, bare = 0;

	for (size_t a = 0, b; a < t->count; a = b) {
		int python = 0, opening = a == 0 || t->items[a - 1].sentence != t->items[a].sentence;

		for (b = a; b < t->count && t->items[b].clause == t->items[a].clause; b++)
			python |= names_python(t->items[b].word);
		if (opening)
			frame = js_frame(t, a);
		else if (python || !(bare || in_list(t->items[a].word, relatives)))
			frame = 0;
		/* "In JS", "So in Node": the clause ends on the language's name */
		bare = frame && opening && in_list(t->items[b - 1].word, js_words);
		for (size_t i = a; i < b && frame; i++)
			t->items[i].js = 1;
	}
}

void tokens_split(const char *text, size_t len, struct wordforms *wf, struct tokens *out)
{
	split_words(text, len, out);
	for (size_t i = 0; i < out->count; i++)
		out->items[i].stem = wordforms_stem(wf, out->items[i].word);
	mark_negations(out);
	mark_js(out);
	extend_js_frames(out);
}

void tokens_free(struct tokens *t)
{
	for (size_t i = 0; i < t->count; i++)
		free(t->items[i].stem);
	free(t->items);
	free(t->words);
}

int tokens_negated_next(const struct tokens *t, size_t start)
{
	static const char *const fillers[] = { "a", "an", "the", "really", "always", "be", "been",
		"even", "actually", "necessarily", NULL };
	size_t i = start;

	/* "non-blocking", "non-empty": the prefix names the opposite */
	if (i > 0 && t->items[i - 1].clause == t->items[start].clause &&
	    strcmp(t->items[i - 1].word, "non") == 0)
		return 1;
	if (i > 0 && t->items[i - 1].clause == t->items[start].clause &&
	    in_list(t->items[i - 1].word, fillers))
		i--;
	if (i == 0 || t->items[i - 1].clause != t->items[start].clause)
		return 0;
	return t->items[i - 1].negation;
}

/* Verbs of advice a negation often stands before, with the idea as their
 * object: "would not catch specific exceptions", "don't need `finally`".
 * A short list on purpose: "an option Python doesn't know raises" is a
 * negated relative clause, not a denial of "raises".  Control verbs deny
 * whatever they govern ("don't need a venv", "never let it cache"); the
 * others only what they do ("never commit the venv" still has one). */
static const char *const control_verbs[] = { "need", "want", "let", "bother", "have", "allow",
	"make", "require", "get", "help", NULL };
static const char *const advice_verbs[] = { "catch", "use", "handle", "write", "put", "add",
	"keep", "do", "commit", "call", "include", "check", "give", "return", "raise", "throw", NULL };

int sentences_is_control_verb(const char *w)
{
	return in_list(w, control_verbs);
}

int sentences_is_clause_word(const char *w)
{
	return in_list(w, clause_words);
}

/* Control verbs whose object is the rest of their clause: "don't need a
 * separate checker like mypy".  Not "have" or "make", which a negated
 * relative clause often holds ("a function that doesn't have a default
 * raises"). */
static const char *const needs[] = { "need", "needs", "needed", "want", "wants", "bother",
	"require", "requires", NULL };
#define CONTROL_REACH 6	/* words from the verb to what it governs */

/* Words that open the case a verb is (not) needed in, rather than its
 * object: "async is not needed for a single request" denies the need, and
 * so says the single request is a case without it. */
static const char *const circumstances[] = { "for", "when", "if", "in", "on", "with", "while",
	"during", "unless", NULL };

static int circumstance_between(const struct tokens *t, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		if (in_list(t->items[i].word, circumstances))
			return 1;
	return 0;
}

size_t tokens_negated_control(const struct tokens *t, size_t start)
{
	int clause = t->items[start].clause;

	for (size_t v = start; v-- > 0 && start - v <= CONTROL_REACH && t->items[v].clause == clause;) {
		if (!in_list(t->items[v].word, needs) || circumstance_between(t, v + 1, start))
			continue;
		for (size_t n = v; n-- > 0 && v - n <= 2 && t->items[n].clause == clause;)
			if (sentences_is_not(t->items[n].word) && t->items[n].negation == 1)
				return v + 1;
	}
	return 0;
}

size_t tokens_negated_verb(const struct tokens *t, size_t start)
{
	static const char *const fillers[] = { "a", "an", "the", "any", "your", "their", "its",
		"really", "even", "ever", "always", "to", "it", "them", "one", NULL };
	int clause = t->items[start].clause;
	size_t i = start, verb;

	if (i > 0 && t->items[i - 1].clause == clause && in_list(t->items[i - 1].word, fillers))
		i--;
	if (i < 2 || t->items[i - 1].clause != clause ||
	    !(in_list(t->items[i - 1].word, advice_verbs) || in_list(t->items[i - 1].word, control_verbs)))
		return 0;
	verb = --i;
	if (i >= 2 && t->items[i - 1].clause == clause && in_list(t->items[i - 1].word, fillers))
		i--;
	if (t->items[i - 1].clause == clause && sentences_is_not(t->items[i - 1].word) &&
	    t->items[i - 1].negation == 1)
		return verb + 1;
	return 0;
}

int tokens_negated(const struct tokens *t, size_t start)
{
	int clause = t->items[start].clause;

	for (size_t i = start; i-- > 0 && t->items[i].clause == clause;)
		if (t->items[i].negation)
			return t->items[i].negation;
	return 0;
}

/* Words that, after a claim in its clause, hold it up as a mistake:
 * "making everything async is overkill", "... just adds noise", "adds
 * ceremony". */
static const char *const dismissals[] = { "overkill", "pointless", "needless", "unnecessary",
	"noise", "mistake", "antipattern", "wasteful", "counterproductive", "smell", "wrong", "bad",
	"avoided", "discouraged", "frowned", "misuse", "abuse", "unidiomatic", "unpythonic",
	"ceremony", "boilerplate", "clutter", NULL };
/* What "without" must deny to dismiss a claim: "without any gain". */
static const char *const gains[] = { "gain", "gains", "benefit", "benefits", "reason", "point",
	"advantage", "payoff", NULL };

int tokens_dismissed(const struct tokens *t, size_t end)
{
	for (size_t i = end; i < t->count && t->items[i].clause == t->items[end - 1].clause; i++) {
		if (in_list(t->items[i].word, dismissals))
			return 1;
		if (strcmp(t->items[i].word, "without") != 0)
			continue;
		for (size_t j = i + 1; j <= i + 2 && j < t->count &&
				       t->items[j].clause == t->items[i].clause; j++)
			if (in_list(t->items[j].word, gains))
				return 1;
	}
	return 0;
}

void tokens_sentence_span(const struct tokens *t, size_t i, size_t *from, size_t *to)
{
	size_t a = i, b = i;

	while (a > 0 && t->items[a - 1].sentence == t->items[i].sentence)
		a--;
	while (b + 1 < t->count && t->items[b + 1].sentence == t->items[i].sentence)
		b++;
	*from = t->items[a].start;
	*to = t->items[b].end;
}

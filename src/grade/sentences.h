/* Free text split for concept rules: words with their line, sentence and
 * clause, folded and stemmed forms, and two marks per clause: the words a
 * negation governs, and whether the clause speaks about JavaScript/Node
 * rather than Python.  Answers are a few hundred words; one array. */
#ifndef IDIOM_SENTENCES_H
#define IDIOM_SENTENCES_H
#include <stddef.h>

struct wordforms;

struct token {
	size_t start, end;	/* bytes of the original text */
	int line;
	int sentence;
	int clause;		/* a sentence's part, split at , ; : ( ) dashes and but/while/because... */
	char *word;		/* lower case, apostrophes dropped */
	char *stem;		/* folded to American spelling and stemmed */
	int negation;		/* a negation word: not, no, never, don't, without, none (of) ... */
	int js;			/* its clause speaks about JavaScript/Node, not Python */
	int aside;		/* inside brackets that are not a call: "(major, minor)" */
};

struct tokens {
	struct token *items;
	size_t count, cap;
	char *words;		/* storage for every token's word */
};

/* Splits TEXT[0..len) into OUT (zeroed by the caller); WF may be NULL
 * (stems are then the folded words).  Free with tokens_free. */
void tokens_split(const char *text, size_t len, struct wordforms *wf, struct tokens *out);
void tokens_free(struct tokens *t);

/* 1 when WORD is a form of a plain "not": not, never, cannot and the n't
 * forms (don't, isn't, aren't ...). */
int sentences_is_not(const char *word);

/* 1 when WORD (lower case, apostrophes dropped) is a negation word. */
int sentences_is_negation(const char *word);

/* Whether a negation word governs the word at START: one earlier in its
 * clause.  Returns 0 (none), 1 (a negation: not, no, never, without,
 * none ...) or 2 (a word that argues against what follows: avoid,
 * instead, rather ...). */
int tokens_negated(const struct tokens *t, size_t start);

/* The same, for a negation right before START (one filler word such as
 * "a", "the", "really", "always" may stand between): "is not falsy",
 * "never a copy"; or a "non" prefix right before it ("non-blocking"). */
int tokens_negated_next(const struct tokens *t, size_t start);

/* The negated verb of advice right before START, as its index + 1, or 0
 * (a filler word such as "a", "the", "really" may stand on either side of
 * the verb): "would not catch specific exceptions", "doesn't need a
 * `finally`". */
size_t tokens_negated_verb(const struct tokens *t, size_t start);

/* 1 when WORD opens a clause of its own (but, while, because, so ...):
 * a clause that opens with one makes its own claim. */
int sentences_is_clause_word(const char *word);

/* 1 when WORD is a control verb (need, want, let ...): negated, it denies
 * whatever it governs, not only its own act. */
int sentences_is_control_verb(const char *word);

/* The negated control verb ("don't need", "never want") that governs the
 * word at START from earlier in its clause, at most a few words back, as
 * its index + 1, or 0: "you don't need a separate checker like mypy". */
size_t tokens_negated_control(const struct tokens *t, size_t start);

/* Whether the rest of the clause after a match ending at END (> 0) holds the
 * claim up as a mistake: "is overkill", "adds noise", "without any gain". */
int tokens_dismissed(const struct tokens *t, size_t end);

/* Byte range [*from, *to) of the sentence holding token I, from its first
 * word to its last. */
void tokens_sentence_span(const struct tokens *t, size_t i, size_t *from, size_t *to);

#endif

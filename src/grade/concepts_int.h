/* The compiled concept rules' layout, private to the concept module:
 * concepts_read.c builds them from YAML, concepts.c runs them. */
#ifndef IDIOM_CONCEPTS_INT_H
#define IDIOM_CONCEPTS_INT_H
#include <stddef.h>

/* A phrase of a concept rule: words to find in order.  "word*" matches any
 * word starting with "word"; "..." lets up to four other words stand between. */
struct phrase_word {
	char *text;
	char *stem;	/* folded and stemmed (wordforms_stem) */
	int prefix;	/* "word*" */
	int gap;	/* "...": a gap, text is NULL */
};

struct phrase {
	struct phrase_word *words;
	size_t count;
	char *source;	/* as the author wrote it, for messages */
};

struct concept {
	char *id;
	char *criterion;	/* the exercise's copy of the title (not owned) */
	int line;
	char *label;		/* "synchronous code as the default": shown found/missing */
	char *missing;		/* for an idea: what to add; for a contradiction: the message */
	struct phrase *phrases;
	size_t nphrases;
	int contradiction;	/* 1: finding it fails the criterion (unless negated) */
	int about_js;		/* `about: javascript`: a claim about JavaScript, found in any clause */
	/* Who the claim is about: `subject` names it, `rival` the subject it is
	 * contrasted with; a match in a clause about the rival does not count. */
	struct phrase *subject, *rival;
	size_t nsubject, nrival;
};

struct wordforms;

/* Compiles SRC ("always ... async*") into P (zeroed here).  Returns 0, or
 * -EINVAL when it has no words or starts or ends with a gap (P must still
 * be freed).  Stems come from WF (may be NULL). */
int concept_phrase_compile(struct phrase *p, const char *src, struct wordforms *wf);
void concept_phrase_free(struct phrase *p);

struct concept_rules {
	struct concept *concepts;
	size_t count;
	int min_words;		/* 0: no minimum */
	char *min_words_criterion;	/* not owned */
	char *min_words_message;
	struct tokens *lesson;	/* the lesson's prose an answer must not copy; NULL: none */
};

#endif

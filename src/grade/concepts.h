/* Free-text grading: an exercise's concept rules (ideas, each a group of
 * phrasings, all required; contradictions, flagged unless negated; a word
 * minimum) run on a Reflect answer or on a Practice file's docstrings and
 * comments.  Cheap on purpose: words, stems, short gaps and a three-word
 * negation window.  struct concept_rules is opaque: the rule-file readers
 * add to it through this API, graders run it, lint counts it. */
#ifndef IDIOM_CONCEPTS_H
#define IDIOM_CONCEPTS_H
#include <stddef.h>
#include <tree_sitter/api.h>
#include <yaml.h>
#include "grade/report.h"

struct concept_rules;
struct rule_reader;

/* Building (the rule-file readers, inside src/grade). */

struct concept_rules *concept_rules_new(void);
void concept_rules_free(struct concept_rules *cr);

/* Reads an `ideas:` (CONTRADICTIONS 0) or `contradictions:` list at NODE
 * of R's document; problems go to R. */
void concept_rules_read(struct concept_rules *cr, struct rule_reader *r, yaml_node_t *node,
			int contradictions);

/* Reads the `min-words:` mapping at NODE. */
void concept_rules_read_min_words(struct concept_rules *cr, struct rule_reader *r,
				  yaml_node_t *node);

/* Gives CR the lesson's own prose (its lesson.md, TEXT[0..len), copied):
 * an answer mostly copied from it fails (concepts_check). */
void concept_rules_set_lesson(struct concept_rules *cr, const char *text, size_t len);

/* Running. */

/* Runs CR's ideas, contradictions and word minimum on TEXT[0..len) and adds
 * checks to R: a passing check per idea found ("found: ..." at its line), a
 * failing one per idea missing (line 0, what to add), a failing one per
 * contradiction at its line.  Lines count from TEXT's first line.  Returns
 * the number of words read. */
size_t concepts_check(const struct concept_rules *cr, const char *text, size_t len,
		      struct report *r);

/* Copies Python SRC[0..len) keeping only comments and docstrings (strings
 * that stand alone as statements); everything else becomes spaces, newlines
 * kept, so lines stay put.  You own the result. */
char *concepts_python_text(TSNode root, const char *src, size_t len);

/* Queries (lint, tests). */

/* 1 when CR has nothing to check (no concept and no word minimum). */
int concept_rules_empty(const struct concept_rules *cr);
size_t concept_rules_count(const struct concept_rules *cr);
int concept_rules_min_words(const struct concept_rules *cr);	/* 0: none */
/* How many concept rules (and the word minimum) speak about CRITERION. */
size_t concept_rules_checks_for(const struct concept_rules *cr, const char *criterion);

#endif

/* The course thesaurus (courses/NAME/rules/thesaurus.yaml): groups of
 * words and phrases that mean the same in this course, shared by every
 * exercise's concept rules.  A phrase of a rule that holds one entry of a
 * group also matches with each other entry in its place. */
#ifndef IDIOM_THESAURUS_H
#define IDIOM_THESAURUS_H
#include <stddef.h>

struct concept_rules;
struct diags;

/* Reads the thesaurus at PATH (absent: nothing to do) and adds to CR's
 * phrases every variant its groups give (one substitution per variant, up
 * to IDIOM_CONCEPT_PHRASES_MAX phrases a concept).  Returns 0, or a
 * negative errno after reporting each problem (`PATH:LINE: ...`) to DIAGS;
 * CR is then unchanged. */
int concept_rules_thesaurus(struct concept_rules *cr, const char *path, struct diags *diags);

/* The same from memory: TEXT[0..len) names PATH in problems. */
int concept_rules_thesaurus_parse(struct concept_rules *cr, const char *text, size_t len,
				  const char *path, struct diags *diags);

#endif

/* What every reader of a rule file shares (inside src/grade only): the
 * YAML document being read, the exercise's criteria, and the problems found
 * so far.  The exercise file (rulefile.c), its static rules (static_read.c),
 * concept rules (concepts_read.c) and the course habits (habits.c) all read
 * through one struct rule_reader, so each problem lands at its line. */
#ifndef IDIOM_READER_H
#define IDIOM_READER_H
#include <stddef.h>
#include <yaml.h>
#include "util/diag.h"
#include "util/yamldoc.h"

struct habits;

struct rule_reader {
	struct yamldoc doc;		/* the file being read now */
	const char *rules_path;		/* the exercise's rule file */
	struct diags *diags;
	char *const *criteria;		/* the exercise's titles, NULL-terminated */
	char *const *ids;		/* and their ids (what rule files name) */
	size_t ncriteria;
	int errors;			/* problems outside DOC's helpers, and of
					 * documents already closed */
	int habits;			/* reading the course habits file */
	struct habits *habit_map;	/* categories and `replaces` (habits.c) */
};

/* Problems reported so far, in every document. */
int reader_errors(const struct rule_reader *r);

/* Reports a problem at PATH:LINE (for one not at a node of DOC). */
void reader_problem_at(struct rule_reader *r, const char *path, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* Reads TEXT[0..len) as the document PATH (closing the one before).
 * Returns 0 or -EINVAL (reported). */
int reader_open(struct rule_reader *r, const char *path, const char *text, size_t len);
void reader_close(struct rule_reader *r);

/* The line of NODE in the document being read (0: NULL). */
int reader_line(const struct rule_reader *r, const yaml_node_t *node);

/* Resolves a rule's `criterion:` at NODE to the exercise's copy of the
 * title, or returns NULL after reporting it (with the nearest title). */
char *criterion_title(struct rule_reader *r, yaml_node_t *node);

#endif

/* The compiled static rules' layout, private to the static module:
 * static_read.c builds rules from YAML, static_combine.c compiles their
 * queries into one, static.c runs them.  Nothing else includes this. */
#ifndef IDIOM_STATIC_INT_H
#define IDIOM_STATIC_INT_H
#include <regex.h>
#include <stddef.h>
#include <stdint.h>
#include "grade/literals.h"
#include "grade/template.h"
#include "syntax/syntax.h"

enum rule_mode { RULE_FORBID, RULE_REQUIRE };

/* What a finding does to the rule's criterion: fail it; show as advice
 * (a habit whose topic is not a criterion of the exercise, or `advice:
 * true`); or fail it unless the harness's run proves the criterion
 * (`overruled-by: harness`). */
enum rule_weight { RULE_FAILS, RULE_ADVICE, RULE_OVERRULED_BY_HARNESS };

struct rule {
	char *id;
	char *criterion;	/* the exercise's copy of the title (not owned) */
	char *source;		/* file the rule came from (exercise or habits) */
	int line;		/* of the rule in that file */
	int habit;		/* from the course habits file (less specific) */
	enum rule_mode mode;
	enum rule_weight weight;
	/* Exactly one of a query and a regex.  Queries are compiled together
	 * into the combined query, where this rule owns the patterns
	 * [first_pattern, first_pattern + npatterns); capture ids below are the
	 * combined query's. */
	int has_query;
	char *query_source;
	int query_line;		/* file line of the query's first line */
	size_t first_pattern, npatterns;
	regex_t regex;
	int has_regex;
	struct literals literals;	/* the regex's prefilter (grade/literals.h) */
	int at;			/* capture id (query) / group (regex) giving the line; -1: whole match */
	char *at_name;		/* query rules: `at` until the combined query resolves it */
	int at_line, message_line;
	char **inside, **not_inside;	/* ancestor node types the match must (not) have */
	size_t ninside, nnot_inside;
	struct template message;
};

#define STATIC_NO_PATTERN UINT32_MAX

struct static_rules {
	struct syntax_query *anchor;	/* its first match's line is where required rules report */
	/* Every query rule's patterns in one query, so loading compiles once and
	 * a check walks the tree once for all of them; NULL when there are none. */
	struct syntax_query *combined;
	size_t *pattern_rule;	/* combined pattern index -> index into rules */
	/* With regex rules, the combined query's last pattern finds the strings
	 * and comments the regexes must not see (static_check blanks them in the
	 * same pass); STATIC_NO_PATTERN when there is none. */
	uint32_t blank_pattern;
	struct rule *rules;
	size_t nrules;
};

/* What the regexes must not see (static_code_view blanks the same nodes). */
#define STATIC_BLANK_PATTERN "[(string) (comment)] @idiom.blank"

struct rule_reader;

/* Compiles SRC, a query whose first line is line FIRST_LINE of PATH;
 * reports a mistake at its line there.  Returns NULL on error. */
struct syntax_query *static_query_compile(struct rule_reader *r, const char *path,
					  const char *src, int first_line, const char *what);

#endif

/* Rule files: one rules.yaml per exercise plus the course-wide habits file,
 * loaded into a ruleset whose queries and regexes are compiled once, so that
 * grading an answer only runs them.  Format: docs/rules.md.  Loading checks
 * everything and reports `file:line: what is wrong and how to fix it`. */
#ifndef IDIOM_RULES_H
#define IDIOM_RULES_H
#include <regex.h>
#include "course/lesson.h"
#include "grade/literals.h"
#include <stddef.h>
#include "syntax/syntax.h"
#include "util/diag.h"

enum rule_mode { RULE_FORBID, RULE_REQUIRE };

/* A message template, split at its {placeholders}. */
enum piece_kind { PIECE_TEXT, PIECE_CAPTURE, PIECE_GROUP };
enum piece_filter { FILTER_NONE, FILTER_SNAKE, FILTER_PY };

struct piece {
	enum piece_kind kind;
	char *text;		/* PIECE_TEXT; PIECE_CAPTURE: its name */
	uint32_t index;		/* query capture id or regex group number */
	enum piece_filter filter;
};

struct template {
	struct piece *pieces;
	size_t count;
};

struct rule {
	char *id;
	char *criterion;	/* the exercise's exact title */
	char *source;		/* file the rule came from (exercise or habits) */
	int line;		/* of the rule in that file */
	enum rule_mode mode;
	/* Exactly one of a query and a regex.  Queries are compiled together
	 * into the ruleset's combined query, where this rule owns the patterns
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

/* A phrase of a concept rule: words to find in order.  "word*" matches any
 * word starting with "word"; "..." lets up to four other words stand between. */
struct phrase_word {
	char *text;
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
	char *criterion;
	int line;
	char *label;		/* "synchronous code as the default": shown found/missing */
	char *missing;		/* for an idea: what to add; for a contradiction: the message */
	struct phrase *phrases;
	size_t nphrases;
	int contradiction;	/* 1: finding it fails the criterion (unless negated) */
};

enum text_source { TEXT_NONE, TEXT_ANSWER, TEXT_COMMENTS };

#define RULES_NO_PATTERN UINT32_MAX

struct ruleset {
	char *path;
	int code;		/* the answer is Python (0: free text) */
	enum text_source text;	/* where concept rules read: the answer, or its docstrings/comments */
	struct syntax_query *anchor;	/* its first match's line is where required rules report */
	/* Every query rule's patterns in one query, so loading compiles once and
	 * a check walks the tree once for all of them; NULL when there are none. */
	struct syntax_query *combined;
	size_t *pattern_rule;	/* combined pattern index -> index into rules */
	/* With regex rules, the combined query's last pattern finds the strings
	 * and comments the regexes must not see (static_check blanks them in the
	 * same pass); RULES_NO_PATTERN when there is none. */
	uint32_t blank_pattern;
	struct rule *rules;
	size_t nrules;
	struct concept *concepts;
	size_t nconcepts;
	int min_words;		/* 0: no minimum */
	char *min_words_criterion;
	char *min_words_message;
	char **hints;
	size_t nhints;
	char **criteria;	/* the exercise's titles, copied */
	char **ids;		/* and their ids (what rule files name), copied */
	size_t ncriteria;
};

/* Loads RULES_PATH for an exercise whose criteria are CRITERIA[0..n) (rule
 * files name them by id; the ruleset keeps their titles) and,
 * when HABITS_PATH is not NULL, the course-wide habits whose categories the
 * exercise maps to its criteria (code exercises only).  Returns 0 and sets
 * *OUT, or -EINVAL after adding every problem found to DIAGS (*OUT NULL);
 * -errno if a file cannot be read.  You own the ruleset. */
int rules_load(struct ruleset **out, const char *rules_path, const char *habits_path,
	       const struct criterion *criteria, size_t n, struct diags *diags);

/* Same, from memory (for tests and the fuzzer): TEXT names RULES_PATH,
 * HABITS_TEXT (may be NULL) names HABITS_PATH. */
int rules_parse(struct ruleset **out, const char *text, size_t len, const char *rules_path,
		const char *habits_text, size_t habits_len, const char *habits_path,
		const struct criterion *criteria, size_t n, struct diags *diags);

void rules_free(struct ruleset *rs);

/* Renders T for one match: GET(index, ctx) returns the text of capture/group
 * INDEX (or NULL when absent, rendered as "…").  Appends to OUT. */
struct buf;
typedef const char *(*template_get_fn)(uint32_t index, void *ctx);
void template_render(const struct template *t, template_get_fn get, void *ctx, struct buf *out);

void template_free(struct template *t);

/* camelCase -> snake_case ("loadConfigAndUser" -> "load_config_and_user"). */
void text_snake_case(const char *in, struct buf *out);

#endif

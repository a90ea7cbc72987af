/* The verdict on one answer: per criterion pass/fail with line-numbered
 * feedback, merged from the static rules, the concept rules and the
 * behavioural harness.  Printed as the fixed `idiom check --json` object
 * (the contract is quoted in docs/ARCHITECTURE.md, "The JSON report";
 * other tools read it: keep it exactly) or as text for the terminal. */
#ifndef IDIOM_REPORT_H
#define IDIOM_REPORT_H
#include <stddef.h>
#include "util/error.h"
#include <stdio.h>

enum report_status { REPORT_PASS, REPORT_FAIL, REPORT_ERROR };

struct report;

/* A report for LESSON ("04"), EXERCISE ("rewrite") and FILE (as the learner
 * named it).  CRITERIA[0..n) are the exercise's titles in lesson order: each
 * is listed even when no check spoke about it (it then passes).  Copies every
 * string; you own the report. */
struct report *report_new(const char *lesson, const char *exercise, const char *file,
			  const char *const *criteria, size_t n);
void report_free(struct report *r);

/* How a message matters to the learner, modelled on Exercism's tiers, in
 * the order they are shown: ESSENTIAL fails a criterion; ACTIONABLE is
 * advice worth doing that fails nothing (a rule with `level: actionable`);
 * INFORMATIVE explains (a criterion "not judged" after a syntax error);
 * CELEBRATORY is a ✓ for something done right (a passing check's message). */
enum report_level {
	REPORT_ESSENTIAL, REPORT_ACTIONABLE, REPORT_INFORMATIVE, REPORT_CELEBRATORY,
};
const char *report_level_name(enum report_level level);

/* Who said it, least specific first: when two findings speak about the
 * same code, the more specific one is kept (see "Ranking" below). */
enum report_source {
	REPORT_FROM_GENERIC,	/* idiom itself (REPORT_NOT_JUDGED) */
	REPORT_FROM_HABIT,	/* a course-wide habit (rules/habits.yaml) */
	REPORT_FROM_EXERCISE,	/* the exercise's own rules */
	REPORT_FROM_HARNESS,	/* what the behavioural run observed */
};

/* One check, as a rule or the harness reports it. */
struct report_finding {
	const char *criterion;	/* exact title */
	int pass;		/* 1: the check held */
	int advisory;		/* 1: shown (level actionable), never failing */
	int missing;		/* 1: a required pattern not found (at the anchor) */
	int provisional;	/* 1: a static guess (`overruled-by: harness`): it fails
				 * the criterion unless the run proves it, when it
				 * stays as advice (report_merge_json settles it) */
	int line;		/* 1-based; 0: the whole answer */
	const char *message;	/* NULL or "": a silent check */
	enum report_source source;
	size_t start, end;	/* bytes of the code it speaks about; end 0: unknown */
	const char *rule;	/* the rule's id, or NULL */
};

/* Records F (copies its strings).  A failing, non-advisory check fails its
 * criterion.  A title the report does not list is added at the end.
 * Identical (criterion, line, message) feedback is kept once. */
void report_add_finding(struct report *r, const struct report_finding *f);

/* Records one check on CRITERION (exact title).  PASS: 1 when the check held;
 * LINE: 1-based, 0 when it concerns the whole answer; MESSAGE may be NULL or
 * "" for a silent passing check.  A title the report does not list is added
 * at the end.  Identical (criterion, line, message) feedback is kept once. */
void report_add_check(struct report *r, const char *criterion, int pass, int line,
		      const char *message);

/* 1 when criterion I was failed by a check no run overrules (a static rule)
 * while the harness's own checks on it all passed: the two disagree, and
 * `idiom lint` says so. */
int report_disputed(const struct report *r, size_t i);

/* The message a criterion gets when the answer never ran. */
#define REPORT_NOT_JUDGED "not judged: the answer did not run, so no criterion can pass yet"

/* Ranking (design.md, "Grading model"): every output (report_json, the
 * terminal text, and through the JSON the web app and `idiom lsp`) shows
 * the feedback after one ranking step (src/grade/rank.c):
 *   - the error (a syntax error) first: the terminal prints it before the
 *     criteria;
 *   - one message per finding and line: failing findings on the same line
 *     about the same code (the same bytes) are merged into the most specific
 *     one (harness over exercise rule over course habit over idiom's own),
 *     in whichever criterion; the same message on one line is kept once; a
 *     harness's failing observation on a line also absorbs the static
 *     findings of its criterion on that line from the exercise's rules, or
 *     from habits quoting code it quotes; a required pattern's "missing"
 *     finding is absorbed by a finding of its criterion on another line
 *     that quotes every `code` the missing one quotes (it says as much, at
 *     the line where the change goes).  A
 *     criterion left failing with nothing to say points at the message
 *     that absorbed its finding;
 *   - each message has a level; essential first, then actionable,
 *     informative, celebratory; within a level by line (whole-answer
 *     notes last), then in the order found;
 *   - at most REPORT_SHOWN_MAX messages per criterion are shown, then "and
 *     N more"; the JSON lists them all and says how many are shown. */
#define REPORT_SHOWN_MAX 4

/* Gives the first N criteria (in report_new's order) their ids: the JSON
 * object then carries "id" after "title", and a harness's verdict names
 * them by id.  A criterion without an id is named by its title. */
void report_set_ids(struct report *r, const char *const *ids, size_t n);

/* Marks the answer as one that could not be graded fully ("syntax error at
 * line 2", "timed out after 5 s"); the status becomes error, every check
 * already added (and added later) is kept, and every criterion fails: one
 * that had not failed gets REPORT_NOT_JUDGED (no ✓ for code that never
 * ran). */
void report_set_error(struct report *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* A note shown after the criteria in text output (the strong-answer note of
 * a Reflect question).  Not part of the JSON contract. */
void report_set_note(struct report *r, const char *note);

void report_set_ms(struct report *r, double ms);

/* Merges the behavioural harness's verdict:
 *   {"checks": [{"criterion": "<id>", "pass": bool, "line": N,
 *                "message": "..."}], "error": "..." (optional)}
 * "line" and "message" are optional.  A check naming a criterion the report
 * does not list is the course's fault: the report gets an error saying so
 * (status error) and the check is dropped.  Returns 0, or -EINVAL with a
 * message in E when the JSON is malformed (checks before the bad one are
 * kept). */
int report_merge_json(struct report *r, const char *json, size_t len, struct error *e);

enum report_status report_status(const struct report *r);
const char *report_status_name(enum report_status s);
/* Status of the criterion titled TITLE: 1 pass, 0 fail, -ENOENT if absent. */
int report_criterion_passed(const struct report *r, const char *title);
size_t report_criterion_count(const struct report *r);
const char *report_criterion_title(const struct report *r, size_t i);

/* The fixed contract object on one line, no trailing newline; you own it.
 * Added keys: each feedback item's "level" (report_level_name), and each
 * criterion's "shown" (how many of its ranked items to show at first). */
char *report_json(const struct report *r);

enum {
	REPORT_COLOR = 1,	/* ANSI colour */
	REPORT_ASCII = 2,	/* PASS/FAIL instead of ✓/✗ (no UTF-8 terminal) */
	REPORT_QUIET_PASS = 4,	/* no feedback lines under passing criteria */
};

/* Text for the terminal: a heading, each criterion with ✓/✗ and its
 * feedback ("line 3: ..."), the error if any, the note, one summary line. */
void report_print(const struct report *r, FILE *out, int flags);

/* The same, each criterion and message wrapped to WIDTH columns with a
 * hanging indent (WIDTH 0: not wrapped). */
void report_print_width(const struct report *r, FILE *out, int flags, size_t width);

/* On the wire (report_wire.c): the whole report, every field the ranking
 * and the printers read, as bytes for a warm helper's reply (src/helper/).
 * report_pack appends to OUT (0, or -ENOSPC past OUT's cap).  report_unpack
 * makes a new report from DATA[0..len) packed by the same build, or returns
 * -EINVAL for bytes that are not one (truncated, garbled, trailing). */
struct buf;
int report_pack(const struct report *r, struct buf *out);
int report_unpack(const char *data, size_t len, struct report **out);

#endif

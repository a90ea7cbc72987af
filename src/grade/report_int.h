/* The report's layout, private to report.c (building and printing) and
 * rank.c (the one ranking step every output goes through).  Nothing else
 * includes this: other modules see struct report through report.h. */
#ifndef IDIOM_REPORT_INT_H
#define IDIOM_REPORT_INT_H
#include <stddef.h>
#include "grade/report.h"

struct feedback {
	int line;
	int pass;
	int advisory;		/* shown, never failing its criterion */
	int missing;		/* a required pattern not found */
	int provisional;	/* a static guess the run may overrule */
	enum report_source source;
	size_t start, end;	/* the code it speaks about; end 0: not known */
	size_t order;		/* when it was added, report-wide */
	char *message;
	char *rule;		/* the rule's id, or NULL */
};

struct crit {
	char *title;
	char *id;	/* NULL until report_set_ids */
	int failed;
	int hard_failed;	/* by a finding that no run overrules (not the harness's) */
	int provisional;	/* failed by a guess the run may overrule */
	size_t harness_pass, harness_fail;	/* the run's checks on it */
	struct feedback *items;
	size_t count, cap;
};

struct report {
	char *lesson, *exercise, *file;
	struct crit *crits;
	size_t count, cap;
	size_t added;	/* feedback added so far (struct feedback.order) */
	char *error;	/* NULL unless the answer could not be graded fully */
	char *note;
	double ms;
};

/* One message as the learner sees it, in ranked order. */
struct ranked {
	const struct feedback *f;
	enum report_level level;
	char *pointer;	/* a merged finding's pointer message (owned), or NULL */
};

struct ranked_crit {
	struct ranked *items;
	size_t count, cap;
	size_t shown;	/* the first SHOWN are shown; the rest are "and N more" */
};

/* The report ranked: one entry per criterion, in the report's order. */
struct ranking {
	struct ranked_crit *crits;
	size_t count;
};

/* Ranks R (see report.h, "Ranking"); release with ranking_release. */
void ranking_build(const struct report *r, struct ranking *out);
void ranking_release(struct ranking *k);

/* The message a ranked item shows (its pointer, else its own). */
const char *ranked_message(const struct ranked *it);

#endif

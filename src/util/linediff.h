/* A line diff of two texts (a learner's consecutive attempts): the longest
 * common subsequence of their lines, after the common first and last lines
 * are set aside.  The table it needs is bounded (LINEDIFF_CELLS_MAX): past
 * it, the differing middle is shown as removed then added, and the result
 * says it is coarse.  Lines are split on '\n'; a last line without one is
 * still a line, and "x" equals "x\n". */
#ifndef IDIOM_UTIL_LINEDIFF_H
#define IDIOM_UTIL_LINEDIFF_H
#include <stddef.h>

/* The most cells (lines of one side times lines of the other, past the
 * common ends) the table may have: 4 MiB of memory. */
#define LINEDIFF_CELLS_MAX (1024 * 1024)

enum linediff_op { LINEDIFF_SAME, LINEDIFF_ADDED, LINEDIFF_REMOVED };

struct linediff_line {
	enum linediff_op op;
	const char *text;	/* points into the old (REMOVED, SAME) or new (ADDED) text */
	size_t len;		/* without the '\n' */
	size_t old_no, new_no;	/* 1-based line numbers; 0 where the line has none */
};

struct linediff {
	struct linediff_line *lines;
	size_t count;
	size_t added, removed;
	int coarse;		/* 1: past LINEDIFF_CELLS_MAX, the middle is not aligned */
};

/* Diffs OLD (OLD_LEN bytes) against NEW into OUT, which points into both
 * texts (keep them alive while OUT is used).  Returns 0, or -ENOMEM with
 * OUT empty.  Free OUT with linediff_free. */
int linediff_compute(const char *old, size_t old_len, const char *new, size_t new_len,
		     struct linediff *out);
void linediff_free(struct linediff *d);

#endif

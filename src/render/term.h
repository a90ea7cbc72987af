/* A lesson as terminal text for `idiom show`: the catalogue line, the
 * summary, then each section with its heading, prose wrapped to the width and
 * code highlighted; the JavaScript and Python versions side by side when the
 * terminal is wide enough.  Output is deterministic: the same lesson and
 * options give the same bytes, so golden files can hold it. */
#ifndef IDIOM_TERM_H
#define IDIOM_TERM_H
#include <stddef.h>
#include "course/lesson.h"

struct buf;

/* term_options.section: every section. */
#define TERM_ALL_SECTIONS (-1)

/* From this width on, the short and deeper pairs stand side by side. */
#define TERM_SIDE_BY_SIDE_WIDTH 100

/* Below this width lines are laid out as if the terminal had this many. */
#define TERM_MIN_WIDTH 40

struct term_options {
	size_t width;		/* columns; 0: 80 */
	int colour;		/* 0: no escape code at all in the output */
	int section;		/* an enum section_id shown alone, or TERM_ALL_SECTIONS */
	const char *status;	/* the catalogue's status word; NULL: "open" */
};

/* Appends LESSON to OUT as OPT asks; every line ends with '\n'.  With one
 * section asked for, only the catalogue line and that section are shown.
 * Returns 0, -EINVAL for a section that does not exist, or -ENOSPC when OUT
 * refused the text for its cap (OUT then holds a cut version). */
int term_render_lesson(const struct lesson *lesson, const struct term_options *opt,
		       struct buf *out);

/* Appends the lesson's catalogue line, "04  open  25 min  Title", with no
 * newline: the same line `idiom list` prints and `show` opens with.  STATUS
 * NULL means "open"; COLOUR adds escape codes (bold number and title, the
 * status in colour: open green, done cyan, anything else dim). */
void term_lesson_line(const struct lesson *lesson, const char *status, int colour,
		      struct buf *out);

#endif

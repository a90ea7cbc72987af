/* Lesson front matter: the YAML block between two `---` lines at the top of
 * lesson.md, read with libyaml and checked field by field. */
#ifndef IDIOM_FRONTMATTER_H
#define IDIOM_FRONTMATTER_H
#include <stddef.h>
#include "util/diag.h"

struct frontmatter {
	int number;
	char *slug;
	char *title;
	int minutes;
	char *summary;
	size_t body_offset;	/* byte where the Markdown body starts */
	int body_line;		/* its line number in the file (1-based) */
};

/* Splits and parses the front matter of TEXT.  Returns 0, or -EINVAL after
 * adding every problem to DIAGS (as PATH:line).  On success the strings in
 * FM are yours: free them with frontmatter_release. */
int frontmatter_parse(const char *text, size_t len, const char *path,
		      struct frontmatter *fm, struct diags *diags);
void frontmatter_release(struct frontmatter *fm);

#endif

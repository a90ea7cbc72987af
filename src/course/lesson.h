/* A lesson: front matter (YAML) and Markdown prose (cmark-gfm) split into the
 * fixed sections of docs/lesson-format.md.  Loading checks the whole shape
 * and reports every problem as `file:line: what is wrong and how to fix it`. */
#ifndef IDIOM_LESSON_H
#define IDIOM_LESSON_H
#include <stddef.h>
#include <cmark-gfm.h>
#include "util/diag.h"

enum section_id {
	SEC_OBJECTIVES,		/* By the end of this lesson you can */
	SEC_OVERVIEW,		/* Overview (+ the three contrasts) */
	SEC_GLANCE,		/* At a glance: the short JS/Python pair */
	SEC_DEEPER,		/* Deeper comparison */
	SEC_REFLECT,
	SEC_REWRITE,
	SEC_PRACTICE,
	SEC_MISTAKES,		/* Common mistakes */
	SEC_TAKEAWAYS,
	SEC_COUNT
};

/* What a section's intro or a subsection must hold. */
enum content_kind {
	CONTENT_NONE,		/* nothing may stand there */
	CONTENT_ANY,		/* optional prose, no code */
	CONTENT_TEXT,		/* at least one paragraph */
	CONTENT_LIST,		/* a bullet list */
	CONTENT_JS,		/* exactly one ```javascript block */
	CONTENT_PYTHON,		/* exactly one ```python block */
};

#define SUBSECTION_MAX 3

struct subsection_spec {
	const char *title;	/* the heading as authors write it (### ...) */
	enum content_kind content;
};

struct section_spec {
	const char *title;	/* the heading as authors write it (## ...) */
	const char *key;	/* the short name for `show --section` */
	enum content_kind intro;
	struct subsection_spec subs[SUBSECTION_MAX];
	size_t nsubs;
};

/* The fixed section table, in lesson order. */
extern const struct section_spec section_specs[SEC_COUNT];

/* A run of sibling block nodes of the lesson document: [first, end). */
struct block_range {
	cmark_node *first;	/* NULL when empty */
	cmark_node *end;	/* NULL: up to the last sibling */
};

struct subsection {
	int line;		/* of the ### heading */
	struct block_range body;
};

struct section {
	int line;		/* of the ## heading */
	struct block_range intro;	/* blocks before the first ### */
	struct subsection subs[SUBSECTION_MAX];	/* in spec order */
};

enum exercise_kind { EXERCISE_REFLECT, EXERCISE_REWRITE, EXERCISE_PRACTICE, EXERCISE_COUNT };

struct criterion {
	char *id;		/* its {#id} in lesson.md: what rule files name */
	char *title;		/* as the lesson states it, `code` spans kept */
	int line;
};

struct exercise {
	enum exercise_kind kind;
	const char *name;	/* "reflect", "rewrite", "practice" */
	char *prompt;		/* the question or task, plain text */
	char *js_code;		/* Rewrite: the JavaScript to rewrite; else NULL */
	int js_line;
	struct criterion *criteria;	/* Reflect: the strong-answer note */
	size_t ncriteria;
	char *dir;		/* <lesson dir>/<name>/: grading files live here */
};

struct lesson {
	int number;
	char *slug;
	char *title;
	int minutes;
	char *summary;
	char *dir;		/* the lesson's directory */
	char *path;		/* its lesson.md */
	int body_line;		/* file line of the first Markdown line */
	cmark_node *doc;	/* the Markdown document; owned */
	struct section sections[SEC_COUNT];
	struct exercise exercises[EXERCISE_COUNT];
};

/* The criterion of EX whose id is ID, or NULL. */
const struct criterion *exercise_criterion(const struct exercise *ex, const char *id);

/* For "did you mean" messages: the id of EX nearest to ID, or NULL. */
const char *exercise_nearest_id(const struct exercise *ex, const char *id);

/* Loads DIR/lesson.md.  Returns the lesson, or NULL when any problem was
 * found; every problem is added to DIAGS.  You own the lesson. */
struct lesson *lesson_load(const char *dir, struct diags *diags);

/* Parses a lesson from memory (PATH names it in messages; DIR may be NULL).
 * Same contract as lesson_load. */
struct lesson *lesson_parse(const char *text, size_t len, const char *path,
			    const char *dir, struct diags *diags);

void lesson_free(struct lesson *lesson);

/* "04" for lesson 4: the number as the catalogue prints it. */
void lesson_number_text(const struct lesson *lesson, char out[8]);

/* Section by key ("overview") or heading ("Common mistakes"), any case.
 * Returns 0 and sets *OUT, or -ENOENT. */
int section_find(const char *name, enum section_id *out);

const char *exercise_kind_name(enum exercise_kind kind);
/* Returns 0 and sets *OUT for "reflect"/"rewrite"/"practice", or -ENOENT. */
int exercise_kind_from_name(const char *name, enum exercise_kind *out);

/* Appends the inline text of NODE and its children to OUT as plain text:
 * code spans keep their backticks, soft breaks become spaces. */
struct buf;
void md_inline_text(cmark_node *node, struct buf *out);

/* Language of a fenced code block ("python", "javascript", "text"), or NULL
 * when the fence names none or one idiom does not know. */
const char *md_code_language(cmark_node *code_block);

#endif

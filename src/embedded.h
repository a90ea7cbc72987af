/* Files baked into the binary at build time (see tools/embed.c). */
#ifndef IDIOM_EMBEDDED_H
#define IDIOM_EMBEDDED_H
#include <stddef.h>

struct embedded_file {
	const char *name;	/* e.g. "tree-sitter-python/queries/highlights.scm" */
	const char *data;	/* NUL-terminated */
	size_t len;
};

/* Terminated by an entry whose name is NULL. */
extern const struct embedded_file embedded_files[];

/* Returns the file called NAME, or NULL. */
const struct embedded_file *embedded_find(const char *name);

#endif

/* One loader for every YAML file of a course (course.yaml, front matter,
 * rules.yaml, habits.yaml, expected.yaml): a libyaml document whose nodes
 * keep their lines, with helpers that report each problem as
 * `file:line: what is wrong and how to fix it` into a struct diags and go on,
 * so an author sees every problem at once. */
#ifndef IDIOM_YAMLDOC_H
#define IDIOM_YAMLDOC_H
#include <stddef.h>
#include <yaml.h>
#include "util/diag.h"

struct yamldoc {
	yaml_document_t doc;
	const char *path;	/* names the file in problems; not owned */
	int first_line;		/* file line of the text's first line (front matter: 2) */
	struct diags *diags;	/* not owned */
	int problems;		/* reported so far, by this document's helpers */
	int loaded;
};

/* Parses TEXT[0..len) as one YAML document.  PATH names it in problems and
 * FIRST_LINE is the file line of TEXT's first line (1 for a whole file).
 * Returns 0, or -EINVAL after reporting why to DIAGS (bad YAML with its
 * line and a hint, or an empty document).  Release with yamldoc_free in
 * either case. */
int yamldoc_load(struct yamldoc *d, const char *path, int first_line,
		 const char *text, size_t len, struct diags *diags);
/* The same for a document that is part of a file: WHAT names it in the
 * syntax problem ("front matter is not valid YAML: ..."). */
int yamldoc_load_as(struct yamldoc *d, const char *what, const char *path, int first_line,
		    const char *text, size_t len, struct diags *diags);
void yamldoc_free(struct yamldoc *d);

/* The root node (NULL when not loaded), a node by id. */
yaml_node_t *yamldoc_root(struct yamldoc *d);
yaml_node_t *yamldoc_node(struct yamldoc *d, int id);

/* NODE's file line (0 for NULL: the whole file). */
int yamldoc_line(const struct yamldoc *d, const yaml_node_t *node);

/* Reports a problem at NODE's line (NULL: the whole file). */
void yamldoc_problem(struct yamldoc *d, const yaml_node_t *node, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* NODE's text when it is a scalar, else NULL. */
const char *yamldoc_scalar(const yaml_node_t *node);

/* NODE's text when it is a non-empty scalar; otherwise reports "`KEY` must
 * be a non-empty text" and returns NULL. */
const char *yamldoc_string(struct yamldoc *d, yaml_node_t *node, const char *key);

/* The value of KEY in mapping MAP, or NULL (MAP may be any node). */
yaml_node_t *yamldoc_get(struct yamldoc *d, yaml_node_t *map, const char *key);

/* Calls FN(CTX, key, value) for each pair of mapping MAP whose key is one
 * of KEYS (NULL-terminated).  Reports a MAP that is not a mapping ("WHAT
 * must be a mapping"), a key given twice, and an unknown key with the
 * nearest known one ("did you mean"); those pairs are skipped. */
typedef void (*yamldoc_key_fn)(void *ctx, const char *key, yaml_node_t *value);
void yamldoc_each_key(struct yamldoc *d, yaml_node_t *map, const char *what,
		      const char *const *keys, yamldoc_key_fn fn, void *ctx);

/* A list of non-empty texts (a single text counts as a list of one).
 * Returns a NULL-terminated array of *N copies (you own it: free with
 * yamldoc_strings_free), or NULL with *N 0 after reporting the problem. */
char **yamldoc_strings(struct yamldoc *d, yaml_node_t *node, const char *key, size_t *n);
void yamldoc_strings_free(char **v);

/* Reads NODE as one of NAMES (NULL-terminated) and returns its index, or
 * -EINVAL after reporting the problem ("`KEY: value` is not one of: ..."). */
int yamldoc_enum(struct yamldoc *d, yaml_node_t *node, const char *key, const char *const *names);

/* Reads NODE as a whole number in [MIN, MAX] into *OUT.  Returns 0, or
 * -EINVAL after reporting the problem (*OUT unchanged). */
int yamldoc_int(struct yamldoc *d, yaml_node_t *node, const char *key, long min, long max,
		long *out);

#endif

/* The names an exercise asks for (`names:` in rules.yaml, docs/rules.md):
 * a function or class callers import by that name.  The policy, once for
 * the course (docs/harness.md, "Required names"):
 *   - defined by `def`/`class` under that name: nothing to say;
 *   - bound only as an alias of another function (`total_paid = totalPaid`,
 *     the JavaScript name kept as the real one): the entry's first criterion
 *     fails, saying to rename the definition;
 *   - not bound at all (only the camelCase spelling, or nothing): callers
 *     cannot call the answer, so every criterion the entry lists fails, not
 *     judged, naming the definition to write.
 * Inside src/grade only. */
#ifndef IDIOM_NAMES_H
#define IDIOM_NAMES_H
#include <stddef.h>
#include <tree_sitter/api.h>
#include <yaml.h>

struct report;
struct rule_reader;
struct required_names;

struct required_names *required_names_new(void);
void required_names_free(struct required_names *n);

/* Reads `names:` at NODE: a list of {name, kind: def|class, criteria: [ids]}. */
void required_names_read(struct required_names *n, struct rule_reader *r, yaml_node_t *node);

/* Checks the answer (ROOT of SRC) and adds what it finds to REPORT. */
void required_names_check(const struct required_names *n, TSNode root, const char *src,
			  struct report *report);

/* How many entries list CRITERION (exact title). */
size_t required_names_checks_for(const struct required_names *n, const char *criterion);

#endif

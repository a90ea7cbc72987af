/* Message templates of static rules: a rule's `message:` split at its
 * {placeholders} once, when the rule file is read, then rendered for each
 * finding with the capture (query) or group (regex) texts of the match.
 * Filters turn the JavaScript spelling into the Python one. */
#ifndef IDIOM_TEMPLATE_H
#define IDIOM_TEMPLATE_H
#include <stddef.h>
#include <stdint.h>
#include <yaml.h>
#include "util/yamldoc.h"

enum piece_kind { PIECE_TEXT, PIECE_CAPTURE, PIECE_GROUP };
enum piece_filter { FILTER_NONE, FILTER_SNAKE, FILTER_PY };

struct piece {
	enum piece_kind kind;
	char *text;		/* PIECE_TEXT; PIECE_CAPTURE: its name until resolved */
	uint32_t index;		/* query capture id or regex group number */
	enum piece_filter filter;
};

struct template {
	struct piece *pieces;
	size_t count;
};

/* The regex group NAME ("0".."9", at most NSUB) names, or -1. */
int template_group_index(const char *name, size_t nsub);

/* Splits TEXT (the `message:` of rule ID, at NODE of D) into T.  GROUPS < 0:
 * a query rule, whose {name} placeholders keep their names for the caller
 * to resolve against the compiled query; else a regex rule with GROUPS
 * groups.  Problems (an unknown filter, a group the regex lacks) go to D. */
void template_compile(struct template *t, const char *text, long groups, const char *id,
		      struct yamldoc *d, yaml_node_t *node);

/* Renders T for one match: GET(index, ctx) returns the text of capture/group
 * INDEX (or NULL when absent, rendered as "…").  Appends to OUT. */
struct buf;
typedef const char *(*template_get_fn)(uint32_t index, void *ctx);
void template_render(const struct template *t, template_get_fn get, void *ctx, struct buf *out);

void template_free(struct template *t);

/* camelCase -> snake_case ("loadConfigAndUser" -> "load_config_and_user"). */
void text_snake_case(const char *in, struct buf *out);

#endif

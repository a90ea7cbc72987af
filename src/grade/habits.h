/* The course-wide habits (rules/habits.yaml) as one exercise sees them:
 * the exercise's `habits:` map from habit category to one of its criteria
 * (or `off`), and the habits its own rules replace (`replaces:`), so one
 * finding is not reported twice in two wordings.  Inside src/grade only. */
#ifndef IDIOM_HABITS_H
#define IDIOM_HABITS_H
#include <stddef.h>
#include <yaml.h>
#include "grade/reader.h"

struct static_rules;

struct habits *habits_new(void);
void habits_free(struct habits *h);

/* Reads the exercise file's `habits:` mapping at NODE into R's map. */
void habits_map_read(struct rule_reader *r, yaml_node_t *node);

/* Resolves habit ID through R's map: the entry for ID itself, else the one
 * for its `category:` (CATEGORY, or NULL when it has none: ID_NODE is then
 * where that is reported).  Sets *CRITERION (NULL: none) and *ADVICE (1: the
 * habit's findings are shown under *CRITERION and never fail it, because the
 * exercise has no criterion about that topic); returns 1 when the exercise
 * leaves the habit out. */
int habits_rule_criterion(struct rule_reader *r, yaml_node_t *id_node, yaml_node_t *category,
			  const char *id, char **criterion, int *advice);

/* `replaces:` at NODE on exercise rule ID: records the habits it stands for. */
void habits_replaces(struct rule_reader *r, yaml_node_t *node, const char *id);

/* 1 when an exercise rule replaces habit ID (and notes that it exists). */
int habits_replaced(struct rule_reader *r, const char *id);

/* Reads the habits file TEXT (named PATH) into SR, with R's map. */
void habits_read_file(struct rule_reader *r, const char *text, size_t len, const char *path,
		      struct static_rules *sr);

/* Every replaced habit must exist (HABITS_PATH NULL: the course has no
 * habits file); says nothing unless REPORT. */
void habits_check_replaced(struct rule_reader *r, const char *habits_path, int report);

#endif

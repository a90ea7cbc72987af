/* Habits as one exercise sees them; see habits.h.  A category the
 * exercise does not map is one problem however many habits use it. */
#include <stdlib.h>
#include <string.h>
#include "grade/habits.h"
#include "grade/static.h"
#include "util/limits.h"
#include "util/xalloc.h"
#include "util/banned.h"

/* A key of `habits:`: a category, or one habit's id (which wins over its
 * category). */
struct category {
	char *name;
	char *criterion;	/* NULL: "off", the exercise ignores this habit */
	int advice;		/* shown under the criterion, never failing it */
	int line;
	int used;
};

/* A habit an exercise rule stands in for. */
struct replaced {
	char *habit;
	char *by;	/* the exercise rule's id */
	int line;
	int found;	/* the habits file has it */
};

struct habits {
	struct category cats[IDIOM_HABIT_CATEGORIES_MAX];
	size_t ncats;
	struct replaced *replaced;
	size_t nreplaced;
};

struct habits *habits_new(void)
{
	return xcalloc(1, sizeof(struct habits));
}

void habits_free(struct habits *h)
{
	if (!h)
		return;
	for (size_t i = 0; i < h->ncats; i++)
		free(h->cats[i].name);
	for (size_t i = 0; i < h->nreplaced; i++) {
		free(h->replaced[i].habit);
		free(h->replaced[i].by);
	}
	free(h->replaced);
	free(h);
}

/* `{advice: <criterion>}`: the criterion's node, or NULL. */
static yaml_node_t *advice_target(struct rule_reader *r, yaml_node_t *v)
{
	yaml_node_pair_t *p;
	const char *key;

	if (!v || v->type != YAML_MAPPING_NODE || v->data.mapping.pairs.top - v->data.mapping.pairs.start != 1)
		return NULL;
	p = v->data.mapping.pairs.start;
	key = yamldoc_scalar(yamldoc_node(&r->doc, p->key));
	return key && strcmp(key, "advice") == 0 ? yamldoc_node(&r->doc, p->value) : NULL;
}

static void map_key(struct rule_reader *r, yaml_node_t *k, yaml_node_t *v)
{
	struct habits *h = r->habit_map;
	struct category *c;
	yaml_node_t *advice = advice_target(r, v);
	const char *name = yamldoc_scalar(k), *title = yamldoc_scalar(advice ? advice : v);

	if (!name || !title) {
		yamldoc_problem(&r->doc, k, "`habits` maps a category (or a habit's id) to a criterion "
				"id, to `{advice: <criterion id>}` (shown there, never failing it) or "
				"to `off`");
		return;
	}
	if (advice)
		v = advice;
	if (h->ncats == IDIOM_HABIT_CATEGORIES_MAX) {
		yamldoc_problem(&r->doc, k, "more than %d habit categories", IDIOM_HABIT_CATEGORIES_MAX);
		return;
	}
	c = &h->cats[h->ncats++];
	c->name = xstrdup(name);
	c->line = reader_line(r, k);
	c->criterion = strcmp(title, "off") == 0 ? NULL : criterion_title(r, v);
	c->advice = advice != NULL;
	if (strcmp(title, "off") != 0 && !c->criterion)
		c->name[0] = '\0';	/* reported; keep habits of it from piling up messages */
}

void habits_map_read(struct rule_reader *r, yaml_node_t *node)
{
	if (!node || node->type != YAML_MAPPING_NODE) {
		yamldoc_problem(&r->doc, node, "`habits` must map each habit category to a criterion "
				"title, e.g. `naming: \"Keeps names and return shapes Pythonic\"`");
		return;
	}
	for (yaml_node_pair_t *p = node->data.mapping.pairs.start; p < node->data.mapping.pairs.top; p++)
		map_key(r, yamldoc_node(&r->doc, p->key), yamldoc_node(&r->doc, p->value));
}

static struct category *category_named(struct habits *h, const char *name)
{
	for (size_t i = 0; i < h->ncats; i++)
		if (strcmp(h->cats[i].name, name) == 0)
			return &h->cats[i];
	return NULL;
}

int habits_rule_criterion(struct rule_reader *r, yaml_node_t *id_node, yaml_node_t *category,
			  const char *id, char **criterion, int *advice)
{
	struct habits *h = r->habit_map;
	const char *cat = category ? yamldoc_string(&r->doc, category, "category") : NULL;
	struct category *own = category_named(h, id), *c = cat ? category_named(h, cat) : NULL;

	*criterion = NULL;
	*advice = 0;
	if (!cat) {
		yamldoc_problem(&r->doc, id_node, "habit `%s` needs `category:` (e.g. naming, syntax)", id);
		return 0;
	}
	if (c)
		c->used = 1;
	if (own || c) {
		own = own ? own : c;
		own->used = 1;
		*criterion = own->criterion;
		*advice = own->advice;
		return !*criterion;
	}
	reader_problem_at(r, r->rules_path, 0, "`habits:` does not map category `%s` (used by "
			  "habit `%s`, %s:%d, and maybe more); add `%s: <criterion title>` or `%s: off`",
			  cat, id, r->doc.path, reader_line(r, category), cat, cat);
	if (h->ncats < IDIOM_HABIT_CATEGORIES_MAX) {
		/* Said once: later habits of the category are skipped quietly. */
		struct category *quiet = &h->cats[h->ncats++];

		quiet->name = xstrdup(cat);
		quiet->criterion = NULL;
		quiet->advice = 0;
		quiet->used = 1;
	}
	return 1;
}

void habits_replaces(struct rule_reader *r, yaml_node_t *node, const char *id)
{
	struct habits *h = r->habit_map;
	size_t n = 0;
	char **ids;

	if (r->habits) {
		yamldoc_problem(&r->doc, node, "habit `%s`: only an exercise's rules can say `replaces:`", id);
		return;
	}
	ids = yamldoc_strings(&r->doc, node, "replaces", &n);
	h->replaced = xrealloc(h->replaced, (h->nreplaced + n + 1) * sizeof(*h->replaced));
	for (size_t i = 0; i < n; i++)
		h->replaced[h->nreplaced++] = (struct replaced){ ids[i], xstrdup(id), reader_line(r, node), 0 };
	free(ids);
}

int habits_replaced(struct rule_reader *r, const char *id)
{
	struct habits *h = r->habit_map;
	int hit = 0;

	for (size_t i = 0; i < h->nreplaced; i++)
		if (strcmp(h->replaced[i].habit, id) == 0)
			hit = h->replaced[i].found = 1;
	return hit;
}

void habits_check_replaced(struct rule_reader *r, const char *habits_path, int report)
{
	struct habits *h = r->habit_map;

	for (size_t i = 0; report && i < h->nreplaced; i++) {
		const struct replaced *x = &h->replaced[i];

		if (x->found)
			continue;
		if (habits_path)
			diags_add(r->diags, r->rules_path, x->line, "rule `%s` replaces `%s`, but %s has "
				  "no habit with that id", x->by, x->habit, habits_path);
		else
			diags_add(r->diags, r->rules_path, x->line, "rule `%s` replaces `%s`, but the "
				  "course has no habits file", x->by, x->habit);
	}
}

struct file_ctx {
	struct rule_reader *r;
	struct static_rules *sr;
};

static void top_key(void *ctx, const char *key, yaml_node_t *value)
{
	struct file_ctx *f = ctx;

	(void)key;	/* `rules`, the only key */
	static_rules_read(f->sr, f->r, value);
}

void habits_read_file(struct rule_reader *r, const char *text, size_t len, const char *path,
		      struct static_rules *sr)
{
	static const char *const keys[] = { "rules", NULL };
	struct habits *h = r->habit_map;
	struct file_ctx f = { r, sr };

	int rc;

	r->habits = 1;
	rc = reader_open(r, path, text, len);
	if (rc == 0)
		yamldoc_each_key(&r->doc, yamldoc_root(&r->doc), "the habits file", keys, top_key, &f);
	reader_close(r);
	r->habits = 0;
	for (size_t i = 0; rc == 0 && i < h->ncats; i++)
		if (!h->cats[i].used && h->cats[i].name[0])
			diags_add(r->diags, r->rules_path, h->cats[i].line, "`habits:` maps `%s`, but "
				  "no habit in %s has that category or id", h->cats[i].name, path);
}

/* The course thesaurus; see thesaurus.h.  Expanding phrases once, when the
 * rules load, keeps matching as cheap as before: an answer is matched
 * against more phrases, never through a lookup per word. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "grade/concepts.h"
#include "grade/concepts_int.h"
#include "grade/thesaurus.h"
#include "grade/wordforms.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/fsutil.h"
#include "util/limits.h"
#include "util/xalloc.h"
#include "util/yamldoc.h"
#include "util/banned.h"

struct group {
	struct phrase *entries;
	size_t count;
};

struct thesaurus {
	struct group *groups;
	size_t count;
};

static void thesaurus_release(struct thesaurus *th)
{
	for (size_t g = 0; g < th->count; g++) {
		for (size_t e = 0; e < th->groups[g].count; e++)
			concept_phrase_free(&th->groups[g].entries[e]);
		free(th->groups[g].entries);
	}
	free(th->groups);
}

static int plain_words(const struct phrase *p)
{
	for (size_t i = 0; i < p->count; i++)
		if (p->words[i].gap || p->words[i].prefix)
			return 0;
	return 1;
}

/* One group: a list of two or more entries, each plain words. */
static void read_group(struct yamldoc *d, yaml_node_t *node, struct wordforms *wf,
		       struct thesaurus *th)
{
	size_t n;
	char **texts = yamldoc_strings(d, node, "a thesaurus group", &n);
	struct group g = { xcalloc(n + 1, sizeof(struct phrase)), 0 };

	if (texts && (n < 2 || n > IDIOM_THESAURUS_GROUP_MAX))
		yamldoc_problem(d, node, "a thesaurus group lists 2 to %d words or phrases that mean "
				"the same", IDIOM_THESAURUS_GROUP_MAX);
	for (size_t i = 0; texts && i < n; i++) {
		struct phrase *p = &g.entries[g.count];

		if (concept_phrase_compile(p, texts[i], wf) < 0 || !plain_words(p)) {
			yamldoc_problem(d, node, "thesaurus entry \"%s\": plain words only (no `...`, "
					"no `*`)", texts[i]);
			concept_phrase_free(p);
			continue;
		}
		g.count++;
	}
	yamldoc_strings_free(texts);
	th->groups = xrealloc(th->groups, (th->count + 1) * sizeof(*th->groups));
	th->groups[th->count++] = g;
}

static int read_thesaurus(struct yamldoc *d, struct thesaurus *th, struct diags *diags)
{
	yaml_node_t *groups = yamldoc_get(d, yamldoc_root(d), "groups");
	struct wordforms *wf = wordforms_new();
	size_t before = diags->count;

	if (!groups || groups->type != YAML_SEQUENCE_NODE)
		yamldoc_problem(d, groups ? groups : yamldoc_root(d),
				"a thesaurus is a mapping with `groups:`, a list of lists");
	else
		for (yaml_node_item_t *it = groups->data.sequence.items.start;
		     it < groups->data.sequence.items.top; it++)
			read_group(d, yamldoc_node(d, *it), wf, th);
	wordforms_free(wf);
	return diags->count > before ? -EINVAL : 0;
}

/* Where ENTRY's words stand in P (by stem, outside gaps and prefixes), or
 * P->count when they do not. */
static size_t entry_at(const struct phrase *p, const struct phrase *entry)
{
	for (size_t at = 0; at + entry->count <= p->count; at++) {
		size_t k = 0;

		while (k < entry->count && !p->words[at + k].gap && !p->words[at + k].prefix &&
		       strcmp(p->words[at + k].stem, entry->words[k].stem) == 0)
			k++;
		if (k == entry->count)
			return at;
	}
	return p->count;
}

static void word_copy(struct phrase_word *to, const struct phrase_word *from)
{
	to->text = from->text ? xstrdup(from->text) : NULL;
	to->stem = from->stem ? xstrdup(from->stem) : NULL;
	to->prefix = from->prefix;
	to->gap = from->gap;
}

/* P with its words [at, at + len) replaced by WITH's. */
static struct phrase variant(const struct phrase *p, size_t at, size_t len, const struct phrase *with)
{
	struct phrase v = { 0 };
	struct buf src;

	v.count = p->count - len + with->count;
	v.words = xcalloc(v.count, sizeof(*v.words));
	for (size_t i = 0; i < at; i++)
		word_copy(&v.words[i], &p->words[i]);
	for (size_t i = 0; i < with->count; i++)
		word_copy(&v.words[at + i], &with->words[i]);
	for (size_t i = at + len; i < p->count; i++)
		word_copy(&v.words[i - len + with->count], &p->words[i]);
	buf_init(&src, 4096);
	buf_printf(&src, "%s (thesaurus: %s)", p->source, with->source);
	v.source = xstrdup(buf_str(&src));
	buf_free(&src);
	return v;
}

static int same_words(const struct phrase *a, const struct phrase *b)
{
	if (a->count != b->count)
		return 0;
	for (size_t i = 0; i < a->count; i++) {
		const struct phrase_word *x = &a->words[i], *y = &b->words[i];

		if (x->gap != y->gap || x->prefix != y->prefix ||
		    (!x->gap && strcmp(x->prefix ? x->text : x->stem, y->prefix ? y->text : y->stem)))
			return 0;
	}
	return 1;
}

static void add_variant(struct concept *c, struct phrase v)
{
	for (size_t i = 0; i < c->nphrases; i++)
		if (same_words(&c->phrases[i], &v)) {
			concept_phrase_free(&v);
			return;
		}
	c->phrases = xrealloc(c->phrases, (c->nphrases + 1) * sizeof(*c->phrases));
	c->phrases[c->nphrases++] = v;
}

/* Adds to C, for each of its own phrases holding an entry of a group, the
 * phrase with every other entry of that group in its place. */
static void expand(struct concept *c, const struct thesaurus *th)
{
	size_t own = c->nphrases;

	for (size_t p = 0; p < own; p++)
		for (size_t g = 0; g < th->count; g++)
			for (size_t e = 0; e < th->groups[g].count; e++) {
				const struct phrase *entry = &th->groups[g].entries[e];
				size_t at = entry_at(&c->phrases[p], entry);

				if (at == c->phrases[p].count)
					continue;
				for (size_t o = 0; o < th->groups[g].count; o++)
					if (o != e && c->nphrases < IDIOM_CONCEPT_PHRASES_MAX)
						add_variant(c, variant(&c->phrases[p], at, entry->count,
								       &th->groups[g].entries[o]));
			}
}

int concept_rules_thesaurus_parse(struct concept_rules *cr, const char *text, size_t len,
				  const char *path, struct diags *diags)
{
	struct thesaurus th = { 0 };
	struct yamldoc d;
	int rc = yamldoc_load(&d, path, 1, text, len, diags);

	if (rc == 0)
		rc = read_thesaurus(&d, &th, diags);
	if (rc == 0)
		for (size_t i = 0; i < cr->count; i++)
			expand(&cr->concepts[i], &th);
	thesaurus_release(&th);
	yamldoc_free(&d);
	return rc;
}

int concept_rules_thesaurus(struct concept_rules *cr, const char *path, struct diags *diags)
{
	char *text = NULL;
	size_t len;
	int rc = fs_read_file(path, IDIOM_RULES_FILE_MAX, &text, &len);

	if (rc == -ENOENT)
		return 0;
	if (rc < 0) {
		diags_add(diags, path, 0, "cannot read the thesaurus: %s", strerror(-rc));
		return rc;
	}
	rc = concept_rules_thesaurus_parse(cr, text, len, path, diags);
	free(text);
	return rc;
}

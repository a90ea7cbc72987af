/* Reading concept rules from an exercise's rule file (see concepts.h,
 * docs/rules.md): ideas, contradictions and the word minimum.  Phrases are
 * split into words the way answers are, once, here. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "grade/concepts.h"
#include "grade/concepts_int.h"
#include "grade/reader.h"
#include "grade/sentences.h"
#include "grade/wordforms.h"
#include "util/xalloc.h"
#include "util/banned.h"

static void phrase_word_add(struct phrase *p, const char *text, size_t len, int prefix, int gap)
{
	struct phrase_word *w;

	p->words = xrealloc(p->words, (p->count + 1) * sizeof(*p->words));
	w = &p->words[p->count++];
	w->text = gap ? NULL : xstrndup(text, len);
	w->stem = NULL;
	w->prefix = prefix;
	w->gap = gap;
}

static int word_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* Splits one whitespace-separated word of a phrase the way answers are
 * split (letters and digits; apostrophes dropped), "*" kept on the last. */
static void phrase_split_word(struct phrase *p, const char *w, size_t len)
{
	char tok[64];
	size_t n = 0;

	for (size_t i = 0; i <= len; i++) {
		char c = i < len ? w[i] : ' ';

		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c == '\'')
			continue;
		if (word_char(c) && n < sizeof(tok) - 1) {
			tok[n++] = c;
			continue;
		}
		if (n)
			phrase_word_add(p, tok, n, c == '*', 0);
		n = 0;
	}
}

int concept_phrase_compile(struct phrase *p, const char *src, struct wordforms *wf)
{
	const char *s = src;

	memset(p, 0, sizeof(*p));
	p->source = xstrdup(src);
	while (*s) {
		size_t len = strcspn(s, " \t\n");

		if (len == 3 && strncmp(s, "...", 3) == 0)
			phrase_word_add(p, NULL, 0, 0, 1);
		else if (len)
			phrase_split_word(p, s, len);
		s += len;
		s += strspn(s, " \t\n");
	}
	if (p->count == 0 || p->words[0].gap || p->words[p->count - 1].gap)
		return -EINVAL;
	for (size_t i = 0; i < p->count; i++) {
		if (p->words[i].gap)
			continue;
		if (p->words[i].prefix)	/* "behaviour*": a prefix folds like a word */
			wordforms_fold(p->words[i].text);
		else
			p->words[i].stem = wordforms_stem(wf, p->words[i].text);
	}
	return 0;
}

void concept_phrase_free(struct phrase *p)
{
	for (size_t i = 0; i < p->count; i++) {
		free(p->words[i].text);
		free(p->words[i].stem);
	}
	free(p->words);
	free(p->source);
}

static void phrases_free(struct phrase *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		concept_phrase_free(&p[i]);
	free(p);
}

static void concept_free(struct concept *c)
{
	free(c->id);
	free(c->label);
	free(c->missing);
	phrases_free(c->phrases, c->nphrases);
	phrases_free(c->subject, c->nsubject);
	phrases_free(c->rival, c->nrival);
}

struct concept_rules *concept_rules_new(void)
{
	return xcalloc(1, sizeof(struct concept_rules));
}

void concept_rules_free(struct concept_rules *cr)
{
	if (!cr)
		return;
	for (size_t i = 0; i < cr->count; i++)
		concept_free(&cr->concepts[i]);
	free(cr->concepts);
	free(cr->min_words_message);
	if (cr->lesson)
		tokens_free(cr->lesson);
	free(cr->lesson);
	free(cr);
}

void concept_rules_set_lesson(struct concept_rules *cr, const char *text, size_t len)
{
	struct wordforms *wf = wordforms_new();

	if (cr->lesson)
		tokens_free(cr->lesson);
	else
		cr->lesson = xcalloc(1, sizeof(*cr->lesson));
	memset(cr->lesson, 0, sizeof(*cr->lesson));
	tokens_split(text, len, wf, cr->lesson);
	wordforms_free(wf);
}

struct concept_nodes {
	yaml_node_t *id, *criterion, *label, *phrases, *message, *about, *subject, *rival;
};

static void concept_key(void *ctx, const char *key, yaml_node_t *value)
{
	struct concept_nodes *n = ctx;

	if (!strcmp(key, "id")) n->id = value;
	else if (!strcmp(key, "criterion")) n->criterion = value;
	else if (!strcmp(key, "label")) n->label = value;
	else if (!strcmp(key, "phrases")) n->phrases = value;
	else if (!strcmp(key, "about")) n->about = value;
	else if (!strcmp(key, "subject")) n->subject = value;
	else if (!strcmp(key, "rival")) n->rival = value;
	else n->message = value;
}

/* Compiles the list KEY at NODE into *OUT (*N of them). */
static void phrase_list(struct rule_reader *l, yaml_node_t *node, const char *key,
			const char *id, struct phrase **out, size_t *count)
{
	size_t n;
	char **texts = yamldoc_strings(&l->doc, node, key, &n);
	struct wordforms *wf = wordforms_new();

	*out = xcalloc(n + 1, sizeof(**out));
	*count = 0;
	for (size_t i = 0; i < n; i++) {
		if (concept_phrase_compile(&(*out)[*count], texts[i], wf) < 0) {
			yamldoc_problem(&l->doc, node, "`%s`: phrase \"%s\" has no words, or starts or "
					"ends with `...` (a gap goes between words: \"always ... async\")",
					id, texts[i]);
			concept_phrase_free(&(*out)[*count]);
			continue;
		}
		(*count)++;
	}
	if (n == 0)
		yamldoc_problem(&l->doc, node, "`%s` needs at least one entry in `%s`", id, key);
	yamldoc_strings_free(texts);
	wordforms_free(wf);
}

static void concept_phrases(struct rule_reader *l, const struct concept_nodes *n,
			    struct concept *c)
{
	phrase_list(l, n->phrases, "phrases", c->id, &c->phrases, &c->nphrases);
	if (!n->subject != !n->rival) {
		yamldoc_problem(&l->doc, n->subject ? n->subject : n->rival,
				"`%s`: `subject` and `rival` go together (who the claim is about, "
				"and who it must not be said of)", c->id);
		return;
	}
	if (n->subject) {
		phrase_list(l, n->subject, "subject", c->id, &c->subject, &c->nsubject);
		phrase_list(l, n->rival, "rival", c->id, &c->rival, &c->nrival);
	}
}

/* C's texts from the nodes N (all present). */
static void concept_texts(struct rule_reader *l, const struct concept_nodes *n, struct concept *c)
{
	struct yamldoc *d = &l->doc;

	c->id = xstrdup(yamldoc_string(d, n->id, "id") ? yamldoc_scalar(n->id) : "?");
	c->criterion = criterion_title(l, n->criterion);
	if (n->label && yamldoc_string(d, n->label, "label"))
		c->label = xstrdup(yamldoc_scalar(n->label));
	if (yamldoc_string(d, n->message, c->contradiction ? "message" : "missing"))
		c->missing = xstrdup(yamldoc_scalar(n->message));
	if (n->about && yamldoc_string(d, n->about, "about")) {
		const char *about = yamldoc_scalar(n->about);

		c->about_js = strcmp(about, "javascript") == 0;
		if (!c->about_js && strcmp(about, "python") != 0)
			yamldoc_problem(d, n->about, "`%s`: `about` is `python` (the default: a claim "
					"about Python) or `javascript`", c->id);
	}
}

static void read_concept(struct concept_rules *cr, struct rule_reader *l, yaml_node_t *node,
			 int contradiction)
{
	static const char *const idea_keys[] = { "id", "criterion", "label", "phrases", "missing",
						 "about", "subject", "rival", NULL };
	static const char *const contra_keys[] = { "id", "criterion", "label", "phrases", "message",
						   "about", "subject", "rival", NULL };
	struct concept_nodes n = { 0 };
	struct concept c = { .contradiction = contradiction, .line = reader_line(l, node) };
	const char *what = contradiction ? "a contradiction" : "an idea";
	int errors = reader_errors(l);

	yamldoc_each_key(&l->doc, node, what, contradiction ? contra_keys : idea_keys, concept_key, &n);
	if (reader_errors(l) > errors)
		return;
	if (!n.id || !n.criterion || !n.phrases || !n.message || (!contradiction && !n.label)) {
		yamldoc_problem(&l->doc, node, "%s needs `id`, `criterion`, %s`phrases` and `%s`", what,
				contradiction ? "" : "`label`, ", contradiction ? "message" : "missing");
		return;
	}
	concept_texts(l, &n, &c);
	concept_phrases(l, &n, &c);
	if (reader_errors(l) > errors) {
		concept_free(&c);
		return;
	}
	cr->concepts = xrealloc(cr->concepts, (cr->count + 1) * sizeof(*cr->concepts));
	cr->concepts[cr->count++] = c;
}

void concept_rules_read(struct concept_rules *cr, struct rule_reader *r, yaml_node_t *node,
			int contradictions)
{
	if (!node || node->type != YAML_SEQUENCE_NODE) {
		yamldoc_problem(&r->doc, node, "`%s` must be a list",
				contradictions ? "contradictions" : "ideas");
		return;
	}
	for (yaml_node_item_t *it = node->data.sequence.items.start; it < node->data.sequence.items.top; it++)
		read_concept(cr, r, yamldoc_node(&r->doc, *it), contradictions);
}

struct min_words_ctx {
	struct concept_rules *cr;
	struct rule_reader *r;
};

static void min_words_key(void *ctx, const char *key, yaml_node_t *value)
{
	struct min_words_ctx *m = ctx;
	struct yamldoc *d = &m->r->doc;
	long n;

	if (!yamldoc_string(d, value, key))
		return;
	if (!strcmp(key, "words")) {
		if (yamldoc_int(d, value, key, 1, 10000, &n) == 0)
			m->cr->min_words = (int)n;
	} else if (!strcmp(key, "criterion")) {
		m->cr->min_words_criterion = criterion_title(m->r, value);
	} else {
		free(m->cr->min_words_message);
		m->cr->min_words_message = xstrdup(yamldoc_scalar(value));
	}
}

void concept_rules_read_min_words(struct concept_rules *cr, struct rule_reader *r,
				  yaml_node_t *node)
{
	static const char *const keys[] = { "words", "criterion", "message", NULL };
	struct min_words_ctx m = { cr, r };

	yamldoc_each_key(&r->doc, node, "`min-words`", keys, min_words_key, &m);
	if (cr->min_words && (!cr->min_words_criterion || !cr->min_words_message))
		yamldoc_problem(&r->doc, node, "`min-words` needs `words`, `criterion` and `message`");
}

int concept_rules_empty(const struct concept_rules *cr)
{
	return cr->count == 0 && cr->min_words == 0;
}

size_t concept_rules_count(const struct concept_rules *cr)
{
	return cr->count;
}

int concept_rules_min_words(const struct concept_rules *cr)
{
	return cr->min_words;
}

size_t concept_rules_checks_for(const struct concept_rules *cr, const char *criterion)
{
	size_t n = 0;

	for (size_t i = 0; i < cr->count; i++)
		n += cr->concepts[i].criterion && strcmp(cr->concepts[i].criterion, criterion) == 0;
	n += cr->min_words_criterion && strcmp(cr->min_words_criterion, criterion) == 0;
	return n;
}

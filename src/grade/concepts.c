/* Concept rules on free text; see concepts.h.  Answers are a few hundred
 * words, so a token array and a direct search per phrase are plenty fast. */
#include <stdlib.h>
#include <string.h>
#include "grade/concepts.h"
#include "grade/concepts_int.h"
#include "syntax/syntax.h"
#include "util/buf.h"
#include "util/limits.h"
#include "util/xalloc.h"
#include "util/banned.h"

#define GAP_WORDS 4		/* "..." stands for up to this many words */
#define NEGATION_WINDOW 3	/* words before a match that can negate it */
#define EXCERPT_MAX 70

struct token {
	size_t start, end;	/* bytes of the original text */
	int line;
	int sentence;
	char *word;		/* lower case, apostrophes dropped */
};

struct tokens {
	struct token *items;
	size_t count, cap;
	char *words;		/* storage for every token's word */
};

static int letter(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Sentence ends: . ! ? ; followed by space, or a blank line. */
static int sentence_end(const char *t, size_t i, size_t len)
{
	if (t[i] == '\n')
		return i + 1 < len && t[i + 1] == '\n';
	if (t[i] != '.' && t[i] != '!' && t[i] != '?' && t[i] != ';')
		return 0;
	return i + 1 >= len || t[i + 1] == ' ' || t[i + 1] == '\n' || t[i + 1] == '\t';
}

/* An apostrophe inside a word: ' or the UTF-8 right single quote. */
static size_t apostrophe(const char *t, size_t i, size_t len)
{
	if (t[i] == '\'' && i > 0 && i + 1 < len && letter((unsigned char)t[i + 1]))
		return 1;
	if (i + 3 < len && (unsigned char)t[i] == 0xe2 && (unsigned char)t[i + 1] == 0x80 &&
	    (unsigned char)t[i + 2] == 0x99 && letter((unsigned char)t[i + 3]))
		return 3;
	return 0;
}

static void tokenize(const char *t, size_t len, struct tokens *out)
{
	char *w;
	int line = 1, sentence = 0;

	out->words = w = xmalloc(len + 1);
	for (size_t i = 0; i < len;) {
		struct token *tok;

		if (!letter((unsigned char)t[i])) {
			sentence += sentence_end(t, i, len);
			line += t[i] == '\n';
			i++;
			continue;
		}
		out->items = xgrow(out->items, &out->cap, out->count + 1, sizeof(*out->items));
		tok = &out->items[out->count++];
		tok->start = i;
		tok->line = line;
		tok->sentence = sentence;
		tok->word = w;
		for (;;) {
			size_t a = apostrophe(t, i, len);

			if (a) {
				i += a;
				continue;
			}
			if (i >= len || !letter((unsigned char)t[i]))
				break;
			*w++ = (char)(t[i] >= 'A' && t[i] <= 'Z' ? t[i] - 'A' + 'a' : t[i]);
			i++;
		}
		*w++ = '\0';
		tok->end = i;
	}
}

static void tokens_free(struct tokens *t)
{
	free(t->items);
	free(t->words);
}

static int word_matches(const struct phrase_word *w, const char *word)
{
	size_t n = strlen(w->text);

	return w->prefix ? strncmp(word, w->text, n) == 0 : strcmp(word, w->text) == 0;
}

/* Matches P's words from WI against tokens from TI within one sentence.
 * Returns the token index after the match, or 0 when it does not match. */
static size_t phrase_at(const struct phrase *p, size_t wi, const struct tokens *t, size_t ti)
{
	if (wi == p->count)
		return ti;
	if (p->words[wi].gap) {
		for (size_t skip = 0; skip <= GAP_WORDS; skip++) {
			size_t at = ti + skip, end;

			if (at >= t->count || (at > 0 && t->items[at].sentence != t->items[ti - 1].sentence))
				return 0;
			end = phrase_at(p, wi + 1, t, at);
			if (end)
				return end;
		}
		return 0;
	}
	if (ti >= t->count || !word_matches(&p->words[wi], t->items[ti].word))
		return 0;
	if (wi > 0 && t->items[ti].sentence != t->items[ti - 1].sentence)
		return 0;
	return phrase_at(p, wi + 1, t, ti + 1);
}

static int is_negation(const char *w)
{
	static const char *const words[] = { "not", "no", "never", "dont", "doesnt", "didnt",
		"isnt", "arent", "wasnt", "werent", "shouldnt", "wouldnt", "couldnt", "wont",
		"neednt", "mustnt", "hasnt", "havent", "cannot", "cant", "without", "neither",
		"nor", "avoid", "instead", "rather", "unnecessary", "resist", NULL };

	for (size_t i = 0; words[i]; i++)
		if (strcmp(w, words[i]) == 0)
			return 1;
	return 0;
}

/* A match [start, end) is negated by a negation word shortly before it, in
 * the same sentence, or inside it (in a gap). */
static int negated(const struct tokens *t, size_t start, size_t end)
{
	size_t from = start > NEGATION_WINDOW ? start - NEGATION_WINDOW : 0;

	for (size_t i = from; i < end; i++) {
		if (t->items[i].sentence != t->items[start].sentence)
			continue;
		if (i != start && is_negation(t->items[i].word))
			return 1;
	}
	return 0;
}

struct found {
	size_t start, end;	/* token range; end == 0: not found */
};

/* First match of any of C's phrases (non-negated ones only for a
 * contradiction), scanning from token FROM. */
static struct found concept_find(const struct concept *c, const struct tokens *t, size_t from)
{
	for (size_t ti = from; ti < t->count; ti++) {
		for (size_t p = 0; p < c->nphrases; p++) {
			size_t end = phrase_at(&c->phrases[p], 0, t, ti);

			if (end && (!c->contradiction || !negated(t, ti, end)))
				return (struct found){ ti, end };
		}
	}
	return (struct found){ 0, 0 };
}

static void excerpt(const char *text, const struct tokens *t, struct found f, struct buf *out)
{
	size_t a = t->items[f.start].start, b = t->items[f.end - 1].end;

	buf_putc(out, '"');
	for (size_t i = a; i < b && i - a < EXCERPT_MAX; i++)
		buf_putc(out, text[i] == '\n' || text[i] == '\t' ? ' ' : text[i]);
	if (b - a > EXCERPT_MAX)
		buf_puts(out, "…");
	buf_putc(out, '"');
}

static void check_idea(const struct concept *c, const char *text, const struct tokens *t,
		       struct report *r)
{
	struct found f = concept_find(c, t, 0);
	struct buf msg;

	buf_init(&msg, 4096);
	if (f.end) {
		buf_printf(&msg, "found: %s (", c->label);
		excerpt(text, t, f, &msg);
		buf_putc(&msg, ')');
		report_add_check(r, c->criterion, 1, t->items[f.start].line, buf_str(&msg));
	} else {
		buf_printf(&msg, "missing: %s. %s", c->label, c->missing);
		report_add_check(r, c->criterion, 0, 0, buf_str(&msg));
	}
	buf_free(&msg);
}

static void check_contradiction(const struct concept *c, const char *text,
				const struct tokens *t, struct report *r)
{
	struct found f = concept_find(c, t, 0);
	int last_line = 0;

	/* One finding per line: "always make it async, async is always faster"
	 * is one argument, not two. */
	while (f.end) {
		struct buf msg;

		if (t->items[f.start].line == last_line) {
			f = concept_find(c, t, f.end);
			continue;
		}
		last_line = t->items[f.start].line;
		buf_init(&msg, 4096);
		excerpt(text, t, f, &msg);
		buf_printf(&msg, ": %s", c->missing);
		report_add_check(r, c->criterion, 0, t->items[f.start].line, buf_str(&msg));
		buf_free(&msg);
		f = concept_find(c, t, f.end);
	}
}

size_t concepts_check(const struct concept_rules *cr, const char *text, size_t len,
		      struct report *r)
{
	struct tokens t = { 0 };
	size_t words;

	if (len > IDIOM_ANSWER_MAX)	/* no answer is longer */
		len = IDIOM_ANSWER_MAX;
	tokenize(text, len, &t);
	for (size_t i = 0; i < cr->count; i++) {
		if (cr->concepts[i].contradiction)
			check_contradiction(&cr->concepts[i], text, &t, r);
		else
			check_idea(&cr->concepts[i], text, &t, r);
	}
	if (cr->min_words && t.count < (size_t)cr->min_words) {
		struct buf msg;

		buf_init(&msg, 4096);
		buf_printf(&msg, "%zu words: %s", t.count, cr->min_words_message);
		report_add_check(r, cr->min_words_criterion, 0, 0, buf_str(&msg));
		buf_free(&msg);
	}
	words = t.count;
	tokens_free(&t);
	return words;
}

static int is_docstring(TSNode node)
{
	TSNode parent;

	if (strcmp(ts_node_type(node), "string") != 0)
		return 0;
	parent = ts_node_parent(node);	/* costly: only for strings */
	return !ts_node_is_null(parent) && strcmp(ts_node_type(parent), "expression_statement") == 0 &&
	       ts_node_named_child_count(parent) == 1;
}

struct text_view {
	char *out;
	const char *src;
};

static int keep_comments(TSNode node, void *ctx)
{
	struct text_view *v = ctx;

	if (strcmp(ts_node_type(node), "comment") == 0 || is_docstring(node)) {
		uint32_t a = ts_node_start_byte(node), b = ts_node_end_byte(node);

		memcpy(v->out + a, v->src + a, b - a);
		return 0;
	}
	return 1;
}

char *concepts_python_text(TSNode root, const char *src, size_t len)
{
	struct text_view v = { xmalloc(len + 1), src };

	for (size_t i = 0; i < len; i++)
		v.out[i] = src[i] == '\n' ? '\n' : ' ';
	v.out[len] = '\0';
	syntax_walk(root, keep_comments, &v);
	return v.out;
}

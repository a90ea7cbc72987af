/* Fuzz target for the free-text matcher: the input is a learner's answer
 * (any bytes), graded by fixed concept rules that use every phrase form
 * (prefixes, gaps, negative phrases, `about: javascript`, an echo-able
 * criterion).  Its first two words also go through the word-form
 * functions.  Past a line "%%thesaurus", the rest is a course thesaurus,
 * read onto fresh rules that then grade the answer.  Built with libFuzzer
 * by `make fuzz`, replayed by `make test`. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "grade/concepts.h"
#include "grade/grade.h"
#include "grade/sentences.h"
#include "grade/thesaurus.h"
#include "grade/wordforms.h"
#include "util/diag.h"
#include "util/xalloc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define NOTE "A strong answer notices that async is for concurrent I/O and that sync code is simpler."
static const char *const criteria[] = { NOTE, "Named" };
static const struct criterion with_ids[] = { { .id = "note", .title = NOTE },
					     { .id = "named", .title = "Named" } };

static const char rules[] =
	"exercise: reflect\n"
	"language: text\n"
	"ideas:\n"
	"  - id: sync\n"
	"    criterion: note\n"
	"    label: sync\n"
	"    phrases: [\"synchron*\", \"plain ... function*\", \"behaviour\", \"memoises ... result\"]\n"
	"    missing: say sync\n"
	"  - id: unchecked\n"
	"    criterion: named\n"
	"    label: unchecked\n"
	"    phrases: [\"not ... checked\", \"no check\", \"never ... until ... run*\"]\n"
	"    missing: say it\n"
	"  - id: js\n"
	"    criterion: named\n"
	"    about: javascript\n"
	"    label: js\n"
	"    phrases: [\"new binding\", \"event loop\"]\n"
	"    missing: say it\n"
	"contradictions:\n"
	"  - id: always\n"
	"    criterion: note\n"
	"    phrases: [\"always ... async*\", \"everything is async\", \"not ... faster\"]\n"
	"    message: no\n"
	"min-words:\n"
	"  words: 5\n"
	"  criterion: named\n"
	"  message: more\n";

static struct grading *grading_new(void)
{
	struct grading *g;
	struct diags d;

	diags_init(&d);
	if (grading_parse(&g, rules, sizeof(rules) - 1, "fuzz.yaml", NULL, 0, NULL, with_ids, 2, &d) != 0)
		abort();	/* the fixed rules are valid: a failure here is a bug */
	diags_free(&d);
	return g;
}

static struct grading *grading(void)
{
	static struct grading *g;

	if (!g)
		g = grading_new();
	return g;
}

static void grade(const struct concept_rules *cr, const char *text, size_t size)
{
	struct report *r = report_new("04", "reflect", "fuzz.md", criteria, 2);
	char *json;

	concepts_check(cr, text, size, r);
	json = report_json(r);
	free(json);
	report_free(r);
}

/* The thesaurus TH[0..len) on fresh rules (the grader never changes its
 * rules once loaded; only a loader does, so the cast is the loader's). */
static void with_thesaurus(const char *text, size_t size, const char *th, size_t len)
{
	struct grading *g = grading_new();
	struct diags d;

	diags_init(&d);
	if (concept_rules_thesaurus_parse((struct concept_rules *)grading_concepts(g), th, len,
					  "thesaurus.yaml", &d) == 0)
		grade(grading_concepts(g), text, size);
	diags_free(&d);
	grading_free(g);
}

static void word_forms(const char *text, size_t len)
{
	struct tokens t = { 0 };

	tokens_split(text, len, NULL, &t);
	if (t.count >= 2) {
		char *s = wordforms_stem(NULL, t.items[0].word);

		(void)wordforms_distance(t.items[0].word, t.items[1].word, 2);
		(void)wordforms_slip(t.items[0].word, t.items[1].word);
		(void)tokens_negated(&t, 1);
		(void)tokens_negated_next(&t, 1);
		free(s);
	}
	tokens_free(&t);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = xmalloc(size + 1);
	char *split;

	memcpy(text, data, size);
	text[size] = '\0';
	split = strstr(text, "\n%%thesaurus\n");
	if (split) {
		size_t answer = (size_t)(split - text), skip = answer + 13;

		with_thesaurus(text, answer, text + skip, strlen(text + skip));
	} else {
		grade(grading_concepts(grading()), text, size);
	}
	word_forms(text, size);
	free(text);
	return 0;
}

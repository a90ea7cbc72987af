/* The free-text matcher end to end through concept rules: stems, spelling
 * slips, British spellings, negation scope, clauses about JavaScript,
 * echoes of the criterion, and the quoted sentence in feedback.  Rules:
 * tests/fixtures/rules/freetext.yaml. */
#include <criterion/criterion.h>
#include <jansson.h>
#include <string.h>
#include "grade/concepts.h"
#include "grade/grade.h"
#include "util/diag.h"

#define NOTE "A strong answer notices that the result is cached and that an empty list is falsy in Python."
static const char *const crits[] = { NOTE, "Named" };
static const struct criterion criteria[] = { { .id = "clear", .title = NOTE },
					     { .id = "named", .title = "Named" } };
static struct grading *g;
static const struct concept_rules *rs;

static void setup(void)
{
	struct diags d;

	diags_init(&d);
	grading_load_files(&g, "tests/fixtures/rules/freetext.yaml", NULL, criteria, 2, &d);
	cr_assert_not_null(g, "the fixture rules load");
	rs = grading_concepts(g);
	diags_free(&d);
}

static void teardown(void)
{
	grading_free(g);
}

TestSuite(freetext, .init = setup, .fini = teardown);

/* Grades TEXT; returns the JSON of criterion I (0: NOTE, 1: Named). */
static json_t *grade(const char *text, int i)
{
	struct report *r = report_new("04", "reflect", "a.md", crits, 2);
	char *s = NULL;
	json_t *j, *c;

	concepts_check(rs, text, strlen(text), r);
	s = report_json(r);
	j = json_loads(s, 0, NULL);
	free(s);
	report_free(r);
	c = json_incref(json_array_get(json_object_get(j, "criteria"), (size_t)i));
	json_decref(j);
	return c;
}

static int has(json_t *c, const char *text)
{
	size_t i;
	json_t *f;

	json_array_foreach(json_object_get(c, "feedback"), i, f)
		if (strstr(json_string_value(json_object_get(f, "message")), text))
			return 1;
	return 0;
}

static const char *status(json_t *c)
{
	return json_string_value(json_object_get(c, "status"));
}

Test(freetext, stems_match_other_forms)
{
	json_t *c = grade("The function caching the results is fine. Empty lists are falsy.", 0);

	cr_assert(has(c, "found: the result is cached"), "caching/results stem like caches/result");
	cr_assert_str_eq(status(c), "pass");
	json_decref(c);
}

Test(freetext, idea_of_two_words_matches_in_either_order)
{
	json_t *c = grade("The result is cached after the first call. Empty lists are falsy.", 0);

	cr_assert(has(c, "found: the result is cached"), "passive voice: \"result ... cached\"");
	json_decref(c);
	c = grade("Empty lists are falsy; the result of the call is cached.", 0);
	cr_assert(has(c, "found: the result is cached"));
	json_decref(c);
}

Test(freetext, british_spelling_and_slips)
{
	json_t *c = grade("It memoises the value. An empty list is falsey.", 0);

	cr_assert(has(c, "found: the result is cached"), "memoises folds to memoizes");
	cr_assert(has(c, "found: empty lists are falsy"), "falsey is a slip of falsy");
	json_decref(c);
	c = grade("It mamoizas the value, and an empty list is falsy.", 0);
	cr_assert(has(c, "missing: the result is cached"), "two edits on an eight-letter word are not a slip");
	json_decref(c);
}

Test(freetext, prefix_words_take_slips)
{
	json_t *c = grade("The test names it as a paramters entry.", 1);

	cr_assert(has(c, "found: named as a parameter"));
	json_decref(c);
	c = grade("The test names it as a pentameter.", 1);
	cr_assert(has(c, "missing: named as a parameter"));
	json_decref(c);
}

Test(freetext, slips_keep_the_first_letter)
{
	json_t *c = grade("It cache the result. An empty list is palsy.", 0);

	cr_assert(has(c, "missing: empty lists are falsy"));
	json_decref(c);
}

Test(freetext, negated_idea_is_not_found)
{
	json_t *c = grade("It caches the result. An empty list is not falsy.", 0);

	cr_assert(has(c, "missing: empty lists are falsy"));
	cr_assert_str_eq(status(c), "fail");
	json_decref(c);
	c = grade("It caches the result. Nothing here is truthy: an empty list is falsy.", 0);
	cr_assert(has(c, "found: empty lists are falsy"), "a negation in another clause");
	json_decref(c);
}

/* A "non-" prefix, split off as its own word, names the opposite:
 * "non-blocking" is not "blocking", "non-empty" is not "empty". */
Test(freetext, non_prefix_denies_the_idea_it_precedes)
{
	json_t *c = grade("It caches the result. Any non-falsy value passes.", 0);

	cr_assert(has(c, "missing: empty lists are falsy"));
	json_decref(c);
	c = grade("It caches the result. A non empty list is truthy, an empty one is falsy.", 0);
	cr_assert(has(c, "found: empty lists are falsy"), "non before another word of the clause");
	json_decref(c);
}

Test(freetext, negated_verb_of_advice_denies_the_idea_it_takes)
{
	const char *const denied[] = { "You don't need to cache the result. Lists are falsy.",
		"Python doesn't really want to cache the result. Lists are falsy.",
		"Never let it cache the result. Lists are falsy.",
		"I wouldn't bother to cache the result. Lists are falsy." };
	const char *const kept[] = { "Don't recompute: it caches the result. Lists are falsy.",
		"A call Python doesn't know caches the result. Lists are falsy.",
		"It does not only cache the result. Lists are falsy.",
		"Not calling it twice, it caches the result. Lists are falsy.",
		"Never commit the cached result. Lists are falsy." };

	for (size_t i = 0; i < sizeof denied / sizeof *denied; i++) {
		json_t *c = grade(denied[i], 0);

		cr_assert(has(c, "missing: the result is cached"), "%s", denied[i]);
		json_decref(c);
	}
	for (size_t i = 0; i < sizeof kept / sizeof *kept; i++) {
		json_t *c = grade(kept[i], 0);

		cr_assert(has(c, "found: the result is cached"), "%s", kept[i]);
		json_decref(c);
	}
}

Test(freetext, negative_phrase_is_found_under_its_own_negation)
{
	json_t *c = grade("The hint is not checked at the call.", 1);

	cr_assert(has(c, "found: the hint is not checked"));
	json_decref(c);
	c = grade("There is no check at the call.", 1);
	cr_assert(has(c, "found: the hint is not checked"));
	json_decref(c);
}

Test(freetext, phrase_not_takes_every_form_of_not)
{
	const char *const forms[] = { "Hints aren't checked at the call.", "The hint isn't checked.",
		"It was never checked by Python.", "The hint is not checked." };

	for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
		json_t *c = grade(forms[i], 1);

		cr_assert(has(c, "found: the hint is not checked"), "%s", forms[i]);
		json_decref(c);
	}
}

Test(freetext, negation_scope_is_the_clause)
{
	json_t *c = grade("It caches the result and empty lists are falsy. "
			  "Nobody should think it is always better to go async.", 0);

	cr_assert_str_eq(status(c), "pass", "the negation governs the whole clause");
	json_decref(c);
	c = grade("It caches the result and empty lists are falsy. "
			  "Nobody said so, but it is always better to go async.", 0);
	cr_assert_str_eq(status(c), "fail", "the negation stops at its clause");
	cr_assert(has(c, "async is not always the answer"));
	json_decref(c);
}

Test(freetext, wrong_claim_dismissed_after_it_is_not_asserted)
{
	json_t *c = grade("It caches the result and empty lists are falsy. "
			  "Always going async is overkill.", 0);

	cr_assert_str_eq(status(c), "pass", "\"is overkill\" dismisses the claim before it");
	json_decref(c);
	c = grade("It caches the result and empty lists are falsy. "
		  "Always going async just adds noise without any gain.", 0);
	cr_assert_str_eq(status(c), "pass", "\"without any gain\" dismisses it too");
	json_decref(c);
	c = grade("It caches the result and empty lists are falsy. "
		  "Always going async is a code smell.", 0);
	cr_assert_str_eq(status(c), "pass", "\"a smell\" dismisses it");
	json_decref(c);
	c = grade("It caches the result and empty lists are falsy. "
		  "Misusing it to always go async is common.", 0);
	cr_assert_str_eq(status(c), "pass", "\"misusing\" argues against what follows");
	json_decref(c);
	c = grade("It caches the result and empty lists are falsy. "
		  "Always making it async just adds ceremony and risk.", 0);
	cr_assert_str_eq(status(c), "pass", "\"adds ceremony\" dismisses it");
	json_decref(c);
	c = grade("It caches the result and empty lists are falsy. "
		  "Always going async is best, without exception.", 0);
	cr_assert_str_eq(status(c), "fail", "a dismissal in another clause does not count");
	json_decref(c);
	c = grade("It caches the result and empty lists are falsy. "
		  "Always going async is best without doubt.", 0);
	cr_assert_str_eq(status(c), "fail", "\"without\" alone after the claim is no dismissal");
	json_decref(c);
}

Test(freetext, wrong_claim_is_asserted_by_one_clause)
{
	json_t *c = grade("It caches the result and empty lists are falsy. "
			  "Plain code almost always, async for heavy I/O.", 0);

	cr_assert_str_eq(status(c), "pass", "\"always\" and \"async\" stand in two clauses");
	json_decref(c);
	c = grade("It caches the result and empty lists are falsy. "
		  "Plain code is fine, but always use async for I/O.", 0);
	cr_assert_str_eq(status(c), "fail", "one clause asserts it");
	json_decref(c);
	c = grade("It caches the result and empty lists are falsy. "
		  "My rule is always, which means async for everything.", 0);
	cr_assert_str_eq(status(c), "fail", "a relative clause says it of what comes before");
	json_decref(c);
}

Test(freetext, wrong_claim_runs_from_a_fronted_adverbial_into_its_clause)
{
	json_t *c = grade("It caches the result; empty lists are falsy. For printing things, a "
			  "comprehension is the one-liner.", 0);

	cr_assert(has(c, "a comprehension is not for printing"));
	json_decref(c);
	c = grade("It caches the result; empty lists are falsy. Good for printing, a "
		  "comprehension is the one-liner.", 0);
	cr_assert_str_eq(status(c), "pass", "only a clause that opens the sentence is fronted");
	json_decref(c);
}

Test(freetext, javascript_clause_is_not_a_claim_about_python)
{
	json_t *c = grade("In Node everything is async, but Python caches the result and lists "
			  "are falsy when empty.", 0);

	cr_assert_str_eq(status(c), "pass");
	json_decref(c);
	c = grade("Python caches the result, empty lists are falsy, and everything is async.", 0);
	cr_assert_str_eq(status(c), "fail");
	json_decref(c);
	c = grade("It caches the result and lists are falsy. Python's code is always async like "
		  "in Node.", 0);
	cr_assert_str_eq(status(c), "fail", "\"Python's\" names Python: a claim about Python");
	json_decref(c);
}

Test(freetext, javascript_frame_after_an_opener_and_its_causal_clause)
{
	const char *const js[] = {
		"So in Node, everything is async. Python caches the result and lists are falsy.",
		"Back in JS I always went async, which is how I wrote it. Python caches the result "
		"and lists are falsy.",
		"In Node I never worried, because everything is async there. Python caches the "
		"result and lists are falsy.",
		"Well, in JavaScript it is always async since the loop runs. Python caches the "
		"result and lists are falsy." };

	for (size_t i = 0; i < sizeof js / sizeof *js; i++) {
		json_t *c = grade(js[i], 0);

		cr_assert_str_eq(status(c), "pass", "%s", js[i]);
		json_decref(c);
	}
	json_t *c = grade("So in JS that was fine, but in Python everything is async. It caches "
			  "the result and lists are falsy.", 0);

	cr_assert_str_eq(status(c), "fail", "a turn to Python is the learner's claim");
	json_decref(c);
}

Test(freetext, idea_about_javascript_is_found_in_a_javascript_clause)
{
	json_t *c = grade("In JavaScript the loop makes a new binding. There is no check.", 1);

	cr_assert(has(c, "found: JavaScript makes a new binding"));
	json_decref(c);
}

Test(freetext, python_idea_in_a_javascript_clause_is_not_found)
{
	json_t *c = grade("In JavaScript an empty array is falsy? It caches the result.", 0);

	cr_assert(has(c, "missing: empty lists are falsy"));
	json_decref(c);
}

Test(freetext, echo_of_the_criterion_fails)
{
	json_t *c = grade("A strong answer notices that the result is cached and that an empty "
			  "list is falsy in Python, it caches the result.", 0);

	cr_assert_str_eq(status(c), "fail");
	cr_assert(has(c, "say it in your own words"));
	json_decref(c);
	c = grade("Because the function caches its result, a second call costs nothing; and an "
		  "empty list is falsy, so `if not items:` is the test.", 0);
	cr_assert_str_eq(status(c), "pass", "own words that share a few pairs pass");
	json_decref(c);
}

Test(freetext, terse_answer_of_the_topics_terms_is_not_an_echo)
{
	json_t *c = grade("It caches the result: the result is cached, reused. An empty list is "
			  "falsy; `not items` in Python.", 0);

	cr_assert_str_eq(status(c), "pass", "two-word terms in the answer's own order");
	json_decref(c);
	c = grade("The strong answer notices the result is cached and that an empty list is falsy "
		  "in Python, I think.", 0);
	cr_assert(has(c, "say it in your own words"), "a lightly edited paste still echoes");
	json_decref(c);
}

Test(freetext, feedback_quotes_the_sentence)
{
	json_t *c = grade("First. Then it caches every result it computes. Lists are falsy.", 0);

	cr_assert(has(c, "(\"Then it caches every result it computes\")"));
	json_decref(c);
}

Test(freetext, long_sentence_is_cut_around_the_match)
{
	json_t *c = grade("This is a long sentence with many words that go on and on before it "
			  "finally says that the function caches the result for the next call and then "
			  "keeps on talking about other things for a very long while. Lists are falsy.", 0);
	size_t i;
	json_t *f;

	cr_assert(has(c, "caches the result"));
	json_array_foreach(json_object_get(c, "feedback"), i, f) {
		const char *m = json_string_value(json_object_get(f, "message"));

		if (strstr(m, "cached"))
			cr_assert(strstr(m, "…") && strlen(m) < 140, "cut: %s", m);
	}
	json_decref(c);
}

/* Who a claim is about: an idea with `subject` and `rival` words is not
 * found where its clause (or the clause it continues after a comma) is
 * about the rival, unless a negation stands between them. */
Test(freetext, idea_about_the_rival_subject_is_not_found)
{
	static const char *const about_rival[] = {
		"Anything a loop can do, a comprehension can do, including side effects.",
		"A comprehension handles side effects too.",
	};
	static const char *const about_own[] = {
		"A loop is better than a comprehension for side effects.",
		"A comprehension is fine, but for side effects use a loop.",
		"Side effects belong in a loop.",
		"A comprehension should not be used for side effects.",
		"Use a comprehension to build lists. Side effects go in a loop.",
		"Unlike a comprehension a loop is the place for side effects.",
		"Comprehensions build lists and a loop is the place for side effects.",
	};

	for (size_t i = 0; i < sizeof(about_rival) / sizeof(*about_rival); i++) {
		json_t *c = grade(about_rival[i], 1);

		cr_assert(has(c, "missing: a loop for side effects"), "%s", about_rival[i]);
		json_decref(c);
	}
	for (size_t i = 0; i < sizeof(about_own) / sizeof(*about_own); i++) {
		json_t *c = grade(about_own[i], 1);

		cr_assert(has(c, "found: a loop for side effects"), "%s", about_own[i]);
		json_decref(c);
	}
}

/* A negated control verb governs the rest of its clause: "don't need a
 * separate X" denies X however many words stand between; and in a negative
 * phrase ("not ... enforced") a control verb in the gap takes the "not". */
Test(freetext, negated_control_verb_governs_its_clause)
{
	json_t *c = grade("You don't need a separate named parameter for it.", 1);

	cr_assert(has(c, "missing: named as a parameter"));
	json_decref(c);
	c = grade("Teams don't need anything enforced by hand.", 1);
	cr_assert(has(c, "missing: the hint is not checked"));
	json_decref(c);
	c = grade("The hint is not really enforced.", 1);
	cr_assert(has(c, "found: the hint is not checked"));
	json_decref(c);
	c = grade("A function that doesn't have a default takes a parameter.", 1);
	cr_assert(has(c, "found: named as a parameter"), "have is not need: a relative clause");
	json_decref(c);
	c = grade("A default is not needed for a parameter nobody passes.", 1);
	cr_assert(has(c, "found: named as a parameter"),
		  "what follows 'for' is the case it is not needed in, not its object");
	json_decref(c);
}

#define LESSON "# Caching\n\nWhy this matters. A function that caches its result computes it once " \
	"and hands the same value back on every later call, which is why the second call costs " \
	"nothing at all.\n\nIn Python an empty list is falsy, so the idiomatic emptiness test is " \
	"`if not items:` rather than a comparison of its length with zero.\n"

static struct report *check_with(struct grading *own, const char *text)
{
	return grading_check(own, "04", "reflect", "a.md", text, strlen(text), 0);
}

/* An answer whose substance is the lesson's own prose is not the learner's
 * answer, even when it holds every idea; quoting a phrase or a code name is. */
Test(freetext, pasted_lesson_prose_fails)
{
	struct grading *own = NULL;
	struct diags d;
	struct report *r;
	char *s;

	diags_init(&d);
	grading_load_files(&own, "tests/fixtures/rules/freetext.yaml", NULL, criteria, 2, &d);
	cr_assert_not_null(own);
	grading_set_lesson_text(own, LESSON, strlen(LESSON));
	r = check_with(own, "A function that caches its result computes it once and hands the same "
			  "value back on every later call. In Python an empty list is falsy, so "
			  "the idiomatic emptiness test is `if not items:`.");
	s = report_json(r);
	cr_assert(strstr(s, "the lesson's own text"), "a paste of two sentences fails: %s", s);
	free(s);
	report_free(r);
	r = check_with(own, "It caches the result, so a later call is free. Since an empty list is "
			  "falsy, I write `if not items:`, the idiomatic emptiness test, where "
			  "JavaScript needed a length check.");
	s = report_json(r);
	cr_assert_null(strstr(s, "the lesson's own text"), "quoting a phrase is fine: %s", s);
	free(s);
	report_free(r);
	grading_free(own);
	diags_free(&d);
}

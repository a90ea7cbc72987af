/* Splitting free text: sentences, clauses, negation words and their scope,
 * clauses about JavaScript. */
#include <criterion/criterion.h>
#include <string.h>
#include "grade/sentences.h"
#include "grade/wordforms.h"

static struct tokens split(const char *text)
{
	struct tokens t = { 0 };

	tokens_split(text, strlen(text), NULL, &t);
	return t;
}

static size_t find(const struct tokens *t, const char *word)
{
	for (size_t i = 0; i < t->count; i++)
		if (strcmp(t->items[i].word, word) == 0)
			return i;
	cr_assert_fail("no word %s", word);
	return 0;
}

Test(sentences, sentences_lines_and_clauses)
{
	struct tokens t = split("One two, three.\nFour but five (six) - seven\n\nEight");

	cr_assert_eq(t.count, 9);
	cr_assert_eq(t.items[find(&t, "three")].sentence, 0);
	cr_assert_eq(t.items[find(&t, "four")].sentence, 1);
	cr_assert_eq(t.items[find(&t, "four")].line, 2);
	cr_assert_eq(t.items[find(&t, "eight")].sentence, 2, "a blank line ends a sentence");
	cr_assert_neq(t.items[find(&t, "two")].clause, t.items[find(&t, "three")].clause);
	cr_assert_neq(t.items[find(&t, "four")].clause, t.items[find(&t, "but")].clause);
	cr_assert_eq(t.items[find(&t, "but")].clause, t.items[find(&t, "five")].clause);
	cr_assert_neq(t.items[find(&t, "five")].clause, t.items[find(&t, "six")].clause);
	cr_assert_neq(t.items[find(&t, "six")].clause, t.items[find(&t, "seven")].clause);
	tokens_free(&t);
}

Test(sentences, a_call_in_prose_does_not_split_its_clause)
{
	struct tokens t = split("Put print() inside it, or len(x) here (not there).");

	cr_assert_eq(t.items[find(&t, "print")].clause, t.items[find(&t, "inside")].clause,
		     "\"print()\" is a call, not brackets");
	cr_assert_eq(t.items[find(&t, "len")].clause, t.items[find(&t, "here")].clause);
	cr_assert_neq(t.items[find(&t, "here")].clause, t.items[find(&t, "not")].clause,
		      "a spaced bracket still opens a clause");
	tokens_free(&t);
}

Test(sentences, negation_words_and_scope)
{
	struct tokens t = split("It isn't checked at all, and it runs. Not only fast but lazy.");

	cr_assert_eq(t.items[find(&t, "isnt")].negation, 1);
	cr_assert_eq(tokens_negated(&t, find(&t, "checked")), 1);
	cr_assert_eq(tokens_negated(&t, find(&t, "all")), 1, "the whole clause");
	cr_assert_eq(tokens_negated(&t, find(&t, "runs")), 0, "not past the comma");
	cr_assert_eq(t.items[find(&t, "not")].negation, 0, "\"not only\" adds");
	tokens_free(&t);
}

Test(sentences, negation_right_before)
{
	struct tokens t = split("It is not a copy; nothing to install; avoid async.");

	cr_assert_eq(tokens_negated_next(&t, find(&t, "copy")), 1, "one filler word between");
	cr_assert_eq(tokens_negated_next(&t, find(&t, "install")), 0);
	cr_assert_eq(tokens_negated(&t, find(&t, "install")), 1);
	cr_assert_eq(tokens_negated(&t, find(&t, "async")), 2, "avoid argues against");
	tokens_free(&t);
}

Test(sentences, clauses_about_javascript)
{
	struct tokens t = split("In Node everything is async, but Python waits. Unlike JS, Python "
				"is sync. Delete node_modules first. JavaScript has let.");

	cr_assert(t.items[find(&t, "everything")].js);
	cr_assert_not(t.items[find(&t, "waits")].js);
	cr_assert_not(t.items[find(&t, "sync")].js, "a clause naming Python");
	cr_assert_not(t.items[find(&t, "first")].js, "node_modules is not Node");
	cr_assert(t.items[find(&t, "let")].js, "JavaScript as the subject");
	tokens_free(&t);
}

Test(sentences, a_javascript_frame_holds_for_its_sentence)
{
	struct tokens t = split("In JS, [] is truthy, which is why I wrote length. In Node, all is "
				"async, but here it blocks. In JS it is truthy, so Python needs less. "
				"Unlike JS, empties are falsy. In JS it is truthy, so here you test it.");

	cr_assert(t.items[find(&t, "truthy")].js, "the clause after \"In JS,\"");
	cr_assert(t.items[find(&t, "wrote")].js, "a later clause of the same sentence");
	cr_assert(t.items[find(&t, "all")].js);
	cr_assert_not(t.items[find(&t, "blocks")].js, "\"but\" turns to the other side");
	cr_assert_not(t.items[find(&t, "needs")].js, "a clause naming Python");
	cr_assert_not(t.items[find(&t, "empties")].js, "\"unlike JS\" is no frame");
	cr_assert_not(t.items[find(&t, "test")].js, "a consequence may be the Python side");
	tokens_free(&t);
}

Test(sentences, stems_with_a_stemmer)
{
	struct wordforms *wf = wordforms_new();
	struct tokens t = { 0 };
	const char *text = "Colours caching";

	tokens_split(text, strlen(text), wf, &t);
	cr_assert_str_eq(t.items[0].word, "colours");
	cr_assert_str_eq(t.items[0].stem, "color");
	cr_assert_str_eq(t.items[1].stem, "cach");
	tokens_free(&t);
	wordforms_free(wf);
}

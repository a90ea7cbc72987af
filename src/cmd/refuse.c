/* Refusals before grading; see refuse.h.  Prose is told from code by its
 * lines: Python has statements (keywords, calls, assignments, colons at the
 * end); a Reflect answer has sentences of many words and none of those.
 * Docstrings and `#` comments are a code file's own prose: not counted. */
#include <ctype.h>
#include <string.h>
#include "cmd/common.h"
#include "cmd/refuse.h"
#include "util/limits.h"
#include "util/text.h"
#include "util/xalloc.h"
#include "util/banned.h"

#define PROSE_MIN_WORDS 12	/* less is too little to call it prose */
#define PROSE_LINE_WORDS 7	/* a line of prose; code lines have fewer */

static int is_binary(const char *text, size_t len)
{
	size_t invalid = 0;

	if (memchr(text, '\0', len))
		return 1;
	for (size_t i = 0; i < len;) {
		size_t n = text_utf8_valid((const unsigned char *)text + i, len - i);

		if (n == 0) {
			invalid++;
			n = 1;
		}
		i += n;
	}
	return invalid > IDIOM_ANSWER_INVALID_UTF8_MAX;
}

/* 1 when the line S[0..n) (leading blanks skipped) looks like Python. */
static int line_is_code(const char *s, size_t n)
{
	static const char *const starts[] = {
		"def ", "class ", "import ", "from ", "async ", "await ", "return", "if ", "elif ",
		"else:", "for ", "while ", "with ", "try:", "except", "finally:", "raise", "print(",
		"@", "pass", "yield", "assert ", "lambda", "global ", "nonlocal ", NULL,
	};

	while (n && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	if (n == 0 || *s == '#')
		return 0;
	for (size_t i = 0; starts[i]; i++)
		if (n >= strlen(starts[i]) && strncmp(s, starts[i], strlen(starts[i])) == 0)
			return 1;
	if (s[n - 1] == ':' || s[n - 1] == '(' || s[n - 1] == '[' || s[n - 1] == '{')
		return 1;
	for (size_t i = 0; i + 2 < n; i++)
		if (s[i] == ' ' && s[i + 1] == '=' && s[i + 2] == ' ')
			return 1;
	return 0;
}

/* Words of S[0..n) that start with a letter after a space: prose has many
 * on a line, code few (names joined by dots, brackets and operators). */
static size_t line_words(const char *s, size_t n)
{
	size_t words = 0;

	for (size_t k = 0; k < n; k++)
		words += isalpha((unsigned char)s[k]) && (k == 0 || s[k - 1] == ' ');
	return words;
}

/* Toggles *INSIDE for each triple quote in LINE: docstrings are prose in
 * Python files and must not count as such. */
static void track_docstring(const char *line, size_t n, int *inside)
{
	for (size_t k = 0; k + 2 < n; k++) {
		if ((line[k] == '"' || line[k] == '\'') && line[k + 1] == line[k] &&
		    line[k + 2] == line[k]) {
			*inside = !*inside;
			k += 2;
		}
	}
}

/* 1 when the line S[0..n) is a `#` comment: in a Python file it explains the
 * code (a Practice answer's explanation may be longer than its code), so it
 * is no prose line, as a docstring is none. */
static int is_hash_comment(const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	return n && *s == '#';
}

int refuse_is_prose(const char *text, size_t len)
{
	size_t words = 0, prose = 0, code = 0;
	int in_comment = 0, in_doc = 0;

	for (size_t i = 0; i < len;) {
		size_t n = strcspn(text + i, "\n");
		const char *line = text + i;
		int was_doc = in_doc;

		n = n > len - i ? len - i : n;
		if (memmem(line, n, "<!--", 4))
			in_comment = 1;
		track_docstring(line, n, &in_doc);
		if (!in_comment && !was_doc && !in_doc && !is_hash_comment(line, n)) {
			size_t w = line_words(line, n);

			words += w;
			if (line_is_code(line, n))
				code++;
			else if (w >= PROSE_LINE_WORDS)
				prose++;
		}
		if (memmem(line, n, "-->", 3))
			in_comment = 0;
		i += n + 1;
	}
	return words >= PROSE_MIN_WORDS && prose >= 1 && prose > code;
}

char *refuse_answer(const struct lesson *l, enum exercise_kind kind, const char *path,
		    const char *text, size_t len)
{
	const char *name = exercise_kind_name(kind);

	if (is_binary(text, len))
		return xasprintf("%s is not a text file (it holds NUL bytes or invalid UTF-8): "
				 "nothing was graded or recorded. Give the .py or .md file you "
				 "wrote, like: %s check %02d %s", path, cmd_self(), l->number, name);
	if (kind != EXERCISE_REFLECT && refuse_is_prose(text, len))
		return xasprintf("%s reads as prose, not Python: the %s exercise grades code, "
				 "so nothing was graded or recorded. If it is your Reflect answer: "
				 "%s check %02d reflect %s", path, name, cmd_self(), l->number, path);
	return NULL;
}

/* The quick-fix table; see quickfix.h.  Only replacements that are right
 * wherever the rule fires: the rule already skips strings and comments. */
#include <stdio.h>
#include <string.h>
#include "lsp/quickfix.h"
#include "util/banned.h"

struct fix {
	const char *rule;
	const char *text;	/* NULL: any text of ';' and blanks (js-semicolon) */
	const char *replacement;
};

static const struct fix fixes[] = {
	{ "js-literal", "null", "None" },
	{ "js-literal", "undefined", "None" },
	{ "js-literal", "true", "True" },
	{ "js-literal", "false", "False" },
	{ "js-strict-equality", "===", "==" },
	{ "js-strict-equality", "!==", "!=" },
	{ "js-this", "this.", "self." },
	{ "js-console-log", "console.log", "print" },
	{ "js-semicolon", NULL, "" },
};

static int semicolon_tail(const char *text, size_t len)
{
	if (len == 0 || text[0] != ';')
		return 0;
	for (size_t i = 1; i < len; i++)
		if (text[i] != ' ' && text[i] != '\t')
			return 0;
	return 1;
}

const char *quickfix_replacement(const char *rule_id, const char *text, size_t len)
{
	for (size_t i = 0; i < sizeof(fixes) / sizeof(fixes[0]); i++) {
		const struct fix *f = &fixes[i];

		if (strcmp(f->rule, rule_id) != 0)
			continue;
		if (f->text ? strlen(f->text) == len && memcmp(f->text, text, len) == 0
			    : semicolon_tail(text, len))
			return f->replacement;
	}
	return NULL;
}

int quickfix_known(const char *rule_id)
{
	for (size_t i = 0; i < sizeof(fixes) / sizeof(fixes[0]); i++)
		if (strcmp(fixes[i].rule, rule_id) == 0)
			return 1;
	return 0;
}

void quickfix_title(const char *text, size_t len, const char *replacement, char *out, size_t size)
{
	if (!replacement[0])
		snprintf(out, size, "Remove the `;`");
	else
		snprintf(out, size, "Replace `%.*s` with `%s`", (int)len, text, replacement);
}

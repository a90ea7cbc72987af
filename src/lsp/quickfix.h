/* Quick fixes the language server offers: for a few well-known habits, the
 * exact Python for the exact text the rule matched (`null` -> `None`,
 * `===` -> `==`).  Keyed by the rule's id and the matched text, never by a
 * message, so an unexpected match gets no fix rather than a wrong one. */
#ifndef IDIOM_LSP_QUICKFIX_H
#define IDIOM_LSP_QUICKFIX_H
#include <stddef.h>

/* The replacement for TEXT[0..len) matched by rule RULE_ID, or NULL when
 * there is no exact one. */
const char *quickfix_replacement(const char *rule_id, const char *text, size_t len);

/* 1 when rule RULE_ID has any fix in the table. */
int quickfix_known(const char *rule_id);

/* A title for the code action ("Replace `null` with `None`"), written into
 * OUT[0..size). */
void quickfix_title(const char *text, size_t len, const char *replacement, char *out, size_t size);

#endif

/* The full check while the learner types: once the editor has been quiet
 * for a moment after a change, the changed documents get the sandboxed
 * check of their unsaved text (never recorded), its verdicts merged into
 * the diagnostics.  A document whose check is too slow for that goes back
 * to checking on save only, and the editor is told once. */
#ifndef IDIOM_LSP_TYPING_H
#define IDIOM_LSP_TYPING_H
#include <jansson.h>

struct lsp_server;

/* Reads `initializationOptions` (may be NULL): {"checkWhileTyping": false}
 * turns it off; {"typingQuietMs": N} (50..10000) sets the quiet time. */
void lsp_typing_configure(struct lsp_server *s, json_t *options);

/* Waits on IN_FD for the editor's next bytes when a document is waiting for
 * its check: returns 0 when the quiet time passed with nothing to read, 1
 * when there is input (or nothing is waiting, or the wait failed). */
int lsp_typing_wait(struct lsp_server *s, int in_fd);

/* Runs the full check of every changed document. */
void lsp_typing_run(struct lsp_server *s);

#endif

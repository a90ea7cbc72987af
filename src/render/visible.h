/* Learner bytes made safe for a terminal: every control character (C0 but
 * newline and tab, DEL, C1) and every byte that is not valid UTF-8 shown as
 * text ("\x1b", "\x07", "\r", "\u009b"), so an answer's output, an exception
 * message, a file name or a quoted line can never clear the screen, fake a
 * green pass, set the window title or write the clipboard.  Every human
 * printing path of learner text goes through here; JSON output does not
 * (jsonw escapes it already). */
#ifndef IDIOM_VISIBLE_H
#define IDIOM_VISIBLE_H
#include <stddef.h>
#include <stdio.h>

struct buf;

/* Appends S[0..len) to OUT with control characters and invalid bytes shown
 * as escapes; newline and tab pass unchanged.  Never fails (OUT's cap
 * aside). */
void visible_append(struct buf *out, const char *s, size_t len);

/* S (NUL-terminated; NULL: "") made visible, newly allocated: yours. */
char *visible_dup(const char *s);

/* Writes S made visible to OUT. */
void visible_fputs(const char *s, FILE *out);

/* Formats like fprintf, then writes the whole text made visible: for lines
 * of plain text (no styles of ours) that quote learner bytes. */
void visible_fprintf(FILE *out, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* 1 when S[0..len) holds a byte visible_append would change. */
int visible_needed(const char *s, size_t len);

#endif

/* Growable byte buffers with a hard cap: anything a user or learner sends is
 * read into one, and appending past the cap fails instead of growing forever. */
#ifndef IDIOM_BUF_H
#define IDIOM_BUF_H
#include <stdarg.h>
#include <stddef.h>

struct buf {
	char *data;	/* always NUL-terminated once anything was added */
	size_t len;
	size_t cap;
	size_t max;	/* 0: no cap */
	int overflow;	/* set when an append was refused for the cap */
};

#define BUF_INIT { 0, 0, 0, 0, 0 }

void buf_init(struct buf *b, size_t max);
/* Each returns 0, or -ENOSPC (and sets b->overflow) past the cap. */
int buf_add(struct buf *b, const void *data, size_t len);
int buf_puts(struct buf *b, const char *s);
int buf_putc(struct buf *b, char c);
int buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int buf_vprintf(struct buf *b, const char *fmt, va_list ap);
/* Repeats C N times. */
int buf_pad(struct buf *b, char c, size_t n);
void buf_reset(struct buf *b);
/* Returns the string (never NULL); you now own the storage. */
char *buf_detach(struct buf *b);
/* Returns the string (never NULL); the buffer keeps owning it. */
const char *buf_str(struct buf *b);
void buf_free(struct buf *b);

#endif

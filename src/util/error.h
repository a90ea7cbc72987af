/* The one error convention (docs/ARCHITECTURE.md, "Errors"): a function that
 * can fail returns 0 (or a count) on success and a negative errno-style code
 * on failure, with a sentence for a person in a caller-supplied struct error.
 * Loaders that report several problems at once use struct diags instead. */
#ifndef IDIOM_ERROR_H
#define IDIOM_ERROR_H

#define ERROR_MESSAGE_MAX 512

struct error {
	int code;				/* 0, or a negative errno value */
	char message[ERROR_MESSAGE_MAX];	/* "" when code is 0 */
};

#define ERROR_INIT {0, ""}

/* Sets E (which may be NULL: the message is dropped) to CODE, a negative
 * errno value, and the formatted message; returns CODE so a caller can write
 * `return error_set(e, -EINVAL, "...")`.  A message longer than the buffer
 * is cut at a character boundary. */
int error_set(struct error *e, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* The same with CODE -errno and ": strerror(errno)" appended; errno is read
 * once on entry, so a call made while formatting cannot make it stale. */
int error_errno(struct error *e, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Prefixes E's message with "PREFIX: " (for a caller that adds context,
 * such as the file it was reading); returns E's code. */
int error_wrap(struct error *e, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

void error_clear(struct error *e);

#endif

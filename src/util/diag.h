/* Problems a user must read, collected as `file:line: message` so a course
 * author sees every one at once, not only the first. */
#ifndef IDIOM_DIAG_H
#define IDIOM_DIAG_H
#include <stdarg.h>
#include <stdio.h>
#include <stddef.h>

struct diag {
	char *file;
	int line;	/* 0: the whole file */
	char *message;	/* says what is wrong and how to fix it */
};

struct diags {
	struct diag *items;
	size_t count;
	size_t cap;
};

void diags_init(struct diags *d);
void diags_add(struct diags *d, const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* The same with a va_list, for wrappers that add their own context. */
void diags_vadd(struct diags *d, const char *file, int line, const char *fmt, va_list ap)
	__attribute__((format(printf, 4, 0)));
/* Prints each as `file:line: message` (or `file: message`), one a line. */
void diags_print(const struct diags *d, FILE *out);
void diags_free(struct diags *d);

#endif

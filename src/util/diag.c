/* Collected user-facing problems; see diag.h. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "util/diag.h"
#include "util/xalloc.h"
#include "util/banned.h"

void diags_init(struct diags *d)
{
	memset(d, 0, sizeof(*d));
}

void diags_vadd(struct diags *d, const char *file, int line, const char *fmt, va_list ap)
{
	struct diag *item;

	d->items = xgrow(d->items, &d->cap, d->count + 1, sizeof(*d->items));
	item = &d->items[d->count++];
	item->file = xstrdup(file ? file : "");
	item->line = line;
	if (vasprintf(&item->message, fmt, ap) < 0)
		item->message = xstrdup("(message lost: out of memory)");
}

void diags_add(struct diags *d, const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diags_vadd(d, file, line, fmt, ap);
	va_end(ap);
}

void diags_print(const struct diags *d, FILE *out)
{
	for (size_t i = 0; i < d->count; i++) {
		const struct diag *item = &d->items[i];

		if (item->line > 0)
			fprintf(out, "%s:%d: %s\n", item->file, item->line, item->message);
		else
			fprintf(out, "%s: %s\n", item->file, item->message);
	}
}

void diags_free(struct diags *d)
{
	for (size_t i = 0; i < d->count; i++) {
		free(d->items[i].file);
		free(d->items[i].message);
	}
	free(d->items);
	diags_init(d);
}

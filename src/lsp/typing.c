/* The check while typing; see typing.h.  The server is one thread reading
 * stdin, so "quiet" is a poll(2) timeout between messages. */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "lsp/features.h"
#include "lsp/typing.h"
#include "util/limits.h"
#include "util/banned.h"

void lsp_typing_configure(struct lsp_server *s, json_t *options)
{
	json_t *on = json_object_get(options, "checkWhileTyping");
	json_t *quiet = json_object_get(options, "typingQuietMs");

	if (json_is_false(on))
		s->typing_ms = 0;
	else if (json_is_integer(quiet) && json_integer_value(quiet) >= 50 &&
		 json_integer_value(quiet) <= 10000)
		s->typing_ms = (long)json_integer_value(quiet);
}

static int waiting(const struct lsp_doc *d)
{
	return d->dirty && !d->typing_off && !d->too_large;
}

static int anything_waiting(const struct lsp_server *s)
{
	for (size_t i = 0; i < s->ndocs; i++)
		if (waiting(&s->docs[i]))
			return 1;
	return 0;
}

int lsp_typing_wait(struct lsp_server *s, int in_fd)
{
	struct pollfd p = { .fd = in_fd, .events = POLLIN };
	int rc;

	if (s->typing_ms <= 0 || !s->initialized || s->shutdown || !anything_waiting(s))
		return 1;
	do
		rc = poll(&p, 1, (int)s->typing_ms);
	while (rc < 0 && errno == EINTR);
	return rc == 0 ? 0 : 1;
}

static double now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static void too_slow(struct lsp_server *s, struct lsp_doc *d, double ms)
{
	const char *slash = strrchr(d->path, '/');
	char msg[512];

	d->typing_off = 1;
	snprintf(msg, sizeof(msg), "idiom: the full check of %s took %.0f ms, too long to run "
		 "while you type; it runs when you save", slash ? slash + 1 : d->path, ms);
	lsp_show_message(s, LSP_MESSAGE_INFO, msg);
}

void lsp_typing_run(struct lsp_server *s)
{
	for (size_t i = 0; i < s->ndocs; i++) {
		struct lsp_doc *d = &s->docs[i];
		double start, ms;

		if (!waiting(d))
			continue;
		start = now_ms();
		lsp_grade(s, d, LSP_GRADE_TYPING);
		d->dirty = 0;
		ms = now_ms() - start;
		if (ms > IDIOM_LSP_TYPING_CHECK_MAX_MS)
			too_slow(s, d, ms);
	}
}

/* `idiom lsp`: the language server on stdin/stdout (src/lsp/).  This file
 * parses the arguments and lends the server what lives in the commands
 * today: recording an attempt like `idiom check` and counting hints like
 * `idiom hint` (src/cmd/checking.c), through the bridge's hooks. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cmd/checking.h"
#include "cmd/cmd.h"
#include "cmd/tracking.h"
#include "lsp/bridge.h"
#include "lsp/server.h"
#include "util/banned.h"

/* What the commands' code printed into F (an open_memstream over *TEXT):
 * the text, or NULL with E set when it failed (its message is on stderr). */
static char *captured(FILE *f, char **text, int rc, struct error *e)
{
	fclose(f);
	if (rc != EXIT_USAGE && *text && (*text)[0])
		return *text;
	free(*text);
	error_set(e, -EIO, "idiom could not do it (the server's log, stderr, says why)");
	return NULL;
}

static char *check_and_record(void *ctx, struct assessor *a, const struct lesson *l,
			      enum exercise_kind kind, const char *path, struct error *e)
{
	struct checking_record rec = { .store = ctx };
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	int rc;

	if (!f)
		return error_errno(e, "open_memstream"), NULL;
	rc = checking_run_file(a, l, kind, path, CHECKING_JSON, 0, &rec, f);
	return captured(f, &text, rc, e);
}

static char *next_hint(void *ctx, struct assessor *a, const struct lesson *l,
		       enum exercise_kind kind, struct error *e)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	int rc;

	if (!f)
		return error_errno(e, "open_memstream"), NULL;
	rc = checking_next_hint(a, l, kind, ctx, f);
	return captured(f, &text, rc, e);
}

static int cmd_lsp(int argc, char **argv)
{
	struct bridge_hooks hooks = { .check_and_record = check_and_record, .next_hint = next_hint };
	struct error e = ERROR_INIT;
	struct bridge *b;
	struct store *st;
	int status;

	for (int i = 1; i < argc; i++)
		if (strcmp(argv[i], "--stdio") != 0)	/* what editors pass by habit */
			return cmd_usage_error(&cmd_lsp_entry, "unknown option '%s'", argv[i]);
	signal(SIGPIPE, SIG_IGN);	/* a vanished editor is a write error, not a kill */
	if (!(st = tracking_open()))
		return EXIT_USAGE;
	hooks.ctx = st;
	b = bridge_new(NULL, NULL, &hooks, &e);
	if (!b) {
		fprintf(stderr, "idiom lsp: %s\n", e.message);
		store_close(st);
		return EXIT_USAGE;
	}
	status = lsp_serve(b, STDIN_FILENO, STDOUT_FILENO);
	bridge_free(b);
	store_close(st);
	return status;
}

const struct cmd_entry cmd_lsp_entry = {
	.name = "lsp",
	.usage = "lsp [--stdio]",
	.summary = "Language server: idiom's feedback inside your editor.",
	.help = "Speaks the Language Server Protocol on stdin and stdout.  Open an answer\n"
		"in your workspace ($IDIOM_HOME/04-async/rewrite.py and so on) and the\n"
		"editor shows each finding on its line as you type; saving runs the full\n"
		"check and records the attempt, like 'idiom check'.  Code actions: quick\n"
		"fixes (`null` -> `None`, `===` -> `==`) and \"Show the next hint\".\n"
		"Other files are left alone.  Set-up for Neovim, Helix and VS Code:\n"
		"docs/editors.md.\n\n"
		"Exit status: 0 after shutdown and exit, 1 when the editor went away first,\n"
		"2 when the course or the workspace cannot be opened.\n",
	.exec = cmd_lsp,
};

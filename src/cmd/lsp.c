/* `idiom lsp`: the language server on stdin/stdout (src/lsp/).  This file
 * parses the arguments and opens the learner's store; the server records
 * saves and counts hints through src/learn, like `idiom check` and `idiom
 * hint`. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "lsp/bridge.h"
#include "lsp/server.h"
#include "render/visible.h"
#include "util/banned.h"

static int cmd_lsp(int argc, char **argv)
{
	struct error e = ERROR_INIT;
	struct learner lr;
	struct bridge *b;
	int status;

	for (int i = 1; i < argc; i++)
		if (strcmp(argv[i], "--stdio") != 0)	/* what editors pass by habit */
			return cmd_usage_error(&cmd_lsp_entry, "unknown option '%s'", argv[i]);
	signal(SIGPIPE, SIG_IGN);	/* a vanished editor is a write error, not a kill */
	if (cmd_learner_open(&lr, 1) != 0) {
		cmd_learner_close(&lr);
		return EXIT_USAGE;
	}
	b = bridge_new(NULL, lr.home, lr.store, &e);
	if (!b) {
		visible_fprintf(stderr, "idiom lsp: %s\n", e.message);
		cmd_learner_close(&lr);
		return EXIT_USAGE;
	}
	status = lsp_serve(b, STDIN_FILENO, STDOUT_FILENO);
	bridge_free(b);
	cmd_learner_close(&lr);
	return status;
}

const struct cmd_entry cmd_lsp_entry = {
	.name = "lsp",
	.usage = "lsp [--stdio]",
	.summary = "Language server: idiom's feedback inside your editor.",
	.help = "Speaks the Language Server Protocol on stdin and stdout.  Open an answer\n"
		"in your workspace ($IDIOM_HOME/04-async/rewrite.py and so on) and the\n"
		"editor shows each finding on its line as you type; when you pause, the\n"
		"full sandboxed check of the unsaved text follows (not recorded); saving\n"
		"runs the full check and records the attempt, like 'idiom check'.  Code actions: quick\n"
		"fixes (`null` -> `None`, `===` -> `==`) and \"Show the next hint\".\n"
		"Other files are left alone.  Set-up for Neovim, Helix and VS Code:\n"
		"docs/editors.md.\n\n"
		"Exit status: 0 after shutdown and exit, 1 when the editor went away first,\n"
		"2 when the course or the workspace cannot be opened.\n",
	.exec = cmd_lsp,
};

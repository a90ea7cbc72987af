/* idiom: teaches JavaScript/Node developers to write Python the way Python
 * developers do.  This file only dispatches; each command lives in src/cmd/. */
#include <stdio.h>
#include <string.h>
#include "cmd/cmd.h"
#include "helper/helper.h"
#include "version.h"
#include "util/banned.h"

const struct cmd_entry *const cmd_table[] = {
	&cmd_list_entry,
	&cmd_show_entry,
	&cmd_start_entry,
	&cmd_check_entry,
	&cmd_watch_entry,
	&cmd_hint_entry,
	&cmd_progress_entry,
	&cmd_history_entry,
	&cmd_reset_entry,
	&cmd_serve_entry,
	&cmd_lsp_entry,
	&cmd_admin_entry,
	&cmd_examples_entry,
	&cmd_lint_entry,
	&cmd_help_entry,
	NULL,
};

static int wants_help(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			return 0;
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
			return 1;
	}
	return 0;
}

static int unknown_command(const char *name)
{
	const char *near = cmd_nearest(name);

	if (near)
		fprintf(stderr, "idiom: unknown command '%s'; did you mean 'idiom %s'? (see 'idiom --help')\n",
			name, near);
	else
		fprintf(stderr, "idiom: unknown command '%s' (see 'idiom --help')\n", name);
	return EXIT_USAGE;
}

int main(int argc, char **argv)
{
	const struct cmd_entry *cmd;

	if (argc < 2)
		return cmd_list_entry.exec(1, (char *[]){ "list", NULL });
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
		return cmd_help_entry.exec(1, (char *[]){ "help", NULL });
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
		printf("idiom %s\n", IDIOM_VERSION);
		return EXIT_OK;
	}
	/* The warm helper of one-off checks (helper.h), launched by `check`. */
	if (strcmp(argv[1], "helper-serve") == 0)
		return helper_serve_main(argc - 1, argv + 1);
	cmd = cmd_find(argv[1]);
	if (!cmd)
		return unknown_command(argv[1]);
	if (wants_help(argc - 1, argv + 1)) {
		cmd_print_help(cmd);
		return EXIT_OK;
	}
	return cmd->exec(argc - 1, argv + 1);
}

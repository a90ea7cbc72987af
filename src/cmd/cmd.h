/* The command table: one entry per command, one file per command under
 * src/cmd/.  Commands return the process exit status: 0 success, 1 the work
 * found problems (lint errors, a failing answer), 2 usage or internal error. */
#ifndef IDIOM_CMD_H
#define IDIOM_CMD_H

enum { EXIT_OK = 0, EXIT_PROBLEMS = 1, EXIT_USAGE = 2 };

struct cmd_entry {
	const char *name;
	const char *usage;	/* "show LESSON [--plain] ..." (after "idiom ") */
	const char *summary;	/* one line for `idiom --help` */
	const char *help;	/* the rest of `idiom help NAME`: options, examples */
	int (*exec)(int argc, char **argv);	/* argv[0] is the command name */
};

extern const struct cmd_entry cmd_list_entry;
extern const struct cmd_entry cmd_show_entry;
extern const struct cmd_entry cmd_lint_entry;
extern const struct cmd_entry cmd_start_entry;
extern const struct cmd_entry cmd_check_entry;
extern const struct cmd_entry cmd_watch_entry;
extern const struct cmd_entry cmd_hint_entry;
extern const struct cmd_entry cmd_progress_entry;
extern const struct cmd_entry cmd_history_entry;
extern const struct cmd_entry cmd_reset_entry;
extern const struct cmd_entry cmd_serve_entry;
extern const struct cmd_entry cmd_lsp_entry;
extern const struct cmd_entry cmd_admin_entry;
extern const struct cmd_entry cmd_examples_entry;
extern const struct cmd_entry cmd_help_entry;

/* NULL-terminated, in the order `idiom --help` lists them. */
extern const struct cmd_entry *const cmd_table[];

/* Returns the command called NAME, or NULL. */
const struct cmd_entry *cmd_find(const char *name);

/* Returns the command name nearest to NAME (for "did you mean"), or NULL. */
const char *cmd_nearest(const char *name);

/* Prints `idiom NAME`'s usage and help to stdout. */
void cmd_print_help(const struct cmd_entry *cmd);

/* Prints "idiom: MESSAGE" and the usage line to stderr; returns EXIT_USAGE. */
int cmd_usage_error(const struct cmd_entry *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif

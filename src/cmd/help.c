/* `idiom help [COMMAND]` and `idiom --help`, and the helpers every command
 * uses to print its usage. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "cmd/cmd.h"
#include "util/text.h"
#include "version.h"
#include "cmd/common.h"
#include "render/visible.h"
#include "render/wrap.h"
#include "util/buf.h"
#include "util/banned.h"

const struct cmd_entry *cmd_find(const char *name)
{
	for (size_t i = 0; cmd_table[i]; i++)
		if (strcmp(cmd_table[i]->name, name) == 0)
			return cmd_table[i];
	return NULL;
}

const char *cmd_nearest(const char *name)
{
	const char *names[32];
	size_t n = 0;

	for (size_t i = 0; cmd_table[i] && n < 31; i++)
		names[n++] = cmd_table[i]->name;
	names[n] = NULL;
	return text_nearest(name, names);
}

void cmd_print_help(const struct cmd_entry *cmd)
{
	printf("usage: idiom %s\n\n%s\n", cmd->usage, cmd->summary);
	if (cmd->help && cmd->help[0])
		printf("\n%s", cmd->help);
}

/* Formatted text to stderr, wrapped to STYLE. */
__attribute__((format(printf, 2, 3)))
static void say_err(const struct wrap_style *style, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	cmd_vsayf(stderr, style, NULL, fmt, ap);
	va_end(ap);
}

/* The message and the usage line, learner bytes shown as text, each
 * wrapped to the width like every error (cmd_errorf). */
int cmd_usage_error(const struct cmd_entry *cmd, const char *fmt, ...)
{
	struct wrap_style message = { (size_t)cmd_width(0), NULL, "  " };
	va_list ap;

	va_start(ap, fmt);
	cmd_vsayf(stderr, &message, "idiom: ", fmt, ap);
	va_end(ap);
	say_err(&(struct wrap_style){ (size_t)cmd_width(0), NULL, "         " },
		"usage: idiom %s  (more: idiom help %s)", cmd->usage, cmd->name);
	return EXIT_USAGE;
}

static void print_overview(void)
{
	printf("idiom %s: write Python the way Python developers do, coming from JavaScript/Node.\n\n"
	       "usage: idiom COMMAND [ARGS]\n\ncommands:\n", IDIOM_VERSION);
	for (size_t i = 0; cmd_table[i]; i++)
		printf("  %-8s %s\n", cmd_table[i]->name, cmd_table[i]->summary);
	printf("\n'idiom' alone lists the lessons.  'idiom help COMMAND' tells more of one.\n"
	       "Options for every command: --help.  idiom --version prints the version.\n"
	       "Environment: IDIOM_COURSE (the course directory), IDIOM_HOME (your work,\n"
	       "default ~/idiom), NO_COLOR (no colours), COLUMNS (the width to wrap at).\n");
}

static int cmd_help(int argc, char **argv)
{
	const struct cmd_entry *cmd;

	if (argc < 2) {
		print_overview();
		return EXIT_OK;
	}
	if (argc > 2)
		return cmd_usage_error(&cmd_help_entry, "help takes one command name");
	cmd = cmd_find(argv[1]);
	if (!cmd) {
		const char *near = cmd_nearest(argv[1]);

		visible_fprintf(stderr, "idiom: no command '%s'%s%s%s\n", argv[1],
			near ? "; did you mean '" : "", near ? near : "", near ? "'?" : "");
		return EXIT_USAGE;
	}
	cmd_print_help(cmd);
	return EXIT_OK;
}

const struct cmd_entry cmd_help_entry = {
	.name = "help",
	.usage = "help [COMMAND]",
	.summary = "Show what idiom's commands do.",
	.help = "Examples:\n  idiom help show\n  idiom show --help\n",
	.exec = cmd_help,
};

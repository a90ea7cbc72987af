/* `idiom list` (and `idiom` alone): the catalogue, one lesson a line, shaped
 * like a lesson's own header: "04  open  25 min  Title". */
#include <getopt.h>
#include <stdio.h>
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "render/term.h"
#include "util/buf.h"
#include "util/banned.h"

static void print_lesson(const struct lesson *l, int colour)
{
	struct buf line = BUF_INIT;

	/* Every lesson is open until progress tracking gives real status. */
	term_lesson_line(l, "open", colour, &line);
	printf("%s\n", buf_str(&line));
	buf_free(&line);
}

static void print_next(const struct course *c, int colour)
{
	int n = c->lessons[0]->number;

	printf("\n%sNext:%s\n", colour ? "\033[1m" : "", colour ? "\033[0m" : "");
	printf("  idiom show %02d            read lesson %02d\n", n, n);
	printf("  idiom start %02d           put its exercises in your workspace\n", n);
	printf("  idiom check %02d rewrite   grade your answer (or: idiom watch %02d)\n", n, n);
	printf("  idiom hint %02d rewrite    a hint, one more each time\n", n);
	printf("  idiom --help             every command\n");
}

static int cmd_list(int argc, char **argv)
{
	static const struct option options[] = {
		{ "plain", no_argument, NULL, 'p' },
		{ 0, 0, 0, 0 },
	};
	struct course *c;
	int plain = 0;
	int colour;
	int opt;

	optind = 1;
	while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
		if (opt != 'p')
			return cmd_usage_error(&cmd_list_entry, "unknown option");
		plain = 1;
	}
	if (optind < argc)
		return cmd_usage_error(&cmd_list_entry, "list takes no arguments, not '%s'", argv[optind]);
	c = cmd_load_course(NULL);
	if (!c)
		return EXIT_USAGE;
	colour = cmd_use_colour(plain);
	printf("%s%s%s, %zu lesson%s\n\n", colour ? "\033[1m" : "", c->title, colour ? "\033[0m" : "",
	       c->count, c->count == 1 ? "" : "s");
	for (size_t i = 0; i < c->count; i++)
		print_lesson(c->lessons[i], colour);
	print_next(c, colour);
	course_free(c);
	return EXIT_OK;
}

const struct cmd_entry cmd_list_entry = {
	.name = "list",
	.usage = "list [--plain]",
	.summary = "List the lessons: number, status, minutes, title.",
	.help = "Options:\n  --plain   no colours (also when NO_COLOR is set or output is not a terminal)\n\n"
		"'idiom' with no command does the same.\n",
	.exec = cmd_list,
};

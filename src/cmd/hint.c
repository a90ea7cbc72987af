/* `idiom hint LESSON EXERCISE`: one more hint each call, gentlest first. */
#include <stdio.h>
#include "cmd/checking.h"
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "cmd/finish.h"
#include "util/banned.h"

static int cmd_hint(int argc, char **argv)
{
	enum exercise_kind kind = EXERCISE_REWRITE;
	struct grader *as;
	struct learner lr = { 0 };
	struct course *c;
	struct lesson *l = NULL;
	int rc = EXIT_USAGE;

	if (argc > 3 || (argc > 1 && argv[1][0] == '-'))
		return cmd_usage_error(&cmd_hint_entry, "hint takes a lesson and an exercise, like 'idiom hint 4 rewrite'");
	if (argc == 3 && exercise_kind_from_name(argv[2], &kind) < 0)
		return cmd_exercise_typo(argv[2])
			? cmd_usage_error(&cmd_hint_entry, "no exercise '%s'; did you mean '%s'?", argv[2],
					  cmd_exercise_typo(argv[2]))
			: cmd_usage_error(&cmd_hint_entry, "no exercise '%s'; the exercises are reflect, "
					  "rewrite and practice", argv[2]);
	c = cmd_load_course(NULL);
	if (!c)
		return EXIT_USAGE;
	if (argc > 1 && !(l = cmd_find_lesson(c, argv[1])))
		goto cleanup;
	if (cmd_learner_open(&lr, 1) == 0) {
		if (argc < 3) {
			if (finish_current(&lr, c, &l, &kind) < 0)
				goto cleanup;
			finish_say_default(l, kind);
		}
		as = grader_new(c, GRADER_STATIC_ONLY);
		rc = checking_next_hint(&lr, as, l, kind, stdout);
		grader_free(as);
	}
cleanup:
	cmd_learner_close(&lr);
	course_free(c);
	return rc;
}

const struct cmd_entry cmd_hint_entry = {
	.name = "hint",
	.usage = "hint [LESSON [EXERCISE]]",
	.summary = "Show the next hint for an exercise (one more each time).",
	.help = "EXERCISE is reflect, rewrite or practice; without it, the first one of\n"
		"LESSON not passed yet; without LESSON, that of the lesson you are on.  Hints go from a nudge to\n"
		"nearly the answer; after the last one, it is shown again.\n\n"
		"Example:\n  idiom hint 4 rewrite\n",
	.exec = cmd_hint,
};

/* `idiom examples export --store URL --learner NAME --attempt ID [COURSE_DIR]`:
 * "add to the course" from a cohort.  The learner's attempt goes into its
 * exercise's examples/ folder as a graded example whose expected verdicts
 * are the instructor's (each override, else the grader's), so `idiom lint`
 * then names every criterion where the grader disagrees with the
 * instructor.  Whoever can reach the store may export (it is an author's
 * tool, like `idiom admin`); the web route checks the instructor.
 * Exit status: 0 exported; 1 refused (no such learner or attempt, the
 * example exists already, the store unreachable); 2 usage. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "cohort/accounts.h"
#include "cohort/review.h"
#include "cohort/schema.h"
#include "grade/examples.h"
#include "util/fsutil.h"
#include "util/limits.h"
#include "render/visible.h"
#include "util/banned.h"

struct export_args {
	const char *store, *learner, *attempt, *course;
};

static int parse_args(int argc, char **argv, struct export_args *a)
{
	static const struct option options[] = {
		{ "store", required_argument, NULL, 's' },
		{ "learner", required_argument, NULL, 'l' },
		{ "attempt", required_argument, NULL, 'a' },
		{ 0, 0, 0, 0 },
	};
	int opt;

	optind = 1;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
		if (opt == 's')
			a->store = optarg;
		else if (opt == 'l')
			a->learner = optarg;
		else if (opt == 'a')
			a->attempt = optarg;
		else
			return cmd_usage_error(&cmd_examples_entry, "unknown option '%s'", argv[optind - 1]);
	}
	if (argc - optind < 1 || strcmp(argv[optind], "export") != 0)
		return cmd_usage_error(&cmd_examples_entry, "which action? (export)");
	if (argc - optind > 2)
		return cmd_usage_error(&cmd_examples_entry, "export takes at most one COURSE_DIR");
	a->course = argc - optind == 2 ? argv[optind + 1] : NULL;
	if (!a->store || !a->learner || !a->attempt)
		return cmd_usage_error(&cmd_examples_entry, "export needs --store URL, --learner NAME "
				       "and --attempt ID (the attempt ids are on the shapes page)");
	return 0;
}

/* Appends YAML to DIR/expected.yaml (made with its `examples:` line when
 * missing) and checks that the file still loads for EX; on any problem the
 * file is put back as it was.  0, or -1 after printing why. */
static int append_entry(const char *dir, const struct exercise *ex, const struct buf *yaml)
{
	char *path = fs_join(dir, "expected.yaml"), *old = NULL;
	size_t len = 0;
	struct buf text = BUF_INIT;
	struct example_set set = { 0 };
	struct diags diags = { 0 };
	int rc = fs_read_file(path, IDIOM_EXAMPLES_FILE_MAX, &old, &len);

	if (rc == -ENOENT)
		buf_puts(&text, "examples:\n");
	else if (rc == 0)
		buf_add(&text, old, len);
	if (text.len && text.data[text.len - 1] != '\n')
		buf_putc(&text, '\n');
	buf_add(&text, yaml->data, yaml->len);
	if (rc == -ENOENT || rc == 0)
		rc = fs_write_file_atomic(path, text.data, text.len);
	if (rc == 0 && example_set_load(dir, ex, &set, &diags) < 0) {
		diags_print(&diags, stderr);
		if (old)
			fs_write_file_atomic(path, old, len);
		else
			unlink(path);
		rc = -1;
	} else if (rc < 0) {
		visible_fprintf(stderr, "idiom: %s: %s\n", path, strerror(-rc));
	}
	example_set_release(&set);
	diags_free(&diags);
	buf_free(&text);
	free(old);
	free(path);
	return rc < 0 ? -1 : 0;
}

/* Writes ANSWER as DIR/FILE (refusing to replace one) and its entry. */
static int write_example(const struct exercise *ex, const char *file, const char *answer,
			 const struct buf *yaml)
{
	char *dir = fs_join(ex->dir, "examples"), *path = fs_join(dir, file);
	int rc = fs_mkdirs(dir);

	if (rc == 0 && access(path, F_OK) == 0) {
		visible_fprintf(stderr, "idiom: %s exists already: this attempt was exported before "
				"(remove the file and its entry in expected.yaml to export it again)\n", path);
		rc = -1;
	} else if (rc == 0 && (rc = fs_write_file_atomic(path, answer, strlen(answer))) < 0) {
		visible_fprintf(stderr, "idiom: %s: %s\n", path, strerror(-rc));
	} else if (rc == 0 && (rc = append_entry(dir, ex, yaml)) < 0) {
		unlink(path);
	}
	if (rc == 0)
		visible_fprintf(stdout, "added %s and its expected verdicts to %s/expected.yaml\n"
				"run `idiom lint` to see where the grader disagrees\n", path, dir);
	free(path);
	free(dir);
	return rc;
}

static int export_attempt(struct pg_db *db, const struct course *c, const struct export_args *a,
			  struct error *e)
{
	struct cohort_account who;
	json_t *attempt = NULL, *overrides = NULL;
	struct buf yaml = BUF_INIT;
	char file[REVIEW_FILE_SIZE], num[16];
	struct lesson *l = NULL;
	enum exercise_kind kind = EXERCISE_REWRITE;
	int rc = cohort_account_find(db, a->learner, &who, NULL, e);

	if (rc == 0)
		rc = review_attempt(db, who.id, a->attempt, &attempt, e);
	if (rc == 0) {
		snprintf(num, sizeof(num), "%02lld",
			 (long long)json_integer_value(json_object_get(attempt, "lesson")));
		exercise_kind_from_name(json_string_value(json_object_get(attempt, "exercise")), &kind);
		if (!(l = cmd_find_lesson(c, num)))
			rc = error_set(e, -ENOENT, "the course has no lesson %s", num);
	}
	if (rc == 0)
		rc = review_overrides(db, who.id, l->number, exercise_kind_name(kind), a->attempt,
				      &overrides, e);
	if (rc == 0)
		rc = review_example(&l->exercises[kind], who.username, attempt, overrides, file,
				    &yaml, e);
	if (rc == 0 && write_example(&l->exercises[kind], file,
				     json_string_value(json_object_get(attempt, "answer")), &yaml) < 0)
		rc = -EEXIST;
	else if (rc < 0)
		visible_fprintf(stderr, "idiom: %s\n", e->message);
	json_decref(attempt);
	json_decref(overrides);
	buf_free(&yaml);
	return rc;
}

static int cmd_examples(int argc, char **argv)
{
	struct export_args a = { 0 };
	struct error e = ERROR_INIT;
	struct pg_db *db = NULL;
	struct course *c;
	int rc;

	if ((rc = parse_args(argc, argv, &a)) != 0)
		return rc;
	if (pg_url_check(a.store, &e) < 0) {
		visible_fprintf(stderr, "idiom: %s\n", e.message);
		return EXIT_USAGE;
	}
	if (!(c = cmd_load_course(a.course)))
		return EXIT_USAGE;
	if (cohort_db_open(a.store, &db, &e) < 0) {
		visible_fprintf(stderr, "idiom: %s\n", e.message);
		rc = EXIT_PROBLEMS;
	} else {
		rc = export_attempt(db, c, &a, &e) < 0 ? EXIT_PROBLEMS : EXIT_OK;
	}
	pg_db_close(db);
	course_free(c);
	return rc;
}

const struct cmd_entry cmd_examples_entry = {
	.name = "examples",
	.usage = "examples export --store URL --learner NAME --attempt ID [COURSE_DIR]",
	.summary = "Add a cohort learner's answer to the course as a graded example.",
	.help = "Writes the learner's attempt into its exercise's examples/ folder\n"
		"(cohort-NAME-ID.py, or .md for Reflect) and appends its expected verdicts\n"
		"to examples/expected.yaml: for each criterion, the instructor's override\n"
		"where there is one, else the grader's verdict.  Then `idiom lint` names\n"
		"every criterion where the grader disagrees with the instructor: the rules\n"
		"to refine.  The attempt ids are on the cohort's answer-shapes pages\n"
		"(/shapes/COHORT/LESSON/EXERCISE); \"Add to the course\" there shows the\n"
		"same files to save by hand.\n"
		"The course is COURSE_DIR, else the default one.  An attempt exported\n"
		"before is refused.  The store is migrated first, as by `idiom serve`.\n"
		"Exit status: 0 exported, 1 refused or failed, 2 usage error.",
	.exec = cmd_examples,
};

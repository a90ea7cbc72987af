/* `idiom progress [--json] [--export FILE | --import FILE]`: where the
 * learner stands, lesson by lesson, from the progress store; and moving that
 * history to another machine, or (--store URL --learner NAME) into a cohort
 * learner's account.  Reading never creates the progress file. */
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "cohort/accounts.h"
#include "cohort/import.h"
#include "cohort/schema.h"
#include "store/pg.h"
#include "util/fsutil.h"
#include "render/visible.h"
#include "render/wrap.h"
#include "util/buf.h"
#include "util/banned.h"

/* An export holds every answer ever checked: allow far more than one. */
#define IMPORT_MAX (512u * 1024 * 1024)

struct progress_args {
	int json;
	int plain;
	const char *export_path;
	const char *import_path;
	const char *store;	/* --store URL: import into a cohort account */
	const char *learner;	/* --learner NAME: whose */
};

/* "1:05" for 3900 seconds. */
static void hours_minutes(int64_t seconds, char out[32])
{
	snprintf(out, 32, "%lld:%02lld", (long long)(seconds / 3600), (long long)(seconds / 60 % 60));
}

static void print_exercise(const struct store_exercise_summary *ex, enum store_exercise e,
			   int colour)
{
	const char *name = store_exercise_name(e);

	if (!ex->checked)
		printf("    %-9s %snot checked yet%s\n", name, colour ? "\033[2m" : "",
		       colour ? "\033[0m" : "");
	else if (ex->passed && ex->last_verdict == STORE_PASS)
		printf("    %-9s %spassed%s, %d attempt%s\n", name, colour ? "\033[32m" : "",
		       colour ? "\033[0m" : "", ex->attempts, ex->attempts == 1 ? "" : "s");
	else
		printf("    %-9s %s%s%s, %d attempt%s (last: %s)\n", name,
		       colour ? (ex->passed ? "\033[32m" : "\033[33m") : "",
		       ex->passed ? "passed" : "not yet", colour ? "\033[0m" : "", ex->attempts,
		       ex->attempts == 1 ? "" : "s", store_verdict_name(ex->last_verdict));
	for (size_t k = 0; k < ex->failing_count; k++)
		cmd_sayf(stdout, "              ", "                             ",
			 "still failing: %s", ex->failing[k]);
}

/* One line per lesson, its title wrapped under itself:
 * "04  started  0:12 of 0:25  Async I/O and ..."; a lesson begun and not
 * done goes on with a line per exercise. */
static void print_lesson(const struct lesson *l, const struct store_summary *sum,
			 const char *status, size_t status_width, int colour)
{
	char spent[32], estimate[32], head[96], hang[96];
	int width = cmd_out_width();

	hours_minutes(sum->seconds, spent);
	hours_minutes((int64_t)l->minutes * 60, estimate);
	snprintf(head, sizeof(head), "%02d  %-*s  %s of %s  ", l->number, (int)status_width, status,
		 spent, estimate);
	snprintf(hang, sizeof(hang), "%*s", (int)strlen(head), "");
	if (width > 0) {
		struct wrap_style style = { (size_t)width, head, hang };
		struct buf wrapped = BUF_INIT;

		wrap_text(l->title, strlen(l->title), &style, &wrapped);
		fputs(buf_str(&wrapped), stdout);
		buf_free(&wrapped);
	} else {
		printf("%s%s\n", head, l->title);
	}
	if (sum->attempts == 0 || strcmp(status, "done") == 0)
		return;
	for (int e = 0; e < STORE_EXERCISE_COUNT; e++)
		print_exercise(&sum->exercises[e], (enum store_exercise)e, colour);
}

static void print_text(const struct learn_course *tc, int colour)
{
	const struct course *c = tc->course;
	size_t status_width = 0;

	for (size_t i = 0; i < c->count; i++)
		if (strlen(learn_status_name(tc->status[i])) > status_width)
			status_width = strlen(learn_status_name(tc->status[i]));
	cmd_sayf(stdout, NULL, "  ", "%s%s%s: %zu of %zu lesson%s done", colour ? "\033[1m" : "",
		 c->title, colour ? "\033[0m" : "", tc->done, c->count, c->count == 1 ? "" : "s");
	putchar('\n');
	for (size_t i = 0; i < c->count; i++)
		print_lesson(c->lessons[i], &tc->sums[i], learn_status_name(tc->status[i]),
			     status_width, colour);
	putchar('\n');
	if (tc->next >= 0)
		cmd_sayf(stdout, NULL, "  ", "Next: lesson %02d (%s start %02d, %s check %02d rewrite)",
			 c->lessons[tc->next]->number, cmd_self(), c->lessons[tc->next]->number,
			 cmd_self(), c->lessons[tc->next]->number);
	else
		printf("Every lesson is done.\n");
}

static json_t *exercise_json(const struct store_exercise_summary *ex, enum store_exercise e)
{
	json_t *failing = json_array();

	for (size_t k = 0; k < ex->failing_count; k++)
		json_array_append_new(failing, json_string(ex->failing[k]));
	return json_pack("{s:s, s:i, s:b, s:o, s:o}", "exercise", store_exercise_name(e),
			 "attempts", ex->attempts, "passed", ex->passed,
			 "last_verdict", ex->checked ? json_string(store_verdict_name(ex->last_verdict))
						     : json_null(),
			 "failing", failing);
}

static json_t *lesson_json(const struct lesson *l, const struct store_summary *sum,
			   const char *status)
{
	json_t *exercises = json_array();

	for (int e = 0; e < STORE_EXERCISE_COUNT; e++)
		json_array_append_new(exercises, exercise_json(&sum->exercises[e], (enum store_exercise)e));
	return json_pack("{s:i, s:s, s:s, s:s, s:i, s:I, s:i, s:I, s:o}",
			 "lesson", l->number, "slug", l->slug, "title", l->title,
			 "status", status, "attempts", sum->attempts,
			 "seconds", (json_int_t)sum->seconds, "minutes", l->minutes,
			 "last_active", (json_int_t)sum->last_active, "exercises", exercises);
}

static void print_json(const struct learn_course *tc)
{
	const struct course *c = tc->course;
	json_t *lessons = json_array();
	json_t *doc;
	char *text;

	for (size_t i = 0; i < c->count; i++)
		json_array_append_new(lessons, lesson_json(c->lessons[i], &tc->sums[i],
							   learn_status_name(tc->status[i])));
	doc = json_pack("{s:s, s:I, s:I, s:o, s:o}", "course", c->title,
			"done", (json_int_t)tc->done, "total", (json_int_t)c->count,
			"next", tc->next >= 0 ? json_integer(c->lessons[tc->next]->number) : json_null(),
			"lessons", lessons);
	text = json_dumps(doc, JSON_PRESERVE_ORDER | JSON_COMPACT);
	printf("%s\n", text);
	free(text);
	json_decref(doc);
}

static int show_progress(const struct progress_args *a)
{
	struct learn_course tc = { 0 };
	struct error err = ERROR_INIT;
	struct learner lr = { 0 };
	struct course *c = cmd_load_course(NULL);
	int rc = EXIT_USAGE;

	if (!c)
		return EXIT_USAGE;
	if (cmd_learner_open(&lr, 0) == 0 && learn_course_load(&lr, c, &tc, &err) < 0) {
		visible_fprintf(stderr, "idiom: %s\n", err.message);
	} else if (lr.home) {
		if (a->json)
			print_json(&tc);
		else
			print_text(&tc, cmd_use_colour(a->plain));
		rc = EXIT_OK;
	}
	learn_course_free(&tc);
	cmd_learner_close(&lr);
	course_free(c);
	return rc;
}

static int export_progress(const char *path)
{
	struct error err = ERROR_INIT;
	struct learner lr;
	char *text = NULL;
	int rc = EXIT_USAGE, wrc;

	if (cmd_learner_open(&lr, 0) != 0)
		goto cleanup;
	if (!lr.store) {
		visible_fprintf(stderr, "idiom: no progress to export yet (nothing was started or checked)\n");
		goto cleanup;
	}
	if (store_export_json(lr.store, &text, &err) < 0) {
		visible_fprintf(stderr, "idiom: %s\n", err.message);
	} else if (strcmp(path, "-") == 0) {
		fputs(text, stdout);
		rc = EXIT_OK;
	} else if ((wrc = fs_write_file_atomic(path, text, strlen(text))) < 0) {
		visible_fprintf(stderr, "idiom: cannot write %s: %s\n", path, strerror(-wrc));
	} else {
		visible_fprintf(stderr, "Progress exported to %s; on the other machine: idiom progress --import %s\n",
			path, path);
		rc = EXIT_OK;
	}
cleanup:
	free(text);
	cmd_learner_close(&lr);
	return rc;
}

/* Reads the export at PATH into *TEXT (yours); 0 or EXIT_USAGE, said. */
static int read_export(const char *path, char **text, size_t *len)
{
	int rc = fs_read_file(path, IMPORT_MAX, text, len);

	if (rc < 0) {
		visible_fprintf(stderr, "idiom: cannot read %s: %s\n", path,
			rc == -EFBIG ? "larger than 512 MiB" : strerror(-rc));
		return EXIT_USAGE;
	}
	return 0;
}

/* The cohort learner NAME of DB into WHO; 0, or EXIT_PROBLEMS said. */
static int find_learner(struct pg_db *db, const char *name, struct cohort_account *who)
{
	struct error e = ERROR_INIT;
	int rc = cohort_account_find(db, name, who, NULL, &e);

	if (rc == -ENOENT)
		visible_fprintf(stderr, "idiom: no account called '%s' in that store\n", name);
	else if (rc < 0)
		visible_fprintf(stderr, "idiom: %s\n", e.message);
	else if (who->role != COHORT_LEARNER)
		visible_fprintf(stderr, "idiom: '%s' is an %s, not a learner: only a learner's "
				"progress is imported\n", name, cohort_role_name(who->role));
	return rc < 0 || who->role != COHORT_LEARNER ? EXIT_PROBLEMS : 0;
}

/* --import PATH --store URL --learner NAME. */
static int import_to_cohort(const struct progress_args *a)
{
	struct store_import_result res = { 0 };
	struct error e = ERROR_INIT;
	struct cohort_account who;
	struct pg_db *db = NULL;
	struct store *s = NULL;
	char *text = NULL;
	size_t len;
	int rc;

	if (pg_url_check(a->store, &e) < 0) {
		visible_fprintf(stderr, "idiom: %s\n", e.message);
		return EXIT_USAGE;
	}
	if ((rc = read_export(a->import_path, &text, &len)) != 0)
		return rc;
	rc = EXIT_PROBLEMS;
	if (cohort_db_open(a->store, &db, &e) < 0) {
		visible_fprintf(stderr, "idiom: %s\n", e.message);
	} else if (find_learner(db, a->learner, &who) != 0) {
		/* find_learner said why */
	} else if (pg_store_attach(db, who.id, &s, &e) < 0) {
		visible_fprintf(stderr, "idiom: %s\n", e.message);
	} else if (cohort_import(db, s, who.id, text, len, &res, &e) < 0) {
		visible_fprintf(stderr, "idiom: %s: %s%s\n", a->import_path, e.message,
			e.code == -EINVAL ? " (nothing was imported)" : "");
		rc = e.code == -EINVAL ? EXIT_USAGE : EXIT_PROBLEMS;
	} else {
		visible_fprintf(stdout, "Imported %s into %s's account: added %zu, already had %zu\n",
			a->import_path, who.username, res.added, res.skipped);
		rc = EXIT_OK;
	}
	store_close(s);
	pg_db_close(db);
	free(text);
	return rc;
}

static int import_progress(const char *path)
{
	struct store_import_result res = { 0 };
	struct error err = ERROR_INIT;
	struct learner lr;
	char *text;
	size_t len;
	int rc = read_export(path, &text, &len);

	if (rc != 0)
		return rc;
	rc = EXIT_USAGE;
	if (cmd_learner_open(&lr, 1) != 0) {
		/* cmd_learner_open said why */
	} else if (store_import_json(lr.store, text, len, &res, &err) < 0) {
		visible_fprintf(stderr, "idiom: %s: %s (nothing was imported)\n", path, err.message);
	} else {
		visible_fprintf(stdout, "Imported %s: added %zu, already had %zu\n", path, res.added, res.skipped);
		rc = EXIT_OK;
	}
	cmd_learner_close(&lr);
	free(text);
	return rc;
}

static int parse_args(int argc, char **argv, struct progress_args *a)
{
	static const struct option options[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "plain", no_argument, NULL, 'p' },
		{ "export", required_argument, NULL, 'e' },
		{ "import", required_argument, NULL, 'i' },
		{ "store", required_argument, NULL, 's' },
		{ "learner", required_argument, NULL, 'l' },
		{ 0, 0, 0, 0 },
	};
	int opt;

	optind = 1;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
		if (opt == 'j')
			a->json = 1;
		else if (opt == 'p')
			a->plain = 1;
		else if (opt == 'e')
			a->export_path = optarg;
		else if (opt == 'i')
			a->import_path = optarg;
		else if (opt == 's')
			a->store = optarg;
		else if (opt == 'l')
			a->learner = optarg;
		else if (optopt)
			return cmd_usage_error(&cmd_progress_entry, "--%s needs %s",
					       optopt == 'e' ? "export" : optopt == 'i' ? "import" :
					       optopt == 's' ? "store" : "learner",
					       optopt == 's' ? "a URL" : optopt == 'l' ? "a NAME" : "a FILE");
		else
			return cmd_usage_error(&cmd_progress_entry, "unknown option '%s'", argv[optind - 1]);
	}
	if (optind < argc)
		return cmd_usage_error(&cmd_progress_entry, "progress takes no lesson, not '%s' "
				       "(it shows every lesson)", argv[optind]);
	if (a->export_path && a->import_path)
		return cmd_usage_error(&cmd_progress_entry, "--export or --import, not both");
	if ((a->store || a->learner) && (!a->import_path || !a->store || !a->learner))
		return cmd_usage_error(&cmd_progress_entry, "--store URL and --learner NAME go "
				       "together, with --import FILE (a cohort learner's account)");
	return 0;
}

static int cmd_progress(int argc, char **argv)
{
	struct progress_args args = { 0 };

	if (parse_args(argc, argv, &args) != 0)
		return EXIT_USAGE;
	if (args.export_path)
		return export_progress(args.export_path);
	if (args.import_path && args.store)
		return import_to_cohort(&args);
	if (args.import_path)
		return import_progress(args.import_path);
	return show_progress(&args);
}

const struct cmd_entry cmd_progress_entry = {
	.name = "progress",
	.usage = "progress [--json] [--plain] [--export FILE | --import FILE "
		 "[--store URL --learner NAME]]",
	.summary = "Your progress: status, attempts, time spent, criteria still failing.",
	.help = "One line per lesson: its status (open, started, done, locked), the time\n"
		"spent (active time, each pause counted at most 10 minutes) against the\n"
		"lesson's estimate, and its title.  A lesson begun and not done goes on with\n"
		"a line per exercise: passed or not, attempts, the last verdict and the\n"
		"criteria still failing.  Lines wrap at the terminal's width ($COLUMNS).\n\n"
		"Options:\n"
		"  --json         one JSON object:\n"
		"                 {\"course\", \"done\", \"total\", \"next\": lesson number or null,\n"
		"                  \"lessons\": [{\"lesson\", \"slug\", \"title\",\n"
		"                    \"status\": open|started|done|locked, \"attempts\",\n"
		"                    \"seconds\" (time spent), \"minutes\" (the estimate),\n"
		"                    \"last_active\" (Unix seconds, 0: never),\n"
		"                    \"exercises\": [{\"exercise\", \"attempts\", \"passed\": bool,\n"
		"                      \"last_verdict\": pass|fail|error|null, \"failing\": [titles]}]}]}\n"
		"  --export FILE  write your whole history as JSON to FILE ('-': stdout)\n"
		"  --import FILE  merge such a file in: attempts already here are skipped,\n"
		"                 so importing twice adds nothing\n"
		"  --store URL --learner NAME  (with --import) into the account of learner\n"
		"                 NAME of a cohort server's PostgreSQL instead; its attempts\n"
		"                 are marked as imported on the learner's page.  Exit\n"
		"                 status 1: no such learner, or the server cannot be reached\n"
		"  --plain        no colours\n\n"
		"Examples:\n  idiom progress\n  idiom progress --export progress.json\n"
		"  idiom progress --import progress.json\n"
		"  idiom progress --import progress.json --store postgresql://db/idiom --learner bob\n",
	.exec = cmd_progress,
};

/* `idiom admin create-instructor USERNAME --store URL`: makes an instructor
 * account in a cohort's PostgreSQL (creating or migrating the schema first),
 * the password read from stdin (one line; asked twice, unechoed, on a
 * terminal), so it never shows in `ps` or shell history.
 * Exit status: 0 made; 1 refused or failed (weak password, name taken,
 * server unreachable); 2 usage (arguments, a URL that is not one). */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include "cmd/cmd.h"
#include "cohort/accounts.h"
#include "cohort/schema.h"
#include "util/limits.h"
#include "render/visible.h"
#include "util/banned.h"

#define PASSWORD_LINE (COHORT_PASSWORD_MAX + 3)

struct admin_args {
	const char *action;
	const char *username;
	const char *store;
};

static int parse_args(int argc, char **argv, struct admin_args *a)
{
	static const struct option options[] = {
		{ "store", required_argument, NULL, 's' },
		{ 0, 0, 0, 0 },
	};
	int opt;

	optind = 1;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
		if (opt == 's')
			a->store = optarg;
		else
			return cmd_usage_error(&cmd_admin_entry, "unknown option '%s'", argv[optind - 1]);
	}
	if (argc - optind < 1)
		return cmd_usage_error(&cmd_admin_entry, "which action? (create-instructor)");
	a->action = argv[optind];
	if (strcmp(a->action, "create-instructor") != 0)
		return cmd_usage_error(&cmd_admin_entry, "no admin action '%s' (create-instructor)",
				       a->action);
	if (argc - optind != 2)
		return cmd_usage_error(&cmd_admin_entry, "create-instructor takes one USERNAME");
	a->username = argv[optind + 1];
	if (!a->store)
		return cmd_usage_error(&cmd_admin_entry, "--store URL is required "
				       "(postgresql://USER@HOST/DATABASE)");
	return 0;
}

/* Reads one line into BUF without its line ending; -EINVAL if there is none
 * or it is too long. */
static int read_line(FILE *in, char buf[PASSWORD_LINE])
{
	size_t n;

	if (!fgets(buf, PASSWORD_LINE, in))
		return -EINVAL;
	n = strlen(buf);
	if (n == PASSWORD_LINE - 1 && buf[n - 1] != '\n')
		return -E2BIG;
	while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r'))
		buf[--n] = 0;
	return 0;
}

/* On a terminal: asks with PROMPT, echo off. */
static int ask(const char *prompt, char buf[PASSWORD_LINE])
{
	struct termios old, quiet;
	int rc, restore = tcgetattr(STDIN_FILENO, &old) == 0;

	fputs(prompt, stderr);
	if (restore) {
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
	}
	rc = read_line(stdin, buf);
	if (restore)
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
	fputc('\n', stderr);
	return rc;
}

static int read_password(char buf[PASSWORD_LINE])
{
	char again[PASSWORD_LINE];
	int rc;

	if (!isatty(STDIN_FILENO))
		rc = read_line(stdin, buf);
	else if ((rc = ask("Password: ", buf)) == 0 && (rc = ask("Again: ", again)) == 0 &&
		 strcmp(buf, again) != 0)
		rc = -EAGAIN;
	if (rc == -E2BIG)
		visible_fprintf(stderr, "idiom: the password is longer than %d bytes\n", COHORT_PASSWORD_MAX);
	else if (rc == -EAGAIN)
		visible_fprintf(stderr, "idiom: the two passwords differ; nothing was made\n");
	else if (rc < 0 || !buf[0])
		visible_fprintf(stderr, "idiom: no password on stdin (give it as one line, e.g. from a "
			"password manager or a file)\n");
	return rc < 0 || !buf[0] ? -EINVAL : 0;
}

static int create_instructor(const struct admin_args *a)
{
	char password[PASSWORD_LINE] = "";
	struct pg_db *db = NULL;
	struct error e = ERROR_INIT;
	int64_t id = 0;
	int rc;

	if (pg_url_check(a->store, &e) < 0) {
		visible_fprintf(stderr, "idiom: %s\n", e.message);
		return EXIT_USAGE;
	}
	/* Name and password first: nothing to connect for if they are refused. */
	if (cohort_username_check(a->username, &e) < 0 ||
	    (read_password(password) == 0 &&
	     cohort_password_check(password, a->username, &e) < 0)) {
		if (e.code)
			visible_fprintf(stderr, "idiom: %s\n", e.message);
		rc = EXIT_PROBLEMS;
		goto cleanup;
	}
	if (!password[0]) {
		rc = EXIT_PROBLEMS;
		goto cleanup;
	}
	if (cohort_db_open(a->store, &db, &e) < 0 ||
	    cohort_account_create(db, a->username, password, COHORT_INSTRUCTOR, 0, &id, &e) < 0) {
		visible_fprintf(stderr, "idiom: %s\n", e.message);
		rc = EXIT_PROBLEMS;
		goto cleanup;
	}
	visible_fprintf(stdout, "instructor '%s' created (account %lld)\n", a->username, (long long)id);
	rc = EXIT_OK;
cleanup:
	explicit_bzero(password, sizeof(password));
	pg_db_close(db);
	return rc;
}

static int cmd_admin(int argc, char **argv)
{
	struct admin_args a = { 0 };

	if (parse_args(argc, argv, &a) != 0)
		return EXIT_USAGE;
	return create_instructor(&a);
}

const struct cmd_entry cmd_admin_entry = {
	.name = "admin",
	.usage = "admin create-instructor USERNAME --store URL",
	.summary = "Manage a cohort server's accounts in PostgreSQL (create-instructor).",
	.help =
	"Actions:\n"
	"  create-instructor USERNAME   makes an instructor account; the password is\n"
	"                               read from stdin, one line (asked twice, unechoed,\n"
	"                               on a terminal)\n"
	"\n"
	"Options:\n"
	"  --store URL   the cohort's PostgreSQL, e.g. postgresql://idiom@db.example/idiom\n"
	"                (the schema is created or migrated forward first)\n"
	"\n"
	"Names: 3 to 64 letters, digits, '.', '_' or '-' (case does not matter).\n"
	"Passwords: at least 12 characters, not a common one; stored as Argon2id.\n"
	"Exit status: 0 made, 1 refused (weak password, name taken, server\n"
	"unreachable), 2 usage.  See docs/cohort.md.\n"
	"\n"
	"Example:\n"
	"  idiom admin create-instructor ada --store postgresql://idiom@db/idiom < pw.txt\n",
	.exec = cmd_admin,
};

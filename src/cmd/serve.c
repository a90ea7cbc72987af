/* `idiom serve [--host H] [--port P] [--threads N]`: the course in the
 * browser, served by src/web/ from this same binary, on 127.0.0.1 unless
 * told otherwise.  Checks go to the same store and workspace files as
 * `idiom check`. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "store/pgdb.h"
#include "web/web.h"
#include "render/visible.h"
#include "util/banned.h"

#define DEFAULT_PORT 8604
#define THREADS_MAX 64

struct serve_args {
	const char *host;
	int port;
	unsigned threads;	/* 0: one per CPU */
	int cohort;		/* --cohort */
	const char *store;	/* --store URL */
	struct web_cohort_options opt;
};

/* Parses "--OPTION TEXT" as an integer in LO..HI into *OUT. */
static int int_option(const char *option, const char *text, long lo, long hi, long *out)
{
	char *end;
	long v = strtol(text, &end, 10);

	if (*end || end == text || v < lo || v > hi)
		return cmd_usage_error(&cmd_serve_entry, "--%s takes %ld..%ld, not '%s'", option, lo, hi, text);
	*out = v;
	return 0;
}

static unsigned cpu_count(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : n > THREADS_MAX ? THREADS_MAX : (unsigned)n;
}

static int parse_args(int argc, char **argv, struct serve_args *a)
{
	static const struct option options[] = {
		{ "host", required_argument, NULL, 'h' },
		{ "port", required_argument, NULL, 'p' },
		{ "threads", required_argument, NULL, 't' },
		{ "cohort", no_argument, NULL, 'c' },
		{ "store", required_argument, NULL, 's' },
		{ "secure", no_argument, NULL, 'S' },
		{ "trust-proxy", no_argument, NULL, 'P' },
		{ 0, 0, 0, 0 },
	};
	long v;
	int opt;

	optind = 1;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
		if (opt == 'h') {
			a->host = optarg;
		} else if (opt == 'p') {
			if (int_option("port", optarg, 0, 65535, &v) != 0)
				return -EINVAL;
			a->port = (int)v;
		} else if (opt == 't') {
			if (int_option("threads", optarg, 1, THREADS_MAX, &v) != 0)
				return -EINVAL;
			a->threads = (unsigned)v;
		} else if (opt == 'c') {
			a->cohort = 1;
		} else if (opt == 's') {
			a->store = optarg;
		} else if (opt == 'S') {
			a->opt.secure = 1;
		} else if (opt == 'P') {
			a->opt.trust_proxy = 1;
		} else {
			return cmd_usage_error(&cmd_serve_entry, "unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return cmd_usage_error(&cmd_serve_entry, "unexpected argument '%s'", argv[optind]);
	if (a->cohort != (a->store != NULL))
		return cmd_usage_error(&cmd_serve_entry, "--cohort and --store URL go together");
	if (!a->cohort && (a->opt.secure || a->opt.trust_proxy))
		return cmd_usage_error(&cmd_serve_entry, "--secure and --trust-proxy need --cohort");
	return 0;
}

/* idiom serve --cohort: no local store or workspace; everything in
 * PostgreSQL. */
static int serve_cohort(const struct serve_args *args, struct course *c)
{
	struct web *w = NULL;
	struct error e = ERROR_INIT;
	int rc;

	if ((rc = pg_url_check(args->store, &e)) < 0) {
		fprintf(stderr, "idiom serve: %s\n", e.message);
		return EXIT_USAGE;
	}
	if ((rc = web_new(c, NULL, NULL, &w, &e)) == 0 &&
	    (rc = web_cohort_enable(w, args->store, &args->opt, &e)) == 0)
		rc = web_serve(w, args->host, args->port, args->threads ? args->threads : cpu_count(), &e);
	if (rc < 0)
		fprintf(stderr, "idiom serve: %s\n", e.message);
	web_free(w);
	return rc < 0 ? EXIT_PROBLEMS : EXIT_OK;
}

static int cmd_serve(int argc, char **argv)
{
	struct serve_args args = { .host = "127.0.0.1", .port = DEFAULT_PORT };
	struct course *c;
	struct learner lr;
	struct web *w = NULL;
	struct error e = ERROR_INIT;
	int rc;

	if (parse_args(argc, argv, &args) != 0)
		return EXIT_USAGE;
	if (!(c = cmd_load_course(NULL)))
		return EXIT_USAGE;
	if (args.cohort) {
		rc = serve_cohort(&args, c);
		course_free(c);
		return rc;
	}
	if (cmd_learner_open(&lr, 1) != 0) {
		cmd_learner_close(&lr);
		course_free(c);
		return EXIT_USAGE;
	}
	if (strcmp(args.host, "127.0.0.1") != 0)
		visible_fprintf(stderr, "idiom serve: warning: listening on %s; the course has no login, "
			"and anyone who can reach this address can use it\n", args.host);
	if ((rc = web_new(c, lr.store, lr.home, &w, &e)) == 0)
		rc = web_serve(w, args.host, args.port, args.threads ? args.threads : cpu_count(), &e);
	if (rc < 0)
		visible_fprintf(stderr, "idiom serve: %s\n", e.message);
	web_free(w);
	cmd_learner_close(&lr);
	course_free(c);
	return rc < 0 ? EXIT_USAGE : EXIT_OK;
}

const struct cmd_entry cmd_serve_entry = {
	.name = "serve",
	.usage = "serve [--host ADDR] [--port N] [--threads N] [--cohort --store URL [--secure] [--trust-proxy]]",
	.summary = "Open the course in your browser (a local web server).",
	.help = "Serves the catalogue, every lesson with editors and a Check button, and\n"
		"your progress, at http://127.0.0.1:8604/ until Ctrl-C.  Checks made in\n"
		"the browser are recorded in the same progress store and saved to the\n"
		"same workspace files as 'idiom check', so both always agree.\n\n"
		"Options:\n"
		"  --host ADDR  IPv4 address to listen on (default 127.0.0.1; anything else\n"
		"               exposes the course to your network)\n"
		"  --port N     port (default 8604; 0 picks a free one)\n"
		"  --threads N  threads answering pages and live hints (default: one per\n"
		"               CPU); checks, hints and progress are answered in turn\n"
		"               by one more thread, as the terminal commands would\n\n"
		"Cohort mode (docs/cohort.md):\n"
		"  --cohort --store URL  serve many learners with accounts on the\n"
		"               PostgreSQL at URL (postgresql://...): sign-in, sign-up\n"
		"               through an instructor's invite, the gradebook; nothing\n"
		"               is kept on this node.  Make the first instructor with\n"
		"               'idiom admin create-instructor'.  A request the node\n"
		"               cannot take now (queue full, PostgreSQL down) gets 503\n"
		"               with Retry-After; GET /healthz says 200 or 503.\n"
		"  --secure     the session cookie is always Secure (TLS in front)\n"
		"  --trust-proxy  Secure when X-Forwarded-Proto from the proxy says https\n"
		"               (only behind a proxy that sets it)\n\n"
		"JSON API: GET /api/lessons, GET /api/lessons/04, GET /api/progress,\n"
		"POST /api/check and POST /api/hints with\n"
		"{\"lesson\": \"04\", \"exercise\": \"rewrite\", \"answer\": \"...\"}\n"
		"(the report of 'idiom check --json'; /api/hints uses the static rules only).\n",
	.exec = cmd_serve,
};

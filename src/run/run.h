/* The behavioural runner: runs a learner's Python answer under a trusted
 * harness, in a sandbox, forked from one warm Python (the zygote) so a check
 * costs milliseconds, not a fresh interpreter.  The C side survives anything
 * the answer does; every check ends within its limits and leaves nothing
 * behind.  The harness protocol is in docs/harness.md. */
#ifndef IDIOM_RUN_H
#define IDIOM_RUN_H
#include <stddef.h>
#include <sys/types.h>
#include "util/error.h"

/* Limits for one check; a field left 0 takes the default shown. */
struct runner_limits {
	double cpu_s;		/* CPU seconds per process (default 2) */
	double wall_s;		/* wall-clock seconds for the whole check (default 5) */
	size_t memory_bytes;	/* address space per process (default 256 MiB) */
	int processes;		/* tasks (processes and threads) at once (default 32) */
	size_t file_bytes;	/* largest file the answer may write (default 8 MiB) */
	size_t scratch_bytes;	/* size of the scratch directory /tmp (default 16 MiB) */
	size_t output_bytes;	/* stdout+stderr kept; the rest is cut (default 64 KiB) */
};

/* The defaults, filled in where LIMITS has zeros. */
void runner_limits_fill(struct runner_limits *limits);

struct runner_options {
	const char *python;	/* NULL: /usr/bin/python3 (Debian's python3) */
	const char *bwrap;	/* NULL: /usr/bin/bwrap (Debian's bubblewrap) */
	/* Test hook: make the next zygote start fail on purpose: "spawn" (fork
	 * fails), "exec" (exec fails).  NULL: none; also read from the
	 * environment variable IDIOM_RUN_FAULT when NULL.  Likewise
	 * IDIOM_RUN_SEED makes the harnesses' random draws repeatable (the
	 * golden files' test hook; never set in use). */
	const char *fault;
	/* 1: runner_new returns once the zygote is launched, without waiting
	 * for it to be ready; the first check waits (and reports a start that
	 * failed).  A one-off `idiom check` compiles its rules meanwhile. */
	int background;
};

struct run_job {
	const char *harness_path;	/* trusted Python harness file */
	const char *answer;		/* the learner's source, need not be NUL-terminated */
	size_t answer_len;
	const char *answer_name;	/* file name shown in messages ("rewrite.py") */
	struct runner_limits limits;	/* zeros take the defaults */
};

enum run_status {
	RUN_OK,			/* the harness delivered a verdict: verdict_json */
	RUN_TIMEOUT,		/* wall-clock or CPU limit; message says which */
	RUN_CRASHED,		/* killed by a signal, raised past the harness, or
				 * tampered with the verdict channel */
	RUN_NO_VERDICT,		/* ended before the harness reported (os._exit(0)) */
	RUN_SYNTAX_ERROR,	/* the answer does not parse; line and message */
	RUN_INTERNAL,		/* idiom's side failed: sandbox, zygote, harness file */
};

struct run_result {
	enum run_status status;
	/* RUN_OK: the harness's verdict, a JSON object
	 * {"checks": [{"criterion", "pass", "line", "message"}], "notes": {...}};
	 * NULL otherwise. */
	char *verdict_json;
	char *output;		/* the answer's stdout and stderr, interleaved; never NULL */
	int output_truncated;	/* 1 when output was cut at output_bytes */
	/* "" for RUN_OK; else what went wrong, for the learner:
	 * "timed out after 5 s", "syntax error at line 2: invalid syntax". */
	char *message;
	int line;		/* RUN_SYNTAX_ERROR, RUN_CRASHED: the answer's line
				 * (0 when unknown); the message names it too */
	double ms;		/* wall time of runner_run */
	double cpu_ms;		/* CPU time of the check's first process */
};

/* A runner serves one check at a time: calls on one runner from several
 * threads must be serialised by the caller (or use one runner per thread). */
struct runner;

/* Finds python3 and bwrap, starts the sandboxed zygote and waits until it
 * is ready (or only launches it: OPTIONS->background).  Returns 0 and sets *OUT, or -errno with E's message one a user
 * can act on (naming the Debian package when a program is missing).
 * OPTIONS may be NULL. */
int runner_new(struct runner **out, const struct runner_options *options, struct error *e);

/* Runs JOB and fills RES (free it with run_result_free).  Returns 0 whenever
 * RES was filled, whatever the answer did (see RES->status); -EINVAL for a
 * malformed JOB.  A zygote that died or hung is reported as RUN_INTERNAL for
 * this check and restarted for the next. */
int runner_run(struct runner *r, const struct run_job *job, struct run_result *res);

/* The same with the harness's text HARNESS[0..hlen) instead of reading
 * JOB->harness_path (which then only names it): a harness built into idiom,
 * such as run_script.py. */
int runner_run_text(struct runner *r, const struct run_job *job, const char *harness,
		    size_t hlen, struct run_result *res);

void run_result_free(struct run_result *res);
void runner_free(struct runner *r);

/* "ok", "timeout", "crashed", "no-verdict", "syntax-error", "internal". */
const char *run_status_name(enum run_status status);

/* Test hooks.  runner_set_fault makes the next check fail on purpose inside
 * the zygote: "fork" (forking the check), "unshare" (its namespaces),
 * "setrlimit" (its limits), "hang" (the zygote stops answering); or the
 * next zygote start: "spawn", "exec".
 * runner_zygote_pid is the sandbox's outer process (bwrap), or -1. */
void runner_set_fault(struct runner *r, const char *fault);
pid_t runner_zygote_pid(const struct runner *r);
/* 1 when the zygote last started from the compiled program cached on disk
 * (src/run/codecache.h), 0 when it compiled its source. */
int runner_program_cached(const struct runner *r);

#endif

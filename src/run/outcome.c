/* Deciding a check's outcome; see outcome.h.  The verdict counts only as
 * exactly one line carrying this check's token: anything else on the
 * channel means the answer wrote there itself. */
#include <errno.h>
#include <jansson.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "run/outcome.h"
#include "util/xalloc.h"
#include "util/banned.h"

/* What a run status does to the report. */
enum effect {
	EFFECT_CHECKS,		/* merge the harness's checks */
	EFFECT_ERROR,		/* the answer could not run: report status error */
	EFFECT_INTERNAL,	/* idiom's side failed: no report */
};

/* Per run status (by enum value): its name and its effect. */
static const struct {
	const char *name;
	enum effect effect;
} statuses[] = {
	[RUN_OK] = { "ok", EFFECT_CHECKS },
	[RUN_TIMEOUT] = { "timeout", EFFECT_ERROR },
	[RUN_CRASHED] = { "crashed", EFFECT_ERROR },
	[RUN_NO_VERDICT] = { "no-verdict", EFFECT_ERROR },
	[RUN_SYNTAX_ERROR] = { "syntax-error", EFFECT_ERROR },
	[RUN_INTERNAL] = { "internal", EFFECT_INTERNAL },
};
_Static_assert(sizeof(statuses) / sizeof(statuses[0]) == RUN_INTERNAL + 1,
	       "one row per enum run_status");

/* The supervisor's keys (supervisor.py): how its reply's "status" says the
 * check's process ended, and the keys of a verdict, in the order they are
 * tried.  Nothing else names them on the C side. */
enum key {
	KEY_TIMEOUT, KEY_SIGNALED, KEY_EXITED,		/* reply "status" */
	KEY_INTERNAL, KEY_SYNTAX_ERROR, KEY_ERROR,		/* verdict */
	KEY_KILLED, KEY_ENDED,	/* verdict: how the judged answer's process ended */
	KEY_CHECKS,
	KEY_COUNT
};
static const char *const keys[KEY_COUNT + 1] = {
	[KEY_TIMEOUT] = "timeout", [KEY_SIGNALED] = "signaled", [KEY_EXITED] = "exited",
	[KEY_INTERNAL] = "internal", [KEY_SYNTAX_ERROR] = "syntax_error", [KEY_ERROR] = "error",
	[KEY_KILLED] = "killed", [KEY_ENDED] = "ended",
	[KEY_CHECKS] = "checks", [KEY_COUNT] = NULL,
};

const char *const *outcome_supervisor_keys(void)
{
	return keys;
}

const char *run_status_name(enum run_status status)
{
	return (unsigned)status <= RUN_INTERNAL ? statuses[status].name : "?";
}

static void outcome_set(struct run_result *res, enum run_status status, char *message)
{
	res->status = status;
	free(res->message);
	res->message = message;
}

char *outcome_syntax_message(int line, const char *detail)
{
	return line > 0 ? xasprintf("syntax error at line %d: %s", line, detail) :
			  xasprintf("syntax error: %s", detail);
}

/* Returns the verdict object (you own it) or NULL when the channel holds
 * anything but one JSON line with our token. */
static json_t *verdict_parse(const struct outcome_input *in)
{
	const char *nl = memchr(in->verdict, '\n', in->verdict_len);
	json_t *obj;
	const char *token;

	if (in->verdict_overflow || !nl || (size_t)(nl - in->verdict) + 1 != in->verdict_len)
		return NULL;
	obj = json_loadb(in->verdict, in->verdict_len - 1, JSON_REJECT_DUPLICATES, NULL);
	if (!json_is_object(obj)) {
		json_decref(obj);
		return NULL;
	}
	token = json_string_value(json_object_get(obj, "token"));
	if (!token || strcmp(token, in->token) != 0) {
		json_decref(obj);
		return NULL;
	}
	json_object_del(obj, "token");
	return obj;
}

static int checks_valid(json_t *checks)
{
	size_t i;
	json_t *check;

	if (!json_is_array(checks))
		return 0;
	json_array_foreach(checks, i, check) {
		if (!json_is_string(json_object_get(check, "criterion")) ||
		    !json_is_boolean(json_object_get(check, "pass")))
			return 0;
	}
	return 1;
}

static void outcome_signaled(const struct outcome_input *in, int sig, double cpu_ms,
			     struct run_result *res);
static void outcome_no_verdict(struct run_result *res, int code);

static void outcome_from_verdict(const struct outcome_input *in, json_t *v,
				 struct run_result *res)
{
	json_t *syntax = json_object_get(v, keys[KEY_SYNTAX_ERROR]);
	const char *text;

	if ((text = json_string_value(json_object_get(v, keys[KEY_INTERNAL])))) {
		outcome_set(res, RUN_INTERNAL, xasprintf("the sandbox could not run the check: %s", text));
	} else if (json_is_object(syntax)) {
		res->line = (int)json_integer_value(json_object_get(syntax, "line"));
		text = json_string_value(json_object_get(syntax, "message"));
		outcome_set(res, RUN_SYNTAX_ERROR, outcome_syntax_message(res->line, text ? text : ""));
	} else if ((text = json_string_value(json_object_get(v, keys[KEY_ERROR])))) {
		res->line = (int)json_integer_value(json_object_get(v, "line"));
		outcome_set(res, RUN_CRASHED, xstrdup(text));
	} else if (json_is_integer(json_object_get(v, keys[KEY_KILLED]))) {
		outcome_signaled(in, (int)json_integer_value(json_object_get(v, keys[KEY_KILLED])),
				 res->cpu_ms, res);
	} else if (json_is_integer(json_object_get(v, keys[KEY_ENDED]))) {
		outcome_no_verdict(res, (int)json_integer_value(json_object_get(v, keys[KEY_ENDED])));
	} else if (checks_valid(json_object_get(v, keys[KEY_CHECKS]))) {
		res->verdict_json = json_dumps(v, JSON_COMPACT);
		outcome_set(res, RUN_OK, xstrdup(""));
	} else {
		outcome_set(res, RUN_INTERNAL, xstrdup("the harness reported no checks"));
	}
}

static void outcome_no_verdict(struct run_result *res, int code)
{
	outcome_set(res, RUN_NO_VERDICT, xasprintf(
		"the answer ended the program before its check could finish (exit status %d); "
		"remove calls such as os._exit()", code));
}

static void outcome_exited(const struct outcome_input *in, int code, struct run_result *res)
{
	json_t *v;

	if (in->verdict_len == 0) {
		outcome_no_verdict(res, code);
		return;
	}
	v = verdict_parse(in);
	if (!v) {
		outcome_set(res, RUN_CRASHED, xstrdup(
			"the answer wrote to the check's private verdict channel, so it cannot be graded"));
		return;
	}
	outcome_from_verdict(in, v, res);
	json_decref(v);
}

static void outcome_signaled(const struct outcome_input *in, int sig, double cpu_ms,
			     struct run_result *res)
{
	if (sig == SIGXCPU || (sig == SIGKILL && cpu_ms >= in->cpu_s * 1000.0))
		outcome_set(res, RUN_TIMEOUT, xasprintf("used more than %g s of CPU time", in->cpu_s));
	else
		outcome_set(res, RUN_CRASHED, xasprintf("crashed: killed by signal %d (%s)",
							sig, strsignal(sig)));
}

static int key_of(const char *status)
{
	for (int k = 0; status && k < KEY_COUNT; k++)
		if (strcmp(status, keys[k]) == 0)
			return k;
	return -1;
}

/* From the supervisor's reply (the zygote lived and answered). */
static void outcome_reply(const struct outcome_input *in, struct run_result *res)
{
	json_t *reply = in->reply ? json_loads(in->reply, 0, NULL) : NULL;
	const char *status = json_string_value(json_object_get(reply, "status"));
	const char *message = json_string_value(json_object_get(reply, "message"));

	res->cpu_ms = json_number_value(json_object_get(reply, "cpu_ms"));
	switch (key_of(status)) {
	case KEY_TIMEOUT:
		outcome_set(res, RUN_TIMEOUT, xasprintf("timed out after %g s", in->wall_s));
		break;
	case KEY_SIGNALED:
		outcome_signaled(in, (int)json_integer_value(json_object_get(reply, "signal")),
				 res->cpu_ms, res);
		break;
	case KEY_EXITED:
		outcome_exited(in, (int)json_integer_value(json_object_get(reply, "code")), res);
		break;
	default:
		outcome_set(res, RUN_INTERNAL, !status ? xstrdup("the zygote sent no usable reply") :
			    xasprintf("the sandbox could not run the check: %s", message ? message : status));
	}
	json_decref(reply);
}

void outcome_decide(const struct outcome_input *in, struct run_result *res)
{
	res->line = 0;
	if (in->zygote_gone || in->hung) {
		outcome_set(res, RUN_INTERNAL, xstrdup(in->hung ?
			"the sandbox stopped answering during the check; it was restarted" :
			"the Python zygote died during the check; it was restarted"));
		return;
	}
	outcome_reply(in, res);
	/* Cut output explains many a crash: say so, unless the check passed. */
	if (in->output_cut && res->status != RUN_OK)
		outcome_set(res, res->status, xasprintf(
			"printed more than %zu KiB, the output limit, so its output was cut: %s",
			in->output_cut / 1024, res->message));
}

int outcome_merge(const struct run_result *res, struct report *r, struct error *e)
{
	struct error merge = ERROR_INIT;

	switch ((unsigned)res->status <= RUN_INTERNAL ? statuses[res->status].effect : EFFECT_INTERNAL) {
	case EFFECT_CHECKS:
		if (report_merge_json(r, res->verdict_json, strlen(res->verdict_json), &merge) < 0)
			return error_set(e, -EIO, "the harness's verdict is malformed: %s", merge.message);
		return 0;
	case EFFECT_ERROR:
		report_set_error(r, "%s", res->message);
		return 0;
	default:
		return error_set(e, -EIO, "could not run the check: %s", res->message);
	}
}

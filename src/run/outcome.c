/* Deciding a check's status from the reply and the verdict; see outcome.h.
 * The verdict counts only as exactly one line carrying this check's token:
 * anything else on the channel means the answer wrote there itself. */
#include <errno.h>
#include <jansson.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "run/outcome.h"
#include "util/xalloc.h"
#include "util/banned.h"

static void outcome_set(struct run_result *res, enum run_status status, char *message)
{
	res->status = status;
	free(res->message);
	res->message = message;
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

static void outcome_from_verdict(json_t *v, struct run_result *res)
{
	json_t *syntax = json_object_get(v, "syntax_error");
	const char *text;

	if ((text = json_string_value(json_object_get(v, "internal")))) {
		outcome_set(res, RUN_INTERNAL, xasprintf("the sandbox could not run the check: %s", text));
	} else if (json_is_object(syntax)) {
		res->line = (int)json_integer_value(json_object_get(syntax, "line"));
		text = json_string_value(json_object_get(syntax, "message"));
		outcome_set(res, RUN_SYNTAX_ERROR, res->line > 0 ?
			    xasprintf("syntax error at line %d: %s", res->line, text ? text : "") :
			    xasprintf("syntax error: %s", text ? text : ""));
	} else if ((text = json_string_value(json_object_get(v, "error")))) {
		res->line = (int)json_integer_value(json_object_get(v, "line"));
		outcome_set(res, RUN_CRASHED, xstrdup(text));
	} else if (checks_valid(json_object_get(v, "checks"))) {
		res->verdict_json = json_dumps(v, JSON_COMPACT);
		outcome_set(res, RUN_OK, xstrdup(""));
	} else {
		outcome_set(res, RUN_INTERNAL, xstrdup("the harness reported no checks"));
	}
}

static void outcome_exited(const struct outcome_input *in, int code, struct run_result *res)
{
	json_t *v;

	if (in->verdict_len == 0) {
		outcome_set(res, RUN_NO_VERDICT, xasprintf(
			"the answer ended the program before its check could finish (exit status %d); "
			"remove calls such as os._exit()", code));
		return;
	}
	v = verdict_parse(in);
	if (!v) {
		outcome_set(res, RUN_CRASHED, xstrdup(
			"the answer wrote to the check's private verdict channel, so it cannot be graded"));
		return;
	}
	outcome_from_verdict(v, res);
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

void outcome_decide(const struct outcome_input *in, struct run_result *res)
{
	json_t *reply = in->reply ? json_loads(in->reply, 0, NULL) : NULL;
	const char *status = json_string_value(json_object_get(reply, "status"));
	const char *message = json_string_value(json_object_get(reply, "message"));

	res->line = 0;
	res->cpu_ms = json_number_value(json_object_get(reply, "cpu_ms"));
	if (!status)
		outcome_set(res, RUN_INTERNAL, xstrdup("the zygote sent no usable reply"));
	else if (strcmp(status, "timeout") == 0)
		outcome_set(res, RUN_TIMEOUT, xasprintf("timed out after %g s", in->wall_s));
	else if (strcmp(status, "signaled") == 0)
		outcome_signaled(in, (int)json_integer_value(json_object_get(reply, "signal")),
				 res->cpu_ms, res);
	else if (strcmp(status, "exited") == 0)
		outcome_exited(in, (int)json_integer_value(json_object_get(reply, "code")), res);
	else
		outcome_set(res, RUN_INTERNAL, xasprintf("the sandbox could not run the check: %s",
							  message ? message : status));
	json_decref(reply);
}

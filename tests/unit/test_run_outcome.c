/* Deciding a check's status: the verdict counts only as one line with this
 * check's token; forged, torn or extra frames never pass. */
#include <criterion/criterion.h>
#include <string.h>
#include <errno.h>
#include "embedded.h"
#include "run/outcome.h"
#include "util/xalloc.h"

#define TOKEN "0123456789abcdef0123456789abcdef"
#define EXITED "{\"id\": 1, \"status\": \"exited\", \"code\": 0, \"cpu_ms\": 3.5}"
#define GOOD "{\"checks\": [{\"criterion\": \"A\", \"pass\": true}], \"token\": \"" TOKEN "\"}\n"

static struct run_result decide(const char *reply, const char *verdict)
{
	struct outcome_input in = { .reply = reply, .verdict = verdict, .verdict_len = strlen(verdict),
				     .token = TOKEN, .wall_s = 5, .cpu_s = 2 };
	struct run_result res = { 0 };

	res.message = xstrdup("");
	outcome_decide(&in, &res);
	return res;
}

static void done(struct run_result *res)
{
	free(res->verdict_json);
	free(res->message);
}

Test(run_outcome, good_verdict_is_ok_without_token)
{
	struct run_result res = decide(EXITED, GOOD);

	cr_assert_eq(res.status, RUN_OK);
	cr_expect_null(strstr(res.verdict_json, TOKEN));
	cr_expect(strstr(res.verdict_json, "\"pass\":true"));
	cr_expect_float_eq(res.cpu_ms, 3.5, 1e-9);
	done(&res);
}

Test(run_outcome, wrong_token_is_forgery)
{
	struct run_result res = decide(EXITED,
		"{\"checks\": [{\"criterion\": \"A\", \"pass\": true}], \"token\": \"guess\"}\n");

	cr_expect_eq(res.status, RUN_CRASHED);
	cr_expect_null(res.verdict_json);
	done(&res);
}

Test(run_outcome, extra_frame_before_or_after_is_forgery)
{
	struct run_result a = decide(EXITED, "{\"checks\": []}\n" GOOD);
	struct run_result b = decide(EXITED, GOOD GOOD);
	struct run_result c = decide(EXITED, "{\"checks\": [{\"criterion\": \"A\", \"pass\": true}], "
				     "\"token\": \"" TOKEN "\"}");	/* torn: no newline */

	cr_expect_eq(a.status, RUN_CRASHED);
	cr_expect_eq(b.status, RUN_CRASHED);
	cr_expect_eq(c.status, RUN_CRASHED);
	done(&a);
	done(&b);
	done(&c);
}

Test(run_outcome, empty_channel_is_no_verdict)
{
	struct run_result res = decide(EXITED, "");

	cr_expect_eq(res.status, RUN_NO_VERDICT);
	cr_expect(strstr(res.message, "os._exit"), "%s", res.message);
	done(&res);
}

Test(run_outcome, syntax_error_message)
{
	struct run_result res = decide(EXITED, "{\"syntax_error\": {\"line\": 2, \"message\": "
				       "\"invalid syntax\"}, \"token\": \"" TOKEN "\"}\n");

	cr_expect_eq(res.status, RUN_SYNTAX_ERROR);
	cr_expect_eq(res.line, 2);
	cr_expect_str_eq(res.message, "syntax error at line 2: invalid syntax");
	done(&res);
}

Test(run_outcome, signals_and_limits)
{
	struct run_result seg = decide("{\"id\": 1, \"status\": \"signaled\", \"signal\": 11}", "");
	struct run_result cpu = decide("{\"id\": 1, \"status\": \"signaled\", \"signal\": 24}", "");
	struct run_result wall = decide("{\"id\": 1, \"status\": \"timeout\"}", "");
	struct run_result err = decide("{\"id\": 1, \"status\": \"error\", \"message\": \"fork failed\"}", "");
	struct run_result junk = decide("not json", GOOD);

	cr_expect_eq(seg.status, RUN_CRASHED);
	cr_expect(strstr(seg.message, "signal 11"), "%s", seg.message);
	cr_expect_eq(cpu.status, RUN_TIMEOUT);
	cr_expect_str_eq(cpu.message, "used more than 2 s of CPU time");
	cr_expect_eq(wall.status, RUN_TIMEOUT);
	cr_expect_str_eq(wall.message, "timed out after 5 s");
	cr_expect_eq(err.status, RUN_INTERNAL);
	cr_expect(strstr(err.message, "fork failed"));
	cr_expect_eq(junk.status, RUN_INTERNAL);
	done(&seg);
	done(&cpu);
	done(&wall);
	done(&err);
	done(&junk);
}

Test(run_outcome, checks_must_be_well_formed)
{
	struct run_result res = decide(EXITED, "{\"checks\": [{\"criterion\": 3, \"pass\": \"yes\"}], "
				       "\"token\": \"" TOKEN "\"}\n");

	cr_expect_eq(res.status, RUN_INTERNAL);
	done(&res);
}

/* What the runner saw itself is decided in the same place: a dead or hung
 * zygote is idiom's problem, cut output is named unless the check passed. */
Test(run_outcome, runner_observations_decide_too)
{
	struct outcome_input in = { .reply = EXITED, .verdict = GOOD, .verdict_len = strlen(GOOD),
				    .token = TOKEN, .wall_s = 5, .cpu_s = 2, .hung = 1 };
	struct run_result res = { 0 };

	res.message = xstrdup("");
	outcome_decide(&in, &res);
	cr_expect_eq(res.status, RUN_INTERNAL);
	cr_expect(strstr(res.message, "stopped answering"), "%s", res.message);
	in.hung = 0;
	in.zygote_gone = 1;
	outcome_decide(&in, &res);
	cr_expect_eq(res.status, RUN_INTERNAL);
	cr_expect(strstr(res.message, "zygote died"), "%s", res.message);
	in.zygote_gone = 0;
	in.output_cut = 64 * 1024;
	outcome_decide(&in, &res);
	cr_expect_eq(res.status, RUN_OK, "a passing check keeps its verdict");
	free(res.verdict_json);
	res.verdict_json = NULL;
	in.verdict = "{\"error\": \"boom\", \"token\": \"" TOKEN "\"}\n";
	in.verdict_len = strlen(in.verdict);
	outcome_decide(&in, &res);
	cr_expect_eq(res.status, RUN_CRASHED);
	cr_expect_str_eq(res.message, "printed more than 64 KiB, the output limit, so its output "
			 "was cut: boom");
	done(&res);
}

/* outcome_merge applies each status to the report as the table says. */
Test(run_outcome, merge_follows_the_status)
{
	static const char *const crits[] = { "A" };
	struct run_result res = { .status = RUN_OK, .verdict_json = GOOD, .message = "" };
	struct report *r = report_new("01", "rewrite", "a.py", crits, 1);
	struct error e = ERROR_INIT;

	res.verdict_json = "{\"checks\": [{\"criterion\": \"A\", \"pass\": true}]}";
	cr_expect_eq(outcome_merge(&res, r, &e), 0, "%s", e.message);
	cr_expect_eq(report_status(r), REPORT_PASS);
	res.status = RUN_TIMEOUT;
	res.message = "timed out after 5 s";
	cr_expect_eq(outcome_merge(&res, r, &e), 0);
	cr_expect_eq(report_status(r), REPORT_ERROR);
	res.status = RUN_INTERNAL;
	res.message = "no bwrap";
	cr_expect_eq(outcome_merge(&res, r, &e), -EIO);
	cr_expect_str_eq(e.message, "could not run the check: no bwrap");
	report_free(r);
	for (int s = RUN_OK; s <= RUN_INTERNAL; s++)
		cr_expect_neq(strcmp(run_status_name((enum run_status)s), "?"), 0);
}

/* The table's keys are the supervisor's: each is sent by supervisor.py, so
 * renaming one on either side fails here, not in a learner's check. */
Test(run_outcome, supervisor_sends_every_key)
{
	const struct embedded_file *sup = embedded_find("src/run/supervisor.py");
	const char *const *keys = outcome_supervisor_keys();

	cr_assert_not_null(sup);
	cr_assert_not_null(embedded_find("src/run/harness_api.py"));
	for (size_t i = 0; keys[i]; i++) {
		char *quoted = xasprintf("\"%s\"", keys[i]);

		cr_expect(strstr(sup->data, quoted), "supervisor.py never sends %s", quoted);
		free(quoted);
	}
}

/* Both paths word a syntax error alike. */
Test(run_outcome, syntax_message)
{
	char *a = outcome_syntax_message(2, "expected ':'");
	char *b = outcome_syntax_message(0, "invalid syntax");

	cr_expect_str_eq(a, "syntax error at line 2: expected ':'");
	cr_expect_str_eq(b, "syntax error: invalid syntax");
	free(a);
	free(b);
}

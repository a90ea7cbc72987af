/* The JSON API: lessons, one lesson, check (full grading, recorded in the
 * store and saved to the workspace exactly like `idiom check`), hints (the
 * static rules only, for live feedback while typing), preview (full
 * grading after a pause in typing, nothing recorded or saved), the next
 * progressive hint, and progress.  Bodies are parsed with jansson; see web.h. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "learn/learn.h"
#include "util/jsonw.h"
#include "util/limits.h"
#include "util/xalloc.h"
#include "web/body.h"
#include "web/api.h"
#include "web/session.h"
#include "util/banned.h"

/* The learner of the request in hand (session.h). */
static struct learner learner_of(struct web *w)
{
	return web_learner(w);
}

static json_t *lesson_head(const struct lesson *l)
{
	char num[8];

	lesson_number_text(l, num);
	return json_pack("{s:s, s:s, s:s, s:i, s:s}", "number", num, "slug", l->slug,
			 "title", l->title, "minutes", l->minutes, "summary",
			 l->summary ? l->summary : "");
}

/* The lessons with the learner's status, time and attempts. */
static json_t *lessons_array(const struct learn_course *lc)
{
	json_t *arr = json_array();

	for (size_t i = 0; i < lc->course->count; i++) {
		const struct store_summary *sum = &lc->sums[i];
		json_t *o = lesson_head(lc->course->lessons[i]);

		json_object_set_new(o, "status", json_string(learn_status_name(lc->status[i])));
		json_object_set_new(o, "seconds", json_integer(sum->seconds));
		json_object_set_new(o, "attempts", json_integer(sum->attempts));
		json_array_append_new(arr, o);
	}
	return arr;
}

/* A store that cannot be read leaves the lessons open; the page still shows. */
static void warn_unread(const struct error *err)
{
	if (err->code)
		fprintf(stderr, "idiom serve: progress not read: %s\n", err->message);
}

void api_lessons(struct web *w, struct web_response *resp)
{
	struct learner lr = learner_of(w);
	struct learn_course lc;
	struct error err = ERROR_INIT;

	learn_course_load(&lr, w->course, &lc, &err);
	warn_unread(&err);
	web_reply_json(resp, 200, json_pack("{s:s, s:o}", "course", w->course->title ? w->course->title : "",
					"lessons", lessons_array(&lc)));
	learn_course_free(&lc);
}

char *web_current_answer(struct web *w, const struct lesson *l, enum exercise_kind kind)
{
	struct learner lr = learner_of(w);

	return learn_answer_current(&lr, l, kind);
}

/* The learner's unsaved draft, when there is one that differs from the
 * answer: the editor starts from it (and says so). */
static void draft_json(struct web *w, const struct lesson *l, enum exercise_kind k,
		       const char *answer, json_t *o)
{
	struct learner lr = learner_of(w);
	struct error err = ERROR_INIT;
	char *draft = NULL;

	if (learn_draft_load(&lr, l, k, &draft, &err) < 0)
		fprintf(stderr, "idiom serve: %s\n", err.message);
	else if (draft && strcmp(draft, answer ? answer : "") != 0)
		json_object_set_new(o, "draft", json_string(draft));
	free(draft);
}

static json_t *exercise_json(struct web *w, const struct lesson *l, enum exercise_kind k)
{
	const struct exercise *ex = &l->exercises[k];
	json_t *o = json_object(), *crit = json_array();
	char *answer = web_current_answer(w, l, k);

	for (size_t i = 0; i < ex->ncriteria; i++)
		json_array_append_new(crit, json_string(ex->criteria[i].title));
	json_object_set_new(o, "name", json_string(exercise_kind_name(k)));
	json_object_set_new(o, "prompt", json_string(ex->prompt ? ex->prompt : ""));
	json_object_set_new(o, k == EXERCISE_REFLECT ? "note" : "criteria", crit);
	json_object_set_new(o, "answer", json_string(answer));
	draft_json(w, l, k, answer, o);
	free(answer);
	return o;
}

void api_lesson(struct web *w, const struct lesson *l, struct web_response *resp)
{
	json_t *o = lesson_head(l), *exs = json_array();

	for (int k = 0; k < EXERCISE_COUNT; k++)
		json_array_append_new(exs, exercise_json(w, l, (enum exercise_kind)k));
	json_object_set_new(o, "exercises", exs);
	web_reply_json(resp, 200, o);
}

/* The parsed body of a check or hint request. */
struct answer_request {
	struct body_fields fields;	/* read by the quick reader, or */
	json_t *root;			/* by jansson */
	struct lesson *lesson;
	enum exercise_kind kind;
	const char *answer;	/* NULL when the body has none */
	size_t len;
};

static void answer_request_free(struct answer_request *ar)
{
	body_fields_free(&ar->fields);
	json_decref(ar->root);
}

/* Reads the body: the quick reader for the usual flat object, jansson for
 * anything else (and for the error message).  Sets *LESSON, *EXERCISE and
 * OUT->answer to the string values, NULL where absent or not strings (and
 * for a body that is not an object: json_object_get gives NULL then). */
static int read_body(const struct web_request *req, struct answer_request *out,
		     const char **lesson, const char **exercise, struct error *err)
{
	json_error_t jerr;
	json_t *answer;

	if (body_read_flat(req->body, req->body_len, &out->fields) == 0) {
		*lesson = out->fields.lesson;
		*exercise = out->fields.exercise;
		out->answer = out->fields.answer;
		out->len = out->fields.answer_len;
		return 0;
	}
	out->root = json_loadb(req->body ? req->body : "", req->body_len, JSON_REJECT_DUPLICATES, &jerr);
	if (!out->root)
		return error_set(err, -EINVAL, "malformed JSON at line %d, column %d: %s",
				 jerr.line, jerr.column, jerr.text);
	*lesson = json_string_value(json_object_get(out->root, "lesson"));
	*exercise = json_string_value(json_object_get(out->root, "exercise"));
	answer = json_object_get(out->root, "answer");
	if (json_is_string(answer)) {
		out->answer = json_string_value(answer);
		out->len = json_string_length(answer);
	}
	return 0;
}

/* Returns 0, or -EINVAL (400), -ENOENT (404) or -EFBIG (413) with ERR set. */
static int read_answer(struct web *w, const struct web_request *req, int need_answer,
		       struct answer_request *out, struct error *err)
{
	const char *lesson = NULL, *exercise = NULL;
	int rc = read_body(req, out, &lesson, &exercise, err);

	if (rc < 0)
		return rc;
	if (!lesson || !exercise || (need_answer && !out->answer))
		return error_set(err, -EINVAL, "expected {\"lesson\": \"04\", \"exercise\": "
				 "\"rewrite\"%s}", need_answer ? ", \"answer\": \"...\"" : "");
	if (!(out->lesson = web_find_lesson(w, lesson)))
		return error_set(err, -ENOENT, "no lesson '%.64s'", lesson);
	if (exercise_kind_from_name(exercise, &out->kind) < 0)
		return error_set(err, -EINVAL, "no exercise '%.32s' (reflect, rewrite or practice)",
				 exercise);
	if (out->answer && out->len > IDIOM_ANSWER_MAX)
		return error_set(err, -EFBIG, "answer larger than %d KiB", IDIOM_ANSWER_MAX / 1024);
	if (out->answer && memchr(out->answer, '\0', out->len))
		return error_set(err, -EINVAL, "answer holds a NUL byte");
	return 0;
}

/* Returns 0, or fills RESP with the 400/404/413 and returns the code. */
static int parse_answer(struct web *w, const struct web_request *req, int need_answer,
			struct answer_request *out, struct web_response *resp)
{
	struct error err = ERROR_INIT;
	int rc;

	memset(out, 0, sizeof(*out));
	rc = read_answer(w, req, need_answer, out, &err);
	if (rc < 0)
		web_reply_error(resp, rc == -ENOENT ? 404 : rc == -EFBIG ? 413 : 400, "%s",
				err.message);
	return rc;
}

static char *diags_text(const struct diags *d)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);

	if (!f)
		return xstrdup("the grader failed");
	diags_print(d, f);
	fclose(f);
	return text;
}

/* Graded, but not recorded or not saved: the learner still gets the report. */
static void warn_kept(const struct learn_result *res)
{
	if (res->not_recorded.code)
		fprintf(stderr, "idiom serve: graded, but not recorded: %s\n",
			res->not_recorded.message);
	if (res->not_saved.code)
		fprintf(stderr, "idiom serve: %s\n", res->not_saved.message);
}

/* A client's attempt id (a UUID, or 8-64 hex digits) as the store's id:
 * lowercase hex without dashes.  0, or -EINVAL. */
static int attempt_id_of(const char *text, char id[STORE_ID_SIZE])
{
	size_t n = 0;

	for (const char *p = text; *p; p++) {
		if (*p == '-')
			continue;
		if (!strchr("0123456789abcdefABCDEF", *p) || n + 1 >= STORE_ID_SIZE)
			return -EINVAL;
		id[n++] = (char)(*p >= 'A' && *p <= 'F' ? *p - 'A' + 'a' : *p);
	}
	id[n] = '\0';
	return n >= 8 ? 0 : -EINVAL;
}

/* The "attempt_id" of REQ's body into ID ("" when absent); -EINVAL with
 * RESP answered when it is not a UUID. */
static int read_attempt_id(const struct web_request *req, char id[STORE_ID_SIZE],
			   struct web_response *resp)
{
	json_t *root = json_loadb(req->body ? req->body : "", req->body_len, 0, NULL);
	json_t *v = json_object_get(root, "attempt_id");
	int rc = 0;

	id[0] = '\0';
	if (v && (!json_is_string(v) || attempt_id_of(json_string_value(v), id) < 0)) {
		web_reply_error(resp, 400, "attempt_id must be a UUID");
		rc = -EINVAL;
	}
	json_decref(root);
	return rc;
}

/* The report recorded for attempt ID of the exercise, if any (a retry):
 * 1 with RESP answered, 0 when there is none, or a store error answered. */
static int replay_attempt(const struct learner *lr, const struct answer_request *ar,
			  const char *id, struct web_response *resp)
{
	struct store_attempt_list list = { 0 };
	struct error err = ERROR_INIT;
	struct buf b = BUF_INIT;
	int rc = store_history(lr->store, ar->lesson->number, (enum store_exercise)ar->kind, &list,
			       &err);

	if (rc < 0) {
		web_reply_store_error(resp, rc, err.message);
		return rc;
	}
	for (size_t i = 0; i < list.count; i++) {
		if (strcmp(list.items[i].id, id) != 0 || !list.items[i].report)
			continue;
		buf_puts(&b, list.items[i].report);
		web_reply(resp, 200, "application/json", &b);
		rc = 1;
		break;
	}
	store_attempt_list_free(&list);
	return rc;
}

/* A cohort learner's check that could not be recorded says so: 503 with
 * the report, so the client retries with the same attempt id. */
static void reply_unrecorded(const struct learn_result *res, struct web_response *resp)
{
	struct buf b = BUF_INIT;
	char *json = report_json(res->report);

	buf_puts(&b, "{\"error\":");
	jsonw_string(&b, "graded, but not recorded; send it again with the same attempt_id");
	buf_puts(&b, ",\"report\":");
	buf_puts(&b, json);
	buf_putc(&b, '}');
	free(json);
	web_reply(resp, 503, "application/json", &b);
	resp->retry_after = IDIOM_WEB_RETRY_AFTER_S;
}

static void reply_report(const struct learn_result *res, struct web_response *resp)
{
	struct buf b = BUF_INIT;
	char *json = report_json(res->report);

	buf_puts(&b, json);
	free(json);
	web_reply(resp, 200, "application/json", &b);
}

void api_check(struct web *w, const struct web_request *req, enum api_check_mode mode,
	       struct web_response *resp)
{
	struct learner lr = learner_of(w);
	int quick = mode == API_CHECK_STATIC, record = mode == API_CHECK_RECORD;
	struct learn_check_options opt = { .record = record, .save = record };
	struct learn_result res = { 0 };
	struct error err = ERROR_INIT;
	struct answer_request ar;
	char id[STORE_ID_SIZE] = "";

	if (parse_answer(w, req, 1, &ar, resp) < 0)
		goto cleanup;
	if (record && w->cohort) {
		if (read_attempt_id(req, id, resp) < 0 || (id[0] && replay_attempt(&lr, &ar, id, resp)))
			goto cleanup;
		opt.attempt_id = id[0] ? id : NULL;
	}
	if (learn_check(&lr, quick ? web_quick_grader(w) : w->full, ar.lesson, ar.kind,
			learn_file_name(ar.kind), ar.answer, ar.len, &opt, &res, &err) < 0) {
		char *why = res.diags.count ? diags_text(&res.diags) : xstrdup(err.message);

		web_reply_error(resp, 500, "could not grade: %s", why);
		free(why);
	} else if (record && w->cohort && !res.recorded) {
		reply_unrecorded(&res, resp);
	} else {
		warn_kept(&res);
		reply_report(&res, resp);
	}
	learn_result_free(&res);
cleanup:
	answer_request_free(&ar);
}

void api_hint(struct web *w, const struct web_request *req, struct web_response *resp)
{
	struct learner lr = learner_of(w);
	struct error err = ERROR_INIT;
	struct answer_request ar;
	struct learn_hint h;
	struct diags diags;
	json_t *shown;

	if (parse_answer(w, req, 0, &ar, resp) < 0)
		goto cleanup;
	diags_init(&diags);
	if (learn_hint_next(&lr, w->full, ar.lesson, ar.kind, &h, &diags, &err) < 0) {
		web_reply_error(resp, 500, "the exercise's hints cannot be loaded");
	} else {
		if (h.warning.code)
			fprintf(stderr, "idiom serve: %s\n", h.warning.message);
		shown = json_array();
		for (size_t i = 0; i < h.shown; i++)
			json_array_append_new(shown, json_string(h.hints[i]));
		web_reply_json(resp, 200, json_pack("{s:o, s:i}", "hints", shown, "count", (int)h.count));
	}
	diags_free(&diags);
cleanup:
	answer_request_free(&ar);
}

json_t *api_progress_json(struct web *w)
{
	struct learner lr = learner_of(w);
	struct learn_progress p;
	struct error err = ERROR_INIT;
	json_t *failing = json_array(), *doc;

	learn_progress_load(&lr, w->course, &p, &err);
	warn_unread(&err);
	for (size_t i = 0; i < p.failing_count; i++) {
		char num[8];

		snprintf(num, sizeof(num), "%02d", p.failing[i].lesson);
		json_array_append_new(failing, json_pack("{s:s, s:i, s:s, s:s}", "criterion",
							 p.failing[i].criterion,
							 "count", p.failing[i].count, "lesson", num,
							 "exercise", exercise_kind_name(p.failing[i].exercise)));
	}
	doc = json_pack("{s:o, s:o}", "lessons", lessons_array(&p.lessons), "failing", failing);
	learn_progress_free(&p);
	return doc;
}

void api_progress(struct web *w, struct web_response *resp)
{
	web_reply_json(resp, 200, api_progress_json(w));
}

/* POST /api/draft {lesson, exercise, answer}: keeps the editor's text as the
 * learner's draft (not an attempt, not the workspace file). */
void api_draft(struct web *w, const struct web_request *req, struct web_response *resp)
{
	struct learner lr = learner_of(w);
	struct error err = ERROR_INIT;
	struct answer_request ar;

	if (parse_answer(w, req, 1, &ar, resp) < 0)
		goto cleanup;
	if (learn_draft_save(&lr, ar.lesson, ar.kind, ar.answer, ar.len, &err) < 0)
		web_reply_error(resp, err.code == -ENOENT ? 409 : 503, "the draft was not kept: %s",
				err.message);
	else
		web_reply_json(resp, 200, json_pack("{s:b}", "saved", 1));
cleanup:
	answer_request_free(&ar);
}

/* The run's answer, written with jsonw: the output is the answer's bytes,
 * which need not be valid UTF-8 (jansson would refuse them). */
static void reply_run(const struct script_run *run, struct web_response *resp)
{
	struct buf b = BUF_INIT;

	buf_putc(&b, '{');
	jsonw_key(&b, "ran", 1);
	buf_puts(&b, run->ran ? "true" : "false");
	jsonw_key(&b, "output", 0);
	jsonw_string(&b, run->output);
	jsonw_key(&b, "truncated", 0);
	buf_puts(&b, run->output_truncated ? "true" : "false");
	jsonw_key(&b, "message", 0);
	jsonw_string(&b, run->message);
	jsonw_key(&b, "line", 0);
	buf_printf(&b, "%d", run->line);
	jsonw_key(&b, "ms", 0);
	buf_printf(&b, "%.1f", run->ms);
	buf_putc(&b, '}');
	web_reply(resp, 200, "application/json", &b);
}

/* POST /api/run {lesson, exercise, answer}: runs the answer as a script in
 * the sandbox (its __main__ block) and answers what it printed and how it
 * ended.  Nothing is graded, recorded or saved. */
void api_run(struct web *w, const struct web_request *req, struct web_response *resp)
{
	struct script_run run;
	struct answer_request ar;
	struct diags diags;

	if (parse_answer(w, req, 1, &ar, resp) < 0)
		goto cleanup;
	diags_init(&diags);
	if (ar.kind == EXERCISE_REFLECT) {
		web_reply_error(resp, 400, "a Reflect answer is prose: there is nothing to run");
	} else if (grader_run_script(w->full, learn_file_name(ar.kind), ar.answer, ar.len,
				     &run, &diags) < 0) {
		char *why = diags_text(&diags);

		web_reply_error(resp, 503, "could not run the answer: %s", why);
		free(why);
	} else {
		reply_run(&run, resp);
		script_run_free(&run);
	}
	diags_free(&diags);
cleanup:
	answer_request_free(&ar);
}

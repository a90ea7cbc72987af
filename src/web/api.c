/* The JSON API: lessons, one lesson, check (full grading, recorded in the
 * store and saved to the workspace exactly like `idiom check`), hints (the
 * static rules only, for live feedback while typing), the next progressive
 * hint, and progress.  Bodies are parsed with jansson; see web.h. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "util/fsutil.h"
#include "util/xalloc.h"
#include "web/body.h"
#include "web/routes.h"
#include "work/workspace.h"
#include "util/banned.h"

#define ANSWER_MAX (256 * 1024)

static void reply_json(struct web_response *resp, int status, json_t *j)
{
	struct buf b = BUF_INIT;
	char *text = json_dumps(j, JSON_COMPACT);

	buf_puts(&b, text ? text : "null");
	free(text);
	json_decref(j);
	web_reply(resp, status, "application/json", &b);
}

/* The status the terminal shows too (src/cmd/tracking.c): the store's, or
 * locked in a sequential course per store_lesson_locked. */
static const char *lesson_status(struct web *w, size_t i, const struct store_summary *sum,
				 enum store_status prev)
{
	if (w->course->sequential && store_lesson_locked(sum->status, i == 0, prev))
		return "locked";
	return store_status_name(sum->status);
}

/* Summary of lesson I; zeros when there is no store or it fails. */
static void summary_of(struct web *w, size_t i, struct store_summary *sum)
{
	struct store_error err;

	memset(sum, 0, sizeof(*sum));
	if (!w->store || store_summary(w->store, w->course->lessons[i]->number, sum, &err) < 0) {
		memset(sum, 0, sizeof(*sum));
		sum->status = STORE_OPEN;
	}
}

static json_t *lesson_head(const struct lesson *l)
{
	char num[8];

	lesson_number_text(l, num);
	return json_pack("{s:s, s:s, s:s, s:i, s:s}", "number", num, "slug", l->slug,
			 "title", l->title, "minutes", l->minutes, "summary",
			 l->summary ? l->summary : "");
}

static json_t *lessons_array(struct web *w)
{
	json_t *arr = json_array();
	enum store_status prev = STORE_OPEN;

	for (size_t i = 0; i < w->course->count; i++) {
		struct store_summary sum;
		json_t *o = lesson_head(w->course->lessons[i]);

		summary_of(w, i, &sum);
		json_object_set_new(o, "status", json_string(lesson_status(w, i, &sum, prev)));
		json_object_set_new(o, "seconds", json_integer(sum.seconds));
		json_object_set_new(o, "attempts", json_integer(sum.attempts));
		prev = sum.status;
		store_summary_free(&sum);
		json_array_append_new(arr, o);
	}
	return arr;
}

void api_lessons(struct web *w, struct web_response *resp)
{
	reply_json(resp, 200, json_pack("{s:s, s:o}", "course", w->course->title ? w->course->title : "",
					"lessons", lessons_array(w)));
}

char *web_current_answer(struct web *w, const struct lesson *l, enum exercise_kind kind)
{
	char *text = NULL, *path = NULL, *dir;

	if (w->home) {
		dir = workspace_lesson_dir(w->home, l);
		path = fs_join(dir, workspace_file_name(kind));
		free(dir);
		if (fs_read_file(path, ANSWER_MAX, &text, NULL) == 0) {
			free(path);
			return text;
		}
		free(path);
	}
	path = workspace_starter_path(&l->exercises[kind]);
	if (fs_read_file(path, ANSWER_MAX, &text, NULL) < 0)
		text = xstrdup("");
	free(path);
	return text;
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
	free(answer);
	return o;
}

void api_lesson(struct web *w, const struct lesson *l, struct web_response *resp)
{
	json_t *o = lesson_head(l), *exs = json_array();

	for (int k = 0; k < EXERCISE_COUNT; k++)
		json_array_append_new(exs, exercise_json(w, l, (enum exercise_kind)k));
	json_object_set_new(o, "exercises", exs);
	reply_json(resp, 200, o);
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
		     const char **lesson, const char **exercise, struct web_response *resp)
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
		return web_reply_error(resp, 400, "malformed JSON at line %d, column %d: %s",
				       jerr.line, jerr.column, jerr.text), -EINVAL;
	*lesson = json_string_value(json_object_get(out->root, "lesson"));
	*exercise = json_string_value(json_object_get(out->root, "exercise"));
	answer = json_object_get(out->root, "answer");
	if (json_is_string(answer)) {
		out->answer = json_string_value(answer);
		out->len = json_string_length(answer);
	}
	return 0;
}

/* Returns 0, or fills RESP with the 400/404/413 and returns -EINVAL. */
static int parse_answer(struct web *w, const struct web_request *req, int need_answer,
			struct answer_request *out, struct web_response *resp)
{
	const char *lesson = NULL, *exercise = NULL;

	memset(out, 0, sizeof(*out));
	if (read_body(req, out, &lesson, &exercise, resp) < 0)
		return -EINVAL;
	if (!lesson || !exercise || (need_answer && !out->answer))
		return web_reply_error(resp, 400, "expected {\"lesson\": \"04\", \"exercise\": "
				       "\"rewrite\"%s}", need_answer ? ", \"answer\": \"...\"" : ""), -EINVAL;
	if (!(out->lesson = web_find_lesson(w, lesson)))
		return web_reply_error(resp, 404, "no lesson '%.64s'", lesson), -EINVAL;
	if (exercise_kind_from_name(exercise, &out->kind) < 0)
		return web_reply_error(resp, 400, "no exercise '%.32s' (reflect, rewrite or practice)",
				       exercise), -EINVAL;
	if (out->answer) {
		if (out->len > ANSWER_MAX)
			return web_reply_error(resp, 413, "answer larger than 256 KiB"), -EINVAL;
		if (memchr(out->answer, '\0', out->len))
			return web_reply_error(resp, 400, "answer holds a NUL byte"), -EINVAL;
	}
	return 0;
}

static void record_attempt(struct web *w, const struct answer_request *ar, const struct report *r)
{
	size_t n = report_criterion_count(r), nfailing = 0;
	const char **failing = xcalloc(n + 1, sizeof(*failing));
	struct store_attempt at = { .lesson = ar->lesson->number };
	struct store_error err;
	char *json = report_json(r);

	for (size_t i = 0; i < n && nfailing < STORE_FAILING_MAX; i++)
		if (!report_criterion_passed(r, report_criterion_title(r, i)))
			failing[nfailing++] = report_criterion_title(r, i);
	at.exercise = (enum store_exercise)ar->kind;
	at.verdict = (enum store_verdict)report_status(r);
	at.answer = ar->answer;
	at.report = json;
	at.failing = failing;
	at.failing_count = nfailing;
	if (store_record_attempt(w->store, &at, &err) < 0)
		fprintf(stderr, "idiom serve: graded, but not recorded: %s\n", err.message);
	free(json);
	free(failing);
}

/* The same file `idiom check` grades, so terminal and browser agree. */
static void save_answer(struct web *w, const struct answer_request *ar)
{
	char *dir = workspace_lesson_dir(w->home, ar->lesson);
	char *path = fs_join(dir, workspace_file_name(ar->kind));
	int rc = fs_mkdirs(dir);

	if (rc == 0)
		rc = fs_write_file_atomic(path, ar->answer, ar->len);
	if (rc < 0)
		fprintf(stderr, "idiom serve: could not save %s: %s\n", path, strerror(-rc));
	free(path);
	free(dir);
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

void api_check(struct web *w, const struct web_request *req, int quick, struct web_response *resp)
{
	struct answer_request ar;
	struct diags diags;
	struct report *r;
	struct buf b = BUF_INIT;
	char *json;

	if (parse_answer(w, req, 1, &ar, resp) < 0)
		goto cleanup;
	diags_init(&diags);
	r = grader_check(quick ? web_quick_assessor(w) : w->full, ar.lesson, ar.kind,
			   workspace_file_name(ar.kind), ar.answer, ar.len, NULL, &diags);
	if (!r) {
		char *why = diags_text(&diags);

		web_reply_error(resp, 500, "could not grade: %s", why);
		free(why);
	} else {
		if (!quick && w->store)
			record_attempt(w, &ar, r);
		if (!quick && w->home)
			save_answer(w, &ar);
		json = report_json(r);
		buf_puts(&b, json);
		free(json);
		web_reply(resp, 200, "application/json", &b);
	}
	report_free(r);
	diags_free(&diags);
cleanup:
	answer_request_free(&ar);
}

/* How many hints of the exercise were shown: the counter `idiom hint`
 * keeps in <workspace>/<NN-slug>/.hints-<exercise>. */
static size_t hint_counter(struct web *w, const struct lesson *l, enum exercise_kind kind,
			   int advance, size_t max)
{
	char *dir, *path, *text, count[32];
	size_t n = 0;

	if (!w->home)
		return 0;
	dir = workspace_lesson_dir(w->home, l);
	path = xasprintf("%s/.hints-%s", dir, exercise_kind_name(kind));
	if (fs_read_file(path, 64, &text, NULL) == 0) {
		n = (size_t)strtoul(text, NULL, 10);
		free(text);
	}
	if (advance && n < max && fs_mkdirs(dir) == 0) {
		snprintf(count, sizeof(count), "%zu\n", ++n);
		if (fs_write_file_atomic(path, count, strlen(count)) < 0)
			fprintf(stderr, "idiom serve: could not remember the hint count in %s\n", path);
	}
	free(path);
	free(dir);
	return n;
}

void api_hint(struct web *w, const struct web_request *req, struct web_response *resp)
{
	struct answer_request ar;
	struct diags diags;
	const char *const *hints;
	struct store_error err;
	json_t *shown;
	size_t n, k;

	if (parse_answer(w, req, 0, &ar, resp) < 0)
		goto cleanup;
	diags_init(&diags);
	hints = grader_hints(w->full, ar.lesson, ar.kind, &n, &diags);
	if (!hints) {
		web_reply_error(resp, 500, "the exercise's hints cannot be loaded");
	} else {
		k = hint_counter(w, ar.lesson, ar.kind, 1, n);
		if (w->store && store_record_event(w->store, ar.lesson->number, STORE_EVENT_HINT, 0, &err) < 0)
			fprintf(stderr, "idiom serve: hint not recorded: %s\n", err.message);
		shown = json_array();
		for (size_t i = 0; i < k && i < n; i++)
			json_array_append_new(shown, json_string(hints[i]));
		reply_json(resp, 200, json_pack("{s:o, s:i}", "hints", shown, "count", (int)n));
	}
	diags_free(&diags);
cleanup:
	answer_request_free(&ar);
}

/* {"criterion": count} over every attempt's failing list. */
static void count_failing(struct web *w, int lesson, json_t *counts)
{
	for (int k = 0; k < STORE_EXERCISE_COUNT; k++) {
		struct store_attempt_list list = { 0 };
		struct store_error err;

		if (store_history(w->store, lesson, (enum store_exercise)k, &list, &err) == 0) {
			for (size_t i = 0; i < list.count; i++)
				for (size_t j = 0; j < list.items[i].failing_count; j++) {
					const char *t = list.items[i].failing[j];
					json_t *c = json_object_get(counts, t);

					json_object_set_new(counts, t, json_integer(c ? json_integer_value(c) + 1 : 1));
				}
		}
		store_attempt_list_free(&list);
	}
}

json_t *api_progress_json(struct web *w)
{
	json_t *lessons = lessons_array(w), *failing = json_array(), *counts = json_object();
	const char *key;
	json_t *value;

	for (size_t i = 0; w->store && i < w->course->count; i++)
		count_failing(w, w->course->lessons[i]->number, counts);
	json_object_foreach(counts, key, value)
		json_array_append_new(failing, json_pack("{s:s, s:O}", "criterion", key, "count", value));
	json_decref(counts);
	return json_pack("{s:o, s:o}", "lessons", lessons, "failing", failing);
}

void api_progress(struct web *w, struct web_response *resp)
{
	reply_json(resp, 200, api_progress_json(w));
}

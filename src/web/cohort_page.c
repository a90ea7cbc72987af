/* The cohort server's HTML pages: sign-in, sign-up through an invite, the
 * instructor's cohorts and a cohort's gradebook.  The forms hold no action
 * of their own worth anything: web/main.js posts them as JSON to the API
 * (so its Origin and Content-Type checks guard them), and without the
 * script a form's plain post is refused by the same checks.  Everything a
 * learner or instructor typed (names, cohort names) goes through
 * web_escape. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "util/limits.h"
#include "util/xalloc.h"
#include "web/cohort_api.h"
#include "web/cohort_page.h"
#include "web/cohort_review_page.h"
#include "web/page.h"
#include "web/session.h"
#include "util/banned.h"

/* A form field: LABEL, then an input NAME of TYPE with AUTOCOMPLETE. */
static void field(struct buf *b, const char *label, const char *name, const char *type,
		  const char *autocomplete)
{
	buf_printf(b, "<label for=\"%s\">%s</label><input id=\"%s\" name=\"%s\" type=\"%s\" "
		   "autocomplete=\"%s\" required>", name, label, name, name, type, autocomplete);
}

static void form_error(struct buf *b)
{
	buf_puts(b, "<p class=\"form-error\" role=\"alert\" hidden></p>");
}

void cohort_page_login(struct web *w, struct web_response *resp)
{
	struct buf b = BUF_INIT;

	if (page_nonce(resp) < 0)
		return;
	page_open(w, 1, &b, "Sign in", "auth", resp->nonce);
	buf_puts(&b, "<h1>Sign in</h1><form class=\"auth\" id=\"login\" method=\"post\" "
		 "action=\"/api/login\" data-api=\"/api/login\">");
	field(&b, "User name", "username", "text", "username");
	field(&b, "Password", "password", "password", "current-password");
	form_error(&b);
	buf_puts(&b, "<button type=\"submit\">Sign in</button></form><p class=\"aside\">New here? "
		 "Your instructor sends you an invite link to sign up.</p>");
	page_close(&b);
	page_reply(resp, &b);
}

void cohort_page_signup(struct web *w, struct web_response *resp)
{
	struct buf b = BUF_INIT;

	if (page_nonce(resp) < 0)
		return;
	page_open(w, 1, &b, "Sign up", "auth", resp->nonce);
	buf_puts(&b, "<h1>Sign up</h1><form class=\"auth\" id=\"signup\" method=\"post\" "
		 "action=\"/api/signup\" data-api=\"/api/signup\">");
	buf_printf(&b, "<ul class=\"rules\"><li>User name: %d to %d letters, digits, <code>.</code>, "
		   "<code>_</code> or <code>-</code>.</li><li>Password: at least %d characters; not "
		   "a common password or a variation of one (<code>Summer2024!</code>, "
		   "<code>p@ssw0rd</code>, <code>qwertyuiop12</code>), and not mostly your user "
		   "name. A few unrelated words make a good one.</li></ul>",
		   COHORT_USERNAME_MIN, COHORT_USERNAME_MAX, COHORT_PASSWORD_MIN);
	field(&b, "User name", "username", "text", "username");
	field(&b, "Password", "password", "password", "new-password");
	field(&b, "Password again", "password2", "password", "new-password");
	buf_puts(&b, "<input type=\"hidden\" name=\"invite\" id=\"invite\">");
	form_error(&b);
	buf_puts(&b, "<button type=\"submit\">Sign up</button></form>");
	page_close(&b);
	page_reply(resp, &b);
}

static void cohort_row(json_t *c, struct buf *b)
{
	long long id = (long long)json_integer_value(json_object_get(c, "id"));

	buf_printf(b, "<tr data-cohort=\"%lld\"><td><a href=\"/cohorts/%lld\">", id, id);
	web_escape(b, json_string_value(json_object_get(c, "name")));
	buf_printf(b, "</a></td><td>%lld</td><td class=\"invites\">"
		   "<button type=\"button\" class=\"new-invite\">New invite</button> "
		   "<button type=\"button\" class=\"revoke\">Revoke invites</button>"
		   "<span class=\"invite-out\"></span></td></tr>",
		   (long long)json_integer_value(json_object_get(c, "learners")));
}

void cohort_page_cohorts(struct web *w, struct web_response *resp)
{
	struct buf b = BUF_INIT;
	json_t *list, *c;
	size_t i;

	if (!(list = cohort_api_cohorts_json(w, resp)) || page_nonce(resp) < 0) {
		json_decref(list);
		return;
	}
	page_open(w, 1, &b, "Cohorts", "cohorts", resp->nonce);
	buf_puts(&b, "<h1>Your cohorts</h1><p class=\"aside\">An invite link is shown once, when "
		 "it is made (only its hash is kept): make a new one whenever you need it. "
		 "Revoking stops every live link of the cohort.</p>");
	if (json_array_size(list) == 0)
		buf_puts(&b, "<p class=\"empty\">No cohorts yet.</p>");
	else
		buf_puts(&b, "<table class=\"cohorts\"><thead><tr><th>Cohort</th><th>Learners</th>"
			 "<th>Invites</th></tr></thead><tbody>");
	json_array_foreach(list, i, c)
		cohort_row(c, &b);
	if (json_array_size(list))
		buf_puts(&b, "</tbody></table>");
	buf_printf(&b, "<h2>New cohort</h2><form class=\"auth\" id=\"new-cohort\" method=\"post\" "
		   "action=\"/api/cohorts\" data-api=\"/api/cohorts\"><label for=\"name\">Name</label>"
		   "<input id=\"name\" name=\"name\" maxlength=\"%d\" required>", COHORT_NAME_MAX);
	form_error(&b);
	buf_puts(&b, "<button type=\"submit\">Create cohort</button></form>"
		 "<div class=\"created\" hidden><p>Cohort <a class=\"cohort-link\"></a> is made. "
		 "Its invite link, shown once:</p><p class=\"invite-box\"><input class=\"invite\" "
		 "readonly aria-label=\"Invite link\"><button type=\"button\" class=\"copy\">Copy"
		 "</button></p></div>");
	page_close(&b);
	json_decref(list);
	page_reply(resp, &b);
}

/* ---- the gradebook page ---- */

/* Which lesson column SORT names ("04"), or -1 to sort by name. */
static int sort_column(json_t *book, const char *sort)
{
	json_t *first = json_array_get(json_object_get(book, "learners"), 0);
	json_t *cell;
	size_t i;

	json_array_foreach(json_object_get(first, "lessons"), i, cell)
		if (sort && strcmp(sort, json_string_value(json_object_get(cell, "lesson"))) == 0)
			return (int)i;
	return -1;
}

static int status_rank(const char *status)
{
	static const char *const order[] = { "done", "started", "open", "locked" };

	for (int i = 0; i < 4; i++)
		if (strcmp(status, order[i]) == 0)
			return i;
	return 4;
}

/* The column being sorted, for the comparator; pages run on several
 * threads, so it is set and used under sort_lock. */
static int sort_by;
static pthread_mutex_t sort_lock = PTHREAD_MUTEX_INITIALIZER;

static int cmp_name(json_t *x, json_t *y)
{
	return strcmp(json_string_value(json_object_get(x, "username")),
		      json_string_value(json_object_get(y, "username")));
}

/* Furthest along first: status, then more attempts, then by name. */
static int cmp_rows(const void *a, const void *b)
{
	json_t *x = *(json_t *const *)a, *y = *(json_t *const *)b;
	json_t *cx = json_array_get(json_object_get(x, "lessons"), (size_t)sort_by);
	json_t *cy = json_array_get(json_object_get(y, "lessons"), (size_t)sort_by);
	int d;
	json_int_t ax, ay;

	if (sort_by < 0)
		return cmp_name(x, y);
	d = status_rank(json_string_value(json_object_get(cx, "status"))) -
	    status_rank(json_string_value(json_object_get(cy, "status")));
	if (d)
		return d;
	ax = json_integer_value(json_object_get(cx, "attempts"));
	ay = json_integer_value(json_object_get(cy, "attempts"));
	return ax != ay ? (ax < ay ? 1 : -1) : cmp_name(x, y);
}

/* The learners of BOOK in the order SORT asks; you own the array. */
static json_t **sorted_rows(json_t *book, const char *sort, size_t *n)
{
	json_t *rows = json_object_get(book, "learners");
	json_t **out;

	*n = json_array_size(rows);
	out = xcalloc(*n ? *n : 1, sizeof(*out));
	for (size_t i = 0; i < *n; i++)
		out[i] = json_array_get(rows, i);
	pthread_mutex_lock(&sort_lock);
	sort_by = sort_column(book, sort);
	qsort(out, *n, sizeof(*out), cmp_rows);
	pthread_mutex_unlock(&sort_lock);
	return out;
}

static void head_cell(struct buf *b, const char *key, const char *label, int active)
{
	buf_printf(b, "<th><a href=\"?sort=%s\"%s>%s%s</a></th>", key,
		   active ? " aria-current=\"true\"" : "", label, active ? " ▾" : "");
}

static void gradebook_head(json_t *book, const char *sort, struct buf *b)
{
	json_t *first = json_array_get(json_object_get(book, "learners"), 0);
	int col = sort_column(book, sort);
	json_t *cell;
	size_t i;

	buf_puts(b, "<table class=\"gradebook\"><thead><tr>");
	head_cell(b, "name", "Learner", col < 0);
	json_array_foreach(json_object_get(first, "lessons"), i, cell) {
		const char *num = json_string_value(json_object_get(cell, "lesson"));
		char label[16];

		snprintf(label, sizeof(label), "Lesson %s", num);
		head_cell(b, num, label, (int)i == col);
	}
	buf_puts(b, "</tr></thead><tbody>");
}

static void grade_cell(json_t *cell, struct buf *b)
{
	const char *status = json_string_value(json_object_get(cell, "status"));
	long long attempts = (long long)json_integer_value(json_object_get(cell, "attempts"));
	long long spent = (long long)json_integer_value(json_object_get(cell, "seconds")) / 60;
	long long est = (long long)json_integer_value(json_object_get(cell, "minutes"));
	long long hints = (long long)json_integer_value(json_object_get(cell, "hints"));
	long long imported = (long long)json_integer_value(json_object_get(cell, "imported"));

	buf_printf(b, "<td class=\"%s\"><span class=\"badge %s\">%s</span> <span class=\"attempts\">"
		   "%lld attempt%s</span><span class=\"time%s\">%lld of %lld min</span>"
		   "<span class=\"hints\">%lld hint%s</span>",
		   status, status, status, attempts, attempts == 1 ? "" : "s",
		   spent > est ? " over" : "", spent, est, hints, hints == 1 ? "" : "s");
	/* Graded on the learner's machine, not here: say so beside the status. */
	if (imported)
		buf_printf(b, "<span class=\"imported\" title=\"attempts imported from the learner's "
			   "own machine, graded there\">%lld imported</span>", imported);
	buf_puts(b, "</td>");
}

static void gradebook_table(json_t *book, const char *sort, struct buf *b)
{
	size_t n;
	json_t **rows = sorted_rows(book, sort, &n);

	if (n == 0) {
		buf_puts(b, "<p class=\"empty\">No learners yet: send them an invite link from "
			 "<a href=\"/cohorts\">your cohorts</a>.</p>");
		free(rows);
		return;
	}
	gradebook_head(book, sort, b);
	for (size_t i = 0; i < n; i++) {
		json_t *cell;
		size_t j;

		buf_printf(b, "<tr><th scope=\"row\" class=\"learner\"><a href=\"/learners/%lld\">",
			   (long long)json_integer_value(json_object_get(rows[i], "id")));
		web_escape(b, json_string_value(json_object_get(rows[i], "username")));
		buf_puts(b, "</a></th>");
		json_array_foreach(json_object_get(rows[i], "lessons"), j, cell)
			grade_cell(cell, b);
		buf_puts(b, "</tr>");
	}
	buf_puts(b, "</tbody></table>");
	free(rows);
}

/* Per exercise, the criteria failed most (at most five each); the rows
 * come grouped and ordered from the store. */
static void failing_section(json_t *book, struct buf *b)
{
	json_t *rows = json_object_get(book, "failing"), *r;
	char group[64] = "";
	int shown = 0;
	size_t i;

	buf_puts(b, "<h2>Criteria the cohort fails most</h2>");
	if (json_array_size(rows) == 0) {
		buf_puts(b, "<p class=\"empty\">No failed checks yet.</p>");
		return;
	}
	json_array_foreach(rows, i, r) {
		const char *lesson = json_string_value(json_object_get(r, "lesson"));
		const char *ex = json_string_value(json_object_get(r, "exercise"));
		char here[64];

		snprintf(here, sizeof(here), "%s %s", lesson, ex);
		if (strcmp(here, group) != 0) {
			buf_printf(b, "%s<h3>Lesson %s, %s</h3><table class=\"failing\"><thead><tr>"
				   "<th>Criterion</th><th>Failed attempts</th></tr></thead><tbody>",
				   group[0] ? "</tbody></table>" : "", lesson, ex);
			snprintf(group, sizeof(group), "%s", here);
			shown = 0;
		}
		if (shown++ >= 5)
			continue;
		buf_puts(b, "<tr><td>");
		web_escape(b, json_string_value(json_object_get(r, "criterion")));
		buf_printf(b, "</td><td>%lld</td></tr>",
			   (long long)json_integer_value(json_object_get(r, "count")));
	}
	buf_puts(b, "</tbody></table>");
}

void cohort_page_gradebook(struct web *w, const struct web_request *req, const char *param,
			   struct web_response *resp)
{
	struct buf b = BUF_INIT;
	char *end;
	long long id = strtoll(param, &end, 10);
	const char *name;
	json_t *book;

	if (end == param || id <= 0 || *end) {
		web_reply_error(resp, 404, "no page at %.200s", req->path);
		return;
	}
	if (!(book = cohort_api_gradebook_json(w, id, 1, resp)) || page_nonce(resp) < 0) {
		json_decref(book);
		return;
	}
	name = json_string_value(json_object_get(book, "name"));
	page_open(w, 1, &b, name ? name : "Cohort", "gradebook-page", resp->nonce);
	buf_puts(&b, "<p class=\"crumbs\"><a href=\"/cohorts\">Cohorts</a> ›</p><h1>");
	web_escape(&b, name ? name : "Cohort");
	buf_printf(&b, "</h1><p class=\"exports\">Export: <a href=\"/api/cohorts/%lld/gradebook.csv\" "
		   "download>CSV</a> · <a href=\"/api/cohorts/%lld/gradebook\">JSON</a></p>", id, id);
	gradebook_table(book, req->sort, &b);
	failing_section(book, &b);
	cohort_review_links(w, id, &b);
	page_close(&b);
	json_decref(book);
	page_reply(resp, &b);
}

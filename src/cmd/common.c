/* Shared command helpers; see common.h. */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "render/visible.h"
#include "render/wrap.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/fsutil.h"
#include "util/text.h"
#include "util/xalloc.h"
#include "render/visible.h"
#include "util/banned.h"

struct course *cmd_load_course(const char *dir)
{
	char *path = dir ? xstrdup(dir) : course_default_dir();
	struct diags diags;
	struct course *c;

	diags_init(&diags);
	c = course_load(path, &diags);
	if (!c) {
		diags_print(&diags, stderr);
		visible_fprintf(stderr, "idiom: the course at %s has %zu problem%s (see above)\n", path,
			diags.count, diags.count == 1 ? "" : "s");
	}
	diags_free(&diags);
	free(path);
	return c;
}

struct lesson *cmd_find_lesson(const struct course *c, const char *name)
{
	struct lesson *l = course_find(c, name);
	char near[64];

	if (l)
		return l;
	if (course_nearest(c, name, near)) {
		struct lesson *n = course_find(c, near);

		visible_fprintf(stderr, "idiom: no lesson '%s'; did you mean '%02d' (%s)? ('idiom list' shows them all)\n",
			name, n->number, n->slug);
	} else {
		visible_fprintf(stderr, "idiom: no lesson '%s'; 'idiom list' shows the lessons (use a number like 4 or a slug like %s)\n",
			name, c->count ? c->lessons[0]->slug : "async");
	}
	return NULL;
}

int cmd_use_colour(int plain)
{
	const char *no_colour = getenv("NO_COLOR");

	if (plain || (no_colour && no_colour[0]))
		return 0;
	return isatty(STDOUT_FILENO);
}

int cmd_width(int requested)
{
	const char *columns = getenv("COLUMNS");
	struct winsize ws;
	int width = 80;

	if (requested > 0)
		width = requested;
	else if (columns && atoi(columns) > 0)
		width = atoi(columns);
	else if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col)
		width = ws.ws_col;
	if (width < 40)
		width = 40;
	if (width > 200)
		width = 200;
	return width;
}

int cmd_out_width(void)
{
	const char *columns = getenv("COLUMNS");

	return isatty(STDOUT_FILENO) || (columns && atoi(columns) > 0) ? cmd_width(0) : 0;
}

void cmd_vsayf(FILE *out, const struct wrap_style *style, const char *prefix, const char *fmt,
	       va_list ap)
{
	struct buf raw = BUF_INIT, shown = BUF_INIT, wrapped = BUF_INIT;

	buf_puts(&raw, prefix ? prefix : "");
	buf_vprintf(&raw, fmt, ap);
	visible_append(&shown, raw.data, raw.len);
	if (style->width) {
		wrap_text(buf_str(&shown), shown.len, style, &wrapped);
		fputs(buf_str(&wrapped), out);
	} else {
		fputs(style->first ? style->first : "", out);
		fputs(buf_str(&shown), out);
		if (!shown.len || shown.data[shown.len - 1] != '\n')
			fputc('\n', out);
	}
	buf_free(&raw);
	buf_free(&shown);
	buf_free(&wrapped);
}

void cmd_sayf(FILE *out, const char *indent, const char *hang, const char *fmt, ...)
{
	struct wrap_style style = { (size_t)cmd_out_width(), indent, hang };
	va_list ap;

	va_start(ap, fmt);
	cmd_vsayf(out, &style, NULL, fmt, ap);
	va_end(ap);
}

int cmd_parse_count(const char *name, const char *value)
{
	char *end;
	long v = strtol(value, &end, 10);

	if (!*value || *end || v <= 0 || v > 100000) {
		visible_fprintf(stderr, "idiom: %s takes a whole positive number, not '%s'\n", name, value);
		return -EINVAL;
	}
	return (int)v;
}

int cmd_learner_open(struct learner *lr, int create)
{
	struct error err = ERROR_INIT;
	char *home = NULL;

	memset(lr, 0, sizeof(*lr));
	lr->id = LEARN_LOCAL_ID;
	if (learn_home(&home, &err) < 0 ||
	    learn_store_open(home, create, &lr->store, &err) < 0) {
		visible_fprintf(stderr, "idiom: %s\n", err.message);
		free(home);
		return EXIT_USAGE;
	}
	lr->home = home;
	return 0;
}

int cmd_learner_open_to_grade(struct learner *lr)
{
	struct error err = ERROR_INIT;
	char *home = NULL;
	int rc;

	memset(lr, 0, sizeof(*lr));
	lr->id = LEARN_LOCAL_ID;
	if (learn_home(&home, &err) < 0) {
		visible_fprintf(stderr, "idiom: %s\n", err.message);
		return EXIT_USAGE;
	}
	lr->home = home;
	rc = learn_store_open(home, 1, &lr->store, &err);
	if (rc == -EACCES || rc == -EROFS || rc == -EPERM)
		visible_fprintf(stderr, "idiom: grading without recording: %s\n", err.message);
	else if (rc < 0) {
		visible_fprintf(stderr, "idiom: %s\n", err.message);
		return EXIT_USAGE;
	}
	return 0;
}

void cmd_learner_close(struct learner *lr)
{
	store_close(lr->store);
	free((char *)lr->home);
	memset(lr, 0, sizeof(*lr));
}

void cmd_warn(const struct error *e, const char *prefix)
{
	if (e->code)
		visible_fprintf(stderr, "idiom: %s%s%s\n", prefix ? prefix : "", prefix ? ": " : "", e->message);
}

/* 1 when NAME, found on $PATH, is the file SELF (both resolved). */
static int on_path_is(const char *name, const char *self)
{
	const char *path = getenv("PATH");
	char resolved[PATH_MAX];

	while (path && *path) {
		size_t n = strcspn(path, ":");
		char *dir = n ? xstrndup(path, n) : xstrdup(".");
		char *cand = fs_join(dir, name);
		int found = access(cand, X_OK) == 0;
		int same = found && realpath(cand, resolved) && strcmp(resolved, self) == 0;

		free(cand);
		free(dir);
		if (found)
			return same;	/* the shell runs the first one found */
		path += n + (path[n] == ':');
	}
	return 0;
}

const char *cmd_self(void)
{
	static char self[PATH_MAX + 3];
	char exe[PATH_MAX], cwd[PATH_MAX];
	ssize_t n;

	if (self[0])
		return self;
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n <= 0) {
		snprintf(self, sizeof(self), "idiom");
		return self;
	}
	exe[n] = '\0';
	if (on_path_is("idiom", exe))
		snprintf(self, sizeof(self), "idiom");
	else if (getcwd(cwd, sizeof(cwd)) && strrchr(exe, '/') &&
		 (size_t)(strrchr(exe, '/') - exe) == strlen(cwd) &&
		 strncmp(exe, cwd, strlen(cwd)) == 0)
		snprintf(self, sizeof(self), "./%s", strrchr(exe, '/') + 1);
	else
		snprintf(self, sizeof(self), "%s", exe);
	return self;
}

void cmd_errorf(const char *fmt, ...)
{
	struct wrap_style style = { (size_t)cmd_width(0), NULL, "  " };
	va_list ap;

	va_start(ap, fmt);
	cmd_vsayf(stderr, &style, "idiom: ", fmt, ap);
	va_end(ap);
}

const char *cmd_exercise_typo(const char *word)
{
	static const char *const names[] = { "reflect", "rewrite", "practice", NULL };
	enum exercise_kind kind;

	if (exercise_kind_from_name(word, &kind) == 0 || strchr(word, '.') || strchr(word, '/') ||
	    access(word, F_OK) == 0)
		return NULL;
	return text_nearest(word, names);
}

/* `idiom watch LESSON`: re-checks an exercise file each time it is saved.
 * inotify on the lesson's workspace folder (so editors that save by writing
 * a new file and renaming it are seen too), ~200 ms debounce, keys h and q. */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "cmd/checking.h"
#include "cmd/finish.h"
#include "util/fsutil.h"
#include "render/visible.h"
#include "util/banned.h"

#define DEBOUNCE_MS 200
#define WATCH_HEADER_ROWS 3	/* title, folder and focus, a blank line */

struct watch {
	struct course *course;
	struct lesson *lesson;
	struct grader *grader;	/* keeps the warm Python between saves */
	struct learner learner;		/* the local learner and the progress store */
	struct learn_check_options record;	/* only changed answers are recorded */
	char *dir;
	int inotify;
	int colour;
	int pending[EXERCISE_COUNT];	/* saved, not yet checked */
	long long due_ms;		/* when the pending checks run; 0: none */
	enum exercise_kind last;	/* the exercise checked last */
	enum exercise_kind focus;	/* the exercise the learner is on: `h` */
	char *screen;		/* the last checks' text, for scrolling; NULL: none */
	size_t screen_lines;
	size_t scroll;		/* first line of SCREEN shown */
	struct termios saved_tty;
	int tty_raw;
};

static volatile sig_atomic_t stop_requested;

static void on_signal(int sig)
{
	(void)sig;
	stop_requested = 1;
}

static long long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Keys arrive one at a time, without Enter, and are not echoed. */
static void tty_raw(struct watch *w)
{
	struct termios raw;

	if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &w->saved_tty) < 0)
		return;
	raw = w->saved_tty;
	raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
	raw.c_cc[VMIN] = 1;
	raw.c_cc[VTIME] = 0;
	if (tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0)
		w->tty_raw = 1;
}

static void tty_restore(struct watch *w)
{
	if (w->tty_raw)
		tcsetattr(STDIN_FILENO, TCSANOW, &w->saved_tty);
}

static int exercise_of_file(const char *name, enum exercise_kind *out)
{
	for (int k = 0; k < EXERCISE_COUNT; k++) {
		if (strcmp(name, learn_file_name((enum exercise_kind)k)) == 0) {
			*out = (enum exercise_kind)k;
			return 0;
		}
	}
	return -ENOENT;
}

/* Rows of the terminal; 0 when stdout is not one (then nothing is cut). */
static size_t term_rows(void)
{
	struct winsize ws;

	if (!isatty(STDOUT_FILENO) || ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) < 0)
		return 0;
	return ws.ws_row;
}

static size_t count_lines(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += *s == '\n';
	return n;
}

/* Header, the screen's lines from SCROLL that fit, and the keys line at
 * the bottom: on a terminal the whole fits its rows, so the keys stay in
 * view and long output scrolls inside (j/k). */
static void draw(struct watch *w)
{
	size_t rows = term_rows(), room, shown = 0;
	const char *p = w->screen ? w->screen : "";

	if (w->colour)
		fputs("\033[H\033[2J", stdout);
	visible_fprintf(stdout, "idiom watch %02d: %s\nwatching %s; on: %s (%d of %d)\n\n",
			w->lesson->number, w->lesson->title, w->dir, exercise_kind_name(w->focus),
			(int)w->focus + 1, EXERCISE_COUNT);
	room = rows > WATCH_HEADER_ROWS + 1 ? rows - WATCH_HEADER_ROWS - 1 : (size_t)-1;
	for (size_t i = 0; i < w->scroll && *p; i++)
		p += strcspn(p, "\n") + (p[strcspn(p, "\n")] == '\n');
	while (*p && shown < room) {
		size_t n = strcspn(p, "\n");

		fwrite(p, 1, n, stdout);
		fputc('\n', stdout);
		p += n + (p[n] == '\n');
		shown++;
	}
	if (rows && w->screen_lines > room)
		printf("%s-- lines %zu-%zu of %zu; j/k: scroll  h: hint  q: quit --%s",
		       w->colour ? "\033[7m" : "", w->scroll + 1, w->scroll + shown, w->screen_lines,
		       w->colour ? "\033[0m" : "");
	else
		printf("-- h: next hint for %s  q: quit --%s", exercise_kind_name(w->focus),
		       rows ? "" : "\n");
	fflush(stdout);
}

/* Checks KIND into OUT; after a pass of the exercise the learner is on,
 * the finish line, and the focus moves on to the next one by itself. */
static void run_check(struct watch *w, enum exercise_kind kind, FILE *out)
{
	char *file = fs_join(w->dir, learn_file_name(kind));
	int next;

	if (access(file, F_OK) != 0) {
		visible_fprintf(out, "%s: not there yet (%s start %02d writes it)\n", file, cmd_self(),
				w->lesson->number);
	} else if (checking_run_file(&w->learner, w->grader, w->lesson, kind, file, CHECKING_TEXT,
				     w->colour, &w->record, out) == EXIT_OK && kind == w->focus) {
		finish_print(&w->learner, w->course, w->lesson, kind, w->colour,
			     (size_t)cmd_width(0), out);
		next = finish_next_exercise(&w->learner, w->lesson, kind);
		if (next >= 0) {
			w->focus = (enum exercise_kind)next;
			fprintf(out, "Watching %s now: save %s to check it.\n",
				exercise_kind_name(w->focus), learn_file_name(w->focus));
		}
	}
	w->last = kind;
	free(file);
}

static void read_events(struct watch *w)
{
	char events[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
	ssize_t n = read(w->inotify, events, sizeof(events));

	for (char *p = events; n > 0 && p < events + n;) {
		const struct inotify_event *ev = (const struct inotify_event *)p;
		enum exercise_kind kind;

		if (ev->len && exercise_of_file(ev->name, &kind) == 0) {
			w->pending[kind] = 1;
			w->due_ms = now_ms() + DEBOUNCE_MS;
		}
		p += sizeof(*ev) + ev->len;
	}
}

static void run_due(struct watch *w)
{
	char *text = NULL;
	size_t size = 0;
	FILE *out;

	if (!w->due_ms || now_ms() < w->due_ms)
		return;
	w->due_ms = 0;
	out = open_memstream(&text, &size);
	if (!out)
		return;
	for (int k = 0; k < EXERCISE_COUNT; k++) {
		if (w->pending[k]) {
			w->pending[k] = 0;
			run_check(w, (enum exercise_kind)k, out);
		}
	}
	fclose(out);
	free(w->screen);
	w->screen = text;
	w->screen_lines = count_lines(text);
	w->scroll = 0;
	draw(w);
}

/* Returns 1 when the learner asked to quit. */
static int read_key(struct watch *w)
{
	char key;

	if (read(STDIN_FILENO, &key, 1) != 1)
		return 1;	/* end of input: nothing more will be asked */
	if (key == 'q' || key == 'Q')
		return 1;
	if (key == 'h' || key == 'H') {
		fputc('\n', stdout);
		checking_next_hint(&w->learner, w->grader, w->lesson, w->focus, stdout);
		fflush(stdout);
	} else if ((key == 'j' || key == ' ') && w->scroll + 1 < w->screen_lines) {
		w->scroll++;
		draw(w);
	} else if (key == 'k' && w->scroll > 0) {
		w->scroll--;
		draw(w);
	}
	return 0;
}

static int poll_timeout(const struct watch *w)
{
	long long left;

	if (!w->due_ms)
		return 1000;
	left = w->due_ms - now_ms();
	return left < 0 ? 0 : (int)left;
}

static void loop(struct watch *w)
{
	struct pollfd fds[2] = {
		{ .fd = w->inotify, .events = POLLIN },
		{ .fd = STDIN_FILENO, .events = POLLIN },
	};
	int nfds = 2;

	while (!stop_requested) {
		int n = poll(fds, (nfds_t)nfds, poll_timeout(w));

		if (n < 0 && errno != EINTR)
			break;
		if (n > 0 && (fds[0].revents & POLLIN))
			read_events(w);
		if (n > 0 && (fds[1].revents & (POLLIN | POLLHUP))) {
			if (read_key(w)) {
				if (isatty(STDIN_FILENO))
					break;
				nfds = 1;	/* no keyboard: watch until a signal */
			}
		}
		run_due(w);
	}
}

static int watch_setup(struct watch *w)
{
	struct error err = ERROR_INIT;
	int rc;

	if (cmd_learner_open(&w->learner, 1) != 0)
		return -EIO;
	w->record.record = 1;
	w->record.only_changed = 1;
	if ((rc = learn_lesson_dir_make(&w->learner, w->lesson, &w->dir, &err)) < 0) {
		visible_fprintf(stderr, "idiom: %s\n", err.message);
		return rc;
	}
	w->inotify = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
	if (w->inotify < 0 || inotify_add_watch(w->inotify, w->dir,
			IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE) < 0) {
		visible_fprintf(stderr, "idiom: cannot watch %s: %s\n", w->dir, strerror(errno));
		return -errno;
	}
	return 0;
}

static int cmd_watch(int argc, char **argv)
{
	struct watch w = { .inotify = -1, .last = EXERCISE_REWRITE };
	struct sigaction sa = { .sa_handler = on_signal };
	int rc = EXIT_USAGE;

	if (argc != 2 || argv[1][0] == '-')
		return cmd_usage_error(&cmd_watch_entry, "watch takes one lesson, like 'idiom watch 4'");
	w.course = cmd_load_course(NULL);
	if (!w.course)
		return EXIT_USAGE;
	w.lesson = cmd_find_lesson(w.course, argv[1]);
	if (w.lesson && watch_setup(&w) == 0) {
		w.colour = cmd_use_colour(0);
		w.grader = grader_new(w.course, 0);
		sigaction(SIGINT, &sa, NULL);
		sigaction(SIGTERM, &sa, NULL);
		tty_raw(&w);
		if (finish_current(&w.learner, w.course, &w.lesson, &w.focus) < 0)
			w.focus = EXERCISE_REWRITE;
		for (int k = 0; k < EXERCISE_COUNT; k++)
			w.pending[k] = 1;	/* show where things stand at once */
		w.due_ms = now_ms();
		run_due(&w);
		loop(&w);
		tty_restore(&w);
		rc = EXIT_OK;
	}
	if (w.inotify >= 0)
		close(w.inotify);
	grader_free(w.grader);
	cmd_learner_close(&w.learner);
	free(w.dir);
	free(w.screen);
	course_free(w.course);
	return rc;
}

const struct cmd_entry cmd_watch_entry = {
	.name = "watch",
	.usage = "watch LESSON",
	.summary = "Check your exercise files each time you save them.",
	.help = "Watches $IDIOM_HOME/NN-slug/ (see 'idiom start'); on each save of\n"
		"reflect.md, rewrite.py or practice.py it clears the screen and shows that\n"
		"exercise's criteria.  Editors that save by renaming a new file are seen.\n"
		"An answer is recorded in your progress when its text changed since the\n"
		"last recorded attempt of that exercise.\n\n"
		"It follows the exercise you are on (the first not passed yet): after it\n"
		"passes it shows the reference solution and moves on to the next one by\n"
		"itself.  On a terminal the output fits the window, the keys line at the\n"
		"bottom; long output scrolls inside it.\n\n"
		"Keys: h    the next hint for the exercise you are on\n"
		"      j/k  scroll down/up\n      q    quit (Ctrl-C too)\n",
	.exec = cmd_watch,
};

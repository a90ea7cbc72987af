/* The warm helper itself, `idiom helper-serve [LESSON KIND]` (launched by
 * helper_client_free, never by hand); see helper.h.  It takes the lock (one
 * helper per course location), warms the exercise it was launched for (its
 * rules compiled, the sandboxed Python started and one check rehearsed),
 * then binds its socket under a temporary name and renames it into place,
 * which replaces a stale socket atomically.  It serves one check at a time
 * and exits when idle, when its socket is replaced or removed, or after
 * refusing a client of another key (that client launches the new one). */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>
#include "grade/grade.h"
#include "grade/report.h"
#include "helper/helper.h"
#include "util/buf.h"
#include "util/limits.h"
#include "util/xalloc.h"
#include "util/banned.h"

#define HELPER_FILE_NAME_MAX 4096

/* SIGTERM or SIGINT: leave the loop, remove the socket, exit. */
static volatile sig_atomic_t stopping;

static void on_stop(int sig)
{
	(void)sig;
	stopping = 1;
}

static void catch_stop(void)
{
	struct sigaction sa = { .sa_handler = on_stop };	/* no SA_RESTART: poll returns */

	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
}
#define HELPER_LOCK_TRIES 20	/* 100 ms apart: the helper being replaced exits */

struct helper {
	struct helper_place place;
	const struct course *course;
	struct grader *grader;
	int listen_fd;
	ino_t sock_ino;
	int lock_fd;		/* held for life; holds "PID SERVED\n" */
	long served;		/* checks graded for clients */
	int quit;
};

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* "PID SERVED\n" in the lock file once the helper listens: who serves, and
 * how many checks so far (tests read it to tell a check the helper graded). */
static int write_status(int fd, long served)
{
	char text[64];
	int n = snprintf(text, sizeof(text), "%ld %ld\n", (long)getpid(), served);

	return ftruncate(fd, 0) == 0 && pwrite(fd, text, (size_t)n, 0) == n ? 0 : -EIO;
}

/* The lock, held for the helper's life, empty until it listens.  -1:
 * another helper serves this course. */
static int take_lock(const char *path)
{
	int fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);

	for (int i = 0; fd >= 0 && flock(fd, LOCK_EX | LOCK_NB) < 0; i++) {
		if (i == HELPER_LOCK_TRIES) {
			close(fd);
			return -1;
		}
		usleep(100 * 1000);
	}
	if (fd >= 0 && ftruncate(fd, 0) < 0) {
		close(fd);
		return -1;
	}
	return fd;
}

static const struct lesson *lesson_numbered(const struct course *c, long number)
{
	for (size_t i = 0; i < c->count; i++)
		if (c->lessons[i]->number == number)
			return c->lessons[i];
	return NULL;
}

/* Rules compiled, Python started, one check rehearsed, for the exercise
 * the launching command just checked. */
static void warm(struct helper *h, int argc, char **argv)
{
	const struct lesson *l = argc > 2 ? lesson_numbered(h->course, atol(argv[1])) : NULL;
	long kind = argc > 2 ? atol(argv[2]) : -1;
	struct diags diags;
	char *output = NULL;

	if (!l || kind < 0 || kind >= EXERCISE_COUNT)
		return;
	diags_init(&diags);
	report_free(grader_check(h->grader, l, (enum exercise_kind)kind, "warm.py", "", 0,
				 &output, &diags));
	free(output);
	diags_free(&diags);
}

static int bind_socket(struct helper *h)
{
	struct sockaddr_un addr = { .sun_family = AF_UNIX };
	char tmp[sizeof(addr.sun_path)];
	struct stat st;
	int fd, n = snprintf(tmp, sizeof(tmp), "%s.%ld.tmp", h->place.sock, (long)getpid());

	if (n < 0 || (size_t)n >= sizeof(tmp))
		return -ENAMETOOLONG;
	memcpy(addr.sun_path, tmp, (size_t)n + 1);
	unlink(tmp);
	fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0 || listen(fd, 16) < 0 ||
	    rename(tmp, h->place.sock) < 0 || lstat(h->place.sock, &st) < 0) {
		int rc = -errno;

		unlink(tmp);
		close(fd);
		return rc;
	}
	h->listen_fd = fd;
	h->sock_ino = st.st_ino;
	return 0;
}

/* Still the socket at our path?  (Replaced by a newer helper, or its
 * directory removed: then this one is not reachable and quits.) */
static int still_ours(const struct helper *h)
{
	struct stat st;

	return lstat(h->place.sock, &st) == 0 && st.st_ino == h->sock_ino;
}

static void put_u32(struct buf *b, uint32_t v)
{
	buf_add(b, &v, sizeof(v));
}

static void reply(int fd, enum helper_reply_status status, const struct report *r,
		  const char *output)
{
	struct buf b = BUF_INIT, packed = BUF_INIT;

	put_u32(&b, HELPER_REPLY_MAGIC);
	put_u32(&b, (uint32_t)status);
	if (status == HELPER_OK) {
		report_pack(r, &packed);
		put_u32(&b, (uint32_t)strlen(output));
		buf_add(&b, output, strlen(output));
		put_u32(&b, (uint32_t)packed.len);
		buf_add(&b, packed.data, packed.len);
	}
	helper_send_all(fd, b.data, b.len);
	buf_free(&packed);
	buf_free(&b);
}

static void grade(struct helper *h, int fd, uint32_t lesson, uint32_t kind, const char *file,
		  const char *answer, size_t len)
{
	const struct lesson *l = lesson_numbered(h->course, lesson);
	struct report *r = NULL;
	struct diags diags;
	char *output = NULL;

	diags_init(&diags);
	if (l && kind < EXERCISE_COUNT)
		r = grader_check(h->grader, l, (enum exercise_kind)kind, file, answer, len, &output,
				 &diags);
	reply(fd, r ? HELPER_OK : HELPER_NOT_GRADED, r, output ? output : "");
	if (r)
		write_status(h->lock_fd, ++h->served);
	report_free(r);
	free(output);
	diags_free(&diags);
}

static void serve_one(struct helper *h, int fd)
{
	unsigned char key[HELPER_KEY_BYTES];
	uint32_t head[1], ids[2];
	char *file = NULL, *answer = NULL;
	size_t flen, alen;

	if (helper_recv_all(fd, head, sizeof(head)) < 0 || head[0] != HELPER_REQUEST_MAGIC ||
	    helper_recv_all(fd, key, sizeof(key)) < 0)
		return;
	/* Test hook: a helper that dies in the middle of a check. */
	if (getenv("IDIOM_HELPER_FAULT") && strcmp(getenv("IDIOM_HELPER_FAULT"), "crash") == 0)
		raise(SIGKILL);
	if (memcmp(key, h->place.key, sizeof(key)) != 0) {
		reply(fd, HELPER_WRONG_KEY, NULL, NULL);
		h->quit = 1;
		return;
	}
	if (helper_recv_all(fd, ids, sizeof(ids)) == 0 &&
	    helper_recv_str(fd, HELPER_FILE_NAME_MAX, &file, &flen) == 0 &&
	    helper_recv_str(fd, IDIOM_ANSWER_MAX, &answer, &alen) == 0 && strlen(file) == flen)
		grade(h, fd, ids[0], ids[1], file, answer, alen);
	free(file);
	free(answer);
}

static void serve(struct helper *h)
{
	struct pollfd p = { .fd = h->listen_fd, .events = POLLIN };
	struct timeval wait = { .tv_sec = 5 };
	double idle = helper_idle_seconds(), last = now_s();

	while (!h->quit && !stopping && still_ours(h) && now_s() - last < idle) {
		int fd;

		if (poll(&p, 1, 1000) <= 0)
			continue;
		fd = accept4(h->listen_fd, NULL, NULL, SOCK_CLOEXEC);
		if (fd < 0)
			continue;
		if (helper_peer_is_us(fd)) {
			setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof(wait));
			setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &wait, sizeof(wait));
			serve_one(h, fd);
		}
		close(fd);
		last = now_s();
	}
}

int helper_serve_main(int argc, char **argv)
{
	struct helper h = { .listen_fd = -1, .lock_fd = -1 };
	struct error e = ERROR_INIT;
	struct diags diags;
	char *dir = course_default_dir();
	struct course *c;

	catch_stop();
	diags_init(&diags);
	c = course_load(dir, &diags);
	diags_free(&diags);
	free(dir);
	if (!c || helper_place_find(&h.place, c, &e) < 0 || (h.lock_fd = take_lock(h.place.lock)) < 0) {
		helper_place_free(&h.place);
		course_free(c);
		return 1;
	}
	h.course = c;
	h.grader = grader_new(c, 0);
	warm(&h, argc, argv);
	if (bind_socket(&h) == 0 && write_status(h.lock_fd, 0) == 0)
		serve(&h);
	if (h.listen_fd >= 0 && still_ours(&h))
		unlink(h.place.sock);
	if (h.listen_fd >= 0)
		close(h.listen_fd);
	grader_free(h.grader);
	helper_place_free(&h.place);
	course_free(c);
	close(h.lock_fd);
	return 0;
}

/* The client side of the warm helper; see helper.h.  Each check asks the
 * helper once; the first thing that goes wrong (no socket, a stale one,
 * another owner, another key, a crash, a timeout, a reply that does not
 * unpack) turns the helper off for the rest of this process, and the
 * grader checks directly.  At the end, when no helper served and none holds
 * the lock, one is launched for the next command. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/un.h>
#include <unistd.h>
#include "grade/report.h"
#include "helper/helper.h"
#include "util/buf.h"
#include "util/limits.h"
#include "util/xalloc.h"
#include "util/banned.h"

/* A check waits at most this long for the helper's verdict: well past the
 * answer's own wall-clock limit (5 s), short of a hung helper. */
#define HELPER_REPLY_WAIT_S 30

struct helper_client {
	struct helper_place place;
	int off;		/* 1: a failure; check directly from now on */
	int served;		/* 1: the helper answered at least once */
	int lesson;		/* the last exercise asked, to warm a new helper */
	enum exercise_kind kind;
};

struct helper_client *helper_client_new(const struct course *course)
{
	struct helper_client *c;
	struct error e = ERROR_INIT;

	if (!helper_enabled())
		return NULL;
	c = xcalloc(1, sizeof(*c));
	if (helper_place_find(&c->place, course, &e) < 0) {
		free(c);
		return NULL;
	}
	return c;
}

static int connect_to(const char *path)
{
	struct sockaddr_un addr = { .sun_family = AF_UNIX };
	struct timeval wait = { .tv_sec = HELPER_REPLY_WAIT_S };
	int fd;

	if (strlen(path) >= sizeof(addr.sun_path))
		return -ENAMETOOLONG;
	memcpy(addr.sun_path, path, strlen(path) + 1);
	fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	if (connect(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0 || !helper_peer_is_us(fd)) {
		close(fd);
		return -ECONNREFUSED;
	}
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof(wait));
	setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &wait, sizeof(wait));
	return fd;
}

static void put_u32(struct buf *b, uint32_t v)
{
	buf_add(b, &v, sizeof(v));
}

static int send_request(int fd, const struct helper_client *c, int lesson,
			enum exercise_kind kind, const char *file, const char *src, size_t len)
{
	struct buf b = BUF_INIT;
	int rc;

	put_u32(&b, HELPER_REQUEST_MAGIC);
	buf_add(&b, c->place.key, HELPER_KEY_BYTES);
	put_u32(&b, (uint32_t)lesson);
	put_u32(&b, (uint32_t)kind);
	put_u32(&b, (uint32_t)strlen(file));
	buf_add(&b, file, strlen(file));
	put_u32(&b, (uint32_t)len);
	buf_add(&b, src, len);
	rc = helper_send_all(fd, b.data, b.len);
	buf_free(&b);
	return rc;
}

/* The reply: 0 with the report and output, or -errno. */
static int read_reply(int fd, struct report **r, char **output)
{
	uint32_t head[2];
	char *packed = NULL;
	size_t n, plen;
	int rc = helper_recv_all(fd, head, sizeof(head));

	if (rc < 0)
		return rc;
	if (head[0] != HELPER_REPLY_MAGIC || head[1] != HELPER_OK)
		return -EPROTO;
	rc = helper_recv_str(fd, HELPER_REPLY_MAX, output, &n);
	if (rc == 0)
		rc = helper_recv_str(fd, HELPER_REPLY_MAX, &packed, &plen);
	if (rc == 0)
		rc = report_unpack(packed, plen, r);
	free(packed);
	if (rc < 0) {
		free(*output);
		*output = NULL;
	}
	return rc;
}

struct report *helper_client_check(void *ctx, const struct lesson *l, enum exercise_kind kind,
				   const char *file, const char *src, size_t len, char **output)
{
	struct helper_client *c = ctx;
	struct report *r = NULL;
	char *said = NULL;
	int fd;

	c->lesson = l->number;
	c->kind = kind;
	if (c->off || len > IDIOM_ANSWER_MAX)
		return NULL;
	fd = connect_to(c->place.sock);
	if (fd < 0 || send_request(fd, c, l->number, kind, file, src, len) < 0 ||
	    read_reply(fd, &r, &said) < 0) {
		c->off = 1;
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	close(fd);
	c->served = 1;
	if (output)
		*output = said;
	else
		free(said);
	return r;
}

/* 1 when a helper holds the lock: live, or starting. */
static int helper_alive(const char *lock)
{
	int fd = open(lock, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
	int alive;

	if (fd < 0)
		return 1;	/* cannot tell: do not launch */
	alive = flock(fd, LOCK_EX | LOCK_NB) < 0;
	close(fd);
	return alive;
}

/* Detached (its own session, stdio on /dev/null, no fd of ours), so that
 * it outlives this command and holds nothing the caller waits on.  Spawned
 * (posix_spawn: a vfork, then exec), not forked: no copy of this process's
 * memory, and nothing to wait for but the exec itself; the command exits
 * at once and the helper is reparented like any orphan. */
static void launch(const struct helper_client *c)
{
	char lesson[16], kind[16];
	char *argv[] = { "idiom", "helper-serve", lesson, kind, NULL };
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t attr;
	pid_t pid;

	snprintf(lesson, sizeof(lesson), "%d", c->lesson);
	snprintf(kind, sizeof(kind), "%d", (int)c->kind);
	if (posix_spawn_file_actions_init(&fa) != 0)
		return;
	if (posix_spawnattr_init(&attr) != 0) {
		posix_spawn_file_actions_destroy(&fa);
		return;
	}
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK |
				 POSIX_SPAWN_SETSIGDEF);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDWR, 0);
	posix_spawn_file_actions_adddup2(&fa, 0, 1);
	posix_spawn_file_actions_adddup2(&fa, 0, 2);
	posix_spawn_file_actions_addclosefrom_np(&fa, 3);
	{
		sigset_t none, all;

		sigemptyset(&none);
		sigfillset(&all);
		posix_spawnattr_setsigmask(&attr, &none);
		posix_spawnattr_setsigdefault(&attr, &all);
	}
	posix_spawn(&pid, "/proc/self/exe", &fa, &attr, argv, environ);
	posix_spawnattr_destroy(&attr);
	posix_spawn_file_actions_destroy(&fa);
}

void helper_client_free(struct helper_client *c)
{
	if (!c)
		return;
	if (!c->served && c->lesson && !helper_alive(c->place.lock))
		launch(c);
	helper_place_free(&c->place);
	free(c);
}

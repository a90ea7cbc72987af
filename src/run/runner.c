/* The runner: keeps one warm zygote in its sandbox and drives one check at a
 * time through it (see run.h).  Everything the answer can touch is on the far
 * side of a pipe or a socket; this side only polls, reads with caps, and kills
 * and restarts the sandbox when it stops answering. */
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include "embedded.h"
#include "run/codecache.h"
#include "run/filter.h"
#include "run/outcome.h"
#include "run/harness.h"
#include "run/run.h"
#include "run/sandbox.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/fsutil.h"
#include "util/limits.h"
#include "util/xalloc.h"
#include "util/banned.h"

#define START_TIMEOUT_MS 10000
/* Beyond the wall limit, how long the zygote may take to tear a check down
 * before we call it hung and kill the whole sandbox. */
#define GRACE_MS 3000

struct runner {
	struct sandbox sb;
	char *python;
	char *bwrap;
	unsigned char *bpf;
	size_t bpf_len;
	unsigned long next_id;
	char *start_fault;	/* "spawn"/"exec": for the next zygote start */
	char *check_fault;	/* "fork"/"unshare"/"setrlimit": for the next check */
	int starting;		/* launched; its ready message not read yet */
	struct code_cache cache;	/* the zygote's compiled program on disk */
	int cache_ready;	/* CACHE was set up (at the first launch) */
	int program_cached;	/* the zygote said it ran the cached code */
	int first_soon;		/* launching for a check that comes at once (background) */
};

/* One check in flight. */
struct exchange {
	int out;		/* read ends; -1 once at EOF or closed */
	int verdict;
	struct buf output;
	struct buf verdict_buf;
	char reply[IDIOM_ZYGOTE_REPLY_MAX];
	int have_reply;
	int zygote_gone;
	int hung;
};

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static void close_fd(int *fd)
{
	if (*fd >= 0)
		close(*fd);
	*fd = -1;
}

void runner_limits_fill(struct runner_limits *l)
{
	if (l->cpu_s <= 0)
		l->cpu_s = 2;
	if (l->wall_s <= 0)
		l->wall_s = 5;
	if (!l->memory_bytes)
		l->memory_bytes = (size_t)256 << 20;
	if (l->processes <= 0)
		l->processes = 32;
	if (!l->file_bytes)
		l->file_bytes = (size_t)8 << 20;
	if (!l->scratch_bytes)
		l->scratch_bytes = (size_t)16 << 20;
	if (!l->output_bytes)
		l->output_bytes = (size_t)64 << 10;
}

/* Sends DATA with the descriptors FDS attached. */
static int send_with_fds(int sock, const void *data, size_t len, const int *fds, int nfds)
{
	char control[CMSG_SPACE(sizeof(int) * 4)];
	struct iovec iov = { (void *)data, len };
	struct msghdr msg = { 0 };
	struct cmsghdr *cmsg;

	memset(control, 0, sizeof(control));
	msg.msg_iov = &iov;
	msg.msg_iovlen = 1;
	if (nfds > 0) {
		msg.msg_control = control;
		msg.msg_controllen = CMSG_SPACE(sizeof(int) * (size_t)nfds);
		cmsg = CMSG_FIRSTHDR(&msg);
		cmsg->cmsg_level = SOL_SOCKET;
		cmsg->cmsg_type = SCM_RIGHTS;
		cmsg->cmsg_len = CMSG_LEN(sizeof(int) * (size_t)nfds);
		memcpy(CMSG_DATA(cmsg), fds, sizeof(int) * (size_t)nfds);
	}
	while (sendmsg(sock, &msg, MSG_NOSIGNAL) < 0) {
		if (errno != EINTR)
			return -errno;
	}
	return 0;
}

/* Reads and throws away what bwrap writes to stderr once running, so it
 * never blocks on a full pipe. */
static void drain_err(struct runner *r, struct buf *keep)
{
	char chunk[4096];
	ssize_t n = read(r->sb.err, chunk, sizeof(chunk));

	if (n > 0 && keep)
		buf_add(keep, chunk, (size_t)n);
	if (n == 0)
		close_fd(&r->sb.err);
}

/* Receives one message into REPLY (NUL-terminated) and the descriptor
 * that came with it, if any, into *FD (else -1).  Returns its length, 0 at
 * EOF, or -errno. */
static ssize_t recv_with_fd(int sock, char *reply, size_t cap, int *fd)
{
	char control[CMSG_SPACE(sizeof(int))];
	struct iovec iov = { reply, cap - 1 };
	struct msghdr msg = { 0 };
	struct cmsghdr *cmsg;
	ssize_t n;

	*fd = -1;
	msg.msg_iov = &iov;
	msg.msg_iovlen = 1;
	msg.msg_control = control;
	msg.msg_controllen = sizeof(control);
	n = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC);
	if (n < 0)
		return -errno;
	reply[n] = '\0';
	for (cmsg = CMSG_FIRSTHDR(&msg); cmsg; cmsg = CMSG_NXTHDR(&msg, cmsg))
		if (cmsg->cmsg_level == SOL_SOCKET && cmsg->cmsg_type == SCM_RIGHTS &&
		    cmsg->cmsg_len == CMSG_LEN(sizeof(int)) && *fd < 0)
			memcpy(fd, CMSG_DATA(cmsg), sizeof(int));
	return n;
}

/* Waits for the zygote's first message.  Returns 0 with REPLY filled (and
 * *FD, the descriptor that came with it, or -1), or -errno with E saying
 * why (bwrap's own words when it wrote any). */
static int zygote_await_ready(struct runner *r, char *reply, size_t cap, int *fd,
			      struct error *e)
{
	double deadline = now_ms() + START_TIMEOUT_MS;
	struct buf err = BUF_INIT;
	int rc = -ETIMEDOUT;

	*fd = -1;
	buf_init(&err, 4096);
	while (now_ms() < deadline) {
		struct pollfd p[2] = { { r->sb.ctrl, POLLIN, 0 }, { r->sb.err, POLLIN, 0 } };
		ssize_t n;

		if (poll(p, r->sb.err >= 0 ? 2 : 1, (int)(deadline - now_ms()) + 1) < 0 && errno != EINTR)
			break;
		if (p[1].revents && r->sb.err >= 0)
			drain_err(r, &err);
		if (!p[0].revents)
			continue;
		n = recv_with_fd(r->sb.ctrl, reply, cap, fd);
		if (n > 0) {
			rc = 0;
			goto cleanup;
		}
		if (*fd >= 0)
			close(*fd);
		*fd = -1;
		rc = n == 0 ? -ECONNRESET : (int)n;
		while (r->sb.err >= 0 && poll(&p[1], 1, 200) > 0)	/* bwrap's last words */
			drain_err(r, &err);
		break;
	}
	error_set(e, rc, "the sandbox for learner code did not start%s%s%s",
		  err.len ? ": " : "", buf_str(&err), err.len ? "" : " (timed out)");
cleanup:
	buf_free(&err);
	return rc;
}

/* When E is about namespaces, says how to allow them. */
static void zygote_hint(struct error *e)
{
	char message[ERROR_MESSAGE_MAX];

	if (!strstr(e->message, "namespace"))
		return;
	memcpy(message, e->message, sizeof(message));
	error_set(e, e->code, "%s\nidiom runs learner code only inside a sandbox and needs user "
		  "namespaces: check `sysctl user.max_user_namespaces` (must be > 0) and, on "
		  "Debian, `sysctl kernel.unprivileged_userns_clone=1`; in a container, allow "
		  "namespaces (e.g. --privileged or a seccomp profile that permits "
		  "clone/unshare)", message);
}

/* The supervisor's program: the harness API for authors, the judge, the
 * pool of prepared checks, then the supervisor itself (four embedded files,
 * one program).  NULL when the binary lacks them.  You own it. */
static char *zygote_source(void)
{
	const struct embedded_file *api = embedded_find("src/run/harness_api.py");
	const struct embedded_file *judge = embedded_find("src/run/judge.py");
	const struct embedded_file *pool = embedded_find("src/run/pool.py");
	const struct embedded_file *sup = embedded_find("src/run/supervisor.py");
	struct buf b = BUF_INIT;

	if (!api || !judge || !pool || !sup)
		return NULL;
	buf_init(&b, 0);
	buf_add(&b, api->data, api->len);
	buf_putc(&b, '\n');
	buf_add(&b, judge->data, judge->len);
	buf_putc(&b, '\n');
	buf_add(&b, pool->data, pool->len);
	buf_putc(&b, '\n');
	buf_add(&b, sup->data, sup->len);
	return buf_detach(&b);
}

/* Starts the sandbox and sends the zygote its seccomp filter; the ready
 * message is read by zygote_finish.  The program goes in on fd 4 with its
 * cached compiled code when there is one (codecache.h). */
static int zygote_launch(struct runner *r, struct error *e)
{
	const struct embedded_file *boot = embedded_find("src/run/boot.py");
	char *src = zygote_source();
	struct sandbox_spec spec = { r->python, r->bwrap, NULL, -1, r->start_fault };
	struct buf hello = BUF_INIT;
	struct runner_limits d = { 0 };
	int rc;

	if (!src || !boot) {
		free(src);
		return error_set(e, -ENOENT, "the zygote's source is missing from the binary "
				 "(build problem)");
	}
	if (!r->cache_ready)
		codecache_init(&r->cache, src, strlen(src));
	r->cache_ready = 1;
	spec.program_fd = codecache_program_fd(&r->cache, src, strlen(src));
	free(src);
	if (spec.program_fd < 0)
		return error_set(e, spec.program_fd, "cannot hand the zygote its program: %s",
				 strerror(-spec.program_fd));
	spec.boot = boot->data;
	rc = sandbox_start(&r->sb, &spec, e);
	close(spec.program_fd);
	free(r->start_fault);
	r->start_fault = NULL;
	if (rc < 0)
		return rc;
	runner_limits_fill(&d);	/* the pool is made ready for checks with the defaults */
	/* "first_soon": a one-off check follows at once, so the zygote puts off
	 * all it can until after that check's reply (pool.py, _settle). */
	buf_printf(&hello, "{\"bpf_len\": %zu, \"first_soon\": %s, \"limits\": {\"cpu_s\": %.17g, "
		   "\"memory\": %zu, \"processes\": %d, \"file_bytes\": %zu, "
		   "\"scratch_bytes\": %zu}}\n", r->bpf_len, r->first_soon ? "true" : "false",
		   d.cpu_s, d.memory_bytes, d.processes, d.file_bytes, d.scratch_bytes);
	r->first_soon = 0;
	buf_add(&hello, r->bpf, r->bpf_len);
	/* Should the send fail, bwrap has already died: waiting collects its
	 * last words from stderr for the message. */
	send_with_fds(r->sb.ctrl, hello.data, hello.len, NULL, 0);
	buf_free(&hello);
	r->starting = 1;
	return 0;
}

/* From the ready message OBJ: whether the zygote ran the cached code, or
 * else the code it compiled, in CODE_FD, to cache.  The message is the
 * zygote's first, sent before any check existed, and the memfd is sealed:
 * nothing a learner's answer runs can have written either. */
static void zygote_cache_code(struct runner *r, json_t *obj, int code_fd)
{
	r->program_cached = json_is_true(json_object_get(obj, "cached"));
	if (code_fd < 0)
		return;
	if (json_is_true(json_object_get(obj, "ready")))
		codecache_store(&r->cache, json_string_value(json_object_get(obj, "magic")), code_fd);
	close(code_fd);
}

/* Waits for the launched zygote's ready message (a no-op when it came). */
static int zygote_finish(struct runner *r, struct error *e)
{
	char reply[IDIOM_ZYGOTE_REPLY_MAX];
	json_t *obj = NULL;
	int rc, code_fd = -1;

	if (!r->starting)
		return 0;
	r->starting = 0;
	r->program_cached = 0;
	rc = zygote_await_ready(r, reply, sizeof(reply), &code_fd, e);
	if (rc == 0) {
		obj = json_loads(reply, 0, NULL);
		zygote_cache_code(r, obj, code_fd);
		if (!json_is_true(json_object_get(obj, "ready"))) {
			const char *m = json_string_value(json_object_get(obj, "message"));

			rc = error_set(e, -EPERM, "the sandbox for learner code did not start: %s",
				       m ? m : "no ready message");
		}
	}
	if (rc < 0) {
		zygote_hint(e);
		sandbox_stop(&r->sb);
	}
	json_decref(obj);
	return rc;
}

static int zygote_start(struct runner *r, struct error *e)
{
	int rc = zygote_launch(r, e);

	return rc < 0 ? rc : zygote_finish(r, e);
}

int runner_new(struct runner **out, const struct runner_options *options, struct error *e)
{
	static const struct runner_options defaults = { 0 };
	const struct runner_options *o = options ? options : &defaults;
	struct runner *r = xcalloc(1, sizeof(*r));
	const char *fault = o->fault ? o->fault : getenv("IDIOM_RUN_FAULT");
	int rc;

	*out = NULL;
	r->sb.pid = -1;
	r->sb.ctrl = r->sb.err = -1;
	r->start_fault = fault && *fault ? xstrdup(fault) : NULL;
	r->python = sandbox_find_program(o->python ? o->python : "/usr/bin/python3",
					 "Python 3", "python3", e);
	r->bwrap = r->python ? sandbox_find_program(o->bwrap ? o->bwrap : "/usr/bin/bwrap",
						   "bubblewrap (bwrap)", "bubblewrap", e) : NULL;
	if (!r->bwrap) {
		rc = -ENOENT;
		goto fail;
	}
	rc = filter_build(&r->bpf, &r->bpf_len);
	if (rc < 0) {
		error_set(e, rc, "cannot build the seccomp filter: %s", strerror(-rc));
		goto fail;
	}
	r->first_soon = o->background;
	rc = o->background ? zygote_launch(r, e) : zygote_start(r, e);
	if (rc < 0)
		goto fail;
	*out = r;
	return 0;
fail:
	runner_free(r);
	return rc;
}

void runner_free(struct runner *r)
{
	if (!r)
		return;
	sandbox_stop(&r->sb);
	codecache_release(&r->cache);
	free(r->python);
	free(r->bwrap);
	free(r->bpf);
	free(r->start_fault);
	free(r->check_fault);
	free(r);
}

void runner_set_fault(struct runner *r, const char *fault)
{
	char **slot = fault && (strcmp(fault, "spawn") == 0 || strcmp(fault, "exec") == 0)
		? &r->start_fault : &r->check_fault;

	free(*slot);
	*slot = fault ? xstrdup(fault) : NULL;
}

int runner_program_cached(const struct runner *r)
{
	return r->program_cached;
}

pid_t runner_zygote_pid(const struct runner *r)
{
	return r->sb.pid;
}

void run_result_free(struct run_result *res)
{
	free(res->verdict_json);
	free(res->output);
	free(res->message);
	memset(res, 0, sizeof(*res));
}

static int make_token(char out[33])
{
	unsigned char raw[16];

	if (getrandom(raw, sizeof(raw), 0) != (ssize_t)sizeof(raw))
		return -EIO;
	for (size_t i = 0; i < sizeof(raw); i++)
		snprintf(out + 2 * i, 3, "%02x", raw[i]);
	return 0;
}

/* A file name as it may travel in JSON: bytes outside printable ASCII
 * become '?' (names only label messages and tracebacks).  You own it. */
static char *name_for_json(const char *name)
{
	char *copy = xstrdup(name);

	for (char *p = copy; *p; p++)
		if ((unsigned char)*p < 0x20 || (unsigned char)*p > 0x7e)
			*p = '?';
	return copy;
}

/* The request: a header, one JSON line, then the check's verdict token (32
 * hex characters); the sources travel in a memfd, so no answer size is
 * bounded by the socket's datagram size. */
static void request_build(struct runner *r, const struct run_job *job,
			  const struct runner_limits *l, const char *token,
			  size_t hlen, struct buf *msg)
{
	char *harness_name = name_for_json(job->harness_path);
	char *answer_name = name_for_json(job->answer_name ? job->answer_name : "answer.py");
	/* Test hook: repeatable random draws in the harness (golden files). */
	const char *seed = getenv("IDIOM_RUN_SEED");
	char *text;
	json_t *h = json_pack("{s:I, s:s, s:I, s:s, s:I, s:f, s:f, s:I, s:i, s:I, s:I, s:s}",
			      "id", (json_int_t)++r->next_id,
			      "harness_name", harness_name, "harness_len", (json_int_t)hlen,
			      "answer_name", answer_name, "answer_len", (json_int_t)job->answer_len,
			      "cpu_s", l->cpu_s, "wall_s", l->wall_s,
			      "memory", (json_int_t)l->memory_bytes, "processes", l->processes,
			      "file_bytes", (json_int_t)l->file_bytes,
			      "scratch_bytes", (json_int_t)l->scratch_bytes,
			      "fault", r->check_fault ? r->check_fault : "");
	if (h && seed && *seed)
		json_object_set_new(h, "seed", json_string(seed));
	text = json_dumps(h, JSON_COMPACT);

	buf_puts(msg, text);
	buf_putc(msg, '\n');
	buf_puts(msg, token);	/* raw, after the header: the zygote keeps it out of any string */
	free(text);
	json_decref(h);
	free(harness_name);
	free(answer_name);
	free(r->check_fault);
	r->check_fault = NULL;
}

static int write_all(int fd, const char *data, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, data, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return n < 0 ? -errno : -EIO;
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

/* Returns a memfd holding the harness then the answer, or -errno. */
static int sources_fd(const char *harness, size_t hlen, const char *answer, size_t alen)
{
	int fd = memfd_create("idiom-sources", MFD_CLOEXEC);
	int rc;

	if (fd < 0)
		return -errno;
	rc = write_all(fd, harness, hlen);
	if (rc == 0)
		rc = write_all(fd, answer, alen);
	if (rc < 0) {
		close(fd);
		return rc;
	}
	return fd;
}

/* Reads what is ready on *FD into B; at EOF, or past B's cap, closes *FD
 * (past the cap the writer gets EPIPE, which ends a flood quickly). */
static void pump(int *fd, struct buf *b)
{
	char chunk[65536];
	ssize_t n = read(*fd, chunk, sizeof(chunk));

	if (n < 0 && (errno == EINTR || errno == EAGAIN))
		return;
	if (n <= 0) {
		close_fd(fd);
		return;
	}
	if (buf_add(b, chunk, (size_t)n) < 0) {
		size_t room = b->max > b->len ? b->max - b->len : 0;

		buf_add(b, chunk, room < (size_t)n ? room : (size_t)n);
		b->overflow = 1;
		close_fd(fd);
	}
}

static void read_reply(struct runner *r, struct exchange *x)
{
	ssize_t n = recv(r->sb.ctrl, x->reply, sizeof(x->reply) - 1, MSG_DONTWAIT);

	if (n < 0 && (errno == EINTR || errno == EAGAIN))
		return;
	if (n <= 0) {
		x->zygote_gone = 1;
		return;
	}
	x->reply[n] = '\0';
	/* A reply for an older check (one we gave up on) is stale: skip it. */
	{
		json_t *obj = json_loads(x->reply, 0, NULL);

		x->have_reply = (unsigned long)json_integer_value(json_object_get(obj, "id")) ==
				r->next_id;
		json_decref(obj);
	}
}

/* Polls until the reply is in and both pipes are at EOF, the zygote is
 * gone, or DEADLINE passes (then the zygote is hung). */
static void exchange_wait(struct runner *r, struct exchange *x, double deadline)
{
	while (!x->zygote_gone && (!x->have_reply || x->out >= 0 || x->verdict >= 0)) {
		struct pollfd p[4] = {
			{ x->have_reply ? -1 : r->sb.ctrl, POLLIN, 0 }, { x->out, POLLIN, 0 },
			{ x->verdict, POLLIN, 0 }, { r->sb.err, POLLIN, 0 },
		};
		double left = deadline - now_ms();

		if (left <= 0) {
			x->hung = 1;
			return;
		}
		if (poll(p, 4, (int)left + 1) < 0) {
			if (errno == EINTR)
				continue;
			x->zygote_gone = 1;
			return;
		}
		if (p[0].revents)
			read_reply(r, x);
		if (p[1].revents)
			pump(&x->out, &x->output);
		if (p[2].revents)
			pump(&x->verdict, &x->verdict_buf);
		if (p[3].revents)
			drain_err(r, NULL);
	}
}

static void result_fail(struct run_result *res, enum run_status status, char *message)
{
	res->status = status;
	free(res->message);
	res->message = message;
}

/* After the zygote died or hung: stop what is left and start a fresh one,
 * so the next check finds it warm. */
static void zygote_restart(struct runner *r)
{
	struct error e = ERROR_INIT;

	sandbox_stop(&r->sb);
	zygote_start(r, &e);	/* a failure is reported again by the next runner_run */
}

/* Sends the request; a zygote found dead (between checks) is restarted and
 * the request sent once more.  Returns 0 or -errno with E set. */
static int request_send(struct runner *r, const struct buf *msg, const int fds[3], struct error *e)
{
	int rc = -EPIPE;

	if (zygote_finish(r, e) < 0)	/* a background start that failed */
		return -ECHILD;
	for (int attempt = 0; attempt < 2; attempt++) {
		if (!sandbox_alive(&r->sb))
			sandbox_stop(&r->sb);
		if (r->sb.pid < 0 && zygote_start(r, e) < 0)
			return -ECHILD;
		rc = send_with_fds(r->sb.ctrl, msg->data, msg->len, fds, 3);
		if (rc == 0)
			return 0;
		sandbox_stop(&r->sb);
	}
	return error_set(e, rc, "cannot send the check to the zygote: %s", strerror(-rc));
}

static void exchange_run(struct runner *r, const struct run_job *job,
			 const struct runner_limits *l, const char *harness, size_t hlen,
			 struct run_result *res)
{
	struct exchange x = { -1, -1, BUF_INIT, BUF_INIT, "", 0, 0, 0 };
	int out[2] = { -1, -1 }, verdict[2] = { -1, -1 };
	struct buf msg = BUF_INIT;
	char token[33];
	struct error e = ERROR_INIT;
	int fds[3], src = -1;

	buf_init(&x.output, l->output_bytes);
	buf_init(&x.verdict_buf, IDIOM_VERDICT_MAX);
	if (make_token(token) < 0 || pipe2(out, O_CLOEXEC) < 0 || pipe2(verdict, O_CLOEXEC) < 0 ||
	    (src = sources_fd(harness, hlen, job->answer, job->answer_len)) < 0) {
		result_fail(res, RUN_INTERNAL, xasprintf("cannot set up the check: %s",
							  strerror(src < -1 ? -src : errno)));
		goto cleanup;
	}
	request_build(r, job, l, token, hlen, &msg);
	fds[0] = out[1];
	fds[1] = verdict[1];
	fds[2] = src;
	if (request_send(r, &msg, fds, &e) < 0) {
		result_fail(res, RUN_INTERNAL, xstrdup(e.message));
		goto cleanup;
	}
	close_fd(&out[1]);	/* from now on only the check holds the write ends */
	close_fd(&verdict[1]);
	x.out = out[0];
	x.verdict = verdict[0];
	out[0] = verdict[0] = -1;
	exchange_wait(r, &x, now_ms() + l->wall_s * 1000.0 + GRACE_MS);
	outcome_decide(&(struct outcome_input){
		.reply = x.reply, .verdict = buf_str(&x.verdict_buf), .verdict_len = x.verdict_buf.len,
		.verdict_overflow = x.verdict_buf.overflow, .token = token, .wall_s = l->wall_s,
		.cpu_s = l->cpu_s, .zygote_gone = x.zygote_gone, .hung = x.hung,
		.output_cut = x.output.overflow ? l->output_bytes : 0,
	}, res);
	if (x.zygote_gone || x.hung)
		zygote_restart(r);
cleanup:
	res->output_truncated = x.output.overflow;
	free(res->output);
	res->output = buf_detach(&x.output);
	buf_free(&x.verdict_buf);
	buf_free(&msg);
	close_fd(&x.out);
	close_fd(&x.verdict);
	close_fd(&src);
	for (int i = 0; i < 2; i++) {
		close_fd(&out[i]);
		close_fd(&verdict[i]);
	}
}

/* Runs JOB under HARNESS (NULL: read JOB->harness_path). */
static int run_with(struct runner *r, const struct run_job *job, const char *text, size_t tlen,
		    struct run_result *res)
{
	struct runner_limits limits;
	double start = now_ms();
	char *harness = NULL;
	struct error e = ERROR_INIT;
	size_t hlen = 0;
	int rc = 0;

	if (!r || !job || !job->harness_path || !res || (!job->answer && job->answer_len))
		return -EINVAL;
	memset(res, 0, sizeof(*res));
	res->message = xstrdup("");
	limits = job->limits;
	runner_limits_fill(&limits);
	if (text) {
		harness = xmalloc(tlen + 1);
		memcpy(harness, text, tlen);
		harness[tlen] = '\0';
		hlen = tlen;
	} else {
		rc = harness_read(job->harness_path, IDIOM_ANSWER_MAX, &harness, &hlen, &e);
	}
	if (rc < 0)
		result_fail(res, RUN_INTERNAL, xstrdup(e.message));
	else if (job->answer_len > IDIOM_ANSWER_MAX)
		result_fail(res, RUN_INTERNAL, xasprintf("the answer is larger than %d KiB",
							 IDIOM_ANSWER_MAX / 1024));
	else
		exchange_run(r, job, &limits, harness, hlen, res);
	if (!res->output)
		res->output = xstrdup("");
	free(harness);
	res->ms = now_ms() - start;
	return 0;
}

int runner_run(struct runner *r, const struct run_job *job, struct run_result *res)
{
	return run_with(r, job, NULL, 0, res);
}

int runner_run_text(struct runner *r, const struct run_job *job, const char *harness,
		    size_t hlen, struct run_result *res)
{
	if (!harness)
		return -EINVAL;
	return run_with(r, job, harness, hlen, res);
}

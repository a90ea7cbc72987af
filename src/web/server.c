/* libmicrohttpd glue.  A pool of MHD threads (each its own epoll loop)
 * reads requests and answers on the spot those whose route runs on the pool
 * (routes.h): lesson pages, assets and live hints, each thread with its own
 * parser and grader.  Everything that touches the store, the sandboxed
 * runner or the workspace is suspended and queued for the one "lane"
 * thread, which answers them in turn and resumes the connection; so a
 * 5-15 ms check never stalls the pages and hints that share its pool thread.
 * Sign-up and sign-in (Argon2id) go the same way to a lane of their own.
 * Bodies are gathered into a capped buffer; past IDIOM_BODY_MAX the rest is
 * drained and answered 413.  A connection's state and its body are checked
 * allocations: out of memory answers 503 and the server goes on. */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <microhttpd.h>
#include "util/limits.h"
#include "util/xalloc.h"
#include "web/framing.h"
#include "web/web.h"
#include "util/banned.h"

#if MHD_VERSION < 0x00097002
typedef int mhd_result;
#else
typedef enum MHD_Result mhd_result;
#endif

enum pending_state { GATHERING, QUEUED, ANSWERED };

/* A request's body, gathered with checked allocations up to IDIOM_BODY_MAX;
 * past either limit the rest is drained unread. */
struct body {
	char *data;	/* NULL: no body; else NUL-terminated */
	size_t len, cap;
	int too_large;
	int no_memory;
};

/* One request, from its first byte to its answer. */
struct pending {
	struct body body;
	enum pending_state state;	/* guarded by the lane's lock once QUEUED */
	struct MHD_Connection *conn;
	struct web_request req;		/* strings owned by MHD until completed */
	struct web_response resp;	/* filled by the lane */
	char address[INET6_ADDRSTRLEN];	/* the client's, as text */
	int fd;				/* the connection's socket, to see a client gone */
	struct lane *lane;		/* the lane it was queued on, once QUEUED */
	struct pending *next;		/* in the lane's queue */
	struct timespec began;		/* its header was in */
	struct timespec taken;		/* a lane took it (zero: answered on the pool) */
};

/* A thread that answers in turn the requests queued for it: the check
 * lane (store, runner, workspace) and the password lane (Argon2id). */
struct lane {
	struct web *w;
	pthread_mutex_t lock;
	pthread_cond_t wake;
	struct pending *head, *tail;
	size_t queued;		/* in head..tail; at IDIOM_WEB_QUEUE_MAX new ones get 503 */
	int stopping;
	size_t unsent;		/* answered and resumed, the response not yet out */
	pthread_cond_t sent;	/* unsent went down */
	pthread_t thread;
	const char *name;	/* the thread's, as ps and /proc show it */
	int nice;		/* its nice value, and its children's */
};

/* Every lane, by enum web_thread (the pool has none): MHD's callbacks get
 * this. */
struct lanes {
	struct lane by_thread[WEB_PASSWORDS + 1];
};

/* The header deadline: a client has IDIOM_WEB_HEADER_DEADLINE_S from its
 * connection (or its previous answer) to the end of its request header.
 * MHD's own timeout restarts with every byte, so one byte every few
 * seconds would hold a connection forever; a watcher thread shuts such
 * sockets down (MHD then closes them) once their deadline passes, unless
 * the whole header is there, unread because the pool thread was busy. */
struct watched {
	int fd;
	time_t since;		/* when the header being waited for began */
	int in_request;		/* the header is in: the deadline does not apply */
	struct watched *prev, *next;
};

struct watcher {
	pthread_mutex_t lock;
	pthread_cond_t wake;
	struct watched *head;
	int stopping;
	pthread_t thread;
};

static struct watcher watcher = { .lock = PTHREAD_MUTEX_INITIALIZER,
				  .wake = PTHREAD_COND_INITIALIZER };

static void watcher_stop(void)
{
	pthread_mutex_lock(&watcher.lock);
	watcher.stopping = 1;
	pthread_cond_signal(&watcher.wake);
	pthread_mutex_unlock(&watcher.lock);
	pthread_join(watcher.thread, NULL);
}

/* Whether a whole request header waits unread in FD's socket: then the
 * client was quick and it is this server that is slow (its pool thread
 * busy), and the deadline must not cut the request off. */
static int header_waiting(int fd)
{
	char buf[8192];
	ssize_t n = recv(fd, buf, sizeof(buf), MSG_PEEK | MSG_DONTWAIT);

	for (ssize_t i = 3; i < n; i++)
		if (buf[i - 3] == '\r' && buf[i - 2] == '\n' && buf[i - 1] == '\r' && buf[i] == '\n')
			return 1;
	return 0;
}

static void *watcher_main(void *arg)
{
	struct timespec until;

	pthread_mutex_lock(&watcher.lock);
	while (!watcher.stopping) {
		time_t now = time(NULL);

		for (struct watched *x = watcher.head; x; x = x->next)
			if (!x->in_request && x->fd >= 0 && now - x->since >= IDIOM_WEB_HEADER_DEADLINE_S &&
			    !header_waiting(x->fd)) {
				shutdown(x->fd, SHUT_RDWR);
				x->fd = -1;	/* once */
			}
		clock_gettime(CLOCK_REALTIME, &until);
		until.tv_sec += 1;
		pthread_cond_timedwait(&watcher.wake, &watcher.lock, &until);
	}
	pthread_mutex_unlock(&watcher.lock);
	return arg;
}

static void watch_connection(void *cls, struct MHD_Connection *c, void **ctx,
			     enum MHD_ConnectionNotificationCode code)
{
	const union MHD_ConnectionInfo *ci;
	struct watched *x = *ctx;

	if (code == MHD_CONNECTION_NOTIFY_STARTED) {
		ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
		if (!ci || !(x = xtry_calloc(1, sizeof(*x))))
			return;		/* unwatched: MHD's own timeout still applies */
		x->fd = ci->connect_fd;
		x->since = time(NULL);
		pthread_mutex_lock(&watcher.lock);
		x->next = watcher.head;
		if (watcher.head)
			watcher.head->prev = x;
		watcher.head = x;
		pthread_mutex_unlock(&watcher.lock);
		*ctx = x;
	} else if (code == MHD_CONNECTION_NOTIFY_CLOSED && x) {
		/* MHD tells us before it closes the socket: the fd is never reused
		 * while it is on the list. */
		pthread_mutex_lock(&watcher.lock);
		if (x->prev)
			x->prev->next = x->next;
		else
			watcher.head = x->next;
		if (x->next)
			x->next->prev = x->prev;
		pthread_mutex_unlock(&watcher.lock);
		free(x);
		*ctx = NULL;
	}
}

/* The header of C's request is in (IN 1), or its answer went out and the
 * next header's deadline starts (IN 0). */
static void watch_request(struct MHD_Connection *c, int in)
{
	const union MHD_ConnectionInfo *ci =
		MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
	struct watched *x = ci ? ci->socket_context : NULL;

	if (!x)
		return;
	pthread_mutex_lock(&watcher.lock);
	x->in_request = in;
	x->since = time(NULL);
	pthread_mutex_unlock(&watcher.lock);
}

static const char *header(struct MHD_Connection *c, const char *name)
{
	return MHD_lookup_connection_value(c, MHD_HEADER_KIND, name);
}

static double ms_between(const struct timespec *a, const struct timespec *b)
{
	return (double)(b->tv_sec - a->tv_sec) * 1e3 + (double)(b->tv_nsec - a->tv_nsec) / 1e6;
}

/* Server-Timing for P's answer: "queue" the wait for a lane (when it went
 * to one), "app" the rest, from its header being in to its answer being
 * queued.  The load test reads it to tell this server's time from the
 * network's and its own. */
static void add_timing(struct MHD_Response *r, const struct pending *p)
{
	struct timespec now;
	char value[96];

	if (!p || !p->began.tv_sec)
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (p->taken.tv_sec)
		snprintf(value, sizeof(value), "queue;dur=%.3f, app;dur=%.3f",
			 ms_between(&p->began, &p->taken), ms_between(&p->taken, &now));
	else
		snprintf(value, sizeof(value), "app;dur=%.3f", ms_between(&p->began, &now));
	MHD_add_response_header(r, "Server-Timing", value);
}

/* For HEAD, MHD sends the headers (Content-Length included) and no body.
 * P, when given, is the request answered (for its Server-Timing). */
static mhd_result send_response(struct MHD_Connection *c, const struct web_response *wr,
				const struct pending *p)
{
	struct MHD_Response *r;
	mhd_result ret;
	char csp[512];

	r = MHD_create_response_from_buffer(wr->len, wr->body,
					    wr->static_body ? MHD_RESPMEM_PERSISTENT : MHD_RESPMEM_MUST_COPY);
	if (!r)
		return MHD_NO;
	MHD_add_response_header(r, "Content-Type", wr->type ? wr->type : "text/plain");
	MHD_add_response_header(r, "Cache-Control", "no-store");
	MHD_add_response_header(r, "Content-Security-Policy", web_csp(wr, csp, sizeof(csp)));
	for (int i = 0; web_security_headers[i]; i += 2)
		MHD_add_response_header(r, web_security_headers[i], web_security_headers[i + 1]);
	if (wr->allow[0])
		MHD_add_response_header(r, "Allow", wr->allow);
	if (wr->set_cookie[0])
		MHD_add_response_header(r, "Set-Cookie", wr->set_cookie);
	if (wr->location)
		MHD_add_response_header(r, "Location", wr->location);
	if (wr->retry_after > 0) {
		char secs[16];

		snprintf(secs, sizeof(secs), "%d", wr->retry_after);
		MHD_add_response_header(r, "Retry-After", secs);
	}
	add_timing(r, p);
	ret = MHD_queue_response(c, (unsigned)wr->status, r);
	MHD_destroy_response(r);
	return ret;
}

static mhd_result send_and_release(struct MHD_Connection *c, struct web_response *wr,
				    const struct pending *p)
{
	mhd_result ret = send_response(c, wr, p);

	web_response_release(wr);
	return ret;
}

/* Whether the peer of FD closed its side: a check nobody waits for is
 * dropped before it starts (it would only be graded and recorded). */
static int client_gone(int fd)
{
	struct pollfd pfd = { .fd = fd, .events = POLLIN | POLLRDHUP };
	char c;

	if (fd < 0 || poll(&pfd, 1, 0) <= 0)
		return 0;
	if (pfd.revents & (POLLRDHUP | POLLHUP | POLLERR))
		return 1;
	return (pfd.revents & POLLIN) && recv(fd, &c, 1, MSG_PEEK | MSG_DONTWAIT) == 0;
}

/* The lane: takes queued requests in order, answers each, resumes its
 * connection (MHD then calls answer() again, which sends the response). */
static void *lane_main(void *arg)
{
	struct lane *lane = arg;
	struct pending *p;
	int stopping;

	/* Linux keeps a nice value per thread, and a process forked from this
	 * thread (the sandbox's zygote, so every check) starts with it: the
	 * pool's threads (hints, pages) preempt the lane's work.  Only a
	 * preference: where it is refused the lane runs as it is. */
	pthread_setname_np(pthread_self(), lane->name);
	setpriority(PRIO_PROCESS, (id_t)gettid(), lane->nice);
	pthread_mutex_lock(&lane->lock);
	for (;;) {
		while (!lane->head && !lane->stopping)
			pthread_cond_wait(&lane->wake, &lane->lock);
		if (!(p = lane->head))
			break;
		lane->head = p->next;
		if (!lane->head)
			lane->tail = NULL;
		lane->queued--;
		stopping = lane->stopping;	/* read under the lock */
		pthread_mutex_unlock(&lane->lock);
		clock_gettime(CLOCK_MONOTONIC, &p->taken);
		if (stopping)
			web_reply_error(&p->resp, 503, "the server is stopping");
		else if (client_gone(p->fd))
			web_reply_error(&p->resp, 503, "the client hung up before its turn");
		else
			web_handle(lane->w, &p->req, &p->resp);
		pthread_mutex_lock(&lane->lock);
		p->state = ANSWERED;
		lane->unsent++;
		MHD_resume_connection(p->conn);
	}
	pthread_mutex_unlock(&lane->lock);
	return NULL;
}

/* Queues P for the lane; returns 0, -ESHUTDOWN once the lane stopped, or
 * -EBUSY when IDIOM_WEB_QUEUE_MAX requests wait already. */
static int lane_push(struct lane *lane, struct pending *p)
{
	int rc = 0;

	pthread_mutex_lock(&lane->lock);
	if (lane->stopping) {
		rc = -ESHUTDOWN;
	} else if (lane->queued >= IDIOM_WEB_QUEUE_MAX) {
		rc = -EBUSY;
	} else {
		lane->queued++;
		p->lane = lane;
		p->state = QUEUED;
		p->next = NULL;
		if (lane->tail)
			lane->tail->next = p;
		else
			lane->head = p;
		lane->tail = p;
		/* Suspended under the lock: the lane cannot resume it first. */
		MHD_suspend_connection(p->conn);
		pthread_cond_signal(&lane->wake);
	}
	pthread_mutex_unlock(&lane->lock);
	return rc;
}

static int lane_start(struct lane *lane, struct web *w, const char *name, int nice)
{
	memset(lane, 0, sizeof(*lane));
	lane->w = w;
	lane->name = name;
	lane->nice = nice;
	pthread_mutex_init(&lane->lock, NULL);
	pthread_cond_init(&lane->wake, NULL);
	pthread_cond_init(&lane->sent, NULL);
	return -pthread_create(&lane->thread, NULL, lane_main, lane);
}

/* The connection of P, which the lane answered, is done with (its response
 * sent, or the client gone). */
static void lane_done(struct pending *p)
{
	struct lane *lane = p->lane;

	/* Never queued (a page or a hint): only this thread ever set it. */
	if (p->state == GATHERING)
		return;
	pthread_mutex_lock(&lane->lock);
	if (p->state == ANSWERED) {
		lane->unsent--;
		pthread_cond_broadcast(&lane->sent);
	}
	pthread_mutex_unlock(&lane->lock);
}

/* Lets the request in hand finish, answers whatever is still queued with
 * 503, joins the lane, then gives the pool threads up to SEND_WAIT_S to send
 * those answers: MHD must not be stopped while a connection is suspended,
 * and stopping it closes connections whose answers are not yet out. */
#define SEND_WAIT_S 3

static void lane_stop(struct lane *lane)
{
	struct timespec until;

	pthread_mutex_lock(&lane->lock);
	lane->stopping = 1;
	pthread_cond_signal(&lane->wake);
	pthread_mutex_unlock(&lane->lock);
	pthread_join(lane->thread, NULL);
	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += SEND_WAIT_S;
	pthread_mutex_lock(&lane->lock);
	while (lane->unsent && pthread_cond_timedwait(&lane->sent, &lane->lock, &until) == 0)
		;
	pthread_mutex_unlock(&lane->lock);
}

/* After MHD stopped: nothing calls lane_done any more. */
static void lane_free(struct lane *lane)
{
	pthread_cond_destroy(&lane->sent);
	pthread_cond_destroy(&lane->wake);
	pthread_mutex_destroy(&lane->lock);
}

#define FIRST_LANE WEB_LANE
#define LAST_LANE WEB_PASSWORDS

static void lanes_stop(struct lanes *lanes, int upto)
{
	for (int t = FIRST_LANE; t <= upto; t++)
		lane_stop(&lanes->by_thread[t]);
}

static void lanes_free(struct lanes *lanes, int upto)
{
	for (int t = FIRST_LANE; t <= upto; t++)
		lane_free(&lanes->by_thread[t]);
}

/* Each lane's thread name and nice value, by enum web_thread. */
static const struct {
	const char *name;
	int nice;
} lane_kinds[] = {
	[WEB_LANE] = { "idiom-checks", IDIOM_WEB_CHECK_NICE },
	[WEB_PASSWORDS] = { "idiom-passwords", IDIOM_WEB_PASSWORD_NICE },
};

/* Starts every lane; on failure stops those started and returns -errno. */
static int lanes_start(struct lanes *lanes, struct web *w)
{
	int rc;

	memset(lanes, 0, sizeof(*lanes));
	for (int t = FIRST_LANE; t <= LAST_LANE; t++) {
		if ((rc = lane_start(&lanes->by_thread[t], w, lane_kinds[t].name,
				     lane_kinds[t].nice)) < 0) {
			lane_free(&lanes->by_thread[t]);
			lanes_stop(lanes, t - 1);
			lanes_free(lanes, t - 1);
			return rc;
		}
	}
	return 0;
}

/* The peer's address as text into P->address ("" when unknown). */
static void client_address(struct MHD_Connection *c, struct pending *p)
{
	const union MHD_ConnectionInfo *ci =
		MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	const struct sockaddr *sa = ci ? ci->client_addr : NULL;

	p->address[0] = '\0';
	if (sa && sa->sa_family == AF_INET)
		inet_ntop(AF_INET, &((const struct sockaddr_in *)sa)->sin_addr, p->address,
			  sizeof(p->address));
	else if (sa && sa->sa_family == AF_INET6)
		inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)sa)->sin6_addr, p->address,
			  sizeof(p->address));
}

static void fill_request(struct MHD_Connection *c, const char *url, const char *method,
			 struct pending *p)
{
	struct web_request *req = &p->req;

	client_address(c, p);
	req->cookie = header(c, "Cookie");
	req->forwarded_proto = header(c, "X-Forwarded-Proto");
	req->csrf = header(c, "X-CSRF-Token");
	req->address = p->address[0] ? p->address : NULL;
	req->method = method;
	req->path = url;
	req->sort = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "sort");
	req->host = header(c, "Host");
	req->origin = header(c, "Origin");
	req->fetch_site = header(c, "Sec-Fetch-Site");
	req->content_type = header(c, "Content-Type");
	req->body = p->body.data;
	req->body_len = p->body.len;
	req->body_too_large = p->body.too_large;
	req->out_of_memory = p->body.no_memory;
}

static void body_add(struct body *b, const char *data, size_t n)
{
	size_t need, cap;
	char *grown;

	if (b->too_large || b->no_memory)
		return;
	if (n > IDIOM_BODY_MAX - b->len) {
		b->too_large = 1;
		return;
	}
	need = b->len + n + 1;
	if (need > b->cap) {
		for (cap = b->cap ? b->cap : 4096; cap < need; cap *= 2)
			;
		if (cap > IDIOM_BODY_MAX + 1)
			cap = IDIOM_BODY_MAX + 1;
		if (!(grown = xtry_realloc(b->data, cap))) {
			b->no_memory = 1;
			return;
		}
		b->data = grown;
		b->cap = cap;
	}
	memcpy(b->data + b->len, data, n);
	b->len += n;
	b->data[b->len] = '\0';
}

/* The whole request is in: answer it here, or hand it to the lane. */
static mhd_result dispatch(struct lanes *lanes, struct MHD_Connection *c, const char *url,
			   const char *method, struct pending *p)
{
	struct web_response resp = { 0 };
	enum web_thread thread;
	const char *why;
	int rc, status;

	fill_request(c, url, method, p);
	if ((status = framing_refusal(c, url, &why)) != 0) {
		web_reply_error(&resp, status, "%s", why);
		return send_and_release(c, &resp, p);
	}
	if ((thread = web_thread_for(lanes->by_thread[WEB_LANE].w, &p->req)) != WEB_POOL) {
		const union MHD_ConnectionInfo *ci =
			MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);

		p->conn = c;
		p->fd = ci ? ci->connect_fd : -1;
		if ((rc = lane_push(&lanes->by_thread[thread], p)) == 0)
			return MHD_YES;
		web_reply_error(&resp, 503, rc == -EBUSY ? "the server is busy; try again shortly"
							 : "the server is stopping");
		resp.retry_after = IDIOM_WEB_RETRY_AFTER_S;
		return send_and_release(c, &resp, p);
	}
	web_handle(lanes->by_thread[WEB_LANE].w, &p->req, &resp);
	return send_and_release(c, &resp, p);
}

static mhd_result answer(void *cls, struct MHD_Connection *c, const char *url,
			 const char *method, const char *version, const char *upload,
			 size_t *upload_size, void **state)
{
	struct lanes *lanes = cls;
	struct pending *p = *state;
	enum pending_state st;

	if (!p) {
		struct web_response oom = { 0 };

		watch_request(c, 1);
		if (!(p = xtry_calloc(1, sizeof(*p)))) {
			/* Answered before the body is read; MHD then closes. */
			web_reply_no_memory(&oom);
			return send_response(c, &oom, NULL);
		}
		clock_gettime(CLOCK_MONOTONIC, &p->began);
		*state = p;
		return MHD_YES;
	}
	if (p->state != GATHERING) {
		/* Resumed by the lane: its answer is ready. */
		pthread_mutex_lock(&p->lane->lock);
		st = p->state;
		pthread_mutex_unlock(&p->lane->lock);
		return st == ANSWERED ? send_and_release(c, &p->resp, p) : MHD_NO;
	}
	if (*upload_size) {
		body_add(&p->body, upload, *upload_size);
		*upload_size = 0;
		return MHD_YES;
	}
	return dispatch(lanes, c, url, method, p);
}

static void completed(void *cls, struct MHD_Connection *c, void **state,
		      enum MHD_RequestTerminationCode code)
{
	struct pending *p = *state;

	watch_request(c, 0);
	if (p) {
		lane_done(p);
		free(p->body.data);
		web_response_release(&p->resp);
		free(p);
	}
	*state = NULL;
}

/* A listening socket on HOST:PORT, bound before the daemon starts so the
 * port (any free one for PORT 0) is known before the first request. */
static int listen_on(const char *host, int port, int *bound, struct error *e)
{
	struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };
	socklen_t len = sizeof(addr);
	int one = 1, fd, rc;

	if (port < 0 || port > 65535 || inet_pton(AF_INET, host, &addr.sin_addr) != 1)
		return error_set(e, -EINVAL, "--host must be an IPv4 address such as 127.0.0.1 "
				 "and --port 0..65535 (got %s:%d)", host, port);
	fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return error_errno(e, "cannot make a socket");
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0 || listen(fd, 512) < 0 ||
	    getsockname(fd, (struct sockaddr *)&addr, &len) < 0) {
		rc = error_errno(e, "cannot listen on %s:%d (try another --port)", host, port);
		close(fd);
		return rc;
	}
	*bound = ntohs(addr.sin_port);
	return fd;
}

/* The pool's threads get LANE (and through it the web app) in every call. */
static struct MHD_Daemon *start_daemon(struct lanes *lanes, int fd, unsigned threads)
{
	/* No MHD_USE_ERROR_LOG: the library would print a line for every
	 * client that hangs up or sends garbage. */
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL |
			 MHD_ALLOW_SUSPEND_RESUME;

	return MHD_start_daemon(flags, 0, NULL, NULL, answer, lanes,
				MHD_OPTION_LISTEN_SOCKET, fd,
				MHD_OPTION_THREAD_POOL_SIZE, threads,
				MHD_OPTION_NOTIFY_COMPLETED, completed, lanes,
				MHD_OPTION_NOTIFY_CONNECTION, watch_connection, NULL,
				MHD_OPTION_CONNECTION_LIMIT, (unsigned)512,
				MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)IDIOM_WEB_PER_CLIENT_MAX,
				MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30,
				MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)IDIOM_WEB_MHD_POOL,
				MHD_OPTION_END);
}

int web_serve(struct web *w, const char *host, int port, unsigned threads, struct error *e)
{
	struct lanes lanes;
	struct MHD_Daemon *d;
	sigset_t stop;
	int fd, sig, rc, bound = 0;

	if ((fd = listen_on(host, port, &bound, e)) < 0)
		return fd;
	web_set_port(w, bound);
	/* Blocked here, so every thread inherits the mask and only sigwait
	 * below ever takes SIGINT and SIGTERM. */
	sigemptyset(&stop);
	sigaddset(&stop, SIGINT);
	sigaddset(&stop, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &stop, NULL);
	if ((rc = lanes_start(&lanes, w)) < 0) {
		close(fd);
		return error_set(e, rc, "cannot start a thread: %s", strerror(-rc));
	}
	if ((rc = -pthread_create(&watcher.thread, NULL, watcher_main, NULL)) < 0) {
		lanes_stop(&lanes, LAST_LANE);
		lanes_free(&lanes, LAST_LANE);
		close(fd);
		return error_set(e, rc, "cannot start a thread: %s", strerror(-rc));
	}
	if (!(d = start_daemon(&lanes, fd, threads ? threads : 1))) {
		watcher_stop();
		lanes_stop(&lanes, LAST_LANE);
		lanes_free(&lanes, LAST_LANE);
		close(fd);
		return error_set(e, -EIO, "the HTTP daemon did not start");
	}
	printf("idiom is serving the course at http://%s:%d/\n", host, bound);
	fflush(stdout);
	sigwait(&stop, &sig);
	/* No new connections; those open get their answers (503 for any
	 * request a lane had not started) before the daemon stops. */
	MHD_quiesce_daemon(d);
	lanes_stop(&lanes, LAST_LANE);
	MHD_stop_daemon(d);
	watcher_stop();
	lanes_free(&lanes, LAST_LANE);
	close(fd);
	printf("idiom serve: stopped\n");
	return 0;
}

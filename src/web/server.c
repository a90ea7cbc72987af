/* libmicrohttpd glue: one internal polling thread (MHD's select/epoll loop,
 * no thread per connection), so web_handle, the assessors and the parser
 * cache are only ever used from that one thread.  Bodies are gathered into a
 * capped buffer; past WEB_BODY_MAX the rest is drained and answered 413. */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <microhttpd.h>
#include "util/xalloc.h"
#include "web/routes.h"
#include "util/banned.h"

#if MHD_VERSION < 0x00097002
typedef int mhd_result;
#else
typedef enum MHD_Result mhd_result;
#endif

struct pending {
	struct buf body;
};

static const char *header(struct MHD_Connection *c, const char *name)
{
	return MHD_lookup_connection_value(c, MHD_HEADER_KIND, name);
}

/* For HEAD, MHD sends the headers (Content-Length included) and no body. */
static mhd_result send_response(struct MHD_Connection *c, const struct web_response *wr)
{
	struct MHD_Response *r;
	mhd_result ret;

	r = MHD_create_response_from_buffer(wr->len, wr->body,
					    wr->static_body ? MHD_RESPMEM_PERSISTENT : MHD_RESPMEM_MUST_COPY);
	if (!r)
		return MHD_NO;
	MHD_add_response_header(r, "Content-Type", wr->type ? wr->type : "text/plain");
	MHD_add_response_header(r, "Cache-Control", "no-store");
	for (int i = 0; web_security_headers[i]; i += 2)
		MHD_add_response_header(r, web_security_headers[i], web_security_headers[i + 1]);
	if (wr->allow)
		MHD_add_response_header(r, "Allow", wr->allow);
	ret = MHD_queue_response(c, (unsigned)wr->status, r);
	MHD_destroy_response(r);
	return ret;
}

static mhd_result answer(void *cls, struct MHD_Connection *c, const char *url,
			 const char *method, const char *version, const char *upload,
			 size_t *upload_size, void **state)
{
	struct web *w = cls;
	struct pending *p = *state;
	struct web_request req = { 0 };
	struct web_response resp;
	mhd_result ret;

	if (!p) {
		p = xcalloc(1, sizeof(*p));
		buf_init(&p->body, WEB_BODY_MAX);
		*state = p;
		return MHD_YES;
	}
	if (*upload_size) {
		/* Past the cap buf_add refuses and sets overflow; keep draining. */
		if (!p->body.overflow)
			buf_add(&p->body, upload, *upload_size);
		*upload_size = 0;
		return MHD_YES;
	}
	req.method = method;
	req.path = url;
	req.host = header(c, "Host");
	req.origin = header(c, "Origin");
	req.fetch_site = header(c, "Sec-Fetch-Site");
	req.content_type = header(c, "Content-Type");
	req.body = p->body.data;
	req.body_len = p->body.len;
	req.body_too_large = p->body.overflow;
	web_handle(w, &req, &resp);
	ret = send_response(c, &resp);
	web_response_release(&resp);
	return ret;
}

static void completed(void *cls, struct MHD_Connection *c, void **state,
		      enum MHD_RequestTerminationCode code)
{
	struct pending *p = *state;

	if (p) {
		buf_free(&p->body);
		free(p);
	}
	*state = NULL;
}

/* A listening socket on HOST:PORT, bound before the daemon starts so the
 * port (any free one for PORT 0) is known before the first request. */
static int listen_on(const char *host, int port, int *bound)
{
	struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };
	socklen_t len = sizeof(addr);
	int one = 1, fd, rc;

	if (port < 0 || port > 65535 || inet_pton(AF_INET, host, &addr.sin_addr) != 1) {
		fprintf(stderr, "idiom serve: --host must be an IPv4 address such as 127.0.0.1 "
			"and --port 0..65535 (got %s:%d)\n", host, port);
		return -EINVAL;
	}
	fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0 || listen(fd, 128) < 0 ||
	    getsockname(fd, (struct sockaddr *)&addr, &len) < 0) {
		rc = -errno;
		fprintf(stderr, "idiom serve: cannot listen on %s:%d: %s (try another --port)\n",
			host, port, strerror(-rc));
		close(fd);
		return rc;
	}
	*bound = ntohs(addr.sin_port);
	return fd;
}

int web_serve(struct web *w, const char *host, int port)
{
	struct MHD_Daemon *d;
	sigset_t stop;
	int fd, sig, bound = 0;

	if ((fd = listen_on(host, port, &bound)) < 0)
		return fd;
	web_set_port(w, bound);
	/* Blocked here, so the daemon's thread inherits the mask and only
	 * sigwait below ever takes SIGINT and SIGTERM. */
	sigemptyset(&stop);
	sigaddset(&stop, SIGINT);
	sigaddset(&stop, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &stop, NULL);
	d = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL_LINUX_ONLY | MHD_USE_ERROR_LOG,
			     0, NULL, NULL, answer, w,
			     MHD_OPTION_LISTEN_SOCKET, fd,
			     MHD_OPTION_NOTIFY_COMPLETED, completed, NULL,
			     MHD_OPTION_CONNECTION_LIMIT, (unsigned)512,
			     MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30,
			     MHD_OPTION_END);
	if (!d) {
		fprintf(stderr, "idiom serve: the HTTP daemon did not start\n");
		close(fd);
		return -EIO;
	}
	printf("idiom is serving the course at http://%s:%d/\n", host, bound);
	fflush(stdout);
	sigwait(&stop, &sig);
	MHD_stop_daemon(d);
	close(fd);
	printf("idiom serve: stopped\n");
	return 0;
}

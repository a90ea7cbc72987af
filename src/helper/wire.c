/* The helper's socket protocol, both ends (helper.h):
 *   request: u32 HELPER_REQUEST_MAGIC, the key (HELPER_KEY_BYTES), u32
 *            lesson number, u32 exercise kind, str file name, str answer;
 *   reply:   u32 HELPER_REPLY_MAGIC, u32 enum helper_reply_status, and for
 *            HELPER_OK: str the answer's output, str the packed report.
 * A str is a u32 length and that many bytes.  Every length is capped before
 * anything is allocated; a short read is an error, never a partial value. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "helper/helper.h"
#include "util/xalloc.h"
#include "util/banned.h"

int helper_send_all(int fd, const void *data, size_t len)
{
	const char *p = data;

	while (len) {
		ssize_t n = send(fd, p, len, MSG_NOSIGNAL);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return n < 0 ? -errno : -EPIPE;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

int helper_recv_all(int fd, void *data, size_t len)
{
	char *p = data;

	while (len) {
		ssize_t n = recv(fd, p, len, 0);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return n < 0 ? -errno : -ECONNRESET;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

int helper_recv_str(int fd, size_t max, char **out, size_t *len)
{
	uint32_t n;
	int rc;

	*out = NULL;
	*len = 0;
	if ((rc = helper_recv_all(fd, &n, sizeof(n))) < 0)
		return rc;
	if (n > max)
		return -EFBIG;
	*out = xmalloc((size_t)n + 1);
	if ((rc = helper_recv_all(fd, *out, n)) < 0) {
		free(*out);
		*out = NULL;
		return rc;
	}
	(*out)[n] = '\0';
	*len = n;
	return 0;
}

int helper_peer_is_us(int fd)
{
	struct ucred cred;
	socklen_t size = sizeof(cred);

	return getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &size) == 0 &&
	       size == sizeof(cred) && cred.uid == getuid();
}

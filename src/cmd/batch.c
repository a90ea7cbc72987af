/* The batch of `idiom check`; see batch.h.  Each child writes, per answer
 * in its share, one frame on its pipe: the exit status and the printed
 * verdict's length, then the verdict.  The parent reads the frame of answer
 * I from child I mod J, so answers come out in order; a child blocked on a
 * full pipe waits only for the parent, who reads every child in turn. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "cmd/batch.h"
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "grade/grade.h"
#include "util/limits.h"
#include "util/xalloc.h"
#include "util/banned.h"

struct frame {
	int32_t rc;
	uint32_t len;
};

int batch_jobs(size_t n)
{
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	size_t jobs = cores > 0 ? (size_t)cores : 1;

	if (jobs > IDIOM_CHECK_JOBS_MAX)
		jobs = IDIOM_CHECK_JOBS_MAX;
	if (jobs > n / 2)
		jobs = n / 2;
	return jobs < 1 ? 1 : (int)jobs;
}

static int write_all(int fd, const void *data, size_t len)
{
	const char *p = data;

	while (len) {
		ssize_t w = write(fd, p, len);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w;
		len -= (size_t)w;
	}
	return 0;
}

static int read_all(int fd, void *data, size_t len)
{
	char *p = data;

	while (len) {
		ssize_t r = read(fd, p, len);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return -1;
		p += r;
		len -= (size_t)r;
	}
	return 0;
}

/* One child: its own grader (and so its own sandbox), every JOBSth item
 * from K; never touches the learner's store (nothing is recorded). */
static void child_grade(const struct course *c, const struct lesson *l,
			const struct batch_item *items, size_t n, size_t k, size_t jobs,
			enum checking_format format, int colour, int fd)
{
	static const struct learn_check_options unrecorded = { 0 };
	struct learner none = { 0 };
	struct grader *g = grader_new(c, 0);

	for (size_t i = k; i < n; i += jobs) {
		char *text = NULL;
		size_t len = 0;
		FILE *mem = open_memstream(&text, &len);
		struct frame f = { EXIT_USAGE, 0 };

		if (mem) {
			f.rc = checking_run_file(&none, g, l, items[i].kind, items[i].path, format,
						 colour, &unrecorded, mem);
			fclose(mem);
		}
		f.len = text ? (uint32_t)len : 0;
		if (write_all(fd, &f, sizeof(f)) < 0 || write_all(fd, text, f.len) < 0) {
			free(text);
			break;
		}
		free(text);
	}
	grader_free(g);
}

/* Answer I's frame from FD, printed; returns its exit status. */
static int print_frame(int fd, const struct batch_item *item, FILE *out)
{
	struct frame f;
	char *text;

	if (read_all(fd, &f, sizeof(f)) < 0) {
		cmd_errorf("the process grading %s stopped before it finished", item->path);
		return EXIT_USAGE;
	}
	text = xmalloc((size_t)f.len + 1);
	if (read_all(fd, text, f.len) < 0) {
		free(text);
		cmd_errorf("the process grading %s stopped before it finished", item->path);
		return EXIT_USAGE;
	}
	fwrite(text, 1, f.len, out);
	fflush(out);
	free(text);
	return f.rc;
}

int batch_check(const struct course *c, const struct lesson *l, const struct batch_item *items,
		size_t n, int jobs, enum checking_format format, int colour, FILE *out,
		batch_done_fn done, void *ctx)
{
	pid_t *pids = xcalloc((size_t)jobs, sizeof(*pids));
	int *fds = xcalloc((size_t)jobs, sizeof(*fds));
	int worst = EXIT_OK;

	fflush(NULL);	/* nothing buffered is written twice by a child */
	for (int k = 0; k < jobs; k++) {
		int p[2];

		fds[k] = -1;
		pids[k] = -1;
		if (pipe2(p, O_CLOEXEC) < 0)
			continue;
		pids[k] = fork();
		if (pids[k] == 0) {
			close(p[0]);
			for (int j = 0; j < k; j++)
				if (fds[j] >= 0)
					close(fds[j]);
			child_grade(c, l, items, n, (size_t)k, (size_t)jobs, format, colour, p[1]);
			_exit(0);	/* the parent's store and buffers are not ours to close */
		}
		close(p[1]);
		if (pids[k] < 0)
			close(p[0]);
		else
			fds[k] = p[0];
	}
	for (size_t i = 0; i < n; i++) {
		int fd = fds[i % (size_t)jobs];
		int rc = fd >= 0 ? print_frame(fd, &items[i], out) : EXIT_USAGE;

		if (fd < 0)
			cmd_errorf("cannot start a process to grade %s: %s", items[i].path,
				   strerror(errno));
		if (rc > worst)
			worst = rc;
		if (done)
			done(i, rc, ctx);
	}
	for (int k = 0; k < jobs; k++) {
		if (fds[k] >= 0)
			close(fds[k]);
		if (pids[k] > 0)
			while (waitpid(pids[k], NULL, 0) < 0 && errno == EINTR)
				;
	}
	free(pids);
	free(fds);
	return worst;
}

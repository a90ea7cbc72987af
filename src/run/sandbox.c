/* Starting and stopping the bubblewrap sandbox that holds the zygote; see
 * sandbox.h.  The child between fork and exec only moves descriptors, drops
 * root and sets its death signal: nothing there allocates. */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include "run/sandbox.h"
#include "util/xalloc.h"
#include "util/banned.h"

#define NOBODY 65534
#define ZYGOTE_CTRL_FD 3
#define ZYGOTE_PROGRAM_FD 4

char *sandbox_find_program(const char *preferred, const char *what,
			   const char *package, struct error *e)
{
	if (access(preferred, X_OK) == 0)
		return xstrdup(preferred);
	error_errno(e, "%s not found at %s; install Debian's package with `apt-get install %s` "
		    "(or run scripts/deps.sh)", what, preferred, package);
	return NULL;
}

/* The bwrap command line: all namespaces new, the root read-only with only
 * /usr (and the loader cache) from the host, fresh /proc, /dev and /tmp. */
static char **sandbox_argv(const struct sandbox_spec *spec)
{
	const char *fixed[] = {
		spec->bwrap, "--unshare-all", "--die-with-parent", "--new-session",
		"--cap-drop", "ALL", "--hostname", "idiom",
		"--ro-bind", "/usr", "/usr",
		"--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64",
		"--symlink", "usr/bin", "/bin", "--symlink", "usr/sbin", "/sbin",
		"--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache",
		"--ro-bind-try", "/etc/localtime", "/etc/localtime",
		"--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp",
		"--remount-ro", "/dev", "--remount-ro", "/", "--chdir", "/",
		spec->python, "-I", "-S", "-B", "-c", spec->boot,
	};
	size_t n = sizeof(fixed) / sizeof(fixed[0]);
	char **argv = xcalloc(n + 1, sizeof(*argv));

	for (size_t i = 0; i < n; i++)
		argv[i] = (char *)fixed[i];
	return argv;
}

static void child_fail(const char *what)
{
	char msg[256];
	int n = snprintf(msg, sizeof(msg), "idiom: %s: %s\n", what, strerror(errno));

	if (n > 0 && write(2, msg, (size_t)n) < 0)
		_exit(127);
	_exit(127);
}

/* Ignored signals and the blocked mask survive exec: a caller that ignores
 * SIGCHLD (or blocks SIGXCPU) must not pass that on to the zygote. */
static void reset_signals(void)
{
	sigset_t none;

	for (int sig = 1; sig < NSIG; sig++)
		if (sig != SIGKILL && sig != SIGSTOP)
			signal(sig, SIG_DFL);
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
}

/* Runs in the forked child: never returns. */
static void sandbox_exec(const struct sandbox_spec *spec, char **argv,
			 int ctrl, int err_w, pid_t parent)
{
	static char *const envp[] = {
		"PATH=/usr/bin:/bin", "HOME=/tmp", "LANG=C.UTF-8", "TMPDIR=/tmp",
		/* Per-thread malloc arenas reserve 64 MiB of address space each,
		 * which RLIMIT_AS counts: two arenas let threads start. */
		"MALLOC_ARENA_MAX=2", NULL,
	};
	int null = open("/dev/null", O_RDWR | O_CLOEXEC);
	/* Above every descriptor moved below, so none of those moves closes it. */
	int program = fcntl(spec->program_fd, F_DUPFD_CLOEXEC, 10);

	if (null < 0 || program < 0 || dup2(err_w, 2) < 0 || dup2(null, 0) < 0 ||
	    dup2(null, 1) < 0 || dup2(ctrl, ZYGOTE_CTRL_FD) < 0 ||
	    dup2(program, ZYGOTE_PROGRAM_FD) < 0)
		child_fail("redirect");
	if (close_range(ZYGOTE_PROGRAM_FD + 1, ~0U, 0) < 0)
		child_fail("close_range");
	if (geteuid() == 0) {
		/* As root, user-namespace limits would not apply (RLIMIT_NPROC is
		 * not enforced for root): the sandbox runs as nobody. */
		if (setgroups(0, NULL) < 0 || setresgid(NOBODY, NOBODY, NOBODY) < 0 ||
		    setresuid(NOBODY, NOBODY, NOBODY) < 0)
			child_fail("dropping root to nobody");
	}
	if (prctl(PR_SET_PDEATHSIG, SIGKILL) < 0 || getppid() != parent)
		_exit(127);
	reset_signals();
	if (spec->fault && strcmp(spec->fault, "exec") == 0) {
		errno = ENOEXEC;
		child_fail("exec bwrap (injected failure)");
	}
	execve(spec->bwrap, argv, envp);
	child_fail("exec bwrap");
}

int sandbox_start(struct sandbox *sb, const struct sandbox_spec *spec, struct error *e)
{
	int sv[2] = { -1, -1 }, errp[2] = { -1, -1 };
	char **argv = NULL;
	pid_t parent = getpid();
	int rc = 0;

	sb->pid = -1;
	sb->ctrl = sb->err = -1;
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0 ||
	    pipe2(errp, O_CLOEXEC) < 0) {
		rc = error_errno(e, "cannot create the zygote's channels");
		goto cleanup;
	}
	argv = sandbox_argv(spec);
	if (spec->fault && strcmp(spec->fault, "spawn") == 0) {
		rc = error_set(e, -EAGAIN, "cannot start the sandbox: fork: %s (injected failure)",
			       strerror(EAGAIN));
		goto cleanup;
	}
	sb->pid = fork();
	if (sb->pid < 0) {
		rc = error_errno(e, "cannot start the sandbox: fork");
		goto cleanup;
	}
	if (sb->pid == 0)
		sandbox_exec(spec, argv, sv[1], errp[1], parent);
	sb->ctrl = sv[0];
	sb->err = errp[0];
	sv[0] = errp[0] = -1;
cleanup:
	for (int i = 0; i < 2; i++) {
		if (sv[i] >= 0)
			close(sv[i]);
		if (errp[i] >= 0)
			close(errp[i]);
	}
	free(argv);
	return rc;
}

int sandbox_alive(struct sandbox *sb)
{
	if (sb->pid <= 0)
		return 0;
	if (waitpid(sb->pid, NULL, WNOHANG) == 0)
		return 1;
	sb->pid = -1;	/* reaped (or not ours any more) */
	return 0;
}

void sandbox_stop(struct sandbox *sb)
{
	if (sb->ctrl >= 0)
		close(sb->ctrl);
	if (sb->pid > 0) {
		kill(sb->pid, SIGKILL);
		while (waitpid(sb->pid, NULL, 0) < 0 && errno == EINTR)
			;
	}
	if (sb->err >= 0)
		close(sb->err);
	sb->pid = -1;
	sb->ctrl = sb->err = -1;
}

/* The sandbox around the zygote: bubblewrap with every namespace unshared
 * (no network), a read-only root holding only /usr, and no view of $HOME or
 * $IDIOM_HOME.  Under root it drops to nobody first, so per-user limits
 * (RLIMIT_NPROC) hold.  Per-check isolation is the zygote's (zygote.py). */
#ifndef IDIOM_SANDBOX_H
#define IDIOM_SANDBOX_H
#include "util/error.h"
#include <sys/types.h>

struct sandbox {
	pid_t pid;		/* bwrap, our child; -1 when not running */
	int ctrl;		/* our end of the zygote's control socket */
	int err;		/* read end of bwrap's stderr */
};

struct sandbox_spec {
	const char *python;	/* absolute path, already checked */
	const char *bwrap;
	const char *boot;	/* the `-c` text: src/run/boot.py */
	int program_fd;		/* becomes the zygote's fd 4: its program (codecache.h) */
	const char *fault;	/* test hook: "spawn" or "exec", else NULL */
};

/* Returns the path of PREFERRED if it is executable, or NULL and sets
 * E to a message naming the Debian package PACKAGE. */
char *sandbox_find_program(const char *preferred, const char *what,
			   const char *package, struct error *e);

/* Starts the zygote in bubblewrap.  Returns 0 and fills SB, or -errno and
 * sets E.  Nothing is left running on error. */
int sandbox_start(struct sandbox *sb, const struct sandbox_spec *spec, struct error *e);

/* Returns 1 while the sandbox's process is running (reaps it once it is
 * not: SB->pid becomes -1). */
int sandbox_alive(struct sandbox *sb);

/* Kills the sandbox (SIGKILL: the namespace and all it holds go with it),
 * reaps it and closes our ends.  Safe on a stopped sandbox. */
void sandbox_stop(struct sandbox *sb);

#endif

/* The check's seccomp filter; see filter.h.  Refused calls fail with EPERM
 * (clone3 with ENOSYS, so the C library falls back to clone, whose flags the
 * filter can see) rather than killing, so a learner gets a Python error. */
#include <errno.h>
#include <sched.h>
#include <seccomp.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>
#include "run/filter.h"
#include "util/xalloc.h"
#include "util/banned.h"

static const char *const refused[] = {
	"ptrace", "process_vm_readv", "process_vm_writev", "mount", "umount2",
	"pivot_root", "chroot", "unshare", "setns", "keyctl", "add_key",
	"request_key", "bpf", "perf_event_open", "userfaultfd", "io_uring_setup",
	"io_uring_enter", "io_uring_register", "kexec_load", "kexec_file_load",
	"init_module", "finit_module", "delete_module", "acct", "swapon",
	"swapoff", "reboot", "syslog", "open_by_handle_at", "name_to_handle_at",
	"quotactl", "mount_setattr", "fsopen", "fsmount", "fspick", "move_mount",
	"open_tree", "fanotify_init",
};

static const unsigned long namespace_flags[] = {
	CLONE_NEWNS, CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET, CLONE_NEWIPC,
	CLONE_NEWUTS, CLONE_NEWCGROUP,
};

static int filter_rules(scmp_filter_ctx ctx)
{
	int rc = 0;

	for (size_t i = 0; i < sizeof(refused) / sizeof(refused[0]) && rc == 0; i++) {
		int nr = seccomp_syscall_resolve_name(refused[i]);

		if (nr != __NR_SCMP_ERROR)
			rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), nr, 0);
	}
	for (size_t i = 0; i < sizeof(namespace_flags) / sizeof(namespace_flags[0]) && rc == 0; i++)
		rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(clone), 1,
				      SCMP_A0(SCMP_CMP_MASKED_EQ, namespace_flags[i],
					      namespace_flags[i]));
	if (rc == 0)
		rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0);
	if (rc == 0)
		rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(socket), 1,
				      SCMP_A0(SCMP_CMP_NE, AF_UNIX));
	return rc;
}

/* libseccomp 2.5 exports only to a descriptor: go through a memfd. */
static int filter_export(scmp_filter_ctx ctx, unsigned char **out, size_t *len)
{
	struct stat st;
	int fd = memfd_create("idiom-seccomp", MFD_CLOEXEC);
	int rc = 0;
	ssize_t n;

	if (fd < 0)
		return -errno;
	rc = seccomp_export_bpf(ctx, fd);
	if (rc < 0)
		goto cleanup;
	if (fstat(fd, &st) < 0 || st.st_size <= 0) {
		rc = -EIO;
		goto cleanup;
	}
	*out = xmalloc((size_t)st.st_size);
	n = pread(fd, *out, (size_t)st.st_size, 0);
	if (n != st.st_size) {
		free(*out);
		*out = NULL;
		rc = -EIO;
		goto cleanup;
	}
	*len = (size_t)n;
cleanup:
	close(fd);
	return rc;
}

int filter_build(unsigned char **out, size_t *len)
{
	scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
	int rc;

	*out = NULL;
	*len = 0;
	if (!ctx)
		return -ENOMEM;
	/* The zygote sets no_new_privs itself, before installing. */
	rc = seccomp_attr_set(ctx, SCMP_FLTATR_CTL_NNP, 0);
	if (rc == 0)
		rc = filter_rules(ctx);
	if (rc == 0)
		rc = filter_export(ctx, out, len);
	seccomp_release(ctx);
	return rc;
}
